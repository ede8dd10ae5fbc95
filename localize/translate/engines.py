"""deep-translator engines made safe to call: deadlines, bounded retries, chunking.

deep-translator 1.11.4 passes no timeout to `requests`, leaks raw `requests` exceptions
(its `except ConnectionError` catches the builtin, not requests'), has no common exception
base, reads API keys from the environment at import time, is not thread-safe, and its
LibreTranslator silently ignores `base_url` (it needs `custom_url`). So here:

* each request runs in a daemon worker thread with a deadline; a hung call's thread is
  abandoned (it holds its own translator instance, never shared);
* every exception becomes a `TranslatorError`: `TransientTranslatorError` (timeout,
  connection, HTTP 429 and 5xx: retried with exponential backoff and jitter, bounded),
  `PermanentTranslatorError` (this text cannot be translated: the caller moves on), or
  `EngineConfigError` (bad key, unsupported language, engine down: nothing else will work,
  the run stops and keeps what it has). Messages never contain the text, the URL or a key;
* keys are passed explicitly from the environment variables named in `ENGINE_SPECS`;
* text is split at line and sentence boundaries under the engine's length limit, and
  leading/trailing whitespace is kept outside the request (Google strips it).

Sleep, clock and randomness are injectable so tests run retries without waiting.
"""

from __future__ import annotations

import os
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import TranslatorError, UsageError
from ..i18n import _
from . import codes


class TransientTranslatorError(TranslatorError):
    """A failure that may go away if the same request is sent again later."""


class PermanentTranslatorError(TranslatorError):
    """This text cannot be translated by this engine; other texts may still be."""


class EngineConfigError(TranslatorError):
    """Nothing will work with this engine as configured (key, language, URL, outage)."""


@dataclass(frozen=True)
class EngineSpec:
    name: str
    max_chars: int
    """Longest text sent in one request (under the engine's own limit, with a margin)."""
    min_interval: float
    """Seconds between two requests (client-side throttle for free endpoints)."""
    key_env: tuple[str, ...] = ()
    """Environment variables holding the API key, first set wins."""
    key_required: bool = False
    needs_url: bool = False
    note: str = ""


ENGINE_SPECS: dict[str, EngineSpec] = {
    spec.name: spec
    for spec in (
        EngineSpec(
            "google",
            4500,
            0.2,
            note="unofficial web endpoint via deep-translator; no key; pt = Brazilian, no pt-PT",
        ),
        EngineSpec(
            "libre",
            2000,
            0.0,
            key_env=("LOCALIZE_LIBRE_API_KEY", "LIBRE_API_KEY"),
            needs_url=True,
            note="LibreTranslate; --engine-url required (self-hosted); key optional",
        ),
        EngineSpec(
            "mymemory",
            450,
            0.5,
            key_env=("LOCALIZE_MYMEMORY_EMAIL", "MYMEMORY_EMAIL"),
            note="regional codes (pt-BR, es-MX); 500 characters a request; e-mail raises the quota",
        ),
        EngineSpec(
            "microsoft",
            4500,
            0.0,
            key_env=("LOCALIZE_MICROSOFT_API_KEY", "MICROSOFT_API_KEY"),
            key_required=True,
            note="Azure Translator; region from LOCALIZE_MICROSOFT_REGION or MICROSOFT_REGION",
        ),
        EngineSpec(
            "deepl",
            4500,
            0.0,
            key_env=("LOCALIZE_DEEPL_API_KEY", "DEEPL_API_KEY"),
            key_required=True,
            note="official `deepl` package (pip install deepl); PT-BR, KO, ES-419 targets",
        ),
    )
}


