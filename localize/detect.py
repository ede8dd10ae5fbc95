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
3. Word knowledge written by hand, never fitted to test data (`detect_data`): function
   words, everyday and news vocabulary (words spelled alike in two languages are listed
   under both), irregular verb paradigms (es pt fr), regular verb forms generated from
   infinitives (es pt fr), regular plurals and feminines of listed words, Indonesian
   affixed forms of listed roots (meN-, ber-, di-, ke-...-an, -kan), and spelling
   patterns and rules from each language's grammar (-ções, -ieron, -aient, -ness, -nya;
   história / historia, energía / energia). A written word adds a fixed bonus to its
   languages, a generated one a smaller one (a cognate listed under two keeps the
   character model as tie-breaker); matching spelling patterns add theirs. This is what
   decides two- and three-word replies. langdetect's profiles keep only each language's
   ~1,400 most frequent trigrams: a missing n-gram gets half the pruning threshold
   instead of nothing, so pruning does not decide between two close languages.
   Unlisted words of 1-3 word texts are also scored by a character 4-gram model of the
   word lists themselves (`ShapeModel`: what words of each language look like).
   Word frequencies from wordfreq's published lists (30,000 words per language, built
   from Wikipedia, subtitles, news, books, web text; `detect_data.frequency`) are mixed
   in as a second estimate of P(word | language): log(f + exp(score)), no fitted weight,
   for texts of up to 12 words (`_FREQUENCY_MAX_WORDS`: beyond that they change nothing).
4. The candidate set includes unsupported neighbours (de it nl tl, and Malay through
   Malay-only words, as langdetect has no Malay profile) so that their text is reported
   as "not supported" instead of as the closest supported language.
