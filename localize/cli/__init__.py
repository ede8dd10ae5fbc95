"""`localize` command line: thin commands over the services.

`main` is the console entry point. The click command tree (`localize.cli.root`) is
imported only when a command line needs it: the hot catalog commands (`catalog compile`,
`catalog update`) given options this package fully understands run without click
(`localize.cli.fastpath`), because importing click costs more than compiling a catalog.
Both ways run the same command code and print the same output, errors and exit codes.
"""

from __future__ import annotations

import gc
import sys

from ..records import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> Any:
    """Console entry point (exit codes: 0 clean, 1 findings at --fail-on, 2 usage or input error)."""
    args = list(sys.argv[1:] if argv is None else argv)
    whole_process = argv is None  # the program itself, not a call from Python code
    if whole_process:
        # a fast command is short-lived: reference counting frees what it drops, and the
        # cyclic collector would only re-walk every object imported and parsed so far
        gc.disable()
    from .fastpath import run_fast

    # exits when it ran the command; returns when click must handle it
    run_fast(args, whole_process=whole_process)
    if whole_process:
        gc.enable()
    from .root import cli

    return cli.main(args=args, prog_name="localize")


def __getattr__(name: str) -> Any:
    # `from localize.cli import cli` (tests, embedding): the click tree, built on first use
    if name in ("cli", "InputError", "LazyRootGroup"):
        from . import root

        return getattr(root, name)
    raise AttributeError(f"module 'localize.cli' has no attribute {name!r}")
