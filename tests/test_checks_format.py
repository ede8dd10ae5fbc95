"""Format checks on PO entries: placeholders, numbers, URLs, HTML tags, whitespace.

The catalogs under tests/data/qa/ are realistic Fides creator-app catalogs in the 7
languages: `clean/` is correct and must raise nothing at all; each entry of `defects/`
names in a `#. qa-expect:` comment the kinds it must raise (or `none` for a legitimate
difference that must stay quiet).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from localize.checks import CheckContext, all_checks, ignored_kinds, run_checks
from localize.checks.units import EntryUnit
from localize.findings import Severity

DATA = Path(__file__).parent / "data" / "qa"
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
FORMAT_KINDS = {"placeholders", "numbers", "urls", "html-tags", "whitespace"}


def catalog_entries(path: Path):
    from localize.services.catalogs import catalog_unit, read_catalog

    unit = catalog_unit(read_catalog(path), str(path), path.stem)
    return [e for e in unit.entries if e.msgid]


def expected(unit: EntryUnit) -> set[str]:
    marker = unit.extracted_comment.split("qa-expect:", 1)[1]
    return {k.strip() for k in marker.split(",")} - {"none"}


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    from localize.detect import Detector
    from localize.glossary import load_glossary

    return CheckContext(glossary_factory=load_glossary, detector_factory=Detector)


def kinds(unit: EntryUnit, ctx: CheckContext, only: set[str] = FORMAT_KINDS) -> set[str]:
    found = run_checks("entry", unit, ctx, ignore=ignored_kinds(unit.translator_comment))
    return {f.kind for f in found if f.kind in only}


def entry(msgid: str, msgstr: str, locale: str = "fr", **kw) -> EntryUnit:
    return EntryUnit(msgid=msgid, msgstr=msgstr, locale=locale, language=locale.split("_")[0], **kw)


def findings(unit: EntryUnit, kind: str, ctx: CheckContext | None = None):
    ctx = ctx or CheckContext()
    return [f for f in run_checks("entry", unit, ctx) if f.kind == kind]


# --------------------------------------------------------------------------- real catalogs


@pytest.mark.parametrize("locale", LOCALES)
def test_defective_catalog_raises_exactly_the_expected_format_kinds(locale, ctx):
    for unit in catalog_entries(DATA / "defects" / f"{locale}.po"):
        assert kinds(unit, ctx) == expected(unit) & FORMAT_KINDS, (locale, unit.line, unit.msgid)


def test_every_format_kind_is_triggered_in_every_language(ctx):
    for locale in LOCALES:
        seen: set[str] = set()
        for unit in catalog_entries(DATA / "defects" / f"{locale}.po"):
            seen |= kinds(unit, ctx)
        assert seen == FORMAT_KINDS, locale


def test_clean_catalogs_in_7_languages_have_no_findings_at_all(run_cli):
    paths = [str(DATA / "clean" / f"{locale}.po") for locale in LOCALES]
    result = run_cli("catalog", "check", "--format", "json", "--fail-on", "info", *paths)
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    assert sorted(c["locale"] for c in report["catalogs"]) == sorted(LOCALES)
    assert all(c["findings"] == [] for c in report["catalogs"]), result.stdout
    assert all(c["entries"] == 24 for c in report["catalogs"])


def test_cli_reports_format_findings_with_file_line_and_code(run_cli):
    path = str(DATA / "defects" / "fr.po")
    result = run_cli("catalog", "check", "--disable", "wrong-language", path)
    assert result.exit_code == 1
    assert f"{path}:22: error: [L201 placeholders] placeholder %2$d of the source" in result.stdout
    assert f"{path}:32: warning: [L202 numbers] number 12,500 of the source" in result.stdout
    assert (
        f"{path}:42: error: [L203 urls] link https://www.who.int/health-topics/mental-health"
        in result.stdout
    )
    assert f"{path}:52: error: [L204 html-tags]" in result.stdout
    assert f"{path}:67: warning: [L205 whitespace] trailing newlines differ" in result.stdout


def test_cli_github_annotations_and_disable(run_cli):
    path = str(DATA / "defects" / "ko.po")
    result = run_cli("catalog", "check", "--format", "github", path)
    assert f"::error file={path},line=57,title=html-tags::" in result.stdout
    quiet = run_cli(
        "catalog", "check", "--format", "json", "--disable", "html-tags", "--disable", "L205", path
    )
    found = {f["kind"] for c in json.loads(quiet.stdout)["catalogs"] for f in c["findings"]}
    assert "html-tags" not in found and "whitespace" not in found
    assert "placeholders" in found


def test_translator_comment_ignores_a_kind_for_one_entry(ctx):
    units = catalog_entries(DATA / "defects" / "fr.po")
    unit = next(u for u in units if u.msgid == "Answer within 3 days.")
    assert "numbers" in {f.kind for f in run_checks("entry", unit, ctx)}
    assert kinds(unit, ctx) == set()


def test_format_checks_are_registered_with_titles():
    mine = {c.code: c for c in all_checks() if c.code.startswith("L2")}
    assert {c.kind for c in mine.values()} == FORMAT_KINDS
    assert all(c.target == "entry" and c.title.endswith(".") for c in mine.values())
    assert mine["L201"].severity is Severity.ERROR
    assert mine["L202"].severity is Severity.WARNING


# --------------------------------------------------------------------------- placeholders


def test_positional_printf_lost_and_invented():
    unit = entry("%1$s shared %2$s", "%2$s partagé par %1$s")
    assert findings(unit, "placeholders") == []
    lost = findings(entry("%1$s shared %2$s", "%1$s a partagé"), "placeholders")
    assert [f.matched for f in lost] == ["%2$s"]
    added = findings(entry("Shared", "Partagé par %1$s"), "placeholders")
    assert [f.matched for f in added] == ["%1$s"] and "not in the source" in added[0].message


def test_template_placeholders_compare_by_name_not_spacing():
    assert findings(entry("Hi {{ name }}", "Salut {{name}}"), "placeholders") == []
    assert findings(entry("{{ a }} and {{ a }}", "{{ a }} et lui"), "placeholders") == []
    bad = findings(entry("Hi {{ name }}", "Salut {{ nom }}"), "placeholders")
    assert [f.matched for f in bad] == ["{{ name }}", "{{ nom }}"]


@pytest.mark.parametrize(
    "msgid,msgstr",
    [
        ("You have %{count} messages", "Vous avez des messages"),
        ("Hello ${user}", "Bonjour"),
        ("{count, plural, one {# item} other {# items}}", "des éléments"),
        ("Page %1 of %2", "Page %1"),
        ("{% trans %}Hi{% endtrans %}", "Salut"),
        ("Dear %name%,", "Cher,"),
    ],
)
def test_other_placeholder_syntaxes_are_checked_and_reported_once(msgid, msgstr):
    # `%{count}` and `${user}` contain `{name}`, which format-placeholders (structure.py)
    # already reports on unflagged entries: the defect must appear under one kind only.
    found = [
        f.message
        for f in run_checks("entry", entry(msgid, msgstr), CheckContext())
        if f.kind in {"placeholders", "format-placeholders"}
    ]
    assert len(found) == (2 if "endtrans" in msgid else 1), found


def test_python_placeholders_are_left_to_format_placeholders_never_reported_twice():
    unit = entry("%(count)s files in {folder}", "fichiers", flags=frozenset({"python-format"}))
    kinds_found = [f.kind for f in run_checks("entry", unit, CheckContext())]
    assert "placeholders" not in kinds_found
    assert "format-placeholders" in kinds_found
    brace = entry("Hello %{name}", "Bonjour", flags=frozenset({"python-brace-format"}))
    placeholder_kinds = [
        f.kind
        for f in run_checks("entry", brace, CheckContext())
        if f.kind in {"placeholders", "format-placeholders"}
    ]
    assert len(placeholder_kinds) == 1


def test_percent_signs_and_strftime_are_not_placeholders():
    assert findings(entry("Save 50% now", "Économisez 50 % maintenant"), "placeholders") == []
    assert findings(entry("Updated %Y-%m-%d", "Mis à jour le %d/%m/%Y"), "placeholders") == []


def test_plural_form_may_drop_the_count_of_the_singular():
    unit = EntryUnit(
        msgid="One caption by {{ author }}",
        msgid_plural="{{ count }} captions by {{ author }}",
        msgstr_plural=("Un sous-titre de {{ author }}", "{{ count }} sous-titres de {{ author }}"),
        locale="fr",
        language="fr",
    )
    assert findings(unit, "placeholders") == []
    broken = EntryUnit(
        msgid=unit.msgid,
        msgid_plural=unit.msgid_plural,
        msgstr_plural=("Un sous-titre", "Des sous-titres de {{ author }}"),
        locale="fr",
        language="fr",
    )
    assert {f.field for f in findings(broken, "placeholders")} == {"msgstr[0]", "msgstr[1]"}


def test_one_form_language_keeps_the_plural_placeholders():
    unit = EntryUnit(
        msgid="One caption",
        msgid_plural="{{ count }} captions",
        msgstr_plural=("キャプション",),
        locale="ja",
        language="ja",
    )
    assert [f.matched for f in findings(unit, "placeholders")] == ["{{ count }}"]


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "locale,msgstr",
    [
        ("fr", "Plus de 1\u202f000 personnes"),
        ("fr", "Plus de 1 000 personnes"),
        ("pt_BR", "Mais de 1.000 pessoas"),
        ("es", "Más de 1,000 personas"),
        ("ja", "１，０００人以上"),
        ("ja", "1000人以上"),
        ("ko", "1천 명 이상"),
    ],
)
def test_thousands_separators_and_full_width_digits_are_the_same_number(locale, msgstr):
    assert findings(entry("More than 1,000 people", msgstr, locale), "numbers") == []


def test_cjk_multipliers_and_scale_words():
    assert (
        findings(entry("Join 10,000 creators", "1万人のクリエイターに参加", "ja"), "numbers") == []
    )
    assert findings(entry("Join 1.5 million people", "150万人が参加", "ja"), "numbers") == []
    assert findings(entry("Join 20,000 people", "2만 명과 함께하세요", "ko"), "numbers") == []
    assert findings(entry("Join 10,000 creators", "1000人のクリエイター", "ja"), "numbers") != []


def test_decimal_comma_and_clock_times():
    assert findings(entry("Rated 4.5 stars", "Noté 4,5 étoiles"), "numbers") == []
    assert findings(entry("Live at 6 p.m.", "En direct à 18 h"), "numbers") == []
    assert findings(entry("Live at 6 p.m.", "Siaran pukul 18.00", "id"), "numbers") == []


def test_small_numbers_may_be_spelled_out_in_each_language():
    cases = [
        ("fr", "Attendez deux minutes"),
        ("es", "Espera dos minutos"),
        ("pt_BR", "Aguarde dois minutos"),
        ("id", "Tunggu dua menit"),
        ("ja", "二分待ってください"),
        ("ko", "두 번 기다리세요"),
    ]
    for locale, msgstr in cases:
        assert findings(entry("Wait 2 minutes", msgstr, locale), "numbers") == [], locale


def test_changed_number_is_reported_with_the_number():
    (found,) = findings(entry("Call back within 48 hours", "Rappelez sous 24 heures"), "numbers")
    assert found.matched == "48" and found.severity is Severity.WARNING
    assert found.field == "msgstr" and found.locale == "fr"


def test_digits_in_placeholders_urls_tags_and_names_are_not_numbers():
    cases = [
        ("Open %1$s", "Ouvrir %1$s"),
        ("See https://example.org/v2/page", "Voir https://example.org/v2/page"),
        ("<h2>Title</h2>", "<h2>Titre</h2>"),
        ("Use UTF8 or x86", "Utilisez l'encodage adapté"),
        ("Ranked 1st", "Classé premier"),
    ]
    for msgid, msgstr in cases:
        assert findings(entry(msgid, msgstr), "numbers") == [], msgid


def test_plural_count_in_the_singular_is_not_a_number_to_keep():
    unit = EntryUnit(
        msgid="1 new comment",
        msgid_plural="{n} new comments",
        msgstr_plural=("un nouveau commentaire", "{n} nouveaux commentaires"),
        locale="fr",
        language="fr",
    )
    assert findings(unit, "numbers") == []
    kept = EntryUnit(
        msgid="1 comment in 24 hours",
        msgid_plural="{n} comments in 24 hours",
        msgstr_plural=("un commentaire en un jour", "{n} commentaires en un jour"),
        locale="fr",
        language="fr",
    )
    assert [f.matched for f in findings(kept, "numbers")] == ["24"]


# --------------------------------------------------------------------------- urls


def test_url_language_segment_may_be_localized_but_nothing_else():
    msgid = "Read https://docs.example.org/en/latest/guide.html."
    ok = "Lisez https://docs.example.org/fr/latest/guide.html."
    assert findings(entry(msgid, ok), "urls") == []
    assert (
        findings(
            entry(
                "See https://en.wikipedia.org/wiki/X",
                "https://ja.wikipedia.org/wiki/X を参照",
                "ja",
            ),
            "urls",
        )
        == []
    )
    (bad,) = findings(
        entry(msgid, "Lisez https://docs.example.org/fr/latest/guide-fr.html."), "urls"
    )
    assert bad.matched == "https://docs.example.org/en/latest/guide.html"


def test_url_followed_by_punctuation_or_quotes():
    msgid = "Start with a scheme such as “https://”. Or see (https://example.org/a_(b))."
    msgstr = "Commencez par un protocole comme « https:// ». Ou voyez (https://example.org/a_(b))."
    assert findings(entry(msgid, msgstr), "urls") == []


def test_mangled_url_and_email_are_errors():
    found = findings(entry("Write to help@who.int", "Écrivez à help @ who.int"), "urls")
    assert [f.matched for f in found] == ["help@who.int"]
    assert found[0].severity is Severity.ERROR
    spaced = findings(entry("Go to www.who.int/fides", "Allez sur www. who.int/fides"), "urls")
    assert spaced != []


# --------------------------------------------------------------------------- html-tags


def test_attribute_order_and_translated_titles_are_fine():
    msgid = '<a href="/help/" class="btn" title="Help">Help</a><br>'
    msgstr = '<a title="Aide" class="btn" href="/help/">Aide</a><br/>'
    assert findings(entry(msgid, msgstr), "html-tags") == []


def test_changed_href_and_dropped_tags_are_reported_once_per_entry():
    (found,) = findings(
        entry('<a href="/help/">Help</a>', '<a href="/aide/">Aide</a>'), "html-tags"
    )
    assert 'href="/help/"' in found.message and found.severity is Severity.ERROR
    (dropped,) = findings(entry("<em>Never</em> share it", "Ne le partagez jamais"), "html-tags")
    assert dropped.message.endswith("</em> <em>")


def test_angle_brackets_around_prose_are_not_tags_and_typographic_tags_may_be_added():
    assert findings(entry("<<original entry>>", "<<entrée originale>>"), "html-tags") == []
    assert findings(entry("{}st", "{}<sup>er</sup>"), "html-tags") == []
    assert findings(entry("Text", "<script>x</script>Texte"), "html-tags") != []


# --------------------------------------------------------------------------- whitespace


def test_trailing_space_and_newline_are_kept():
    (found,) = findings(entry("Section author: ", "Auteur de la section :"), "whitespace")
    assert "ends with a space" in found.message and found.severity is Severity.WARNING
    (newline,) = findings(entry("Saved.\n", "Enregistré."), "whitespace")
    assert "trailing newlines differ: 1" in newline.message


def test_unspaced_languages_may_drop_edge_spaces_but_not_newlines():
    assert findings(entry("Name: ", "名前：", "ja"), "whitespace") == []
    assert findings(entry("Name:\n", "名前：", "ja"), "whitespace") != []


def test_no_break_spaces_and_indentation_are_typography():
    assert findings(entry(":", "\u00a0:"), "whitespace") == []
    assert findings(entry("Total: ", "Total\u00a0: "), "whitespace") == []
    assert findings(entry("\n    View function", "\nFonction de vue"), "whitespace") == []


def test_doubled_space_is_info():
    (found,) = findings(entry("Could not load it", "Impossible de  le charger"), "whitespace")
    assert found.severity is Severity.INFO and found.span == (13, 15)
    assert findings(entry("A  b", "A  b"), "whitespace") == []


# --------------------------------------------------------------------------- scope


def test_only_translated_live_entries_are_checked_fuzzy_included():
    assert findings(entry("Call 911 now", ""), "numbers") == []
    obsolete = entry("Call 911 now", "Appelez maintenant", obsolete=True)
    assert findings(obsolete, "numbers") == []
    fuzzy = entry("Call 911 now", "Appelez maintenant", flags=frozenset({"fuzzy"}))
    assert [f.matched for f in findings(fuzzy, "numbers")] == ["911"]


def test_a_defect_repeated_in_every_plural_form_is_reported_once():
    unit = EntryUnit(
        msgid="%(n)s googol",
        msgid_plural="%(n)s googol",
        msgstr_plural=(" %(n)s googol", " %(n)s googol", " %(n)s googol"),
        locale="es",
        language="es",
    )
    assert len(findings(unit, "whitespace")) == 1


def test_crisis_numbers_are_localized_per_market_not_kept(ctx):
    msgid = "If you are struggling, call or text 988 within 24 hours."
    localized = entry(msgid, "Si vous n’allez pas bien, appelez le 3114 sous 24 heures.")
    assert [f for f in run_checks("entry", localized, ctx) if f.kind == "numbers"] == []
    dropped = entry(msgid, "Si vous n’allez pas bien, appelez le 3114 rapidement.")
    found = [f.matched for f in run_checks("entry", dropped, ctx) if f.kind == "numbers"]
    assert found == ["24"]


def test_a_language_segment_may_be_added_to_a_url():
    msgid = "Visit https://www.who.int/ for more."
    assert (
        findings(entry(msgid, "Visitez https://www.who.int/fr/ pour en savoir plus."), "urls") == []
    )
    wrong = entry(msgid, "Visitez https://www.oms.int/ pour en savoir plus.")
    assert [f.matched for f in findings(wrong, "urls")] == ["https://www.who.int/"]


def test_c_length_modifiers_and_objc_count_by_occurrence():
    unit = entry("%lu of %lu files, %@", "%lu fichiers, %@", flags=frozenset({"c-format"}))
    assert [f.matched for f in findings(unit, "placeholders")] == ["%lu"]
    same = entry("%lu of %lu files", "%lu fichiers sur %lu", flags=frozenset({"c-format"}))
    assert findings(same, "placeholders") == []
    objc = entry("Hello %@", "Bonjour", flags=frozenset({"objc-format"}))
    assert [f.matched for f in findings(objc, "placeholders")] == ["%@"]


def test_qt_placeholders_in_a_c_format_entry():
    unit = entry("Page %1 of %2", "Page %1", flags=frozenset({"c-format"}))
    assert [f.matched for f in findings(unit, "placeholders")] == ["%2"]


def test_round_the_clock_idiom_keeps_only_the_hours():
    assert (
        findings(
            entry("Help is available 24/7.", "支援は24時間365日利用できます。", "ja"), "numbers"
        )
        == []
    )
    assert (
        findings(entry("Help is available 24/7.", "Aide disponible 24 h/24, 7 j/7."), "numbers")
        == []
    )
    assert (
        findings(entry("Help is available 24/7.", "Aide disponible tout le temps."), "numbers")
        != []
    )
