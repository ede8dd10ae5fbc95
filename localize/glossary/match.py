"""The matcher: one Aho-Corasick automaton per glossary and language.

Every term is expanded once, at build time, into the surface forms users write: its
variants and algospeak, inflected forms (language rules), slot fillers ({poss}), French
elisions, masked spellings, run-together hashtag forms. Each form is normalised like the
text, so a search is: normalise the caption, run the automaton, keep candidates on word
boundaries (a Korean particle may follow), then keep the longest non-overlapping ones.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from .model import Category, Concept, Status, Term, TermHit
from .normalize import normalize, normalize_with_offsets
from .rules import LEET, MASK_CHAR, MAX_MASK_RUN, NEUTRAL, LanguageRules, rules_for

MAX_FORMS_PER_TERM = 600
_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)

# When two concepts produce the same surface, the safety-relevant reading wins.
_STATUS_PRIORITY = {
    Status.FORBIDDEN: 0,
    Status.SUPERSEDED: 1,
    Status.PREFERRED: 2,
    Status.ADMITTED: 3,
}


class Pattern(NamedTuple):
    """One surface form's payload in the automaton (a tuple: read by index on the hot path)."""

    length: int
    word_start: bool
    word_end: bool
    case_sensitive_form: str | None
    concept: Concept
    term: Term
    algospeak: bool


def _inflect_word(word: str, rules: LanguageRules) -> set[str]:
    forms = {word}
    if (
        word in rules.invariant
        or len(word) < rules.min_inflect_length
        or not word.isalpha()
        or not (rules.suffix_rules or rules.irregular)
    ):
        return forms
    irregular = rules.irregular.get(word)
    if irregular is not None:
        forms.update(irregular)
        return forms
    for ending, new_endings in rules.suffix_rules:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)] if ending else word
            forms.update(stem + e for e in new_endings)
            break
    if (
        rules.double_final_consonant
        and len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
    ):
        forms.update((word + word[-1] + "ed", word + word[-1] + "ing"))
    return forms


def _mask_word(word: str) -> set[str]:
    """Censored spellings of one word: inner runs starred (su**ide) and single leet swaps (su1cide)."""
    forms: set[str] = set()
    if len(word) < 5:
        return forms
    inner = range(1, len(word) - 1)
    for run in range(1, MAX_MASK_RUN + 1):
        for start in inner:
            if start + run <= len(word) - 1:
                forms.add(word[:start] + MASK_CHAR * run + word[start + run :])
    forms.add(word[0] + MASK_CHAR * (len(word) - 2) + word[-1])
    for index, ch in enumerate(word):
        for sub in LEET.get(ch, ()):
            forms.add(word[:index] + sub + word[index + 1 :])
    return forms


def _apply_elisions(form: str, rules: LanguageRules) -> set[str]:
    if not rules.elisions:
        return {form}
    words = form.split(" ")
    options: list[list[str]] = []
    for index, word in enumerate(words):
        choices = [word]
        elided = rules.elisions.get(word)
        if elided and index + 1 < len(words) and words[index + 1][:1] in "aeiouhy":
            choices.append(elided)
        options.append(choices)
    out: set[str] = set()
    for combo in itertools.islice(itertools.product(*options), 64):
        text = ""
        for piece in combo:
            text += piece if (not text or text.endswith("'")) else " " + piece
        out.add(text)
    return out


def _expand_slots(text: str, rules: LanguageRules) -> list[str]:
    names = _SLOT.findall(text)
    if not names:
        return [text]
    results = [text]
    for name in dict.fromkeys(names):
        fillers = rules.slots.get(name, ())
        results = [r.replace("{" + name + "}", f) for r in results for f in fillers] or []
    return results


def surface_forms(term: Term, rules: LanguageRules, *, inflect: bool) -> list[tuple[str, bool]]:
    """(normalised form, is_algospeak) for every way `term` is written, deduplicated.

    Only the first and last word of a term inflect (commit ... suicide, transtorno ...
    mental): heads and modifiers sit at the edges in these languages, and inflecting the
    middle words too multiplies forms without adding real ones. Run-together hashtag forms
    and masked spellings are derived from the written forms only, not from every inflection.
    """
    seen: dict[str, bool] = {}
    raw: list[tuple[str, bool]] = [(term.text, False)]
    raw += [(v, v in term.algospeak) for v in term.variants]
    for text, algo in raw:
        for base in _expand_slots(text, rules):
            norm = " ".join(normalize(base, rules.fold_accents).split())
            if not norm:
                continue
            words = norm.split(" ")
            forms = {norm}
            if inflect and term.inflect and not algo:
                edges = {0, len(words) - 1}
                per_word = [
                    sorted(_inflect_word(w, rules)) if i in edges else [w]
                    for i, w in enumerate(words)
                ]
                forms.update(
                    " ".join(c)
                    for c in itertools.islice(itertools.product(*per_word), MAX_FORMS_PER_TERM)
                )
            if term.mask and not algo:
                for i, w in enumerate(words):
                    for m in _mask_word(w):
                        seen.setdefault(" ".join(words[:i] + [m] + words[i + 1 :]), True)
            for form in forms:
                for elided in _apply_elisions(form, rules):
                    seen.setdefault(elided, algo)
            if " " in norm and (rules.join_spaces or rules.hashtag_join):
                seen.setdefault(norm.replace(" ", ""), algo)
                if rules.join_spaces:
                    for form in forms:
                        seen.setdefault(form.replace(" ", ""), algo)
    return list(seen.items())


