"""Build hook: ship the toolkit's compiled catalogs and the shipped glossaries in the wheel.

MO files are build products, never committed: they are compiled here from `locales/*.po`
so that an installed `localize` speaks the user's language. The shipped termbases live
in `glossaries/` at the top of the repository (where translators edit them) and are copied
into the package so that a wheel carries them.
"""

from __future__ import annotations

import shutil
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
    import polib

    for po_path in sorted(source.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        locale = po_path.parent.parent.name
        out = target / locale / "LC_MESSAGES" / f"{DOMAIN}.mo"
        out.parent.mkdir(parents=True, exist_ok=True)
        polib.pofile(str(po_path)).save_as_mofile(str(out))


def copy_glossaries(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for toml_path in sorted(source.glob("*.toml")):
        shutil.copy2(toml_path, target / toml_path.name)


setup(cmdclass={"build_py": BuildWithCatalogs})
