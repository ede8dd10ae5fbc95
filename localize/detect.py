"""Caption language detection for the 7 supported languages, declining rather than guessing.

Why not plain langdetect: it samples n-grams at random (two runs can disagree), keeps a
global factory, compares all 55 of its languages (so three Portuguese words may come back
as Galician-ish Spanish or Catalan), and calls kanji-only Japanese Korean or Chinese. This
detector uses the same public data (langdetect's character n-gram profiles, Wikipedia
abstracts) differently:

1. Script first. Hangul -> ko, kana -> ja, other non-Latin scripts (Cyrillic, Arabic,
   Thai, ...) -> "none of these". Han-only text is judged by characters that only
   Chinese (simplified or traditional) or only Japanese write, and by Chinese function
   characters; without such evidence it is Japanese with a modest confidence, because
   Japanese is the only supported language written in Han characters.
2. Latin text is scored with the *full* likelihood of an interpolated character trigram
   model built from the profiles (P(c | two previous chars), backing off to bigram and
   unigram), word by word, deterministically. Scores of words are memoised per detector.
3. Very frequent function words (hand-written lists in `detect_data`) are mixed into each
   word's likelihood, which is what decides two- and three-word replies.
4. The candidate set includes unsupported neighbours (de it nl tl, and Malay through
   Malay-only words, as langdetect has no Malay profile) so that their text is reported
   as "not supported" instead of as the closest supported language.

The detector is built once and then only read: it is safe to share between threads, and
the same text always gives the same answer.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from .detect_data import (
    ENGLISH_TAGS,
    FUNCTION_WORDS,
    INDONESIAN_MARKERS,
    MALAY_MARKERS,
)
from .errors import LanguageError, UsageError
from .languages import SUPPORTED_CODES
from .text import normalize, split_hashtag, squeeze_repeats, tokenize, words_and_tags

__all__ = ["Detection", "Detector", "Segment", "detect", "detect_segments", "CONFIDENT"]

CONFIDENT = 0.9
"""Confidence at or above which a detection counts as confident (`Detection.is_confident`)."""

LATIN_SUPPORTED = ("en", "fr", "id", "es", "pt")
DEFAULT_OTHERS = ("de", "it", "nl", "tl")
"""Unsupported languages with langdetect profiles, scored so their text is not misreported."""
KNOWN_OTHERS = (
    "de",
    "it",
    "nl",
    "tl",
    "ca",
    "ro",
    "sv",
    "da",
    "no",
    "fi",
    "pl",
    "cs",
    "hr",
    "so",
    "sw",
    "tr",
    "vi",
    "af",
    "sq",
    "sk",
    "sl",
    "et",
    "lv",
    "lt",
    "hu",
    "cy",
)

# Interpolation weights of the character model: trigram, bigram, unigram, uniform floor.
_LAMBDAS = (0.6, 0.28, 0.1, 0.02)
_FLOOR_VOCAB = 300
# Function-word mixture: probability mass of the listed words in running text.
_LEXICON_MASS = 0.35
_CONTENT_MASS = 0.3
# Spelling patterns (detect_data.affixes) count with this factor.
_AFFIX_SCALE = 1.0
# Hashtag words that are not generic English tags count for this much of a word.
_HASHTAG_WEIGHT = 0.5
# How much one CJK character weighs against one Latin letter when scripts are mixed.
_CJK_WEIGHT = 2.5

# Calibration: natural-log likelihood differences are divided by this before the softmax.
# Character models treat neighbouring characters as independent evidence, which they are
# not; tempering makes the probabilities honest (see benchmarks/detect.py).
_TEMPERATURE = 3.0
_MIN_MARGIN = 0.002
_SWITCH_COST = 6.0  # nats to pay for a language switch between words (detect_segments)

# --- scripts --------------------------------------------------------------------------------


def _char_script(ch: str) -> str:
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "Hang"
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "Kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o >= 0x20000:
        return "Hani"
    if 0x0300 <= o <= 0x036F:
        return "Zinh"
    if 0x0370 <= o <= 0x03FF:
        return "Grek"
    if 0x0400 <= o <= 0x052F:
        return "Cyrl"
    if 0x0590 <= o <= 0x05FF:
        return "Hebr"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
        return "Arab"
    if 0x0900 <= o <= 0x097F:
        return "Deva"
    if 0x0E00 <= o <= 0x0E7F:
        return "Thai"
    return "Zzzz"


_NOT_LATIN_RE = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u0300-\u036f]")


def _word_script(word: str) -> str:
    """The script of a word; kana anywhere makes it Japanese ('Jpan')."""
    if not _NOT_LATIN_RE.search(word):
        return "Latn"
    scripts = {_char_script(ch) for ch in word}
    scripts.discard("Zinh")
    if "Kana" in scripts:
        return "Jpan"
    if len(scripts) == 1:
        return scripts.pop()
    if not scripts:
        return "Zyyy"
    if "Hang" in scripts:
        return "Hang"
    if "Hani" in scripts:
        return "Hani"
    return "Latn" if "Latn" in scripts else sorted(scripts)[0]


# Han characters that settle Japanese vs Chinese. Japanese-only: shinjitai forms that
# differ from both simplified and traditional Chinese, and kokuji. Chinese-only: simplified
# forms Japanese does not use, traditional forms Japanese simplified differently, and
# function characters of Chinese syntax that Japanese writes in kana.
_JA_ONLY_HAN = frozenset(
    "気図駅広読売円関様済経続総検変対応帰悪楽薬労働込峠畑枠辻匂栃姉歩毎海黒"
    "戦歳残浅発県乗恵挙拝拡拠粋雑壊懐釈択沢焼渋獣畳縄縦粛絵繊転鉄隠険験騒"
    "単厳巣営覚鶏児剤剣勧参収叙嬢帯庁弁彦従徴恋払抜捜摂斎曽桜桟栄歴殻毎浜"
)
_ZH_ONLY_HAN = frozenset(
    "们这说么个过还没问吗谢东车长门间电话习书马鸟鱼龙风飞页头实现觉认让网爱对关"
    "气图读卖经续总变应乐药劳医学体国会时为动开发进么样从种给让钱听讲诉护师"
    "們這說麼個過還沒嗎對關氣圖讀賣經續總變應樂藥勞醫學體國會實覺讓為動開發進從給錢聽講訴護"
    "呢吧啊吗她你很是了我"
)

# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Detection:
    """The language of a text, or None with the reason it was declined.

    `confidence` is the probability of `lang` among the candidates (0..1); `alternatives`
    lists the best candidates with their probabilities, including unsupported languages
    (e.g. ('ms', 0.7)) so a caller can see what the text looked like.
    """

    lang: str | None
    confidence: float
    script: str
    alternatives: tuple[tuple[str, float], ...] = ()
    reason: str | None = None
    """Why `lang` is None: 'no-letters', 'too-close', 'not-supported'."""

    THRESHOLD: ClassVar[float] = CONFIDENT

    @property
    def is_confident(self) -> bool:
        return self.lang is not None and self.confidence >= CONFIDENT

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang or "und",
            "confidence": round(self.confidence, 4),
            "script": self.script,
            "alternatives": [[lang, round(p, 4)] for lang, p in self.alternatives],
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Segment:
    """A run of a caption in one language; `start`/`end` index the original text."""

    start: int
    end: int
    lang: str | None
    text: str
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "lang": self.lang or "und",
            "text": self.text,
            "confidence": round(self.confidence, 4),
        }


# --- the character model ----------------------------------------------------------------


def _profiles_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("langdetect")
    if spec is None or spec.origin is None:  # pragma: no cover - langdetect is a dependency
        raise UsageError("langdetect is not installed")
    return Path(spec.origin).parent / "profiles"


@lru_cache(maxsize=64)
def _load_profile(lang: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Case-folded (unigram, bigram, trigram) counts of a langdetect profile (immutable use)."""
    import json

    from .io import read_bytes

    data = json.loads(read_bytes(_profiles_dir() / lang))
    grams: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
    for gram, count in data["freq"].items():
        key = gram.lower()
        table = grams[len(key) - 1]
        table[key] = table.get(key, 0) + count
    return grams


