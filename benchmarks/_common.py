"""What the benchmarks share: third-party wheels fetched with pip into `.cache/`, best-of timing,
the environment their timed subprocesses run in, and the plain-text table they print.

Imported as `_common` by the scripts in this folder (`python benchmarks/<name>.py` puts the
folder first on `sys.path`); it puts the checkout on `sys.path` so that they import this
checkout's `localize`, not an installed one. It imports little (subprocess and zipfile only
when a wheel is fetched): `detect.py` times a detector's imports in a process that has
imported this module, which must not have loaded them for it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

# as `typing.TYPE_CHECKING` (see localize/records.py), without importing typing
TYPE_CHECKING = False
if TYPE_CHECKING:
    import zipfile

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
WHEELS = CACHE / "wheels"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Timed Python subprocesses run with a bytecode cache, as an installed package does: this
# sandbox's PYTHONDONTWRITEBYTECODE and any inherited cache prefix are dropped. BASE_ENV
# suits a regular install (pip compiled its bytecode); PYCACHE_ENV keeps the development
# checkout's bytecode in `.cache/pycache`.
BASE_ENV = {
    k: v
    for k, v in os.environ.items()
    if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
}
PYCACHE_ENV = {**BASE_ENV, "PYTHONPYCACHEPREFIX": str(CACHE / "pycache")}


def fetch_wheel(name: str, version: str, wheel_dir: Path = WHEELS) -> Path:
    """The wheel of `name==version`, downloaded with pip (no dependencies) only the first time.

    Fetched data lives in the git-ignored cache and is never committed.
    """

    def cached() -> list[Path]:
        prefix = f"{name}-{version}-".lower()
        return [p for p in wheel_dir.glob("*.whl") if p.name.lower().startswith(prefix)]

    found = cached()
    if not found:
        import subprocess

        wheel_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "-q",
                f"{name}=={version}",
                "-d",
                str(wheel_dir),
            ],
            check=True,
        )
        found = cached()
    return found[0]


def open_wheel(name: str, version: str, wheel_dir: Path = WHEELS) -> zipfile.ZipFile:
    """The wheel as a zip archive, to read its catalogs without installing it."""
    import zipfile

    return zipfile.ZipFile(fetch_wheel(name, version, wheel_dir))


def best_of(func: Callable[[], object], repeat: int = 3) -> float:
    """Fastest wall-clock seconds of `func` over `repeat` runs: machine noise only adds time."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def table(rows: Sequence[Sequence[object]], align: str | None = None, rule: bool = True) -> str:
    """`rows[0]` is the header; `align` has one `l` or `r` a column (default: all right).

    A dashed rule under the header unless `rule` is false; trailing blanks are stripped.
    """
    cells = [[str(c) for c in row] for row in rows]
    count = len(cells[0])
    align = align or "r" * count
    widths = [max(len(r[i]) for r in cells) for i in range(count)]
    out = []
    for n, row in enumerate(cells):
        out.append(
            "  ".join(
                c.ljust(w) if a == "l" else c.rjust(w)
                for c, w, a in zip(row, widths, align, strict=True)
            ).rstrip()
        )
        if n == 0 and rule:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)
