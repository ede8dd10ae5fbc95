"""Text normalisation for matching, with a map back to the original offsets.

Matching runs on NFKC, lower-cased text (full-width ＴｉｋＴｏｋ = TikTok), with typographic
apostrophes, dashes and spaces unified (l’anxiété = l'anxiété) and, for Latin-script
languages, accents folded (users type 'depresion'). Hits must still point into the text
the user wrote, so normalisation returns per-character offsets whenever it changed the
length; the common case (already normalised, length-preserving) costs two C calls.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = {
    **{ord(c): "'" for c in "\u2019\u2018\u02bc\u00b4\u0060\u2032\uff07"},
    **{ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"},
    **{ord(c): " " for c in "\u00a0\u2007\u202f\t\n\r\u3000\u200b"},
}

_ASCII_PUNCT = re.compile("[\t\n\r`]")


# Characters that may compose with their neighbour under NFKC (so a per-character map is unsafe).
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u3099\u309a\uff9e\uff9f\u1160-\u11ff\ud7b0-\ud7ff]"
)


@lru_cache(maxsize=2)
def table(fold_accents: bool) -> dict[int, str]:
    """str.translate table: punctuation unification, plus accent folding (one char -> one char)."""
    result = dict(_PUNCT)
    if fold_accents:
        for cp in range(0x00C0, 0x0250):
            ch = chr(cp)
            base = "".join(
                c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)
            )
            if len(base) == 1 and base != ch and base.isascii():
                result[cp] = base.lower()
    return result


@lru_cache(maxsize=2)
def _table_regex(fold_accents: bool) -> re.Pattern[str]:
    """A character class of exactly the characters the table changes."""
    keys = "".join(re.escape(chr(cp)) for cp in sorted(table(fold_accents)))
    return re.compile(f"[{keys}]")


def normalize(text: str, fold_accents: bool = True) -> str:
    """The normalised form of a text (for patterns; no offsets)."""
    return normalize_with_offsets(text, fold_accents)[0]


def normalize_with_offsets(
    text: str, fold_accents: bool = True
) -> tuple[str, list[int] | None, list[int] | None]:
    """(normalised, starts, ends): norm char i comes from original text[starts[i]:ends[i]].

    starts/ends are None when the normalised text is aligned 1:1 with the original.
    """
    if text.isascii():
        low = text.lower()
        return (low.translate(_PUNCT) if _ASCII_PUNCT.search(low) else low), None, None
    tr = table(fold_accents)
    nk = text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)
    if len(nk) == len(text) and (nk is text or not _COMBINING.search(text)):
        low = nk.lower()
        if len(low) == len(nk):
            # one char -> one char; only the few non-ASCII characters need a lookup
            pattern = _table_regex(fold_accents)
            if pattern.search(low) is None:
                return low, None, None
            return pattern.sub(lambda m: tr[ord(m.group())], low), None, None
    return _slow(text, tr, fold_accents)


def _slow(text: str, tr: dict[int, str], fold: bool) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or _COMBINING.match(text[j])):
            j += 1
        chunk = unicodedata.normalize("NFKC", text[i:j]).lower()
        if fold and not chunk.isascii():
            decomposed = unicodedata.normalize("NFD", chunk)
            if len(decomposed) != len(chunk) or decomposed != chunk:
                folded = "".join(c for c in decomposed if not unicodedata.combining(c))
                chunk = unicodedata.normalize("NFC", folded)
        chunk = chunk.translate(tr)
        for c in chunk:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends
