"""Sources of captions: plain text, SRT and WebVTT subtitles, JSON Lines and CSV batches.

`open_captions(path)` picks the parser from the file name (or `fmt`) and streams Caption
records (and, for batches, Malformed ones); `captions_from_text(text)` does the same for
text already in memory (a command-line argument, stdin). Files are read through
`localize.io`, so a missing file, bad UTF-8 or an empty file is one clear error.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

from ..errors import CaptionFormatError, UsageError
from ..i18n import _
from .batch import iter_csv, iter_jsonl
from .model import Caption, Malformed
from .srt import parse_srt
from .text import parse_text
from .vtt import parse_vtt

__all__ = [
    "FORMATS",
    "Caption",
    "Malformed",
    "captions_from_lines",
    "captions_from_text",
    "guess_format",
    "open_captions",
    "parse_srt",
    "parse_text",
    "parse_vtt",
    "iter_csv",
    "iter_jsonl",
]

FORMATS = ("text", "srt", "vtt", "jsonl", "csv")
BATCH_FORMATS = ("jsonl", "csv")

_EXTENSIONS = {
    ".srt": "srt",
    ".vtt": "vtt",
    ".webvtt": "vtt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}


def guess_format(name: str | Path | None, first_line: str = "") -> str:
    """The caption format from the file extension, else from the first line of content."""
    if name is not None:
        fmt = _EXTENSIONS.get(Path(str(name)).suffix.lower())
        if fmt:
            return fmt
    head = first_line.lstrip("\ufeff").strip()
    if head.startswith("WEBVTT"):
        return "vtt"
    if head.startswith("{") and head.endswith("}"):
        return "jsonl"
    return "text"


def _looks_like_srt(text: str) -> bool:
    from .srt import _INDEX, _TIMING

    lines = text.lstrip().splitlines()[:3]
    return len(lines) >= 2 and bool(_INDEX.match(lines[0])) and bool(_TIMING.match(lines[1]))


def captions_from_text(
    text: str, fmt: str = "auto", *, path: str | None = None
) -> Iterator[Caption | Malformed]:
    """Captions from text in memory; `auto` recognises WebVTT, SRT and JSON Lines, else one caption."""
    if fmt == "auto":
        first = next((line for line in text.splitlines() if line.strip()), "")
        fmt = guess_format(path, first)
        if fmt == "text" and _looks_like_srt(text):
            fmt = "srt"
    if fmt == "text":
        if not text.strip():
            raise CaptionFormatError(_("empty caption"), path=path, line=1 if path else None)
        return iter([parse_text(text, path=path)])
    # Subtitles are small and parsed whole, so a broken cue is reported before any output.
    if fmt == "srt":
        return iter(list(parse_srt(text, path=path)))
    if fmt == "vtt":
        return iter(list(parse_vtt(text, path=path)))
    lines = enumerate(text.splitlines(), 1)
    return captions_from_lines(lines, fmt, path=path)


def captions_from_lines(
    lines: Iterable[tuple[int, str]], fmt: str, *, path: str | None = None
) -> Iterator[Caption | Malformed]:
    """Stream a batch (JSON Lines or CSV) from numbered lines; `auto` sniffs the first line."""
    source = iter(lines)
    if fmt == "auto":
        first = None
        blank: list[tuple[int, str]] = []
        for number, raw in source:
            if raw.strip():
                first = (number, raw)
                break
            blank.append((number, raw))
        if first is None:
            raise CaptionFormatError(_("file is empty"), path=path, line=1)
        fmt = guess_format(path, first[1])
        source = chain(blank, [first], source)
        if fmt not in BATCH_FORMATS:
            rest = "\n".join(raw for _n, raw in source)
            return captions_from_text(rest, "auto", path=path)
    if fmt == "jsonl":
        return _require_some(iter_jsonl(source, path=path), path)
    if fmt == "csv":
        return _require_some(iter_csv(source, path=path), path)
    raise UsageError(_("unknown caption format {fmt}").format(fmt=fmt))


def _require_some(
    records: Iterator[Caption | Malformed], path: str | None
) -> Iterator[Caption | Malformed]:
    seen = False
    for record in records:
        seen = True
        yield record
    if not seen:
        raise CaptionFormatError(_("file is empty"), path=path, line=1)


def open_captions(path: str | Path, fmt: str = "auto") -> Iterator[Caption | Malformed]:
    """Captions of a file; batches stream line by line, subtitles and text are read whole."""
    from .. import io

    name = str(path)
    if fmt == "auto":
        fmt = guess_format(path)
        if fmt == "text":  # unknown extension: look at the content
            return captions_from_text(io.read_text(path), "auto", path=name)
    if fmt in BATCH_FORMATS:
        return captions_from_lines(io.iter_lines(path), fmt, path=name)
    if fmt not in FORMATS:
        raise UsageError(_("unknown caption format {fmt}").format(fmt=fmt))
    return captions_from_text(io.read_text(path), fmt, path=name)
