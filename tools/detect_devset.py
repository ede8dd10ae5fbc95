"""The development set the detector's word-evidence weights were chosen on (not the benchmark).

    python tools/detect_devset.py

Texts: the translated UI catalogs of Sphinx 8.2 (fr es pt_BR id, and the English msgids),
fetched with pip into .cache/wheels. benchmarks/detect.py measures on other data (lingua's
test sets and Django's catalogs), which is never used to choose a number. Three sets as in
the benchmark: single words (distinct), adjacent word pairs, and whole messages of 6+ words.
Markup, placeholders and reST roles are stripped first, as a caption cleaner would.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _common import open_wheel  # noqa: E402  (also puts the checkout on sys.path)

LOCALES = {"en": "fr", "fr": "fr", "es": "es", "pt": "pt_BR", "id": "id"}
_NOISE = re.compile(
    r"%\([^)]*\)[a-z]|%[a-z]|\{[^}]*\}|<[^>]*>|:[a-z:]+:`[^`]*`|``[^`]*``|`[^`]*`_?|https?://\S+|&\w+;"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PER_SET = 600


def texts() -> dict[str, list[str]]:
    """Cleaned messages per language (msgstr, or msgid for English)."""
    from localize.catalog.po import parse_po

    out: dict[str, list[str]] = {}
    with open_wheel("sphinx", "8.2.3") as wheel:
        for lang, locale in LOCALES.items():
            name = f"sphinx/locale/{locale}/LC_MESSAGES/sphinx.po"
            po = parse_po(wheel.read(name).decode("utf-8"), path=name)
            found: list[str] = []
            for entry in po.entries:
                if not entry.msgid or entry.obsolete or entry.fuzzy:
                    continue
                text = entry.msgid if lang == "en" else (entry.msgstr or "")
                if not text:
                    continue
                if lang != "en":
                    # Words kept from the English original (option names, "HTML", "sphinx")
                    # are not the language's own: leave them out.
                    english = {w.lower() for w in _WORD.findall(entry.msgid)}
                    text = " ".join(
                        w for w in _NOISE.sub(" ", text).split() if w.lower() not in english
                    )
                found.append(" ".join(_NOISE.sub(" ", text).split()))
            out[lang] = sorted(set(found))
    return out


def sets(messages: dict[str, list[str]]) -> dict[str, list[tuple[str, str]]]:
    rng = random.Random(7)
    result: dict[str, list[tuple[str, str]]] = {
        "sentences": [],
        "word-pairs": [],
        "single-words": [],
    }
    for lang, found in messages.items():
        words: set[str] = set()
        pairs: set[str] = set()
        sentences: list[str] = []
        for text in found:
            tokens = _WORD.findall(text)
            words.update(tokens)
            pairs.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))
            if len(tokens) >= 6:
                sentences.append(text)
        for name, pool in (
            ("sentences", sorted(sentences)),
            ("word-pairs", sorted(pairs)),
            ("single-words", sorted(words)),
        ):
            chosen = rng.sample(pool, min(_PER_SET, len(pool)))
            result[name].extend((lang, text) for text in chosen)
    return result


def evaluate(detector, data: dict[str, list[tuple[str, str]]]) -> dict[str, tuple[float, float]]:
    scores = {}
    for name, items in data.items():
        right = confident_wrong = 0
        for lang, text in items:
            found = detector.detect(text)
            if found.lang == lang:
                right += 1
            elif found.lang is not None and found.confidence >= 0.9:
                confident_wrong += 1
        scores[name] = (100 * right / len(items), 100 * confident_wrong / len(items))
    return scores


def main() -> None:
    from localize.detect import Detector

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    data = sets(texts())
    sizes = ", ".join(f"{name} {len(items)}" for name, items in data.items())
    print(f"Sphinx 8.2 UI texts (en fr es pt id): {sizes}")
    for name, (accuracy, wrong) in evaluate(Detector(), data).items():
        print(f"{name:14} accuracy {accuracy:5.1f}%  confident wrong {wrong:4.1f}%")


if __name__ == "__main__":
    main()
