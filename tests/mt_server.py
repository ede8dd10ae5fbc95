"""A real HTTP server speaking LibreTranslate's API, for driving deep-translator in tests.

`POST /translate` (parameters in the query string, as deep-translator sends them, or in a
form/JSON body) and `GET /languages`. Translation comes from a small fixed dictionary per
target language: known phrases are replaced (longest first, case-insensitive, whole
words), everything else, including the toolkit's opaque tokens, passes through untouched,
as a real engine treats an unknown name. Each request is recorded, and behaviours can be
scripted per request: an HTTP status, a hang longer than the client's timeout, or a
transformation of the translated text (mangle a token, drop one, inject wording).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

LANGUAGES = ("en", "fr", "ja", "ko", "id", "es", "pt")


@dataclass
class Behaviour:
    """What the server does with one request."""

    status: int = 200
    hang: float = 0.0
    transform: Callable[[str], str] | None = None
    body: str | None = None


def translate_ok() -> Behaviour:
    return Behaviour()


def fail(status: int) -> Behaviour:
    return Behaviour(status=status)


def hang(seconds: float) -> Behaviour:
    return Behaviour(hang=seconds)


def transform(func: Callable[[str], str]) -> Behaviour:
    return Behaviour(transform=func)


@dataclass
class MTServer:
    dictionary: dict[str, dict[str, str]]
    """target language -> {source phrase: translation}"""
    requests: list[dict[str, str]] = field(default_factory=list)
    _script: list[Behaviour] = field(default_factory=list)
    default: Behaviour = field(default_factory=Behaviour)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""
    _httpd: ThreadingHTTPServer | None = None

    # ---- scripting ----
    def script(self, *behaviours: Behaviour) -> None:
        """Behaviours for the next requests, in order; then `default` again."""
        with self._lock:
            self._script.extend(behaviours)

    def _next(self) -> Behaviour:
        with self._lock:
            return self._script.pop(0) if self._script else self.default

    @property
    def translate_requests(self) -> list[dict[str, str]]:
        return [r for r in self.requests if r["path"] == "/translate"]

    @property
    def texts(self) -> list[str]:
        """Every text the server was asked to translate."""
        return [r.get("q", "") for r in self.translate_requests]

    # ---- the dictionary engine ----
    def translate(self, text: str, target: str) -> str:
        table = self.dictionary.get(target, {})
        if not table:
            return text
        phrases = sorted(table, key=len, reverse=True)
        pattern = re.compile(
            "|".join(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])" for p in phrases), re.IGNORECASE
        )
        lookup = {p.lower(): v for p, v in table.items()}
        return pattern.sub(lambda m: lookup[m.group().lower()], text)

    # ---- lifecycle ----
    def start(self) -> MTServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _params(self) -> dict[str, str]:
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                if raw:
                    if "json" in (self.headers.get("Content-Type") or ""):
                        params.update({k: str(v) for k, v in json.loads(raw).items()})
                    else:
                        params.update({k: v[0] for k, v in parse_qs(raw).items()})
                params["path"] = parts.path
                return params

            def _reply(self, status: int, payload: object) -> None:
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                params = self._params()
                with server._lock:
                    server.requests.append(params)
                if params["path"] == "/languages":
                    self._reply(
                        200,
                        [
                            {"code": c, "name": c, "targets": [t for t in LANGUAGES if t != c]}
                            for c in LANGUAGES
                        ],
                    )
                else:
                    self._reply(404, {"error": "not found"})

            def do_POST(self) -> None:
                params = self._params()
                with server._lock:
                    server.requests.append(params)
                if params["path"] != "/translate":
                    self._reply(404, {"error": "not found"})
                    return
                behaviour = server._next()
                if behaviour.hang:
                    time.sleep(behaviour.hang)
                if behaviour.status != 200:
                    self._reply(behaviour.status, {"error": f"scripted {behaviour.status}"})
                    return
                if params.get("target") not in LANGUAGES or params.get("source") not in LANGUAGES:
                    self._reply(400, {"error": "unsupported language"})
                    return
                text = server.translate(params.get("q", ""), params["target"])
                if behaviour.transform is not None:
                    text = behaviour.transform(text)
                self._reply(200, {"translatedText": text})

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        host, port = self._httpd.server_address[:2]
        self.url = f"http://{host}:{port}/"
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()


# ---- pytest fixture ---------------------------------------------------------------------

# A small fixed dictionary, enough for the toolkit's own messages and the test captions.
DICTIONARY: dict[str, dict[str, str]] = {
    "fr": {
        "catalog": "catalogue",
        "catalogs": "catalogues",
        "file": "fichier",
        "files": "fichiers",
        "language": "langue",
        "languages": "langues",
        "glossary": "glossaire",
        "check": "vérifier",
        "error": "erreur",
        "the": "le",
        "and": "et",
        "of": "de",
        "in": "dans",
        "to": "à",
        "message": "message",
        "messages": "messages",
        "output": "sortie",
        "format": "format",
        "you are not alone": "vous n'êtes pas seul",
        "call": "appelez",
        "or": "ou",
        "help": "aide",
        "is available": "est disponible",
        "talk to someone": "parlez à quelqu'un",
        "today": "aujourd'hui",
        "save": "enregistrer",
        "saved": "enregistré",
        "copy": "copier",
        "one caption": "une légende",
        "captions": "légendes",
        "caption": "légende",
        "died by suicide": "est mort par suicide",
        "he": "il",
    },
    "ja": {
        "you are not alone": "あなたは一人ではありません",
        "call": "電話してください",
        "help is available": "支援があります",
        "today": "今日",
        "file": "ファイル",
        "files": "ファイル",
        "one caption": "キャプション1件",
        "captions": "キャプション",
        "he": "彼は",
        "died by suicide": "自殺で亡くなった",
    },
    "ko": {
        "you are not alone": "당신은 혼자가 아닙니다",
        "call": "전화하세요",
        "he": "그는",
        "died by suicide": "자살로 사망했다",
    },
    "pt": {
        "you are not alone": "você não está sozinho",
        "call": "ligue para",
        "help is available": "há ajuda disponível",
        "today": "hoje",
        "file": "arquivo",
        "files": "arquivos",
        "he": "ele",
        "died by suicide": "morreu por suicídio",
    },
    "es": {
        "you are not alone": "no estás solo",
        "call": "llama al",
        "he": "él",
        "died by suicide": "murió por suicidio",
    },
    "id": {"you are not alone": "kamu tidak sendirian", "call": "hubungi"},
}


def serve():
    """Generator for a pytest fixture: a started server with the dictionary, stopped after."""
    server = MTServer({k: dict(v) for k, v in DICTIONARY.items()}).start()
    try:
        yield server
    finally:
        server.stop()


# Runs pin the stamp date the way reproducible builds do, so a run across midnight agrees.
BUILD_EPOCH = "1715947200"  # 2024-05-17 12:00 UTC
BUILD_DATE = "2024-05-17"


def translate_with(run_cli, server: MTServer, *args: str, env: dict | None = None):
    """`localize translate ARGS` through deep-translator's LibreTranslator against `server`."""
    return run_cli(
        "translate",
        *args,
        "--engine",
        "libre",
        "--engine-url",
        server.url,
        env={"SOURCE_DATE_EPOCH": BUILD_EPOCH, **(env or {})},
    )
