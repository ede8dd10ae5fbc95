"""Caption text: normalisation and tokenisation, pure and fast.

Captions mix the words that carry the language with things that do not: hashtags
(`#fyp` is English whatever the caption's language; `#saudemental` is Portuguese),
@mentions, URLs, emoji sequences (ZWJ families, flags, skin tones, keycaps), numbers,
full-width forms typed on CJK keyboards and letters stretched for emphasis
("sooooo"). Detection, glossary matching and machine-translation masking all need the
same split, so it lives here once. Token spans index the *original* text, so findings
can point at what the author wrote.

>>> [(t.kind, t.text) for t in tokenize("Respira 🌬️ #saudemental @fides https://x.co")
...  if t.kind != "space"]
[('word', 'Respira'), ('emoji', '🌬️'), ('hashtag', '#saudemental'), ('mention', '@fides'), ('url', 'https://x.co')]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

TokenKind = Literal["word", "hashtag", "mention", "url", "emoji", "number", "punct", "space"]

# Emoji: pictographs and symbols, then modifiers, variation selectors, ZWJ joins, tags and
# keycaps glued on. Python's `re` has no Extended_Pictographic property, so the ranges are
# spelled out (Unicode 15 emoji blocks plus the older symbols that have emoji presentation).
_PICTO = (
    "\U0001f000-\U0001faff"  # mahjong .. symbols & pictographs extended-A
    "\u2600-\u27bf"  # misc symbols, dingbats
    "\u2300-\u23ff"  # misc technical (⌚ ⏰)
    "\u2b00-\u2bff"  # arrows, ⭐ ⬛
    "\u2190-\u21ff"  # arrows
    "\u25a0-\u25ff"  # geometric shapes
    "\u2900-\u297f"
    "\u3030\u303d\u3297\u3299\u00a9\u00ae\u203c\u2049\u2122\u2139\u24c2\u2764"
)
_MODIFIERS = "\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
_EMOJI = (
    r"[\U0001f1e6-\U0001f1ff]{2}|"  # flags: a pair of regional indicators
    rf"(?:[{_PICTO}]|[0-9#*]\ufe0f?\u20e3)[{_MODIFIERS}]*"
    rf"(?:\u200d(?:[{_PICTO}])[{_MODIFIERS}]*)*"
)
# Characters a word may hold besides letters: combining accents, the combining kana
# voicing marks and the prolonged sound marks ("ー", half-width "ｰ").
_MARKS = r"\u0300-\u036f\u3099\u309a\u30fc\uff70"
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
_WORD = rf"{_LETTER}+(?:['’\-]{_LETTER}+)*"
# A URL after its scheme or "www.": no space, quote or angle bracket, and not ending in
# the punctuation that follows a link in a sentence.
_URL_REST = r"[^\s<>\"'`]+[^\s<>\"'`.,;:!?)\]}]"
_URL = rf"(?:https?://|www\.){_URL_REST}"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

_TOKEN_BODY = (
    r"|(?P<hashtag>(?<![\w&])[#＃](?!\d+\b)\w+)"
    r"|(?P<mention>(?<![\w@])[@＠]\w[\w.]*\w|(?<![\w@])[@＠]\w)"
    rf"|(?P<emoji>{_EMOJI})"
    r"|(?P<number>[+-]?\d+(?:[.,:/]\d+)*[%％]?)"
    rf"|(?P<word>{_WORD})"
    r"|(?P<space>\s+)"
    r"|(?P<punct>.)"
)


@lru_cache(maxsize=1)
def _token_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(without e-mails, with e-mails): the tokeniser, compiled on first use (a few ms).

    Trying the e-mail pattern at every word backtracks over the word, so the tokeniser
    without it is used for the (usual) text that has no '@'.
    """
    plain = re.compile(rf"(?P<url>{_URL}){_TOKEN_BODY}", re.DOTALL)
    with_email = re.compile(rf"(?P<url>{_URL}|{_EMAIL}){_TOKEN_BODY}", re.DOTALL)
    return plain, with_email


