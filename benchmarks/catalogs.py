# ruff: noqa: B023  (the timed closures run inside the loop iteration that defines them)
"""Catalog compile/update speed and fidelity against GNU msgfmt/msgmerge, pybabel and polib.

Run: `python benchmarks/catalogs.py` (needs pip, msgfmt, msgmerge). Real catalogs come
from the Django and Sphinx wheels, fetched with pip into `.cache/wheels` (git-ignored):

- compile: the 7 Django catalogs (en fr ja ko id es pt_BR), one `localize catalog compile`
  command against msgfmt run once per file and `pybabel compile`; MO bytes compared;
- compile of one ~50,000-entry catalog made by concatenating the wheels' catalogs
  (those with two plural forms), against msgfmt, polib and babel;
- update: an older release's catalog merged with the newer template (Sphinx 7.4 -> 8.2,
  Django 4.2 -> 5.2, fr), against msgmerge and babel's Catalog.update, and how many of
  the entries msgmerge marks fuzzy get the same translation from us;
- `localize --help` start-up time.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"
WHEELS = CACHE / "wheels"
PACKAGES = {
    "django-new": ("django", "5.2.8"),
    "django-old": ("django", "4.2.16"),
    "sphinx-new": ("sphinx", "8.2.3"),
    "sphinx-old": ("sphinx", "7.4.7"),
}
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
sys.path.insert(0, str(ROOT))


def wheel(key: str) -> zipfile.ZipFile:
    name, version = PACKAGES[key]
    found = [p for p in WHEELS.glob("*.whl") if p.name.lower().startswith(f"{name}-{version}-")]
    if not found:
        WHEELS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "-q",
                f"{name}=={version}",
                "-d",
                str(WHEELS),
            ],
            check=True,
        )
        found = [p for p in WHEELS.glob("*.whl") if p.name.lower().startswith(f"{name}-{version}-")]
    return zipfile.ZipFile(found[0])


def timed(func, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def run(*args: str, check: bool = True) -> None:
    subprocess.run(list(args), check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def localize_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "localize", *args]


def rows_table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for n, row in enumerate(rows):
        out.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def main() -> None:
    import logging

    logging.disable(logging.WARNING)  # babel logs a warning per odd entry of the big catalog
    from localize.catalog.merge import merge
    from localize.catalog.po import parse_po

    work = Path(tempfile.mkdtemp(prefix="localize-bench-"))
    rows: list[tuple[str, ...]] = [("benchmark", "localize", "reference", "ratio", "notes")]
    try:
        # ---- compile the 7 Django catalogs ------------------------------------------
        django = wheel("django-new")
        locales = work / "django"
        for locale in LOCALES:
            target = locales / locale / "LC_MESSAGES"
            target.mkdir(parents=True)
            (target / "django.po").write_bytes(
                django.read(f"django/conf/locale/{locale}/LC_MESSAGES/django.po")
            )
        pos = [locales / loc / "LC_MESSAGES" / "django.po" for loc in LOCALES]
        ours = timed(
            lambda: run(
                *localize_cmd(
                    "catalog", "compile", "--locales-dir", str(locales), "--domain", "django"
                )
            )
        )
        ours_bytes = {p: p.with_suffix(".mo").read_bytes() for p in pos}
        msgfmt = timed(lambda: [run("msgfmt", "-o", str(work / "ref.mo"), str(p)) for p in pos])
        same = 0
        for p in pos:
            run("msgfmt", "-o", str(work / "ref.mo"), str(p))
            same += (work / "ref.mo").read_bytes() == ours_bytes[p]
        pybabel = shutil.which("pybabel") or str(Path(sys.executable).with_name("pybabel"))
        babel_time = timed(
            lambda: run(pybabel, "compile", "-q", "-d", str(locales), "-D", "django", check=False),
            repeat=2,
        )
        rows.append(
            (
                "compile 7 Django catalogs (command)",
                f"{ours * 1000:.0f} ms",
                f"{msgfmt * 1000:.0f} ms msgfmt x7",
                f"{ours / msgfmt:.2f}x",
                f"goal <=1.5x; MO identical to msgfmt {same}/7",
            )
        )
        rows.append(
            ("", "", f"{babel_time * 1000:.0f} ms pybabel", f"{ours / babel_time:.2f}x", "")
        )
        single = locales / "fr" / "LC_MESSAGES" / "django.po"
        t_ours = timed(lambda: run(*localize_cmd("catalog", "compile", str(single))))
        t_ref = timed(lambda: run("msgfmt", "-o", str(work / "ref.mo"), str(single)))
        rows.append(
            (
                "compile Django fr (command)",
                f"{t_ours * 1000:.0f} ms",
                f"{t_ref * 1000:.0f} ms msgfmt",
                f"{t_ours / t_ref:.2f}x",
                "Python start-up dominates",
            )
        )

        # ---- one ~50,000-entry catalog ------------------------------------------------
        big = work / "big" / "fr" / "LC_MESSAGES"
        big.mkdir(parents=True)
        chunks = [
            'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"MIME-Version: 1.0\\n"\n'
            '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
            '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
        ]
        count = 0
        for key in ("django-new", "sphinx-new", "django-old", "sphinx-old"):
            archive = wheel(key)
            for name in sorted(archive.namelist()):
                if not name.endswith(".po") or count >= 50000:
                    continue
                try:
                    po = parse_po(archive.read(name).decode("utf-8"), name)
                except Exception:
                    continue
                forms = po.metadata().get("Plural-Forms", "")
                if "nplurals=2" not in forms.replace(" ", ""):
                    continue
                for entry in po.messages:
                    if not entry.translated:
                        continue
                    # a short context keeps the keys unique (the same msgid recurs across languages)
                    entry.msgctxt = f"k{count}"
                    entry.flags = [f for f in entry.flags if f != "fuzzy"]
                    entry.comments, entry.previous_msgid = [], None
                    from localize.catalog.po import format_entry

                    chunks.append(format_entry(entry))
                    count += 1
        big_po = big / "big.po"
        big_po.write_text("\n".join(chunks), encoding="utf-8")
        t_ours = timed(lambda: run(*localize_cmd("catalog", "compile", str(big_po))), repeat=2)
        ours_mo = big_po.with_suffix(".mo").read_bytes()
        t_ref = timed(lambda: run("msgfmt", "-o", str(work / "big-ref.mo"), str(big_po)), repeat=2)
        identical = (work / "big-ref.mo").read_bytes() == ours_mo

        def polib_compile() -> None:
            import polib

            polib.pofile(str(big_po)).save_as_mofile(str(work / "big-polib.mo"))

        def babel_compile() -> None:
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with big_po.open("rb") as handle:
                catalog = read_po(handle)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)

        t_polib = timed(polib_compile, repeat=1)
        t_babel = timed(babel_compile, repeat=1)
        rows.append(
            (
                f"compile {count} entries (command)",
                f"{t_ours * 1000:.0f} ms",
                f"{t_ref * 1000:.0f} ms msgfmt",
                f"{t_ours / t_ref:.2f}x",
                f"goal <=2x; identical to msgfmt: {identical}",
            )
        )
        rows.append(
            ("", "", f"{t_polib * 1000:.0f} ms polib", f"{t_ours / t_polib:.2f}x", "in-process")
        )
        rows.append(
            ("", "", f"{t_babel * 1000:.0f} ms babel", f"{t_ours / t_babel:.2f}x", "in-process")
        )

        # ---- update: old catalog + new template ------------------------------------
        cases = (
            (
                "Sphinx 7.4 -> 8.2 fr",
                "sphinx-old",
                "sphinx/locale/fr/LC_MESSAGES/sphinx.po",
                "sphinx-new",
                "sphinx/locale/sphinx.pot",
            ),
            (
                "Django 4.2 -> 5.2 fr",
                "django-old",
                "django/conf/locale/fr/LC_MESSAGES/django.po",
                "django-new",
                "django/conf/locale/en/LC_MESSAGES/django.po",
            ),
        )
        for label, old_key, old_name, new_key, pot_name in cases:
            base = work / f"update-{label.split()[0].lower()}"
            target = base / "fr" / "LC_MESSAGES"
            target.mkdir(parents=True)
            old_bytes = wheel(old_key).read(old_name)
            pot_path = base / "tmpl.pot"
            pot_path.write_bytes(wheel(new_key).read(pot_name))
            po_path = target / "tmpl.po"

            def ours_update() -> None:
                po_path.write_bytes(old_bytes)
                run(
                    *localize_cmd(
                        "catalog",
                        "update",
                        "--locales-dir",
                        str(base),
                        "--domain",
                        "tmpl",
                        "--locale",
                        "fr",
                    )
                )

            def msgmerge_update() -> None:
                run(
                    "msgmerge",
                    "-q",
                    "--previous",
                    "-o",
                    str(work / "mm.po"),
                    str(work / "old.po"),
                    str(pot_path),
                )

            (work / "old.po").write_bytes(old_bytes)
            t_ours = timed(ours_update, repeat=2)
            t_mm = timed(msgmerge_update, repeat=2)

            def babel_update() -> None:
                from babel.messages.pofile import read_po

                catalog = read_po(io.BytesIO(old_bytes))
                template = read_po(pot_path.open("rb"))
                catalog.update(template)

            t_babel = timed(babel_update, repeat=1)
            old = parse_po(old_bytes.decode("utf-8"))
            template = parse_po(pot_path.read_text(encoding="utf-8"))
            t_core = timed(lambda: merge(parse_po(old_bytes.decode("utf-8")), template), repeat=2)
            merged, _stats = merge(old, template)
            theirs = {
                e.key: e for e in parse_po((work / "mm.po").read_text(encoding="utf-8")).messages
            }
            was_fuzzy = {e.key for e in parse_po(old_bytes.decode("utf-8")).messages if e.fuzzy}
            ours_by_key = {e.key: e for e in merged.messages}
            fuzzy_keys = [k for k, e in theirs.items() if e.fuzzy and k not in was_fuzzy]
            agree = sum(
                1
                for k in fuzzy_keys
                if k in ours_by_key
                and ours_by_key[k].fuzzy
                and ours_by_key[k].translations == theirs[k].translations
            )
            share = 100.0 * agree / len(fuzzy_keys) if fuzzy_keys else 100.0
            rows.append(
                (
                    f"update {label} (command)",
                    f"{t_ours * 1000:.0f} ms",
                    f"{t_mm * 1000:.0f} ms msgmerge",
                    f"{t_ours / t_mm:.2f}x",
                    f"goal <=1x; same fuzzy match {agree}/{len(fuzzy_keys)} ({share:.0f}%, goal >=90%)",
                )
            )
            rows.append(
                (
                    "  merge core (in-process)",
                    f"{t_core * 1000:.0f} ms",
                    f"{t_babel * 1000:.0f} ms babel",
                    f"{t_core / t_babel:.2f}x",
                    "Catalog.update (difflib)",
                )
            )

        # ---- start-up ---------------------------------------------------------------
        t_help = timed(lambda: run(*localize_cmd("--help")), repeat=5)
        rows.append(
            (
                "localize --help",
                f"{t_help * 1000:.0f} ms",
                "150 ms goal",
                f"{t_help / 0.150:.2f}x",
                "lazy imports",
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(rows_table(rows))


if __name__ == "__main__":
    main()
