"""How often each language writes a word: the evidence that decides one- and two-word texts.

Character n-grams say what a language's words look like; they cannot say that "casa" is
common in both Spanish and Portuguese while "não" is Portuguese only, or that "the" is
far more English than anything else. The tables in `frequencies/` are wordfreq's
published word lists (words seen at least once per million, from Wikipedia, subtitles,
news, books, web text, Twitter and Reddit; CC BY-SA 4.0, see frequencies/NOTICE),
rebuilt by tools/build_word_frequencies.py. Every language gets a list of the same size
(30,000 words) so that no language wins rare words by having the longer list.

The detector mixes the two estimates of P(word | language): the listed frequency where
the language's list has the word, and its own model (characters, hand-written lists,
spelling) always: log(f + exp(model)). No weight is fitted: a listed frequency is a
probability on the same scale as the model's. Languages with no table (so sw af sq et
cy) borrow the mean frequency of the others, so a word listed everywhere neither favours
nor hurts them.

Storage: per language one sorted word list and one string of level characters (one split
per language to load), and a dict word -> level character built from them (~2 ms per
language). A bisection would save that load time but costs more than it saves on the
first sight of a word: its ~15 comparisons touch strings scattered over a 30,000-word
list, one cache miss each, in every language (~20 us a word, against ~2 us for nine
dict lookups; benchmarks/detect.py measures detectors cold).
"""

from __future__ import annotations

import gzip
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

FLOOR_CENTIBELS = 600
"""The lists' cut-off in wordfreq's centibels (100 * -log10 frequency): one per million."""
LEVEL_STEP = 6
"""Centibels per stored level: 0.06 of a decade, finer than the data's own precision."""
LEVEL_BASE = 40
"""Code point of level 0 in the level string (all levels stay printable ASCII)."""

_DIR = Path(__file__).resolve().parent / "frequencies"
_LN10 = math.log(10)


@lru_cache(maxsize=64)
def frequency_table(lang: str) -> tuple[list[str], str] | None:
    """(sorted words, level characters) of `lang`, or None when it has no table."""
    from ..io import read_bytes

    path = _DIR / f"{lang}.txt.gz"
    if not path.is_file():
        return None
    lines = gzip.decompress(read_bytes(path)).decode("utf-8").split("\n")
    # lines: comment, levels, words..., "" (the trailing newline)
    return lines[2:-1], lines[1]


@lru_cache(maxsize=64)
def _level_dict(lang: str) -> dict[str, str]:
    """Word -> level character of `lang`'s table (read-only)."""
    table = frequency_table(lang)
    assert table is not None
    words, marks = table
    return dict(zip(words, marks, strict=True))


def _log_frequency(mark: str) -> float:
    """Natural log of the frequency a level character stands for (mid-level)."""
    level = ord(mark) - LEVEL_BASE
    centibels = FLOOR_CENTIBELS - (level + 0.5) * LEVEL_STEP
    return -centibels / 100 * _LN10


class WordFrequencies:
    """Listed word frequencies for a fixed tuple of languages (read-only once built)."""

    def __init__(self, langs: Sequence[str]) -> None:
        self.langs = tuple(langs)
        tables = [frequency_table(lang) for lang in self.langs]
        self._listed = tuple(i for i, table in enumerate(tables) if table is not None)
        self._missing = tuple(i for i, table in enumerate(tables) if table is None)
        self._dicts = tuple(_level_dict(self.langs[i]) for i in self._listed)
        self._log = {chr(LEVEL_BASE + q): _log_frequency(chr(LEVEL_BASE + q)) for q in range(100)}

    def log_frequencies(self, word: str) -> tuple[float | None, ...] | None:
        """ln P(word) in each language's list (None where unlisted); None if no list has it."""
        levels = [table.get(word) for table in self._dicts]
        if levels.count(None) == len(levels):
            return None
        log = self._log
        listed = [None if level is None else log[level] for level in levels]
        if not self._missing:
            return tuple(listed)
        found: list[float | None] = [None] * len(self.langs)
        for i, value in zip(self._listed, listed, strict=True):
            found[i] = value
        # Languages without a list: the mean probability over all listed languages.
        mean = math.log(sum(math.exp(v) for v in found if v is not None) / len(self._listed))
        for i in self._missing:
            found[i] = mean
        return tuple(found)

    def mix(self, word: str, scores: Sequence[float]) -> tuple[float, ...]:
        """The model's log-scores mixed with the listed frequencies: log(f + exp(score))."""
        listed = self.log_frequencies(word)
        if listed is None:
            return tuple(scores)
        exp, log1p = math.exp, math.log1p
        return tuple(
            [
                score
                if freq is None
                else (
                    score + log1p(exp(freq - score))
                    if score > freq
                    else freq + log1p(exp(score - freq))
                )
                for score, freq in zip(scores, listed, strict=True)
            ]
        )