class _GramTable(dict):
    """log P(last char | previous chars) of one language, computed on first use of a key.

    A dict subclass so that scoring a word is `sum(map(table.__getitem__, grams))` at C
    speed; `__missing__` fills a key once (the value is a pure function of the key, so
    concurrent fills from several threads store the same number).
    """

    __slots__ = ("_uni", "_bi", "_tri", "_n1", "_starts", "_lambdas", "_start_lambdas")

    def __init__(self, lang: str) -> None:
        super().__init__()
        uni, bi, tri = _load_profile(lang)
        self._uni, self._bi, self._tri = uni, bi, tri
        self._n1 = sum(uni.values())
        # Word boundaries: bigrams ' x' count word starts; they stand for the count of ' '.
        self._starts = sum(v for k, v in bi.items() if k[0] == " ")
        l3, l2, l1, l0 = _LAMBDAS
        self._lambdas = (l3, l2, l1, l0 / _FLOOR_VOCAB)
        self._start_lambdas = tuple(x / (1 - l3) for x in (l2, l1, l0 / _FLOOR_VOCAB))

    def __missing__(self, key: str) -> float:
        c, y = key[-1], key[-2]
        uni, bi, starts = self._uni, self._bi, self._starts
        p1 = (starts if c == " " else uni.get(c, 0)) / (self._n1 + starts)
        hist1 = starts if y == " " else uni.get(y, 0)
        p2 = min(bi.get(key[-2:], 0) / hist1, 1.0) if hist1 else 0.0
        if len(key) == 3:
            l3, l2, l1, l0 = self._lambdas
            hist2 = bi.get(key[:2], 0)
            p3 = min(self._tri.get(key, 0) / hist2, 1.0) if hist2 else 0.0
            p = l3 * p3 + l2 * p2 + l1 * p1 + l0
        else:
            l2, l1, l0 = self._start_lambdas
            p = l2 * p2 + l1 * p1 + l0
        value = math.log(p)
        if len(self) < 500_000:
            self[key] = value
        return value


