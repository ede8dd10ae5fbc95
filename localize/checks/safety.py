"""Safe-messaging checks, shared by captions and catalog entries (codes L3xx).

One implementation serves both: a caption is checked in its own language for the markets
it reaches and the languages it will be localized into; a PO entry's msgstr is checked in
the catalog's language for the catalog's market, and its msgid (English) for terms the
catalog's language cannot translate safely.

Severities, and why:
- forbidden-term: error. The glossary names the wording a guideline forbids (criminal
  framing, "successful suicide", superseded diagnoses) and what to say instead.
- stigma-term: warning. Stigmatising words may be quoted on purpose ("stop calling people
  psycho"), so they are flagged for a human and never replaced automatically.
- no-safe-translation: warning on a caption (the source may publish; its translation must
  wait for a human), error on a translated catalog entry (the unsafe decision already
  shipped into a catalog without a reviewer's mark).
- needs-review: info. The target language has wording, but a reviewer must confirm it.
- crisis-line: error for a crisis number or service that serves none of the markets the
  text reaches (a viewer in Japan cannot call 988); warning when a caption about suicide
  has no crisis resource at all, or when a market it will be localized for has no line.
- do-not-translate: info, only when the caption will be translated (`--to`).
- language-mismatch: warning (see `caption_language.py`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from ..findings import Finding, Severity
from ..i18n import _
from ..languages import LANGUAGES
from . import CheckContext, check
from .units import CaptionUnit, EntryUnit

# ---- shared helpers ----------------------------------------------------------------------


def _value(enum_or_str: Any) -> str:
    return str(getattr(enum_or_str, "value", enum_or_str))


_FORBIDDEN = ("forbidden", "superseded")


def term_hits(ctx: CheckContext, text: str, lang: str | None) -> list[Any]:
    """Glossary hits of `text` in `lang`, computed once per run and shared by every check.

    With no language (detection declined), the text is matched in every supported
    language and overlapping hits are dropped, so a short unsafe caption is not let
    through merely because it is too short to identify.
    """
    if not text:
        return []
    glossary = ctx.glossary
    if glossary is None:
        return []
    if lang is not None:
        return ctx.memo(("term-hits", lang, text), lambda: glossary.match(text, lang))

    def every_language() -> list[Any]:
        hits: list[Any] = []
        taken: list[tuple[int, int]] = []
        for code in LANGUAGES:
            for hit in glossary.match(text, code):
                if any(hit.start < end and start < hit.end for start, end in taken):
                    continue
                hits.append(hit)
                taken.append((hit.start, hit.end))
        hits.sort(key=lambda h: (h.start, h.end))
        return hits

    return ctx.memo(("term-hits", None, text), every_language)


def crisis_hits(ctx: CheckContext, text: str) -> list[Any]:
    glossary = ctx.glossary
    if glossary is None or not text:
        return []
    return ctx.memo(("crisis-hits", text), lambda: glossary.find_crisis_resources(text))


def _is_forbidden(hit: Any) -> bool:
    return _value(hit.status) in _FORBIDDEN


def _is_stigma(hit: Any) -> bool:
    return _value(hit.concept.category) == "stigma"


def _about_suicide(hit: Any) -> bool:
    concept = hit.concept
    about = getattr(concept, "about_suicide", None)
    if about is None:
        about = _value(concept.category) == "safe-messaging" and concept.risk == "high"
    return bool(about or hit.algospeak)


@lru_cache(maxsize=64)
def _language_name(code: str, ui: str) -> str:
    from ..languages import display_name

    try:
        return display_name(code, ui)
    except Exception:  # babel without data for a UI locale: the code is still clear
        return code


def language_name(code: str) -> str:
    """The language's name in the UI language ('japonais' for ja in a French UI)."""
    from ..i18n import ui_language

    return _language_name(code, ui_language())


def _sources(*groups: Sequence[str]) -> str | None:
    for group in groups:
        if group:
            return "; ".join(group[:3])
    return None


def cited(ctx: CheckContext, findings: Iterator[Finding]) -> Iterator[Finding]:
    """Findings with their source keys ("K40; CON") resolved to the glossary's citations.

    Text output shows the short keys; JSON carries `references`, so a reviewer can open
    the guideline behind each finding.
    """
    citations = getattr(ctx.glossary, "sources", None) or {}
    for finding in findings:
        if finding.source and citations:
            refs = tuple(
                f"{key}: {citations[key]}" for key in finding.source.split("; ") if key in citations
            )
            if refs:
                finding = finding._replace(extra=finding.extra + (("references", refs),))
        yield finding


