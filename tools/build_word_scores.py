"""Build localize/detect_data/word_scores.bin: the default detector's scores of frequent words.

    python tools/build_word_scores.py

Run it after any change to the detector's word model (detect_data: word lists, spelling
patterns, the character model) or to the frequency tables; tests/test_word_scores.py fails
until you do. The words are `word_scores.table_words` of the supported Latin languages;
their scores are computed by the detector itself, with the table out of the way.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from localize.detect import LATIN_SUPPORTED, Detector  # noqa: E402
from localize.detect_data.word_scores import PATH, encode, table_words  # noqa: E402
from localize.io import atomic_write_bytes  # noqa: E402


def main() -> int:
    detector = Detector()
    words = table_words(LATIN_SUPPORTED)
    data = encode(detector._latin_langs, words, detector._compute_word_score)
    atomic_write_bytes(PATH, data)
    print(f"{PATH}: {len(words)} words, {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
