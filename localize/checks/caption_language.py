"""The caption's language: a declared language that the text itself contradicts.

Glossary checks run in the declared language, so a Portuguese caption declared Spanish
is checked against the wrong wording list and its forbidden terms pass unseen. Only a
confident detection contradicts a declaration: captions are short and a guess must not
raise false alarms (the detector declines rather than guess).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..i18n import _
from . import CheckContext, check
from .units import CaptionUnit

MIN_LETTERS = 20
"""Below this many letters of prose (hashtags, mentions and URLs aside) no detection can
contradict a declaration: "Burnout no es flojera." reads as English to every detector."""

DECLARED_STILL_PLAUSIBLE = 0.01
"""A declared language the detector still gives this much probability is not contradicted."""


def _letters(text: str) -> int:
    from ..text import tokenize

    return sum(
        sum(ch.isalpha() for ch in token.text) for token in tokenize(text) if token.kind == "word"
    )


@check("L308", "language-mismatch", "warning", target="caption")
def caption_language_mismatch(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """The declared language disagrees with a confident detection of the caption's text.

    The glossary checks ran in the declared language; if the detection is right they
    looked for the wrong wording. Only strong evidence contradicts a declaration: enough
    prose, and a detection that leaves the declared language no real chance.
    """
    detection = unit.detection
    if unit.declared is None or detection is None:
        return
    detected = getattr(detection, "lang", None)
    if (
        detected is None
        or detected == unit.declared
        or not getattr(detection, "is_confident", False)
    ):
        return
    alternatives = dict(getattr(detection, "alternatives", ()) or ())
    if alternatives.get(unit.declared, 0.0) >= DECLARED_STILL_PLAUSIBLE:
        return
    if _letters(unit.text) < MIN_LETTERS:
        return
    from .safety import language_name

    yield Finding(
        message=_(
            "declared {declared} but the caption reads as {detected} (confidence {confidence:.0%})"
        ).format(
            declared=language_name(unit.declared),
            detected=language_name(detected),
            confidence=float(getattr(detection, "confidence", 0.0)),
        ),
        suggestion=_("check the declared language (--lang {code})").format(code=detected),
        extra=(("detected", detected), ("declared", unit.declared)),
    )
