"""Safety checks on PO entries (catalog QA): the same engine as captions, on msgid/msgstr pairs."""

from __future__ import annotations

import pytest

from localize.checks import CheckContext, all_checks, checks_for, run_checks
from localize.checks.units import EntryUnit
from localize.findings import Severity
from localize.glossary import load_glossary
from localize.languages import get_language

SAFETY = tuple(c for c in checks_for("entry") if c.code.startswith("L31"))


def _check(msgid, msgstr, locale, **kwargs):
    unit = EntryUnit(
        msgid=msgid,
        msgstr=msgstr,
        locale=locale,
        language=get_language(locale).code,
        path=f"locales/{locale}/LC_MESSAGES/app.po",
        line=42,
        **kwargs,
    )
    ctx = CheckContext(glossary_factory=load_glossary)
    return run_checks("entry", unit, ctx, checks=SAFETY)


def test_safety_checks_are_registered_with_codes_kinds_and_titles():
    registered = {c.code: c for c in all_checks() if c.code.startswith("L3")}
    assert {c.kind for c in registered.values() if c.target == "entry"} == {
        "forbidden-term",
        "stigma-term",
        "no-safe-translation",
        "needs-review",
        "crisis-line",
    }
    assert {c.kind for c in registered.values() if c.target == "caption"} >= {
        "forbidden-term",
        "stigma-term",
        "no-safe-translation",
        "crisis-line",
        "do-not-translate",
        "language-mismatch",
    }
    for registered_check in registered.values():
        assert registered_check.title
        assert registered_check.code.startswith("L3")


FORBIDDEN = [
    (
        "en_GB",
        "Her brother died by suicide in 2019.",
        "Her brother committed suicide in 2019.",
        "Her brother died by suicide in 2019.",
    ),
    (
        "fr",
        "Her brother died by suicide in 2019.",
        "Son frère a commis un suicide en 2019.",
        "Son frère est mort par suicide en 2019.",
    ),
    (
        "ja",
        "Her brother died by suicide in 2019.",
        "彼女の兄は2019年に自殺を犯した。",
        "彼女の兄は2019年に自殺で亡くなった。",
    ),
    (
        "ko",
        "Her brother died by suicide in 2019.",
        "그녀의 오빠는 2019년에 극단적 선택을 했다.",
        "그녀의 오빠는 2019년에 사망했다.",
    ),
    (
        "id",
        "News about people who died by suicide",
        "Berita tentang pelaku bunuh diri",
        "Berita tentang orang yang meninggal karena bunuh diri",
    ),
    (
        "es_MX",
        "Her brother died by suicide in 2019.",
        "Su hermano se ha suicidado en 2019.",
        "Su hermano murió por suicidio en 2019.",
    ),
    (
        "pt_BR",
        "Her brother died by suicide in 2019.",
        "O irmão dela cometeu suicídio em 2019.",
        "O irmão dela morreu por suicídio em 2019.",
    ),
]


@pytest.mark.parametrize(("locale", "msgid", "bad", "good"), FORBIDDEN)
def test_forbidden_wording_in_msgstr_is_an_error_and_the_fix_clears_it(locale, msgid, bad, good):
    (finding,) = [f for f in _check(msgid, bad, locale) if f.severity >= Severity.WARNING]
    assert finding.kind == "forbidden-term" and finding.severity is Severity.ERROR
    assert finding.code == "L311"
    assert finding.field == "msgstr" and finding.line == 42 and finding.locale == locale
    assert bad[finding.span[0] : finding.span[1]] == finding.matched
    assert finding.suggestion
    assert [f for f in _check(msgid, good, locale) if f.severity >= Severity.WARNING] == []


def test_forbidden_wording_quoted_by_the_source_is_only_info():
    (finding,) = _check(
        "Don't write “committed suicide”: say “died by suicide”.",
        "N'écrivez pas « a commis un suicide » : dites « est mort par suicide ».",
        "fr",
    )
    assert finding.kind == "forbidden-term" and finding.severity is Severity.INFO


