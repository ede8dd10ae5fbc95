"""Glossary use cases behind `localize glossary ...`: list, show, lookup, validate, import, export.

Each function takes values (paths, options) and returns result dataclasses; nothing here
prints. Import and export build the whole output text before anything is written, so a
bad input never leaves a half-written file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GlossaryError, UsageError
from ..glossary import Concept, CrisisHit, Glossary, Status, TermHit, load_glossary
from ..i18n import _


@dataclass(frozen=True)
class TermRow:
    """One row of `glossary list`: a term of a concept in a language."""

    concept: str
    category: str
    risk: str
    lang: str
    term: str
    status: str
    replacement: str
    review: str
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "concept": self.concept,
            "category": self.category,
            "risk": self.risk,
            "lang": self.lang,
            "term": self.term,
            "status": self.status,
            "replacement": self.replacement or None,
            "review": self.review,
            "verified": self.verified,
        }


def list_terms(
    glossary: Glossary,
    *,
    category: str | None = None,
    lang: str | None = None,
    status: str | None = None,
) -> list[TermRow]:
    """Terms filtered by category, language and status (entries without terms show as review rows)."""
    from ..glossary.formats.jsonish import parse_category, parse_status
    from ..languages import get_language

    want_category = parse_category(category, None, None) if category else None
    want_lang = get_language(lang).code if lang else None
    want_status = parse_status(status, None, None) if status else None
    rows: list[TermRow] = []
    for concept in glossary.concepts.values():
        if want_category is not None and concept.category is not want_category:
            continue
        for code, entry in concept.languages.items():
            if want_lang is not None and code != want_lang:
                continue
            terms = entry.terms
            review = entry.review.value
            known = (concept.id, concept.category.value, concept.risk, code)
            if want_status is not None:
                terms = tuple(t for t in terms if t.status is want_status)
            elif not terms:
                rows.append(TermRow(*known, "", "", "", review, entry.verified))
            rows.extend(
                TermRow(
                    *known,
                    term.text,
                    term.status.value,
                    term.replacement or "",
                    review,
                    term.verified and entry.verified,
                )
                for term in terms
            )
    return rows


def show_concept(glossary: Glossary, concept_id: str) -> Concept:
    if concept_id not in glossary.concepts:
        from difflib import get_close_matches

        close = get_close_matches(concept_id, list(glossary.concepts), n=3)
        if close:
            raise UsageError(
                _("unknown concept {concept!r}; did you mean: {candidates}?").format(
                    concept=concept_id, candidates=", ".join(close)
                )
            )
        raise UsageError(_("unknown concept {concept!r}").format(concept=concept_id))
    return glossary.concept(concept_id)


def concept_to_dict(concept: Concept) -> dict[str, Any]:
    from ..glossary.formats.jsonish import concept_to_data

    return concept_to_data(concept)


@dataclass(frozen=True)
class LookupResult:
    text: str
    lang: str
    hits: tuple[TermHit, ...]
    dnt: tuple[TermHit, ...]
    crisis: tuple[CrisisHit, ...]

    @property
    def about_suicide(self) -> bool:
        return any(h.concept.about_suicide for h in self.hits)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "about_suicide": self.about_suicide,
            "hits": [h.to_dict() for h in self.hits],
            "dnt": [
                {"name": h.term.text, "start": h.start, "end": h.end, "text": h.text}
                for h in self.dnt
            ],
            "crisis": [h.to_dict() for h in self.crisis],
        }


def lookup(glossary: Glossary, text: str, lang: str) -> LookupResult:
    from ..languages import get_language

    code = get_language(lang).code
    return LookupResult(
        text=text,
        lang=code,
        hits=tuple(glossary.match(text, code)),
        dnt=tuple(glossary.find_dnt(text)),
        crisis=tuple(glossary.find_crisis_resources(text)),
    )


@dataclass(frozen=True)
class ValidationReport:
    files: tuple[str, ...]
    issues: tuple[Any, ...] = field(default_factory=tuple)
    concepts: int = 0
    terms: int = 0
    crisis_lines: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity == "warning")

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": list(self.files),
            "ok": self.ok,
            "errors": self.errors,
            "warnings": self.warnings,
            "concepts": self.concepts,
            "terms": self.terms,
            "crisis_lines": self.crisis_lines,
            "issues": [i.to_dict() for i in self.issues],
        }


def validate_files(paths: Sequence[str | Path] | None = None) -> ValidationReport:
    """Validate files together (id clashes are between files). A file that cannot be parsed is
    reported as an error issue with its line; a file that cannot be read at all raises."""
    from ..glossary.formats import read_file
    from ..glossary.validate import Issue, validate
    from ..resources import shipped_glossary_paths

    chosen = [str(p) for p in paths] if paths else [str(p) for p in shipped_glossary_paths()]
    if not chosen:
        raise UsageError(_("no glossary files to validate"))
    datas = []
    issues: list[Any] = []
    for path in chosen:
        try:
            datas.append(read_file(path))
        except GlossaryError as exc:
            if exc.path is None:
                raise
            issues.append(Issue("parse-error", exc.message, exc.path, exc.line))
    issues.extend(validate(datas))
    concepts = sum(len(d.concepts) for d in datas)
    terms = sum(len(e.terms) for d in datas for c in d.concepts for e in c.languages.values())
    crisis = sum(len(d.crisis_lines) for d in datas)
    return ValidationReport(tuple(chosen), tuple(issues), concepts, terms, crisis)


def convert_file(path: str | Path, input_format: str | None, output_format: str = "toml") -> str:
    """A glossary file (TOML, TBX or CSV) converted to another format, as text."""
    from ..glossary.formats import read_file, render
    from ..glossary.validate import validate

    data = read_file(path, input_format)
    hard = [i for i in validate([data]) if i.code in ("duplicate-id",)]
    if hard:
        first = hard[0]
        raise GlossaryError(first.message, path=first.path, line=first.line)
    return render(data, output_format)


def export_glossary(paths: Sequence[str | Path] | None, output_format: str) -> str:
    """The merged glossary (default: the shipped ones) in TOML, TBX or CSV."""
    from ..glossary.formats import render

    return render(load_glossary(paths or None), output_format)


def forbidden_count(glossary: Glossary) -> int:
    return sum(
        1
        for c in glossary.concepts.values()
        for e in c.languages.values()
        for t in e.terms
        if t.status is Status.FORBIDDEN
    )
