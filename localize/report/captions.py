"""Render caption checks as text for a creator, or as JSON for tools, while they stream.

Both renderers take results one at a time (`add`) and close with the summary (`finish`),
so a batch of a million captions is written as it is checked, never held in memory.
Text shows only captions with findings: the caption with each finding's words
highlighted, then one line per finding with what to do, then a one-line summary.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..captions.model import Malformed
from ..i18n import _, ngettext
from ..services.captions import CaptionReport, CaptionSummary
from . import Style, highlight, list_separator, to_json

Write = Callable[[str], Any]

_MAX_SKIPPED_LISTED = 1000


def _location(report: CaptionReport) -> str:
    parts = []
    if report.path:
        parts.append(f"{report.path}:{report.line}" if report.line else report.path)
    elif report.line is not None and report.cue is None:
        parts.append(_("line {line}").format(line=report.line))
    if report.cue is not None:
        parts.append(_("cue {cue}").format(cue=report.cue))
    if report.time:
        parts.append(report.time)
    if report.id is not None and report.cue is None:
        parts.append(_("id {id}").format(id=report.id))
    return " · ".join(parts) or _("caption")


def _language_label(report: CaptionReport) -> str:
    if report.language is None:
        return _("language undetermined: checked against every language; pass --lang")
    label = report.language
    if report.declared:
        label += " " + _("(declared)")
    elif report.confidence is not None:
        label += " " + _("(detected, {confidence:.0%})").format(confidence=report.confidence)
    if report.targets:
        label += " → " + ",".join(report.targets)
    if report.markets:
        label += " · " + _("markets {markets}").format(markets=" ".join(report.markets))
    return label


def format_caption(report: CaptionReport, style: Style) -> str:
    """One caption with its findings, as the creator reads it."""
    lines = [
        style.paint(_location(report), bold=True)
        + "  "
        + style.paint(_language_label(report), fg="bright_black")
    ]
    spans = [f.span for f in report.findings if f.span]
    shown = highlight(report.text, spans, style)
    lines.extend("  │ " + line for line in shown.splitlines() or [""])
    width = max(len(f.kind) for f in report.findings)
    for finding in report.findings:
        severity = style.severity(finding.severity, width=7)
        lines.append(f"  {severity} {finding.kind.ljust(width)}  {finding.message}")
        indent = " " * (12 + width)
        if finding.suggestion:
            lines.append(f"{indent}→ {finding.suggestion}")
        if finding.source:
            lines.append(indent + _("source: {source}").format(source=finding.source))
    return "\n".join(lines)


def format_summary(summary: CaptionSummary) -> str:
    """'3 captions checked: 1 error, 2 warnings, 0 info.' (plus skipped lines)."""
    checked = ngettext("{n} caption checked", "{n} captions checked", summary.captions).format(
        n=summary.captions
    )
    if not summary.findings:
        text = _("{checked}: no findings.").format(checked=checked)
    else:
        counts = summary.severities
        parts = [
            ngettext("{n} error", "{n} errors", counts.get("error", 0)).format(
                n=counts.get("error", 0)
            ),
            ngettext("{n} warning", "{n} warnings", counts.get("warning", 0)).format(
                n=counts.get("warning", 0)
            ),
            ngettext("{n} info", "{n} info", counts.get("info", 0)).format(n=counts.get("info", 0)),
        ]
        flagged = ngettext(
            "{n} caption to look at", "{n} captions to look at", summary.flagged
        ).format(n=summary.flagged)
        text = _("{checked}: {counts} ({flagged}).").format(
            checked=checked, counts=list_separator().join(parts), flagged=flagged
        )
    if summary.skipped:
        text += " " + ngettext(
            "{n} malformed line skipped.", "{n} malformed lines skipped.", summary.skipped
        ).format(n=summary.skipped)
    return text


def format_skipped(record: Malformed) -> str:
    where = record.error().where
    message = _("skipped: {message}").format(message=record.message)
    return f"{_('warning')}: {message}" + (f" ({where})" if where else "")


class TextRenderer:
    """Writes each flagged caption as it arrives; skipped lines go to `write_err`.

    `write` and `write_err` take text as is (no newline added).
    """

    def __init__(self, write: Write, write_err: Write, style: Style) -> None:
        self.write = write
        self.write_err = write_err
        self.style = style
        self.summary = CaptionSummary()

    def add(self, result: CaptionReport | Malformed) -> None:
        self.summary.add(result)
        if isinstance(result, Malformed):
            self.write_err(format_skipped(result) + "\n")
            return
        if not result.findings:
            return
        self.write(format_caption(result, self.style) + "\n\n")

    def finish(self) -> CaptionSummary:
        self.write(format_summary(self.summary) + "\n")
        return self.summary


class JsonRenderer:
    """Streams `{"captions": [...], "skipped": [...], "summary": {...}}`, one caption a line."""

    def __init__(self, write: Write, write_err: Write | None = None) -> None:
        self.write = write
        self.write_err = write_err
        self.summary = CaptionSummary()
        self.skipped: list[dict[str, object]] = []
        self._count = 0

    def add(self, result: CaptionReport | Malformed) -> None:
        self.summary.add(result)
        if isinstance(result, Malformed):
            if len(self.skipped) < _MAX_SKIPPED_LISTED:
                self.skipped.append(result.to_dict())
            if self.write_err is not None:
                self.write_err(format_skipped(result) + "\n")
            return
        line = to_json(result.to_dict(), indent=None)
        self.write(('{"captions": [\n    ' if self._count == 0 else ",\n    ") + line)
        self._count += 1

    def finish(self) -> CaptionSummary:
        head = '{"captions": [' if self._count == 0 else "\n  ]"
        if self._count == 0:
            head += "]"
        body = (
            ',\n  "skipped": '
            + to_json(self.skipped, indent=None)
            + ',\n  "summary": '
            + to_json(self.summary.to_dict(), indent=None)
            + "\n}\n"
        )
        self.write(head + body)
        return self.summary
