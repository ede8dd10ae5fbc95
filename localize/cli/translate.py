"""`localize translate`: glossary-safe machine pre-translation (thin: parse, service, render)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..i18n import N_, _, error_line
from .base import LocalizedCommand, command, echo, format_option, glossary_option, option, progress

_ENGINES = ("google", "libre", "mymemory", "microsoft", "deepl")

_EPILOG = N_(
    "API keys are read only from the environment, never from options, and never printed "
    "or written: libre LOCALIZE_LIBRE_API_KEY or LIBRE_API_KEY (optional); microsoft "
    "LOCALIZE_MICROSOFT_API_KEY or MICROSOFT_API_KEY, region LOCALIZE_MICROSOFT_REGION or "
    "MICROSOFT_REGION; deepl LOCALIZE_DEEPL_API_KEY or DEEPL_API_KEY (needs `pip install "
    "deepl`); mymemory LOCALIZE_MYMEMORY_EMAIL or MYMEMORY_EMAIL (optional). Every "
    "machine translation is written fuzzy with a `#. machine translation:` comment; "
    "entries that MT must not decide are left for a human with a `# [mt]` comment."
)


class _TranslateCommand(LocalizedCommand):
    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(_(_EPILOG))


def _progress(label: str):  # noqa: ANN202 - a small adapter for the service
    def wrap(items: Any, length: int) -> Any:
        return progress(items, length=length, label=label)

    return wrap


@command(
    "translate",
    cls=_TranslateCommand,
    help=N_(
        "Machine pre-translate PO catalogs or caption files, protecting placeholders, numbers, "
        "names and crisis lines, skipping what has no safe translation, marking all output fuzzy."
    ),
)
@click.argument("catalogs", nargs=-1, type=click.Path(dir_okay=False))
@option(
    "--locales-dir",
    type=click.Path(file_okay=False),
    help=N_("Translate every <dir>/<locale>/LC_MESSAGES/*.po."),
)
@option(
    "--locale",
    "locales",
    multiple=True,
    metavar="LOCALE",
    help=N_("Target locale (repeatable); default: the catalog's Language header."),
)
@option(
    "--captions",
    type=click.Path(dir_okay=False),
    help=N_("Caption file to translate (.txt .srt .vtt .jsonl)."),
)
@option(
    "--to",
    "targets",
    metavar="L,...",
    help=N_("Target languages for --captions, comma-separated (e.g. fr,ja,pt_BR)."),
)
@option(
    "--from",
    "source",
    default="en",
    show_default=True,
    metavar="LANG",
    help=N_("Source language of the captions or msgids."),
)
@option(
    "--output-dir",
    type=click.Path(file_okay=False),
    help=N_("Where translated captions go (default: beside the input)."),
)
@option(
    "--engine",
    type=click.Choice(_ENGINES),
    default="google",
    show_default=True,
    help=N_("Machine-translation engine."),
)
@option(
    "--engine-url",
    metavar="URL",
    help=N_("Base URL of a self-hosted LibreTranslate server (libre engine)."),
)
@option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=20.0,
    show_default=True,
    help=N_("Seconds one request may take."),
)
@option(
    "--retries",
    type=click.IntRange(min=0, max=10),
    default=3,
    show_default=True,
    help=N_("Retries of a request after a timeout, HTTP 429 or 5xx."),
)
@option(
    "--overwrite",
    is_flag=True,
    help=N_("Also redo translated entries (default: never touch a non-empty, non-fuzzy msgstr)."),
)
@option(
    "--dry-run",
    is_flag=True,
    help=N_("Show what would be sent and what would be skipped; send and write nothing."),
)
@option(
    "--tm",
    type=click.Path(dir_okay=False),
    help=N_("Translation memory (SQLite file, created if missing)."),
)
@glossary_option()
@format_option()
def translate(
    catalogs: tuple[str, ...],
    locales_dir: str | None,
    locales: tuple[str, ...],
    captions: str | None,
    targets: str | None,
    source: str,
    output_dir: str | None,
    engine: str,
    engine_url: str | None,
    timeout: float,
    retries: int,
    overwrite: bool,
    dry_run: bool,
    tm: str | None,
    glossaries: tuple[str, ...],
    output_format: str,
) -> None:
    from ..errors import UsageError
    from ..glossary import load_glossary
    from ..io import atomic_write_text, read_text
    from ..languages import get_language, normalize_locale
    from ..services import translate as svc
    from ..translate import RetryPolicy, get_engine

    if captions and (catalogs or locales_dir):
        raise UsageError(_("use either catalogs (or --locales-dir) or --captions, not both"))
    if not captions and not catalogs and not locales_dir:
        raise UsageError(
            _("nothing to translate: give CATALOG.po files, --locales-dir or --captions")
        )
    if captions and not targets:
        raise UsageError(_("--captions needs --to with the target languages"))
    if targets and not captions:
        raise UsageError(_("--to is for --captions; catalogs take --locale"))
    source_lang = get_language(source).code
    policy = RetryPolicy(timeout=timeout, attempts=retries + 1)
    glossary = load_glossary(list(glossaries) or None)
    memory = None
    if tm:
        from ..translate.memory import TranslationMemory

        memory = TranslationMemory(tm)

    engines: dict[str, Any] = {}

    def pretranslator_for(locale: str, *, placeholders: bool) -> svc.Pretranslator:
        # building the engine validates codes, key and URL before any request
        if locale not in engines:
            engines[locale] = get_engine(engine, source_lang, locale, url=engine_url, policy=policy)
        return svc.Pretranslator(
            engines[locale],
            engine,
            source_lang,
            locale,
            glossary=glossary,
            memory=memory,
            placeholders=placeholders,
            dry_run=dry_run,
        )

    summaries: list[svc.TranslateSummary] = []
    try:
        if captions:
            wanted = (
                [normalize_locale(t) for t in targets.split(",") if t.strip()] if targets else []
            )
            if not wanted:
                raise UsageError(_("--to needs at least one language"))
            for loc in wanted:
                if get_language(loc).code == source_lang:
                    raise UsageError(_("target {locale} is the source language").format(locale=loc))
                pretranslator_for(loc, placeholders=False)
            svc.caption_format(captions)
            text = read_text(captions)
            if not dry_run:
                for loc in wanted:
                    _check_writable(svc.caption_output_path(captions, loc, output_dir))
            for loc in wanted:
                out = svc.caption_output_path(captions, loc, output_dir)
                summary = svc.pretranslate_captions(
                    text,
                    path=captions,
                    output=str(out),
                    pretranslator=pretranslator_for(loc, placeholders=False),
                    save=None if dry_run else (lambda data, out=out: atomic_write_text(out, data)),
                    progress=_progress(f"{Path(captions).name} → {loc}"),
                )
                summaries.append(summary)
                if summary.interrupted or summary.aborted:
                    break
        else:
            jobs: list[tuple[str | None, Path]] = []
            if locales_dir:
                jobs.extend(
                    (loc, path)
                    for loc, path in svc.iter_catalogs(locales_dir, locales)
                    if get_language(loc).code != source_lang
                )
                if not jobs:
                    raise UsageError(_("no catalogs to translate"), path=locales_dir)
            for path in catalogs:
                if Path(path).suffix.lower() == ".pot":
                    raise UsageError(
                        _("a template is not translated; create the locale's catalog first"),
                        path=path,
                    )
                if len(locales) > 1:
                    raise UsageError(_("one --locale per catalog file"))
                jobs.append((locales[0] if locales else None, Path(path)))
            texts = {path: read_text(path) for _loc, path in jobs}
            if not dry_run:
                for _loc, path in jobs:
                    _check_writable(path)
            # resolve every locale and engine before the first request
            from ..catalog.po import parse_po

            resolved: list[tuple[str, Path]] = []
            for loc, path in jobs:
                po = parse_po(texts[path], str(path))
                target = svc._catalog_locale(po, loc, str(path))
                if get_language(target).code == source_lang:
                    raise UsageError(_("catalog is in the source language"), path=str(path))
                pretranslator_for(target, placeholders=True)
                resolved.append((target, path))
            for target, path in resolved:
                summary = svc.pretranslate_catalog(
                    texts[path],
                    path=str(path),
                    locale=target,
                    pretranslator_for=lambda loc: pretranslator_for(loc, placeholders=True),
                    overwrite=overwrite,
                    save=None
                    if dry_run
                    else (lambda data, path=path: atomic_write_text(path, data)),
                    progress=_progress(f"{path.name} ({target})"),
                )
                summaries.append(summary)
                if summary.interrupted or summary.aborted:
                    break
    finally:
        if memory is not None:
            memory.close()

    if output_format == "json":
        from ..report import to_json

        echo(to_json({"results": [s.to_dict() for s in summaries]}))
    else:
        echo(render_text(summaries))
    if any(s.aborted for s in summaries):
        for s in summaries:
            if s.aborted:
                echo(error_line(str(s.aborted)), err=True)
        click.get_current_context().exit(2)
    if any(s.interrupted for s in summaries):
        echo(_("interrupted: everything translated so far is saved; run again to resume"), err=True)
        click.get_current_context().exit(130)
    if any(s.rejected or s.failed for s in summaries):
        click.get_current_context().exit(1)


def _check_writable(path: Path) -> None:
    """Fail before the first request, not after the first batch, when output cannot be saved."""
    import os

    from ..errors import WriteError

    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise WriteError(_("directory does not exist"), path=str(directory))
    target = path if path.exists() else directory
    if not os.access(target, os.W_OK):
        raise WriteError(_("permission denied (read-only location)"), path=str(target))


def render_text(summaries: list[Any]) -> str:
    from ..i18n import ngettext
    from ..services.translate import reason_label

    lines: list[str] = []
    for s in summaries:
        head = _("{path} ({locale}, {engine})").format(
            path=s.output, locale=s.locale, engine=s.engine
        )
        if s.dry_run:
            head += " — " + _("dry run: nothing sent, nothing written")
        lines.append(head)
        for item in s.items:
            if item.status in ("translated", "memory") or item.reason in ("already-translated",):
                continue
            where = _("line {line}").format(line=item.line) if item.line else item.key
            if item.status == "would-send":
                for text in item.sent:
                    lines.append(
                        "  " + _("{where}: would send: {text}").format(where=where, text=text)
                    )
                continue
            label = {
                "skipped": _("skipped"),
                "rejected": _("rejected"),
                "failed": _("failed"),
            }.get(item.status, item.status)
            lines.append(f"  {where}: {label}: {reason_label(item.reason)}")
            for note in item.notes:
                lines.append(f"      {note}")
        skipped = s.skipped
        parts = [
            ngettext("{n} translated", "{n} translated", s.translated).format(n=s.translated),
            _("{n} from memory").format(n=s.from_memory),
            _("{n} rejected").format(n=s.rejected),
            _("{n} failed").format(n=s.failed),
            _("{n} skipped").format(n=sum(skipped.values()))
            + (
                " ("
                + ", ".join(f"{reason_label(k)}: {v}" for k, v in sorted(skipped.items()))
                + ")"
                if skipped
                else ""
            ),
        ]
        if s.dry_run:
            parts.append(_("{n} would be sent").format(n=s.would_send))
        parts.append(ngettext("{n} request", "{n} requests", s.requests).format(n=s.requests))
        parts.append(_("{seconds:.1f} s").format(seconds=s.seconds))
        lines.append("  " + _("summary") + ": " + ", ".join(parts))
        if s.memory is not None:
            lines.append(
                "  "
                + _("memory: {hits} hits, {stored} stored, {entries} entries").format(**s.memory)
            )
        if s.interrupted:
            lines.append("  " + _("interrupted (saved)"))
        if s.aborted:
            lines.append("  " + _("stopped: {why}").format(why=s.aborted))
    return "\n".join(lines)
