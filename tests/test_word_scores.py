"""The shipped table of precomputed word scores (detect_data.word_scores).

A fresh detector looks frequent words up instead of scoring them, so the table must hold
exactly what the detector would compute, for exactly the words the build tool picks, and
must stay out of the way wherever it does not apply.
"""

from __future__ import annotations

import math

import pytest

import localize.detect as detect_module
from localize.detect import LATIN_SUPPORTED, Detector
from localize.detect_data import word_scores


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.fixture(scope="module")
def shipped() -> bytes:
    with open(word_scores.PATH, "rb") as handle:
        return handle.read()


def test_table_holds_the_live_score_of_every_word_it_lists(detector: Detector) -> None:
    # Stale after a change of the word model? Rebuild: python tools/build_detect_tables.py
    table = word_scores.load(detector._latin_langs)
    assert len(table) > 15_000
    width = len(detector._latin_langs)
    for word in table:
        stored = table.get(word)
        live = detector._compute_word_score(word)
        assert stored is not None and len(stored) == width
        # Identical where the table was built (CPython 3.11); other versions may add in
        # another order (3.12's sum() compensates rounding), never more than that.
        assert all(
            math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)
            for a, b in zip(stored, live, strict=True)
        ), word


def test_table_lists_the_words_the_build_tool_picks(detector: Detector) -> None:
    table = word_scores.load(detector._latin_langs)
    assert set(table) == word_scores.table_words(LATIN_SUPPORTED)
    # The everyday words of every supported Latin language are there.
    for word in ("the", "pas", "tidak", "porque", "você", "ansiedade", "hari"):
        assert word in table


def test_a_detector_scores_words_the_same_with_and_without_the_table(
    detector: Detector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        detect_module, "load_word_scores", lambda langs: word_scores.decode(b"", langs)
    )
    bare = Detector()
    captions = [
        "Hoje foi difícil, mas você não está sozinho. Respira fundo 💚 #saudemental #fyp",
        "La ansiedad no te define. Habla con alguien de confianza 🙏 #mentalhealth",
        "Prendre soin de sa santé mentale, ce n'est pas un luxe. #santementale",
        "Kamu tidak sendirian, cerita ke orang yang kamu percaya ya 🤍 #kesehatanmental",
        "It's okay to ask for help. Talk to someone you trust today. #selfcare",
        "makasih dok",
        "obrigada doutora",
        "merci docteur",
        "ほんとそれ #mentalhealth",
        "괜찮아요, 천천히 해도 돼요 #selfcare",
    ]
    for caption in captions:
        with_table, without = detector.detect(caption), bare.detect(caption)
        assert (with_table.lang, with_table.reason) == (without.lang, without.reason), caption
        # Equal on the Python the table was built with; elsewhere within rounding (above).
        assert math.isclose(with_table.confidence, without.confidence, rel_tol=1e-9), caption
        segments = [(s.lang, s.start, s.end) for s in detector.detect_segments(caption)]
        assert segments == [(s.lang, s.start, s.end) for s in bare.detect_segments(caption)]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: data[:-8],  # truncated
        lambda data: b"something else\n" + data,  # not a table
        lambda data: data.replace(b'"en"', b'"xx"', 1),  # other languages
        lambda data: data.replace(b'"profiles": [[', b'"profiles": [[1, ', 1),  # other profiles
        lambda data: data.replace(b'"words": ', b'"words": 1', 1),  # wrong count
    ],
)
def test_a_table_that_does_not_fit_is_not_used(detector: Detector, shipped: bytes, tamper) -> None:
    langs = detector._latin_langs
    assert len(word_scores.decode(shipped, langs))  # the untouched table is used
    assert len(word_scores.decode(tamper(shipped), langs)) == 0


def test_a_detector_for_other_languages_computes_every_word() -> None:
    narrow = Detector(["pt", "en"], others=("de",))
    assert len(word_scores.load(narrow._latin_langs)) == 0
    # Its scores are its own (pt en, the other supported Latin languages, de), not rows
    # of the default table.
    assert len(narrow._score_word("você")) == len(narrow._latin_langs) == 6
    assert narrow.detect("Você não está sozinho").lang == "pt"
