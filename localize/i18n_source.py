"""UI translations read straight from a PO file, for a source checkout without compiled MO.

Installed wheels carry compiled MO files (read by `gettext.GNUTranslations`); a
development checkout may have only the PO files, which are read here so that development
never shows a half-English UI.
"""

from __future__ import annotations

import gettext
import io


def po_translations(po_path: str) -> gettext.NullTranslations | None:
    """What the wheel's MO would give: the PO compiled in memory by the toolkit's own
    writer (the one the build uses), read by gettext."""
    from .catalog.mo import build_mo_fields, shipped_fields
    from .catalog.po import parse_po
    from .errors import LocalizeError

    try:
        with open(po_path, encoding="utf-8") as handle:
            po = parse_po(handle.read(), po_path)
    except (OSError, UnicodeDecodeError, LocalizeError):
        return None
    return gettext.GNUTranslations(io.BytesIO(build_mo_fields(shipped_fields(po.entries))))
