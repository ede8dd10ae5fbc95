"""One exception tree for everything a user can get wrong.

The library never prints or exits: it raises a `LocalizeError` that knows *where* the
problem is (path, line, and for subtitles the cue), and the CLI turns it into one line
`error: <what> (<file>:<line>)` with exit code 2.
"""

from __future__ import annotations

from .records import TYPE_CHECKING

if TYPE_CHECKING:
    from os import PathLike


class LocalizeError(Exception):
    """Base of every error the toolkit reports to a user."""

    def __init__(
        self,
        message: str,
        *,
        path: str | PathLike[str] | None = None,
        line: int | None = None,
        cue: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.cue = cue

    @property
    def where(self) -> str:
        """`file:line` (or `file`, or `file cue N`); empty when the error has no location."""
        if self.path is None:
            return ""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.cue is not None:
            where += f" cue {self.cue}"
        return where

    def __str__(self) -> str:
        where = self.where
        return f"{self.message} ({where})" if where else self.message


class UsageError(LocalizeError):
    """The command line or API call itself is wrong (unknown option value, missing input)."""


class LanguageError(LocalizeError):
    """An unknown or unsupported language, locale or market code."""


class InputFileError(LocalizeError):
    """A file cannot be read: missing, unreadable, binary, wrong encoding, empty."""


class CatalogError(LocalizeError):
    """A gettext catalog (PO/POT/MO) is malformed or cannot be written."""


class GlossaryError(LocalizeError):
    """A glossary file is malformed, inconsistent or unsafe to parse."""


class CaptionFormatError(LocalizeError):
    """A caption source (text, SRT, VTT, JSON Lines, CSV) is malformed."""


class TranslatorError(LocalizeError):
    """A machine-translation engine failed, timed out or cannot serve a language."""


class WriteError(LocalizeError):
    """An output file cannot be written (read-only target, missing directory)."""
