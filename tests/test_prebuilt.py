"""The shipped prebuilt word tables (detect_data.prebuilt): lexicons and word-shape counts.

A detector reads them instead of generating the lexicons and counting word shapes at
start-up, so they must be exactly what the sources build, and a file that does not match
the installed sources must be ignored rather than believed.
"""

from __future__ import annotations

import gzip

import pytest

from localize.detect import KNOWN_OTHERS, LATIN_SUPPORTED
from localize.detect_data import model, prebuilt


@pytest.fixture(scope="module")
def shipped() -> bytes:
    with open(prebuilt.PATH, "rb") as handle:
        return handle.read()


def test_shipped_tables_match_the_installed_sources() -> None:
    # None here means a source changed without a rebuild: python tools/build_detect_tables.py
    tables = prebuilt.load()
    assert tables is not None
    assert set(tables.lexicons) == set(LATIN_SUPPORTED + KNOWN_OTHERS)
    assert set(tables.grams) == set(LATIN_SUPPORTED)


@pytest.mark.parametrize("lang", LATIN_SUPPORTED + KNOWN_OTHERS)
def test_prebuilt_lexicon_is_what_the_sources_build(lang: str) -> None:
    tables = prebuilt.load()
    assert tables is not None
    assert tables.listed[lang] == model.build_listed_words(lang)
    assert tables.lexicons[lang] == model.build_lexicon(lang)
    # What the detector uses is the prebuilt one.
    assert model.lexicon(lang) is tables.lexicons[lang]


@pytest.mark.parametrize("lang", LATIN_SUPPORTED)
def test_prebuilt_shape_counts_are_what_the_sources_count(lang: str) -> None:
    tables = prebuilt.load()
    assert tables is not None
    live = model.count_shapes(model.build_lexicon(lang))
    assert tables.grams[lang] == tuple(dict(counts) for counts in live)
    # Generated forms are in (plurals, verb forms, Indonesian affixed forms).
    generated = {
        "en": "mornings",
        "fr": "bateaux",
        "id": "merawatnya",
        "es": "brillantes",
        "pt": "verdades",
    }[lang]
    assert generated in tables.lexicons[lang] and generated not in tables.listed[lang]


def _replace_line(data: bytes, index: int, line: str) -> bytes:
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    lines[index] = line
    return gzip.compress("\n".join(lines).encode("utf-8"))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"not gzip at all",
        lambda data: gzip.compress(b"localize prebuilt 1\n{}\n"),  # no digest
        lambda data: _replace_line(data, 0, "localize prebuilt 2"),  # another format
        lambda data: _replace_line(data, -2, "1 2 3"),  # counts that do not fit their keys
        lambda data: gzip.compress(gzip.decompress(data) + b"extra\n"),  # a line too many
    ],
)
def test_a_file_that_does_not_fit_is_not_used(shipped: bytes, tamper) -> None:
    digest = prebuilt.digest()
    assert prebuilt.decode(shipped, digest) is not None  # the untouched file is used
    assert prebuilt.decode(tamper(shipped), digest) is None


def test_tables_built_from_other_sources_are_not_used(shipped: bytes) -> None:
    # An edited word list changes the digest: the tables are then built at load.
    assert prebuilt.decode(shipped, "0" * 32) is None
