"""What every check produces: a Finding with a kind, a severity and a place.

Captions and catalog entries report the same shape, so one renderer (text, JSON, GitHub
annotations) and one exit-code rule (`--fail-on`) serve every command.
"""

from __future__ import annotations

from enum import IntEnum

from .errors import UsageError
from .i18n import _
from .records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from typing import Any


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        if isinstance(value, Severity):
            return value
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise UsageError(
                _("unknown severity {value!r}; expected one of: error, warning, info").format(
                    value=value
                )
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


class Finding(Record):
    """One thing a user must look at.

    `kind` is the stable name users filter on (`--disable forbidden-term`, JSON `kind`);
    `code` names the registered check that found it. Spans are character offsets into
    the checked text (the caption, or the msgstr/msgid named by `field`). Create them with
    keywords; a check may leave kind/severity/code empty for the registry to fill in.
    """

    kind: str = ""
    severity: Severity | None = None
    message: str = ""
    code: str = ""
    span: tuple[int, int] | None = None
    matched: str | None = None
    concept: str | None = None
    suggestion: str | None = None
    source: str | None = None
    field: str | None = None
    path: str | None = None
    line: int | None = None
    cue: int | None = None
    time: str | None = None
    locale: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: severity as a word, spans as lists, empty fields dropped."""
        data = self._asdict()
        data["severity"] = str(self.severity) if self.severity is not None else None
        if self.span is not None:
            data["span"] = list(self.span)
        extra = dict(self.extra)
        data.pop("extra")
        data.update(extra)
        return {k: v for k, v in data.items() if v is not None and v != ""}


def exit_code(findings: list[Finding] | tuple[Finding, ...], fail_on: Severity | str) -> int:
    """0 when clean, 1 when any finding is at or above `fail_on` (the CLI's contract)."""
    threshold = Severity.parse(fail_on)
    return 1 if any(f.severity is not None and f.severity >= threshold for f in findings) else 0


def count_by_severity(findings: list[Finding] | tuple[Finding, ...]) -> dict[str, int]:
    counts = {str(s): 0 for s in sorted(Severity, reverse=True)}
    for finding in findings:
        if finding.severity is not None:
            counts[str(finding.severity)] += 1
    return counts
