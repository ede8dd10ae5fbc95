"""Glossary-safe machine pre-translation of PO catalogs and caption files.

Machine translation drafts; it never decides. For each text (a msgid, a plural form, a
caption line) the pipeline:

1. skips it when the glossary says a term in it has no safe translation into the target
   language (it never reaches the engine; the entry gets the glossary's guidance);
2. substitutes crisis lines by the target market's line from the glossary (a US number
   must not reach a Brazilian audience), or skips when the market has none;
3. masks do-not-translate names, crisis lines, placeholders, tags, URLs, numbers, hashtags,
   mentions and emoji (`translate.protect`);
4. asks the translation memory, else the engine;
5. rejects empty output, the source passed through unchanged, any protected span lost or
   altered, and forbidden wording in the output; notes preferred terms that are missing.

Accepted output is written `fuzzy`, with `#. machine translation: <engine>, <date>`, so
`compile` never ships it unreviewed. Everything else is left for a human with a `# [mt]`
comment saying why. Catalogs are saved atomically every few entries, so Ctrl-C or a crash
keeps what was translated, and a re-run resumes (entries this tool already drafted are
not sent again; with `--tm`, nothing already translated is sent again).
"""

from __future__ import annotations

import datetime as _dt
import json
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import clock
from ..errors import CaptionFormatError, UsageError
from ..i18n import _
from ..languages import get_language, normalize_locale
from ..translate.engines import (
    EngineConfigError,
    PermanentTranslatorError,
    TransientTranslatorError,
)
from ..translate.protect import Masked, Span, find_spans, has_words, mask, unmask

MT_MARK = "machine translation:"
"""Start of the extracted comment on every machine-drafted entry (also the resume marker)."""
NOTE_MARK = "[mt]"
"""Start of this tool's translator comments, replaced on every run."""

# skip / reject reasons: stable keys (JSON, summary); their wording is in `REASONS`
SKIP_NO_SAFE = "no-safe-translation"
SKIP_NO_CRISIS_LINE = "no-crisis-line"
SKIP_NOTHING = "nothing-to-translate"
SKIP_TRANSLATED = "already-translated"
SKIP_DRAFTED = "already-machine-translated"
REJECT_PROTECTED = "protected-token"
REJECT_FORBIDDEN = "forbidden-wording"
REJECT_EMPTY = "empty-output"
REJECT_PASSTHROUGH = "untranslated-output"
FAILED = "engine-error"


def reason_label(key: str) -> str:
    """The reason in the UI language (for the text summary)."""
    labels = {
        SKIP_NO_SAFE: _("no safe translation (glossary)"),
        SKIP_NO_CRISIS_LINE: _("no crisis line for the target market"),
        SKIP_NOTHING: _("nothing to translate"),
        SKIP_TRANSLATED: _("already translated"),
        SKIP_DRAFTED: _("already machine-translated"),
        REJECT_PROTECTED: _("protected text lost or altered"),
        REJECT_FORBIDDEN: _("forbidden wording in the output"),
        REJECT_EMPTY: _("empty output"),
        REJECT_PASSTHROUGH: _("output equals the source"),
        FAILED: _("engine error"),
    }
    return labels.get(key, key)


# ---- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What happened to one text."""

    status: str
    """translated, memory, skipped, rejected, failed, would-send"""
    text: str = ""
    reason: str = ""
    notes: tuple[str, ...] = ()
    sent: str = ""
    """The masked text sent (or, in a dry run, that would be sent)."""


@dataclass(frozen=True)
class ItemResult:
    """One catalog entry or caption and what happened to it."""

    key: str
    line: int | None
    status: str
    reason: str = ""
    notes: tuple[str, ...] = ()
    sent: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "line": self.line, "status": self.status}
        if self.reason:
            data["reason"] = self.reason
        if self.notes:
            data["notes"] = list(self.notes)
        if self.sent:
            data["sent"] = list(self.sent)
        return data


