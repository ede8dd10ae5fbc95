"""The glossary engine: the mental-health termbase, its file formats and the matcher.

>>> from localize.glossary import load_glossary
>>> g = load_glossary()
>>> [h.term.text for h in g.match("He committed suicide last year.", "en")]
['commit suicide']

`load_glossary()` reads the shipped termbases (or the given files; later files extend or
override earlier ones by concept id) and caches the result per (paths, mtimes), so every
check in a run shares one Glossary and one automaton per language.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from .model import (
    Category,
    Concept,
    CrisisHit,
    CrisisLine,
    LanguageEntry,
    Review,
    Status,
    Term,
    TermHit,
)
from .termbase import Glossary, GlossaryData, merge

__all__ = [
    "Category",
    "Concept",
    "CrisisHit",
    "CrisisLine",
    "Glossary",
    "GlossaryData",
    "LanguageEntry",
    "Review",
    "Status",
    "Term",
    "TermHit",
    "load_glossary",
    "read_glossary_file",
    "glossary_from_data",
]


def read_glossary_file(path: str | Path, fmt: str | None = None) -> GlossaryData:
    """One file as data (TOML, TBX or CSV by extension unless `fmt` says)."""
    from .formats import read_file

    return read_file(path, fmt)


def glossary_from_data(datas: Sequence[GlossaryData]) -> Glossary:
    """Merge parsed files into one Glossary (later ones extend/override by id)."""
    return merge(list(datas))


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        st = os.stat(path)
        return (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        return (str(path), -1, -1)


def load_glossary(paths: Sequence[str | Path] | None = None) -> Glossary:
    """The merged glossary of `paths` (None or empty: the shipped glossaries).

    Raises GlossaryError (with path and line) on malformed files, unknown statuses,
    empty terms, duplicate ids and id clashes between files without `override = true`.
    """
    from ..resources import shipped_glossary_paths

    chosen = [Path(p) for p in paths] if paths else list(shipped_glossary_paths())
    return _load(tuple(_stamp(p) for p in chosen))


@lru_cache(maxsize=8)
def _load(stamps: tuple[tuple[str, int, int], ...]) -> Glossary:
    from .formats import read_file

    return merge([read_file(path, locate=False) for path, _mtime, _size in stamps])
