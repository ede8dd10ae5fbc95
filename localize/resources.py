"""Where the shipped glossaries and the toolkit's own catalogs are, installed or in a checkout.

A wheel carries them inside the package (copied and compiled by setup.py); a source
checkout (editable install, tests) has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def shipped_glossary_paths() -> tuple[Path, ...]:
    """The shipped termbases (`glossaries/*.toml`), packaged copy first."""
    for directory in (PACKAGE_DIR / "glossaries", REPO_DIR / "glossaries"):
        paths = tuple(sorted(directory.glob("*.toml")))
        if paths:
            return paths
    return ()


def ui_catalog_dirs() -> tuple[Path, ...]:
    """Directories holding the toolkit's own `<locale>/LC_MESSAGES/localize.{mo,po}`."""
    return tuple(d for d in (PACKAGE_DIR / "locale", REPO_DIR / "locales") if d.is_dir())