def _inflects(concept: Concept) -> bool:
    return not concept.dnt and concept.category not in (Category.BRAND, Category.CRISIS)


class Matcher:
    """An automaton over the surface forms of one language's terms (built once, then read-only)."""

    def __init__(self, items: Iterable[tuple[Concept, Term]], rules: LanguageRules) -> None:
        import ahocorasick

        self.rules = rules
        chosen: dict[str, Pattern] = {}
        for concept, term in items:
            inflect = _inflects(concept) and not _is_acronym(term.text)
            for form, algo in surface_forms(term, rules, inflect=inflect):
                cs_form = None
                if term.case_sensitive and form == normalize(term.text, rules.fold_accents):
                    cs_form = term.text
                pattern = Pattern(
                    len(form), form[0].isalnum(), form[-1].isalnum(), cs_form, concept, term, algo
                )
                previous = chosen.get(form)
                if previous is None or _better(pattern, previous):
                    chosen[form] = pattern
        self.patterns: tuple[Pattern, ...] = tuple(chosen.values())
        automaton = ahocorasick.Automaton()
        for form, pattern in chosen.items():
            automaton.add_word(form, pattern)
        self._empty = not chosen
        if chosen:
            automaton.make_automaton()
        self._automaton = automaton
        self._boundaries = rules.word_boundaries
        self._particles = bool(rules.particles)
        self._particle_set = frozenset(rules.particles)
        self._particle_sizes = tuple(sorted({len(p) for p in rules.particles}, reverse=True))
        self._fold = rules.fold_accents

    def __len__(self) -> int:
        return len(self.patterns)

    def find(self, text: str, lang: str = "") -> list[TermHit]:
        """Hits in `text`: on word boundaries (per language), longest first, then by position."""
        if self._empty or not text:
            return []
        norm, starts, ends = normalize_with_offsets(text, self._fold)
        candidates = []
        boundaries = self._boundaries
        n = len(norm)
        for end_index, value in self._automaton.iter(norm):
            length, word_start, word_end, cs_form = value[0], value[1], value[2], value[3]
            end = end_index + 1
            start = end - length
            if boundaries:
                if word_start and start > 0 and norm[start - 1].isalnum():
                    continue
                if word_end and end < n and norm[end].isalnum():
                    if not (self._particles and self._particle_end(norm, end)):
                        continue
            if cs_form is not None:
                o_start = starts[start] if starts is not None else start
                o_end = ends[end - 1] if ends is not None else end
                if text[o_start:o_end] != cs_form:
                    continue
            candidates.append((start, end, value))
        if not candidates:
            return []
        if len(candidates) > 1:
            candidates = _longest_non_overlapping(candidates)
        hits = []
        for start, end, value in candidates:
            o_start = starts[start] if starts is not None else start
            o_end = ends[end - 1] if ends is not None else end
            term = value[5]
            hits.append(
                TermHit(
                    value[4], term, term.status, o_start, o_end, text[o_start:o_end], value[6], lang
                )
            )
        return hits

    def _particle_end(self, norm: str, pos: int, depth: int = 0) -> bool:
        """True when the word goes on with up to three suffixes (극단적 선택을, 자살자들을) and then ends."""
        n = len(norm)
        for size in self._particle_sizes:
            after = pos + size
            if after > n or norm[pos:after] not in self._particle_set:
                continue
            if after == n or not norm[after].isalnum():
                return True
            if depth < 2 and self._particle_end(norm, after, depth + 1):
                return True
        return False


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _better(new: Pattern, old: Pattern) -> bool:
    """Which of two patterns with the same surface wins: safety first, then the term's own text."""
    if new.concept is old.concept and new.term is old.term:
        return old.algospeak and not new.algospeak
    new_key = (_STATUS_PRIORITY[new.term.status], new.algospeak)
    old_key = (_STATUS_PRIORITY[old.term.status], old.algospeak)
    return new_key < old_key


def _longest_non_overlapping(
    candidates: Sequence[tuple[int, int, Any]],
) -> list[tuple[int, int, Any]]:
    if len(candidates) == 1:
        return list(candidates)
    by_start = sorted(candidates, key=lambda c: c[0])
    if all(by_start[i][1] <= by_start[i + 1][0] for i in range(len(by_start) - 1)):
        return by_start
    ordered = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, Any]] = []
    for cand in ordered:
        start, end = cand[0], cand[1]
        if all(end <= t[0] or start >= t[1] for t in taken):
            taken.append(cand)
    taken.sort(key=lambda c: c[0])
    return taken


def build_matcher(items: Iterable[tuple[Concept, Term]], lang: str | None) -> Matcher:
    return Matcher(items, rules_for(lang) if lang else NEUTRAL)
