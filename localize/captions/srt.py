"""SubRip (.srt) subtitles: each cue is a caption that remembers its number and timestamps.

Real SRT files are messy (missing blank lines between cues, a missing cue number, `.` for
`,` in timestamps, `<i>` and `{\\an8}` styling), so the parser accepts those, but a timing
line that cannot be read is an error naming the cue and the line: a checker that silently
skipped a cue would let an unsafe line through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..errors import CaptionFormatError
from ..i18n import _
from .cues import read_cue, timing_from_groups
from .model import Caption

_TIMESTAMP = r"(\d{1,3}):(\d{2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s+.*)?$")
_LOOKS_LIKE_TIMING = re.compile(r"-->")
_INDEX = re.compile(r"^\s*(\d+)\s*$")
_TAGS = re.compile(r"</?[a-zA-Z][^<>]*>|\{\\[^{}]*\}")


def parse_timing(line: str) -> tuple[str, float, float] | None:
    """(`start --> end` as written, start seconds, end seconds), or None when malformed."""
    match = _TIMING.match(line)
    return None if match is None else timing_from_groups(match.groups(), ",")


def strip_tags(text: str) -> str:
    """Cue text without styling tags (`<i>`, `<font ...>`, `{\\an8}`)."""
    return _TAGS.sub("", text) if ("<" in text or "{" in text) else text


def parse_srt(text: str, *, path: str | None = None) -> Iterator[Caption]:
    """Yield one Caption per cue, in file order; raise CaptionFormatError on a broken cue."""
    for caption, _end in iter_srt_cues(text, path=path):
        yield caption


def iter_srt_cues(text: str, *, path: str | None = None) -> Iterator[tuple[Caption, int]]:
    """(caption, line number of its last body line) per cue, for writers that rewrite a
    cue's body lines in place and keep every other line (`text.splitlines()` numbering)."""
    lines = text.splitlines()
    count = len(lines)
    i = 0
    sequence = 0
    while i < count:
        if not lines[i].strip():
            i += 1
            continue
        sequence += 1
        number: int | None = None
        index = _INDEX.match(lines[i])
        if index is not None and i + 1 < count:
            number = int(index.group(1))
            i += 1
        elif index is not None:
            raise CaptionFormatError(
                _("cue {cue} has no timestamp line").format(cue=index.group(1)),
                path=path,
                line=i + 1,
                cue=int(index.group(1)),
            )
        cue = number if number is not None else sequence
        timing_line = lines[i]
        timing = parse_timing(timing_line)
        if timing is None:
            if _LOOKS_LIKE_TIMING.search(timing_line) or number is not None:
                message = _('broken SRT timestamp "{line}"; expected HH:MM:SS,mmm --> HH:MM:SS,mmm')
            else:
                message = _('expected a cue number or a timestamp line, found "{line}"')
            raise CaptionFormatError(
                message.format(line=timing_line.strip()[:60]), path=path, line=i + 1, cue=cue
            )
        caption, i = read_cue(
            lines,
            i,
            timing,
            cue=cue,
            cue_id=str(cue),
            path=path,
            clean=strip_tags,
            starts_next=_starts_cue,
        )
        if caption is not None:
            yield caption, i


def _starts_cue(lines: Sequence[str], i: int) -> bool:
    """A cue number directly followed by a timing line starts the next cue even when the
    blank separator line is missing."""
    return bool(_INDEX.match(lines[i]) and i + 1 < len(lines) and _TIMING.match(lines[i + 1]))