class _CharModel(dict):
    """Interpolated character trigram model (langdetect profiles) for several languages.

    Maps a 2- or 3-character key to the tuple of log-probabilities of its last character
    in every language, filled on first use, so a word costs one dict lookup per letter.
    """

    def __init__(self, langs: Sequence[str]) -> None:
        super().__init__()
        self.langs = tuple(langs)
        self._tables = tuple(_GramTable(lang) for lang in self.langs)

    def __missing__(self, key: str) -> tuple[float, ...]:
        value = tuple(table[key] for table in self._tables)
        if len(self) < 500_000:
            self[key] = value
        return value

    def word(self, word: str) -> list[float]:
        """Sum of log P over the characters of ' word ' (word start and end included)."""
        s = f" {word} "
        keys = [s[:2]] + [s[i - 3 : i] for i in range(3, len(s) + 1)]
        return [sum(column) for column in zip(*map(self.__getitem__, keys), strict=False)]

    def gram(self, key: str) -> tuple[float, ...]:
        return self[key]


_SPLIT_RE = re.compile(r"[^\W\d_]+")


_AFFIX_MAX = 7  # longest ending or beginning listed in detect_data.affixes


def _affix_tables(
    langs: tuple[str, ...],
) -> tuple[dict[str, tuple[float, ...]], ...]:
    """(endings, beginnings, anywhere): pattern -> weight for each of `langs`, in nats."""
    from .detect_data.affixes import ANYWHERE, BEGINNINGS, ENDINGS

    tables = []
    for source in (ENDINGS, BEGINNINGS, ANYWHERE):
        patterns = {pat for lang in langs for pat in source.get(lang, {})}
        tables.append(
            {
                pat: tuple(_AFFIX_SCALE * source.get(lang, {}).get(pat, 0.0) for lang in langs)
                for pat in patterns
            }
        )
    return tuple(tables)


@lru_cache(maxsize=32)
def _lexicon(lang: str) -> dict[str, float]:
    """Word -> probability mass from the hand-written lists (function words weigh most).

    Entries are split like caption words ("aujourd'hui" -> "aujourd", "hui") so lookups
    match. Read-only after construction.
    """
    import importlib

    function = {part for word in FUNCTION_WORDS.get(lang, ()) for part in _latin_words(word)}
    try:
        module = importlib.import_module(f"localize.detect_data.words_{lang}")
        content = {part for part in _latin_words(module.WORDS)} - function
    except ModuleNotFoundError:
        content = set()
    table: dict[str, float] = {}
    for word in content:
        table[word] = _CONTENT_MASS / len(content)
    for word in function:
        table[word] = _LEXICON_MASS / len(function)
    return table


