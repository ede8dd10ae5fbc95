"""Machine pre-translation of real catalogs: throughput, and how reliably damage is caught.

Run: `python benchmarks/translate.py`. The Django 5.2.8 wheel is fetched with pip into
`.cache/wheels` (git-ignored); its fr, ja and pt_BR `django.po` are emptied (every msgstr
cleared) and pre-translated by deep-translator's real LibreTranslator against the test
suite's local LibreTranslate server (`tests/mt_server.py`), which pseudo-translates
(accents every vowel outside the opaque tokens) so that every entry has an answer.

Scenarios, each on a fresh copy:
- clean: the engine keeps tokens intact;
- damaged: the engine lower-cases tokens and puts spaces inside them (Google-style damage
  that must be repaired, not rejected);
- dropped: the engine drops the first token of every answer (every entry sent with a
  token must be rejected: "caught" = rejected for protection / entries sent with tokens);
- memory: a second run over the clean result with `--overwrite` and a translation memory
  (only the entries rejected before, which the memory never stores, are sent again).

"protected" counts msgids holding at least one protected span (placeholder, number, tag...).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, open_wheel, table

sys.path.insert(0, str(ROOT / "tests"))

DJANGO = ("django", "5.2.8")
LOCALES = ("fr", "ja", "pt_BR")
_TOKEN = re.compile(r"(ZQ\d+X)")
_VOWELS = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")


def pseudo(text: str) -> str:
    return "".join(
        part if _TOKEN.fullmatch(part) else part.translate(_VOWELS) for part in _TOKEN.split(text)
    )


def damaged(text: str) -> str:
    return _TOKEN.sub(lambda m: " ".join(m.group(1).lower()), pseudo(text))


def dropped(text: str) -> str:
    return _TOKEN.sub("", pseudo(text), count=1)


def emptied(po_text: str) -> tuple[str, list[str]]:
    """The catalog with every translation removed, and its msgids (one parse for both)."""
    from localize.catalog.po import parse_po

    po = parse_po(po_text, "django.po")
    msgids = []
    for entry in po.messages:
        if entry.is_header:
            continue
        msgids.append(entry.msgid)
        entry.msgstr = ""
        entry.msgstr_plural = ["" for _ in entry.msgstr_plural]
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
    return po.to_text(), msgids


def run(text: str, locale: str, server, work: Path, *, memory=None, overwrite=False):
    from localize.glossary import load_glossary
    from localize.io import atomic_write_text
    from localize.services import translate as svc
    from localize.translate import RetryPolicy
    from localize.translate.engines import Engine

    glossary = load_glossary()
    path = work / f"{locale}.po"

    def make(loc: str) -> svc.Pretranslator:
        engine = Engine("libre", "en", loc, url=server.url, env={}, policy=RetryPolicy(timeout=10))
        return svc.Pretranslator(engine, "libre", "en", loc, glossary=glossary, memory=memory)

    start = time.perf_counter()
    summary = svc.pretranslate_catalog(
        text,
        path=str(path),
        pretranslator_for=make,
        locale=locale,
        overwrite=overwrite,
        save=lambda data: atomic_write_text(path, data),
        batch_size=50,
    )
    return summary, time.perf_counter() - start, path


def main() -> None:
    from mt_server import MTServer, transform

    from localize.services import translate as svc
    from localize.translate.memory import TranslationMemory
    from localize.translate.protect import find_spans

    archive = open_wheel(*DJANGO)
    rows = []
    server = MTServer({}).start()
    try:
        for locale in LOCALES:
            raw = archive.read(f"django/conf/locale/{locale}/LC_MESSAGES/django.po").decode()
            text, msgids = emptied(raw)
            with_spans = sum(1 for m in msgids if find_spans(m))
            for name, func in (("clean", pseudo), ("damaged", damaged), ("dropped", dropped)):
                server.default = transform(func)
                with tempfile.TemporaryDirectory() as tmp:
                    summary, seconds, path = run(text, locale, server, Path(tmp))
                    caught = ""
                    if name == "dropped":
                        masked = [i for i in summary.items if any(_TOKEN.search(t) for t in i.sent)]
                        hit = sum(1 for i in masked if i.reason == svc.REJECT_PROTECTED)
                        caught = f"{hit}/{len(masked)}"
                    rows.append((name, locale, len(msgids), with_spans, summary, seconds, caught))
                    if name == "clean":
                        with TranslationMemory(Path(tmp) / "tm.sqlite") as tm:
                            # the first pass fills the memory, the second is the one measured
                            for _pass in range(2):
                                again, sec2, _ = run(
                                    path.read_text(),
                                    locale,
                                    server,
                                    Path(tmp),
                                    memory=tm,
                                    overwrite=True,
                                )
                        rows.append(("memory", locale, len(msgids), with_spans, again, sec2, ""))
    finally:
        server.stop()

    header = (
        "scenario",
        "locale",
        "entries",
        "protected",
        "drafted",
        "from TM",
        "rejected",
        "skipped",
        "requests",
        "seconds",
        "entries/s",
        "caught",
    )
    rows_out = [header]
    for name, locale, entries, spans, s, seconds, caught in rows:
        rows_out.append(
            (
                name,
                locale,
                str(entries),
                str(spans),
                str(s.translated),
                str(s.from_memory),
                str(s.rejected),
                str(sum(s.skipped.values())),
                str(s.requests),
                f"{seconds:.2f}",
                f"{entries / seconds:.0f}",
                caught,
            )
        )
    print(table(rows_out))


if __name__ == "__main__":
    main()
