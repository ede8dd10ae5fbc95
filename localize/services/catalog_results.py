"""What `extract`, `init`, `stats` and `check` (localize.services.catalogs) return.

Frozen values the renderers read. They live apart from the use cases so that the commands
a build runs on every build (`catalog compile`, `catalog update`) do not create these
classes at start-up.
"""

from __future__ import annotations

from ..findings import Finding
from ..records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from typing import Any

    from ..catalog.stats import CatalogStats


class ExtractResult(Record):
    """What `extract` wrote: the template, how many files and messages it read."""

    pot_path: str
    files: int
    messages: int
    written: bool

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class InitResult(Record):
    """What `init` created: one new catalog per locale."""

    pot_path: str
    created: tuple[tuple[str, str, int], ...]
    """(locale, PO path, messages) for each catalog written."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "pot_path": self.pot_path,
            "created": [{"locale": loc, "path": p, "messages": n} for loc, p, n in self.created],
        }


class StatsItem(Record):
    """Translation progress of one catalog."""

    locale: str
    path: str
    stats: CatalogStats

    def to_dict(self) -> dict[str, Any]:
        return {"locale": self.locale, "path": self.path, **self.stats.to_dict()}


class CheckedCatalog(Record):
    """The findings of `check` on one catalog."""

    locale: str
    path: str
    entries: int
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict[str, Any]:
        from ..findings import count_by_severity

        return {
            "locale": self.locale,
            "path": self.path,
            "entries": self.entries,
            "counts": count_by_severity(list(self.findings)),
            "findings": [f.to_dict() for f in self.findings],
        }


class CheckResult(Record):
    """The findings of `check` on each catalog, and all of them together."""

    catalogs: tuple[CheckedCatalog, ...]
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"catalogs": [c.to_dict() for c in self.catalogs]}
