"""Machine pre-translation: the Translator protocol and the registry of engines.

Services depend on the `Translator` protocol only, so an engine can be swapped (a
self-hosted LibreTranslate, the official DeepL client, a test double) without touching
them. Engines are built by `get_engine`; deep-translator and the DeepL client are imported
only when a request is made, never at import time.

Engines and what they serve (source en; targets of the toolkit's 7 languages):

| engine    | codes                                  | key (environment)                     | limits |
|-----------|----------------------------------------|---------------------------------------|--------|
| google    | en fr ja ko id es pt (pt = pt-BR)       | none                                  | unofficial web endpoint, 5000 chars |
| libre     | en fr ja ko id es pt (no pt-PT)         | LOCALIZE_LIBRE_API_KEY / LIBRE_API_KEY (optional) | --engine-url required |
| mymemory  | en-US fr-FR ja-JP ko-KR id-ID es-MX pt-BR (+pt-PT, es-ES, en-GB) | LOCALIZE_MYMEMORY_EMAIL / MYMEMORY_EMAIL (optional) | 500 chars a request |
| microsoft | en fr ja ko id es pt (+pt-pt, fr-ca)    | LOCALIZE_MICROSOFT_API_KEY / MICROSOFT_API_KEY, region LOCALIZE_MICROSOFT_REGION / MICROSOFT_REGION | language list fetched on first request |
| deepl     | EN-US FR JA KO ID ES(-419) PT-BR (+PT-PT, EN-GB) | LOCALIZE_DEEPL_API_KEY / DEEPL_API_KEY | needs `pip install deepl` |

DeepL goes through the official `deepl` package, not deep-translator's DeeplTranslator:
that class (1.11.4) uses the GET/auth_key API DeepL has retired, has no Korean, and can only
ask for the unspecified `PT` variant, never PT-BR.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, runtime_checkable

from .codes import ENGINES
from .engines import (
    ENGINE_SPECS,
    Engine,
    EngineConfigError,
    PermanentTranslatorError,
    RetryPolicy,
    TransientTranslatorError,
)


@runtime_checkable
class Translator(Protocol):
    """What a service needs from an engine."""

    name: str
    requests: int

    def translate(self, text: str, *, sendable: Callable[[str], bool] | None = None) -> str:
        """The text in the target language (line breaks and outer whitespace kept).

        `sendable(piece)` tells which pieces are worth a request (others are kept as is).
        """
        ...


def get_engine(
    name: str,
    source: str,
    target: str,
    *,
    url: str | None = None,
    env: Mapping[str, str] | None = None,
    policy: RetryPolicy | None = None,
) -> Engine:
    """An engine for one language pair; fails before any request if it cannot serve it."""
    return Engine(name, source, target, url=url, env=env, policy=policy)


__all__ = [
    "ENGINES",
    "ENGINE_SPECS",
    "Engine",
    "EngineConfigError",
    "PermanentTranslatorError",
    "RetryPolicy",
    "TransientTranslatorError",
    "Translator",
    "get_engine",
]
