"""The shipped mental-health termbase: coverage, sources, verification flags, validation."""

from __future__ import annotations

import pytest

from localize.glossary import Category, Review, Status, load_glossary
from localize.glossary.formats import read_file
from localize.glossary.validate import validate
from localize.languages import MARKETS, SUPPORTED_CODES
from localize.resources import shipped_glossary_paths


@pytest.fixture(scope="module")
def g():
    return load_glossary()


def test_shipped_termbase_validates_without_errors():
    datas = [read_file(p) for p in shipped_glossary_paths()]
    assert [i for i in validate(datas) if i.severity == "error"] == []


def test_at_least_45_concepts_in_every_category(g):
    assert len(g.concepts) >= 45
    assert {c.category for c in g.concepts.values()} == set(Category)


def test_every_language_has_terms_for_safe_messaging(g):
    for lang in SUPPORTED_CODES:
        forbidden = [
            t
            for c in g.concepts.values()
            if c.category is Category.SAFE_MESSAGING and c.entry(lang)
            for t in c.entry(lang).terms
            if t.status is Status.FORBIDDEN
        ]
        assert forbidden, lang
        assert g.preferred_terms("suicide-prevention", lang), lang


def test_every_concept_cites_known_sources(g):
    for concept in g.concepts.values():
        assert concept.sources, concept.id
        cited = list(concept.sources) + [s for e in concept.languages.values() for s in e.sources]
        for source in cited:
            assert source in g.sources or source.startswith(("http://", "https://")), source


def test_forbidden_terms_carry_a_replacement_and_a_reason(g):
    for concept in g.concepts.values():
        for lang, entry in concept.languages.items():
            for term in entry.forbidden:
                assert term.replacement, (concept.id, lang, term.text)
                assert term.reason, (concept.id, lang, term.text)


def test_unverified_research_rows_are_marked(g):
    # (?) cells of the seed table
    assert not g.concept("suicide-attempt").entry("ko").terms[0].verified
    assert not g.concept("died-by-suicide").entry("ja").terms[0].verified
    assert not g.concept("panic-attack").entry("fr").verified
    # sourced cells stay verified
    assert g.concept("schizophrenia").entry("ja").terms[0].verified


def test_no_safe_translation_rows_give_guidance_not_invented_terms(g):
    for concept_id in ("trauma-dumping", "safety-plan"):
        concept = g.concept(concept_id)
        assert concept.entry("en").terms  # the source side can be matched
        for lang in ("fr", "ja", "ko", "id", "es", "pt"):
            entry = concept.entry(lang)
            assert entry.review is Review.NO_SAFE_TRANSLATION
            assert entry.terms == ()
            assert entry.guidance


def test_source_side_terms_exist_in_every_language_for_suicide(g):
    for lang in SUPPORTED_CODES:
        entry = g.concept("suicide").entry(lang)
        assert entry is not None and entry.terms, lang


def test_crisis_lines_for_all_markets(g):
    assert set(g.crisis_lines) == set(MARKETS)
    numbers = {line.number for lines in g.crisis_lines.values() for line in lines}
    assert {
        "988",
        "116 123",
        "3114",
        "0120-279-338",
        "109",
        "119 ext 8",
        "800 911 2000",
        "188",
    } <= numbers
    aliases = {a for lines in g.crisis_lines.values() for line in lines for a in line.aliases}
    assert {"1-800-273-8255", "1393", "141", "0120-783-556"} <= aliases
    assert "85258" in numbers and "#9999" in numbers and "0120-061-338" in numbers
    (indonesia,) = g.crisis_lines["ID"]
    assert indonesia.verified is False  # the research says: verify before publishing


def test_superseded_diagnoses(g):
    assert g.concept("schizophrenia").entry("ja").terms[1].status is Status.SUPERSEDED
    assert [t.text for t in g.concept("schizophrenia").entry("ko").forbidden] == [
        "정신분열병",
        "정신분열증",
    ]


def test_version_is_stable(g):
    again = load_glossary()
    assert again is g  # cached per (paths, mtimes)
    assert len(g.version) == 16 and g.version == again.version


def test_every_written_form_is_found_as_its_own_concept(g):
    """The matcher finds each term and variant of the termbase, whole, as its concept."""
    missed = []
    for concept in g.concepts.values():
        for lang, entry in concept.languages.items():
            for term in entry.terms:
                if not term.match:
                    continue
                for written in (term.text, *term.variants):
                    if "{" in written:
                        continue
                    whole = [
                        h for h in g.match(written, lang) if (h.start, h.end) == (0, len(written))
                    ]
                    if not whole or whole[0].concept.id != concept.id:
                        missed.append((concept.id, lang, written))
    assert missed == []


def test_slot_terms_expand_to_every_filler(g):
    for pronoun in ("his", "her", "their", "my", "your", "our"):
        found = g.match(f"took {pronoun} own life", "en")
        assert [h.concept.id for h in found] == ["died-by-suicide"], pronoun


def test_generic_suggestions_are_offered_but_not_matched(g):
    assert g.preferred_terms("died-by-suicide", "ko")[:2] == ("사망했다", "숨졌다")
    assert g.match("할머니께서 어제 사망했다", "ko") == []
    assert g.match("Mortgage rates: rising rates again", "en") == []
    assert g.concept("suffering-from").entry("en").forbidden[0].replacement == "living with"
