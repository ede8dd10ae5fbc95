"""`localize detect`: the language of captions given as arguments, a file or stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from ..i18n import N_, _
from .base import command, echo, format_option, option, progress

_REASONS = {
    "no-letters": N_("no letters to judge"),
    "too-close": N_("too close to call"),
    "not-supported": N_("not a supported language"),
}


def _inputs(
    texts: tuple[str, ...], file: str | None, lines: bool
) -> Iterator[tuple[str | None, int | None, str]]:
    """(source, line number, text) for every text to detect, in order."""
    from ..io import iter_lines, read_text

    sources = list(texts)
    if file is not None:
        sources.append("\0file")
    if not sources:
        if sys.stdin is None or sys.stdin.isatty():
            from ..errors import UsageError

            raise UsageError(_("no text given: pass TEXT, '-' for standard input, or --file"))
        sources = ["-"]
    for source in sources:
        if source == "-":
            data = sys.stdin.read()
            if lines:
                for number, line in enumerate(data.splitlines(), 1):
                    yield "<stdin>", number, line
            else:
                yield "<stdin>", None, data
        elif source == "\0file":
            assert file is not None
            if lines:
                for number, line in iter_lines(file):
                    yield file, number, line
            else:
                yield file, None, read_text(file, allow_empty=True)
        else:
            yield None, None, source


def _render_text(det_dict: dict, text: str, show_text: bool) -> str:
    lang = det_dict["lang"]
    head = f"{lang}\t{det_dict['confidence']:.2f}\t{det_dict['script']}"
    if det_dict["reason"]:
        head += "\t" + _(_REASONS.get(det_dict["reason"], det_dict["reason"]))
    elif det_dict["alternatives"][1:]:
        alt = ", ".join(f"{code} {p:.2f}" for code, p in det_dict["alternatives"][1:])
        head += "\t" + alt
    if show_text:
        snippet = " ".join(text.split())
        if len(snippet) > 60:
            snippet = snippet[:59] + "…"
        head += "\t" + snippet
    return head


@command(
    "detect",
    help=N_(
        "Identify the language of captions (en fr ja ko id es pt). Give texts as arguments, "
        "'-' for stdin, or --file; with --lines every line is a separate text. Prints 'und' "
        "when there is no evidence or the answer would be a guess."
    ),
)
@click.argument("texts", nargs=-1, metavar="[TEXT]...")
@option(
    "--file",
    "file",
    type=click.Path(dir_okay=False),
    help=N_("Read the text from this file."),
)
@option("--lines", is_flag=True, help=N_("Treat every line of the input as a separate text."))
@option(
    "--segments",
    is_flag=True,
    help=N_("Also split code-switched captions into runs of one language."),
)
@format_option()
def detect(
    texts: tuple[str, ...], file: str | None, lines: bool, segments: bool, output_format: str
) -> None:
    from ..detect import Detector
    from ..report import to_json

    detector = Detector()
    items = list(_inputs(texts, file, lines))
    several = len(items) != 1
    iterable = (
        progress(items, length=len(items), label=_("Detecting")) if len(items) > 1000 else items
    )
    for _source, number, text in iterable:
        result = detector.detect(text).to_dict()
        if segments:
            result["segments"] = [seg.to_dict() for seg in detector.detect_segments(text)]
        if output_format == "json":
            record = dict(result)
            if several:
                record["text"] = text
                if number is not None:
                    record["line"] = number
                echo(to_json(record, indent=None))
            else:
                echo(to_json(record))
        else:
            echo(_render_text(result, text, several))
            if segments:
                for seg in result["segments"]:
                    echo(f"  {seg['start']}-{seg['end']}\t{seg['lang']}\t{seg['text']}")