@dataclass(frozen=True)
class RetryPolicy:
    timeout: float = 20.0
    """Seconds one request may take before it is abandoned."""
    attempts: int = 4
    """Tries per request, the first included."""
    base_delay: float = 1.0
    max_delay: float = 30.0
    breaker: int = 3
    """Consecutive requests failing every attempt before the engine is declared down."""

    def delay(self, attempt: int, rng: Callable[[], float]) -> float:
        """Exponential backoff with jitter: half fixed, half random, capped."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return ceiling / 2 + rng() * ceiling / 2


# ---- errors ---------------------------------------------------------------------------

_SERVER_STATUS = {
    "ERR_BAD_REQUEST": 400,
    "ERR_KEY_INVALID": 401,
    "ERR_KEY_BLOCKED": 402,
    "ERR_DAILY_REQ_LIMIT_EXCEEDED": 403,
    "ERR_DAILY_CHAR_LIMIT_EXCEEDED": 404,
    "ERR_TEXT_TOO_LONG": 413,
    "ERR_TOO_MANY_REQUESTS": 429,
    "ERR_UNPROCESSABLE_TEXT": 422,
    "ERR_INTERNAL_SERVER_ERROR": 500,
    "ERR_LANG_NOT_SUPPORTED": 501,
    "ERR_SERVICE_NOT_AVAIBLE": 503,
}


def normalise_error(exc: BaseException, engine: str) -> TranslatorError:
    """One of our error classes for anything an engine raised.

    The message names the engine and the failure only: deep-translator's own messages can
    carry the API key (AuthorizationException) and requests' carry the URL with the text.
    """
    if isinstance(exc, TranslatorError):
        return exc
    name = type(exc).__name__
    module = type(exc).__module__ or ""
    try:
        import requests

        if isinstance(exc, requests.exceptions.Timeout):
            return TransientTranslatorError(_("{engine}: request timed out").format(engine=engine))
        if isinstance(exc, requests.exceptions.ConnectionError):
            return TransientTranslatorError(_("{engine}: cannot connect").format(engine=engine))
        if isinstance(exc, requests.exceptions.RequestException):
            return TransientTranslatorError(
                _("{engine}: request failed ({name})").format(engine=engine, name=name)
            )
    except ImportError:  # pragma: no cover - requests is a dependency
        pass
    if module.startswith("deep_translator"):
        if name == "TooManyRequests":
            return TransientTranslatorError(
                _("{engine}: rate limited (HTTP 429)").format(engine=engine)
            )
        if name == "ServerException":
            label = str(exc.args[0]) if exc.args else ""
            status = _SERVER_STATUS.get(label)
            if status is None or status in (429, 500, 503):
                what = f"HTTP {status}" if status else _("server error")
                return TransientTranslatorError(
                    _("{engine}: {what}").format(engine=engine, what=what)
                )
            if status in (401, 402, 403):
                return EngineConfigError(
                    _("{engine}: not authorised (HTTP {status}); check the key").format(
                        engine=engine, status=status
                    )
                )
            if status == 501:
                return EngineConfigError(
                    _("{engine}: language not supported by the server").format(engine=engine)
                )
            return PermanentTranslatorError(
                _("{engine}: rejected the text (HTTP {status})").format(
                    engine=engine, status=status
                )
            )
        if name == "RequestError":
            return TransientTranslatorError(_("{engine}: request failed").format(engine=engine))
        if name in ("TranslationNotFound", "ElementNotFoundInGetRequest"):
            return TransientTranslatorError(
                _("{engine}: no translation in the response").format(engine=engine)
            )
        if name in ("AuthorizationException", "ApiKeyException"):
            return EngineConfigError(
                _("{engine}: not authorised; check the key").format(engine=engine)
            )
        if name in ("LanguageNotSupportedException", "InvalidSourceOrTargetLanguage"):
            return EngineConfigError(_("{engine}: language not supported").format(engine=engine))
        if name in ("NotValidLength", "NotValidPayload"):
            return PermanentTranslatorError(
                _("{engine}: text rejected by the client ({name})").format(engine=engine, name=name)
            )
        return PermanentTranslatorError(f"{engine}: {name}")
    if module.startswith("deepl"):
        if name in ("TooManyRequestsException", "ConnectionException"):
            return TransientTranslatorError(f"{engine}: {name}")
        if name in ("AuthorizationException", "QuotaExceededException"):
            return EngineConfigError(f"{engine}: {name}")
        return PermanentTranslatorError(f"{engine}: {name}")
    if isinstance(exc, ValueError):  # response.json() on an HTML error page
        return TransientTranslatorError(_("{engine}: invalid response").format(engine=engine))
    return PermanentTranslatorError(
        _("{engine}: unexpected {name}").format(engine=engine, name=name)
    )


def call_with_deadline(func: Callable[[], Any], timeout: float, engine: str) -> Any:
    """Run `func` in a daemon thread; abandon it after `timeout` seconds.

    deep-translator cannot be told a timeout and monkeypatching `requests` would change it
    for the whole process, so the call gets a thread it may hang in alone.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc

    worker = threading.Thread(target=run, name=f"localize-{engine}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise TransientTranslatorError(
            _("{engine}: no answer within {timeout} s").format(
                engine=engine, timeout=f"{timeout:g}"
            )
        )
    if "error" in box:
        raise box["error"]
    return box.get("value")


