"""The detector's tables: langdetect's n-gram profiles as a trigram model, and word lists.

Built once per language set and then only read. `load_profile`, `lexicon` and
`combined_lexicon` are cached loaders of immutable tables; `CharModel` memoises a pure
function of its key (safe to fill from several threads).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache, reduce
from itertools import repeat
from math import log
from operator import add
from pathlib import Path

from ..errors import UsageError
from ..i18n import _
from . import FUNCTION_WORDS, prebuilt

# Interpolation weights of the character model: trigram, bigram, unigram, uniform floor.
_LAMBDAS = (0.6, 0.28, 0.1, 0.02)
_FLOOR_VOCAB = 300
# The weights as applied: the floor spread uniformly over _FLOOR_VOCAB characters; at a
# word start (no trigram history) the other three, renormalised to sum to 1.
_WEIGHTS = (*_LAMBDAS[:3], _LAMBDAS[3] / _FLOOR_VOCAB)
_START_WEIGHTS = tuple(x / (1 - _LAMBDAS[0]) for x in _WEIGHTS[1:])
# A word in a language's hand-written lists adds this to that language's log-likelihood.
# Additive, not a mixture: a word listed under two languages (cognates: "nation",
# "hospital") then leaves the decision to the character model instead of a tie. Chosen on
# a development set of CLDR words (babel), where accuracy stops rising at 8.
_LISTED_BONUS = 8.0
_GENERATED_BONUS = 5.0
# Spelling patterns (detect_data.affixes) count with this factor.
_AFFIX_SCALE = 1.0


def profiles_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("langdetect")
    if spec is None or spec.origin is None:  # pragma: no cover - langdetect is a dependency
        raise UsageError(_("langdetect is not installed"))
    return Path(spec.origin).parent / "profiles"


@lru_cache(maxsize=64)
def load_profile(lang: str) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Case-folded (unigram, bigram, trigram) counts of a langdetect profile (immutable use)."""
    import json

    from ..io import read_bytes

    data = json.loads(read_bytes(profiles_dir() / lang))
    grams: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})
    for gram, count in data["freq"].items():
        key = gram.lower()
        table = grams[len(key) - 1]
        table[key] = table.get(key, 0) + count
    return grams


