"""Word tables built ahead of time: each language's lexicon and word-shape counts.

Why: building them is most of a detector's start-up, which every `localize caption check`
pays. The lexicons generate plurals, feminines, verb forms and Indonesian affixed forms
from the hand-written lists (~50 ms), and the word-shape model counts the 4-grams of every
lexicon word (~80 ms). Both are pure functions of the word lists and of the code in this
package, so tools/build_detect_tables.py writes them to prebuilt.txt.gz, and a detector
reads them in a few milliseconds.

Never stale: the file records a digest of what they are built from (the sources in this
directory that the lists, generators and counting live in). If the installed sources differ (an edited word list), the tables are built
at load as before: slower, never wrong. tests/test_prebuilt.py compares the shipped file
with a live build, so an edit without a rebuild fails the tests instead of going unseen.

Format (UTF-8 text, gzip): the line "localize prebuilt 1", a line of JSON (digest,
languages, which have shape counts, how many n-gram orders), then per language two lines
of space-separated words (the listed words, then the generated ones), then, for the
languages with shape counts, two lines per n-gram order from 1 up (the n-grams, then
their counts).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache

MAGIC = "localize prebuilt 1"
_DIR = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(_DIR, "prebuilt.txt.gz")
# What the tables are built from: function words (__init__), the lexicon generators and
# word-shape counting (model, paradigms, verbs) and the word lists.
_FIXED_SOURCES = ("__init__.py", "model.py", "paradigms.py", "verbs.py")

Grams = tuple[dict[str, int], ...]
"""Counts of the 1-, 2-, 3- and 4-grams of a language's padded lexicon words."""


class Tables:
    """The prebuilt tables (read-only): listed words, lexicons and shape counts."""

    __slots__ = ("listed", "lexicons", "grams")

    def __init__(
        self,
        listed: dict[str, frozenset[str]],
        lexicons: dict[str, frozenset[str]],
        grams: dict[str, Grams],
    ) -> None:
        self.listed = listed
        self.lexicons = lexicons
        self.grams = grams


def sources() -> list[str]:
    """The files the tables depend on, in a fixed order."""
    try:
        names = os.listdir(_DIR)
    except OSError:  # not a directory (imported from an archive): no word lists to read
        names = []
    words = sorted(name for name in names if name.startswith("words_") and name.endswith(".py"))
    return [*_FIXED_SOURCES, *words]


def digest() -> str:
    """A digest of the installed sources (a missing source gives a digest no file records).

    Not of the Unicode version NFC and lower-casing follow, which changes with Python's:
    the tables are the model whichever version reads them, and tests/test_prebuilt.py
    rebuilds them on the Python it runs on and compares."""
    import hashlib

    value = hashlib.blake2b(digest_size=16)
    for name in sources():
        try:
            with open(os.path.join(_DIR, name), "rb") as handle:
                data = handle.read()
        except OSError:
            data = b"\0missing"
        # A checkout with Windows line ends holds the same sources.
        data = data.replace(b"\r\n", b"\n")
        value.update(f"\0{name}\0{len(data)}\0".encode())
        value.update(data)
    return value.hexdigest()


def encode(
    langs: Sequence[str],
    shape_langs: Sequence[str],
    listed_of: Callable[[str], frozenset[str]],
    lexicon_of: Callable[[str], frozenset[str]],
    grams_of: Callable[[str], Grams],
) -> bytes:
    """The file's bytes for `langs` (lexicons) and `shape_langs` (shape counts)."""
    import gzip
    import json

    orders = {len(grams_of(lang)) for lang in shape_langs} or {0}
    if len(orders) != 1:
        raise ValueError("every language needs the same n-gram orders")
    header = {
        "digest": digest(),
        "langs": list(langs),
        "shape": list(shape_langs),
        "orders": orders.pop(),
    }
    lines = [MAGIC, json.dumps(header)]
    for lang in langs:
        listed = listed_of(lang)
        lines.append(" ".join(sorted(listed)))
        lines.append(" ".join(sorted(lexicon_of(lang) - listed)))
    for lang in shape_langs:
        for table in grams_of(lang):
            keys = sorted(table)
            lines.append(" ".join(keys))
            lines.append(" ".join(str(table[key]) for key in keys))
    text = "\n".join(lines) + "\n"
    if any(" " in word or "\n" in word for lang in langs for word in lexicon_of(lang)):
        raise ValueError("a word holds a space or a newline")
    return gzip.compress(text.encode("utf-8"), mtime=0)


@lru_cache(maxsize=1)
def load() -> Tables | None:
    """The shipped tables if they were built from the installed sources, else None."""
    try:
        with open(PATH, "rb") as handle:
            data = handle.read()
    except OSError:  # not shipped: the tables are built at load
        return None
    return decode(data, digest())


def decode(data: bytes, expected_digest: str) -> Tables | None:
    """The tables in `data` if whole and built from sources with `expected_digest`."""
    import gzip
    import json
    import zlib

    try:
        lines = gzip.decompress(data).decode("utf-8").split("\n")
        if lines[0] != MAGIC:
            return None
        header = json.loads(lines[1])
        if header["digest"] != expected_digest:
            return None
        langs, shape_langs = list(header["langs"]), list(header["shape"])
        orders = int(header["orders"])
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None
    if len(lines) != 2 + 2 * len(langs) + 2 * orders * len(shape_langs) + 1 or lines[-1]:
        return None
    listed: dict[str, frozenset[str]] = {}
    lexicons: dict[str, frozenset[str]] = {}
    at = 2
    for lang in langs:
        words, generated = _words(lines[at]), _words(lines[at + 1])
        listed[lang] = words
        lexicons[lang] = words | generated
        at += 2
    grams: dict[str, Grams] = {}
    try:
        for lang in shape_langs:
            tables = []
            for _order in range(orders):
                keys, counts = lines[at].split(" "), lines[at + 1].split(" ")
                if len(keys) != len(counts):
                    return None
                tables.append(dict(zip(keys, map(int, counts), strict=True)))
                at += 2
            grams[lang] = tuple(tables)
    except ValueError:
        return None
    return Tables(listed, lexicons, grams)


def _words(line: str) -> frozenset[str]:
    return frozenset(line.split(" ")) if line else frozenset()
