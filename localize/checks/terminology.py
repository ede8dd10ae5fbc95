"""Glossary consistency of catalog translations, and do-not-translate names kept.

A concept the msgid names must be rendered with one of the glossary's preferred or
admitted terms for the catalog's language; a do-not-translate name (TikTok, Fides,
Setembro Amarelo) must stand in the msgstr exactly as in the msgid. Forbidden wording and
terms with no safe translation are `safety.py`'s: this module stays silent where those
checks speak, so a defect is reported once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..findings import Finding
from ..i18n import _
from . import CheckContext, check
from .format import finding, mask_code, translated_forms
from .units import EntryUnit

_SAFE = ("preferred", "admitted")
_UNSAFE = ("forbidden", "superseded")
_SLOT = re.compile(r"\{\w+\}")  # "take {poss} own life": a slot, not a word to find
_KANA = re.compile(r"[\u3040-\u309f]")


def _status(hit: Any) -> str:
    status = getattr(hit, "status", "")
    return str(getattr(status, "value", status))


def term_hits(ctx: CheckContext, text: str, lang: str) -> list[Any]:
    """Glossary hits of `text`, memoized under the key `safety.py` uses (one match per text)."""
    glossary = ctx.glossary
    if glossary is None or not text:
        return []
    return ctx.memo(("term-hits", lang, text), lambda: glossary.match(text, lang))


def dnt_hits(ctx: CheckContext, text: str) -> list[Any]:
    glossary = ctx.glossary
    if glossary is None or not text:
        return []
    return ctx.memo(("dnt-hits", text), lambda: glossary.find_dnt(text))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _core(term: str, spaced: bool) -> list[str]:
    """Stems of a glossary term that an inflected use keeps.

    The matcher knows the inflections it was taught; a translator writes others
    (idées suicidaires / idée suicidaire, 自殺で亡くなりました, 사망했습니다). A term counts as
    used when every word's stem is there (spaced languages, Korean included: stems keep
    the syllables before the ending), or, in Japanese, its kanji before the first kana
    (the inflected tail); a kanji compound (自殺予防) must stand whole.
    """
    folded = _SLOT.sub(" ", _fold(term))
    if spaced:
        return [w[: max(4, len(w) - 2)] for w in re.findall(r"\w+", folded)]
    kana = _KANA.search(folded)
    if kana and kana.start() >= 2:
        return [folded[: kana.start()]]
    return [folded]


def _uses_term(text: str, terms: tuple[Any, ...], spaced: bool) -> bool:
    folded = _fold(text)
    for term in terms:
        stems = _core(term.text, spaced)
        if stems and all(stem in folded for stem in stems):
            return True
    return False


@check("L401", "term-inconsistent", "warning")
def term_inconsistent(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A glossary concept of the msgid is not rendered with a preferred or admitted term.

    When the msgid names a concept of the glossary (suicide prevention, schizophrenia,
    mental health) with a safe term, the msgstr must use one of the terms the glossary
    prefers or admits for the catalog's language; the finding suggests them. Concepts
    whose translation is forbidden wording, or that have no safe translation, are left to
    `forbidden-term` and `no-safe-translation`.
    """
    lang = unit.language
    if not lang or lang == unit.source_language or ctx.glossary is None:
        return
    from ..languages import LANGUAGES

    spaced = LANGUAGES[lang].space_delimited if lang in LANGUAGES else True
    for field, source, text in translated_forms(unit):
        seen: set[str] = set()
        code = mask_code(source, "\0")
        for hit in term_hits(ctx, source, unit.source_language):
            concept = hit.concept
            if concept.id in seen or concept.dnt or getattr(hit, "algospeak", False):
                continue
            if "\0" in code[hit.start : hit.end]:
                continue  # inside a URL or placeholder (who.int/mental-health), not wording
            seen.add(concept.id)
            if _status(hit) not in _SAFE:
                continue
            entry = concept.entry(lang)
            if entry is None:
                continue
            review = str(getattr(entry.review, "value", entry.review))
            safe_terms = entry.preferred
            if not safe_terms or review == "no-safe-translation":
                continue
            target = [h for h in term_hits(ctx, text, lang) if h.concept.id == concept.id]
            if any(_status(h) in _UNSAFE for h in target):
                continue  # forbidden-term reports it, with the replacement
            if any(_status(h) in _SAFE for h in target) or _uses_term(text, safe_terms, spaced):
                continue
            suggestion = " / ".join(dict.fromkeys(t.text for t in safe_terms))
            yield finding(
                unit,
                field,
                _(
                    "“{term}” in the source is not translated with a glossary term; use: {terms}"
                ).format(term=hit.text, terms=suggestion),
                matched=hit.text,
                concept=concept.id,
                suggestion=suggestion,
            )


def _dnt_screen(glossary: Any) -> Any:
    """A cheap test that a text may hold a do-not-translate name (case and spaces ignored)."""
    keys = tuple({re.sub(r"\W", "", _fold(n)) for n in glossary.dnt_names()} - {""})

    def may_hold(text: str) -> bool:
        folded = re.sub(r"\W", "", _fold(text))
        return any(key in folded for key in keys)

    return may_hold


def _respelled(name: str) -> re.Pattern[str]:
    """The name with any case and a space, hyphen or dot between its letters (Tik Tok, TIKTOK)."""
    letters = [re.escape(c) for c in name if not c.isspace()]
    return re.compile(r"[\s\-.·・]?".join(letters), re.IGNORECASE)


@check("L402", "do-not-translate", "error")
def do_not_translate(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A do-not-translate name of the msgid is missing or altered in a msgstr.

    Brand and programme names (TikTok, Fides, Setembro Amarelo) are written exactly as in
    the source, in every language: a translated, re-cased or respelled name is no longer
    the name people search for.
    """
    if ctx.glossary is None:
        return
    screen = ctx.memo(("dnt-screen",), lambda: _dnt_screen(ctx.glossary))
    for field, source, text in translated_forms(unit):
        if not screen(source):
            continue
        names: dict[str, Any] = {}
        code = mask_code(source, "\0")
        for hit in dnt_hits(ctx, source):
            if "\0" in code[hit.start : hit.end]:
                continue  # part of a URL, e-mail address or placeholder: `urls` checks those
            names.setdefault(hit.text, hit)
        for name, hit in names.items():
            if name in text:
                continue
            concept = getattr(hit.concept, "id", None)
            altered = [
                h.text
                for h in dnt_hits(ctx, text)
                if getattr(h.concept, "id", None) == concept and h.text != name
            ]
            if not altered:
                spelled = _respelled(name).search(text)
                if spelled:
                    altered = [spelled.group()]
            if altered:
                message = _(
                    "do-not-translate name “{name}” is written “{found}” in the translation"
                )
            else:
                message = _("do-not-translate name “{name}” is missing from the translation")
            yield finding(
                unit,
                field,
                message.format(name=name, found=altered[0] if altered else ""),
                matched=altered[0] if altered else name,
                concept=concept,
                suggestion=name,
            )