# ---- chunking -------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?…。！？])[\"'”’」』)]*\s+|(?<=[。！？])")


def _split_long(text: str, limit: int) -> list[str]:
    """Cut a sentence longer than `limit` at spaces or commas, else between words."""
    parts: list[str] = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind(" "), window.rfind("、"), window.rfind(","), window.rfind("，"))
        if cut <= 0:
            cut = limit
            while (
                cut > 1
                and text[cut - 1].isascii()
                and text[cut - 1].isalnum()
                and text[cut].isascii()
                and text[cut].isalnum()
            ):
                cut -= 1  # never split an opaque token or a word
            if cut <= 1:
                cut = limit
        else:
            cut += 1
        parts.append(text[:cut])
        text = text[cut:]
    if text:
        parts.append(text)
    return parts


def split_text(text: str, limit: int) -> list[tuple[str, bool]]:
    """Pieces of `text` in order, each `(piece, send)`; joined they give `text` back.

    Line breaks and surrounding whitespace are never sent (engines drop them); each line is
    cut at sentence boundaries into requests of at most `limit` characters.
    """
    pieces: list[tuple[str, bool]] = []
    for line in re.split(r"(\r?\n)", text):
        if not line:
            continue
        core = line.strip()
        if not core:
            pieces.append((line, False))
            continue
        lead = line[: len(line) - len(line.lstrip())]
        trail = line[len(line.rstrip()) :]
        if lead:
            pieces.append((lead, False))
        chunk = ""
        for sentence in _sentences(core):
            if len(chunk) + len(sentence) <= limit:
                chunk += sentence
                continue
            if chunk:
                pieces.extend(_send(chunk))
            chunk = ""
            if len(sentence) <= limit:
                chunk = sentence
            else:
                for part in _split_long(sentence, limit):
                    pieces.extend(_send(part))
        if chunk:
            pieces.extend(_send(chunk))
        if trail:
            pieces.append((trail, False))
    return pieces


def _sentences(text: str) -> list[str]:
    out, pos = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > pos:
            out.append(text[pos : match.end()])
            pos = match.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def _send(chunk: str) -> list[tuple[str, bool]]:
    """A chunk as (leading space, text, trailing space): whitespace is never sent."""
    body = chunk.strip()
    if not body:
        return [(chunk, False)] if chunk else []
    lead = chunk[: len(chunk) - len(chunk.lstrip())]
    trail = chunk[len(chunk.rstrip()) :]
    return ([(lead, False)] if lead else []) + [(body, True)] + ([(trail, False)] if trail else [])


# ---- the engine -----------------------------------------------------------------------


def engine_key(name: str, env: Mapping[str, str]) -> str | None:
    """The API key (or MyMemory e-mail) for an engine from its environment variables."""
    for var in ENGINE_SPECS[name].key_env:
        value = env.get(var)
        if value:
            return value
    return None


def normalise_url(url: str) -> str:
    """A LibreTranslate base URL as deep-translator concatenates it (`base + 'translate'`)."""
    url = url.strip()
    if not re.match(r"^https?://", url):
        raise UsageError(
            _("engine URL must start with http:// or https://: {url}").format(url=repr(url))
        )
    url = url.rstrip("/")
    if url.endswith("/translate"):
        url = url[: -len("/translate")]
    return url + "/"


