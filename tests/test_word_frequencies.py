"""The detector's word-frequency evidence (detect_data.frequency) on the shipped tables."""

from __future__ import annotations

import math

import pytest

from localize.detect import KNOWN_OTHERS, LATIN_SUPPORTED, Detector
from localize.detect_data.frequency import LEVEL_BASE, WordFrequencies, frequency_table

WITHOUT_TABLE = {"so", "sw", "af", "sq", "et", "cy"}


@pytest.mark.parametrize("lang", LATIN_SUPPORTED + KNOWN_OTHERS)
def test_every_scored_language_has_a_well_formed_table_unless_documented(lang: str) -> None:
    table = frequency_table(lang)
    if lang in WITHOUT_TABLE:
        assert table is None
        return
    assert table is not None
    words, marks = table
    # Bisection needs code-point order; one level per word; no duplicates or blanks.
    assert words == sorted(words)
    assert len(set(words)) == len(words) > 10_000
    assert len(marks) == len(words)
    assert all(word and word == word.lower() for word in words)
    assert min(map(ord, marks)) >= LEVEL_BASE


def test_listed_frequencies_tell_close_languages_apart() -> None:
    freq = WordFrequencies(("en", "fr", "id", "es", "pt"))
    nao = freq.log_frequencies("não")
    assert nao is not None
    assert [lang for lang, v in zip(freq.langs, nao, strict=True) if v is not None] == ["pt"]
    the = freq.log_frequencies("the")
    assert the is not None and max(v for v in the if v is not None) == the[0]
    # "casa" is everyday Spanish and Portuguese alike: both listed, both frequent.
    casa = freq.log_frequencies("casa")
    assert casa is not None and casa[3] is not None and casa[4] is not None
    assert casa[3] > math.log(1e-4) and casa[4] > math.log(1e-4)
    assert freq.log_frequencies("zzqxj") is None


def test_mixing_only_raises_the_languages_that_list_the_word() -> None:
    freq = WordFrequencies(("en", "pt"))
    model = (-20.0, -20.0)
    mixed = freq.mix("você", model)
    assert mixed[0] == model[0]  # English does not list "você": the model speaks alone
    assert mixed[1] > model[1] + 5  # Portuguese lists it often: log(f + e^-20) ~ log f
    assert freq.mix("zzqxj", model) == model


def test_a_language_without_a_table_borrows_the_mean_of_the_others() -> None:
    freq = WordFrequencies(("en", "pt", "sw"))
    listed = freq.log_frequencies("você")
    assert listed is not None and listed[0] is None
    # Mean of P over the two tables, one of which (en) does not list it: half of pt's.
    assert listed[2] == pytest.approx(listed[1] - math.log(2))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Short Portuguese that reads like Spanish letter by letter.
        ("Identifica o idioma das legendas. Informe os textos.", "pt"),
        ("desabafo", "pt"),
        ("fala comigo", "pt"),
        ("acolhimento", "pt"),
        ("kesepian", "id"),
        ("psikolog", "id"),
    ],
)
def test_short_captions_are_decided_confidently_by_what_each_language_writes(
    text: str, lang: str
) -> None:
    found = Detector().detect(text)
    assert found.lang == lang
    assert found.is_confident


def test_a_spanish_verb_decides_a_two_word_reply() -> None:
    # "terapia" is both languages; "sirve" is Spanish (Portuguese writes "serve").
    assert Detector().detect("terapia sirve").lang == "es"


def test_words_spelled_alike_in_spanish_and_portuguese_are_not_confident() -> None:
    # Both languages write these often; a confident answer would be a guess.
    for text in ("psicóloga", "tristeza", "casa"):
        found = Detector().detect(text)
        assert found.lang in ("es", "pt")
        assert not found.is_confident
