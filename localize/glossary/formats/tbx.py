"""TBX (ISO 30042): TBX-Basic style `martif/text/body/termEntry/langSet/tig`, read and written.

Statuses map to `administrativeStatus` (preferredTerm-, admittedTerm-, deprecatedTerm-,
supersededTerm-admn-sts; TBX-Min's preferred/admitted/notRecommended/obsolete are read
too), the category to `subjectField`, do-not-translate to `<descrip type="Translation
needed">no</descrip>` (what Weblate and translate-toolkit read). What TBX-Basic has no data
category for (risk, review flag, replacements, variants, algospeak) uses `x-` types, so a
round trip is lossless. Crisis lines are termEntries with `x-market`. TBX v3
(`conceptEntry/langSec/termSec`) is read as well.

Untrusted XML is parsed with defusedxml: entity declarations (billion laughs) and external
entities are refused with a clear error, never expanded.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any
from xml.etree import ElementTree as ET

from ...errors import GlossaryError
from ...i18n import _
from ...languages import LANGUAGES
from ..model import Category, Concept, CrisisLine, LanguageEntry, Review, Status, Term
from ..termbase import GlossaryData
from .jsonish import parse_category, parse_review

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STATUS_TO_TBX = {
    Status.PREFERRED: "preferredTerm-admn-sts",
    Status.ADMITTED: "admittedTerm-admn-sts",
    Status.FORBIDDEN: "deprecatedTerm-admn-sts",
    Status.SUPERSEDED: "supersededTerm-admn-sts",
}
TBX_TO_STATUS = {
    **{v.lower(): k for k, v in STATUS_TO_TBX.items()},
    "preferred": Status.PREFERRED,
    "admitted": Status.ADMITTED,
    "notrecommended": Status.FORBIDDEN,
    "deprecated": Status.FORBIDDEN,
    "forbidden": Status.FORBIDDEN,
    "forbiddenterm-admn-sts": Status.FORBIDDEN,
    "obsolete": Status.SUPERSEDED,
    "superseded": Status.SUPERSEDED,
}
CRISIS_SUBJECT = "crisis-line"


# ---- reading ------------------------------------------------------------------------------


class _Builder(ET.TreeBuilder):
    """A TreeBuilder that remembers the line where each element starts."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.parser: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:  # type: ignore[override]
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_xml(data: bytes, path: str | None) -> tuple[ET.Element, dict[int, int]]:
    import defusedxml
    from defusedxml.ElementTree import DefusedXMLParser

    builder = _Builder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except defusedxml.EntitiesForbidden:
        raise GlossaryError(
            _("unsafe XML: entity declarations are not allowed (possible entity-expansion attack)"),
            path=path,
            line=_line_of(parser),
        ) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise GlossaryError(
            _("unsafe XML: external references are not allowed"), path=path, line=_line_of(parser)
        ) from None
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        message = str(exc).split(": line", 1)[0]
        raise GlossaryError(
            _("invalid XML: {details}").format(details=message), path=path, line=line
        ) from None
    return root, builder.lines


def _line_of(parser: Any) -> int | None:
    try:
        return int(parser.parser.CurrentLineNumber)
    except Exception:  # noqa: BLE001 - best effort for the message only
        return None


def _text(element: ET.Element) -> str:
    return "".join(element.itertext())


def _lang_code(value: str) -> str:
    base = value.replace("_", "-").split("-", 1)[0].lower()
    return base if base in LANGUAGES else value


