"""`localize catalog compile` and `catalog update` without click, when that changes nothing.

Why: a build runs `catalog compile` on every build, and importing click and building the
command tree takes longer than compiling a project's catalogs. `run_fast` takes a command
line only when it can tell that click would accept it exactly as written: root option
`--ui-lang`, then `catalog compile|update`, then only that command's own options (each at
most in the forms `--name value` and `--name=value`, a value not starting with `-`) and,
for compile, PO paths. Anything else (help, a typo, an unknown or misspelt option, a
value click would reject or read differently, a stream click would re-wrap) returns
untouched and click handles it, with its usual messages.

The command bodies below are the ones the click commands in `localize.cli.catalog` run,
so output, errors and exit codes are the same either way; `tests/test_cli_fastpath.py`
runs both ways on the same command lines and compares.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence

# option -> parameter name, for the options taking a value, which both commands take
_VALUED = {
    "--locales-dir": "locales_dir",
    "--domain": "domain",
    "--locale": "locales",
    "--format": "output_format",
}
# command -> (options taking a value, flags, whether it takes PO paths as arguments)
_COMMANDS: dict[str, tuple[dict[str, str], dict[str, str], bool]] = {
    "compile": (
        _VALUED,
        {"--use-fuzzy": "use_fuzzy", "--strict": "strict"},
        True,
    ),
    "update": (
        _VALUED,
        {
            "--no-fuzzy-matching": "no_fuzzy_matching",
            "--drop-obsolete": "drop_obsolete",
            "--check": "check_only",
        },
        False,
    ),
}
_FORMATS = ("text", "json")


# ---- the command bodies (click's commands call these too) ---------------------------------


def compile_command(
    paths: Sequence[str],
    locales_dir: str | None,
    domain: str | None,
    locales: Sequence[str],
    use_fuzzy: bool,
    strict: bool,
    output_format: str,
) -> tuple[str, int]:
    """`catalog compile`: (text to print, exit code)."""
    from ..report import Style
    from ..report.catalog import render_compile
    from ..services.catalogs import compile_catalogs, load_config

    config = load_config(locales_dir=locales_dir, domain=domain)
    result = compile_catalogs(
        config, locales or None, paths=paths, use_fuzzy=use_fuzzy, strict=strict
    )
    return render_compile(result, output_format, Style.for_stream()), 1 if result.failed else 0


def update_command(
    locales_dir: str | None,
    domain: str | None,
    locales: Sequence[str],
    no_fuzzy_matching: bool,
    drop_obsolete: bool,
    check_only: bool,
    output_format: str,
) -> tuple[str, int]:
    """`catalog update`: (text to print, exit code)."""
    from ..report.catalog import render_update
    from ..services.catalogs import load_config, update

    config = load_config(locales_dir=locales_dir, domain=domain)
    result = update(
        config,
        locales or None,
        keep_obsolete=not drop_obsolete,
        fuzzy_matching=not no_fuzzy_matching,
        check_only=check_only,
    )
    return render_update(result, output_format), 1 if check_only and result.needs_update else 0


# ---- the command line ---------------------------------------------------------------------


def parse(argv: Sequence[str]) -> tuple[str | None, str, dict[str, object]] | None:
    """(--ui-lang value, command, its parameters as click would pass them), or None when
    the command line is not one this module takes (click then handles it)."""
    ui_lang = None
    index = 0
    while index < len(argv) and argv[index][:1] == "-":
        arg = argv[index]
        if arg == "--ui-lang" and index + 1 < len(argv) and argv[index + 1][:1] != "-":
            ui_lang = argv[index + 1]
            index += 2
        elif arg.startswith("--ui-lang=") and arg[10:11] != "-":
            ui_lang = arg[10:]
            index += 1
        else:
            return None
    if argv[index : index + 1] != ["catalog"] or index + 1 >= len(argv):
        return None
    command = argv[index + 1]
    spec = _COMMANDS.get(command)
    if spec is None:
        return None
    valued, flags, takes_paths = spec
    params: dict[str, object] = {name: False for name in flags.values()}
    params.update(locales_dir=None, domain=None, locales=[], output_format="text")
    paths: list[str] = []
    rest = argv[index + 2 :]
    position = 0
    while position < len(rest):
        arg = rest[position]
        position += 1
        if arg[:1] != "-" or arg == "-":
            if not takes_paths:
                return None
            paths.append(arg)
            continue
        name, equals, value = arg.partition("=")
        if name in flags and not equals:
            params[flags[name]] = True
            continue
        if name not in valued:
            return None  # --help, -h, --, an unknown or misspelt option, a flag given a value
        if not equals:
            if position >= len(rest):
                return None
            value = rest[position]
            position += 1
        if value[:1] == "-":
            return None
        target = valued[name]
        if target == "locales":
            params["locales"].append(value)  # type: ignore[union-attr]
        elif target == "output_format":
            if value.casefold() not in _FORMATS:
                return None
            params[target] = value.casefold()
        else:
            params[target] = value
    params["locales"] = tuple(params["locales"])  # type: ignore[arg-type]
    if takes_paths:
        params["paths"] = tuple(paths)
    if not _paths_acceptable(params.get("locales_dir"), paths):  # type: ignore[arg-type]
        return None
    return ui_lang, command, params


def _paths_acceptable(locales_dir: str | None, paths: Sequence[str]) -> bool:
    """What click.Path checks: an existing path must be readable, the locales dir no file."""
    for path, file_okay in [(locales_dir, False)] + [(p, True) for p in paths]:
        if path is None:
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue  # not there: click accepts it, the command reports it
        except ValueError:  # a NUL in the path: left to click
            return False
        if (not file_okay and stat.S_ISREG(mode)) or not os.access(path, os.R_OK):
            return False
    return True


def _streams_acceptable() -> bool:
    """click.echo writes to the streams as they are unless they are missing, binary or
    ASCII (it re-wraps those); then click runs the command."""
    import codecs
    import io

    if sys.platform == "win32":  # click's console handling differs there
        return False
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOBase):
            return False
        try:
            if codecs.lookup(stream.encoding or "ascii").name == "ascii":
                return False
        except LookupError:
            pass
    return True


def _echo(text: str, *, err: bool = False) -> None:
    """click.echo's behaviour for text: a newline, ANSI codes stripped unless on a TTY."""
    stream = sys.stderr if err else sys.stdout
    out = text + "\n"
    if "\x1b" in out and not _isatty(stream):
        import re

        out = re.sub(r"\033\[[0-?]*[ -/]*[@-~]", "", out)
    stream.write(out)
    stream.flush()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except Exception:
        return False