@dataclass(frozen=True)
class TranslateSummary:
    """One target file: counts for the summary, items for JSON and dry runs."""

    path: str
    output: str
    locale: str
    engine: str
    items: tuple[ItemResult, ...]
    requests: int
    seconds: float
    dry_run: bool = False
    interrupted: bool = False
    aborted: str = ""
    memory: dict[str, int] | None = None

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def translated(self) -> int:
        return self.count("translated")

    @property
    def from_memory(self) -> int:
        return self.count("memory")

    @property
    def rejected(self) -> int:
        return self.count("rejected")

    @property
    def failed(self) -> int:
        return self.count("failed")

    @property
    def skipped(self) -> dict[str, int]:
        return dict(Counter(i.reason for i in self.items if i.status == "skipped"))

    @property
    def would_send(self) -> int:
        return self.count("would-send")

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "output": self.output,
            "locale": self.locale,
            "engine": self.engine,
            "dry_run": self.dry_run,
            "translated": self.translated,
            "from_memory": self.from_memory,
            "rejected": self.rejected,
            "failed": self.failed,
            "skipped": self.skipped,
            "would_send": self.would_send,
            "requests": self.requests,
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
            "aborted": self.aborted or None,
            "memory": self.memory,
            "items": [
                i.to_dict()
                for i in self.items
                if i.status != "skipped" or i.reason not in (SKIP_TRANSLATED,)
            ],
        }


# ---- the per-text pipeline --------------------------------------------------------------


@dataclass(frozen=True)
class _Prepared:
    masked: Masked
    notes: tuple[str, ...]
    concepts: tuple[Any, ...]
    """Glossary hits in the source (for the preferred-term check after MT)."""


@dataclass(frozen=True)
class _Skip:
    reason: str
    notes: tuple[str, ...]


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def target_market(locale: str) -> str:
    """The market a locale publishes to: its region if it is one, else the language's first."""
    from ..languages import MARKETS

    norm = normalize_locale(locale)
    region = norm.partition("_")[2]
    if region in MARKETS:
        return region
    return get_language(norm).markets[0]


