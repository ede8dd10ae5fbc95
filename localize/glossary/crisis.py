"""Finding crisis resources (numbers, service names, URLs) of any market in a text.

Numbers are matched tolerantly (spaces, hyphens, dots, full-width digits: NFKC) but never
inside a longer run of digits, so '1988' is no hit for 988. Names match case- and
accent-insensitively on word boundaries (Latin) or as substrings (Japanese, Korean); URLs
as written, with or without scheme.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import CrisisHit, CrisisLine
from .normalize import normalize, normalize_with_offsets

_NUMBER_LIKE = re.compile(
    r"^[#+]?[\d\s().\-]*\d[\d\s().\-]*(?:\s*(?:ext\.?|ext|ramal|内線)\s*\d+)?$", re.I
)
_URL_LIKE = re.compile(r"^(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?$", re.I)


_LATIN = r"A-Za-z\u00c0-\u024f"
_GLUED_TO_LATIN = rf"(?<![\d{_LATIN}_])(?<![{_LATIN}][\-_])"


def classify(value: str) -> str:
    """'number', 'url' or 'name': how a crisis line's number or alias is matched."""
    text = value.strip()
    if _NUMBER_LIKE.match(text):
        return "number"
    if _URL_LIKE.match(text) and "." in text and not text.replace(".", "").isdigit():
        return "url"
    return "name"


def _number_regex(value: str) -> str:
    text = normalize(value, True)
    parts: list[str] = []
    for token in re.findall(r"\d+|[a-z\u3040-\u30ff\u4e00-\u9fff]+|#|\+", text):
        if token.isdigit():
            # groups as the service writes them; any (or no) separator between groups
            if parts and parts[-1] not in ("#", r"\+"):
                parts.append(r"[\s.\-()]*")
            parts.append(token)
        elif token in ("#", "+"):
            parts.append(re.escape(token))
        else:
            parts.append(r"\s*" + re.escape(token) + r"\.?\s*")
    body = "".join(parts)
    if not text[:1].isdigit():
        return r"(?<![\d])" + body + r"(?![\d])"
    # A number glued to a Latin word ("#day109", "ke-109") is a counter, not a phone line;
    # after Japanese or Korean text it still is one (those scripts put no space before it).
    return _GLUED_TO_LATIN + body + r"(?![\d])"


def _name_regex(value: str) -> str:
    text = " ".join(normalize(value, True).split())
    body = r"\s+".join(re.escape(w) for w in text.split(" "))
    left = r"(?<![^\W_])" if text[:1].isalnum() and text[:1].isascii() else ""
    right = r"(?![^\W_])" if text[-1:].isalnum() and text[-1:].isascii() else ""
    return left + body + right


def _url_regex(value: str) -> str:
    text = normalize(value, True)
    text = re.sub(r"^(?:https?://)?(?:www\.)?", "", text).rstrip("/")
    return r"(?<![\w.\-])(?:https?://)?(?:www\.)?" + re.escape(text) + r"(?:/[^\s]*)?(?![\w\-])"


class CrisisFinder:
    """All crisis lines of a glossary compiled once; `find` returns non-overlapping hits, longest first."""

    def __init__(self, lines: Iterable[CrisisLine]) -> None:
        self.lines: tuple[CrisisLine, ...] = tuple(lines)
        self._patterns: list[tuple[re.Pattern[str], CrisisLine]] = []
        seen: set[str] = set()
        for line in self.lines:
            for value in (line.number, line.name, line.url, *line.aliases):
                if not value.strip():
                    continue
                kind = classify(value)
                if kind == "number":
                    regex = _number_regex(value)
                elif kind == "url":
                    regex = _url_regex(value)
                else:
                    regex = _name_regex(value)
                if regex in seen:
                    continue
                seen.add(regex)
                self._patterns.append((re.compile(regex), line))

    def find(self, text: str) -> list[CrisisHit]:
        if not self._patterns or not text:
            return []
        norm, starts, ends = normalize_with_offsets(text, True)
        candidates = [
            (m.start(), m.end(), line)
            for pattern, line in self._patterns
            for m in pattern.finditer(norm)
            if m.end() > m.start()
        ]
        chosen: list[tuple[int, int, CrisisLine]] = []
        for start, end, line in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if all(end <= s or start >= e for s, e, _line in chosen):
                chosen.append((start, end, line))
        chosen.sort(key=lambda c: c[0])
        hits = []
        for start, end, line in chosen:
            o_start = starts[start] if starts is not None else start
            o_end = ends[end - 1] if ends is not None else end
            hits.append(CrisisHit(line, o_start, o_end, text[o_start:o_end]))
        return hits
