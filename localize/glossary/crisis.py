"""Finding crisis resources (numbers, service names, URLs) of any market in a text.

Numbers are matched tolerantly (spaces, hyphens, dots, full-width digits: NFKC) but never
inside a longer run of digits, so '1988' is no hit for 988. Names match case- and
accent-insensitively on word boundaries (Latin) or as substrings (Japanese, Korean); URLs
as written, with or without scheme.

Most texts name no crisis line, so `find` first runs a cheap sieve over the normalised
text: a number's digits, or every word of a name or URL, must be there for any pattern to
match. The sieve works on the same normalisation as the patterns, so it never rejects a
text they would match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

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


_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")


def _url_regex(value: str) -> str:
    text = normalize(value, True)
    text = _SCHEME.sub("", text).rstrip("/")
    return r"(?<![\w.\-])(?:https?://)?(?:www\.)?" + re.escape(text) + r"(?:/[^\s]*)?(?![\w\-])"


_RUN = re.compile(r"\d(?:[\s.\-()]*\d)*")
_NON_DIGIT = re.compile(r"\D+")
_PIECES = re.compile(r"[^\W_]+")


def _any_of(keys: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(set(keys), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in ordered) or "(?!)")


@dataclass(frozen=True)
class CrisisSieve:
    """A cheap test, on normalised text, that a text cannot mention any crisis line.

    A value with digits is kept as the digits of its first run (every pattern matches them
    as one run, separators aside); any other value as the words of its normalised form,
    all of which a match contains.
    """

    digits: tuple[str, ...]
    names: tuple[tuple[str, ...], ...]
    _gate: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _numbers: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # one search for the longest word of every name: most texts contain none
        object.__setattr__(self, "_gate", _any_of(max(n, key=len) for n in self.names))
        object.__setattr__(self, "_numbers", _any_of(self.digits))

    @classmethod
    def build(cls, lines: Iterable[CrisisLine]) -> CrisisSieve:
        digits: set[str] = set()
        names: set[tuple[str, ...]] = set()
        for line in lines:
            for value in (line.number, line.name, line.url, *line.aliases):
                if not value.strip():
                    continue
                text = normalize(value, True)
                run = _RUN.search(text)
                if run is not None:
                    digits.add(_NON_DIGIT.sub("", run.group()))
                    continue
                if classify(value) == "url":  # the patterns accept it without scheme or www
                    text = _SCHEME.sub("", text.strip())
                pieces = tuple(_PIECES.findall(text))
                if pieces:
                    names.add(pieces)
        return cls(tuple(sorted(digits)), tuple(sorted(names)))

    def may_mention(self, text: str) -> bool:
        """False when no crisis line can be found in `text`."""
        return self.admits(normalize(text, True))

    def admits(self, norm: str) -> bool:
        """`may_mention` for text already normalised as the patterns see it."""
        if self._gate.search(norm) is not None:
            if any(all(piece in norm for piece in name) for name in self.names):
                return True
        runs = _RUN.findall(norm)
        if not runs:
            return False
        return self._numbers.search("|".join(_NON_DIGIT.sub("", run) for run in runs)) is not None


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
        self.sieve = CrisisSieve.build(self.lines)

    def find(self, text: str) -> list[CrisisHit]:
        if not self._patterns or not text:
            return []
        norm, starts, ends = normalize_with_offsets(text, True)
        if not self.sieve.admits(norm):
            return []
        return self._hits(text, norm, starts, ends)

    def _hits(
        self, text: str, norm: str, starts: list[int] | None, ends: list[int] | None
    ) -> list[CrisisHit]:
        """Every pattern over the normalised text, without the sieve."""
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
