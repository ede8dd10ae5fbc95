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

import os
from contextvars import ContextVar
from functools import lru_cache

from .records import TYPE_CHECKING

if TYPE_CHECKING:
    from gettext import NullTranslations

DOMAIN = "localize"

_active: ContextVar[NullTranslations | None] = ContextVar("localize_ui", default=None)
_active_code: ContextVar[str] = ContextVar("localize_ui_code", default="en")


@lru_cache(maxsize=16)
def _load(locale: str) -> NullTranslations | None:
    # gettext is imported here, not at the top: an English UI (most builds) never needs it
    import gettext

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
            base = os.path.join(directory, candidate, "LC_MESSAGES", DOMAIN)
            if os.path.isfile(base + ".mo"):
                with open(base + ".mo", "rb") as handle:
                    return gettext.GNUTranslations(handle)
            if os.path.isfile(base + ".po"):
                from .i18n_source import po_translations

                return po_translations(base + ".po")
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
