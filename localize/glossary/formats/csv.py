"""CSV: one row per term, the layout spreadsheets and Weblate/Crowdin glossary imports map.

Every row repeats its concept's fields, so a spreadsheet can be sorted and filtered freely.
`kind` says what a row holds: `term` (a term of one language), `entry` (a language entry
without terms, e.g. no-safe-translation guidance), `concept` (a concept without language
entries), `crisis` (a crisis line: `term` is the service name), `source` (a source key in
`id`, its reference in `definition`), `glossary` (name in `id`, description in `definition`).
Lists (sources, variants, aliases) are joined with ` | `; a literal `|` or `\\` is escaped
with a backslash. Rows of the same concept need not be adjacent.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ...errors import GlossaryError
from ...i18n import _
from ..model import RISKS, Concept, CrisisLine, LanguageEntry, Review, Term
from ..termbase import GlossaryData
from .jsonish import TERM_FIELDS, parse_category, parse_review, parse_status

COLUMNS: tuple[str, ...] = (
    "kind",
    "id",
    "category",
    "risk",
    "dnt",
    "definition",
    "concept_sources",
    "concept_notes",
    "language",
    "review",
    "guidance",
    "notes",
    "entry_verified",
    "entry_sources",
    "term",
    *TERM_FIELDS,
    "market",
    "number",
    "url",
    "aliases",
)
_KINDS = ("term", "entry", "concept", "crisis", "source", "glossary")


def _escape(value: str) -> str:
    out = value.replace("\\", "\\\\").replace("|", "\\|")
    if out.startswith(" "):
        out = "\\" + out
    if out.endswith(" ") and not out.endswith("\\ "):
        out = out[:-1] + "\\ "
    return out


def _join(values: tuple[str, ...] | list[str]) -> str:
    return " | ".join(_escape(v) for v in values)


def _split(value: str) -> tuple[str, ...]:
    """Inverse of _join: split on unescaped '|', dropping the unescaped padding spaces."""
    if not value.strip():
        return ()
    items: list[list[tuple[str, bool]]] = [[]]
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            items[-1].append((next(chars, "\\"), True))
        elif ch == "|":
            items.append([])
        else:
            items[-1].append((ch, False))
    out = []
    last = len(items) - 1
    for index, item in enumerate(items):
        if index > 0 and item and item[0] == (" ", False):
            item = item[1:]
        if index < last and item and item[-1] == (" ", False):
            item = item[:-1]
        out.append("".join(ch for ch, _escaped in item))
    return tuple(out)


def _flag(value: bool, default: bool) -> str:
    return "" if value == default else ("true" if value else "false")


# ---- writing ------------------------------------------------------------------------------


def write_csv(glossary: Any) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    if getattr(glossary, "name", "") or getattr(glossary, "description", ""):
        writer.writerow(
            {"kind": "glossary", "id": glossary.name, "definition": glossary.description}
        )
    for key, value in glossary.sources.items():
        writer.writerow({"kind": "source", "id": key, "definition": value})
    concepts = glossary.concepts
    for concept in concepts.values() if isinstance(concepts, Mapping) else concepts:
        base = {
            "id": concept.id,
            "category": concept.category.value,
            "risk": concept.risk,
            "dnt": _flag(concept.dnt, False),
            "definition": concept.definition,
            "concept_sources": _join(concept.sources),
            "concept_notes": concept.notes,
        }
        if not concept.languages:
            writer.writerow({**base, "kind": "concept"})
        for code, entry in concept.languages.items():
            entry_fields = {
                **base,
                "language": code,
                "review": entry.review.value if entry.review is not Review.NONE else "",
                "guidance": entry.guidance,
                "notes": entry.notes,
                "entry_verified": _flag(entry.verified, True),
                "entry_sources": _join(entry.sources),
            }
            if not entry.terms:
                writer.writerow({**entry_fields, "kind": "entry"})
            for term in entry.terms:
                writer.writerow(
                    {
                        **entry_fields,
                        "kind": "term",
                        "term": term.text,
                        "status": term.status.value,
                        "replacement": term.replacement or "",
                        "reason": term.reason,
                        "variants": _join([v for v in term.variants if v not in term.algospeak]),
                        "algospeak": _join(term.algospeak),
                        "verified": _flag(term.verified, True),
                        "sources": _join(term.sources),
                        "inflect": _flag(term.inflect, True),
                        "mask": _flag(term.mask, False),
                        "case_sensitive": _flag(term.case_sensitive, False),
                        "match": _flag(term.match, True),
                    }
                )
    lines = (
        glossary.all_crisis_lines()
        if hasattr(glossary, "all_crisis_lines")
        else glossary.crisis_lines
    )
    for line in lines:
        writer.writerow(
            {
                "kind": "crisis",
                "market": line.market,
                "term": line.name,
                "number": line.number,
                "url": line.url,
                "notes": line.notes,
                "verified": _flag(line.verified, True),
                "sources": _join(line.sources),
                "aliases": _join(line.aliases),
            }
        )
    return out.getvalue()


# ---- reading ------------------------------------------------------------------------------


def _bool(row: Mapping[str, str], key: str, default: bool, path: str | None, line: int) -> bool:
    value = (row.get(key) or "").strip().lower()
    if not value:
        return default
    if value in ("true", "yes", "1", "y"):
        return True
    if value in ("false", "no", "0", "n"):
        return False
    raise GlossaryError(
        _("column {key!r} must be true or false, not {value!r}").format(key=key, value=value),
        path=path,
        line=line,
    )


def read_csv(text: str, path: str | None = None) -> GlossaryData:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise GlossaryError(_("empty CSV file"), path=path, line=1) from None
    except csv.Error as exc:
        raise GlossaryError(
            _("invalid CSV: {details}").format(details=exc), path=path, line=1
        ) from None
    header = [h.strip().lower() for h in header]
    missing = [c for c in ("id", "term", "language") if c not in header]
    if missing:
        raise GlossaryError(
            _("CSV header lacks column(s) {columns}; expected: {expected}").format(
                columns=", ".join(missing), expected=",".join(COLUMNS)
            ),
            path=path,
            line=1,
        )
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise GlossaryError(
            _("unknown CSV column(s): {columns}").format(columns=", ".join(unknown)),
            path=path,
            line=1,
        )

    name = description = ""
    sources: dict[str, str] = {}
    concept_rows: dict[str, dict[str, Any]] = {}
    concept_lines: dict[str, int] = {}
    entries: dict[str, dict[str, dict[str, Any]]] = {}
    crisis: list[CrisisLine] = []
    crisis_lines: list[int | None] = []
    term_lines: dict[tuple[str, str, str], int] = {}
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise GlossaryError(
                _("invalid CSV: {details}").format(details=exc), path=path, line=reader.line_num
            ) from None
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            raise GlossaryError(
                _("row has {fields} fields, the header has {columns}").format(
                    fields=len(values), columns=len(header)
                ),
                path=path,
                line=line,
            )
        row = dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
        kind = (row.get("kind") or "term").strip().lower() or "term"
        if kind not in _KINDS:
            raise GlossaryError(
                _("unknown row kind {kind!r}").format(kind=kind), path=path, line=line
            )
        if kind == "glossary":
            name, description = row.get("id", ""), row.get("definition", "")
            continue
        if kind == "source":
            sources[row.get("id", "")] = row.get("definition", "")
            continue
        if kind == "crisis":
            line_name = row.get("term", "")
            if not line_name.strip():
                raise GlossaryError(_("empty crisis line name"), path=path, line=line)
            crisis.append(
                CrisisLine(
                    market=row.get("market", "").strip().upper(),
                    name=line_name,
                    number=row.get("number", ""),
                    url=row.get("url", ""),
                    notes=row.get("notes", ""),
                    verified=_bool(row, "verified", True, path, line),
                    sources=_split(row.get("sources", "")),
                    aliases=_split(row.get("aliases", "")),
                )
            )
            crisis_lines.append(line)
            continue
        concept_id = row.get("id", "").strip()
        if not concept_id:
            raise GlossaryError(_("row without a concept id"), path=path, line=line)
        if concept_id not in concept_rows:
            risk = (row.get("risk") or "low").strip().lower()
            if risk not in RISKS:
                raise GlossaryError(
                    _("unknown risk {risk!r} (expected high, medium or low)").format(risk=risk),
                    path=path,
                    line=line,
                )
            concept_rows[concept_id] = {
                "category": parse_category(row.get("category") or "", path, line),
                "risk": risk,
                "dnt": _bool(row, "dnt", False, path, line),
                "definition": row.get("definition", ""),
                "sources": _split(row.get("concept_sources", "")),
                "notes": row.get("concept_notes", ""),
            }
            concept_lines[concept_id] = line
            entries[concept_id] = {}
        if kind == "concept":
            continue
        code = row.get("language", "").strip()
        if not code:
            raise GlossaryError(_("term row without a language"), path=path, line=line)
        entry = entries[concept_id].get(code)
        if entry is None:
            entry = entries[concept_id][code] = {
                "review": parse_review(row.get("review") or "none", path, line),
                "guidance": row.get("guidance", ""),
                "notes": row.get("notes", ""),
                "verified": _bool(row, "entry_verified", True, path, line),
                "sources": _split(row.get("entry_sources", "")),
                "terms": [],
            }
        if kind == "entry":
            continue
        text = row.get("term", "")
        if not text.strip():
            raise GlossaryError(_("empty term"), path=path, line=line)
        variants = _split(row.get("variants", ""))
        algospeak = _split(row.get("algospeak", ""))
        if any(not v.strip() for v in variants + algospeak):
            raise GlossaryError(
                _("empty variant of term {term!r}").format(term=text), path=path, line=line
            )
        entry["terms"].append(
            Term(
                text=text,
                status=parse_status(row.get("status") or "preferred", path, line),
                replacement=row.get("replacement") or None,
                reason=row.get("reason", ""),
                variants=tuple(dict.fromkeys(variants + algospeak)),
                algospeak=algospeak,
                verified=_bool(row, "verified", True, path, line),
                sources=_split(row.get("sources", "")),
                inflect=_bool(row, "inflect", True, path, line),
                mask=_bool(row, "mask", False, path, line),
                case_sensitive=_bool(row, "case_sensitive", False, path, line),
                match=_bool(row, "match", True, path, line),
            )
        )
        term_lines.setdefault((concept_id, code, text), line)

    concepts = []
    for concept_id, fields in concept_rows.items():
        languages = {
            code: LanguageEntry(
                terms=tuple(e["terms"]),
                review=e["review"],
                guidance=e["guidance"],
                notes=e["notes"],
                verified=e["verified"],
                sources=e["sources"],
            )
            for code, e in entries[concept_id].items()
        }
        concepts.append(Concept(id=concept_id, languages=MappingProxyType(languages), **fields))
    return GlossaryData(
        concepts=tuple(concepts),
        crisis_lines=tuple(crisis),
        name=name,
        description=description,
        sources=sources,
        path=path,
        concept_lines=tuple(concept_lines[c.id] for c in concepts),
        crisis_line_numbers=tuple(crisis_lines),
        overrides=frozenset(),
        term_lines=term_lines,
    )