@dataclass
class Pretranslator:
    """Runs one language pair's texts through glossary, protection, memory and engine."""

    engine: Any
    """A `localize.translate.Translator` (None in a dry run)."""
    engine_name: str
    source_lang: str
    target_locale: str
    glossary: Any = None
    memory: Any = None
    placeholders: bool = True
    """Whether `%s` / `{name}` are format slots (catalogs) or typed text (captions)."""
    dry_run: bool = False
    requests: int = 0
    _target_code: str = field(default="", init=False)

    def __post_init__(self) -> None:
        self.target_lang = get_language(self.target_locale).code
        self.market = target_market(self.target_locale)
        self.glossary_version = getattr(self.glossary, "version", "") or "none"
        self._memory_target = normalize_locale(self.target_locale)

    # 1-3: glossary and protection
    def prepare(self, text: str) -> _Prepared | _Skip:
        g = self.glossary
        notes: list[str] = []
        hits: list[Any] = []
        if g is not None:
            hits = list(g.match(text, self.source_lang))
            for hit in hits:
                entry = hit.concept.entry(self.target_lang)
                if entry is not None and str(entry.review) == "no-safe-translation":
                    note = _(
                        'not machine-translated: "{term}" ({concept}) has no safe translation '
                        "into {lang}."
                    ).format(term=hit.text, concept=hit.concept.id, lang=self.target_lang)
                    if entry.guidance:
                        note += " " + entry.guidance
                    return _Skip(SKIP_NO_SAFE, (note,))
        extra: list[Span] = []
        if g is not None:
            text, crisis_spans, crisis_notes, missing = self._substitute_crisis(text)
            if missing:
                return _Skip(SKIP_NO_CRISIS_LINE, (missing,))
            extra.extend(crisis_spans)
            notes.extend(crisis_notes)
            for hit in g.find_dnt(text):
                extra.append(Span(hit.start, hit.end, "dnt", text[hit.start : hit.end]))
            hits = list(g.match(text, self.source_lang))
            for hit in hits:
                if str(hit.status) == "forbidden":
                    notes.append(
                        _('the source itself uses forbidden wording "{term}"{fix}.').format(
                            term=hit.text, fix=_use(hit.term.replacement)
                        )
                    )
                entry = hit.concept.entry(self.target_lang)
                if entry is not None and str(entry.review) == "required" and entry.guidance:
                    notes.append(
                        _('review "{term}" ({concept}): {guidance}').format(
                            term=hit.text, concept=hit.concept.id, guidance=entry.guidance
                        )
                    )
        spans = find_spans(text, extra, placeholders=self.placeholders)
        masked = mask(text, spans)
        if not masked.translatable:
            return _Skip(SKIP_NOTHING, ())
        return _Prepared(masked, tuple(dict.fromkeys(notes)), tuple(hits))

    def _substitute_crisis(self, text: str) -> tuple[str, list[Span], list[str], str]:
        from ..glossary.crisis import classify

        hits = sorted(self.glossary.find_crisis_resources(text), key=lambda h: h.start)
        if not hits:
            return text, [], [], ""
        local = tuple(self.glossary.crisis_lines.get(self.market, ()))
        out: list[str] = []
        spans: list[Span] = []
        notes: list[str] = []
        pos = 0
        length = 0
        for hit in hits:
            if hit.start < pos:
                continue
            out.append(text[pos : hit.start])
            length += hit.start - pos
            line = hit.line
            if line.market == self.market:
                replacement = hit.text
            else:
                if not local:
                    return (
                        text,
                        [],
                        [],
                        _(
                            'not machine-translated: crisis line "{line}" ({market}) has no '
                            "counterpart for market {target} in the glossary; a human must choose one."
                        ).format(line=hit.text, market=line.market, target=self.market),
                    )
                target = local[0]
                kind = classify(hit.text)
                replacement = (
                    {
                        "number": target.number,
                        "url": target.url,
                        "name": target.name,
                    }.get(kind)
                    or target.number
                    or target.name
                )
                notes.append(
                    _(
                        'crisis line "{line}" ({name}, {market}) replaced by "{replacement}" '
                        "({target_name}, {target}); verify before publishing."
                    ).format(
                        line=hit.text,
                        name=line.name,
                        market=line.market,
                        replacement=replacement,
                        target_name=target.name,
                        target=self.market,
                    )
                )
            spans.append(Span(length, length + len(replacement), "crisis", replacement))
            out.append(replacement)
            length += len(replacement)
            pos = hit.end
        out.append(text[pos:])
        return "".join(out), spans, notes, ""

    # 4-5: memory or engine, then verification
    def run(self, text: str) -> Outcome:
        prepared = self.prepare(text)
        if isinstance(prepared, _Skip):
            return Outcome("skipped", reason=prepared.reason, notes=prepared.notes)
        masked = prepared.masked
        key = (self.engine_name, self.source_lang, self._memory_target, self.glossary_version)
        output = self.memory.get(*key, masked.text) if self.memory is not None else None
        status = "memory"
        if output is None:
            if self.dry_run:
                return Outcome("would-send", sent=masked.text, notes=prepared.notes)
            status = "translated"
            before = self.engine.requests
            try:
                output = self.engine.translate(
                    masked.text, sendable=lambda piece: has_words(piece, masked.prefix)
                )
            except (TransientTranslatorError, PermanentTranslatorError) as exc:
                return Outcome("failed", reason=FAILED, notes=(exc.message,), sent=masked.text)
            finally:
                self.requests += self.engine.requests - before
        verdict = self.verify(prepared, output)
        if verdict.status == "translated":
            if status == "translated" and self.memory is not None:
                self.memory.put(*key, masked.text, output)
            return Outcome(status, verdict.text, notes=verdict.notes, sent=masked.text)
        return verdict

    def verify(self, prepared: _Prepared, output: str) -> Outcome:
        masked = prepared.masked
        if not output.strip():
            return Outcome(
                "rejected",
                reason=REJECT_EMPTY,
                notes=(_("machine translation returned nothing."),),
                sent=masked.text,
            )
        restored = unmask(masked, output)
        if _norm(restored.text) == _norm(masked.source) and self.target_lang != self.source_lang:
            # compared after restoring: token damage alone is no translation
            return Outcome(
                "rejected",
                reason=REJECT_PASSTHROUGH,
                notes=(_("machine translation returned the source unchanged."),),
                sent=masked.text,
            )
        if not restored.ok:
            return Outcome(
                "rejected",
                reason=REJECT_PROTECTED,
                notes=(
                    _("machine translation rejected: {problems}. Output was: {output}").format(
                        problems="; ".join(restored.problems), output=output
                    ),
                ),
                sent=masked.text,
            )
        notes = list(prepared.notes)
        if self.glossary is not None:
            out_hits = list(self.glossary.match(restored.text, self.target_lang))
            forbidden = [h for h in out_hits if str(h.status) == "forbidden"]
            if forbidden:
                parts = []
                for h in forbidden:
                    parts.append(f'"{h.text}"{_use(h.term.replacement)}')
                return Outcome(
                    "rejected",
                    reason=REJECT_FORBIDDEN,
                    notes=(
                        _(
                            "machine translation rejected: forbidden wording {terms}. "
                            "Output was: {output}"
                        ).format(terms=", ".join(parts), output=restored.text),
                    ),
                    sent=masked.text,
                )
            for h in out_hits:
                if str(h.status) == "superseded":
                    notes.append(
                        _('superseded term "{term}"{fix}.').format(
                            term=h.text, fix=_use(h.term.replacement)
                        )
                    )
            safe = {h.concept.id for h in out_hits if str(h.status) in ("preferred", "admitted")}
            for hit in prepared.concepts:
                if hit.concept.dnt or hit.concept.id in safe:
                    continue
                preferred = self.glossary.preferred_terms(hit.concept.id, self.target_lang)
                if preferred:
                    notes.append(
                        _(
                            'glossary: "{term}" ({concept}) should be rendered as {preferred}; '
                            "not found in the machine translation."
                        ).format(
                            term=hit.text,
                            concept=hit.concept.id,
                            preferred=" / ".join(f'"{p}"' for p in preferred),
                        )
                    )
        return Outcome(
            "translated", restored.text, notes=tuple(dict.fromkeys(notes)), sent=masked.text
        )


