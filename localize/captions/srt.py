"""SubRip (.srt) subtitles: each cue is a caption that remembers its number and timestamps.

Real SRT files are messy (missing blank lines between cues, a missing cue number, `.` for
`,` in timestamps, `<i>` and `{\\an8}` styling), so the parser accepts those, but a timing
line that cannot be read is an error naming the cue and the line: a checker that silently
skipped a cue would let an unsafe line through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import CaptionFormatError
from ..i18n import _
from .model import Caption

_TIMESTAMP = r"(\d{1,3}):(\d{2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s+.*)?$")
_LOOKS_LIKE_TIMING = re.compile(r"-->")
_INDEX = re.compile(r"^\s*(\d+)\s*$")
_TAGS = re.compile(r"</?[a-zA-Z][^<>]*>|\{\\[^{}]*\}")


def parse_timing(line: str) -> tuple[str, float, float] | None:
    """(`start --> end` as written, start seconds, end seconds), or None when malformed."""
    match = _TIMING.match(line)
    if match is None:
        return None
    h1, m1, s1, f1, h2, m2, s2, f2 = match.groups()
    if int(m1) > 59 or int(s1) > 59 or int(m2) > 59 or int(s2) > 59:
        return None
    start = int(h1) * 3600 + int(m1) * 60 + int(s1) + int(f1.ljust(3, "0")) / 1000
    end = int(h2) * 3600 + int(m2) * 60 + int(s2) + int(f2.ljust(3, "0")) / 1000
    written = (
        f"{h1.zfill(2)}:{m1}:{s1},{f1.ljust(3, '0')} --> {h2.zfill(2)}:{m2}:{s2},{f2.ljust(3, '0')}"
    )
    return written, start, end


def strip_tags(text: str) -> str:
    """Cue text without styling tags (`<i>`, `<font ...>`, `{\\an8}`)."""
    return _TAGS.sub("", text) if ("<" in text or "{" in text) else text


def parse_srt(text: str, *, path: str | None = None) -> Iterator[Caption]:
    """Yield one Caption per cue, in file order; raise CaptionFormatError on a broken cue."""
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
            # A cue number directly followed by a timing line starts the next cue even
            # when the blank separator line is missing.
            if _INDEX.match(lines[i]) and i + 1 < count and _TIMING.match(lines[i + 1]):
                break
            body.append(strip_tags(lines[i]))
            i += 1
        caption_text = "\n".join(body).strip()
        if caption_text:
            yield Caption(
                text=caption_text,
                id=str(cue),
                cue=cue,
                time=written,
                path=path,
                line=first,
                maps_lines=True,
            )
