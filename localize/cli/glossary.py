"""`localize glossary ...`: browse, look up, validate, import and export termbases (thin layer)."""

from __future__ import annotations

import sys

import click

from ..i18n import N_, _, ngettext
from .base import echo, format_option, glossary_option, group, option

_STATUS_CHOICES = ["preferred", "admitted", "forbidden", "superseded"]
_CATEGORY_CHOICES = ["safe-messaging", "clinical", "stigma", "slang", "brand", "crisis"]


def _load(glossaries: tuple[str, ...]):  # noqa: ANN202 - Glossary, imported lazily
    from ..glossary import load_glossary

    return load_glossary(list(glossaries) or None)


def _write_output(text: str, output: str | None) -> None:
    if output in (None, "-"):
        click.echo(text, nl=False)
        return
    from ..io import atomic_write_text

    atomic_write_text(output, text)
    echo(_("wrote {path}").format(path=output), err=True)


@group("glossary", help=N_("Browse, validate, import and export glossaries."))
def glossary() -> None:
    pass


@glossary.command(
    "list",
    help=N_("List glossary terms, filtered by category, language and status."),
)
@option(
    "--category", type=click.Choice(_CATEGORY_CHOICES), help=N_("Only concepts of this category.")
)
@option("--lang", metavar="LANG", help=N_("Only this language (en fr ja ko id es pt)."))
@option("--status", type=click.Choice(_STATUS_CHOICES), help=N_("Only terms with this status."))
@glossary_option()
@format_option()
def list_command(
    category: str | None,
    lang: str | None,
    status: str | None,
    glossaries: tuple[str, ...],
    output_format: str,
) -> None:
    from ..report import to_json
    from ..services.glossary import list_terms

    rows = list_terms(_load(glossaries), category=category, lang=lang, status=status)
    if output_format == "json":
        echo(to_json([r.to_dict() for r in rows]))
        return
    for row in rows:
        if row.term:
            line = f"{row.concept}\t{row.lang}\t{row.status}\t{row.term}"
            if row.replacement:
                line += f"\t-> {row.replacement}"
        else:
            line = f"{row.concept}\t{row.lang}\t{row.review}\t" + _("(no term)")
        if row.review != "none" and row.term:
            line += "\t[" + _("review: {flag}").format(flag=row.review) + "]"
        if not row.verified:
            line += "\t(" + _("unverified") + ")"
        echo(line)
    echo(ngettext("{n} row", "{n} rows", len(rows)).format(n=len(rows)), err=True)


@glossary.command("show", help=N_("Show one concept with its terms in every language."))
@click.argument("concept_id", metavar="ID")
@glossary_option()
@format_option()
def show_command(concept_id: str, glossaries: tuple[str, ...], output_format: str) -> None:
    from ..report import to_json
    from ..services.glossary import concept_to_dict, show_concept

    concept = show_concept(_load(glossaries), concept_id)
    if output_format == "json":
        echo(to_json(concept_to_dict(concept)))
        return
    echo(f"{concept.id}  ({concept.category.value}, " + _("risk") + f" {concept.risk})")
    if concept.dnt:
        echo("  " + _("do not translate"))
    if concept.definition:
        echo("  " + concept.definition)
    if concept.sources:
        echo("  " + _("sources") + ": " + ", ".join(concept.sources))
    for code, entry in concept.languages.items():
        flags = []
        if entry.review.value != "none":
            flags.append(_("review: {flag}").format(flag=entry.review.value))
        if not entry.verified:
            flags.append(_("unverified"))
        echo(f"  [{code}]" + (f"  ({', '.join(flags)})" if flags else ""))
        for term in entry.terms:
            line = f"    {term.status.value:<10} {term.text}"
            if term.replacement:
                line += f"  -> {term.replacement}"
            if not term.verified:
                line += "  (" + _("unverified") + ")"
            echo(line)
            if term.reason:
                echo(f"               {term.reason}")
        if entry.guidance:
            echo("    " + _("guidance") + ": " + entry.guidance)
        if entry.notes:
            echo("    " + _("notes") + ": " + entry.notes)