class Engine:
    """One engine, one language pair; `translate()` is the only thing services call.

    Not shared across threads (deep-translator instances are not thread-safe); each
    request builds its own client inside its worker thread.
    """

    def __init__(
        self,
        name: str,
        source: str,
        target: str,
        *,
        url: str | None = None,
        env: Mapping[str, str] | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if name not in ENGINE_SPECS:
            raise UsageError(
                _("unknown engine {engine}; supported: {supported}").format(
                    engine=repr(name), supported=", ".join(ENGINE_SPECS)
                )
            )
        self.name = name
        self.spec = ENGINE_SPECS[name]
        self.source_locale, self.target_locale = source, target
        self.source_code = codes.source_code(name, source)
        self.target_code = codes.target_code(name, target)
        env = os.environ if env is None else env
        self._key = engine_key(name, env)
        if self.spec.key_required and not self._key:
            raise EngineConfigError(
                _("engine {name} needs an API key in the environment variable {variables}").format(
                    name=repr(name), variables=" or ".join(self.spec.key_env)
                )
            )
        self._region = env.get("LOCALIZE_MICROSOFT_REGION") or env.get("MICROSOFT_REGION")
        if self.spec.needs_url and not url:
            raise UsageError(
                _("engine {name} needs --engine-url (the server's base URL)").format(
                    name=repr(name)
                )
            )
        if url and name != "libre":
            raise UsageError(_("--engine-url is only for the libre engine"))
        self._url = normalise_url(url) if url else None
        if name == "deepl":
            try:
                import deepl  # noqa: F401
            except ImportError:
                raise EngineConfigError(
                    _(
                        "engine 'deepl' needs the official DeepL client: pip install 'localize[deepl]' (or: pip install deepl)"
                    )
                ) from None
        self.policy = policy or RetryPolicy()
        self._sleep, self._clock, self._rng = sleep, clock, rng
        self._last_request: float | None = None
        self._failed_in_a_row = 0
        self.requests = 0
        """HTTP requests made (every attempt counts)."""
        self.retries = 0

    # one request, no retries
    def _client_call(self, text: str) -> Any:
        if self.name == "deepl":
            import deepl

            client = deepl.Translator(self._key or "", send_platform_info=False)
            return client.translate_text(
                text, source_lang=self.source_code, target_lang=self.target_code
            ).text
        import deep_translator as dt

        if self.name == "google":
            return dt.GoogleTranslator(source=self.source_code, target=self.target_code).translate(
                text
            )
        if self.name == "libre":
            return dt.LibreTranslator(
                source=self.source_code,
                target=self.target_code,
                api_key=self._key or "no-key",  # mandatory in the class, ignored by keyless servers
                custom_url=self._url,
            ).translate(text)
        if self.name == "mymemory":
            kwargs = {"email": self._key} if self._key else {}
            return dt.MyMemoryTranslator(
                source=self.source_code, target=self.target_code, **kwargs
            ).translate(text)
        if self.name == "microsoft":
            return dt.MicrosoftTranslator(
                source=self.source_code,
                target=self.target_code,
                api_key=self._key,
                region=self._region,
            ).translate(text)
        raise UsageError(  # pragma: no cover
            _("unknown engine {engine}; supported: {supported}").format(
                engine=repr(self.name), supported=", ".join(ENGINE_SPECS)
            )
        )

    def _throttle(self) -> None:
        if self._last_request is not None and self.spec.min_interval:
            wait = self.spec.min_interval - (self._clock() - self._last_request)
            if wait > 0:
                self._sleep(wait)
        self._last_request = self._clock()

    def translate_chunk(self, text: str) -> str:
        """Translate one piece under the length limit, retrying transient failures."""
        if self._failed_in_a_row >= self.policy.breaker:
            raise EngineConfigError(
                _("{engine}: engine unavailable ({n} requests failed in a row)").format(
                    engine=self.name, n=self._failed_in_a_row
                )
            )
        attempt = 0
        while True:
            attempt += 1
            self._throttle()
            self.requests += 1
            try:
                result = call_with_deadline(
                    lambda: self._client_call(text), self.policy.timeout, self.name
                )
            except Exception as exc:  # noqa: BLE001 - normalised below
                error = normalise_error(exc, self.name)
                if isinstance(error, TransientTranslatorError) and attempt < self.policy.attempts:
                    self.retries += 1
                    self._sleep(self.policy.delay(attempt, self._rng))
                    continue
                if isinstance(error, TransientTranslatorError):
                    self._failed_in_a_row += 1
                    error = TransientTranslatorError(
                        _("{error} (gave up after {n} attempts)").format(
                            error=error.message, n=attempt
                        )
                    )
                raise error from None
            self._failed_in_a_row = 0
            if not isinstance(result, str):
                raise PermanentTranslatorError(
                    _("{engine}: returned no text").format(engine=self.name)
                )
            return result

    def translate(self, text: str, *, sendable: Callable[[str], bool] | None = None) -> str:
        """Translate `text`, keeping its line breaks and outer whitespace.

        `sendable(piece)` says whether a piece has anything to translate (default: it has a
        letter); other pieces are kept as they are and cost no request.
        """
        sendable = sendable or (lambda piece: any(ch.isalpha() for ch in piece))
        out: list[str] = []
        for piece, send in split_text(text, self.spec.max_chars):
            if send and sendable(piece):
                out.append(self.translate_chunk(piece).strip())
            else:
                out.append(piece)
        return "".join(out)
