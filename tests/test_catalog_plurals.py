"""Plural-Forms policy: the CLDR table used to judge headers equals babel's CLDR data."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from babel import Locale, localedata

from localize.catalog.plurals import (
    SAMPLES,
    _compile,
    cldr_integer_rule,
    judge_plural_forms,
    policy_rule,
)

LANGUAGES = ("en", "fr", "ja", "ko", "id", "es", "pt")
NUMBERS = (*SAMPLES, 2, 3, 5, 21, 101, 999999, 3000000, 1000000000000)


def _babel_locales() -> list[str]:
    """Every babel locale of the supported languages written as gettext writes them."""
    found = []
    for identifier in localedata.locale_identifiers():
        language, _sep, region = identifier.partition("_")
        if language in LANGUAGES and (not region or (len(region) == 2 and region.isalpha())):
            found.append(identifier)
    # regions babel does not know fall back to the language
    return found + ["fr_ZZ", "pt_ZZ", "es_ZZ", "en_ZZ"]


@pytest.mark.parametrize("locale", _babel_locales())
def test_cldr_table_equals_babels_cldr_data(locale):
    tags, category = cldr_integer_rule(locale)
    cldr = Locale.parse(locale).plural_form
    assert tags == cldr.tags
    assert [category(n) for n in NUMBERS] == [cldr(n) for n in NUMBERS]


def test_the_table_covers_every_region_of_the_supported_languages():
    # pt_PT and the locales whose CLDR parent is pt_PT have their own rule; the table
    # must know each of them or they would get Brazilian Portuguese's rule
    assert len(_babel_locales()) > 200
    assert cldr_integer_rule("pt_PT")[1](0) == "other"
    assert cldr_integer_rule("pt_BR")[1](0) == "one"


def test_judging_django_style_headers_does_not_load_babel():
    code = (
        "import sys\n"
        "from localize.catalog.plurals import judge_plural_forms\n"
        "header = 'nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;'\n"
        "print(judge_plural_forms(header, 'fr').status, judge_plural_forms(header, 'pt_BR').status,\n"
        "      judge_plural_forms('nplurals=2; plural=(n != 1);', 'fr').status, 'babel' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["cldr", "cldr", "wrong", "False"]


def test_cldr_style_header_of_another_region_goes_by_that_regions_rule():
    header = "nplurals=3; plural=(n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2;"
    assert judge_plural_forms(header, "pt_BR").status == "cldr"
    # in Portugal 0 is not "one": the Brazilian rule is not a CLDR rule there
    assert judge_plural_forms(header, "pt_PT").status == "wrong"


@pytest.mark.parametrize("locale", _babel_locales())
def test_the_gettext_rule_written_for_a_locale_agrees_with_cldr(locale):
    # the two-form rule init writes picks the singular exactly for CLDR's "one" (the
    # "many" of a million is gettext's plural), and the one-form rule always form 0
    rule = policy_rule(locale)
    select = _compile(rule.expr)
    cldr = Locale.parse(locale).plural_form
    expected = [0 if rule.nplurals == 1 or cldr(n) == "one" else 1 for n in NUMBERS]
    assert [select(n) for n in NUMBERS] == expected
    assert judge_plural_forms(rule.header, locale).status == "ok"


def test_a_european_portuguese_catalog_with_gettexts_rule_compiles(run_cli, tmp_path):
    po = tmp_path / "locales" / "pt_PT" / "LC_MESSAGES" / "app.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: pt_PT\\n"\n'
        '"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "%(n)d file"\nmsgid_plural "%(n)d files"\n'
        'msgstr[0] "%(n)d ficheiro"\nmsgstr[1] "%(n)d ficheiros"\n',
        encoding="utf-8",
    )
    result = run_cli("catalog", "compile", str(po))
    assert result.exit_code == 0, result.stderr
    assert po.with_suffix(".mo").is_file()


def _catalog(tmp_path, locale: str, plural_forms: str | None, forms: list[str]):
    po = tmp_path / "locales" / locale / "LC_MESSAGES" / "app.po"
    po.parent.mkdir(parents=True)
    header = f'"Plural-Forms: {plural_forms}\\n"\n' if plural_forms else ""
    body = "".join(f'msgstr[{k}] "{form}"\n' for k, form in enumerate(forms))
    po.write_text(
        f'msgid ""\nmsgstr ""\n"Language: {locale}\\n"\n'
        f'"Content-Type: text/plain; charset=UTF-8\\n"\n{header}\n'
        f'msgid "%(n)d file"\nmsgid_plural "%(n)d files"\n{body}',
        encoding="utf-8",
    )
    return po


def test_babels_two_form_indonesian_header_is_a_warning_and_still_compiles(run_cli, tmp_path):
    # pybabel init writes nplurals=2 for id; every form is the same text, so nothing is
    # wrong at run time: the catalog compiles, and check says how to match gettext tools
    po = _catalog(tmp_path, "id", "nplurals=2; plural=(n != 1);", ["%(n)d berkas"] * 2)
    result = run_cli("catalog", "check", "--format", "json", str(po))
    [finding] = json.loads(result.stdout)["catalogs"][0]["findings"]
    assert (finding["code"], finding["severity"]) == ("L102", "warning")
    assert "does not inflect for number" in finding["message"]
    assert finding["suggestion"] == "Plural-Forms: nplurals=1; plural=0;"
    assert run_cli("catalog", "compile", str(po)).exit_code == 0
    assert po.with_suffix(".mo").is_file()


@pytest.mark.parametrize(
    ("locale", "forms", "severity", "compiles"),
    [
        # gettext's default without the header is English's rule: right for en and es
        ("en", ["%(n)d file", "%(n)d files"], "warning", True),
        ("es", ["%(n)d archivo", "%(n)d archivos"], "warning", True),
        # ... and wrong for French (0 fichier) and Japanese (one form)
        ("fr", ["%(n)d fichier", "%(n)d fichiers"], "error", False),
        ("ja", ["%(n)d 個のファイル"], "error", False),
    ],
)
def test_a_missing_plural_forms_is_an_error_only_where_gettexts_default_is_wrong(
    run_cli, tmp_path, locale, forms, severity, compiles
):
    po = _catalog(tmp_path, locale, None, forms)
    result = run_cli("catalog", "check", "--format", "json", str(po))
    found = json.loads(result.stdout)["catalogs"][0]["findings"]
    assert [(f["code"], f["severity"]) for f in found if f["code"] == "L102"] == [
        ("L102", severity)
    ]
    run_cli("catalog", "compile", str(po))
    assert po.with_suffix(".mo").is_file() == compiles


def test_why_a_plural_forms_is_invalid_is_told_in_the_ui_language(run_cli, tmp_path):
    # the verdict is cached per header: asking again in another language still translates
    po = _catalog(tmp_path, "fr", "nplurals=2; plural=n > 1 ? 2 : 0;", ["a", "b"])
    messages = {}
    for lang in ("en", "fr", "en"):
        result = run_cli("--ui-lang", lang, "catalog", "check", "--format", "json", str(po))
        found = json.loads(result.stdout)["catalogs"][0]["findings"]
        messages[lang] = next(f["message"] for f in found if f["code"] == "L102")
    assert messages["en"] == (
        "invalid Plural-Forms: plural=n > 1 ? 2 : 0 gives form 2 for n=2, but nplurals=2"
    )
    assert messages["fr"].endswith(
        "plural=n > 1 ? 2 : 0 donne la forme 2 pour n=2, mais nplurals=2"
    )
