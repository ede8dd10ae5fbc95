"""Where the shipped glossaries and the toolkit's own catalogs are, installed or in a checkout.

A wheel carries them inside the package (copied and compiled by setup.py); a source
checkout (editable install, tests) has them at the top of the repository.
Paths are `os.path` strings here: the UI catalogs are looked up by every command in a
non-English UI, `catalog compile` included, which does not import pathlib.
"""

from __future__ import annotations

import os

from .records import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

PACKAGE_DIR = os.path.dirname(os.path.realpath(__file__))
REPO_DIR = os.path.dirname(PACKAGE_DIR)


def shipped_glossary_paths() -> tuple[Path, ...]:
    """The shipped termbases (`glossaries/*.toml`), packaged copy first."""
    from pathlib import Path

    for directory in (PACKAGE_DIR, REPO_DIR):
        paths = tuple(sorted(Path(directory, "glossaries").glob("*.toml")))
        if paths:
            return paths
    return ()


def ui_catalog_dirs() -> tuple[str, ...]:
    """Directories holding the toolkit's own `<locale>/LC_MESSAGES/localize.{mo,po}`."""
    candidates = (os.path.join(PACKAGE_DIR, "locale"), os.path.join(REPO_DIR, "locales"))
    return tuple(d for d in candidates if os.path.isdir(d))
