"""What SubRip and WebVTT cues have in common: a `start --> end` timing and a body of text lines.

The two formats differ in how a timestamp is written and how cue text is marked up, not in
what a timing means or where a cue's text ends, so both parsers read those through here and
report a cue that ends before it starts the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..errors import CaptionFormatError
from ..i18n import _
from .model import Caption

Timing = tuple[str, float, float]


def timing_from_groups(groups: Sequence[Any], separator: str) -> Timing | None:
    """(`start --> end` written with `separator` before the milliseconds, start and end seconds).

    `groups` are hours (None when left out), minutes, seconds, fraction, twice; None when a
    minute or second field is over 59, which no player accepts.
    """
    h1, m1, s1, f1, h2, m2, s2, f2 = groups
    if int(m1) > 59 or int(s1) > 59 or int(m2) > 59 or int(s2) > 59:
        return None
    f1, f2 = f1.ljust(3, "0"), f2.ljust(3, "0")
    start = int(h1 or 0) * 3600 + int(m1) * 60 + int(s1) + int(f1) / 1000
    end = int(h2 or 0) * 3600 + int(m2) * 60 + int(s2) + int(f2) / 1000
    written = (
        f"{(h1 or '00').zfill(2)}:{m1}:{s1}{separator}{f1} --> "
        f"{(h2 or '00').zfill(2)}:{m2}:{s2}{separator}{f2}"
    )
    return written, start, end


def read_cue(
    lines: Sequence[str],
    i: int,
    timing: Timing,
    *,
    cue: int,
    cue_id: str,
    path: str | None,
    clean: Callable[[str], str],
    starts_next: Callable[[Sequence[str], int], object] | None = None,
) -> tuple[Caption | None, int]:
    """The cue whose timing line is `lines[i]`, and the index of the line after its body.

    The body runs to the next blank line (or to a line `starts_next` says opens the next
    cue); each body line goes through `clean`. A cue without text gives no caption.
    """
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
    count = len(lines)
    body: list[str] = []
    while i < count and lines[i].strip():
        if starts_next is not None and starts_next(lines, i):
            break
        body.append(clean(lines[i]))
        i += 1
    text = "\n".join(body).strip()
    if not text:
        return None, i
    caption = Caption(
        text=text, id=cue_id, cue=cue, time=written, path=path, line=first, maps_lines=True
    )
    return caption, i