def test_forbidden_wording_in_plural_forms_names_the_form():
    unit = EntryUnit(
        msgid="{n} person died by suicide",
        msgid_plural="{n} people died by suicide",
        msgstr_plural=("{n} persona murió por suicidio", "{n} personas se han suicidado"),
        locale="es_MX",
        language="es",
    )
    findings = run_checks(
        "entry", unit, CheckContext(glossary_factory=load_glossary), checks=SAFETY
    )
    assert [(f.kind, f.field) for f in findings if f.severity >= Severity.WARNING] == [
        ("forbidden-term", "msgstr[1]")
    ]


NO_SAFE = [
    ("ja", "Never show a suicide note on screen.", "遺書を画面に映さないでください。"),
    ("ko", "Never show a suicide note on screen.", "유서를 화면에 보여 주지 마세요."),
    (
        "id",
        "Never show a suicide note on screen.",
        "Jangan pernah menampilkan surat wasiat di layar.",
    ),
    (
        "es_MX",
        "Never show a suicide note on screen.",
        "Nunca muestres una nota suicida en pantalla.",
    ),
    (
        "pt_BR",
        "Never show a suicide note on screen.",
        "Nunca mostre uma carta de suicídio na tela.",
    ),
    ("pt_BR", "That vote was political suicide.", "Aquele voto foi um suicídio político."),
    (
        "fr",
        "Make a safety plan with your therapist.",
        "Faites un plan de sécurité avec votre thérapeute.",
    ),
]


@pytest.mark.parametrize(("locale", "msgid", "msgstr"), NO_SAFE)
def test_no_safe_translation_translated_without_review_is_an_error(locale, msgid, msgstr):
    findings = [f for f in _check(msgid, msgstr, locale) if f.kind == "no-safe-translation"]
    (finding,) = findings
    assert finding.severity is Severity.ERROR and finding.code == "L313"
    assert finding.field == "msgid"
    assert msgid[finding.span[0] : finding.span[1]] == finding.matched
    # A fuzzy flag or a reviewer's comment means a human is deciding: nothing to report.
    assert [
        f
        for f in _check(msgid, msgstr, locale, flags=frozenset({"fuzzy"}))
        if f.kind == "no-safe-translation"
    ] == []
    reviewed = _check(msgid, msgstr, locale, translator_comment="Reviewed by Dr. Sato, 2025-03-02")
    assert [f for f in reviewed if f.kind == "no-safe-translation"] == []
    # A `localize: ignore` directive is not a review.
    directive = _check(msgid, msgstr, locale, translator_comment="localize: ignore placeholders")
    assert [f.kind for f in directive if f.kind == "no-safe-translation"] == ["no-safe-translation"]


def test_untranslated_entry_has_nothing_to_review():
    assert _check("Never show a suicide note on screen.", "", "ja") == []


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        (
            "es_MX",
            "Rising suicide rates worry teachers.",
            "El aumento de las tasas de suicidio preocupa a los docentes.",
        ),
        ("ja", "Depression is treatable.", "うつ病は治療できます。"),
    ],
)
def test_needs_review_is_info_until_marked(locale, msgid, msgstr):
    findings = _check(msgid, msgstr, locale)
    assert [(f.kind, f.severity) for f in findings] == [("needs-review", Severity.INFO)]
    assert _check(msgid, msgstr, locale, flags=frozenset({"fuzzy"})) == []


CRISIS = [
    (
        "pt_BR",
        "Call 988 any time, day or night.",
        "Ligue 988 a qualquer hora.",
        "Ligue 188 (CVV) a qualquer hora.",
        "188",
    ),
    (
        "fr",
        "Call 988 any time, day or night.",
        "Appelez le 988 à toute heure.",
        "Appelez le 3114 à toute heure.",
        "3114",
    ),
    (
        "ja",
        "Call 988 any time, day or night.",
        "いつでも988に電話してください。",
        "いつでも0120-279-338に電話してください。",
        "0120-279-338",
    ),
    (
        "ko",
        "Call 988 any time, day or night.",
        "언제든 988로 전화하세요.",
        "언제든 109로 전화하세요.",
        "109",
    ),
    (
        "id",
        "Call 988 any time, day or night.",
        "Hubungi 988 kapan saja.",
        "Hubungi 119 ext 8 kapan saja.",
        "119 ext 8",
    ),
    (
        "es_MX",
        "Call 988 any time, day or night.",
        "Llama al 988 a cualquier hora.",
        "Llama al 800 911 2000 a cualquier hora.",
        "800 911 2000",
    ),
    (
        "en_GB",
        "Call 988 any time, day or night.",
        "Call 988 any time, day or night.",
        "Call Samaritans on 116 123 any time.",
        "116 123",
    ),
]