def _suggest_replacement(ctx: CheckContext, hit: Any, lang: str | None) -> str | None:
    if hit.term.replacement:
        return hit.term.replacement
    code = lang or getattr(hit, "lang", "") or ""
    if not code:
        return None
    preferred = ctx.glossary.preferred_terms(hit.concept.id, code)
    return " / ".join(preferred[:3]) if preferred else None


def _term_finding(
    ctx: CheckContext, hit: Any, code: str | None, entry: Any, message: str
) -> Finding:
    """A finding on a glossary hit, with its replacement and the most specific sources."""
    return Finding(
        message=message,
        span=(hit.start, hit.end),
        matched=hit.text,
        concept=hit.concept.id,
        suggestion=_suggest_replacement(ctx, hit, code),
        source=_sources(hit.term.sources, entry.sources if entry else (), hit.concept.sources),
    )


def forbidden_findings(ctx: CheckContext, text: str, lang: str | None) -> Iterator[Finding]:
    """forbidden-term findings for `text`, shared by the caption and the entry checks."""
    for hit in term_hits(ctx, text, lang):
        if not _is_forbidden(hit) or _is_stigma(hit):
            continue
        code = lang or hit.lang
        entry = hit.concept.entry(code) if code else None
        reason = hit.term.reason or (entry.notes if entry is not None else "")
        if code:
            message = _('"{text}" is wording to avoid in {language}').format(
                text=hit.text, language=language_name(code)
            )
        else:
            message = _('"{text}" is wording to avoid').format(text=hit.text)
        if reason:
            message += f": {reason}"
        yield _term_finding(ctx, hit, code, entry, message)


def stigma_findings(ctx: CheckContext, text: str, lang: str | None) -> Iterator[Finding]:
    for hit in term_hits(ctx, text, lang):
        if not _is_stigma(hit) or not _is_forbidden(hit):
            continue
        code = lang or hit.lang
        message = _('"{text}" is stigmatising: rephrase unless it is quoted on purpose').format(
            text=hit.text
        )
        if hit.term.reason:
            message += f" ({hit.term.reason})"
        entry = hit.concept.entry(code) if code else None
        yield _term_finding(ctx, hit, code, entry, message)


def line_label(line: Any) -> str:
    """'JP: よりそいホットライン 0120-279-338' (unverified lines say so)."""
    name, number = line.name, line.number
    label = name if not number or number in name else f"{name} {number}"
    if line.url and not number:
        label = f"{label} ({line.url})"
    label = f"{line.market}: {label}"
    if not line.verified:
        label += " " + _("(unverified: confirm before publishing)")
    return label


def lines_for(ctx: CheckContext, markets: Sequence[str]) -> str | None:
    """The primary crisis line of each market, as one suggestion."""
    crisis_lines = ctx.glossary.crisis_lines
    labels = [line_label(crisis_lines[m][0]) for m in markets if crisis_lines.get(m)]
    return "; ".join(labels) if labels else None


def _clusters(text: str, hits: list[Any], gap: int = 24) -> list[tuple[int, int, Any]]:
    """Hits of one crisis line that sit together ("Samaritans on 116 123") as one span."""
    clusters: list[list[Any]] = []
    for hit in sorted(hits, key=lambda h: h.start):
        if clusters and hit.start - clusters[-1][-1].end <= gap:
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
    return [(group[0].start, max(h.end for h in group), group[0].line) for group in clusters]


