"""Translation memory: a re-run sends nothing that was already translated.

A SQLite file keyed by engine, source and target language, glossary version and the exact
(masked) text sent. The glossary version is part of the key because the glossary decides
what is masked and which crisis line is substituted: a new glossary must not be served
answers computed under the old one. Only outputs that passed verification are stored.
Each store is its own transaction, so a run killed at any moment leaves a consistent file
that holds everything translated before the kill.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import TranslatorError, WriteError
from ..i18n import _

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tm (
    engine TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    glossary_version TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (engine, source_lang, target_lang, glossary_version, source)
)
"""


class TranslationMemoryError(TranslatorError):
    """The translation-memory file cannot be opened or is not a translation memory."""


@dataclass(frozen=True)
class MemoryStats:
    hits: int
    misses: int
    stored: int
    entries: int
    """Entries in the file after the run."""

    def to_dict(self) -> dict[str, int]:
        return {
            "hits": self.hits,
            "misses": self.misses,
            "stored": self.stored,
            "entries": self.entries,
        }


class TranslationMemory:
    """SQLite translation memory; use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        directory = self.path.parent if str(self.path.parent) else Path(".")
        if not directory.is_dir():
            raise WriteError(
                _("directory of the translation memory does not exist"), path=directory
            )
        if self.path.is_dir():
            raise WriteError(_("translation memory path is a directory"), path=self.path)
        try:
            self._db = sqlite3.connect(str(self.path), timeout=10, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(_SCHEMA)
            self._db.execute("SELECT engine, source, target FROM tm LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise TranslationMemoryError(
                _("not a usable translation memory ({reason})").format(reason=exc), path=self.path
            ) from None
        self._hits = self._misses = self._stored = 0

    def get(
        self, engine: str, source_lang: str, target_lang: str, glossary_version: str, text: str
    ) -> str | None:
        """The stored translation of `text`, or None."""
        row = self._db.execute(
            "SELECT target FROM tm WHERE engine=? AND source_lang=? AND target_lang=?"
            " AND glossary_version=? AND source=?",
            (engine, source_lang, target_lang, glossary_version, text),
        ).fetchone()
        if row is None:
            self._misses += 1
            return None
        self._hits += 1
        return str(row[0])

    def put(
        self,
        engine: str,
        source_lang: str,
        target_lang: str,
        glossary_version: str,
        text: str,
        translation: str,
    ) -> None:
        """Store one verified translation (its own transaction: durable at once)."""
        try:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO tm VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        engine,
                        source_lang,
                        target_lang,
                        glossary_version,
                        text,
                        translation,
                        time.time(),
                    ),
                )
        except sqlite3.DatabaseError as exc:
            raise TranslationMemoryError(
                _("cannot write translation memory ({reason})").format(reason=exc), path=self.path
            ) from None
        self._stored += 1

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM tm").fetchone()[0])

    def stats(self) -> MemoryStats:
        return MemoryStats(self._hits, self._misses, self._stored, len(self))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> TranslationMemory:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
