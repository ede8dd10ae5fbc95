"""`localize catalog ...`: thin commands over `localize.services.catalogs`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..i18n import N_
from .base import command, echo, fail_on_option, format_option, glossary_option, group, option

F = TypeVar("F", bound=Callable[..., Any])


def _layout_options(func: F) -> F:
    for decorator in reversed(
        (
            option(
                "--locales-dir",
                type=click.Path(file_okay=False),
                help=N_(
                    "Directory holding <locale>/LC_MESSAGES/<domain>.po. Default: setup.cfg [localize] locales_dir."
                ),
            ),
            option(
                "--domain",
                help=N_(
                    "gettext domain (file name of the catalogs). Default: setup.cfg [localize] domain."
                ),
            ),
            option(
                "--locale",
                "locales",
                multiple=True,
                metavar="LOCALE",
                help=N_("Locale to work on (repeatable). Default: setup.cfg [localize] locales."),
            ),
        )
    ):
        func = decorator(func)
    return func


def _config(
    locales_dir: str | None, domain: str | None, locales: tuple[str, ...] = (), **extra: Any
) -> Any:
    from ..services.catalogs import load_config

    return load_config(locales_dir=locales_dir, domain=domain, locales=locales or None, **extra)


def _style() -> Any:
    from ..report import Style

    return Style.for_stream()


@group(
    "catalog",
    help=N_("Manage and check gettext catalogs (extract, init, update, compile, stats, check)."),
)
def catalog() -> None:
    pass


@catalog.command(
    "extract", help=N_("Extract messages from Python sources into the template (POT).")
)
@click.argument("paths", nargs=-1, type=click.Path())
@_layout_options
@option(
    "--keyword",
    "-k",
    "keywords",
    multiple=True,
    help=N_("Keyword spec like ngettext:1,2 or pgettext:1c,2 (repeatable)."),
)
@option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help=N_("Template to write. Default: <locales-dir>/<domain>.pot."),
)
@format_option()
def extract_cmd(paths, locales_dir, domain, locales, keywords, output, output_format) -> None:
    from ..report.catalog import render_extract
    from ..services.catalogs import extract

    config = _config(locales_dir, domain, locales, keywords=keywords or None)
    result = extract(config, paths=paths, output=output)
    echo(render_extract(result, output_format))


@catalog.command(
    "init", help=N_("Create a catalog per locale from the template; never overwrites one.")
)
@_layout_options
@format_option()
def init_cmd(locales_dir, domain, locales, output_format) -> None:
    from ..report.catalog import render_init
    from ..services.catalogs import init

    config = _config(locales_dir, domain)
    echo(render_init(init(config, locales or None), output_format))


@catalog.command(
    "update", help=N_("Merge the template into each catalog (fuzzy matching, obsolete entries).")
)
@_layout_options
@option(
    "--no-fuzzy-matching", is_flag=True, help=N_("Do not reuse translations of similar messages.")
)
@option(
    "--drop-obsolete",
    is_flag=True,
    help=N_("Drop messages no longer in the template instead of keeping them as #~."),
)
@option(
    "--check",
    "check_only",
    is_flag=True,
    help=N_("Write nothing; exit 1 when a catalog needs an update (for CI)."),
)
@format_option()
def update_cmd(
    locales_dir, domain, locales, no_fuzzy_matching, drop_obsolete, check_only, output_format
) -> None:
    from .fastpath import update_command

    text, code = update_command(
        locales_dir, domain, locales, no_fuzzy_matching, drop_obsolete, check_only, output_format
    )
    echo(text)
    if code:
        raise SystemExit(code)


@catalog.command("compile", help=N_("Compile catalogs to MO files, byte-identical to GNU msgfmt."))
@click.argument("paths", nargs=-1, type=click.Path())
@_layout_options
@option("--use-fuzzy", is_flag=True, help=N_("Include fuzzy translations."))
@option(
    "--strict",
    is_flag=True,
    help=N_("Any catalog error is fatal: exit 1 and write nothing for that catalog."),
)
@format_option()
def compile_cmd(paths, locales_dir, domain, locales, use_fuzzy, strict, output_format) -> None:
    from .fastpath import compile_command

    text, code = compile_command(
        paths, locales_dir, domain, locales, use_fuzzy, strict, output_format
    )
    echo(text)
    if code:
        raise SystemExit(code)


@catalog.command(
    "stats", help=N_("Translation progress per locale (fuzzy never counts as translated).")
)
@click.argument("paths", nargs=-1, type=click.Path())
@_layout_options
@format_option()
def stats_cmd(paths, locales_dir, domain, locales, output_format) -> None:
    from ..report.catalog import render_stats
    from ..services.catalogs import stats

    config = _config(locales_dir, domain)
    echo(render_stats(stats(config, locales or None, paths=paths), output_format))


@catalog.command(
    "check",
    help=N_("Validate catalogs: header, plural forms, placeholders, duplicates, content checks."),
)
@click.argument("paths", nargs=-1, type=click.Path())
@_layout_options
@option("--list", "list_checks", is_flag=True, help=N_("List every registered check and exit."))
@option(
    "--disable",
    multiple=True,
    metavar="KIND",
    help=N_("Switch off a check by kind or code (repeatable)."),
)
@glossary_option()
@format_option("text", "json", "github")
@fail_on_option()
def check_cmd(
    paths, locales_dir, domain, locales, list_checks, disable, glossaries, output_format, fail_on
) -> None:
    from ..checks import all_checks
    from ..findings import exit_code
    from ..report.catalog import render_check, render_check_list

    if list_checks:
        echo(
            render_check_list(
                [c for c in all_checks() if c.target in ("entry", "catalog")], output_format
            )
        )
        return
    from pathlib import Path

    from ..services.catalogs import check_catalogs

    def glossary_factory() -> Any:
        from ..glossary import load_glossary

        return load_glossary([Path(p) for p in glossaries] or None)

    def detector_factory() -> Any:
        from ..detect import Detector

        return Detector()

    config = _config(locales_dir, domain)
    result = check_catalogs(
        config,
        locales or None,
        paths=paths,
        disabled=disable,
        glossary_factory=glossary_factory,
        detector_factory=detector_factory,
    )
    output = render_check(result, output_format, _style())
    if output:
        echo(output)
    code = exit_code(list(result.findings), fail_on)
    if code:
        raise SystemExit(code)


__all__ = ["catalog", "command"]
