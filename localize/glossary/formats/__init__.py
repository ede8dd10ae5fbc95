"""Glossary file formats: TOML (canonical), TBX (ISO 30042, TBX-Basic) and CSV (one row per term).

`read_file` picks the reader by extension (or `fmt`); every reader returns a GlossaryData
and raises GlossaryError with file and line on bad input.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...errors import GlossaryError
from ...i18n import _
from ..termbase import GlossaryData

FORMATS: tuple[str, ...] = ("toml", "tbx", "csv")
_EXTENSIONS = {".toml": "toml", ".tbx": "tbx", ".xml": "tbx", ".csv": "csv"}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    if fmt:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise GlossaryError(
                _("unknown glossary format {format!r} (expected toml, tbx or csv)").format(
                    format=fmt
                )
            )
        return fmt
    suffix = Path(path).suffix.lower()
    try:
        return _EXTENSIONS[suffix]
    except KeyError:
        raise GlossaryError(
            _(
                "cannot tell the glossary format from the extension {extension!r}; "
                "use .toml, .tbx or .csv"
            ).format(extension=suffix or "(none)"),
            path=str(path),
        ) from None


def parse(data: bytes, path: str | None, fmt: str, *, locate: bool = True) -> GlossaryData:
    """Parse a glossary from bytes in a known format (`locate`: record lines of every term)."""
    from ...io import decode_text

    if fmt == "tbx":
        from .tbx import read_tbx

        return read_tbx(data, path)
    text = decode_text(data, path or "<input>", error=GlossaryError)
    if fmt == "csv":
        from .csv import read_csv

        return read_csv(text, path)
    from .toml import read_toml

    return read_toml(text, path, locate=locate)


def read_file(path: str | Path, fmt: str | None = None, *, locate: bool = True) -> GlossaryData:
    from ...io import read_bytes

    kind = format_for(path, fmt)
    return parse(read_bytes(path), str(path), kind, locate=locate)


def render(glossary: Any, fmt: str) -> str:
    """A glossary (Glossary or GlossaryData) written in a format."""
    fmt = format_for("", fmt)
    if fmt == "tbx":
        from .tbx import write_tbx

        return write_tbx(glossary)
    if fmt == "csv":
        from .csv import write_csv

        return write_csv(glossary)
    from .toml import write_toml

    return write_toml(glossary)