@glossary.command(
    "lookup",
    help=N_(
        "Show the glossary terms, do-not-translate names and crisis resources a text contains, "
        "with their character spans. TEXT '-' reads stdin."
    ),
)
@click.argument("text")
@option(
    "--lang", required=True, metavar="LANG", help=N_("Language of the text (en fr ja ko id es pt).")
)
@glossary_option()
@format_option()
def lookup_command(text: str, lang: str, glossaries: tuple[str, ...], output_format: str) -> None:
    from ..report import Style, highlight, to_json
    from ..services.glossary import lookup

    if text == "-":
        text = sys.stdin.read()
    result = lookup(_load(glossaries), text, lang)
    if output_format == "json":
        echo(to_json(result.to_dict()))
        return
    style = Style.for_stream()
    spans = (
        [h.span for h in result.hits]
        + [h.span for h in result.dnt]
        + [h.span for h in result.crisis]
    )
    echo(highlight(text, spans, style))
    for hit in result.hits:
        line = f"{hit.start}-{hit.end}\t{hit.text}\t{hit.concept.id}\t{hit.status.value}"
        if hit.term.replacement:
            line += f"\t-> {hit.term.replacement}"
        if hit.algospeak:
            line += "\t(" + _("algospeak") + ")"
        entry = hit.concept.entry(result.lang)
        if entry is not None and entry.review.value != "none":
            line += "\t[" + _("review: {flag}").format(flag=entry.review.value) + "]"
        echo(line)
    for hit in result.dnt:
        echo(f"{hit.start}-{hit.end}\t{hit.text}\t" + _("do not translate"))
    for hit in result.crisis:
        echo(
            f"{hit.start}-{hit.end}\t{hit.text}\t"
            + _("crisis line")
            + f" {hit.line.market}: {hit.line.name}"
        )
    if not (result.hits or result.dnt or result.crisis):
        echo(_("no glossary terms found"), err=True)


@glossary.command(
    "validate",
    help=N_(
        "Check glossary files (default: the shipped ones): schema, duplicate ids, a term both "
        "preferred and forbidden, unknown languages or markets, forbidden terms without a "
        "replacement. Exit status 1 when there are errors."
    ),
)
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@format_option()
def validate_command(files: tuple[str, ...], output_format: str) -> None:
    from ..report import to_json
    from ..services.glossary import validate_files

    report = validate_files(list(files) or None)
    if output_format == "json":
        echo(to_json(report.to_dict()))
    else:
        for issue in report.issues:
            where = f"{issue.where}: " if issue.where else ""
            severity = _("error") if issue.severity == "error" else _("warning")
            echo(f"{where}{severity}: {issue.message} [{issue.code}]")
        summary = _("{errors}, {warnings} in {files}").format(
            errors=ngettext("{n} error", "{n} errors", report.errors).format(n=report.errors),
            warnings=ngettext("{n} warning", "{n} warnings", report.warnings).format(
                n=report.warnings
            ),
            files=ngettext("{n} file", "{n} files", len(report.files)).format(n=len(report.files)),
        )
        counts = _("{concepts} concepts, {terms} terms, {lines} crisis lines").format(
            concepts=report.concepts, terms=report.terms, lines=report.crisis_lines
        )
        echo(f"{summary} ({counts})", err=True)
    if not report.ok:
        raise SystemExit(1)


@glossary.command(
    "import",
    help=N_(
        "Convert a TBX or CSV glossary to the canonical TOML (to stdout, or --output). "
        "Nothing is written when the input is invalid."
    ),
)
@click.argument("file", type=click.Path(dir_okay=False))
@option(
    "--format",
    "input_format",
    type=click.Choice(["tbx", "csv", "toml"], case_sensitive=False),
    help=N_("Format of FILE. Default: from its extension."),
)
@option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help=N_("Write the TOML here instead of stdout."),
)
def import_command(file: str, input_format: str | None, output: str | None) -> None:
    from ..services.glossary import convert_file

    _write_output(convert_file(file, input_format, "toml"), output)


@glossary.command(
    "export",
    help=N_("Write the glossary (default: the shipped ones) as TBX, CSV or TOML."),
)
@option(
    "--format",
    "output_format",
    type=click.Choice(["tbx", "csv", "toml"], case_sensitive=False),
    required=True,
    help=N_("Output format."),
)
@option("-o", "--output", type=click.Path(dir_okay=False), help=N_("Write here instead of stdout."))
@glossary_option()
def export_command(output_format: str, output: str | None, glossaries: tuple[str, ...]) -> None:
    from ..services.glossary import export_glossary

    _write_output(export_glossary(list(glossaries), output_format.lower()), output)