def _latin_words(word: str) -> list[str]:
    """Lower-cased letter runs of a Latin token ("l'anxiété" -> ['l', 'anxiété'])."""
    return _SPLIT_RE.findall(unicodedata.normalize("NFC", word.lower()))


# --- the detector ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Evidence:
    """Weighted letters per script and the Latin log-likelihoods of one text."""

    latin: tuple[float, ...] | None
    latin_chars: float
    script_chars: dict[str, float] = field(default_factory=dict)
    han_text: str = ""
    words: tuple[str, ...] = ()


class Detector:
    """Detects the language of short, messy captions; build once, share freely.

    >>> d = Detector()
    >>> d.detect("Ansiedade antes da prova? 🌬️ #mentalhealth #fyp").lang
    'pt'
    >>> d.detect("🌬️✨").reason
    'no-letters'
    """

    def __init__(
        self,
        languages: Iterable[str] = SUPPORTED_CODES,
        *,
        others: Iterable[str] = DEFAULT_OTHERS,
        min_margin: float = _MIN_MARGIN,
        confident: float = CONFIDENT,
        cache_size: int = 65_536,
    ) -> None:
        langs = tuple(dict.fromkeys(languages))
        if not langs:
            raise UsageError("at least one language is needed")
        for code in langs:
            if code not in SUPPORTED_CODES:
                raise LanguageError(
                    f"unsupported language {code!r}; supported: {', '.join(SUPPORTED_CODES)}"
                )
        other_langs = tuple(dict.fromkeys(others))
        for code in other_langs:
            if code not in KNOWN_OTHERS:
                raise LanguageError(
                    f"unknown 'other' language {code!r}; known: {', '.join(KNOWN_OTHERS)}"
                )
        if not 0.0 <= min_margin < 1.0:
            raise UsageError(f"min_margin must be in [0, 1), not {min_margin!r}")
        if not 0.0 < confident <= 1.0:
            raise UsageError(f"confident must be in (0, 1], not {confident!r}")
        if cache_size < 0:
            raise UsageError("cache_size must not be negative")
        self.languages = langs
        self.others = other_langs
        self.min_margin = min_margin
        self.confident = confident
        # Supported languages left out of `languages` stay in the model as "others", so
        # that a detector for (pt, en) reports Spanish as not supported, not as Portuguese.
        excluded = tuple(lang for lang in LATIN_SUPPORTED if lang not in langs)
        self._latin_langs = (
            tuple(lang for lang in LATIN_SUPPORTED if lang in langs)
            + excluded
            + tuple(lang for lang in other_langs if lang not in excluded)
        )
        self._supported_latin = frozenset(lang for lang in LATIN_SUPPORTED if lang in langs)
        self._model = _CharModel(self._latin_langs) if self._latin_langs else None
        lexicons = [_lexicon(lang) for lang in self._latin_langs]
        self._lexicon: dict[str, tuple[float | None, ...]] = {
            word: tuple(math.log(table[word]) if word in table else None for table in lexicons)
            for word in set().union(*lexicons)
        }
        self._affixes = _affix_tables(self._latin_langs)
        self._score_word = lru_cache(maxsize=cache_size)(self._score_word_uncached)
        self._token = lru_cache(maxsize=cache_size)(self._token_uncached)

    @classmethod
    def build(
        cls,
        languages: Iterable[str] = SUPPORTED_CODES,
        *,
        others: Iterable[str] = DEFAULT_OTHERS,
        min_margin: float = _MIN_MARGIN,
        confident: float = CONFIDENT,
        cache_size: int = 65_536,
    ) -> Detector:
        """Validate the options and build a detector (codes may be 'pt-BR', 'PT', ...)."""
        from .languages import get_language

        codes = tuple(get_language(code).code for code in languages)
        return cls(
            codes, others=others, min_margin=min_margin, confident=confident, cache_size=cache_size
        )

    # -- word scores --

    def _score_word_uncached(self, word: str) -> tuple[float, ...]:
        assert self._model is not None
        out = self._model.word(word)
        lex = self._lexicon.get(word)
        if lex is not None:
            # P(word | lang) = P_char + P_lexicon (a mixture), in log space, stably.
            for i, lex_logp in enumerate(lex):
                if lex_logp is not None:
                    score = out[i]
                    hi, lo = (score, lex_logp) if score > lex_logp else (lex_logp, score)
                    out[i] = hi + math.log1p(math.exp(lo - hi))
        endings, beginnings, anywhere = self._affixes
        n = len(word)
        for table, keys in (
            (endings, [word[-k:] for k in range(1, min(n, _AFFIX_MAX) + 1)]),
            (beginnings, [word[:k] for k in range(1, min(n, _AFFIX_MAX) + 1)]),
            (anywhere, {word[i : i + k] for k in (1, 2, 3) for i in range(n - k + 1)}),
        ):
            best: list[float] | None = None
            for key in keys:
                weights = table.get(key)
                if weights is not None:
                    best = list(weights) if best is None else list(map(max, best, weights))
            if best is not None:
                out = [o + b for o, b in zip(out, best, strict=True)]
        return tuple(out)

    # -- evidence --

    def _items(self, pairs: Iterable[tuple[Any, str, str]]) -> list[tuple[Any, str, float]]:
        """(key, word, weight) for every word and hashtag part that is evidence.

        `pairs` are (key, hashtag body, word) with one of the two texts empty. Generic
        English tags (#fyp, #mentalhealth) are evidence only when nothing else is.
        """
        items: list[tuple[Any, str, float]] = []
        tag_items: list[tuple[Any, str, float]] = []
        for key, tag, word in pairs:
            if word:
                items.append((key, word, 1.0))
                continue
            if tag.lower() in ENGLISH_TAGS:
                tag_items.append((key, tag, 1.0))
                continue
            for part in split_hashtag(tag):
                if part.lower() in ENGLISH_TAGS:
                    tag_items.append((key, part, 1.0))
                else:
                    items.append((key, part, _HASHTAG_WEIGHT))
        return items or tag_items

    def _evidence(self, text: str) -> _Evidence:
        return self._weigh(self._items((None, tag, word) for tag, word in words_and_tags(text)))

    def _token_items(self, text: str) -> list[tuple[Any, str, float]]:
        pairs = (
            (
                token,
                token.text[1:] if token.kind == "hashtag" else "",
                token.text if token.kind == "word" else "",
            )
            for token in tokenize(text)
            if token.kind in ("word", "hashtag")
        )
        return self._items(pairs)

    def _token_uncached(
        self, raw: str
    ) -> tuple[str, tuple[float, ...] | None, float, tuple[str, ...], str]:
        """(script, Latin log-likelihoods, weighted letters, Latin words, normalised text)."""
        word = squeeze_repeats(normalize(raw))
        script = _word_script(word)
        if script == "Latn":
            parts = tuple(_latin_words(word))
            vec: tuple[float, ...] | None = None
            if self._model is not None and parts:
                total = [0.0] * len(self._latin_langs)
                for part in parts:
                    total = [a + b for a, b in zip(total, self._score_word(part), strict=True)]
                vec = tuple(total)
            return script, vec, float(sum(map(len, parts))), parts, word
        n = sum(1 for ch in word if unicodedata.category(ch)[0] == "L")
        weight = _CJK_WEIGHT if script in ("Hang", "Jpan", "Hani") else 1.5
        return script, None, n * weight, (), word

    def _weigh(self, items: list[tuple[Any, str, float]]) -> _Evidence:
        script_chars: dict[str, float] = {}
        latin: list[float] | None = None
        latin_chars = 0.0
        han: list[str] = []
        words: list[str] = []
        info = self._token
        vecs: list[tuple[float, ...]] = []
        for _key, raw, weight in items:
            script, vec, chars, parts, word = info(raw)
            script_chars[script] = script_chars.get(script, 0.0) + chars * weight
            if vec is not None:
                words.extend(parts)
                latin_chars += chars * weight
                vecs.append(vec if weight == 1.0 else tuple(v * weight for v in vec))
            elif script == "Hani":
                han.append(word)
        if vecs:
            latin = [sum(column) for column in zip(*vecs, strict=True)]
        return _Evidence(
            tuple(latin) if latin is not None else None,
            latin_chars,
            script_chars,
            "".join(han),
            tuple(words),
        )

    # -- decisions --

    def detect(self, text: str) -> Detection:
        """The language of `text`, or None with a reason; never raises on any string."""
        if not isinstance(text, str):
            raise UsageError(f"text must be a string, not {type(text).__name__}")
        return self._decide(self._evidence(text))

    def _decide(self, ev: _Evidence) -> Detection:
        if not ev.script_chars:
            return Detection(None, 0.0, "Zyyy", (), "no-letters")
        chars = dict(ev.script_chars)
        # Kanji inside a text with kana is Japanese.
        if "Jpan" in chars and "Hani" in chars:
            chars["Jpan"] += chars.pop("Hani")
        script = max(sorted(chars), key=lambda s: chars[s])
        total = sum(chars.values())
        share = chars[script] / total
        if script == "Latn":
            return self._decide_latin(ev, share)
        if script == "Hang":
            return self._fixed("ko", "Hang", share)
        if script == "Jpan":
            return self._fixed("ja", "Jpan", share)
        if script == "Hani":
            return self._decide_han(ev.han_text, share)
        return Detection(None, share, script, (), "not-supported")

    def _fixed(self, lang: str, script: str, share: float) -> Detection:
        confidence = 0.5 + 0.5 * share if share < 1.0 else 0.999
        if lang not in self.languages:
            return Detection(None, confidence, script, ((lang, confidence),), "not-supported")
        return Detection(lang, confidence, script, ((lang, confidence),))

    def _decide_han(self, han: str, share: float) -> Detection:
        ja = sum(1 for ch in han if ch in _JA_ONLY_HAN)
        zh = sum(1 for ch in han if ch in _ZH_ONLY_HAN)
        if zh > ja:
            p = min(0.99, 0.7 + 0.1 * (zh - ja)) * share
            return Detection(None, p, "Hani", (("zh", p), ("ja", 1 - p)), "not-supported")
        if ja > 0:
            p = min(0.99, 0.85 + 0.05 * (ja - zh)) * (0.5 + 0.5 * share)
        else:
            # No distinguishing character: Japanese is the only supported Han language.
            p = min(0.8, 0.5 + 0.05 * len(han)) * (0.5 + 0.5 * share)
        if "ja" not in self.languages:
            return Detection(None, p, "Hani", (("ja", p), ("zh", 1 - p)), "not-supported")
        return Detection("ja", p, "Hani", (("ja", p), ("zh", 1 - p)))

    def _posterior(self, scores: Sequence[float], n_chars: float) -> list[tuple[str, float]]:
        temp = _TEMPERATURE
        best = max(scores)
        exps = [math.exp((s - best) / temp) for s in scores]
        z = sum(exps)
        probs = sorted(
            ((lang, e / z) for lang, e in zip(self._latin_langs, exps, strict=False)),
            key=lambda item: (-item[1], item[0]),
        )
        return probs

    def _decide_latin(self, ev: _Evidence, share: float) -> Detection:
        if ev.latin is None or self._model is None:
            return Detection(None, 0.0, "Latn", (), "not-supported")
        probs = self._posterior(ev.latin, ev.latin_chars)
        probs = self._malay(ev.words, probs)
        best_lang, best_p = probs[0]
        supported = [(lang, p) for lang, p in probs if lang in self._supported_latin]
        alternatives = tuple((lang, p * share) for lang, p in probs[:3])
        if not supported:
            return Detection(None, best_p * share, "Latn", alternatives, "not-supported")
        top_lang, top_p = supported[0]
        # Malay is recognised from Malay-only words (explicit evidence): ahead is enough.
        # Profile-scored neighbours must be well ahead, as short supported-language words
        # often look a little Italian or Dutch.
        factor = 1.0 if best_lang == "ms" else 2.0
        if best_lang not in self._supported_latin and best_p > factor * top_p:
            return Detection(None, best_p * share, "Latn", alternatives, "not-supported")
        # An unsupported language slightly ahead does not make the text undecidable: it only
        # lowers the confidence. Too close means two *supported* answers are equally likely.
        second = supported[1][1] if len(supported) > 1 else 0.0
        if top_p - second < self.min_margin:
            return Detection(None, top_p * share, "Latn", alternatives, "too-close")
        return Detection(top_lang, top_p * share, "Latn", alternatives)

    @staticmethod
    def _malay(words: Sequence[str], probs: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """Move Indonesian probability to Malay when Malay-only words outnumber Indonesian ones."""
        ms = sum(1 for w in words if w in MALAY_MARKERS)
        if not ms:
            return probs
        ind = sum(1 for w in words if w in INDONESIAN_MARKERS)
        if ms <= ind:
            return probs
        share = ms / (ms + ind + 0.5)
        out = []
        for lang, p in probs:
            if lang == "id":
                out.append(("ms", p * share))
                out.append(("id", p * (1 - share)))
            else:
                out.append((lang, p))
        return sorted(out, key=lambda item: (-item[1], item[0]))

    # -- segments --

    def detect_segments(self, text: str) -> list[Segment]:
        """Split a code-switched caption into runs of one language (Viterbi over words)."""
        if not isinstance(text, str):
            raise UsageError(f"text must be a string, not {type(text).__name__}")
        items = self._token_items(text)
        if not items:
            return []
        # Per word: a vector of log-likelihoods over states (Latin langs + ko + ja + other).
        states = self._latin_langs + ("ko", "ja", "_other")
        n_latin = len(self._latin_langs)
        penalty = 30.0
        emissions: list[list[float]] = []
        for _token, raw, weight in items:
            word = squeeze_repeats(normalize(raw))
            script = _word_script(word)
            vec = [-penalty] * len(states)
            if script == "Latn" and self._model is not None:
                parts = _latin_words(word)
                acc = [0.0] * n_latin
                for part in parts:
                    acc = [a + b for a, b in zip(acc, self._score_word(part), strict=False)]
                best = max(acc) if acc else 0.0
                for i, s in enumerate(acc):
                    vec[i] = (s - best) * weight
            elif script == "Hang":
                vec[n_latin] = 0.0
            elif script in ("Jpan", "Hani"):
                vec[n_latin + 1] = 0.0
            else:
                vec[n_latin + 2] = 0.0
            emissions.append(vec)
        path = _viterbi(emissions, _SWITCH_COST)
        segments: list[Segment] = []
        run_start = 0
        for i in range(1, len(items) + 1):
            if i == len(items) or path[i] != path[run_start]:
                first, last = items[run_start][0], items[i - 1][0]
                start, end = first.start, last.end
                piece = text[start:end]
                det = self.detect(piece)
                state = states[path[run_start]]
                lang: str | None = state if state in self.languages else None
                if (
                    det.lang is not None
                    and lang is not None
                    and det.lang != lang
                    and det.is_confident
                ):
                    lang = det.lang
                conf = det.confidence if det.lang == lang else 0.0
                if segments and segments[-1].lang == lang:
                    prev = segments.pop()
                    start = prev.start
                    piece = text[start:end]
                    conf = self.detect(piece).confidence
                segments.append(Segment(start, end, lang, piece, conf))
                run_start = i
        return segments


def _viterbi(emissions: list[list[float]], switch: float) -> list[int]:
    n_states = len(emissions[0])
    score = list(emissions[0])
    back: list[list[int]] = []
    for vec in emissions[1:]:
        best_prev = max(range(n_states), key=lambda s: score[s])
        best_score = score[best_prev]
        new, ptr = [], []
        for s in range(n_states):
            stay = score[s]
            move = best_score - switch
            if stay >= move:
                new.append(stay + vec[s])
                ptr.append(s)
            else:
                new.append(move + vec[s])
                ptr.append(best_prev)
        score = new
        back.append(ptr)
    state = max(range(n_states), key=lambda s: (score[s], -s))
    path = [state]
    for ptr in reversed(back):
        state = ptr[state]
        path.append(state)
    return path[::-1]


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The shared detector with default options (built on first use)."""
    return Detector()


def detect(text: str) -> Detection:
    """`Detector().detect(text)` with a detector shared by the process."""
    return default_detector().detect(text)


def detect_segments(text: str) -> list[Segment]:
    """`Detector().detect_segments(text)` with a detector shared by the process."""
    return default_detector().detect_segments(text)
