"""Translation progress of a catalog.

Fuzzy entries are never counted as translated (`pybabel --statistics` counts them): a
fuzzy translation was written for another source text and does not ship.
"""

from __future__ import annotations

import re

from ..records import TYPE_CHECKING, Record
from .po import PoFile

if TYPE_CHECKING:
    from typing import Any

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


class CatalogStats(Record):
    total: int
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    words: int
    """Source words in all live messages."""
    translated_words: int

    @property
    def percent(self) -> float:
        return round(100.0 * self.translated / self.total, 1) if self.total else 100.0

    def to_dict(self) -> dict[str, Any]:
        data = self._asdict()
        data["percent"] = self.percent
        return data


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def catalog_stats(po: PoFile) -> CatalogStats:
    total = translated = fuzzy = untranslated = obsolete = words = translated_words = 0
    for entry in po.entries:
        if entry.obsolete:
            obsolete += 1
            continue
        if entry.is_header:
            continue
        total += 1
        n = count_words(entry.msgid)
        words += n
        if entry.fuzzy:
            fuzzy += 1
        elif entry.translated:
            translated += 1
            translated_words += n
        else:
            untranslated += 1
    return CatalogStats(total, translated, fuzzy, untranslated, obsolete, words, translated_words)
