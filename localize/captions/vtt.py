"""WebVTT (.vtt) subtitles: cues with optional identifiers, NOTE/STYLE/REGION blocks skipped.

The `WEBVTT` header is required (players reject a file without it, so a creator should
learn it before uploading). Cue text loses its markup (`<v Dr. Ana>`, `<c.yellow>`,
`<00:00:01.500>`) and its character references (`&amp;`) so the checks see what viewers read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from ..errors import CaptionFormatError
from ..i18n import _
from .model import Caption

_TIMESTAMP = r"(?:(\d{1,3}):)?(\d{2}):(\d{2})\.(\d{3})"
_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:[ \t]+.*)?$")
_TAGS = re.compile(r"</?[a-zA-Z0-9:.\-_][^<>]*>")
_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def _timing(line: str) -> tuple[str, float, float] | None:
    match = _TIMING.match(line)
    if match is None:
        return None
    h1, m1, s1, f1, h2, m2, s2, f2 = match.groups()
    if int(m1) > 59 or int(s1) > 59 or int(m2) > 59 or int(s2) > 59:
        return None
    start = int(h1 or 0) * 3600 + int(m1) * 60 + int(s1) + int(f1) / 1000
    end = int(h2 or 0) * 3600 + int(m2) * 60 + int(s2) + int(f2) / 1000
    written = f"{(h1 or '00').zfill(2)}:{m1}:{s1}.{f1} --> {(h2 or '00').zfill(2)}:{m2}:{s2}.{f2}"
    return written, start, end


def cue_text(line: str) -> str:
    """What a viewer reads on one cue line: markup removed, character references decoded."""
    if "<" in line:
        line = _TAGS.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    return line


def parse_vtt(text: str, *, path: str | None = None) -> Iterator[Caption]:
    """Yield one Caption per cue (numbered from 1 in file order; the identifier becomes its id)."""
    lines = text.splitlines()
    if not lines or not _HEADER.match(lines[0]):
        raise CaptionFormatError(
            _("not a WebVTT file: the first line must be WEBVTT"), path=path, line=1
        )
    count = len(lines)
    i = 1
    while i < count and lines[i].strip():  # header metadata lines
        i += 1
    cue = 0
    while i < count:
        if not lines[i].strip():
            i += 1
            continue
        head = lines[i].strip()
        if head.split(maxsplit=1)[0] in _SKIPPED_BLOCKS and "-->" not in head:
            while i < count and lines[i].strip():
                i += 1
            continue
        cue += 1
        identifier: str | None = None
        if "-->" not in head:
            identifier = head
            i += 1
            if i >= count or not lines[i].strip():
                raise CaptionFormatError(
                    _('cue "{id}" has no timing line').format(id=identifier),
                    path=path,
                    line=i,
                    cue=cue,
                )
        timing = _timing(lines[i])
        if timing is None:
            raise CaptionFormatError(
                _(
                    'broken WebVTT timestamp "{line}"; expected [HH:]MM:SS.mmm --> [HH:]MM:SS.mmm'
                ).format(line=lines[i].strip()[:60]),
                path=path,
                line=i + 1,
                cue=cue,
            )
        written, start, end = timing
        if end < start:
            raise CaptionFormatError(
                _("cue ends before it starts ({time})").format(time=written),
                path=path,
                line=i + 1,
                cue=cue,
            )
        i += 1
        first = i + 1
        body: list[str] = []
        while i < count and lines[i].strip():
            body.append(cue_text(lines[i]))
            i += 1
        caption_text = "\n".join(body).strip()
        if caption_text:
            yield Caption(
                text=caption_text,
                id=identifier if identifier is not None else str(cue),
                cue=cue,
                time=written,
                path=path,
                line=first,
                maps_lines=True,
            )