def run_fast(argv: Sequence[str], *, whole_process: bool = False) -> None:
    """Run the command line here and exit, or return at once when click must handle it.

    `whole_process`: the command is the program (the console script, `python -m
    localize`), so once its output is flushed the process ends without tearing the
    interpreter down: freeing a 50,000-entry catalog's objects one by one and unloading
    every module takes longer than msgfmt needs for the whole job. Exit handlers still run.
    """
    if os.environ.get("_LOCALIZE_COMPLETE"):  # click's shell completion
        return
    parsed = parse(argv)
    if parsed is None or not _streams_acceptable():
        return
    ui_lang, command, params = parsed
    from ..errors import LocalizeError
    from ..i18n import _, error_line, use_ui_language

    try:
        use_ui_language(ui_lang)
    except LocalizeError:
        return  # an unsupported --ui-lang: click reports it as a usage error
    if whole_process:
        import gc

        # the process ends with the command, without freeing its objects: cyclic GC
        # passes while the command's modules load would only re-walk them
        gc.disable()
    try:
        try:
            if command == "compile":
                text, code = compile_command(**params)  # type: ignore[arg-type]
            else:
                text, code = update_command(**params)  # type: ignore[arg-type]
            _echo(text)
        except LocalizeError as exc:  # as the click root group reports it
            _echo(error_line(str(exc)), err=True)
            sys.exit(2)
        except BrokenPipeError:
            sys.exit(0)
    except (EOFError, KeyboardInterrupt):  # as click's main reports it
        _echo("", err=True)
        _echo(_("Aborted!"), err=True)
        sys.exit(1)
    if whole_process:
        _end_process(code)
    sys.exit(code)


def _end_process(code: int) -> None:
    import atexit

    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
