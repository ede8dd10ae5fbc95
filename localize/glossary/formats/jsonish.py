"""The model as plain data (dicts, lists, strings) and back: shared by TOML, JSON and the version hash.

Defaults are left out, so the canonical files stay short and diffs show only what a
person wrote. `concept_from_data` checks types and enum values and raises GlossaryError
with the place (`where(...)` gives the line) so every format reports bad input the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

from ...errors import GlossaryError
from ...i18n import _
from ..model import RISKS, Category, Concept, CrisisLine, LanguageEntry, Review, Status, Term

Where = Callable[[str | None], int | None]

# A term's fields after its text, in the order every format writes them (CSV columns too).
TERM_FIELDS = (
    "status",
    "replacement",
    "reason",
    "variants",
    "algospeak",
    "verified",
    "sources",
    "inflect",
    "mask",
    "case_sensitive",
    "match",
)
TERM_KEYS = ("text", *TERM_FIELDS)
ENTRY_KEYS = ("review", "guidance", "notes", "verified", "sources", "terms")
CONCEPT_KEYS = (
    "id",
    "category",
    "risk",
    "definition",
    "sources",
    "dnt",
    "notes",
    "override",
    "terms",
    "lang",
)
CRISIS_KEYS = ("market", "name", "number", "url", "notes", "verified", "sources", "aliases")

STATUS_ALIASES = {
    "preferred": Status.PREFERRED,
    "admitted": Status.ADMITTED,
    "forbidden": Status.FORBIDDEN,
    "deprecated": Status.FORBIDDEN,
    "superseded": Status.SUPERSEDED,
    "obsolete": Status.SUPERSEDED,
}


def _no_where(_needle: str | None) -> int | None:
    return None


def _err(message: str, path: str | None, line: int | None) -> GlossaryError:
    return GlossaryError(message, path=path, line=line)


def _str(
    value: Any, key: str, path: str | None, line: int | None, *, required: bool = False
) -> str:
    if value is None:
        if required:
            raise _err(_("missing {key!r}").format(key=key), path, line)
        return ""
    if not isinstance(value, str):
        raise _err(
            _("{key!r} must be a string, not {type}").format(key=key, type=type(value).__name__),
            path,
            line,
        )
    return value


def _bool(value: Any, key: str, default: bool, path: str | None, line: int | None) -> bool:
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _err(_("{key!r} must be true or false").format(key=key), path, line)
    return value


def _strs(value: Any, key: str, path: str | None, line: int | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(_("{key!r} must be a list of strings").format(key=key), path, line)
    return tuple(value)


def _check_keys(
    data: Mapping[str, Any], allowed: tuple[str, ...], what: str, path: str | None, where: Where
) -> None:
    for key in data:
        if key not in allowed:
            raise _err(
                _("unknown key {key!r} in {what} (expected one of: {allowed})").format(
                    key=key, what=what, allowed=", ".join(allowed)
                ),
                path,
                where(key),
            )


def parse_status(value: Any, path: str | None, line: int | None) -> Status:
    if not isinstance(value, str) or value.strip().lower() not in STATUS_ALIASES:
        raise _err(
            _(
                "unknown status {value!r} (expected preferred, admitted, forbidden or superseded)"
            ).format(value=value),
            path,
            line,
        )
    return STATUS_ALIASES[value.strip().lower()]


def parse_review(value: Any, path: str | None, line: int | None) -> Review:
    text = value.strip().lower().replace("_", "-") if isinstance(value, str) else value
    try:
        return Review(text or "none")
    except ValueError:
        raise _err(
            _(
                "unknown review flag {value!r} (expected none, required or no-safe-translation)"
            ).format(value=value),
            path,
            line,
        ) from None


def parse_category(value: Any, path: str | None, line: int | None) -> Category:
    text = value.strip().lower().replace("_", "-") if isinstance(value, str) else value
    aliases = {"slang-trend": "slang", "brand-dnt": "brand", "number-dnt": "crisis"}
    try:
        return Category(aliases.get(text, text))
    except ValueError:
        raise _err(
            _("unknown category {value!r} (expected one of: {allowed})").format(
                value=value, allowed=", ".join(c.value for c in Category)
            ),
            path,
            line,
        ) from None


def term_from_data(data: Any, path: str | None, where: Where) -> Term:
    if isinstance(data, str):
        data = {"text": data}
    if not isinstance(data, Mapping):
        raise _err(
            'a term must be a table like { text = "...", status = "preferred" }', path, where(None)
        )
    text = data.get("text")
    line = where(text if isinstance(text, str) and text.strip() else None)
    _check_keys(data, TERM_KEYS, _("term"), path, lambda key: line)
    text = _str(text, "text", path, line, required=True)
    if not text.strip():
        raise _err(_("empty term"), path, line)
    variants = _strs(data.get("variants"), "variants", path, line)
    algospeak = _strs(data.get("algospeak"), "algospeak", path, line)
    for value in variants + algospeak:
        if not value.strip():
            raise _err(_("empty variant of term {term!r}").format(term=text), path, line)
    replacement = data.get("replacement")
    return Term(
        text=text,
        status=parse_status(data.get("status", "preferred"), path, line),
        replacement=_str(replacement, "replacement", path, line) or None,
        reason=_str(data.get("reason"), "reason", path, line),
        variants=tuple(dict.fromkeys(variants + algospeak)),
        algospeak=algospeak,
        verified=_bool(data.get("verified"), "verified", True, path, line),
        sources=_strs(data.get("sources"), "sources", path, line),
        inflect=_bool(data.get("inflect"), "inflect", True, path, line),
        mask=_bool(data.get("mask"), "mask", False, path, line),
        case_sensitive=_bool(data.get("case_sensitive"), "case_sensitive", False, path, line),
        match=_bool(data.get("match"), "match", True, path, line),
    )


def entry_from_data(data: Any, lang: str, path: str | None, where: Where) -> LanguageEntry:
    line = where(None)
    if not isinstance(data, Mapping):
        raise _err(_("language entry {lang!r} must be a table").format(lang=lang), path, line)
    _check_keys(data, ENTRY_KEYS, _("language entry {lang!r}").format(lang=lang), path, where)
    terms = data.get("terms", [])
    if not isinstance(terms, list):
        raise _err(_("'terms' of {lang!r} must be a list").format(lang=lang), path, where("terms"))
    return LanguageEntry(
        terms=tuple(term_from_data(t, path, where) for t in terms),
        review=parse_review(data.get("review", "none"), path, where("review")),
        guidance=_str(data.get("guidance"), "guidance", path, line),
        notes=_str(data.get("notes"), "notes", path, line),
        verified=_bool(data.get("verified"), "verified", True, path, where("verified")),
        sources=_strs(data.get("sources"), "sources", path, line),
    )


def concept_from_data(
    data: Any, path: str | None, where: Where = _no_where, languages: tuple[str, ...] = ()
) -> tuple[Concept, bool]:
    """(concept, override flag). DNT concepts may list `terms` once for every language."""
    line = where(None)
    if not isinstance(data, Mapping):
        raise _err(_("a concept must be a table"), path, line)
    _check_keys(data, CONCEPT_KEYS, _("concept"), path, where)
    concept_id = _str(data.get("id"), "id", path, line, required=True).strip()
    if not concept_id:
        raise _err(_("empty concept id"), path, line)
    risk = _str(data.get("risk", "low"), "risk", path, where("risk")).strip().lower()
    if risk not in RISKS:
        raise _err(
            _("unknown risk {risk!r} (expected high, medium or low)").format(risk=risk),
            path,
            where("risk"),
        )
    lang_data = data.get("lang", {})
    if not isinstance(lang_data, Mapping):
        raise _err(_("'lang' must be a table of language entries"), path, where("lang"))
    entries = {
        str(code): entry_from_data(value, str(code), path, where)
        for code, value in lang_data.items()
    }
    shared = data.get("terms")
    if shared is not None:
        if not isinstance(shared, list):
            raise _err(_("'terms' must be a list"), path, where("terms"))
        shared_terms = tuple(term_from_data(t, path, where) for t in shared)
        for code in languages:
            if code not in entries:
                entries[code] = LanguageEntry(terms=shared_terms)
    concept = Concept(
        id=concept_id,
        category=parse_category(data.get("category"), path, where("category")),
        risk=risk,
        definition=_str(data.get("definition"), "definition", path, line),
        sources=_strs(data.get("sources"), "sources", path, line),
        dnt=_bool(data.get("dnt"), "dnt", False, path, where("dnt")),
        languages=MappingProxyType(entries),
        notes=_str(data.get("notes"), "notes", path, line),
    )
    return concept, _bool(data.get("override"), "override", False, path, where("override"))


def crisis_from_data(data: Any, path: str | None, where: Where = _no_where) -> CrisisLine:
    line = where(None)
    if not isinstance(data, Mapping):
        raise _err(_("a crisis line must be a table"), path, line)
    _check_keys(data, CRISIS_KEYS, _("crisis line"), path, where)
    name = _str(data.get("name"), "name", path, line, required=True)
    market = _str(data.get("market"), "market", path, line, required=True).strip().upper()
    if not name.strip():
        raise _err(_("empty crisis line name"), path, line)
    return CrisisLine(
        market=market,
        name=name,
        number=_str(data.get("number"), "number", path, line),
        url=_str(data.get("url"), "url", path, line),
        notes=_str(data.get("notes"), "notes", path, line),
        verified=_bool(data.get("verified"), "verified", True, path, line),
        sources=_strs(data.get("sources"), "sources", path, line),
        aliases=_strs(data.get("aliases"), "aliases", path, line),
    )


# ---- model -> data ----------------------------------------------------------------------


def term_to_data(term: Term) -> dict[str, Any]:
    data: dict[str, Any] = {"text": term.text, "status": term.status.value}
    if term.replacement:
        data["replacement"] = term.replacement
    if term.reason:
        data["reason"] = term.reason
    plain = [v for v in term.variants if v not in term.algospeak]
    if plain:
        data["variants"] = plain
    if term.algospeak:
        data["algospeak"] = list(term.algospeak)
    if not term.verified:
        data["verified"] = False
    if term.sources:
        data["sources"] = list(term.sources)
    if not term.inflect:
        data["inflect"] = False
    if term.mask:
        data["mask"] = True
    if term.case_sensitive:
        data["case_sensitive"] = True
    if not term.match:
        data["match"] = False
    return data


def entry_to_data(entry: LanguageEntry) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if entry.review is not Review.NONE:
        data["review"] = entry.review.value
    if entry.guidance:
        data["guidance"] = entry.guidance
    if entry.notes:
        data["notes"] = entry.notes
    if not entry.verified:
        data["verified"] = False
    if entry.sources:
        data["sources"] = list(entry.sources)
    data["terms"] = [term_to_data(t) for t in entry.terms]
    return data


def concept_to_data(concept: Concept) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": concept.id,
        "category": concept.category.value,
        "risk": concept.risk,
    }
    if concept.definition:
        data["definition"] = concept.definition
    if concept.sources:
        data["sources"] = list(concept.sources)
    if concept.dnt:
        data["dnt"] = True
    if concept.notes:
        data["notes"] = concept.notes
    data["lang"] = {code: entry_to_data(e) for code, e in concept.languages.items()}
    return data


def crisis_to_data(line: CrisisLine) -> dict[str, Any]:
    data: dict[str, Any] = {"market": line.market, "name": line.name}
    for key in ("number", "url", "notes"):
        value = getattr(line, key)
        if value:
            data[key] = value
    if not line.verified:
        data["verified"] = False
    if line.sources:
        data["sources"] = list(line.sources)
    if line.aliases:
        data["aliases"] = list(line.aliases)
    return data


def glossary_to_data(glossary: Any) -> dict[str, Any]:
    """A whole Glossary (or GlossaryData) as plain data, in a stable order."""
    concepts = glossary.concepts
    concepts = list(concepts.values()) if isinstance(concepts, Mapping) else list(concepts)
    lines = (
        glossary.all_crisis_lines()
        if hasattr(glossary, "all_crisis_lines")
        else list(glossary.crisis_lines)
    )
    data: dict[str, Any] = {}
    header = {k: getattr(glossary, k) for k in ("name", "description") if getattr(glossary, k, "")}
    if header:
        data["glossary"] = header
    if glossary.sources:
        data["sources"] = dict(glossary.sources)
    data["concept"] = [concept_to_data(c) for c in concepts]
    data["crisis"] = [crisis_to_data(line) for line in lines]
    return data
