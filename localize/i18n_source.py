"""UI translations read straight from a PO file, for a source checkout without compiled MO.

Installed wheels carry compiled MO files (read by `gettext.GNUTranslations`); a
development checkout may have only the PO files, which are read here so that development
never shows a half-English UI.
"""

from __future__ import annotations

import gettext
import re


class _DictTranslations(gettext.NullTranslations):
    """Translations read straight from a PO file (source checkout without compiled MO)."""

    def __init__(self, messages: dict[str, str], plurals: dict[str, list[str]], plural_expr: str):
        super().__init__()
        self._messages = messages
        self._plurals = plurals
        self._plural = gettext.c2py(plural_expr)

    def gettext(self, message: str) -> str:
        return self._messages.get(message) or message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        forms = self._plurals.get(msgid1)
        if forms:
            index = self._plural(n)
            if index < len(forms) and forms[index]:
                return forms[index]
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context: str, message: str) -> str:
        return self._messages.get(f"{context}\x04{message}") or message


def po_translations(po_path: str) -> gettext.NullTranslations | None:
    from .catalog.po import parse_po
    from .errors import LocalizeError

    try:
        with open(po_path, encoding="utf-8") as handle:
            po = parse_po(handle.read(), po_path)
    except (OSError, UnicodeDecodeError, LocalizeError):
        return None
    messages: dict[str, str] = {}
    plurals: dict[str, list[str]] = {}
    for entry in po.messages:
        forms = entry.msgstr_plural if entry.msgid_plural is not None else [entry.msgstr]
        if "fuzzy" in entry.flags or not all(forms):
            continue
        key = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid
        if entry.msgid_plural is not None:
            plurals[entry.msgid] = list(forms)
        else:
            messages[key] = entry.msgstr
    match = re.search(r"plural=([^;]+)", po.metadata().get("Plural-Forms", ""))
    return _DictTranslations(messages, plurals, match.group(1) if match else "n != 1")