def _use(replacement: str | None) -> str:
    return _(' (use "{replacement}")').format(replacement=replacement) if replacement else ""


# ---- catalogs -------------------------------------------------------------------------


def _plural_sources(entry: Any, nplurals: int) -> list[str]:
    """The English text each target plural form is drafted from."""
    if nplurals <= 1:
        return [entry.msgid_plural]
    return [entry.msgid] + [entry.msgid_plural] * (nplurals - 1)


def _is_drafted(entry: Any) -> bool:
    return any(c.startswith(MT_MARK) for c in entry.extracted)


def _set_notes(entry: Any, notes: Sequence[str]) -> None:
    entry.comments = [c for c in entry.comments if not c.startswith(NOTE_MARK)] + [
        f"{NOTE_MARK} {n}" for n in notes
    ]


def _catalog_locale(po: Any, locale: str | None, path: str) -> str:
    value = locale or po.metadata().get("Language", "").strip()
    if not value:
        raise UsageError(_("catalog has no Language header; pass --locale"), path=path)
    return normalize_locale(value)


def pretranslate_catalog(
    text: str,
    *,
    path: str,
    pretranslator_for: Callable[[str], Pretranslator],
    locale: str | None = None,
    overwrite: bool = False,
    save: Callable[[str], object] | None = None,
    batch_size: int = 20,
    today: _dt.date | None = None,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> TranslateSummary:
    """Draft the untranslated entries of one PO catalog (its text); `save(text)` persists.

    `save` is called after every `batch_size` drafted entries, at the end, and when the run
    is interrupted or the engine gives up, so nothing translated is ever lost. Without
    `save` (dry run) nothing is written.
    """
    from ..catalog.plurals import plural_count
    from ..catalog.po import parse_po

    started = time.monotonic()
    po = parse_po(text, path)
    loc = _catalog_locale(po, locale, path)
    pre = pretranslator_for(loc)
    nplurals = plural_count(po.metadata().get("Plural-Forms"), loc)
    stamp = f"{MT_MARK} {pre.engine_name}, {(today or clock.today()).isoformat()}"
    items: list[ItemResult] = []
    pending = 0
    interrupted = False
    aborted = ""
    entries = [e for e in po.messages if not e.obsolete and not e.is_header]

    def flush() -> None:
        nonlocal pending
        if save is not None and pending:
            save(po.to_text())
        pending = 0

    iterable: Iterable[Any] = progress(entries, len(entries)) if progress else entries
    try:
        for entry in iterable:
            key = entry.msgid if entry.msgctxt is None else f"[{entry.msgctxt}] {entry.msgid}"
            done = all(entry.translations) and bool(entry.translations)
            if done and not entry.fuzzy and not overwrite:
                items.append(ItemResult(key, entry.line, "skipped", SKIP_TRANSLATED))
                continue
            if done and entry.fuzzy and _is_drafted(entry) and not overwrite:
                items.append(ItemResult(key, entry.line, "skipped", SKIP_DRAFTED))
                continue
            sources = (
                [entry.msgid] if entry.msgid_plural is None else _plural_sources(entry, nplurals)
            )
            outcomes: dict[str, Outcome] = {}
            for source in sources:
                if source not in outcomes:
                    outcomes[source] = pre.run(source)
            results = [outcomes[s] for s in sources]
            notes = tuple(dict.fromkeys(n for o in outcomes.values() for n in o.notes))
            sent = tuple(o.sent for o in outcomes.values() if o.sent)
            bad = next((o for o in results if o.status in ("skipped", "rejected", "failed")), None)
            if bad is not None:
                if save is not None:
                    _set_notes(entry, notes)
                    pending += 1
                items.append(ItemResult(key, entry.line, bad.status, bad.reason, notes, sent))
            elif any(o.status == "would-send" for o in results):
                items.append(ItemResult(key, entry.line, "would-send", "", notes, sent))
            else:
                if entry.msgid_plural is None:
                    entry.msgstr = results[0].text
                else:
                    entry.msgstr_plural = [o.text for o in results]
                entry.fuzzy = True
                # a msgmerge "previous" msgid no longer describes where this msgstr came from
                entry.previous_msgctxt = entry.previous_msgid = entry.previous_msgid_plural = None
                entry.extracted = [c for c in entry.extracted if not c.startswith(MT_MARK)] + [
                    stamp
                ]
                _set_notes(entry, notes)
                status = "memory" if all(o.status == "memory" for o in results) else "translated"
                items.append(ItemResult(key, entry.line, status, "", notes, sent))
                pending += 1
            if pending >= batch_size:
                flush()
    except KeyboardInterrupt:
        interrupted = True
    except EngineConfigError as exc:
        aborted = exc.message
    finally:
        flush()
    return TranslateSummary(
        path=path,
        output=path,
        locale=loc,
        engine=pre.engine_name,
        items=tuple(items),
        requests=pre.requests,
        seconds=time.monotonic() - started,
        dry_run=save is None,
        interrupted=interrupted,
        aborted=aborted,
        memory=pre.memory.stats().to_dict() if pre.memory is not None else None,
    )


# ---- captions -------------------------------------------------------------------------

CAPTION_FORMATS = ("text", "srt", "vtt", "jsonl")


def caption_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    fmt = {".txt": "text", ".srt": "srt", ".vtt": "vtt", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(
        suffix
    )
    if fmt is None:
        raise UsageError(
            _("cannot translate captions of type {suffix}; expected .txt .srt .vtt .jsonl").format(
                suffix=repr(suffix or "(none)")
            ),
            path=str(path),
        )
    return fmt


@dataclass
class _Slot:
    """A piece of caption text to translate, and where it goes back."""

    text: str
    line: int
    key: str
    result: Outcome | None = None


def _caption_slots(text: str, fmt: str, path: str) -> tuple[list[Any], list[_Slot]]:
    """Split a caption file into fixed parts and translatable slots (in file order)."""
    parts: list[Any] = []
    slots: list[_Slot] = []
    if fmt == "jsonl":
        for number, raw in enumerate(text.split("\n"), 1):
            if not raw.strip():
                parts.append(raw)
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise CaptionFormatError(
                    _("invalid JSON: {reason}").format(reason=exc.msg), path=path, line=number
                ) from None
            field_name = next(
                (
                    k
                    for k in ("text", "caption")
                    if isinstance(record, dict) and isinstance(record.get(k), str)
                ),
                None,
            )
            if field_name is None:
                raise CaptionFormatError(_('record has no "text" field'), path=path, line=number)
            slot = _Slot(record[field_name], number, str(record.get("id", number)))
            slots.append(slot)
            parts.append((record, field_name, slot))
        return parts, slots
    if fmt == "text":
        for number, raw in enumerate(text.split("\n"), 1):
            if raw.strip():
                slot = _Slot(raw, number, str(number))
                slots.append(slot)
                parts.append(slot)
            else:
                parts.append(raw)
        return parts, slots
    # Subtitles: the project's readers say which lines are cue text; every other line
    # (header, NOTE blocks, numbers, identifiers, timings) is copied as it is. Lines keep
    # their own endings, since the readers number lines as `str.splitlines` does.
    from ..captions.srt import iter_srt_cues
    from ..captions.vtt import iter_vtt_cues

    cues = iter_srt_cues(text, path=path) if fmt == "srt" else iter_vtt_cues(text, path=path)
    body = {n for caption, last in cues for n in range(caption.line or 0, last + 1)}
    for number, raw in enumerate(text.splitlines(keepends=True), 1):
        if number not in body:
            parts.append(raw)
            continue
        content = raw.splitlines()[0]
        slot = _Slot(content, number, str(number))
        slots.append(slot)
        parts.extend((slot, raw[len(content) :]))
    return parts, slots


def _compose(parts: list[Any], fmt: str, stamp: str, locale: str) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, _Slot):
            ok = part.result is not None and part.result.status in ("translated", "memory")
            out.append(part.result.text if ok and part.result else part.text)
        elif isinstance(part, tuple):
            record, field_name, slot = part
            record = dict(record)
            ok = slot.result is not None and slot.result.status in ("translated", "memory")
            if ok and slot.result is not None:
                record[field_name] = slot.result.text
                record["lang"] = locale
                record["machine_translation"] = stamp
                record["review"] = "required"
            elif slot.result is not None and slot.result.status != "would-send":
                record["machine_translation"] = None
                record["review"] = slot.result.reason
            if slot.result is not None and slot.result.notes:
                record["review_notes"] = list(slot.result.notes)
            out.append(json.dumps(record, ensure_ascii=False))
        else:
            out.append(part)
    text = ("" if fmt in ("srt", "vtt") else "\n").join(out)
    if fmt == "vtt":
        lines = text.split("\n")
        note = f"NOTE {stamp}; fuzzy: review every cue before publishing"
        insert = 1
        while insert < len(lines) and lines[insert].strip():
            insert += 1
        lines[insert:insert] = ["", note]
        text = "\n".join(lines)
    return text


def caption_output_path(path: str | Path, locale: str, output_dir: str | Path | None) -> Path:
    p = Path(path)
    directory = Path(output_dir) if output_dir else p.parent
    return directory / f"{p.stem}.{locale}{p.suffix}"


def pretranslate_captions(
    text: str,
    *,
    path: str,
    output: str,
    pretranslator: Pretranslator,
    save: Callable[[str], object] | None = None,
    batch_size: int = 20,
    today: _dt.date | None = None,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> TranslateSummary:
    """Draft one target language of a caption file; `save(text)` writes the output file.

    Untranslated cues keep the source text (a human must handle them); VTT output carries a
    NOTE and JSONL records `machine_translation` / `review` fields, since SRT and plain text
    have nowhere to say "fuzzy". Resuming is by translation memory (`--tm`).
    """
    started = time.monotonic()
    fmt = caption_format(path)
    parts, slots = _caption_slots(text, fmt, path)
    pre = pretranslator
    stamp = f"{MT_MARK} {pre.engine_name}, {(today or clock.today()).isoformat()}"
    interrupted, aborted = False, ""
    pending = 0
    iterable: Iterable[_Slot] = progress(slots, len(slots)) if progress else slots
    try:
        for slot in iterable:
            slot.result = pre.run(slot.text)
            pending += 1
            if save is not None and pending >= batch_size:
                save(_compose(parts, fmt, stamp, pre.target_locale))
                pending = 0
    except KeyboardInterrupt:
        interrupted = True
    except EngineConfigError as exc:
        aborted = exc.message
    finally:
        if save is not None:
            save(_compose(parts, fmt, stamp, pre.target_locale))
    items = tuple(
        ItemResult(
            s.key,
            s.line,
            s.result.status,
            s.result.reason,
            s.result.notes,
            (s.result.sent,) if s.result.sent else (),
        )
        for s in slots
        if s.result is not None
    )
    return TranslateSummary(
        path=path,
        output=output,
        locale=pre.target_locale,
        engine=pre.engine_name,
        items=items,
        requests=pre.requests,
        seconds=time.monotonic() - started,
        dry_run=save is None,
        interrupted=interrupted,
        aborted=aborted,
        memory=pre.memory.stats().to_dict() if pre.memory is not None else None,
    )


def iter_catalogs(
    locales_dir: str | Path, locales: Sequence[str] = ()
) -> Iterator[tuple[str, Path]]:
    """(locale, PO path) pairs under `<dir>/<locale>/LC_MESSAGES/*.po`, sorted."""
    root = Path(locales_dir)
    if not root.is_dir():
        raise UsageError(_("locales directory does not exist"), path=str(root))
    wanted = {normalize_locale(loc) for loc in locales}
    for locale_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        try:
            loc = normalize_locale(locale_dir.name)
        except Exception:  # noqa: BLE001 - not a locale directory
            continue
        if wanted and loc not in wanted:
            continue
        for po in sorted((locale_dir / "LC_MESSAGES").glob("*.po")):
            yield loc, po
