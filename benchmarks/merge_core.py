"""Speed of `update`'s merge core alone (`localize.catalog.merge.merge`, in-process), on real
catalogs: an older release's catalog merged with the newer release's template, for the 7
languages (Sphinx 7.4 -> 8.2, `en` being Sphinx's en_GB; Django 4.2 -> 5.2, its main catalog
and, in one row a language, its 12 contrib catalogs).

Run: `python benchmarks/merge_core.py [--dump FILE]`. The wheels are fetched with pip into
`.cache/wheels` (git-ignored) the first time. Parsing is done before the clock starts (merge
changes the catalog it is given, so each timed run gets a fresh parse), and the cyclic GC is
paused as `localize catalog update` does. Best of `--repeat` runs.

`--dump FILE` writes every merged catalog (formatted) with its stats and each entry's fields,
and the table shows their digests: run it before and after a change to the merge to prove the
results are the same (`cmp` the two files).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import time
from pathlib import Path

from _common import open_wheel, table

LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
SPHINX = (("sphinx", "7.4.7"), ("sphinx", "8.2.3"))
DJANGO = (("django", "4.2.16"), ("django", "5.2.8"))


def _catalog_pairs() -> list[tuple[str, str, str, bytes, bytes]]:
    """(row label, locale, catalog name, old PO bytes, new template bytes) for every case."""
    pairs = []
    old, new = (open_wheel(*spec) for spec in SPHINX)
    pot = new.read("sphinx/locale/sphinx.pot")
    for locale in LOCALES:
        folder = "en_GB" if locale == "en" else locale
        name = f"sphinx/locale/{folder}/LC_MESSAGES/sphinx.po"
        pairs.append(("Sphinx 7.4 -> 8.2", locale, name, old.read(name), pot))
    old, new = (open_wheel(*spec) for spec in DJANGO)
    old_names = set(old.namelist())
    # the template of each Django catalog: its English catalog in the new release
    templates = sorted(
        n for n in new.namelist() if "/locale/en/LC_MESSAGES/" in n and n.endswith(".po")
    )
    for locale in LOCALES:
        for template in templates:
            name = template.replace("/locale/en/", f"/locale/{locale}/")
            if name not in old_names:
                continue
            main = name.startswith("django/conf/locale/") and name.endswith("/django.po")
            label = "Django 4.2 -> 5.2" if main else "Django contrib (12)"
            pairs.append((label, locale, name, old.read(name), new.read(template)))
    return pairs


def _state(entry) -> tuple:
    return (
        entry.msgctxt,
        entry.msgid,
        entry.msgid_plural,
        entry.msgstr,
        tuple(entry.msgstr_plural),
        tuple(entry.flags),
        tuple(entry.comments),
        tuple(entry.extracted),
        tuple(entry.references),
        entry.previous_msgctxt,
        entry.previous_msgid,
        entry.previous_msgid_plural,
        entry.obsolete,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path, help="write every merged catalog to this file")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per catalog")
    args = parser.parse_args()

    from localize.catalog.merge import merge
    from localize.catalog.plurals import judge_plural_forms
    from localize.catalog.po import parse_po

    rows: dict[tuple[str, str], list[float]] = {}
    text_digest = hashlib.sha256()
    state_digest = hashlib.sha256()
    dump = []
    fuzzy_total = 0
    for label, locale, name, old_bytes, pot_bytes in _catalog_pairs():
        old_text = old_bytes.decode("utf-8")
        template = parse_po(pot_bytes.decode("utf-8"))
        first = parse_po(old_text)
        verdict = judge_plural_forms(first.metadata().get("Plural-Forms"), locale)
        nplurals = (verdict.rule or verdict.expected).nplurals
        fresh = [parse_po(old_text) for _ in range(args.repeat)]
        best = float("inf")
        gc.disable()
        try:
            for po in fresh:
                start = time.perf_counter()
                merge(po, template, nplurals=nplurals)
                best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
        merged, stats = merge(first, template, nplurals=nplurals)
        fuzzy_total += stats.fuzzy
        cell = rows.setdefault((label, locale), [0.0, 0, 0, 0])
        cell[0] += best
        cell[1] += len(template.messages)
        cell[2] += stats.fuzzy
        cell[3] += stats.new
        text = merged.to_text()
        states = "\n".join(repr(_state(e)) for e in merged.entries)
        text_digest.update(f"== {name}\n{stats}\n{text}".encode())
        state_digest.update(f"== {name}\n{stats}\n{states}".encode())
        dump.append(
            f"===== {name} ({locale})\n{stats}\n----- text\n{text}\n----- fields\n{states}\n"
        )

    out = [("catalogs", "locale", "template msgs", "fuzzy", "new", "merge ms")]
    totals: dict[str, float] = {}
    for (label, locale), (seconds, messages, fuzzy, new) in rows.items():
        out.append((label, locale, messages, fuzzy, new, f"{seconds * 1000:.1f}"))
        totals[label] = totals.get(label, 0.0) + seconds
    print(table(out, align="llrrrr"))
    print()
    for label, seconds in totals.items():
        print(f"{label}: {seconds * 1000:.1f} ms for the 7 languages")
    print(f"fuzzy entries made: {fuzzy_total}")
    print(f"digest of merged text:   {text_digest.hexdigest()[:16]}")
    print(f"digest of merged fields: {state_digest.hexdigest()[:16]}")
    if args.dump:
        args.dump.write_text("".join(dump), encoding="utf-8")
        print(f"dump: {args.dump}")


if __name__ == "__main__":
    main()
