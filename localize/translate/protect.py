"""Mask what machine translation must not touch, restore it, and prove nothing was lost.

Engines damage placeholders and numbers: they insert spaces (`% 1 $ s`), change case, move
or split tokens, turn digits full-width, or drop them. So every protected span (gettext and
format placeholders, HTML tags, URLs, e-mail addresses, numbers, hashtags, @mentions, emoji,
do-not-translate names, crisis lines) is replaced by a short opaque alphanumeric token
before translation. After translation each token is found again, tolerating case,
full-width and whitespace damage inside it, and replaced by its original text. Anything
else fails closed: a token that is missing, repeated, merged into another, or a protected
span that does not come back verbatim exactly once makes the output unusable, and the
caller routes the segment to a human.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import _

# ---- what is protected ----------------------------------------------------------------

_PRINTF = r"%(?:\([^)\s]{1,64}\))?[#0\-+]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlLqjzt]*[diouxXeEfFgGcrsa%]"
_PRINTF_POS = r"%\d+\$[#0\-+]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
_BRACE = r"\{\{|\}\}|\{[A-Za-z_0-9.\[\]]*(?:![rsa])?(?::[^{}]{0,32})?\}"
_HTML = r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]{2,8}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});"
_URL = r"(?:https?://|www\.)[^\s<>\"'）」』]+"
_EMAIL = r"(?<![\w.])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_DOMAIN = (
    r"(?<![\w@/.])(?:[A-Za-z0-9-]+\.)+(?:org|com|net|gov|edu|info|io|fr|jp|kr|id|mx|br|uk|us|es|pt)"
    r"(?:\.[a-z]{2})?(?:/[^\s<>\"']*)?(?![\w-])"
)
_HASHTAG = r"(?<![A-Za-z0-9_#&])#\w+"
_MENTION = r"(?<![A-Za-z0-9_@.])@\w+"
# ASCII boundaries only: in Japanese "988に" the number touches a letter of another script
_NUMBER = r"(?<![A-Za-z0-9_.,])[+＋]?\d+(?:[ \-.,/:‐‑–]\d+)*%?(?![A-Za-z0-9_])"
_EMOJI = (
    "(?:[\U0001f1e6-\U0001f1ff]{2}"
    "|[0-9#*]\ufe0f?\u20e3"
    "|[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff]"
    "[\ufe0f\u200d\U0001f3fb-\U0001f3ff\U0001f000-\U0001faff\u2600-\u27bf\u2640\u2642\u2695\u2764\u20e3\U000e0020-\U000e007f]*)"
)

# kind -> pattern, in priority order: earlier kinds win overlaps
PATTERNS: tuple[tuple[str, str], ...] = (
    ("placeholder", _PRINTF_POS),
    ("placeholder", _PRINTF),
    ("placeholder", _BRACE),
    ("html", _HTML),
    ("url", _URL),
    ("email", _EMAIL),
    ("url", _DOMAIN),
    ("hashtag", _HASHTAG),
    ("mention", _MENTION),
    ("emoji", _EMOJI),
    ("number", _NUMBER),
)

# Kinds whose relative order carries meaning (`%s ... %s`: the first argument fills the
# first slot). Named placeholders may move freely; word order differs between languages.
_ORDERED = re.compile(r"^(?:%[#0\- +]*\d*(?:\.\d+)?[hlL]*[diouxXeEfFgGcrsa]|\{\})$")


@dataclass(frozen=True)
class Span:
    """A piece of the source that must come back verbatim."""

    start: int
    end: int
    kind: str
    """placeholder, html, url, email, hashtag, mention, emoji, number, dnt, crisis"""
    text: str


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(pattern)) for kind, pattern in PATTERNS)


def find_spans(text: str, extra: Iterable[Span] = (), *, placeholders: bool = True) -> list[Span]:
    """Protected spans of `text`, non-overlapping, in order.

    `extra` spans (do-not-translate names and crisis lines from the glossary) win over the
    built-in patterns where they overlap. `placeholders=False` is for plain captions, where
    `{name}` or `%s` are ordinary text a creator typed, not format slots (they are still kept
    intact, as text MT must not reword, through the other patterns where they match).
    """
    candidates: list[tuple[int, int, Span]] = []
    base = 1
    for kind, pattern in _compiled():
        base += 1
        if kind == "placeholder" and not placeholders:
            continue
        for match in pattern.finditer(text):
            if match.end() > match.start():
                candidates.append(
                    (base, match.start(), Span(match.start(), match.end(), kind, match.group()))
                )
    builtin = [c[2] for c in candidates]
    for priority, span in enumerate(sorted(extra, key=lambda s: (s.start, -s.end))):
        if not 0 <= span.start < span.end <= len(text):
            continue
        # a name inside a longer protected span ("fides" in "@fides_who") is already safe
        if any(
            b.start <= span.start and span.end <= b.end and b.end - b.start > span.end - span.start
            for b in builtin
        ):
            continue
        candidates.append((0, priority, span))
    # URLs and tags often end with sentence punctuation that is not part of them
    chosen: list[Span] = []
    taken = [False] * (len(text) + 1)
    for _rank, _key, span in sorted(candidates, key=lambda c: (c[0], -(c[2].end - c[2].start))):
        span = _trim(span)
        if span.end <= span.start or any(taken[span.start : span.end]):
            continue
        for i in range(span.start, span.end):
            taken[i] = True
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _trim(span: Span) -> Span:
    if span.kind not in ("url",):
        return span
    text = span.text
    while text and text[-1] in ".,;:!?)]}。、！？":
        if text[-1] in ")]}" and text.count(text[-1]) <= text.count(
            {")": "(", "]": "[", "}": "{"}[text[-1]]
        ):
            break
        text = text[:-1]
    return Span(span.start, span.start + len(text), span.kind, text)


# ---- tokens ---------------------------------------------------------------------------

# "ZQ" + index + "X": letters an engine treats as a name, never a word in any of the 7
# languages; the digits are the only part that varies, and they are bracketed by letters so
# that ZQ1X is never a prefix of ZQ10X. A text that itself contains "zq" gets the next
# prefix, so a token can never be confused with the text around it.
PREFIXES: tuple[str, ...] = ("ZQ", "QZ", "JQ", "QJ", "VQ", "QV")
_TOKEN_SUFFIX = "X"


def token(index: int, prefix: str = PREFIXES[0]) -> str:
    """The opaque token that stands for protected span number `index`."""
    return f"{prefix}{index}{_TOKEN_SUFFIX}"


def choose_prefix(text: str) -> str:
    """The first token prefix that does not occur in `text` (any case)."""
    folded = text.casefold()
    for prefix in PREFIXES:
        if prefix.casefold() not in folded:
            return prefix
    return PREFIXES[0]  # every prefix occurs: verification still fails closed


def _char_class(char: str) -> str:
    variants = {char, char.lower(), char.upper()}
    for c in list(variants):
        if "!" <= c <= "~":
            variants.add(chr(ord(c) + 0xFEE0))  # full-width form, as Japanese MT writes it
    return "[" + "".join(re.escape(v) for v in sorted(variants)) + "]"


_GAP = r"[ \t\u00a0\u3000]*"


@lru_cache(maxsize=4096)
def _token_pattern(index: int, prefix: str) -> re.Pattern[str]:
    # a token may touch a word; the letters around the index keep ZQ1X from matching
    # inside ZQ10X
    return re.compile(_GAP.join(_char_class(c) for c in token(index, prefix)))


@lru_cache(maxsize=16)
def any_token(prefix: str = PREFIXES[0]) -> re.Pattern[str]:
    """Any token of this prefix, damaged or not (to find strays and untranslatable rests)."""
    return re.compile(
        _GAP.join(_char_class(c) for c in prefix)
        + _GAP
        + r"[0-9０-９](?:"
        + _GAP
        + r"[0-9０-９])*"
        + _GAP
        + _char_class(_TOKEN_SUFFIX)
    )


@dataclass(frozen=True)
class Masked:
    """A source text with its protected spans replaced by tokens."""

    source: str
    text: str
    """What is sent to the engine."""
    spans: tuple[Span, ...]
    pads: tuple[tuple[bool, bool], ...] = ()
    """Per span: whether a space was added before / after its token (see `mask`)."""
    prefix: str = PREFIXES[0]

    @property
    def translatable(self) -> bool:
        """Whether anything but tokens, spaces and punctuation is left to translate."""
        return has_words(self.text, self.prefix)


def has_words(text: str, prefix: str = PREFIXES[0]) -> bool:
    """Whether `text` has a letter outside its tokens (else it costs no request)."""
    return any(ch.isalpha() for ch in any_token(prefix).sub("", text))


def _glues(ch: str) -> bool:
    """Whether a token touching `ch` would fuse into one word (Latin, Cyrillic, digits...).

    CJK and Hangul need no space: engines segment at the change of script.
    """
    return ch.isalnum() and ord(ch) < 0x2E80


def mask(text: str, spans: Sequence[Span]) -> Masked:
    """Replace each span by its token (spans as returned by `find_spans`).

    A token that would touch a letter ("<b>save</b>" -> "ZQ0XsaveZQ1X") gets a space on that
    side, so the engine still sees the word; `unmask` removes that space again.
    """
    out: list[str] = []
    pads: list[tuple[bool, bool]] = []
    prefix = choose_prefix(text)
    pos = 0
    for index, span in enumerate(spans):
        out.append(text[pos : span.start])
        before = span.start > 0 and _glues(text[span.start - 1])
        after = span.end < len(text) and _glues(text[span.end])
        out.append((" " if before else "") + token(index, prefix) + (" " if after else ""))
        pads.append((before, after))
        pos = span.end
    out.append(text[pos:])
    return Masked(text, "".join(out), tuple(spans), tuple(pads), prefix)


@dataclass(frozen=True)
class Restored:
    """The engine's output with the protected spans put back, or why it cannot be used."""

    text: str
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def unmask(masked: Masked, output: str) -> Restored:
    """Put the protected spans back into `output` and verify them; fail closed.

    Problems (in the UI language, for the translator comment):
    a token missing, repeated or merged into another token; positional placeholders
    reordered; a protected span not present verbatim exactly as often as in the source.
    """
    problems: list[str] = []
    found: list[tuple[int, int, int]] = []  # (start, end, index)
    for index, span in enumerate(masked.spans):
        matches = list(_token_pattern(index, masked.prefix).finditer(output))
        if not matches:
            problems.append(_("lost {kind} {text}").format(kind=span.kind, text=repr(span.text)))
        elif len(matches) > 1:
            problems.append(
                _("repeated {kind} {text}").format(kind=span.kind, text=repr(span.text))
            )
        else:
            found.append((matches[0].start(), matches[0].end(), index))
    found.sort()
    for (_s1, e1, i1), (s2, _e2, i2) in zip(found, found[1:], strict=False):
        if s2 < e1:
            problems.append(
                _("{kind} {text} merged with {other}").format(
                    kind=masked.spans[i1].kind,
                    text=repr(masked.spans[i1].text),
                    other=repr(masked.spans[i2].text),
                )
            )
    pieces: list[str] = []
    pos = 0
    for start, end, index in found:
        if start < pos:
            continue
        before, after = masked.pads[index] if index < len(masked.pads) else (False, False)
        gap = output[pos:start]
        if before and gap[-1:].isspace():
            gap = gap[:-1]
        pieces.append(gap)
        pieces.append(masked.spans[index].text)
        pos = end
        if after and output[pos : pos + 1].isspace():
            pos += 1
    pieces.append(output[pos:])
    restored = "".join(pieces)
    # stray, damaged tokens that matched no span (ZQ 7 Y, a split token)
    leftovers = [m.group() for m in any_token(masked.prefix).finditer("".join(pieces[0::2]))]
    if leftovers and not problems:
        problems.append(_("unknown token {token} in output").format(token=repr(leftovers[0])))
    # positional placeholders must keep their order
    ordered_src = [
        i for i, s in enumerate(masked.spans) if s.kind == "placeholder" and _ORDERED.match(s.text)
    ]
    ordered_out = [i for _s, _e, i in found if i in set(ordered_src)]
    if len(ordered_out) == len(ordered_src) and ordered_out != ordered_src:
        problems.append(_("positional placeholders reordered"))
    if not problems:
        problems.extend(verify(masked.source, restored, masked.spans))
    return Restored(restored, tuple(problems))


def _count(text: str, needle: str) -> int:
    """Occurrences of `needle` in `text` that are not part of a longer word or number."""
    if not needle:
        return 0
    head = r"(?<![A-Za-z0-9_])" if needle[0].isascii() and needle[0].isalnum() else ""
    tail = r"(?![A-Za-z0-9_])" if needle[-1].isascii() and needle[-1].isalnum() else ""
    return len(re.findall(head + re.escape(needle) + tail, text))


def verify(source: str, output: str, spans: Sequence[Span]) -> list[str]:
    """Every protected span appears verbatim exactly as often as in the source."""
    problems = []
    for text in dict.fromkeys(s.text for s in spans):
        kind = next(s.kind for s in spans if s.text == text)
        want, got = _count(source, text), _count(output, text)
        if got < want:
            problems.append(_("lost {kind} {text}").format(kind=kind, text=repr(text)))
        elif got > want:
            problems.append(_("repeated {kind} {text}").format(kind=kind, text=repr(text)))
    return problems
