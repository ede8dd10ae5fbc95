"""What every caption source yields: a Caption to check, or a Malformed record to report.

Sources stream these one at a time so a million-line batch is checked in constant memory;
a malformed batch line becomes a `Malformed` value (the run reports it and goes on) rather
than an exception, unless the caller asked for strict parsing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import CaptionFormatError


@dataclass(frozen=True, slots=True)
class Caption:
    """One caption as read from its source, with where it came from.

    `line` is the file line where the caption's text starts; when `maps_lines` is true the
    text's own newlines are the file's (plain text, SRT, VTT), so a span can be mapped back
    to an exact file line.
    """

    text: str
    id: str | None = None
    lang: str | None = None
    """Declared language from the record itself (batch `lang` field), already validated."""
    markets: tuple[str, ...] = ()
    """Markets from the record itself (batch `market` field), already validated."""
    cue: int | None = None
    time: str | None = None
    path: str | None = None
    line: int | None = None
    maps_lines: bool = False

    def line_of(self, offset: int) -> int | None:
        """The file line holding character `offset` of the text (or the record's line)."""
        if self.line is None:
            return None
        if not self.maps_lines:
            return self.line
        return self.line + self.text.count("\n", 0, offset)


@dataclass(frozen=True, slots=True)
class Malformed:
    """A batch record that could not be read; reported with its line and skipped."""

    message: str
    path: str | None = None
    line: int | None = None
    cue: int | None = None

    def error(self) -> CaptionFormatError:
        return CaptionFormatError(self.message, path=self.path, line=self.line, cue=self.cue)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {"message": self.message}
        for key in ("path", "line", "cue"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data
