"""`Glossary`: the merged termbase of one or more files, with its matchers built on demand.

Loading several files merges them by concept id (a later file extends or overrides a
shipped concept language by language) and crisis lines by market. Matchers are built
lazily per language, once, so a run that checks only Japanese captions never builds the
French automaton.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ..errors import GlossaryError
from ..i18n import _
from .model import Concept, CrisisHit, CrisisLine, Term, TermHit


@dataclass(frozen=True)
class GlossaryData:
    """What one file holds, before merging: concepts and crisis lines in file order."""

    concepts: tuple[Concept, ...] = ()
    crisis_lines: tuple[CrisisLine, ...] = ()
    name: str = ""
    description: str = ""
    sources: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    path: str | None = None
    concept_lines: tuple[int | None, ...] = ()
    """Line where the file defines each concept (parallel to `concepts`), for messages."""
    crisis_line_numbers: tuple[int | None, ...] = ()
    overrides: frozenset[str] = frozenset()
    """Ids this file declares it overrides (`override = true`); other clashes are errors."""
    term_lines: Mapping[tuple[str, str, str], int] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """(concept id, language, term text) -> line, for validation messages."""
    entry_lines: Mapping[tuple[str, str], int] = field(default_factory=lambda: MappingProxyType({}))
    """(concept id, language) -> line of the language table."""

    relocate: Callable[[], GlossaryData] | None = field(default=None, compare=False, repr=False)
    """Re-parse with positions (files loaded for matching skip the line scan until an error)."""

    def line_of(self, index: int) -> int | None:
        lines = self.concept_lines
        if self.relocate is not None and (index >= len(lines) or lines[index] is None):
            lines = self.relocate().concept_lines
        return lines[index] if index < len(lines) else None


class Glossary:
    """A read-only termbase: concepts by id, crisis lines by market, and the matchers."""

    def __init__(
        self,
        concepts: Iterable[Concept],
        crisis_lines: Iterable[CrisisLine] = (),
        *,
        sources: Mapping[str, str] | None = None,
        name: str = "",
        description: str = "",
        paths: Sequence[str] = (),
    ) -> None:
        self._concepts: Mapping[str, Concept] = MappingProxyType({c.id: c for c in concepts})
        by_market: dict[str, list[CrisisLine]] = {}
        for line in crisis_lines:
            by_market.setdefault(line.market, []).append(line)
        self._crisis = MappingProxyType({m: tuple(v) for m, v in by_market.items()})
        self.sources: Mapping[str, str] = MappingProxyType(dict(sources or {}))
        self.name = name
        self.description = description
        self.paths: tuple[str, ...] = tuple(paths)
        self._matchers: dict[str, Any] = {}
        self._by_key: dict[str, tuple[Any, str]] = {}
        self._lock = threading.Lock()
        self._version: str | None = None
        self._dnt_matcher: Any = None
        self._crisis_finder: Any = None

    # ---- data -----------------------------------------------------------------------

    @property
    def concepts(self) -> Mapping[str, Concept]:
        return self._concepts

    @property
    def crisis_lines(self) -> Mapping[str, tuple[CrisisLine, ...]]:
        return self._crisis

    def all_crisis_lines(self) -> tuple[CrisisLine, ...]:
        return tuple(line for lines in self._crisis.values() for line in lines)

    def concept(self, concept_id: str) -> Concept:
        try:
            return self._concepts[concept_id]
        except KeyError:
            raise GlossaryError(
                _("unknown concept {concept!r}").format(concept=concept_id)
            ) from None

    @property
    def version(self) -> str:
        """A stable hash of the content (not of file names or formatting details)."""
        if self._version is None:
            from .formats.jsonish import glossary_to_data

            blob = json.dumps(glossary_to_data(self), sort_keys=True, ensure_ascii=False)
            self._version = hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
        return self._version

    def preferred_terms(self, concept_id: str, lang: str) -> tuple[str, ...]:
        """Safe wordings of a concept in a language, preferred first; empty when none is known."""
        from ..languages import get_language

        entry = self.concept(concept_id).entry(get_language(lang).code)
        return tuple(t.text for t in entry.preferred) if entry is not None else ()

    def dnt_names(self) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for concept in self._concepts.values():
            if concept.dnt:
                for entry in concept.languages.values():
                    for term in entry.terms:
                        names.setdefault(term.text, None)
        return tuple(names)

    # ---- matching -------------------------------------------------------------------

    def matcher(self, lang: str) -> Any:
        """The automaton for a language, built on first use (thread-safe)."""
        from ..languages import get_language

        code = get_language(lang).code
        matcher = self._matchers.get(code)
        if matcher is None:
            with self._lock:
                matcher = self._matchers.get(code)
                if matcher is None:
                    from .match import build_matcher

                    matcher = build_matcher(self._items(code), code)
                    self._matchers[code] = matcher
        return matcher

    def _items(self, lang: str) -> list[tuple[Concept, Term]]:
        items = []
        for concept in self._concepts.values():
            entry = concept.entry(lang)
            if entry is not None:
                items.extend((concept, term) for term in entry.terms if term.match)
        return items

    def match(self, text: str, lang: str) -> list[TermHit]:
        """Every glossary term of `lang` in `text`: non-overlapping, longest first, by position.

        `lang` may be any form get_language accepts ('pt_BR', 'pt-BR'); spans index `text`.
        """
        found = self._by_key.get(lang)
        if found is None:
            code = matcher_lang(lang)
            found = self._by_key[lang] = (self.matcher(code), code)
        return found[0].find(text, found[1])

    def find_dnt(self, text: str) -> list[TermHit]:
        """Do-not-translate names in a text of any language."""
        if self._dnt_matcher is None:
            from .match import build_matcher

            items: list[tuple[Concept, Term]] = []
            seen: set[str] = set()
            for concept in self._concepts.values():
                if not concept.dnt:
                    continue
                for entry in concept.languages.values():
                    for term in entry.terms:
                        if term.text not in seen:
                            seen.add(term.text)
                            items.append((concept, term))
            self._dnt_matcher = build_matcher(items, None)
        return self._dnt_matcher.find(text)

    def find_crisis_resources(self, text: str) -> list[CrisisHit]:
        """Crisis numbers, service names and URLs of any market in a text."""
        if self._crisis_finder is None:
            from .crisis import CrisisFinder

            self._crisis_finder = CrisisFinder(self.all_crisis_lines())
        return self._crisis_finder.find(text)

    def __repr__(self) -> str:
        return f"<Glossary {len(self._concepts)} concepts, {sum(map(len, self._crisis.values()))} crisis lines>"


def matcher_lang(lang: str) -> str:
    from ..languages import get_language

    return get_language(lang).code


def merge(datas: Sequence[GlossaryData]) -> Glossary:
    """Later files extend or override earlier ones by concept id, language by language.

    A concept defined twice in the same file is an error (reported by the reader); across
    files, the later definition's fields win and its language entries replace the earlier
    ones of the same language, keeping the others.
    """
    concepts: dict[str, Concept] = {}
    origin: dict[str, str | None] = {}
    lines: dict[tuple[str, str], CrisisLine] = {}
    sources: dict[str, str] = {}
    for data in datas:
        sources.update(data.sources)
        in_file: set[str] = set()
        for index, concept in enumerate(data.concepts):
            if concept.id in in_file:
                raise GlossaryError(
                    _("duplicate concept id {concept!r}").format(concept=concept.id),
                    path=data.path,
                    line=data.line_of(index),
                )
            in_file.add(concept.id)
            old = concepts.get(concept.id)
            if old is not None and concept.id not in data.overrides:
                raise GlossaryError(
                    _(
                        "concept id {concept!r} is already defined in {other}; "
                        "add 'override = true' to extend or replace it"
                    ).format(concept=concept.id, other=origin[concept.id]),
                    path=data.path,
                    line=data.line_of(index),
                )
            origin.setdefault(concept.id, data.path or "another glossary")
            if old is not None:
                languages = dict(old.languages)
                languages.update(concept.languages)
                concept = Concept(
                    id=concept.id,
                    category=concept.category,
                    risk=concept.risk,
                    definition=concept.definition or old.definition,
                    sources=concept.sources or old.sources,
                    dnt=concept.dnt,
                    languages=MappingProxyType(languages),
                    notes=concept.notes or old.notes,
                )
            concepts[concept.id] = concept
        for line in data.crisis_lines:
            lines[(line.market, line.name)] = line
    names = [d.name for d in datas if d.name]
    return Glossary(
        concepts.values(),
        lines.values(),
        sources=sources,
        name="+".join(names),
        description=datas[0].description if len(datas) == 1 else "",
        paths=[d.path for d in datas if d.path],
    )