class _Reader:
    def __init__(self, path: str | None, lines: dict[int, int]) -> None:
        self.path = path
        self.lines = lines

    def line(self, element: ET.Element) -> int | None:
        return self.lines.get(id(element))

    def error(self, message: str, element: ET.Element) -> GlossaryError:
        return GlossaryError(message, path=self.path, line=self.line(element))

    def children(self, element: ET.Element, *names: str) -> list[ET.Element]:
        return [c for c in element if _local(c.tag) in names]

    def typed(self, element: ET.Element, kind: str) -> list[str]:
        """Text of child descrip/admin/termNote/note elements with type=kind."""
        return [
            _text(c)
            for c in element
            if _local(c.tag) in ("descrip", "admin", "termNote", "descripGrp", "adminGrp")
            and c.get("type") == kind
        ]

    def first(self, element: ET.Element, kind: str) -> str:
        values = self.typed(element, kind)
        return values[0] if values else ""

    def notes(self, element: ET.Element) -> str:
        return "\n".join(_text(c) for c in element if _local(c.tag) == "note")

    def boolean(self, element: ET.Element, kind: str, default: bool) -> bool:
        value = self.first(element, kind).strip().lower()
        if not value:
            return default
        if value in ("true", "yes", "1"):
            return True
        if value in ("false", "no", "0"):
            return False
        raise self.error(
            _("{kind} must be true or false, not {value!r}").format(kind=kind, value=value), element
        )

    def term(self, tig: ET.Element) -> Term:
        term_elements = self.children(tig, "term")
        if not term_elements:
            raise self.error(_("<tig> without a <term>"), tig)
        text = _text(term_elements[0])
        if not text.strip():
            raise self.error(_("empty term"), term_elements[0])
        raw_status = self.first(tig, "administrativeStatus").strip()
        status = Status.PREFERRED
        if raw_status:
            found = TBX_TO_STATUS.get(raw_status.lower())
            if found is None:
                raise self.error(
                    _("unknown administrativeStatus {status!r}").format(status=raw_status), tig
                )
            status = found
        algospeak = tuple(self.typed(tig, "x-algospeak"))
        variants = tuple(self.typed(tig, "x-variant"))
        for value in variants + algospeak:
            if not value.strip():
                raise self.error(_("empty variant of term {term!r}").format(term=text), tig)
        return Term(
            text=text,
            status=status,
            replacement=self.first(tig, "x-replacement") or None,
            reason=self.notes(tig),
            variants=tuple(dict.fromkeys(variants + algospeak)),
            algospeak=algospeak,
            verified=self.boolean(tig, "x-verified", True),
            sources=tuple(self.typed(tig, "source")),
            inflect=self.boolean(tig, "x-inflect", True),
            mask=self.boolean(tig, "x-mask", False),
            case_sensitive=self.boolean(tig, "x-caseSensitive", False),
            match=self.boolean(tig, "x-match", True),
        )

    def entry(self, lang_set: ET.Element) -> LanguageEntry:
        review_text = self.first(lang_set, "x-review") or "none"
        try:
            review = parse_review(review_text, self.path, self.line(lang_set))
        except GlossaryError:
            raise
        return LanguageEntry(
            terms=tuple(self.term(t) for t in self.children(lang_set, "tig", "ntig", "termSec")),
            review=review,
            guidance=self.first(lang_set, "x-guidance"),
            notes=self.notes(lang_set),
            verified=self.boolean(lang_set, "x-verified", True),
            sources=tuple(self.typed(lang_set, "source")),
        )

    def concept(self, entry: ET.Element) -> Concept:
        concept_id = (entry.get("id") or "").strip()
        if not concept_id:
            raise self.error(_("<termEntry> without an id"), entry)
        subject = self.first(entry, "subjectField") or "clinical"
        risk = (self.first(entry, "x-risk") or "low").strip().lower()
        if risk not in ("high", "medium", "low"):
            raise self.error(
                _("unknown risk {risk!r} (expected high, medium or low)").format(risk=risk), entry
            )
        languages: dict[str, LanguageEntry] = {}
        for lang_set in self.children(entry, "langSet", "langSec"):
            code = lang_set.get(XML_LANG) or lang_set.get("lang") or ""
            if not code:
                raise self.error(_("<langSet> without xml:lang"), lang_set)
            languages[_lang_code(code)] = self.entry(lang_set)
        translation_needed = self.first(entry, "Translation needed").strip().lower()
        notes = self.notes(entry)
        try:
            category = parse_category(subject, self.path, self.line(entry))
        except GlossaryError:
            # another tool's subject field ('Medicine'): keep it readable, file it as clinical
            category = Category.CLINICAL
            notes = f"subjectField: {subject}" + (f"\n{notes}" if notes else "")
        return Concept(
            id=concept_id,
            category=category,
            risk=risk,
            definition=self.first(entry, "definition"),
            sources=tuple(self.typed(entry, "source")),
            dnt=translation_needed == "no",
            languages=MappingProxyType(languages),
            notes=notes,
        )

    def crisis(self, entry: ET.Element) -> CrisisLine:
        lang_sets = self.children(entry, "langSet", "langSec")
        tigs = [t for ls in lang_sets for t in self.children(ls, "tig", "termSec")]
        if not tigs:
            raise self.error(_("crisis line entry without a name (<tig><term>)"), entry)
        tig = tigs[0]
        name = _text(self.children(tig, "term")[0]) if self.children(tig, "term") else ""
        if not name.strip():
            raise self.error(_("empty crisis line name"), tig)
        return CrisisLine(
            market=self.first(entry, "x-market").strip().upper(),
            name=name,
            number=self.first(tig, "x-number"),
            url=self.first(tig, "x-url"),
            notes=self.notes(tig),
            verified=self.boolean(tig, "x-verified", True),
            sources=tuple(self.typed(tig, "source")),
            aliases=tuple(self.typed(tig, "x-alias")),
        )


