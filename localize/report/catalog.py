"""Text, JSON and GitHub renderers for the catalog commands' results."""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import Finding, count_by_severity
from ..i18n import _, ngettext
from ..records import TYPE_CHECKING
from . import Style, display_width, github_annotations, to_json

if TYPE_CHECKING:
    from typing import Any


def _finding_line(f: Finding, style: Style) -> str:
    where = f"{f.path}:{f.line}" if f.path and f.line else (f.path or "")
    text = f"{where}: {style.severity(f.severity)}: [{f.code} {f.kind}] {f.message}"
    if f.suggestion:
        text += "\n    " + _("fix: {suggestion}").format(suggestion=f.suggestion)
    return text


def render_extract(result: Any, fmt: str) -> str:
    if fmt == "json":
        return to_json(result.to_dict())
    key = _("wrote {path}") if result.written else _("{path} is up to date")
    return (
        key.format(path=result.pot_path)
        + ": "
        + ngettext("{count} message", "{count} messages", result.messages).format(
            count=result.messages
        )
        + ", "
        + ngettext("{count} file", "{count} files", result.files).format(count=result.files)
    )


def render_init(result: Any, fmt: str) -> str:
    if fmt == "json":
        return to_json(result.to_dict())
    return "\n".join(
        _("created {path} ({locale}): {count} messages").format(path=p, locale=loc, count=n)
        for loc, p, n in result.created
    )


def render_update(result: Any, fmt: str) -> str:
    if fmt == "json":
        return to_json(result.to_dict())
    lines = []
    for item in result.items:
        if result.check_only:
            state = _("needs update") if item.changed else _("up to date")
        else:
            state = _("updated") if item.written else _("unchanged")
        lines.append(
            _(
                "{locale}: {state} - {kept} kept, {fuzzy} fuzzy, {new} new, {obsolete} obsolete, {dropped} dropped ({path})"
            ).format(
                locale=item.locale,
                state=state,
                kept=item.kept,
                fuzzy=item.fuzzy,
                new=item.new,
                obsolete=item.obsolete,
                dropped=item.dropped,
                path=item.path,
            )
        )
    return "\n".join(lines)


def render_compile(result: Any, fmt: str, style: Style) -> str:
    if fmt == "json":
        return to_json(result.to_dict())
    lines = []
    for item in result.items:
        for f in item.findings:
            lines.append(_finding_line(f, style))
        if item.blocked:
            state = style.paint(_("not written (errors)"), "red", bold=True)
        elif item.written:
            state = _("wrote {path}").format(path=item.mo_path)
        else:
            state = _("{path} is up to date").format(path=item.mo_path)
        summary = _(
            "{locale}: {translated} translated, {fuzzy} fuzzy, {untranslated} untranslated"
        ).format(
            locale=item.locale,
            translated=item.translated,
            fuzzy=item.fuzzy,
            untranslated=item.untranslated,
        )
        if item.excluded:
            summary += ", " + _("{count} left out (errors)").format(count=item.excluded)
        lines.append(f"{summary} - {state}")
    return "\n".join(lines)


def render_stats(items: Sequence[Any], fmt: str) -> str:
    if fmt == "json":
        return to_json([item.to_dict() for item in items])
    headers = [
        _("locale"),
        _("total"),
        _("translated"),
        _("fuzzy"),
        _("untranslated"),
        _("obsolete"),
        _("percent"),
        _("words"),
    ]
    rows = [
        [
            item.locale,
            str(item.stats.total),
            str(item.stats.translated),
            str(item.stats.fuzzy),
            str(item.stats.untranslated),
            str(item.stats.obsolete),
            f"{item.stats.percent:.1f}%",
            str(item.stats.words),
        ]
        for item in items
    ]
    # columns measured in terminal cells: translated headers may be CJK (two cells a character)
    widths = [max(map(display_width, col)) for col in zip(headers, *rows, strict=False)]
    out = []
    for row in [headers, *rows]:
        cells = []
        for i, (c, w) in enumerate(zip(row, widths, strict=True)):
            padding = " " * (w - display_width(c))
            cells.append(c + padding if i == 0 else padding + c)
        out.append("  ".join(cells))
    return "\n".join(out)


def render_check(result: Any, fmt: str, style: Style) -> str:
    if fmt == "json":
        return to_json(result.to_dict())
    if fmt == "github":
        return github_annotations(result.findings)
    lines = []
    for catalog in result.catalogs:
        for f in catalog.findings:
            lines.append(_finding_line(f, style))
    for catalog in result.catalogs:
        counts = count_by_severity(list(catalog.findings))
        lines.append(
            _(
                "{locale}: {entries} entries, {errors} errors, {warnings} warnings, {infos} notes ({path})"
            ).format(
                locale=catalog.locale,
                entries=catalog.entries,
                errors=counts["error"],
                warnings=counts["warning"],
                infos=counts["info"],
                path=catalog.path,
            )
        )
    return "\n".join(lines)


def render_check_list(checks: Sequence[Any], fmt: str) -> str:
    if fmt == "json":
        return to_json(
            [
                {
                    "code": c.code,
                    "kind": c.kind,
                    "severity": str(c.severity),
                    "target": c.target,
                    "title": c.title,
                }
                for c in checks
            ]
        )
    width = max((len(c.kind) for c in checks), default=0)
    return "\n".join(
        f"{c.code}  {c.kind.ljust(width)}  {str(c.severity).ljust(7)}  {c.target.ljust(7)}  {c.title}"
        for c in checks
    )
