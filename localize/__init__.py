"""localize: keep multilingual mental-health content safe and consistent.

The public API is imported lazily (heavy modules load only when used):

>>> import localize
>>> localize.get_language("pt-BR").default_locale
'pt_BR'
"""

from __future__ import annotations

from .records import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_API: dict[str, str] = {
    "LocalizeError": "localize.errors",
    "get_language": "localize.languages",
    "get_market": "localize.languages",
    "LANGUAGES": "localize.languages",
    "MARKETS": "localize.languages",
    "Finding": "localize.findings",
    "Severity": "localize.findings",
    "load_glossary": "localize.glossary",
    "Glossary": "localize.glossary",
    "TermHit": "localize.glossary",
    "Concept": "localize.glossary",
    "CrisisLine": "localize.glossary",
    "Detector": "localize.detect",
    "Detection": "localize.detect",
    "detect": "localize.detect",
    "detect_segments": "localize.detect",
    "Segment": "localize.detect",
    "clean_caption": "localize.text",
    "tokenize": "localize.text",
    "check_caption": "localize.services.captions",
    "CaptionReport": "localize.services.captions",
    "get_engine": "localize.translate",
    "Translator": "localize.translate",
    "TranslationMemory": "localize.translate.memory",
    "Pretranslator": "localize.services.translate",
    "pretranslate_catalog": "localize.services.translate",
    "pretranslate_captions": "localize.services.translate",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'localize' has no attribute {name!r}")
    import importlib  # here: `localize catalog compile` starts without it

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