def read_tbx(data: bytes, path: str | None = None) -> GlossaryData:
    root, lines = _parse_xml(data, path)
    reader = _Reader(path, lines)
    if _local(root.tag) not in ("martif", "tbx"):
        raise GlossaryError(
            _("not a TBX file: root element is <{root}>, expected <martif> or <tbx>").format(
                root=_local(root.tag)
            ),
            path=path,
            line=reader.line(root),
        )
    name = description = ""
    sources: dict[str, str] = {}
    for element in root.iter():
        tag = _local(element.tag)
        if tag == "title" and not name:
            name = _text(element)
        elif tag == "p" and element.get("type") == "x-description":
            description = _text(element)
        elif tag == "p" and element.get("type") == "x-source":
            key, sep, value = _text(element).partition(" = ")
            if not sep:
                raise reader.error("x-source paragraph must read 'KEY = VALUE'", element)
            sources[key] = value
    concepts: list[Concept] = []
    concept_lines: list[int | None] = []
    crisis: list[CrisisLine] = []
    crisis_lines: list[int | None] = []
    term_lines: dict[tuple[str, str, str], int] = {}
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        if reader.first(entry, "subjectField") == CRISIS_SUBJECT:
            crisis.append(reader.crisis(entry))
            crisis_lines.append(reader.line(entry))
            continue
        concept = reader.concept(entry)
        concepts.append(concept)
        concept_lines.append(reader.line(entry))
        for lang_set in reader.children(entry, "langSet", "langSec"):
            code = _lang_code(lang_set.get(XML_LANG) or lang_set.get("lang") or "")
            for tig in reader.children(lang_set, "tig", "ntig", "termSec"):
                term = reader.children(tig, "term")
                line = reader.line(tig)
                if term and line is not None:
                    term_lines.setdefault((concept.id, code, _text(term[0])), line)
    return GlossaryData(
        concepts=tuple(concepts),
        crisis_lines=tuple(crisis),
        name=name,
        description=description,
        sources=sources,
        path=path,
        concept_lines=tuple(concept_lines),
        crisis_line_numbers=tuple(crisis_lines),
        overrides=frozenset(),
        term_lines=term_lines,
    )


# ---- writing ------------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _write_provenance(
    parent: ET.Element, sources: tuple[str, ...], verified: bool, note: str
) -> None:
    """Sources, an unverified mark and a note, in the order TBX-Basic's `tig` wants them."""
    for source in sources:
        _sub(parent, "admin", source, type="source")
    if not verified:
        _sub(parent, "admin", "false", type="x-verified")
    if note:
        _sub(parent, "note", note)