class CharModel(dict):
    """Interpolated character trigram model (langdetect profiles) for several languages.

    Maps a 2- or 3-character key to the tuple of log-probabilities of its last character
    in every language, filled on first use (`__missing__`), so a text costs one dict lookup
    per letter at C speed: `map(model.__getitem__, windows)`. Values are a pure function
    of the key, so concurrent fills from several threads store the same tuple.

    The n-grams the profiles list (a few thousand trigrams and the word starts) are
    computed once per process and language set (`_profile_vectors`) and copied into every
    new model; any other key is computed on first use, in one list comprehension over
    per-language tuples memoised per bigram (`_tails`, `_heads`).
    """

    def __init__(self, langs: Sequence[str], *, preload: bool = True) -> None:
        super().__init__()
        self.langs = tuple(langs)
        profiles = [load_profile(lang) for lang in self.langs]
        self._unis = tuple(uni for uni, _bi, _tri in profiles)
        self._bis = tuple(bi for _uni, bi, _tri in profiles)
        self._tris = tuple(tri for _uni, _bi, tri in profiles)
        # Word boundaries: bigrams ' x' count word starts; they stand for the count of ' '.
        self._starts = tuple(sum(v for k, v in bi.items() if k[0] == " ") for bi in self._bis)
        self._totals = tuple(
            sum(uni.values()) + starts for uni, starts in zip(self._unis, self._starts, strict=True)
        )
        # langdetect prunes its profiles at a count threshold (the top ~1,400 trigrams of
        # each language are kept), so a missing n-gram is rare, not impossible: it gets
        # half the threshold, never more than its lower-order estimate. Without this, a
        # language whose profile kept a common trigram ("áli") beats one whose profile
        # cut it just below the threshold.
        self._bi_floors = tuple(0.5 * min(bi.values(), default=0) for bi in self._bis)
        self._tri_floors = tuple(0.5 * min(tri.values(), default=0) for tri in self._tris)
        self._kept = profile_keys(self.langs)[0]
        self._chars: dict[str, tuple[tuple[float, ...], tuple[float, ...], tuple[int, ...]]] = {}
        self._tails: dict[str, tuple[tuple[float, ...], ...]] = {}
        self._heads: dict[str, tuple[tuple[int, ...], tuple[float, ...]]] = {}
        if preload:
            template = _profile_vectors(self.langs)
            self.update(template)
            self._chars.update(template._chars)
            self._tails.update(template._tails)
            self._heads.update(template._heads)

    def _char(self, ch: str) -> tuple[tuple[float, ...], tuple[float, ...], tuple[int, ...]]:
        """(P(ch), l1 * P(ch), count of ch as a history) per language; ' ' is a word boundary."""
        value = self._chars.get(ch)
        if value is None:
            l1 = _WEIGHTS[2]
            if ch == " ":
                counts = self._starts
            else:
                counts = tuple(uni.get(ch, 0) for uni in self._unis)
            p1s = tuple([count / total for count, total in zip(counts, self._totals, strict=True)])
            value = (p1s, tuple([l1 * p1 for p1 in p1s]), counts)
            self._chars[ch] = value
        return value

    def _tail(self, tail: str) -> tuple[tuple[float, ...], ...]:
        """(P(c), P(c | y), l2 * P(c | y), l1 * P(c)) of the bigram `tail` = "yc", per language.

        P(c | y) is the bigram's count over the count of y if the profile kept it, else
        half the pruning threshold over that count, at most P(c) (see `__init__`)."""
        value = self._tails.get(tail)
        if value is None:
            y, c = tail
            p1s, l1p1s, _counts = self._char(c)
            hists = self._char(y)[2]
            l2 = _WEIGHTS[1]
            p2s = tuple(
                [
                    (min(count / hist, 1.0) if count is not None else min(floor / hist, p1))
                    if hist
                    else p1
                    for count, floor, hist, p1 in zip(
                        map(dict.get, self._bis, repeat(tail)),
                        self._bi_floors,
                        hists,
                        p1s,
                        strict=True,
                    )
                ]
            )
            value = (p1s, p2s, tuple([l2 * p2 for p2 in p2s]), l1p1s)
            self._tails[tail] = value
        return value

    def _head(self, head: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
        """Per language, the count of the trigram history `head`, and the estimate of a
        pruned trigram after it: half the pruning threshold over that count, or infinity
        if `head` is unseen, so that min(., P(c | y)) falls back to the bigram estimate."""
        value = self._heads.get(head)
        if value is None:
            hists = tuple(map(dict.get, self._bis, repeat(head), repeat(0)))
            value = (
                hists,
                tuple(
                    [
                        tri_floor / hist2 if hist2 else math.inf
                        for hist2, tri_floor in zip(hists, self._tri_floors, strict=True)
                    ]
                ),
            )
            self._heads[head] = value
        return value

    def _compute(self, key: str) -> tuple[float, ...]:
        """log P(last char | the others) in every language: interpolated trigram, bigram, unigram.

        P3 is the kept trigram's count over its history's count (at most 1), else
        min(half the threshold over the history's count, P2), or P2 when the history is
        unseen; the result is log(l3 P3 + l2 P2 + l1 P1 + l0), added in that order.
        """
        p1s, p2s, l2p2s, l1p1s = self._tail(key[-2:])
        # min(a, b) is written `b if b < a else a` (what min returns) and log is mapped over
        # the list: the same numbers at half the cost of a builtin call per language.
        if len(key) == 3:
            l3, _l2, _l1, l0 = _WEIGHTS
            hists, pruneds = self._head(key[:2])
            if key not in self._kept:  # no profile has it: P3 = min(pruned estimate, P2)
                return tuple(
                    map(
                        log,
                        [
                            l3 * (p2 if p2 < pruned else pruned) + l2p2 + l1p1 + l0
                            for pruned, p2, l2p2, l1p1 in zip(
                                pruneds, p2s, l2p2s, l1p1s, strict=True
                            )
                        ],
                    )
                )
            counts = map(dict.get, self._tris, repeat(key))
            return tuple(
                map(
                    log,
                    [
                        l3
                        * (
                            (p2 if p2 < pruned else pruned)
                            if count is None or not hist2
                            else (1.0 if (ratio := count / hist2) > 1.0 else ratio)
                        )
                        + l2p2
                        + l1p1
                        + l0
                        for count, hist2, pruned, p2, l2p2, l1p1 in zip(
                            counts, hists, pruneds, p2s, l2p2s, l1p1s, strict=True
                        )
                    ],
                )
            )
        l2, l1, l0 = _START_WEIGHTS
        return tuple(map(log, [l2 * p2 + l1 * p1 + l0 for p1, p2 in zip(p1s, p2s, strict=True)]))

    def __missing__(self, key: str) -> tuple[float, ...]:
        if len(key) == 3 and key[1] == " ":
            # A window across a word boundary ("a b") stands for the next word's start
            # (" b"), so a text is scored by sliding one window over all of it.
            value = self[" " + key[2]]
        else:
            value = self._compute(key)
        if len(self) < 500_000:
            self[key] = value
        return value


@lru_cache(maxsize=8)
def _profile_vectors(langs: tuple[str, ...]) -> CharModel:
    """A model holding the vectors of every n-gram the profiles list (read-only template).

    These are the frequent n-grams of every language, so most windows of new text are
    among them; precomputing them is load time (~20 ms), not per-word work.
    """
    model = CharModel(langs, preload=False)
    kept, letters = profile_keys(langs)
    for key in sorted(kept) + sorted(" " + letter for letter in letters):
        model[key]  # computes and stores it
    return model


@lru_cache(maxsize=8)
def profile_keys(langs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(trigrams, letters) that the profiles of `langs` list, in any of them."""
    profiles = [load_profile(lang) for lang in langs]
    return (
        frozenset().union(*(tri for _uni, _bi, tri in profiles)),
        frozenset().union(*(uni for uni, _bi, _tri in profiles)),
    )


SPLIT_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def affix_tables(
    langs: tuple[str, ...],
) -> tuple[dict[str, tuple[float, ...]], ...]:
    """(endings, beginnings, anywhere): pattern -> weight for each of `langs`, in nats.
    Built once per language set; read-only.

    Endings and beginnings are closed under the patterns they contain: the entry of an
    ending is the best weight of every listed ending that is a suffix of it ('ções' also
    carries 'ões' and 's'), so a word needs only its longest listed ending; "anywhere"
    patterns are closed over their prefixes ('wh' carries 'w') for the same reason.
    """
    from .affixes import ANYWHERE, BEGINNINGS, ENDINGS

    tables = []
    for kind, source in (("end", ENDINGS), ("begin", BEGINNINGS), ("any", ANYWHERE)):
        patterns = {pat for lang in langs for pat in source.get(lang, {})}
        weights = [source.get(lang, {}) for lang in langs]
        raw = {
            pat: tuple([_AFFIX_SCALE * table.get(pat, 0.0) for table in weights])
            for pat in patterns
        }
        closed = {}
        for pat in patterns:
            # anywhere: closed over prefixes, as the scan keeps the longest match per position
            subs = [pat[-k:] if kind == "end" else pat[:k] for k in range(1, len(pat) + 1)]
            rows = [raw[sub] for sub in subs if sub in raw]
            closed[pat] = tuple(map(max, *rows)) if len(rows) > 1 else rows[0]
        tables.append(closed)
    return tuple(tables)


def spelling_rules(langs: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], tuple[float, ...]], ...]:
    """Compiled context rules (detect_data.affixes.RULES) with weights for each of `langs`."""
    from .affixes import RULES

    out = []
    for pattern, weights in RULES:
        row = tuple(_AFFIX_SCALE * weights.get(lang, 0.0) for lang in langs)
        if any(row):
            out.append((re.compile(pattern), row))
    return tuple(out)


@lru_cache(maxsize=8)
def combined_lexicon(langs: tuple[str, ...]) -> dict[str, tuple[float, ...]]:
    """Listed word -> bonus in nats for each of `langs` (0.0 where not listed). Read-only.

    Built with set operations: a word of one language only (most words) shares that
    language's row tuple; only the words of several languages get their own.
    """
    n = len(langs)
    combined: dict[str, tuple[float, ...]] = {}
    for i, lang in enumerate(langs):
        listed = listed_words(lang)
        for bonus, words in ((_LISTED_BONUS, listed), (_GENERATED_BONUS, lexicon(lang) - listed)):
            shared = combined.keys() & words
            for word in shared:
                entry = combined[word]
                combined[word] = entry[:i] + (bonus,) + entry[i + 1 :]
            row = (0.0,) * i + (bonus,) + (0.0,) * (n - i - 1)
            combined.update(dict.fromkeys(words - shared, row))
    return combined


def _prebuilt_or_built(
    table: str, lang: str, build: Callable[[str], frozenset[str]]
) -> frozenset[str]:
    """`lang`'s entry of a prebuilt table ("listed", "lexicons") if the shipped tables
    match the sources (detect_data.prebuilt), else `build(lang)`."""
    tables = prebuilt.load()
    found = getattr(tables, table).get(lang) if tables is not None else None
    return found if found is not None else build(lang)


@lru_cache(maxsize=32)
def listed_words(lang: str) -> frozenset[str]:
    """The words written out by hand: function words, vocabulary, irregular verb forms."""
    return _prebuilt_or_built("listed", lang, build_listed_words)


def build_listed_words(lang: str) -> frozenset[str]:
    """`listed_words` from the sources."""
    import importlib

    from .paradigms import IRREGULAR
    from .words_more import MORE, NEWS

    words = set(_function_parts(lang))
    try:
        module = importlib.import_module(f"localize.detect_data.words_{lang}")
        words.update(latin_words(module.WORDS))
    except ModuleNotFoundError:
        pass
    words.update(latin_words(IRREGULAR.get(lang, "")))
    words.update(latin_words(MORE.get(lang, "")))
    words.update(latin_words(NEWS.get(lang, "")))
    return frozenset(words)


@lru_cache(maxsize=32)
def lexicon(lang: str) -> frozenset[str]:
    """The words of a language: the listed ones (`listed_words`) and generated forms."""
    return _prebuilt_or_built("lexicons", lang, build_lexicon)


def build_lexicon(lang: str) -> frozenset[str]:
    """`lexicon` from the sources.

    Generated: regular plurals and feminines of listed words, regular verb forms
    (`verbs.py`) and Indonesian affixed forms (`paradigms.py`). Entries are split like
    caption words ("aujourd'hui" -> "aujourd", "hui") so lookups match.
    """
    from .paradigms import indonesian_forms, inflections
    from .verbs import conjugate

    words = set(build_listed_words(lang))
    # Generated forms never override another language's function words: Portuguese "ler"
    # and "unir" generate "la", "le", "una", which nobody writes where Spanish means them.
    foreign = frozenset().union(
        *(_function_parts(other) for other in FUNCTION_WORDS if other != lang)
    )
    generated = inflections(lang, words) | conjugate(lang)
    if lang == "id":
        generated |= indonesian_forms()
    words.update(generated - (foreign - words))
    return frozenset(words)


@lru_cache(maxsize=32)
def _function_parts(lang: str) -> frozenset[str]:
    """The function words of `lang`, split like caption words."""
    return frozenset(part for word in FUNCTION_WORDS.get(lang, ()) for part in latin_words(word))


def latin_words(word: str) -> list[str]:
    """Lower-cased letter runs of a Latin token ("l'anxiété" -> ['l', 'anxiété'])."""
    return SPLIT_RE.findall(unicodedata.normalize("NFC", word.lower()))


_SHAPE_ORDER = 4
_SHAPE_DISCOUNT = 5.0  # Witten-Bell-like: a context seen n times trusts itself n / (n + 5)
_SHAPE_FLOOR = 1.0 / 60  # probability of a character no listed word has


@lru_cache(maxsize=8)
def shape_model(langs: tuple[str, ...]) -> ShapeModel:
    """The word-shape model of `langs` (immutable once built; shared by detectors)."""
    return ShapeModel(langs)


class ShapeModel:
    """Character 4-gram model of the *words* in each language's lexicon (types, not text).

    langdetect's profiles keep only each language's ~1,400 most frequent trigrams, which
    separates running text well but a single unknown word poorly (Spanish vs Portuguese
    words the lists do not hold: 72 % / 65 % on held-out listed words). The lexicons,
    with their generated verb forms and plurals, are a sample of what words of each
    language look like, start to end ("^^^" marks the start, "$" the end), so a model of
    their spelling scores an unlisted word by its resemblance to the language's words.
    On held-out words, with every word sharing their first four letters also held out, it
    raises the five-way accuracy from 75 % to 80 % (weight 0.3, `Detector`).

    The counts (`count_shapes`) ship prebuilt (detect_data.prebuilt); detectors build the
    model on their first short text (`shape_model`).
    """

    def __init__(self, langs: Sequence[str]) -> None:
        self.langs = tuple(langs)
        self._tables = []
        tables = prebuilt.load()
        for lang in self.langs:
            grams = tables.grams.get(lang) if tables is not None else None
            if grams is None:
                grams = count_shapes(lexicon(lang))
            # The count of a context as a prefix equals its count as a (k-1)-gram: every
            # position but a word's last ("$", never in a context) is followed by a letter.
            total = sum(grams[0].values())
            self._tables.append((grams, total))

    def score(
        self, word: str, memo: dict[str, tuple[float, ...]] | None = None
    ) -> tuple[float, ...]:
        """log P(word's spelling | lang) for every language of the model.

        The term of each position depends only on the n-gram window ending there, so a
        caller may pass a `memo` dict (window -> terms) that new words fill and reuse.
        """
        n = _SHAPE_ORDER
        windows = _ngram_re(n).findall("^" * (n - 1) + word + "$")
        if memo is None:
            memo = {}
        terms = [memo.get(window) or self._terms(window, memo) for window in windows]
        # Added one by one from 0.0, per language, in the order of the positions.
        return tuple(map(reduce, repeat(add), zip(*terms, strict=True), repeat(0.0)))

    def _terms(self, window: str, memo: dict[str, tuple[float, ...]]) -> tuple[float, ...]:
        """log P(last character | the others) of an n-gram window in every language."""
        n = _SHAPE_ORDER
        log = math.log
        out = []
        for grams, total in self._tables:
            p = _SHAPE_FLOOR
            for k in range(1, n + 1):
                gram = window[n - k :]
                hist = total if k == 1 else grams[k - 2].get(gram[:-1], 0)
                if hist:
                    lam = hist / (hist + _SHAPE_DISCOUNT)
                    p = lam * grams[k - 1].get(gram, 0) / hist + (1 - lam) * p
            out.append(log(p))
        value = tuple(out)
        if len(memo) < 500_000:
            memo[window] = value
        return value


def count_shapes(words: frozenset[str]) -> tuple[dict[str, int], ...]:
    """Counts of the 1- to 4-grams (`_SHAPE_ORDER`) of `words`, each padded "^^^word$":
    one pass over the concatenated words for the 4-grams (about 20 ms a language), the
    lower orders summed from them."""
    from collections import Counter

    n = _SHAPE_ORDER
    pad = "^" * (n - 1)
    s = pad + ("$" + pad).join(sorted(words)) + "$"
    top = Counter(map("".join, zip(*(s[k:] for k in range(n)), strict=False)))
    grams = [top]  # grams[j]: counts of (n - j)-grams
    for _order in range(n - 1):
        lower: Counter[str] = Counter()
        for gram, count in grams[-1].items():
            lower[gram[1:]] += count
        grams.append(lower)
    grams.reverse()  # grams[k - 1]: counts of k-grams
    return tuple(grams)


@lru_cache(maxsize=8)
def _ngram_re(n: int) -> re.Pattern[str]:
    """Finds every window of `n` characters (overlapping), in order."""
    return re.compile("(?=(" + "." * n + "))", re.DOTALL)


trigram_windows = _ngram_re(3).findall
"""Every trigram window of a string, in order."""