5. Hashtags: generic English tags (#fyp #mentalhealth) are ignored unless nothing else
   is there; other tags count half a word, split at camel case (#SaudeMental).
6. Confidence is the posterior over all candidates after tempering the log-likelihoods
   (characters are not independent evidence); `CONFIDENT` = 0.9 is the threshold at which
   wrong answers are rare (0.11 % of the benchmark sentences, see benchmarks/detect.py).
   It declines (lang None) with a reason: 'no-letters', 'not-supported', 'too-close'.

The detector is built once and then only read: it is safe to share between threads, and
the same text always gives the same answer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import add, itemgetter, sub
from typing import Any, NamedTuple

from .detect_data import (
    ENGLISH_TAGS,
    INDONESIAN_MARKERS,
    MALAY_MARKERS,
)
from .detect_data.frequency import WordFrequencies
from .detect_data.model import (
    SPLIT_RE,
    CharModel,
    affix_tables,
    combined_lexicon,
    latin_words,
    profile_keys,
    shape_model,
    spelling_rules,
    trigram_windows,
)
from .detect_data.scripts import (
    JA_ONLY_HAN,
    NOT_LATIN_LETTER_RE,
    NOT_LATIN_RE,
    ZH_ONLY_HAN,
    hangul_only,
    has_kana,
    kana_han_only,
    word_script,
)
from .detect_data.word_scores import load as load_word_scores
from .errors import LanguageError, UsageError
from .i18n import _
from .languages import SUPPORTED_CODES
from .text import (
    marks_and_rest,
    normalize,
    split_hashtag,
    squeeze_repeats,
    tokenize,
    words_and_tags,
)

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

# Hashtag words that are not generic English tags count for this much of a word.
_HASHTAG_WEIGHT = 0.5
# How much one CJK character weighs against one Latin letter when scripts are mixed.
_CJK_WEIGHT = 2.5

# Calibration: natural-log likelihood differences are divided by this before the softmax.
# Character models treat neighbouring characters as independent evidence, which they are
# not; tempering makes the probabilities honest (see benchmarks/detect.py).
_TEMPERATURE = 3.0
_MIN_MARGIN = 0.002
# An unsupported neighbour (de it nl tl) is the answer ("not-supported") from this probability.
_OTHER_MIN = 0.75
# Word-shape model (detect_data.model.ShapeModel): weight of its log-likelihood ratios, and
# the longest text (in words) it is used for. Chosen on held-out words of the word lists
# (weights 0.2-0.4 are best there); longer text is decided by the profiles alone.
_SHAPE_WEIGHT = 0.3
_SHAPE_MAX_WORDS = 3
# Word frequencies (detect_data.frequency) are evidence for texts of at most this many
# words. On the development set (tools/detect_devset.py, Sphinx UI texts) they decide
# texts of 1-11 words (+6.6 points on single words, +1-2 on 3-11 words) and change
# nothing from 12 words on, where characters and listed words already agree; skipping
# them there keeps long texts as cheap as before.
_FREQUENCY_MAX_WORDS = 12
_SWITCH_COST = 6.0  # nats to pay for a language switch between words (detect_segments)

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

    threshold: float = field(default=CONFIDENT, compare=False, repr=False)
    """The detector's `confident` option: where `is_confident` starts."""

    @property
    def is_confident(self) -> bool:
        """A supported language with confidence at or above the threshold (0.9 by default)."""
        return self.lang is not None and self.confidence >= self.threshold

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


# Format placeholders and markup in UI strings (%(name)s, %s, {count}, {{ var }}, <a href>,
# &nbsp;) are code, not language: "%(from)s-%(to)s の関連" is Japanese. So are command-line
# options (--lines) and parenthesised lists of language codes ("(en fr ja ko id es pt)"),
# whose "en"/"es" would otherwise count as Spanish words in a Portuguese help text.
_PLACEHOLDER_RE = re.compile(
    r"%\(\w+\)[#0 +-]?\d*(?:\.\d+)?[sdifrxXeEgGc]|%[#0 +-]?\d*(?:\.\d+)?[sdifrxXeEgGc%]"
    r"|\{\{.*?\}\}|\{[\w.!:\[\]]*\}|</?[A-Za-z][^<>]*>|&#?\w+;"
    r"|(?<![\w-])--[A-Za-z][\w-]*"
    r"|\((?:[a-z]{2}(?:[_-][A-Za-z]{2})?[ ,/]*){3,}\)"
)


def _blank_placeholders(text: str) -> str:
    """The text with placeholders replaced by spaces of the same length (spans stay valid)."""
    if (
        "%" not in text
        and "{" not in text
        and "<" not in text
        and "&" not in text
        and "(" not in text
        and "--" not in text
    ):
        return text
    return _PLACEHOLDER_RE.sub(lambda m: " " * len(m.group()), text)


def _letter_runs(text: str) -> list[str]:
    """The lower-cased letter runs of `text`, stretched letters squeezed ("sooo" -> "soo")."""
    return SPLIT_RE.findall(squeeze_repeats(text).lower())


# Characters a caption word may hold (`localize.text`'s words) that are not Latin.
_IN_WORD_NOT_LATIN_RE = re.compile("[\u2019\u3099\u309a\u30fc\uff70]")
_LEADING_NEGATED_CLASS = re.compile(r"^\[\^(?:\\.|[^\]\\])+\](?![*+?{])")

# --- the detector ---------------------------------------------------------------------------


class _Evidence(NamedTuple):
    """Weighted letters per script and the Latin log-likelihoods of one text.

    A NamedTuple: one is built per text, and tuples are several times cheaper to build
    than frozen dataclasses. `script_chars` is never mutated.
    """

    latin: tuple[float, ...] | None
    script_chars: dict[str, float]
    han_text: str = ""
    words: tuple[str, ...] = ()


def _one_script_evidence(letters: str, text: str) -> _Evidence | None:
    """The evidence of words whose letters are all Hangul, or all kana and Han with some
    kana, or None: every word is then Korean (Japanese) script, whatever its length, and
    the script is all the evidence there is. `text` holds the words' other characters:
    combining kana marks, which words may carry, make a word Japanese."""
    if hangul_only(letters) and not has_kana(text):
        return _Evidence(None, {"Hang": 1.0})
    if has_kana(letters) and kana_han_only(letters):
        return _Evidence(None, {"Jpan": 1.0})
    return None


class _Memo(dict):  # type: ignore[type-arg]
    """key -> value of a pure function, computed on first use (`__missing__`).

    Lookups of known keys are one C-level dict lookup (`memo.__getitem__`), cheaper than
    an lru_cache hit. Memory is bounded: reaching `size` entries empties the memo (a
    value is recomputed, never different). Safe to share between threads: concurrent
    fills store equal values.
    """

    __slots__ = ("_compute", "_size")

    def __init__(self, compute: Callable[[Any], Any], size: int) -> None:
        super().__init__()
        self._compute = compute
        self._size = size

    def __missing__(self, key: Any) -> Any:
        value = self._compute(key)
        if self._size:
            if len(self) >= self._size:
                self.clear()
            self[key] = value
        return value


@lru_cache(maxsize=8)
def _anywhere_rows(
    langs: tuple[str, ...],
) -> tuple[Callable[[str], tuple[float, ...] | None], dict[str, tuple[float, ...] | None]]:
    """The "anywhere" row of a window, and the rows of every window the profiles list
    (computed once per process; read-only).

    A window's row is that of the longest "anywhere" pattern (detect_data.affixes) it
    starts with, or None; a window starting with the word-boundary space starts with none.
    """
    table = affix_tables(langs)[2]
    # Longest first: the first alternative that matches is the longest listed pattern.
    patterns = sorted(table, key=lambda p: (-len(p), p))
    prefix = re.compile("|".join(map(re.escape, patterns)) or "(?!)").match

    def row(window: str) -> tuple[float, ...] | None:
        match = prefix(window)
        return None if match is None else table[match.group()]

    kept, letters = profile_keys(langs)
    return row, {key: row(key) for key in kept | letters}


@lru_cache(maxsize=8)
def _spelling_rules(
    langs: tuple[str, ...],
) -> tuple[tuple[tuple[re.Pattern[str], tuple[float, ...]], ...], re.Pattern[str]]:
    """The spelling rules of `langs` (`spelling_rules`), and one pattern telling whether
    any of them may apply, compiled once per process."""
    rules = spelling_rules(langs)
    # One scan tells whether any rule may apply (most words match none). A leading
    # negated class ("[^\W\daeiou]í...") is left out of that scan: every match of a
    # rule still contains a match of the rest, which starts with a plain letter the
    # scan finds fast; the rules themselves then decide.
    any_rule = re.compile(
        "|".join(
            f"(?:{_LEADING_NEGATED_CLASS.sub('', rule.pattern, count=1) or rule.pattern})"
            for rule, _ in rules
        )
        or "(?!)"
    )
    return rules, any_rule


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
        from .languages import get_language

        # get_language accepts 'pt-BR', 'PT', ... and names the supported codes otherwise.
        langs = tuple(dict.fromkeys(get_language(code).code for code in languages))
        if not langs:
            raise UsageError(_("at least one language is needed"))
        other_langs = tuple(dict.fromkeys(others))
        for code in other_langs:
            if code not in KNOWN_OTHERS:
                raise LanguageError(
                    _("unknown 'other' language {code!r}; known: {known}").format(
                        code=code, known=", ".join(KNOWN_OTHERS)
                    )
                )
        if not 0.0 <= min_margin < 1.0:
            raise UsageError(
                _("min_margin must be in [0, 1), not {value}").format(value=min_margin)
            )
        if not 0.0 < confident <= 1.0:
            raise UsageError(_("confident must be in (0, 1], not {value}").format(value=confident))
        if cache_size < 0:
            raise UsageError(_("cache_size must not be negative"))
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
        self._code_order = sorted(range(len(self._latin_langs)), key=self._latin_langs.__getitem__)
        self._supported_latin = frozenset(lang for lang in LATIN_SUPPORTED if lang in langs)
        self._model = CharModel(self._latin_langs)
        self._known_score = load_word_scores(self._latin_langs).get
        self._frequencies = WordFrequencies(self._latin_langs)
        self._lexicon = combined_lexicon(self._latin_langs)
        self._affixes = affix_tables(self._latin_langs)
        self._rules, self._any_rule = _spelling_rules(self._latin_langs)
        # The longest listed ending of a word is found by walking its suffixes from the
        # last letter while they are still the end of some listed ending (`_ending_tails`):
        # one or two dict lookups for most words.
        self._ending_tails = frozenset(
            ending[-k:] for ending in self._affixes[0] for k in range(1, len(ending) + 1)
        )
        # Longest first: the first alternative that matches is the longest listed beginning.
        beginnings = sorted(self._affixes[1], key=lambda p: (-len(p), p))
        self._beginning_re = re.compile("|".join(map(re.escape, beginnings)) or "(?!)")
        # "Anywhere" patterns (at most three letters) are looked up per trigram window of the
        # word, as the character model does (see `_score_word_uncached`).
        row, rows = _anywhere_rows(self._latin_langs)
        self._anywhere_rows = _Memo(row, 500_000)
        self._anywhere_rows.update(rows)
        shape_langs = tuple(lang for lang in self._latin_langs if lang in LATIN_SUPPORTED)
        self._shape_langs = shape_langs
        self._shape_index = tuple(
            shape_langs.index(lang) if lang in shape_langs else -1 for lang in self._latin_langs
        )
        self._shape_terms: dict[str, tuple[float, ...]] = {}  # memo of ShapeModel.score
        self._shape_bonus = _Memo(self._shape_bonus_uncached, cache_size).__getitem__
        self._score_word = _Memo(self._score_word_uncached, cache_size).__getitem__
        self._frequency_shift = _Memo(self._frequency_shift_uncached, cache_size).__getitem__
        self._token = _Memo(self._token_uncached, cache_size).__getitem__

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
        """Validate the options and build a detector (codes may be 'pt-BR', 'PT', ...).

        Raises LanguageError for an unknown language and UsageError for an option out of
        range, so a typo never silently widens or narrows detection.
        """
        return cls(
            languages,
            others=others,
            min_margin=min_margin,
            confident=confident,
            cache_size=cache_size,
        )

    # -- word scores --

    def _score_word_uncached(self, word: str) -> tuple[float, ...]:
        """log P(word | lang) for every Latin candidate: from the precomputed table of
        frequent words (detect_data.word_scores) if it has the word, else computed."""
        known = self._known_score(word)
        if known is not None:
            return known
        return self._compute_word_score(word)

    def _compute_word_score(self, word: str) -> tuple[float, ...]:
        """log P(word | lang) for every Latin candidate: characters, lists and spelling.

        The character model sums the vectors of the trigram windows of ' word ' (from the
        word start); the word lists and spelling patterns add their rows to that (`_extra`).
        """
        s = " " + word + " "
        windows = trigram_windows(s)
        vector = self._model.__getitem__
        extra = self._extra(word, windows)
        if extra is None:
            return tuple(map(sum, zip(vector(s[:2]), *map(vector, windows), strict=False)))
        # The extra row is the last term of each language's sum: the character score
        # (the windows, added in order) plus the extra, in one pass.
        return tuple(map(sum, zip(vector(s[:2]), *map(vector, windows), extra, strict=False)))

    def _frequency_shift_uncached(self, word: str) -> tuple[float, ...] | None:
        """How much mixing in the listed word frequencies raises each language's score.

        Where a language's frequency list has the word, the listed frequency is a second
        estimate of P(word | lang): log(f + exp(score)) - score (detect_data.frequency).
        None when no list has the word.
        """
        score = self._score_word(word)
        mixed = self._frequencies.mix(word, score)
        if mixed == score:
            return None
        return tuple(map(sub, mixed, score))

    def _frequency_vectors(
        self, parts: Sequence[str], weights: Sequence[float] | None = None
    ) -> list[tuple[float, ...]]:
        """Word-frequency evidence of a text up to `_FREQUENCY_MAX_WORDS` words, else nothing."""
        if len(parts) > _FREQUENCY_MAX_WORDS:
            return []
        shifts = map(self._frequency_shift, parts)
        if weights is None:
            return [v for v in shifts if v is not None]
        return [
            v if w == 1.0 else tuple(x * w for x in v)
            for v, w in zip(shifts, weights, strict=True)
            if v is not None
        ]

    def _extra(self, word: str, windows: list[str]) -> Iterable[float] | None:
        """What the word lists and spelling patterns add to a word's character score.

        None (nothing) for most words. `windows` are the trigram windows of ' word ': the
        longest "anywhere" pattern starting at each letter is a prefix of the window that
        starts there (the last letter is looked up alone), so the patterns the word shows
        are found by one dict lookup per window, like the character model's vectors.
        """
        endings, beginnings, _anywhere = self._affixes
        found: list[tuple[float, ...]] = []
        # The longest listed ending and beginning (closed tables carry the shorter ones).
        tails = self._ending_tails
        ending = None
        for size in range(1, len(word) + 1):
            tail = word[-size:]
            if tail not in tails:
                break
            ending = endings.get(tail, ending)
        if ending is not None:
            found.append(ending)
        match = self._beginning_re.match(word)
        if match is not None:
            found.append(beginnings[match.group()])
        rows_of = self._anywhere_rows.__getitem__
        rows = [row for row in map(rows_of, windows) if row is not None]
        last = rows_of(word[-1])
        if last is not None:
            rows.append(last)
        if rows:
            # Patterns found twice give the same row twice: max is unchanged.
            found.append(rows[0] if len(rows) == 1 else tuple(map(max, *rows)))
        if self._any_rule.search(word):
            found.extend(weights for rule, weights in self._rules if rule.search(word))
        lex = self._lexicon.get(word)
        if lex is not None:
            found.append(lex)  # the listed-word bonus of every language
        if not found:
            return None
        if len(found) == 1:
            return found[0]
        # Added in order, as sum() would (no row holds -0.0, so 0.0 + row is the row);
        # lazily: the caller consumes it once.
        total = map(add, found[0], found[1])
        for row in found[2:]:
            total = map(add, total, row)
        return total

    def _shape_bonus_uncached(self, word: str) -> tuple[float, ...] | None:
        """How much more the word looks like each language's listed words than the average.

        Centred on the mean over the modelled languages, so languages without word lists
        (the unsupported neighbours) get 0. None for listed words (the lexicon speaks for
        them) and words under three letters (too little spelling to go by).
        """
        if len(word) < 3 or word in self._lexicon:
            return None
        scores = shape_model(self._shape_langs).score(word, self._shape_terms)
        mean = sum(scores) / len(scores)
        return tuple(
            _SHAPE_WEIGHT * (scores[i] - mean) if i >= 0 else 0.0 for i in self._shape_index
        )

    def _shape_vectors(self, parts: Sequence[str]) -> list[tuple[float, ...]]:
        """Word-shape evidence of a short text (see `_SHAPE_MAX_WORDS`), else nothing."""
        if len(parts) > _SHAPE_MAX_WORDS:
            return []
        return [v for v in map(self._shape_bonus, parts) if v is not None]

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
        text = _blank_placeholders(text)
        # Most captions have no hashtag, mention or URL and are all Latin: their words
        # are simply the letter runs, so the tokeniser can be skipped.
        # The marks are looked for before stretched letters are squeezed ("www." would
        # become "ww."); NFKC has already made full-width ＃ and ＠ plain.
        normalized = normalize(text)
        if (
            "#" not in normalized
            and "@" not in normalized
            and "://" not in normalized
            and "www." not in normalized
        ):
            parts = _letter_runs(normalized)
            if not parts:
                return _Evidence(None, {})
            letters = "".join(parts)
            if not NOT_LATIN_RE.search(letters):
                return self._latin_evidence(parts)
            one_script = _one_script_evidence(letters, normalized)
            if one_script is not None:
                return one_script
        else:
            marked = self._marked_evidence(text)
            if marked is not None:
                return marked
        pairs = words_and_tags(text)
        words = [word for _tag, word in pairs if word]
        if words and all(tag.lower() in ENGLISH_TAGS for tag, _word in pairs if tag):
            # Only generic English tags beside the words: the words are all the evidence
            # (what `_items` gives, without its per-token bookkeeping).
            joined = "".join(words)
            one_script = _one_script_evidence("".join(SPLIT_RE.findall(joined)), joined)
            if one_script is not None:
                return one_script
            return self._weigh([(None, word, 1.0) for word in words])
        return self._weigh(self._items((None, tag, word) for tag, word in pairs))

    def _marked_evidence(self, text: str) -> _Evidence | None:
        """Evidence of a caption whose URLs, hashtags and mentions each start the text or
        follow a space, with only generic English tags, and Latin (or one-script CJK)
        words: the letter runs of the rest (`marks_and_rest`) are the words' letter runs,
        so this is what the tokeniser path gives (`_weigh_latin`, `_one_script_evidence`)
        at a fraction of the cost. None otherwise.

        It stays off wherever the two could differ: NFKC changing the rest (a word's "²"
        or "ﬁ" is folded, a "™" between words is not a word), and characters a word may
        hold that make it non-Latin ('’', combining kana marks).
        """
        marked = marks_and_rest(text)
        if marked is None:
            return None
        tags, rest = marked
        if any(tag.lower() not in ENGLISH_TAGS for tag in tags):
            return None
        if NOT_LATIN_LETTER_RE.search(rest):
            # Hangul-only or kana-and-Han words: their script decides (as for the words
            # the tokeniser gives; kana-range punctuation in the rest only turns this off).
            return _one_script_evidence("".join(SPLIT_RE.findall(rest)), rest)
        if _IN_WORD_NOT_LATIN_RE.search(rest) or normalize(rest) != rest:
            return None
        # The rest holds a run of spaces where marks were cut out, which would cost
        # squeeze_repeats a substitution; whitespace only separates letter runs, so the
        # runs of the rest with its whitespace collapsed are the same.
        parts = _letter_runs(" ".join(rest.split()))
        return self._latin_evidence(parts) if parts else None

    def _token_items(self, text: str) -> list[tuple[Any, str, float]]:
        pairs = (
            (
                token,
                token.text[1:] if token.kind == "hashtag" else "",
                token.text if token.kind == "word" else "",
            )
            for token in tokenize(_blank_placeholders(text))
            if token.kind in ("word", "hashtag")
        )
        return self._items(pairs)

    def _token_uncached(
        self, raw: str
    ) -> tuple[str, tuple[float, ...] | None, float, tuple[str, ...], str]:
        """(script, Latin log-likelihoods, weighted letters, Latin words, normalised text)."""
        word = squeeze_repeats(normalize(raw))
        script = word_script(word)
        if script == "Latn":
            parts = tuple(latin_words(word))
            vec: tuple[float, ...] | None = None
            if parts:
                total = [0.0] * len(self._latin_langs)
                for part in parts:
                    total = [a + b for a, b in zip(total, self._score_word(part), strict=True)]
                vec = tuple(total)
            return script, vec, float(sum(map(len, parts))), parts, word
        n = sum(map(str.isalpha, word))  # letters: general category L*
        weight = _CJK_WEIGHT if script in ("Hang", "Jpan", "Hani") else 1.5
        return script, None, n * weight, (), word

    def _weigh(self, items: list[tuple[Any, str, float]]) -> _Evidence:
        """Evidence of a text's words; all-Latin words go through the fast path."""
        if items:
            plain = [raw for _key, raw, weight in items if weight == 1.0]
            if len(plain) == len(items) and not NOT_LATIN_RE.search("".join(plain)):
                return self._weigh_latin(plain)
        return self._weigh_words(items)

    def _weigh_latin(self, words: list[str]) -> _Evidence:
        """All-Latin text scored from its lower-cased letter runs in one pass.

        Same numbers as `_weigh_words` (memoised word vectors: character model plus
        lists and spelling patterns), without its per-token script bookkeeping.
        """
        parts = _letter_runs(normalize(" ".join(words)))
        if not parts:
            return _Evidence(None, {})
        return self._latin_evidence(parts)

    def _latin_evidence(self, parts: list[str]) -> _Evidence:
        """Evidence of lower-cased Latin letter runs (see `_weigh_latin`)."""
        # Word by word through the memo: captions repeat words (Zipf), so most words of a
        # new text are already scored; a new word costs one pass over its windows.
        vectors = list(map(self._score_word, parts))
        vectors.extend(self._shape_vectors(parts))
        vectors.extend(self._frequency_vectors(parts))
        latin = tuple(map(sum, zip(*vectors, strict=True)))
        chars = float(sum(map(len, parts)))
        return _Evidence(latin, {"Latn": chars}, "", tuple(parts))

    def _weigh_words(self, items: list[tuple[Any, str, float]]) -> _Evidence:
        script_chars: dict[str, float] = {}
        latin: list[float] | None = None
        han: list[str] = []
        words: list[str] = []
        word_weights: list[float] = []
        info = self._token
        vecs: list[tuple[float, ...]] = []
        for _key, raw, weight in items:
            script, vec, chars, parts, word = info(raw)
            script_chars[script] = script_chars.get(script, 0.0) + chars * weight
            if vec is not None:
                words.extend(parts)
                word_weights.extend([weight] * len(parts))
                vecs.append(vec if weight == 1.0 else tuple(v * weight for v in vec))
            elif script == "Hani":
                han.append(word)
        if vecs:
            vecs.extend(self._shape_vectors(words))
            vecs.extend(self._frequency_vectors(words, word_weights))
            latin = [sum(column) for column in zip(*vecs, strict=True)]
        return _Evidence(
            tuple(latin) if latin is not None else None,
            script_chars,
            "".join(han),
            tuple(words),
        )

    # -- decisions --

    def detect(self, text: str) -> Detection:
        """The language of `text`, or None with a reason; never raises on any string."""
        if not isinstance(text, str):
            raise UsageError(
                _("text must be a string, not {type}").format(type=type(text).__name__)
            )
        result = self._decide(self._evidence(text))
        if self.confident != CONFIDENT:
            result = replace(result, threshold=self.confident)
        return result

    def _decide(self, ev: _Evidence) -> Detection:
        if not ev.script_chars:
            return Detection(None, 0.0, "Zyyy", (), "no-letters")
        if len(ev.script_chars) == 1:  # most texts: one script
            chars = ev.script_chars
            (script,) = chars
        else:
            chars = dict(ev.script_chars)
            # Kanji inside a text with kana is Japanese.
            if "Jpan" in chars and "Hani" in chars:
                chars["Jpan"] += chars.pop("Hani")
            script = max(sorted(chars), key=chars.__getitem__)
        total = sum(chars.values())
        if not total:  # words of combining marks only ("\u0301\u3099"): no letters
            return Detection(None, 0.0, "Zyyy", (), "no-letters")
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
        ja = sum(1 for ch in han if ch in JA_ONLY_HAN)
        zh = sum(1 for ch in han if ch in ZH_ONLY_HAN)
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

    def _posterior(self, scores: Sequence[float]) -> list[tuple[str, float]]:
        temp = _TEMPERATURE
        best = max(scores)
        exps = [math.exp((s - best) / temp) for s in scores]
        z = sum(exps)
        # Most probable first, ties by code: in code order, then a stable sort on p.
        langs = self._latin_langs
        probs = [(langs[i], exps[i] / z) for i in self._code_order]
        probs.sort(key=itemgetter(1), reverse=True)
        return probs

    def _decide_latin(self, ev: _Evidence, share: float) -> Detection:
        if ev.latin is None:
            return Detection(None, 0.0, "Latn", (), "not-supported")
        probs = self._posterior(ev.latin)
        probs = self._malay(ev.words, probs)
        best_lang, best_p = probs[0]
        supported = [(lang, p) for lang, p in probs if lang in self._supported_latin]
        # share is 1.0 for all-Latin text, and p * 1.0 is p.
        if share == 1.0:
            alternatives = tuple(probs[:3])
        else:
            alternatives = tuple([(lang, p * share) for lang, p in probs[:3]])
        if not supported:
            return Detection(None, best_p * share, "Latn", alternatives, "not-supported")
        top_lang, top_p = supported[0]
        # Malay is recognised from Malay-only words (explicit evidence): ahead is enough.
        # Profile-scored neighbours must be clearly the answer: short supported-language
        # words often look a little Italian or Dutch, and the supported answer then comes
        # with the low confidence it deserves (never confident: the neighbour has the mass).
        if best_lang not in self._supported_latin and (
            best_p >= _OTHER_MIN or (best_lang == "ms" and best_p > top_p)
        ):
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
        if MALAY_MARKERS.isdisjoint(words):
            return probs
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
            raise UsageError(
                _("text must be a string, not {type}").format(type=type(text).__name__)
            )
        # A token of combining marks alone (a stray dakuten, an accent typed on its own) has
        # no letter: it is no word of any language, and must not become a segment.
        items = [item for item in self._token_items(text) if _has_letter(item[1])]
        if not items:
            return []
        # Per word: a vector of log-likelihoods over states (Latin langs + ko + ja + other).
        states = self._latin_langs + ("ko", "ja", "_other")
        n_latin = len(self._latin_langs)
        penalty = 30.0
        emissions: list[list[float]] = []
        for _token, raw, weight in items:
            script, scores, _chars, parts, _word = self._token(raw)
            vec = [-penalty] * len(states)
            if script == "Latn":
                # the token's memoised word scores, plus (one word is as short as texts
                # get) the listed frequencies of its parts
                acc = list(scores) if scores is not None else [0.0] * n_latin
                for part in parts:
                    shift = self._frequency_shift(part)
                    if shift is not None:
                        acc = [a + b for a, b in zip(acc, shift, strict=False)]
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
        # Switching language at punctuation (", " ". " " — ") costs half: writers switch
        # between clauses far more often than inside one.
        costs = []
        for (prev, _raw, _w), (item, _raw2, _w2) in zip(items, items[1:], strict=False):
            between = text[prev.end : item.start]
            costs.append(_SWITCH_COST * (0.5 if between.strip() else 1.0))
        path = _viterbi(emissions, costs)
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


def _has_letter(text: str) -> bool:
    return any(map(str.isalpha, text))


def _viterbi(emissions: list[list[float]], switch_costs: list[float]) -> list[int]:
    """Most likely state per word, paying `switch_costs[i]` to change state before word i+1."""
    n_states = len(emissions[0])
    score = list(emissions[0])
    back: list[list[int]] = []
    for vec, switch in zip(emissions[1:], switch_costs, strict=True):
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
