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
from .cues import read_cue, timing_from_groups
from .model import Caption

_TIMESTAMP = r"(?:(\d{1,3}):)?(\d{2}):(\d{2})\.(\d{3})"
_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:[ \t]+.*)?$")
_TAGS = re.compile(r"</?[a-zA-Z0-9:.\-_][^<>]*>")
_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def _timing(line: str) -> tuple[str, float, float] | None:
    match = _TIMING.match(line)
    return None if match is None else timing_from_groups(match.groups(), ".")


def cue_text(line: str) -> str:
    """What a viewer reads on one cue line: markup removed, character references decoded."""
    if "<" in line:
        line = _TAGS.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    return line


def parse_vtt(text: str, *, path: str | None = None) -> Iterator[Caption]:
    """Yield one Caption per cue (numbered from 1 in file order; the identifier becomes its id)."""
    for caption, _end in iter_vtt_cues(text, path=path):
        yield caption


def iter_vtt_cues(text: str, *, path: str | None = None) -> Iterator[tuple[Caption, int]]:
    """(caption, line number of its last body line) per cue, for writers that rewrite a
    cue's body lines in place and keep every other line (`text.splitlines()` numbering)."""
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
        caption, i = read_cue(
            lines,
            i,
            timing,
            cue=cue,
            cue_id=identifier if identifier is not None else str(cue),
            path=path,
            clean=cue_text,
        )
        if caption is not None:
            yield caption, i
