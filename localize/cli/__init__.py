"""`localize` command line: thin commands over the services.

`main` is the console entry point. The click command tree (`localize.cli.root`) is
imported only when a command line needs it: the hot catalog commands (`catalog compile`,
`catalog update`) given options this package fully understands run without click
(`localize.cli.fastpath`), because importing click costs more than compiling a catalog.
Both ways run the same command code and print the same output, errors and exit codes.
"""

from __future__ import annotations

import sys

from ..records import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__all__ = ["cli", "main"]


def main(argv: list[str] | None = None) -> Any:
    """Console entry point (exit codes: 0 clean, 1 findings at --fail-on, 2 usage or input error)."""
    args = list(sys.argv[1:] if argv is None else argv)
    from .fastpath import run_fast

    # exits when it ran the command; returns when click must handle it
    # (whole_process: the program itself, not a call from Python code)
    run_fast(args, whole_process=argv is None)
    from .root import cli

    return cli.main(args=args, prog_name="localize")


def __getattr__(name: str) -> Any:
    # `from localize.cli import cli` (tests, embedding): the click tree, built on first use
    if name == "cli":
        from .root import cli

        return cli
    raise AttributeError(f"module 'localize.cli' has no attribute {name!r}")
