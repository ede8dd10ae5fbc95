"""Build the detector's word-frequency tables from wordfreq's published word lists.

    pip install msgpack   # to read wordfreq's data files (this tool only)
    python tools/build_word_frequencies.py [--max-words N]

Why wordfreq: one or two words are too little text for character n-grams, but which
words a language uses, and how often, decides most of them ("casa" is Spanish and
Portuguese, "não" only Portuguese, "the" very English). wordfreq's lists are built
from Wikipedia, subtitles, news, books, web text, Twitter and Reddit (see its README),
none of it the benchmark's test data. Its "small" lists (words with a frequency of at
least one per million) exist for every language the detector scores except Somali,
Swahili, Afrikaans, Albanian, Estonian and Welsh; using the same list size for every
language keeps the evidence symmetric (a larger list for Spanish than for Indonesian
would make rare words look Spanish).

The wheel is fetched with pip into .cache/wheels (the package registry is the only
network this project uses). Output: localize/detect_data/frequencies/<code>.txt.gz:
a comment line, then one line of level characters, then the words sorted by code point,
one a line; the n-th level character belongs to the n-th word. A level is
chr(LEVEL_BASE + q) where q = (600 - centibels) // LEVEL_STEP (centibels as wordfreq
stores them: 100 * -log10(frequency); 600 is the lists' cut-off, one per million). This
shape loads in a few milliseconds (one split, no per-word hashing) and is looked up by
bisection. Only words that are one run of letters (the detector's own notion of a word)
are kept. The data is licensed CC BY-SA 4.0 by
wordfreq's authors; NOTICE in that directory says so.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _common import ROOT, open_wheel  # noqa: E402  (also puts the checkout on sys.path)

OUT = ROOT / "localize" / "detect_data" / "frequencies"
WORDFREQ = ("wordfreq", "3.1.1")

# detector code -> wordfreq code (the languages the detector can score)
CODES = {
    "en": "en",
    "fr": "fr",
    "id": "id",
    "es": "es",
    "pt": "pt",
    "de": "de",
    "it": "it",
    "nl": "nl",
    "tl": "fil",
    "ca": "ca",
    "ro": "ro",
    "sv": "sv",
    "da": "da",
    "no": "nb",
    "fi": "fi",
    "pl": "pl",
    "cs": "cs",
    "hr": "sh",
    "tr": "tr",
    "vi": "vi",
    "sk": "sk",
    "sl": "sl",
    "lv": "lv",
    "lt": "lt",
    "hu": "hu",
}
WORD_RE = re.compile(r"[^\W\d_]+")
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")


def buckets(archive: zipfile.ZipFile, code: str) -> list[list[str]]:
    import msgpack

    raw = gzip.decompress(archive.read(f"wordfreq/data/small_{code}.msgpack.gz"))
    data = msgpack.unpackb(raw, strict_map_key=False)
    header, rest = data[0], data[1:]
    if header.get("format") != "cB":
        raise SystemExit(f"unexpected wordfreq format {header!r} for {code}")
    return rest


def table_text(lists: list[list[str]], max_words: int, source: str) -> str:
    from localize.detect_data.frequency import FLOOR_CENTIBELS, LEVEL_BASE, LEVEL_STEP

    levels: dict[str, int] = {}
    for centibels, words in enumerate(lists):
        for word in words:
            word = unicodedata.normalize("NFC", word.lower())
            if word in levels or not WORD_RE.fullmatch(word) or not LATIN_RE.fullmatch(word):
                continue
            if len(levels) >= max_words:
                break
            levels[word] = (FLOOR_CENTIBELS - centibels) // LEVEL_STEP
    ordered = sorted(levels)
    header = f"# {source} (wordfreq {WORDFREQ[1]}, CC BY-SA 4.0): {len(ordered)} words"
    marks = "".join(chr(LEVEL_BASE + levels[word]) for word in ordered)
    return "\n".join([header, marks, *ordered]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-words", type=int, default=30_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with open_wheel(*WORDFREQ) as archive:
        for ours, theirs in CODES.items():
            text = table_text(buckets(archive, theirs), args.max_words, f"small_{theirs}")
            buffer = io.BytesIO()
            # mtime=0: the same input gives the same bytes (no diff noise on rebuild).
            with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
                out.write(text.encode("utf-8"))
            (OUT / f"{ours}.txt.gz").write_bytes(buffer.getvalue())
            words = text.count("\n") - 2
            print(f"{ours:3} <- small_{theirs:3} {words:6} words {len(buffer.getvalue()):8} bytes")


if __name__ == "__main__":
    main()