# An '@' with an address character before it and a domain after: where _EMAIL matches.
_EMAIL_AT_RE = re.compile(r"[\w.+-]@[\w-]+(?:\.[\w-]+)+")
_REPEATS_RE = re.compile(r"(.)\1{2,}")
_TRIPLE_RE = re.compile(r"(.)\1\1")


class Token(NamedTuple):
    """One piece of a caption; `start`/`end` index the original text.

    A NamedTuple rather than a dataclass: captions are tokenised by the thousand per
    second and tuples are several times cheaper to create.
    """

    kind: TokenKind
    text: str
    start: int
    end: int

    @property
    def body(self) -> str:
        """The text without its sigil: `#saudemental` -> `saudemental`, `@fides` -> `fides`."""
        if self.kind in ("hashtag", "mention"):
            return self.text[1:]
        return self.text


@dataclass(frozen=True, slots=True)
class CleanText:
    """A caption with the language-neutral parts taken out, and the tokens it was split into."""

    original: str
    text: str
    """The kept tokens' text (normalised), joined by single spaces."""
    tokens: tuple[Token, ...]
    """Every token of the original (all kinds), in order."""

    @property
    def words(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind == "word")

    @property
    def hashtags(self) -> tuple[Token, ...]:
        return tuple(t for t in self.tokens if t.kind == "hashtag")


def normalize(text: str) -> str:
    """NFKC: full-width Latin and digits become ASCII, half-width katakana full-width.

    Captions typed on Japanese and Korean keyboards often carry `ｆｙｐ` or `１００％`;
    comparing or detecting them needs the compatibility forms folded.
    """
    return unicodedata.normalize("NFKC", text)


def squeeze_repeats(text: str) -> str:
    """Letters stretched for emphasis keep two: `sooooo` -> `soo`, `ㅋㅋㅋㅋ` -> `ㅋㅋ`."""
    # Most text has no run of three: one search for one is four times cheaper than `sub`.
    if _TRIPLE_RE.search(text) is None:
        return text
    return _REPEATS_RE.sub(r"\1\1", text)


def _has_email(text: str) -> bool:
    """Whether `text` holds an e-mail address (a match of _EMAIL).

    Looked for at each '@' only: searching the whole text for _EMAIL tries the address
    pattern from every character of every word (twice as slow on a caption with a
    mention)."""
    at = text.find("@")
    while at != -1:
        if at and _EMAIL_AT_RE.match(text, at - 1):
            return True
        at = text.find("@", at + 1)
    return False


def tokenize(text: str) -> list[Token]:
    """Split a caption into tokens of every kind; concatenating their text gives `text` back."""
    tokens = []
    plain, with_email = _token_patterns()
    pattern = with_email if _has_email(text) else plain
    for match in pattern.finditer(text):
        kind = match.lastgroup or "punct"
        tokens.append(Token(kind, match.group(), match.start(), match.end()))  # type: ignore[arg-type]
    return tokens


# The same words as `_WORD`, matched a run of letters (or of marks) at a time, which the
# regex engine does much faster than one letter-or-mark alternation per character.
_RUN = rf"(?:[^\W\d_]+|[{_MARKS}]+)"
_WORD_FAST = rf"{_RUN}+(?:['’\-]{_RUN}+)*"
# What `words_and_tags` finds after URLs (and e-mails): hashtag bodies, mentions, words.
_WORDS_AND_TAGS_TAIL = rf"|(?<![\w&])[#＃](?!\d+\b)(\w+)|(?<![\w@])[@＠]\w[\w.]*|({_WORD_FAST})"


