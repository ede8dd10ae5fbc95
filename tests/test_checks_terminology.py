"""Glossary consistency (`term-inconsistent`) and do-not-translate names on PO entries.

Uses the shipped glossary (glossaries/mental-health.toml) and the realistic catalogs of
tests/data/qa/ in the 7 languages.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from localize.checks import CheckContext, ignored_kinds, run_checks
from localize.checks.units import EntryUnit
from localize.findings import Severity

DATA = Path(__file__).parent / "data" / "qa"
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
TERM_KINDS = {"term-inconsistent", "do-not-translate"}


def catalog_entries(path: Path):
    from localize.services.catalogs import catalog_unit, read_catalog

    unit = catalog_unit(read_catalog(path), str(path), path.stem)
    return [e for e in unit.entries if e.msgid]


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    from localize.glossary import load_glossary

    return CheckContext(glossary_factory=load_glossary)


def entry(msgid: str, msgstr: str, locale: str, **kw) -> EntryUnit:
    return EntryUnit(msgid=msgid, msgstr=msgstr, locale=locale, language=locale.split("_")[0], **kw)


def found(unit: EntryUnit, ctx: CheckContext, kind: str):
    return [f for f in run_checks("entry", unit, ctx) if f.kind == kind]


# --------------------------------------------------------------------------- real catalogs


@pytest.mark.parametrize("locale", LOCALES)
def test_defective_catalog_raises_exactly_the_expected_terminology_kinds(locale, ctx):
    for unit in catalog_entries(DATA / "defects" / f"{locale}.po"):
        marker = unit.extracted_comment.split("qa-expect:", 1)[1]
        want = {k.strip() for k in marker.split(",")} & TERM_KINDS
        got = {
            f.kind
            for f in run_checks("entry", unit, ctx, ignore=ignored_kinds(unit.translator_comment))
            if f.kind in TERM_KINDS
        }
        assert got == want, (locale, unit.line, unit.msgid)


@pytest.mark.parametrize("locale", LOCALES)
def test_clean_catalog_uses_the_glossary_terms_and_keeps_the_names(locale, ctx):
    for unit in catalog_entries(DATA / "clean" / f"{locale}.po"):
        assert [f for f in run_checks("entry", unit, ctx) if f.kind in TERM_KINDS] == []


# --------------------------------------------------------------------------- term-inconsistent


def test_missing_glossary_term_suggests_preferred_and_admitted_terms(ctx):
    unit = entry(
        "Talk to someone if you have suicidal thoughts.",
        "Parlez à quelqu’un si vous avez des envies noires.",
        "fr",
    )
    (finding,) = found(unit, ctx, "term-inconsistent")
    assert finding.concept == "suicidal-thoughts"
    assert finding.suggestion == "idées suicidaires / pensées suicidaires"
    assert finding.matched == "suicidal thoughts"
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "locale,msgstr",
    [
        ("fr", "Parlez à quelqu’un si vous avez des pensées suicidaires."),
        ("fr", "Parlez à quelqu’un si vous avez une idée suicidaire."),
        ("es", "Habla con alguien si tienes un pensamiento suicida."),
        ("ja", "自殺念慮があるときは、誰かに話してください。"),
        ("ko", "자살 생각이 들면 누군가에게 이야기하세요."),
        ("id", "Bicaralah dengan seseorang jika Anda memiliki pikiran bunuh diri."),
        ("pt_BR", "Converse com alguém se você tiver ideação suicida."),
    ],
)
def test_glossary_terms_are_recognised_inflected_and_with_particles(locale, msgstr, ctx):
    unit = entry("Talk to someone if you have suicidal thoughts.", msgstr, locale)
    assert found(unit, ctx, "term-inconsistent") == []


def test_japanese_kanji_compound_must_stand_whole(ctx):
    unit = entry(
        "Suicide prevention starts with listening.", "自殺をなくす取り組みは傾聴から。", "ja"
    )
    (finding,) = found(unit, ctx, "term-inconsistent")
    assert finding.suggestion == "自殺予防 / 自殺対策"
    inflected = entry("She died by suicide last year.", "彼女は昨年、自殺で亡くなりました。", "ja")
    assert found(inflected, ctx, "term-inconsistent") == []


def test_forbidden_wording_is_reported_once_by_forbidden_term(ctx):
    unit = entry("He died by suicide in 2019.", "Él se ha suicidado en 2019.", "es")
    kinds = [f.kind for f in run_checks("entry", unit, ctx)]
    assert "forbidden-term" in kinds
    assert "term-inconsistent" not in kinds


def test_concepts_without_a_safe_translation_are_left_to_no_safe_translation(ctx):
    unit = entry("Trauma dumping can hurt friendships.", "Le déballage peut blesser.", "fr")
    kinds = [f.kind for f in run_checks("entry", unit, ctx)]
    assert "term-inconsistent" not in kinds
    assert "no-safe-translation" in kinds


def test_forbidden_source_wording_asks_for_no_term(ctx):
    unit = entry("Never write “committed suicide”.", "N’écrivez jamais « s’est tué ».", "fr")
    assert found(unit, ctx, "term-inconsistent") == []


def test_plural_forms_each_need_the_term(ctx):
    unit = EntryUnit(
        msgid="%(n)s video about mental health",
        msgid_plural="%(n)s videos about mental health",
        msgstr_plural=("%(n)s vidéo sur la santé mentale", "%(n)s vidéos sur le bien-être"),
        locale="fr",
        language="fr",
        flags=frozenset({"python-format"}),
    )
    (finding,) = found(unit, ctx, "term-inconsistent")
    assert finding.field == "msgstr[1]" and finding.suggestion == "santé mentale"


def test_source_language_catalog_and_missing_glossary_raise_nothing(ctx):
    assert (
        found(entry("Mental health matters.", "Wellbeing matters.", "en"), ctx, "term-inconsistent")
        == []
    )
    no_glossary = CheckContext()
    unit = entry("Mental health matters.", "Le bien-être compte.", "fr")
    assert found(unit, no_glossary, "term-inconsistent") == []
    assert found(unit, ctx, "term-inconsistent") != []


# --------------------------------------------------------------------------- do-not-translate


@pytest.mark.parametrize(
    "locale,msgstr",
    [
        ("ja", "TikTokでFidesのシリーズを見よう。"),
        ("ko", "TikTok에서 Fides 시리즈를 보세요."),
        ("pt_BR", "Assista à série da Fides no TikTok."),
        ("id", "Tonton serial Fides di TikTok."),
    ],
)
def test_names_kept_verbatim_pass(locale, msgstr, ctx):
    unit = entry("Watch the Fides series on TikTok.", msgstr, locale)
    assert found(unit, ctx, "do-not-translate") == []


def test_respelled_name_is_reported_as_altered_with_the_name_to_use(ctx):
    for written in ("Tik Tok", "TIKTOK", "Tik-Tok", "tiktok"):
        unit = entry("Watch the series on TikTok.", f"Regardez la série sur {written}.", "fr")
        (finding,) = found(unit, ctx, "do-not-translate")
        assert finding.message == (
            f"do-not-translate name “TikTok” is written “{written}” in the translation"
        )
        assert finding.suggestion == "TikTok" and finding.severity is Severity.ERROR


def test_transliterated_or_dropped_name_is_missing(ctx):
    unit = entry("Watch the series on TikTok.", "ティックトックでシリーズを見よう。", "ja")
    (finding,) = found(unit, ctx, "do-not-translate")
    assert finding.message == "do-not-translate name “TikTok” is missing from the translation"
    campaign = entry("Setembro Amarelo starts today.", "El Septiembre Amarillo empieza hoy.", "es")
    assert [f.suggestion for f in found(campaign, ctx, "do-not-translate")] == ["Setembro Amarelo"]


def test_names_inside_urls_and_addresses_are_the_urls_checks_business(ctx):
    unit = entry("Write to fides@who.int.", "Écrivez-nous par e-mail.", "fr")
    kinds = [f.kind for f in run_checks("entry", unit, ctx)]
    assert "urls" in kinds and "do-not-translate" not in kinds


def test_terms_inside_urls_are_not_wording(ctx):
    unit = entry(
        "Guide: https://www.who.int/health-topics/mental-health",
        "Guide : https://www.who.int/fr/health-topics/mental-health",
        "fr",
    )
    assert found(unit, ctx, "term-inconsistent") == []