def foreign_crisis_findings(
    ctx: CheckContext, text: str, markets: Sequence[str]
) -> Iterator[Finding]:
    """Crisis resources in `text` that serve none of `markets`, with the right lines.

    A number or name that several markets share (a service listed for two markets) is
    foreign only when none of its markets is wanted; a service named and numbered side
    by side is one finding.
    """
    if not markets:
        return
    wanted = set(markets)
    by_span: dict[tuple[int, int], list[Any]] = {}
    for hit in crisis_hits(ctx, text):
        by_span.setdefault((hit.start, hit.end), []).append(hit)
    foreign: dict[tuple[str, str], list[Any]] = {}
    for hits in by_span.values():
        served = {hit.line.market for hit in hits}
        if served & wanted:
            continue
        first = hits[0]
        foreign.setdefault((first.line.market, first.line.name), []).append(first)
    suggestion = lines_for(ctx, markets) if foreign else None
    for hits in foreign.values():
        for start, end, line in _clusters(text, hits):
            message = _('"{text}" ({name}) serves {served}, not {markets}').format(
                text=text[start:end],
                name=line.name,
                served=line.market,
                markets=", ".join(markets),
            )
            yield Finding(
                message=message,
                span=(start, end),
                matched=text[start:end],
                concept="crisis-line",
                suggestion=suggestion,
                source=_sources(line.sources),
            )


# ---- caption checks ------------------------------------------------------------------------


