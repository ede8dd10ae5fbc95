"""The click root group of `localize`: subcommand groups loaded lazily, errors handled once.

Each group lives in its own module and is imported only when used, so `localize --help`
starts fast (no langdetect profiles, deep-translator or CLDR data at start-up).
Errors are handled here, once: a LocalizeError becomes `error: <what> (<file>:<line>)` on
stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from ..i18n import N_, _, error_line, use_ui_language
from .base import LocalizedGroup, LocalizedOption, option

# name -> (module, attribute, short help): the subcommand groups, imported on demand.
_SUBCOMMANDS: dict[str, tuple[str, str, str]] = {
    "caption": (
        "localize.cli.caption",
        "caption",
        N_("Check captions and subtitles before they publish."),
    ),
    "catalog": ("localize.cli.catalog", "catalog", N_("Manage and check gettext catalogs.")),
    "detect": ("localize.cli.detect", "detect", N_("Identify the language of captions.")),
    "glossary": (
        "localize.cli.glossary",
        "glossary",
        N_("Browse, validate, import and export glossaries."),
    ),
    "translate": (
        "localize.cli.translate",
        "translate",
        N_("Machine pre-translate catalogs and captions, safely."),
    ),
}


class InputError(click.ClickException):
    """A LocalizeError on its way out: one line on stderr, exit code 2, no traceback."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(error_line(self.message), err=True)


class LazyRootGroup(LocalizedGroup):
    def make_context(
        self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any
    ) -> click.Context:
        # Choose the UI language before parsing: eager options such as --help and usage
        # errors are shown before --ui-lang's own callback would run.
        _preselect_ui_language(list(args))
        return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        from ..errors import LocalizeError

        try:
            return super().invoke(ctx)
        except LocalizeError as exc:
            raise InputError(str(exc)) from None
        except BrokenPipeError:
            ctx.exit(0)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_SUBCOMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = _SUBCOMMANDS.get(cmd_name)
        if spec is None:
            return None
        module_name, attribute, _short = spec
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        return getattr(module, attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help comes from the table above, so listing commands imports nothing.
        rows = [(name, _(spec[2])) for name, spec in sorted(_SUBCOMMANDS.items())]
        if rows:
            with formatter.section(_("Commands")):
                formatter.write_dl(rows)


def _ui_lang_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    from ..errors import LocalizeError

    try:
        return use_ui_language(value)
    except LocalizeError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


@click.group(
    cls=LazyRootGroup,
    help=N_(
        "Keep multilingual mental-health content safe and consistent: glossary-aware "
        "caption checks, language detection, gettext catalogs and safe machine pre-translation."
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
)
@option(
    "--ui-lang",
    metavar="LANG",
    callback=_ui_lang_callback,
    is_eager=True,
    expose_value=False,
    help=N_(
        "Language of the toolkit's messages (en fr ja ko id es pt). Default: from LANGUAGE/LC_ALL/LANG."
    ),
)
@click.version_option(
    package_name="localize",
    message="%(prog)s %(version)s",
    cls=LocalizedOption,
    help=N_("Show the version and exit."),
)
def cli() -> None:
    pass


def _preselect_ui_language(argv: list[str]) -> None:
    """Pick the UI language before click parses, so even usage errors are translated."""
    requested = None
    for index, arg in enumerate(argv):
        if arg == "--ui-lang" and index + 1 < len(argv):
            requested = argv[index + 1]
        elif arg.startswith("--ui-lang="):
            requested = arg.split("=", 1)[1]
    from ..errors import LocalizeError

    try:
        use_ui_language(requested)
    except LocalizeError:  # an unsupported --ui-lang: its own callback reports it
        use_ui_language(None)
