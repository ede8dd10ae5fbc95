"""Build hook: ship the toolkit's compiled catalogs and the shipped glossaries in the wheel.

MO files are build products, never committed: they are compiled here from `locales/*.po`
so that an installed `localize` speaks the user's language. The shipped termbases live
in `glossaries/` at the top of the repository (where translators edit them) and are copied
into the package so that a wheel carries them.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DOMAIN = "localize"


class BuildWithCatalogs(build_py):
    def run(self) -> None:
        super().run()
        if self.dry_run:
            return
        package_dir = Path(self.build_lib) / "localize"
        compile_catalogs(ROOT / "locales", package_dir / "locale")
        copy_glossaries(ROOT / "glossaries", package_dir / "glossaries")


def compile_catalogs(source: Path, target: Path) -> None:
    """Compile with the toolkit's own msgfmt-exact writer (stdlib only, so no build dependency)."""
    sys.path.insert(0, str(ROOT))
    try:
        from localize.catalog.mo import build_mo_fields, shipped_fields
        from localize.catalog.po import parse_po
    finally:
        sys.path.pop(0)

    for po_path in sorted(source.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        po = parse_po(po_path.read_text(encoding="utf-8"), str(po_path))
        out = target / po_path.parent.parent.name / "LC_MESSAGES" / f"{DOMAIN}.mo"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(build_mo_fields(shipped_fields(po.entries)))


def copy_glossaries(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for toml_path in sorted(source.glob("*.toml")):
        shutil.copy2(toml_path, target / toml_path.name)


setup(cmdclass={"build_py": BuildWithCatalogs})
