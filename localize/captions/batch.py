"""Batches of captions: JSON Lines and CSV, streamed record by record in constant memory.

A record has a `text` (required) and optionally `lang`, `market` (one code, a comma list
or a JSON list) and `id`. A record that cannot be read becomes a `Malformed` value with its
line number, so one bad line in a million does not stop the run (the CLI's `--strict`
turns it into an error instead).

These functions take `(line number, text)` pairs, not paths: `localize.io.iter_lines`
(or stdin) supplies them, so the parsing stays pure and testable.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import CaptionFormatError, LocalizeError
from ..i18n import _
from ..languages import get_language, get_market
from .model import Caption, Malformed

Record = Caption | Malformed


def _markets(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        parts = [p for p in value.replace(";", ",").split(",") if p.strip()]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = value
    else:
        raise CaptionFormatError(_("market must be a code or a list of codes"))
    return tuple(dict.fromkeys(get_market(p).code for p in parts))


def _record(fields: dict[str, Any], path: str | None, line: int) -> Record:
    text = fields.get("text")
    if not isinstance(text, str):
        if text is None:
            return Malformed(_('no "text" field'), path, line)
        return Malformed(_('"text" must be a string'), path, line)
    if not text.strip():
        return Malformed(_("empty caption text"), path, line)
    lang = fields.get("lang") or None
    raw_id = fields.get("id")
    try:
        if lang is not None:
            if not isinstance(lang, str):
                raise CaptionFormatError(_('"lang" must be a language code'))
            lang = get_language(lang).code
        markets = _markets(fields.get("market") or fields.get("markets"))
    except LocalizeError as exc:
        return Malformed(exc.message, path, line)
    if raw_id is not None and not isinstance(raw_id, (str, int)):
        return Malformed(_('"id" must be a string or a number'), path, line)
    return Caption(
        text=text,
        id=None if raw_id is None or raw_id == "" else str(raw_id),
        lang=lang,
        markets=markets,
        path=path,
        line=line,
    )


def iter_jsonl(lines: Iterable[tuple[int, str]], *, path: str | None = None) -> Iterator[Record]:
    """One record per non-blank line; a line that is not a JSON object is Malformed."""
    for number, raw in lines:
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except ValueError as exc:
            reason = getattr(exc, "msg", str(exc))
            yield Malformed(_("invalid JSON: {reason}").format(reason=reason), path, number)
            continue
        if not isinstance(data, dict):
            yield Malformed(_("expected a JSON object with a text field"), path, number)
            continue
        yield _record(data, path, number)


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def iter_csv(lines: Iterable[tuple[int, str]], *, path: str | None = None) -> Iterator[Record]:
    """Rows of a CSV with a header naming a `text` column (`,`, `;` or tab separated).

    Raises CaptionFormatError when the header has no text column: nothing could be checked.
    """
    source = iter(lines)
    header_line = None
    for number, raw in source:
        if raw.strip():
            header_line = (number, raw)
            break
    if header_line is None:
        raise CaptionFormatError(_("file is empty"), path=path, line=1)
    first_number, header_raw = header_line
    delimiter = _delimiter(header_raw)
    header = next(csv.reader([header_raw], delimiter=delimiter))
    columns = [name.strip().lower() for name in header]
    if "text" not in columns:
        raise CaptionFormatError(
            _("CSV header has no text column (found: {columns})").format(
                columns=", ".join(c for c in columns if c) or "-"
            ),
            path=path,
            line=first_number,
        )
    line_numbers: list[int] = []

    def feed() -> Iterator[str]:
        for number, raw in source:
            line_numbers.append(number)
            if len(line_numbers) > 1024:
                del line_numbers[:-2]
            yield raw + "\n"

    reader = csv.reader(feed(), delimiter=delimiter)
    while True:
        before = line_numbers[-1] if line_numbers else first_number
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CaptionFormatError(
                _("malformed CSV: {reason}").format(reason=str(exc)),
                path=path,
                line=line_numbers[-1] if line_numbers else first_number,
            ) from None
        start = before + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield Malformed(
                _("row has {found} fields, the header has {expected}").format(
                    found=len(row), expected=len(columns)
                ),
                path,
                start,
            )
            continue
        fields = {name: row[i] for i, name in enumerate(columns) if i < len(row) and name}
        yield _record(fields, path, start)
