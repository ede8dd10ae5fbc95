"""Consistency checks of glossary files: what a parser accepts but a termbase must not contain.

The readers already refuse what cannot be understood (bad syntax, unknown statuses, empty
terms). Validation finds what would make matching or safety advice wrong: duplicate ids,
id clashes between files, a wording both preferred and forbidden in one language, forbidden
terms with nothing to say instead, unknown languages or markets, unknown source keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import _
from ..languages import LANGUAGES, MARKETS
from .model import Review, Status
from .normalize import normalize
from .rules import rules_for
from .termbase import GlossaryData


@dataclass(frozen=True)
class Issue:
    """One problem in a glossary file. `severity` is 'error' (fails validation) or 'warning'."""

    code: str
    message: str
    path: str | None = None
    line: int | None = None
    severity: str = "error"
    concept: str | None = None

    @property
    def where(self) -> str:
        if not self.path:
            return ""
        return f"{self.path}:{self.line}" if self.line else self.path

    def to_dict(self) -> dict[str, object]:
        data = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "concept": self.concept,
        }
        return {k: v for k, v in data.items() if v is not None}


def _is_reference(value: str) -> bool:
    return "://" in value or value.startswith("www.") or "." in value.split(" ", 1)[0]


def validate(datas: Sequence[GlossaryData]) -> list[Issue]:
    """Every issue in these files, in file order (files are checked together for id clashes)."""
    issues: list[Issue] = []
    seen_ids: dict[str, str | None] = {}
    all_sources: dict[str, str] = {}
    for data in datas:
        all_sources.update(data.sources)
    for data in datas:
        path = data.path
        in_file: dict[str, int | None] = {}
        for index, concept in enumerate(data.concepts):
            line = data.line_of(index)

            def add(
                code: str, message: str, at: int | None = line, severity: str = "error"
            ) -> None:
                issues.append(Issue(code, message, path, at, severity, concept.id))  # noqa: B023

            if concept.id in in_file:
                add(
                    "duplicate-id",
                    _("duplicate concept id {concept!r} (first defined at line {line})").format(
                        concept=concept.id, line=in_file[concept.id]
                    ),
                )
            elif concept.id in seen_ids and concept.id not in data.overrides:
                add(
                    "id-clash",
                    _(
                        "concept id {concept!r} is already defined in {other}; "
                        "add 'override = true' to extend or replace it"
                    ).format(concept=concept.id, other=seen_ids[concept.id]),
                )
            in_file.setdefault(concept.id, line)
            seen_ids.setdefault(concept.id, path)
            for source in concept.sources:
                if source not in all_sources and not _is_reference(source):
                    add(
                        "unknown-source",
                        _("unknown source key {source!r}").format(source=source),
                        severity="warning",
                    )
            for code, entry in concept.languages.items():
                if code not in LANGUAGES:
                    add(
                        "unknown-language",
                        _(
                            "unknown language {lang!r} in concept {concept!r}; supported: {codes}"
                        ).format(lang=code, concept=concept.id, codes=", ".join(LANGUAGES)),
                        data.entry_lines.get((concept.id, code), line),
                    )
                    continue
                rules = rules_for(code)
                if entry.review is Review.NO_SAFE_TRANSLATION and not entry.guidance:
                    add(
                        "missing-guidance",
                        _(
                            "{concept} [{lang}]: no-safe-translation without guidance for the reviewer"
                        ).format(concept=concept.id, lang=code),
                        severity="warning",
                    )
                for source in entry.sources:
                    if source not in all_sources and not _is_reference(source):
                        add(
                            "unknown-source",
                            _("unknown source key {source!r}").format(source=source),
                            severity="warning",
                        )
                safe: dict[str, str] = {}
                unsafe: dict[str, str] = {}
                texts: set[str] = set()
                for term in entry.terms:
                    at = data.term_lines.get((concept.id, code, term.text), line)
                    key = " ".join(normalize(term.text, rules.fold_accents).split())
                    if key in texts:
                        add(
                            "duplicate-term",
                            _("{concept} [{lang}]: term {term!r} listed twice").format(
                                concept=concept.id, lang=code, term=term.text
                            ),
                            at,
                            "warning",
                        )
                    texts.add(key)
                    if term.status in (Status.FORBIDDEN, Status.SUPERSEDED):
                        unsafe[key] = term.text
                        if not (term.replacement or "").strip():
                            add(
                                "missing-replacement",
                                _(
                                    "{concept} [{lang}]: {status} term {term!r} has no replacement"
                                ).format(
                                    concept=concept.id,
                                    lang=code,
                                    status=term.status.value,
                                    term=term.text,
                                ),
                                at,
                            )
                    else:
                        safe[key] = term.text
                    for source in term.sources:
                        if source not in all_sources and not _is_reference(source):
                            add(
                                "unknown-source",
                                _("unknown source key {source!r}").format(source=source),
                                at,
                                "warning",
                            )
                for key in sorted(set(safe) & set(unsafe)):
                    add(
                        "conflicting-status",
                        _(
                            "{concept} [{lang}]: {term!r} is both preferred/admitted and "
                            "forbidden/superseded"
                        ).format(concept=concept.id, lang=code, term=safe[key]),
                        data.term_lines.get((concept.id, code, unsafe[key]), line),
                    )
        for index, crisis in enumerate(data.crisis_lines):
            line = (
                data.crisis_line_numbers[index] if index < len(data.crisis_line_numbers) else None
            )
            if crisis.market not in MARKETS:
                issues.append(
                    Issue(
                        "unknown-market",
                        _(
                            "unknown market {market!r} for crisis line {name!r}; supported: {codes}"
                        ).format(market=crisis.market, name=crisis.name, codes=", ".join(MARKETS)),
                        path,
                        line,
                    )
                )
            if not (crisis.number.strip() or crisis.url.strip()):
                issues.append(
                    Issue(
                        "missing-number",
                        _("crisis line {name!r} has neither a number nor a URL").format(
                            name=crisis.name
                        ),
                        path,
                        line,
                    )
                )
    issues.extend(_cross_concept_conflicts(datas))
    return issues


def _cross_concept_conflicts(datas: Sequence[GlossaryData]) -> list[Issue]:
    """Across concepts, in one language: a wording forbidden in one concept but preferred in
    another (an error), and a written form (term or variant) listed in two concepts (a
    warning: a hit can name only one concept). Overrides of the same id are not clashes."""
    safe: dict[tuple[str, str], tuple[str, str | None, int | None]] = {}
    unsafe: dict[tuple[str, str], tuple[str, str | None, int | None]] = {}
    owner: dict[tuple[str, str], str] = {}
    shared: dict[tuple[str, str], tuple[str, str, str | None, int | None]] = {}
    for data in datas:
        for index, concept in enumerate(data.concepts):
            for code, entry in concept.languages.items():
                if code not in LANGUAGES:
                    continue
                rules = rules_for(code)
                for term in entry.terms:
                    line = data.term_lines.get((concept.id, code, term.text), data.line_of(index))
                    for written in (term.text, *term.variants):
                        key = (code, " ".join(normalize(written, rules.fold_accents).split()))
                        first = owner.setdefault(key, concept.id)
                        if first != concept.id and key not in shared:
                            shared[key] = (first, concept.id, data.path, line)
                        if written != term.text:
                            continue
                        where = (concept.id, data.path, line)
                        unsafe_status = term.status in (Status.FORBIDDEN, Status.SUPERSEDED)
                        (unsafe if unsafe_status else safe).setdefault(key, where)
    issues = []
    for key in sorted(set(safe) & set(unsafe)):
        safe_id, _p, _l = safe[key]
        unsafe_id, path, line = unsafe[key]
        if safe_id == unsafe_id:
            continue  # reported per concept
        issues.append(
            Issue(
                "conflicting-status",
                _(
                    "[{lang}] {term!r} is forbidden in {concept!r} but preferred/admitted in {other!r}"
                ).format(lang=key[0], term=key[1], concept=unsafe_id, other=safe_id),
                path,
                line,
                "error",
                unsafe_id,
            )
        )
    for key, (first, second, path, line) in sorted(shared.items()):
        issues.append(
            Issue(
                "shared-term",
                _("[{lang}] {term!r} is listed in both {first!r} and {second!r}").format(
                    lang=key[0], term=key[1], first=first, second=second
                ),
                path,
                line,
                "warning",
                second,
            )
        )
    return issues