@lru_cache(maxsize=1)
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(without e-mails, with e-mails): `words_and_tags`'s scanner, compiled on first use.

    Runs of characters no URL, e-mail, hashtag, mention or word starts with (spaces,
    punctuation, emoji) are skipped in one step instead of one failed try per character;
    the e-mail variant keeps '.', '+' and '-', which may start an address.
    """
    plain = re.compile(rf"[^\w#＃@＠{_MARKS}]+|(?:{_URL}){_WORDS_AND_TAGS_TAIL}")
    with_email = re.compile(rf"[^\w#＃@＠.+\-{_MARKS}]+|(?:{_URL}|{_EMAIL}){_WORDS_AND_TAGS_TAIL}")
    return plain, with_email


def words_and_tags(text: str) -> list[tuple[str, str]]:
    """Fast path for language detection: the caption's words and hashtag bodies, in order.

    Returns (hashtag body, '') or ('', word) pairs; URLs, e-mails, mentions, emoji, numbers
    and punctuation are skipped. Same rules as `tokenize`, without building tokens.
    """
    plain, with_email = _word_patterns()
    pattern = with_email if _has_email(text) else plain
    return [pair for pair in pattern.findall(text) if pair[0] or pair[1]]


@lru_cache(maxsize=1)
def _marks_pattern() -> re.Pattern[str]:
    """URLs, hashtags and mentions as `words_and_tags` (without e-mails) finds them, each
    alternative starting with its literal first character so that the scan jumps from
    candidate to candidate ('h', 'w', '#', '@')."""
    return re.compile(
        rf"https?://{_URL_REST}|www\.{_URL_REST}"
        r"|#(?<![\w&]#)(?!\d+\b)(\w+)|＃(?<![\w&]＃)(?!\d+\b)(\w+)"
        r"|@(?<![\w@]@)\w[\w.]*|＠(?<![\w@]＠)\w[\w.]*"
    )


def marks_and_rest(text: str) -> tuple[list[str], str] | None:
    """(hashtag bodies, the text with URLs, hashtags and mentions blanked), or None.

    A cheaper `words_and_tags` for captions whose marks each start the text or follow a
    space: the rest's words are then exactly the words `words_and_tags` finds. None when
    a mark is glued to what precedes it ("xhttps://...") or the text has an e-mail
    address: only the full scan says what those are.
    """
    if _has_email(text):
        return None
    tags: list[str] = []
    pieces: list[str] = []
    end = 0
    for match in _marks_pattern().finditer(text):
        start = match.start()
        if start and not text[start - 1].isspace():
            return None
        pieces.append(text[end:start])
        tag = match.group(1) or match.group(2)
        if tag:
            tags.append(tag)
        end = match.end()
    pieces.append(text[end:])
    return tags, " ".join(pieces)


def split_hashtag(body: str) -> list[str]:
    """Words inside a hashtag: `SaudeMental` -> ['Saude', 'Mental']; `saudemental` stays one."""
    parts = re.findall(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+|[a-z\u00df-\u00ff]+|[^\W\d_]+", body)
    return parts or [body]


def clean_caption(
    text: str,
    *,
    hashtags: Literal["drop", "keep", "words"] = "words",
    mentions: bool = False,
    urls: bool = False,
    emoji: bool = False,
    numbers: bool = False,
) -> CleanText:
    """The caption's language-bearing text, and its tokens.

    hashtags: "drop" removes them, "keep" keeps `#tag` as written, "words" keeps the tag's
    words without the `#` (split at camel case), which is what language detection and
    glossary matching want. Mentions, URLs, emoji and numbers are dropped unless asked for.
    Kept text is NFKC-normalised and stretched letters are squeezed.
    """
    if hashtags not in ("drop", "keep", "words"):
        raise ValueError(f"hashtags must be 'drop', 'keep' or 'words', not {hashtags!r}")
    tokens = tokenize(text)
    kept: list[str] = []
    for token in tokens:
        kind = token.kind
        if kind == "word":
            kept.append(token.text)
        elif kind == "hashtag":
            if hashtags == "keep":
                kept.append(token.text)
            elif hashtags == "words":
                kept.extend(split_hashtag(token.body))
        elif (
            (kind == "mention" and mentions)
            or (kind == "url" and urls)
            or (kind == "emoji" and emoji)
            or (kind == "number" and numbers)
        ):
            kept.append(token.text)
    cleaned = squeeze_repeats(normalize(" ".join(kept)))
    return CleanText(original=text, text=cleaned, tokens=tuple(tokens))
