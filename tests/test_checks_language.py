"""`wrong-language` and `untranslated-copy` on PO entries: thorough, and quiet on what is fine.

Precision matters as much as recall: short technical strings, names, "OK", "Email" and
strings legitimately the same in both languages must never be reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from localize.checks import CheckContext, ignored_kinds, run_checks
from localize.checks.units import EntryUnit
from localize.findings import Severity

DATA = Path(__file__).parent / "data" / "qa"
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
LANGUAGE_KINDS = {"wrong-language", "untranslated-copy"}


def catalog_entries(path: Path):
    from localize.services.catalogs import catalog_unit, read_catalog

    unit = catalog_unit(read_catalog(path), str(path), path.stem)
    return [e for e in unit.entries if e.msgid]


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    from localize.detect import Detector
    from localize.glossary import load_glossary

    return CheckContext(glossary_factory=load_glossary, detector_factory=Detector)


def entry(msgid: str, msgstr: str, locale: str, **kw) -> EntryUnit:
    return EntryUnit(msgid=msgid, msgstr=msgstr, locale=locale, language=locale.split("_")[0], **kw)


def kinds(unit: EntryUnit, ctx: CheckContext) -> set[str]:
    return {f.kind for f in run_checks("entry", unit, ctx) if f.kind in LANGUAGE_KINDS}


# --------------------------------------------------------------------------- real catalogs


@pytest.mark.parametrize("locale", LOCALES)
def test_defective_catalog_raises_exactly_the_expected_language_kinds(locale, ctx):
    for unit in catalog_entries(DATA / "defects" / f"{locale}.po"):
        marker = unit.extracted_comment.split("qa-expect:", 1)[1]
        want = {k.strip() for k in marker.split(",")} & LANGUAGE_KINDS
        got = {
            f.kind
            for f in run_checks("entry", unit, ctx, ignore=ignored_kinds(unit.translator_comment))
            if f.kind in LANGUAGE_KINDS
        }
        assert got == want, (locale, unit.line, unit.msgid)


@pytest.mark.parametrize("locale", LOCALES)
def test_clean_catalog_is_in_its_language(locale, ctx):
    for unit in catalog_entries(DATA / "clean" / f"{locale}.po"):
        assert kinds(unit, ctx) == set(), (locale, unit.msgid)


# --------------------------------------------------------------------------- wrong-language

LONG = "Take a break from the feed whenever you need to, and come back when you feel ready."


@pytest.mark.parametrize(
    "locale,msgstr,detected",
    [
        (
            "pt_BR",
            "Faz una pausa cuando lo necesites y vuelve cuando te sientas listo para seguir.",
            "es",
        ),
        (
            "es",
            "Faça uma pausa sempre que você precisar e volte quando você se sentir pronto.",
            "pt",
        ),
        ("fr", "Take a break from the feed whenever you need to, and come back later on.", "en"),
        (
            "id",
            "Prenez une pause quand vous en avez besoin et revenez quand vous êtes prêt.",
            "fr",
        ),
        ("ja", "필요할 때마다 잠시 쉬고, 준비가 되었다고 느낄 때 다시 돌아오세요.", "ko"),
        ("ko", "必要なときはいつでもフィードから離れて、準備ができたら戻ってきてください。", "ja"),
    ],
)
def test_confident_other_language_is_reported(locale, msgstr, detected, ctx):
    (finding,) = [
        f
        for f in run_checks("entry", entry(LONG, msgstr, locale), ctx)
        if f.kind == "wrong-language"
    ]
    assert dict(finding.extra)["detected"] == detected
    assert finding.severity is Severity.WARNING
    assert finding.message.startswith("the translation reads as ")


@pytest.mark.parametrize(
    "locale,msgstr",
    [
        ("pt_BR", "Salud mental"),  # langdetect says es for Portuguese this short
        ("es", "numfig está deshabilitado. :numref: se ignora."),
        ("pt_BR", "define tag: inclui blocos “only” com TAG"),
        ("fr", "Python Module Index"),
        ("ko", "TikTok Live"),
        ("id", "OK"),
        ("ja", "%(count)s件"),
        ("fr", "https://www.who.int/health-topics/mental-health"),
    ],
)
def test_short_technical_or_uncertain_text_is_never_reported(locale, msgstr, ctx):
    assert "wrong-language" not in kinds(entry("Some source text here", msgstr, locale), ctx)


def test_wrong_language_without_a_detector_is_silent():
    unit = entry(
        LONG, "Faça uma pausa sempre que você precisar e volte quando se sentir pronto.", "es"
    )
    assert kinds(unit, CheckContext()) == set()


# --------------------------------------------------------------------------- untranslated-copy


@pytest.mark.parametrize("locale", ["fr", "ja", "ko", "id", "es", "pt_BR"])
def test_copied_prose_is_reported_in_every_target_language(locale, ctx):
    text = "Share this video with someone who might need it today."
    (finding,) = [
        f
        for f in run_checks("entry", entry(text, text, locale), ctx)
        if f.kind == "untranslated-copy"
    ]
    assert finding.severity is Severity.WARNING and finding.matched == text
    assert "wrong-language" not in kinds(entry(text, text, locale), ctx)


def test_fewer_words_suffice_for_a_copy_into_another_script(ctx):
    assert kinds(entry("Site administration", "Site administration", "ja"), ctx) == {
        "untranslated-copy"
    }
    assert kinds(entry("Site administration", "Site administration", "fr"), ctx) == set()


@pytest.mark.parametrize(
    "text",
    [
        "OK",
        "Email",
        "Documentation",
        "Python Module Index",
        "Mental Health First Aid",
        "TikTok Live",
        "%(name)s: %(value)s",
        "<strong>%s</strong>",
        "https://www.who.int/",
        "UTF-8",
        "conf.py",
        "Setembro Amarelo",
    ],
)
def test_names_codes_and_short_strings_may_be_copied(text, ctx):
    for locale in ("fr", "ja", "pt_BR"):
        assert "untranslated-copy" not in kinds(entry(text, text, locale), ctx), (locale, text)


def test_copy_in_the_source_language_catalog_is_expected(ctx):
    text = "Share this video with someone who might need it today."
    assert kinds(entry(text, text, "en"), ctx) == set()


def test_fuzzy_copy_is_reported_obsolete_is_not(ctx):
    text = "Share this video with someone who might need it today."
    fuzzy = entry(text, text, "fr", flags=frozenset({"fuzzy"}))
    assert kinds(fuzzy, ctx) == {"untranslated-copy"}
    assert kinds(entry(text, text, "fr", obsolete=True), ctx) == set()


def test_cli_ignores_a_kind_on_request(run_cli):
    path = str(DATA / "defects" / "pt_BR.po")
    result = run_cli(
        "catalog", "check", "--disable", "untranslated-copy", "--fail-on", "warning", path
    )
    assert "untranslated-copy" not in result.stdout
    assert "[L501 wrong-language] the translation reads as Spanish" in result.stdout
    assert result.exit_code == 1


def test_english_left_after_a_half_finished_translation_is_found_at_the_end(ctx):
    msgid = (
        "Take a break from the feed whenever you need to. Your wellbeing comes first, "
        "and the community will still be here when you come back to it."
    )
    msgstr = (
        "Faites une pause quand vous en avez besoin : votre bien-être passe avant tout, et la "
        "communauté sera toujours là. Your wellbeing comes first, and the community will "
        "still be here when you come back to it."
    )
    (finding,) = [
        f
        for f in run_checks("entry", entry(msgid, msgstr, "fr"), ctx)
        if f.kind == "wrong-language"
    ]
    assert dict(finding.extra)["detected"] == "en"
    finished = (
        msgstr.split(" Your")[0] + " Elle vous attend quand vous le souhaitez, sans pression."
    )
    assert "wrong-language" not in kinds(entry(msgid, finished, "fr"), ctx)