@check("L301", "forbidden-term", "error", target="caption")
def caption_forbidden_term(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """Wording the glossary forbids in the caption's language.

    Criminal framing ("committed suicide", "cometeu suicídio"), success/failure framing,
    superseded diagnoses ("精神分裂病"), and the euphemisms a country's guideline retired
    ("극단적 선택"), each with the wording to use instead and the guideline that says so.
    """
    yield from cited(ctx, forbidden_findings(ctx, unit.text, unit.language))


@check("L302", "stigma-term", "warning", target="caption")
def caption_stigma_term(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """Stigmatising words about mental illness ("psycho", "loco", "gila", "I'm so OCD").

    Flagged for the creator to rephrase, never replaced automatically: the word may be
    quoted on purpose to challenge it.
    """
    yield from cited(ctx, stigma_findings(ctx, unit.text, unit.language))


def _review_of(hit: Any, entry: Any) -> str | None:
    """The review a hit needs in a target language.

    Algospeak ("unalive", "sewer slide") has no counterpart in any other language (seed
    row 36): whatever the concept's target entry says, a human rewrites it.
    """
    if hit.algospeak:
        return "no-safe-translation"
    return _value(entry.review) if entry is not None else None


def _review_targets(unit: CaptionUnit, hit: Any, review: str) -> list[tuple[str, Any]]:
    found = []
    source_entry = hit.concept.entry(unit.language) if unit.language else None
    for target in unit.targets:
        if target == unit.language:
            continue
        entry = hit.concept.entry(target)
        if _review_of(hit, entry) == review:
            guide = source_entry if hit.algospeak and source_entry else entry
            found.append((target, guide))
    return found


def _review_findings(unit: CaptionUnit, ctx: CheckContext, review: str) -> Iterator[Finding]:
    if not unit.targets:
        return
    for hit in term_hits(ctx, unit.text, unit.language):
        targets = _review_targets(unit, hit, review)
        if not targets:
            continue
        names = ", ".join(language_name(code) for code, _entry in targets)
        if review == "no-safe-translation":
            message = _(
                '"{text}" has no safe translation in {languages}: a human translator must decide'
            ).format(text=hit.text, languages=names)
        else:
            message = _('"{text}" needs a reviewer in {languages} before it is published').format(
                text=hit.text, languages=names
            )
        guidance = [entry.guidance for _code, entry in targets if entry.guidance]
        yield Finding(
            message=message,
            span=(hit.start, hit.end),
            matched=hit.text,
            concept=hit.concept.id,
            suggestion=" / ".join(dict.fromkeys(guidance)) or None,
            source=_sources(*(entry.sources for _code, entry in targets), hit.concept.sources),
            extra=(("targets", tuple(code for code, _entry in targets)),),
        )


@check("L303", "no-safe-translation", "warning", target="caption")
def caption_no_safe_translation(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A term with no safe translation in a language the caption will be localized into.

    "trauma dumping" or "safety plan" have no established wording in the target language
    (a literal "security plan" misleads); a human translator must choose, with the
    glossary's guidance.
    """
    yield from cited(ctx, _review_findings(unit, ctx, "no-safe-translation"))


@check("L304", "needs-review", "info", target="caption")
def caption_needs_review(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A term whose translation into a target language must be confirmed by a reviewer."""
    yield from cited(ctx, _review_findings(unit, ctx, "required"))


@check("L305", "crisis-line", "error", target="caption")
def caption_crisis_line_market(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A crisis number or service that does not serve the markets the caption reaches.

    988 in a caption for Japan, a Samaritans number for Brazil: the viewer would call a
    line that cannot answer. The suggestion names the right line of each market. When
    the caption's lines serve its own market but it will be localized for another one
    (`--to`, or a `--market` list), a warning names the line each remaining market needs.
    """
    if not unit.markets or ctx.glossary is None:
        return
    yield from foreign_crisis_findings(ctx, unit.text, unit.markets)
    hits = crisis_hits(ctx, unit.text)
    if not hits:
        return
    served = {hit.line.market for hit in hits}
    if not served & set(unit.markets):
        return  # already reported above as serving none of the markets
    if unit.explicit_markets:
        expected = list(unit.markets)
    else:  # markets implied by --to: the caption's own language's markets need no line
        expected = [m for m in unit.markets if m not in unit.own_markets]
    missing = [m for m in expected if m not in served]
    if not missing:
        return
    first = min(hits, key=lambda h: h.start)
    yield Finding(
        severity=Severity.WARNING,
        message=_("no crisis line for {markets}: add or substitute the local line there").format(
            markets=", ".join(missing)
        ),
        span=(first.start, first.end),
        matched=first.text,
        concept="crisis-line",
        suggestion=lines_for(ctx, missing),
    )


@check("L306", "crisis-line", "warning", target="caption")
def caption_crisis_line_missing(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A caption about suicide or self-harm with no crisis resource at all.

    WHO's guidance for anyone who talks publicly about suicide: say where to seek help.
    Algospeak ("unalive", "sewer slide") counts as talking about suicide.
    """
    if ctx.glossary is None:
        return
    topic = next((h for h in term_hits(ctx, unit.text, unit.language) if _about_suicide(h)), None)
    if topic is None or crisis_hits(ctx, unit.text):
        return
    yield Finding(
        message=_("this caption talks about suicide or self-harm but gives no crisis line"),
        span=(topic.start, topic.end),
        matched=topic.text,
        concept=topic.concept.id,
        suggestion=lines_for(ctx, unit.markets),
    )


@check("L307", "do-not-translate", "info", target="caption")
def caption_do_not_translate(unit: CaptionUnit, ctx: CheckContext) -> Iterator[Finding]:
    """Names that must survive translation unchanged (TikTok, Fides, Setembro Amarelo).

    Reported only when the caption will be localized (`--to`): the translator, human or
    machine, must keep them as written.
    """
    if not unit.targets or ctx.glossary is None:
        return
    hits = list(ctx.memo(("dnt-hits", unit.text), lambda: ctx.glossary.find_dnt(unit.text)))
    # The caption language's matcher knows its word boundaries ("TikTokで", "TikTok에서"),
    # which the language-independent name search may miss.
    for hit in term_hits(ctx, unit.text, unit.language):
        if hit.concept.dnt and not any(h.start < hit.end and hit.start < h.end for h in hits):
            hits.append(hit)
    hits.sort(key=lambda h: h.start)
    if hits:
        from ..text import tokenize

        # A name inside an @mention or a URL is an address, not prose: nobody translates it.
        addresses = [(t.start, t.end) for t in tokenize(unit.text) if t.kind in ("mention", "url")]
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in addresses)]
    for hit in hits:
        yield Finding(
            message=_('"{text}" is a name: keep it unchanged in every translation').format(
                text=hit.text
            ),
            span=(hit.start, hit.end),
            matched=hit.text,
            concept=getattr(getattr(hit, "concept", None), "id", None),
        )


# ---- catalog entry checks ------------------------------------------------------------------


def _msgstrs(unit: EntryUnit) -> Iterator[tuple[str, str]]:
    if unit.msgid_plural:
        for index, text in enumerate(unit.msgstr_plural):
            if text:
                yield f"msgstr[{index}]", text
    elif unit.msgstr:
        yield "msgstr", unit.msgstr


def _source_concepts(ctx: CheckContext, unit: EntryUnit) -> set[str]:
    concepts = set()
    for source in (unit.msgid, unit.msgid_plural):
        if source:
            concepts.update(h.concept.id for h in term_hits(ctx, source, unit.source_language))
    return concepts


def _has_reviewer_note(unit: EntryUnit) -> bool:
    """A translator comment other than `localize:` directives: someone looked at it."""
    for line in unit.translator_comment.splitlines():
        text = line.strip()
        if text and not text.lower().startswith("localize:"):
            return True
    return False


@check("L311", "forbidden-term", "error", target="entry")
def entry_forbidden_term(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A translation uses wording the glossary forbids in the catalog's language.

    When the English source quotes the same forbidden wording on purpose (a style guide
    saying "don't write 'committed suicide'"), the finding is lowered to info.
    """
    if not unit.language or unit.obsolete:
        return
    quoted: set[str] | None = None
    for field, text in _msgstrs(unit):
        for finding in cited(ctx, forbidden_findings(ctx, text, unit.language)):
            if quoted is None:
                quoted = {
                    h.concept.id
                    for source in (unit.msgid, unit.msgid_plural)
                    if source
                    for h in term_hits(ctx, source, unit.source_language)
                    if _is_forbidden(h)
                }
            severity = Severity.INFO if finding.concept in quoted else None
            yield _entry_finding(unit, finding, field, severity)


@check("L312", "stigma-term", "warning", target="entry")
def entry_stigma_term(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A translation uses a stigmatising word the source does not use."""
    if not unit.language or unit.obsolete:
        return
    source: set[str] | None = None
    for field, text in _msgstrs(unit):
        for finding in cited(ctx, stigma_findings(ctx, text, unit.language)):
            if source is None:
                source = _source_concepts(ctx, unit)
            if finding.concept in source:
                continue  # the source says it too: a quotation, not the translator's word
            yield _entry_finding(unit, finding, field)


def _entry_review(unit: EntryUnit, ctx: CheckContext, review: str) -> Iterator[Finding]:
    if not unit.language or unit.obsolete or not unit.translated or _has_reviewer_note(unit):
        return
    if unit.language == unit.source_language:
        return
    for field, source in (("msgid", unit.msgid), ("msgid_plural", unit.msgid_plural)):
        if not source:
            continue
        for hit in term_hits(ctx, source, unit.source_language):
            entry = hit.concept.entry(unit.language)
            if _review_of(hit, entry) != review:
                continue
            if hit.algospeak:
                entry = hit.concept.entry(unit.source_language) or entry
            if review == "no-safe-translation":
                message = _(
                    '"{text}" has no safe translation in {language}, but the entry was '
                    "translated without review: mark it fuzzy or add a reviewer comment"
                ).format(text=hit.text, language=language_name(unit.language))
            else:
                message = _(
                    '"{text}" needs a reviewer in {language}: mark the entry fuzzy '
                    "or add a reviewer comment once checked"
                ).format(text=hit.text, language=language_name(unit.language))
            yield _entry_finding(
                unit,
                Finding(
                    message=message,
                    span=(hit.start, hit.end),
                    matched=hit.text,
                    concept=hit.concept.id,
                    suggestion=entry.guidance or None,
                    source=_sources(entry.sources, hit.concept.sources),
                ),
                field,
            )


@check("L313", "no-safe-translation", "error", target="entry")
def entry_no_safe_translation(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A term with no safe translation was translated without a reviewer's mark.

    The source (msgid) names a concept the catalog's language has no safe wording for;
    the entry is translated, not fuzzy, and carries no reviewer comment, so a guess would
    ship.
    """
    yield from cited(ctx, _entry_review(unit, ctx, "no-safe-translation"))


@check("L314", "needs-review", "info", target="entry")
def entry_needs_review(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A term whose translation must be confirmed by a reviewer was translated unmarked."""
    yield from cited(ctx, _entry_review(unit, ctx, "required"))


@check("L315", "crisis-line", "error", target="entry")
def entry_crisis_line(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A crisis number in a translation that does not serve the catalog's market.

    A US number left in the pt-BR catalog reaches Brazilian users who cannot call it; the
    suggestion names the market's own line.
    """
    if unit.obsolete or ctx.glossary is None:
        return
    markets = unit.markets
    for field, text in _msgstrs(unit):
        for finding in foreign_crisis_findings(ctx, text, markets):
            yield _entry_finding(unit, finding, field)


def _entry_finding(
    unit: EntryUnit, finding: Finding, field: str, severity: Severity | None = None
) -> Finding:
    return finding._replace(
        field=field,
        path=unit.path,
        line=unit.line,
        locale=unit.locale or None,
        severity=severity or finding.severity,
    )


# The caption's language checks live in their own module; importing it registers them.
from . import caption_language as _caption_language  # noqa: E402,F401
