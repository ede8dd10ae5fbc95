"""The toolkit's own user interface in the 7 languages (gettext domain `localize`).

Every user-facing message is written `_("...")` and looked up when it is shown, so the
same process can answer in Japanese for one call and French for the next (tests do).
The active language lives in a ContextVar (no module-level mutable state shared across
threads); `use_ui_language()` picks it from `--ui-lang`, else LANGUAGE / LC_ALL /
LC_MESSAGES / LANG, else English.

Installed wheels carry compiled MO files; a source checkout may have only the PO files,
which are then read directly so that development never shows a half-English UI.
"""

from __future__ import annotations

import gettext as _gettext
import os
from contextvars import ContextVar
from functools import lru_cache

DOMAIN = "localize"

_active: ContextVar[_gettext.NullTranslations | None] = ContextVar("localize_ui", default=None)
_active_code: ContextVar[str] = ContextVar("localize_ui_code", default="en")


class _DictTranslations(_gettext.NullTranslations):
    """Translations read straight from a PO file (source checkout without compiled MO)."""

    def __init__(self, messages: dict[str, str], plurals: dict[str, list[str]], plural_expr: str):
        super().__init__()
        self._messages = messages
        self._plurals = plurals
        self._plural = _gettext.c2py(plural_expr)

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


def _po_translations(po_path: str) -> _gettext.NullTranslations | None:
    import re

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


@lru_cache(maxsize=16)
def _load(locale: str) -> _gettext.NullTranslations | None:
    from .resources import ui_catalog_dirs

    candidates = [locale]
    if "_" in locale:
        candidates.append(locale.split("_", 1)[0])
    else:  # 'pt' finds the pt_BR catalog: the toolkit ships one variant per language
        from .languages import LANGUAGES

        default = LANGUAGES[locale].default_locale if locale in LANGUAGES else None
        if default:
            candidates.append(default)
    for directory in ui_catalog_dirs():
        for candidate in candidates:
            base = directory / candidate / "LC_MESSAGES"
            mo = base / f"{DOMAIN}.mo"
            if mo.is_file():
                with mo.open("rb") as handle:
                    return _gettext.GNUTranslations(handle)
            po = base / f"{DOMAIN}.po"
            if po.is_file():
                return _po_translations(str(po))
    return None


def resolve_ui_language(requested: str | None = None) -> str:
    """The supported UI language to use: the request, else the environment, else 'en'."""
    from .languages import LANGUAGES, normalize_locale

    values: list[str] = []
    if requested:
        values.append(requested)
    else:
        for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(var)
            if value:
                values.extend(value.split(":") if var == "LANGUAGE" else [value])
                break
    for value in values:
        if value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
            return "en"
        lang = value.replace("-", "_").split(".", 1)[0].split("_", 1)[0].lower()
        if lang in LANGUAGES:
            return normalize_locale(value.split(".", 1)[0].split("@", 1)[0])
    return "en"


def use_ui_language(requested: str | None = None) -> str:
    """Make `requested` (or the environment's language) the UI language; returns its code.

    An explicit unsupported request raises LanguageError; an unsupported environment
    language falls back to English quietly, as every gettext program does.
    """
    if requested:
        from .languages import normalize_locale

        normalize_locale(requested)
    code = resolve_ui_language(requested)
    _active.set(None if code.split("_")[0] == "en" else _load(code))
    _active_code.set(code)
    return code


def ui_language() -> str:
    """The active UI language code ('en', 'ja', 'pt_BR', ...)."""
    return _active_code.get()


def _(message: str) -> str:
    """Translate a UI message into the active language."""
    translations = _active.get()
    return translations.gettext(message) if translations is not None else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a count, using the UI language's plural rule."""
    translations = _active.get()
    if translations is not None:
        return translations.ngettext(singular, plural, n)
    return singular if n == 1 else plural


def pgettext(context: str, message: str) -> str:
    """Translate a message that needs a context to be unambiguous."""
    translations = _active.get()
    return translations.pgettext(context, message) if translations is not None else message


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated later, when shown, with `_()`."""
    return message


def error_line(what: str) -> str:
    """The one line the CLI prints for an input error: `error: <what> (<file>:<line>)`.

    One place for it, since the click root group, the click-free fast path and
    `translate` (an aborted run) all print it and must agree.
    """
    return f"{_('error')}: {what}"
