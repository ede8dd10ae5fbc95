"""Precomputed scores of the most frequent words, so that a new detector starts warm.

Scoring a word the detector has not seen is most of its cost: the trigram vectors of its
letters (some computed on the spot), its spelling patterns and list bonuses, ~12 us a
word, against well under 1 us for a word it has seen. Every `localize` command builds a
new detector, and a batch of captions meets new words all the time, most of them common:
the 5,000 most frequent words of each supported Latin language (21,000 words) are 59 %
of the distinct words in the 3,653 texts of the development set (Sphinx's UI catalogs,
tools/detect_devset.py). This table holds, for those words (chosen from frequencies/, wordfreq's lists, not from
any test data), the exact value `Detector._compute_word_score` gives: the same numbers,
looked up instead of computed. It is built by tools/build_detect_tables.py and checked
against the live computation by tests/test_word_scores.py, so a change of the model
that is not followed by a rebuild fails the tests instead of shipping stale scores.

It is valid only for the language tuple it was built for (the default detector's) and
the langdetect profiles it was built from: the header records both (the profiles by the
sizes and totals the model takes from them, `profile_fingerprint`), and a detector for
other languages, or a langdetect whose profiles differ, computes every word itself.

Format: the line b"localize word scores 1", a line of JSON (langs, profile fingerprint,
word count, byte length of the words), the words joined by newlines (UTF-8), then one
little-endian float64 per word and language, word by word.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

MAGIC = b"localize word scores 1\n"
PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "word_scores.bin")
WORDS_PER_LANGUAGE = 5000
"""The most frequent words taken from each supported Latin language's frequency list:
more cover more of the new words a fresh detector meets (of the development set's
distinct words, 3,000: 50 %, 5,000: 59 %, 10,000: 73 %) and the file grows by 72 bytes a
word. Only speed depends on it: every word's score is the same with or without the table."""


def table_words(langs: Iterable[str], count: int = WORDS_PER_LANGUAGE) -> set[str]:
    """The words the table holds: the `count` most frequent of each of `langs`' frequency
    tables (ties by code point) that are a word as the detector sees one: one lower-case
    letter run, NFC."""
    import unicodedata

    from .frequency import frequency_table
    from .model import SPLIT_RE

    chosen: set[str] = set()
    for lang in langs:
        table = frequency_table(lang)
        if table is None:
            continue
        words, levels = table
        # A higher level character is a more frequent word.
        ranked = sorted(zip(words, levels, strict=True), key=lambda pair: (-ord(pair[1]), pair[0]))
        kept = [
            word
            for word, _level in ranked
            if SPLIT_RE.fullmatch(word)
            and word == word.lower()
            and word == unicodedata.normalize("NFC", word)
        ]
        chosen.update(kept[:count])
    return chosen


def profile_fingerprint(langs: Sequence[str]) -> list[list[int]]:
    """What the character model takes from the langdetect profile of each of `langs`: per
    n-gram order, how many n-grams it lists and their total count (after case folding).
    Cheap to take from the loaded profiles, and any change of a profile changes it."""
    from .model import load_profile

    return [
        [size for grams in load_profile(lang) for size in (len(grams), sum(grams.values()))]
        for lang in langs
    ]


def encode(
    langs: Sequence[str], words: Iterable[str], score: Callable[[str], Sequence[float]]
) -> bytes:
    """The table file of `words` scored by `score` (one float per language of `langs`)."""
    import json
    import struct

    words = sorted(set(words))
    text = "\n".join(words).encode("utf-8")
    header = {
        "langs": list(langs),
        "profiles": profile_fingerprint(langs),
        "words": len(words),
        "words_bytes": len(text),
    }
    values = [value for word in words for value in score(word)]
    if len(values) != len(words) * len(langs):
        raise ValueError("a score does not have one value per language")
    packed = struct.pack(f"<{len(values)}d", *values)
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + text + packed


class WordScores:
    """A loaded table (read-only): `get(word)` gives the word's scores or None.

    Rows are kept as one array of floats and made tuples when a detector first meets
    their word, not at load: building all 21,000 would cost ~13 ms, several times the
    rest of this load."""

    __slots__ = ("_index", "_values", "_width")

    def __init__(self, index: dict[str, int], values: array[float], width: int) -> None:
        self._index = index
        self._values = values
        self._width = width

    def __len__(self) -> int:
        return len(self._index)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __contains__(self, word: object) -> bool:
        return word in self._index

    def get(self, word: str) -> tuple[float, ...] | None:
        i = self._index.get(word)
        if i is None:
            return None
        width = self._width
        return tuple(self._values[i * width : (i + 1) * width])


@lru_cache(maxsize=8)
def load(langs: tuple[str, ...]) -> WordScores:
    """The shipped table if it was built for `langs` and the installed profiles; empty
    otherwise (the detector then computes every word)."""
    return decode(_read(), langs)


def _read() -> bytes:
    try:
        with open(PATH, "rb") as handle:
            return handle.read()
    except OSError:  # not shipped (a trimmed install): every word is computed
        return b""


def decode(data: bytes, langs: tuple[str, ...]) -> WordScores:
    """The table in `data` if it is whole and matches `langs` and their profiles, else an
    empty one."""
    import json
    import sys

    empty = WordScores({}, array("d"), len(langs))
    if not data.startswith(MAGIC):
        return empty
    end = data.find(b"\n", len(MAGIC))
    try:
        header = json.loads(data[len(MAGIC) : end])
        count, size = int(header["words"]), int(header["words_bytes"])
        if tuple(header["langs"]) != langs or header["profiles"] != profile_fingerprint(langs):
            return empty
    except (ValueError, KeyError, TypeError):
        return empty
    start = end + 1
    if count <= 0 or len(data) != start + size + 8 * count * len(langs):
        return empty
    values = array("d")
    values.frombytes(data[start + size :])
    if sys.byteorder != "little":  # pragma: no cover - the machines we run on are little-endian
        values.byteswap()
    words = data[start : start + size].decode("utf-8").split("\n")
    if len(words) != count:
        return empty
    return WordScores(dict(zip(words, range(count), strict=True)), values, len(langs))
