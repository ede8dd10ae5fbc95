"""The registry of checks shared by captions and catalogs.

A check is a small function decorated with `@check(code, kind, severity, target)`; its
docstring's first line is its title (`localize catalog check --list` prints it). It takes
a unit (a caption, or a PO entry) and the run's context, yields Findings, and has no
other way to fail. Modules are registered explicitly in `_MODULES`, imported once, on
first use; nothing is discovered by scanning.

Findings a check yields may leave `code`, `kind` and `severity` empty: the runner fills
them from the registration, so a check only says what is specific to the finding.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

from ..findings import Finding, Severity
from ..records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from typing import Any, Literal

    Target = Literal["caption", "entry", "catalog"]

# Modules that define checks, in report order. Add a module here, once.
_MODULES: tuple[str, ...] = (
    "localize.checks.structure",
    "localize.checks.format",
    "localize.checks.safety",
    "localize.checks.caption_language",
    "localize.checks.terminology",
    "localize.checks.language",
)


class Check(Record):
    code: str
    kind: str
    severity: Severity
    target: Target
    func: Callable[..., Iterable[Finding]]

    @property
    def title(self) -> str:
        doc = (self.func.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else self.kind

    def run(self, unit: Any, ctx: CheckContext) -> Iterator[Finding]:
        for finding in self.func(unit, ctx):
            yield finding._replace(
                code=finding.code or self.code,
                kind=finding.kind or self.kind,
                severity=finding.severity or self.severity,
            )


_registered: list[Check] = []


def check(
    code: str, kind: str, severity: Severity | str, target: Target = "entry"
) -> Callable[[Callable[..., Iterable[Finding]]], Check]:
    """Register a check function (used as a decorator at module level, once)."""

    def decorate(func: Callable[..., Iterable[Finding]]) -> Check:
        registered = Check(code, kind, Severity.parse(severity), target, func)
        _registered.append(registered)
        return registered

    return decorate


@lru_cache(maxsize=1)
def all_checks() -> tuple[Check, ...]:
    """Every registered check, in module order; imports the check modules on first call."""
    for module in _MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    codes: set[str] = set()
    for registered in _registered:
        if registered.code in codes:
            raise RuntimeError(f"two checks registered with code {registered.code}")
        codes.add(registered.code)
    return tuple(_registered)


def checks_for(target: Target, disabled: Iterable[str] = ()) -> tuple[Check, ...]:
    """The checks that apply to a target, minus those disabled by kind or code."""
    off = set(disabled)
    return tuple(
        c for c in all_checks() if c.target == target and c.kind not in off and c.code not in off
    )


def known_kinds() -> frozenset[str]:
    return frozenset(c.kind for c in all_checks())


class CheckContext:
    """What a run shares between checks: the glossary, the detector, options, a memo.

    The glossary and the detector are built on first use (from the factories), so a run
    whose enabled checks need neither never pays for them. The memo lets several checks
    reuse one expensive result per unit (glossary hits, detection) without recomputing
    it; `memo` keys must include the unit's text.
    """

    __slots__ = (
        "glossary_factory",
        "detector_factory",
        "options",
        "_memo",
        "_glossary",
        "_detector",
    )

    def __init__(
        self,
        glossary_factory: Callable[[], Any] | None = None,
        detector_factory: Callable[[], Any] | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.glossary_factory = glossary_factory
        self.detector_factory = detector_factory
        self.options: Mapping[str, Any] = {} if options is None else options
        self._memo: dict[Any, Any] = {}
        self._glossary: Any = None
        self._detector: Any = None

    @property
    def glossary(self) -> Any:
        if self._glossary is None and self.glossary_factory is not None:
            self._glossary = self.glossary_factory()
        return self._glossary

    @property
    def detector(self) -> Any:
        if self._detector is None and self.detector_factory is not None:
            self._detector = self.detector_factory()
        return self._detector

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        try:
            return self._memo[key]
        except KeyError:
            if len(self._memo) > 4096:
                self._memo.clear()
            value = self._memo[key] = compute()
            return value


# a pattern string, compiled by `re` (and cached) when a comment first names the toolkit
_IGNORE = r"(?i)localize:\s*ignore\s+([\w\-, ]+)"


def ignored_kinds(comment: str | None) -> frozenset[str]:
    """Kinds a translator switched off for one entry with `# localize: ignore KIND[, KIND]`."""
    if not comment or "localize" not in comment.lower():
        return frozenset()
    kinds: set[str] = set()
    for match in re.finditer(_IGNORE, comment):
        kinds.update(k.strip().lower() for k in re.split(r"[,\s]+", match.group(1)) if k.strip())
    return frozenset(kinds)


def run_checks(
    target: Target,
    unit: Any,
    ctx: CheckContext,
    *,
    checks: tuple[Check, ...] | None = None,
    ignore: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Run the checks for `target` on one unit; findings of ignored kinds are dropped."""
    found: list[Finding] = []
    for registered in checks if checks is not None else checks_for(target):
        if registered.kind in ignore or registered.code.lower() in ignore:
            continue
        found.extend(registered.run(unit, ctx))
    return found
