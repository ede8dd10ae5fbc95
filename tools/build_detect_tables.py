"""Build the detector's precomputed tables from the sources in localize/detect_data/.

    python tools/build_detect_tables.py

Writes, in this order (the second is computed with the first):
- detect_data/prebuilt.txt.gz: every language's lexicon (listed and generated words) and
  the word-shape counts of the supported Latin languages (detect_data/prebuilt.py);
- detect_data/word_scores.bin: the default detector's scores of the most frequent words
  (`word_scores.table_words`; detect_data/word_scores.py).

Run it after any change to the word lists, the lexicon generators, the spelling patterns,
the character model or the frequency tables; tests/test_prebuilt.py and
tests/test_word_scores.py fail until you do. Everything is computed from the sources
(the tables in place are not read), by the same code the detector runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from localize.detect import KNOWN_OTHERS, LATIN_SUPPORTED, Detector  # noqa: E402
from localize.detect_data import model, prebuilt, word_scores  # noqa: E402
from localize.io import atomic_write_bytes  # noqa: E402


def main() -> int:
    langs = LATIN_SUPPORTED + KNOWN_OTHERS
    tables = prebuilt.encode(
        langs,
        LATIN_SUPPORTED,
        model.build_listed_words,
        model.build_lexicon,
        lambda lang: model.count_shapes(model.build_lexicon(lang)),
    )
    atomic_write_bytes(prebuilt.PATH, tables)
    print(f"{prebuilt.PATH}: {len(langs)} lexicons, {len(tables)} bytes")

    # The detector reads the prebuilt tables just written (they match the sources, so they
    # are what it would build); each word's score is computed, not read from a table.
    detector = Detector()
    words = word_scores.table_words(LATIN_SUPPORTED)
    scores = word_scores.encode(detector._latin_langs, words, detector._compute_word_score)
    atomic_write_bytes(word_scores.PATH, scores)
    print(f"{word_scores.PATH}: {len(words)} words, {len(scores)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