@pytest.mark.parametrize(("locale", "msgid", "bad", "good", "right"), CRISIS)
def test_crisis_number_of_another_market_in_msgstr(locale, msgid, bad, good, right):
    (finding,) = [f for f in _check(msgid, bad, locale) if f.kind == "crisis-line"]
    assert finding.severity is Severity.ERROR and finding.code == "L315"
    assert "988" in finding.matched
    assert right in finding.suggestion
    assert [f for f in _check(msgid, good, locale) if f.kind == "crisis-line"] == []


def test_english_catalog_without_region_accepts_both_english_markets():
    assert _check("Call 988 any time.", "Call 988 any time.", "en") == []
    assert _check("Call Samaritans on 116 123.", "Call Samaritans on 116 123.", "en") == []


def test_obsolete_entries_are_not_checked():
    assert (
        _check(
            "Her brother died by suicide.", "O irmão dela cometeu suicídio.", "pt_BR", obsolete=True
        )
        == []
    )


STIGMA = [
    (
        "es_MX",
        "Going to therapy does not make you broken.",
        "Ir a terapia no te convierte en un loco.",
        "Ir a terapia no te hace menos fuerte.",
    ),
    (
        "id",
        "Don't call people with depression weak.",
        "Jangan sebut orang dengan depresi sebagai orang gila.",
        "Jangan sebut orang dengan depresi sebagai orang lemah.",
    ),
    (
        "pt_BR",
        "Going to therapy does not make you broken.",
        "Fazer terapia não te transforma em um louco.",
        "Fazer terapia não te torna mais fraco.",
    ),
    (
        "fr",
        "Your teacher is just strict.",
        "Ta prof est juste tarée.",
        "Ta prof est juste stricte.",
    ),
    (
        "ja",
        "Stop labelling people.",
        "人をすぐメンヘラ扱いするのはやめよう。",
        "人にすぐラベルを貼るのはやめよう。",
    ),
    (
        "en_GB",
        "Stop labelling people.",
        "Stop calling people psychos.",
        "Stop labelling people.",
    ),
    (
        "ko",
        "Don't treat people with depression as broken.",
        "우울증이 있는 사람을 정신병자 취급하지 마세요.",
        "우울증이 있는 사람을 약한 사람 취급하지 마세요.",
    ),
]


@pytest.mark.parametrize(("locale", "msgid", "bad", "good"), STIGMA)
def test_stigma_word_added_by_the_translation(locale, msgid, bad, good):
    (finding,) = [f for f in _check(msgid, bad, locale) if f.kind == "stigma-term"]
    assert finding.severity is Severity.WARNING and finding.code == "L312"
    assert [f for f in _check(msgid, good, locale) if f.kind == "stigma-term"] == []


def test_stigma_word_quoted_from_the_source_is_not_the_translators():
    findings = _check(
        "Stop calling people “psycho”.", "Deja de llamar “psicópata” a la gente.", "es_MX"
    )
    assert [f for f in findings if f.kind == "stigma-term"] == []


def test_crisis_sieve_never_hides_what_the_finder_finds():
    from localize.glossary.crisis import CrisisFinder
    from localize.glossary.normalize import normalize_with_offsets

    glossary = load_glossary()
    finder = CrisisFinder(glossary.all_crisis_lines())
    sieve = finder.sieve

    def patterns_find(text):  # the finder's patterns alone, without the sieve
        return finder._hits(text, *normalize_with_offsets(text, True))

    texts = []
    for lines in glossary.crisis_lines.values():
        for line in lines:
            for value in (line.number, line.name, line.url, *line.aliases):
                if value:
                    texts += [
                        f"Need help? {value} is there for you.",
                        f"{value.upper()}!",
                        "Tel: "
                        + value.translate(str.maketrans("0123456789-", "０１２３４５６７８９－")),
                        f"call{value.replace(' ', '.')} now",
                    ]
    found = [t for t in texts if patterns_find(t)]
    assert len(found) > 50
    assert [t for t in found if not sieve.may_mention(t)] == []
    assert not sieve.may_mention("Therapy helped me 💛 #day12 #mentalhealth 2 weeks")
