"""Click building blocks shared by every command: translated help, shared options, errors.

Help texts are written `help=N_("...")` and translated when shown (LocalizedCommand,
LocalizedOption), so `--ui-lang ja` affects `--help` as well as messages. Options used by
several commands are defined once here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import click

from ..i18n import N_, _
from .click_i18n import install as _install_click_i18n

# every module that builds click commands imports this one: click's own messages
# (Usage:, Error:, ...) are routed through the toolkit's UI language from here on
_install_click_i18n()

F = TypeVar("F", bound=Callable[..., Any])


def _tr(text: str | None) -> str | None:
    return _(text) if text else text


class LocalizedOption(click.Option):
    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        original = self.help
        self.help = _tr(original)
        try:
            return super().get_help_record(ctx)
        finally:
            self.help = original


class LocalizedCommand(click.Command):
    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        original = self.help
        self.help = _tr(original)
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = original

    def get_short_help_str(self, limit: int = 45) -> str:
        original_help, original_short = self.help, self.short_help
        self.help, self.short_help = _tr(original_help), _tr(original_short)
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help, self.short_help = original_help, original_short


class LocalizedGroup(LocalizedCommand, click.Group):
    command_class = LocalizedCommand

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.group_class = LocalizedGroup


def command(name: str | None = None, **kwargs: Any) -> Callable[[F], click.Command]:
    """`click.command` with translated help (use `help=N_(...)`)."""
    kwargs.setdefault("cls", LocalizedCommand)
    return click.command(name, **kwargs)


def group(name: str | None = None, **kwargs: Any) -> Callable[[F], click.Group]:
    kwargs.setdefault("cls", LocalizedGroup)
    return click.group(name, **kwargs)


def option(*param_decls: str, **kwargs: Any) -> Callable[[F], F]:
    """`click.option` with translated help."""
    kwargs.setdefault("cls", LocalizedOption)
    return click.option(*param_decls, **kwargs)


# ---- shared options -------------------------------------------------------------------


def format_option(*choices: str, default: str = "text") -> Callable[[F], F]:
    names = choices or ("text", "json")
    return option(
        "--format",
        "output_format",
        type=click.Choice(names, case_sensitive=False),
        default=default,
        show_default=True,
        help=N_("Output format."),
    )


def fail_on_option(default: str = "error") -> Callable[[F], F]:
    return option(
        "--fail-on",
        type=click.Choice(["error", "warning", "info"], case_sensitive=False),
        default=default,
        show_default=True,
        help=N_("Exit with status 1 when a finding is at or above this severity."),
    )


def glossary_option() -> Callable[[F], F]:
    return option(
        "--glossary",
        "glossaries",
        multiple=True,
        type=click.Path(dir_okay=False),
        help=N_("Glossary file (TOML, TBX or CSV); repeatable. Default: the shipped glossaries."),
    )


# ---- output helpers -------------------------------------------------------------------


def echo(text: str = "", *, err: bool = False, nl: bool = True) -> None:
    click.echo(text, err=err, nl=nl)


def progress(
    iterable: Iterable[Any], *, length: int | None = None, label: str = ""
) -> Iterator[Any]:
    """A progress bar on stderr when it is a TTY; the bare iterable otherwise (CI, pipes)."""
    if not sys.stderr.isatty():
        yield from iterable
        return
    with click.progressbar(
        iterable, length=length, label=label, file=sys.stderr, show_pos=length is not None
    ) as bar:
        yield from bar