def _write_term(parent: ET.Element, term: Term) -> None:
    tig = _sub(parent, "tig")
    _sub(tig, "term", term.text)
    _sub(tig, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
    if term.replacement:
        _sub(tig, "termNote", term.replacement, type="x-replacement")
    for variant in term.variants:
        if variant not in term.algospeak:
            _sub(tig, "termNote", variant, type="x-variant")
    for variant in term.algospeak:
        _sub(tig, "termNote", variant, type="x-algospeak")
    if not term.inflect:
        _sub(tig, "termNote", "false", type="x-inflect")
    if term.mask:
        _sub(tig, "termNote", "true", type="x-mask")
    if not term.match:
        _sub(tig, "termNote", "false", type="x-match")
    if term.case_sensitive:
        _sub(tig, "termNote", "true", type="x-caseSensitive")
    _write_provenance(tig, term.sources, term.verified, term.reason)


def write_tbx(glossary: Any) -> str:
    """TBX-Basic XML for a glossary (Glossary or GlossaryData)."""
    root = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = _sub(root, "martifHeader")
    file_desc = _sub(header, "fileDesc")
    title_stmt = _sub(file_desc, "titleStmt")
    _sub(title_stmt, "title", getattr(glossary, "name", "") or "glossary")
    source_desc = _sub(file_desc, "sourceDesc")
    if getattr(glossary, "description", ""):
        _sub(source_desc, "p", glossary.description, type="x-description")
    for key, value in glossary.sources.items():
        _sub(source_desc, "p", f"{key} = {value}", type="x-source")
    if not len(source_desc):
        _sub(source_desc, "p", "localize")
    encoding = _sub(header, "encodingDesc")
    _sub(encoding, "p", "TBXBasicXCSV02.xcs", type="XCSURI")
    body = _sub(_sub(root, "text"), "body")
    concepts = glossary.concepts
    for concept in concepts.values() if isinstance(concepts, Mapping) else concepts:
        entry = _sub(body, "termEntry", id=concept.id)
        _sub(entry, "descrip", concept.category.value, type="subjectField")
        if concept.definition:
            _sub(entry, "descrip", concept.definition, type="definition")
        if concept.dnt:
            _sub(entry, "descrip", "no", type="Translation needed")
        _sub(entry, "admin", concept.risk, type="x-risk")
        for source in concept.sources:
            _sub(entry, "admin", source, type="source")
        if concept.notes:
            _sub(entry, "note", concept.notes)
        for code, lang_entry in concept.languages.items():
            lang_set = _sub(entry, "langSet", **{XML_LANG: code})
            if lang_entry.review is not Review.NONE:
                _sub(lang_set, "admin", lang_entry.review.value, type="x-review")
            if lang_entry.guidance:
                _sub(lang_set, "descrip", lang_entry.guidance, type="x-guidance")
            if not lang_entry.verified:
                _sub(lang_set, "admin", "false", type="x-verified")
            for source in lang_entry.sources:
                _sub(lang_set, "admin", source, type="source")
            if lang_entry.notes:
                _sub(lang_set, "note", lang_entry.notes)
            for term in lang_entry.terms:
                _write_term(lang_set, term)
    lines = (
        glossary.all_crisis_lines()
        if hasattr(glossary, "all_crisis_lines")
        else glossary.crisis_lines
    )
    counters: dict[str, int] = {}
    for line in lines:
        counters[line.market] = counters.get(line.market, 0) + 1
        entry = _sub(body, "termEntry", id=f"crisis-{line.market}-{counters[line.market]}")
        _sub(entry, "descrip", CRISIS_SUBJECT, type="subjectField")
        _sub(entry, "descrip", "no", type="Translation needed")
        _sub(entry, "admin", line.market, type="x-market")
        from ...languages import MARKETS

        market = MARKETS.get(line.market)
        lang = market.languages[0] if market else "und"
        tig = _sub(_sub(entry, "langSet", **{XML_LANG: lang}), "tig")
        _sub(tig, "term", line.name)
        if line.number:
            _sub(tig, "termNote", line.number, type="x-number")
        if line.url:
            _sub(tig, "termNote", line.url, type="x-url")
        for alias in line.aliases:
            _sub(tig, "termNote", alias, type="x-alias")
        _write_provenance(tig, line.sources, line.verified, line.notes)
    ET.indent(root, space="  ")
    body_text = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body_text + "\n"
