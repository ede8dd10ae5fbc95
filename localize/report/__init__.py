"""Shared rendering primitives: colour that respects NO_COLOR and TTYs, JSON, GitHub annotations.

Per-use-case renderers live beside this module (`report/captions.py`, `report/catalog.py`)
and build on these, so every command colours, highlights and serialises the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence

from ..findings import Finding, Severity
from ..i18n import _, pgettext
from ..records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from typing import Any, TextIO

_SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


class Style(Record):
    """Whether to colour output: only on a TTY, and never when NO_COLOR is set."""

    colour: bool

    @classmethod
    def for_stream(cls, stream: TextIO | None = None, force: bool | None = None) -> Style:
        if force is not None:
            return cls(force)
        if os.environ.get("NO_COLOR"):
            return cls(False)
        stream = stream if stream is not None else sys.stdout
        isatty = getattr(stream, "isatty", None)
        return cls(bool(isatty and isatty()))

    def paint(self, text: str, fg: str | None = None, bold: bool = False) -> str:
        if not self.colour:
            return text
        import click

        return click.style(text, fg=fg, bold=bold)

    def severity(self, severity: Severity | None, width: int = 0) -> str:
        """The severity word in the UI language, padded to `width`, coloured on a TTY."""
        word = severity_word(severity)
        padding = " " * max(0, width - display_width(word))
        return (
            self.paint(word, _SEVERITY_COLOURS.get(severity or Severity.INFO), bold=True) + padding
        )


def display_width(text: str) -> int:
    """Columns a text takes in a terminal: CJK characters take two (for aligned columns)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def severity_word(severity: Severity | None) -> str:
    """'error' / 'warning' / 'info' in the UI language (JSON keeps the English words)."""
    words = {
        Severity.ERROR: pgettext("severity", "error"),
        Severity.WARNING: pgettext("severity", "warning"),
        Severity.INFO: pgettext("severity", "info"),
    }
    return words[severity or Severity.INFO]


def list_separator() -> str:
    """How the UI language separates items of a list ('1 error, 2 warnings')."""
    # Translators: separator between items of a list, e.g. "1 error, 2 warnings"; ja: "、"
    return _(", ")


def highlight(text: str, spans: Sequence[tuple[int, int]], style: Style) -> str:
    """The text with each span marked: reverse video on a colour TTY, [[...]] otherwise."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    out: list[str] = []
    pos = 0
    for start, end in merged:
        out.append(text[pos:start])
        piece = text[start:end]
        if style.colour:
            import click

            out.append(click.style(piece, reverse=True, bold=True))
        else:
            out.append(f"[[{piece}]]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def to_json(data: Any, *, indent: int | None = 2) -> str:
    """JSON with non-ASCII kept readable (captions are in 7 languages)."""
    import json  # here, not at the top: text output (the common case) never needs it

    return json.dumps(data, ensure_ascii=False, indent=indent, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, Finding):
        return value.to_dict()
    if isinstance(value, Severity):
        return str(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github_annotations(findings: Iterable[Finding]) -> str:
    """GitHub Actions workflow commands (`::error file=...,line=...::message`), one a line."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for f in findings:
        props = []
        if f.path:
            props.append(f"file={_escape_github(f.path, property_value=True)}")
        if f.line:
            props.append(f"line={f.line}")
        props.append(f"title={_escape_github(f.kind, property_value=True)}")
        message = f.message + (f" -> {f.suggestion}" if f.suggestion else "")
        lines.append(
            f"::{level.get(f.severity or Severity.INFO, 'notice')} {','.join(props)}::{_escape_github(message)}"
        )
    return "\n".join(lines)
