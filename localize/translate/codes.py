"""Which code each engine wants for each of the toolkit's locales.

Engines disagree: Google (via deep-translator) has one `pt` that leans Brazilian and no
pt-PT; MyMemory only knows regional codes (`en-US`, `pt-BR`); DeepL wants `PT-BR` (its bare
`PT` is an "unspecified variant") and `EN-US`/`EN-GB` as targets but plain codes as
sources. The toolkit owns these maps and never passes a user's string through: a locale an
engine cannot serve is a clear `LanguageError` before any request is made.

A value of None marks a variant the engine explicitly cannot produce (Google cannot write
pt-PT, so sending pt_PT to it would silently give Brazilian Portuguese).
"""

from __future__ import annotations

from ..errors import LanguageError
from ..i18n import _
from ..languages import normalize_locale

# engine -> locale key ('pt', 'pt_BR', ...) -> engine code (None: explicitly unsupported)
_TARGET: dict[str, dict[str, str | None]] = {
    "google": {
        "en": "en",
        "fr": "fr",
        "ja": "ja",
        "ko": "ko",
        "id": "id",
        "es": "es",
        "pt": "pt",
        "pt_PT": None,
    },
    "libre": {
        "en": "en",
        "fr": "fr",
        "ja": "ja",
        "ko": "ko",
        "id": "id",
        "es": "es",
        "pt": "pt",
        "pt_PT": None,
    },
    "mymemory": {
        "en": "en-US",
        "en_GB": "en-GB",
        "fr": "fr-FR",
        "fr_CA": "fr-CA",
        "ja": "ja-JP",
        "ko": "ko-KR",
        "id": "id-ID",
        "es": "es-MX",
        "es_ES": "es-ES",
        "es_US": "es-US",
        "pt": "pt-BR",
        "pt_PT": "pt-PT",
    },
    "microsoft": {
        "en": "en",
        "fr": "fr",
        "fr_CA": "fr-ca",
        "ja": "ja",
        "ko": "ko",
        "id": "id",
        "es": "es",
        "pt": "pt",
        "pt_PT": "pt-pt",
    },
    "deepl": {
        "en": "EN-US",
        "en_GB": "EN-GB",
        "fr": "FR",
        "ja": "JA",
        "ko": "KO",
        "id": "ID",
        "es": "ES",
        "es_MX": "ES-419",
        "pt": "PT-BR",
        "pt_PT": "PT-PT",
    },
}

# Source codes differ from targets for some engines (DeepL sources carry no variant;
# MyMemory rejects a bare 'en').
_SOURCE: dict[str, dict[str, str | None]] = {
    "deepl": {
        "en": "EN",
        "fr": "FR",
        "ja": "JA",
        "ko": "KO",
        "id": "ID",
        "es": "ES",
        "pt": "PT",
    },
}

ENGINES: tuple[str, ...] = tuple(_TARGET)


def _lookup(table: dict[str, str | None], engine: str, locale: str, role: str) -> str:
    key = normalize_locale(locale)
    lang = key.split("_", 1)[0]
    # the exact variant first, then the language (whose default variant it names)
    for candidate in (key, lang) if key != lang else (lang,):
        if candidate in table:
            code = table[candidate]
            if code is None:
                break
            return code
    supported = ", ".join(sorted(k for k, v in table.items() if v))
    message = (
        _("engine {engine} cannot translate into {locale} (supported: {supported})")
        if role == "into"
        else _("engine {engine} cannot translate from {locale} (supported: {supported})")
    )
    raise LanguageError(
        message.format(engine=repr(engine), locale=repr(locale), supported=supported)
    )


def _targets(engine: str) -> dict[str, str | None]:
    if engine not in _TARGET:
        raise LanguageError(
            _("unknown engine {engine}; supported: {supported}").format(
                engine=repr(engine), supported=", ".join(ENGINES)
            )
        )
    return _TARGET[engine]


def target_code(engine: str, locale: str) -> str:
    """The engine's code for a target locale ('pt_BR' -> 'pt' for Google, 'PT-BR' for DeepL)."""
    return _lookup(_targets(engine), engine, locale, "into")


def source_code(engine: str, locale: str) -> str:
    """The engine's code for a source locale."""
    return _lookup(_SOURCE.get(engine) or _targets(engine), engine, locale, "from")


def supported_locales(engine: str) -> tuple[str, ...]:
    """Locale keys the engine serves, for `--help` and the engine table in the notes."""
    return tuple(k for k, v in _TARGET[engine].items() if v)
