"""`localize caption check`: what to change before a caption or subtitle file goes out."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from ..i18n import N_, _
from .base import fail_on_option, format_option, glossary_option, group, option, progress

_STDIN = "<stdin>"


@group("caption", help=N_("Check captions and subtitles before they publish."))
def caption() -> None:
    pass


def _stdin_lines() -> Iterator[tuple[int, str]]:
    """Numbered lines of stdin, decoded as UTF-8 one at a time (constant memory)."""
    from ..errors import InputFileError

    stream = sys.stdin.buffer
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield number, raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise InputFileError(
                _("invalid UTF-8 text (wrong encoding?)"), path=_STDIN, line=number
            ) from None


def _records(text: str | None, file: str | None, fmt: str) -> Iterator:
    from ..captions import captions_from_lines, captions_from_text, open_captions
    from ..errors import UsageError

    if text is not None and file is not None:
        raise UsageError(_("give the caption as TEXT or with --file, not both"))
    if text is None and file is None:
        raise UsageError(_("no caption given: pass TEXT, - to read stdin, or --file FILE"))
    if text == "-" or file == "-":
        return captions_from_lines(_stdin_lines(), fmt, path=_STDIN)
    if file is not None:
        return open_captions(file, fmt)
    return captions_from_text(text or "", "text" if fmt == "auto" else fmt)


def _list_checks(output_format: str) -> None:
    from ..checks import checks_for
    from ..report import to_json

    checks = checks_for("caption")
    if output_format == "json":
        rows = [
            {"code": c.code, "kind": c.kind, "severity": str(c.severity), "title": c.title}
            for c in checks
        ]
        click.echo(to_json(rows))
        return
    for c in checks:
        click.echo(f"{c.code}  {c.kind:<20} {str(c.severity):<8} {c.title}")


@caption.command(
    "check",
    help=N_(
        "Check a caption, a subtitle file (.srt, .vtt) or a batch (.jsonl, .csv) for unsafe "
        "wording, stigma, crisis lines that do not serve the audience, and terms a translator "
        "must look at. TEXT is the caption itself; - reads stdin."
    ),
)
@click.argument("text", required=False)
@option(
    "--file",
    "file",
    metavar="FILE",
    help=N_("Caption file: plain text, .srt, .vtt, .jsonl or .csv (- for stdin)."),
)
@option(
    "--lang",
    metavar="LANG",
    help=N_("The caption's language (en fr ja ko id es pt). Default: detected."),
)
@option(
    "--to",
    "to",
    metavar="LANG,...",
    help=N_("Languages the caption will be localized into, or 'all'."),
)
@option(
    "--market",
    "markets",
    metavar="M,...",
    multiple=True,
    help=N_(
        "Markets where it is shown (US GB FR JP KR ID MX BR). "
        "Default: the markets of the caption's language and of every --to language."
    ),
)
@option(
    "--input-format",
    type=click.Choice(["auto", "text", "srt", "vtt", "jsonl", "csv"], case_sensitive=False),
    default="auto",
    show_default=True,
    help=N_("Format of the input. Default: from the file extension or the content."),
)
@glossary_option()
@option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help=N_("Worker processes for large batches."),
)
@option(
    "--strict",
    is_flag=True,
    help=N_("Stop at the first malformed batch line instead of skipping it."),
)
@option(
    "--list",
    "list_checks",
    is_flag=True,
    help=N_("List the caption checks (code, kind, severity, title) and exit."),
)
@format_option()
@fail_on_option()
@click.pass_context
def check(
    ctx: click.Context,
    list_checks: bool,
    text: str | None,
    file: str | None,
    lang: str | None,
    to: str | None,
    markets: tuple[str, ...],
    input_format: str,
    glossaries: tuple[str, ...],
    jobs: int,
    strict: bool,
    output_format: str,
    fail_on: str,
) -> None:
    from ..i18n import ui_language
    from ..languages import get_language
    from ..report import Style
    from ..report.captions import JsonRenderer, TextRenderer
    from ..services.captions import StreamOptions, check_stream, resolve_markets, resolve_targets

    if list_checks:
        _list_checks(output_format)
        return
    declared = get_language(lang).code if lang else None
    options = StreamOptions(
        lang=declared,
        to=resolve_targets(to, declared),
        markets=resolve_markets(markets),
        glossary_paths=tuple(glossaries) or None,
        ui_language=ui_language(),
    )
    records = _records(text, file, input_format.lower())

    def out(chunk: str) -> None:
        click.echo(chunk, nl=False)

    def err(chunk: str) -> None:
        click.echo(chunk, nl=False, err=True)

    if output_format == "json":
        renderer: JsonRenderer | TextRenderer = JsonRenderer(out, err)
    else:
        renderer = TextRenderer(out, err, Style.for_stream(sys.stdout))
    results = check_stream(
        progress(records, label=_("Checking captions")), options, jobs=jobs, strict=strict
    )
    for result in results:
        renderer.add(result)
    summary = renderer.finish()
    ctx.exit(summary.exit_code(fail_on))
