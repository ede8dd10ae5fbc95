"""A plain-text caption: the whole text is one caption (a TikTok description, a post)."""

from __future__ import annotations

from .model import Caption


def parse_text(text: str, *, path: str | None = None) -> Caption:
    """The text as one caption; trailing blank lines are dropped, offsets stay those of the file."""
    return Caption(text=text.rstrip(), path=path, line=1 if path else None, maps_lines=True)
