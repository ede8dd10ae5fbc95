"""The time the toolkit writes into files: now, unless a build pins it.

Reproducible builds set `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/)
so that two runs over the same sources write the same bytes. The toolkit stamps dates in three
places: a template's `POT-Creation-Date`, a new catalog's `PO-Revision-Date`, and the
"machine translation: <engine>, <date>" mark on drafted entries. With the variable set, each of
them is that instant in UTC; a malformed value is an error, as the specification asks, rather
than a silently different date.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

from .errors import UsageError
from .i18n import _


def now() -> datetime:
    """The current time (aware, local zone), or `SOURCE_DATE_EPOCH` in UTC when it is set."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not raw:
        return datetime.now().astimezone()
    if not (raw.isascii() and raw.isdigit()):
        raise _malformed(raw)
    try:
        return datetime.fromtimestamp(int(raw), UTC)
    except (OverflowError, OSError, ValueError):
        raise _malformed(raw) from None


def today() -> date:
    """The date `now()` falls on."""
    return now().date()


def _malformed(raw: str) -> UsageError:
    return UsageError(
        _(
            "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not {value}"
        ).format(value=repr(raw))
    )
