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
- `localize --help` start-up time, and the bare interpreter's (`python -c pass` in the same
  venv): the floor under every command, which msgmerge on a small catalog can beat.

How commands are timed: each is a subprocess, as a user runs it: the `localize` console
script of a regular (non-editable) install of this checkout, built as a wheel from a copy
of the working tree and installed with `pip install --no-deps` into `.cache/bench-venv`
(rebuilt when a source file changed; its dependencies come from this venv through a .pth
file, so nothing is downloaded). Why not `python -m localize` in the development venv:
its editable install runs setuptools' import hook at every start-up (a .pth file importing
pathlib, urllib, ipaddress, ...; a bare start-up takes twice as long), which no user of a
regular install has. That figure is still shown in the notes ("editable: ..."). Wall-clock
time, the best of several runs, our runs interleaved with the reference tool's so both see
the same machine load, after a warm-up run. Python runs with its bytecode cache, as an
installed package does: pip compiles the installed package's bytecode; in the development
venv the cache goes to `.cache/pycache` (PYTHONPYCACHEPREFIX); PYTHONDONTWRITEBYTECODE, if
set in the environment, is dropped for our runs. CPU time (user + system of the child) is
shown too: msgmerge runs threads. Before each timed compile its MO files are deleted, so
it writes them every time as msgfmt does (with an up-to-date MO present it would leave the
file alone, which would flatter it); the deletion is counted in our time.

MO bytes: our compile leaves out entries with errors (msgfmt ships them), so where it
did, the comparison is with msgfmt run on the same catalog without those entries.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import resource
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from _common import BASE_ENV, CACHE, PYCACHE_ENV, ROOT, best_of, open_wheel, table

PACKAGES = {
    "django-new": ("django", "5.2.8"),
    "django-old": ("django", "4.2.16"),
    "sphinx-new": ("sphinx", "8.2.3"),
    "sphinx-old": ("sphinx", "7.4.7"),
}
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
BENCH_VENV = CACHE / "bench-venv"
_NOT_SOURCE = (
    ".git",
    ".venv",
    ".cache",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".hypothesis",
    ".pytest_cache",
    ".ruff_cache",
)


def _source_stamp() -> str:
    """Changes whenever a file that goes into the wheel changes."""
    digest = hashlib.sha256()
    for top in ("localize", "locales", "glossaries"):
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                info = path.stat()
                digest.update(
                    f"{path.relative_to(ROOT)} {info.st_size} {info.st_mtime_ns}\n".encode()
                )
    for name in ("setup.cfg", "setup.py", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def installed_localize() -> Path:
    """The `localize` script of a regular install of this checkout (see the docstring)."""
    script = BENCH_VENV / "bin" / "localize"
    stamp_file = BENCH_VENV / "source-stamp"
    stamp = _source_stamp()
    if script.is_file() and stamp_file.is_file() and stamp_file.read_text() == stamp:
        return script
    if not (BENCH_VENV / "bin" / "python").is_file():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
    quiet = {"stdout": subprocess.DEVNULL, "env": BASE_ENV, "check": True}
    with tempfile.TemporaryDirectory(prefix="localize-wheel-") as tmp:
        source = Path(tmp) / "src"
        # a copy: building in the checkout would reuse (stale) files left in its build/
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
            + [str(source), "-w", str(Path(tmp) / "dist")],
            **quiet,
        )
        (wheel_file,) = (Path(tmp) / "dist").glob("localize-*.whl")
        subprocess.run(
            [str(BENCH_VENV / "bin" / "python"), "-m", "pip", "install", "-q", "--no-deps"]
            + ["--force-reinstall", str(wheel_file)],
            **quiet,
        )
    purelib = Path(
        subprocess.run(
            [
                str(BENCH_VENV / "bin" / "python"),
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # the dependencies (click, babel, ...) from this venv; its own .pth files are not read
    (purelib / "localize-bench-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    stamp_file.write_text(stamp)
    return script


@functools.cache
def wheel(key: str) -> zipfile.ZipFile:
    """One open archive per wheel for the whole run."""
    return open_wheel(*PACKAGES[key])


class Timing:
    """Best wall-clock and CPU seconds of a command over several runs."""

    def __init__(self) -> None:
        self.wall = float("inf")
        self.cpu = float("inf")

    def measure(self, func: Callable[[], object]) -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        func()
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        self.wall = min(self.wall, wall)
        self.cpu = min(self.cpu, cpu)


def compare(ours: Callable[[], object], reference: Callable[[], object], repeat: int):
    """Time two commands, alternating, after one warm-up run of ours."""
    ours()
    mine, theirs = Timing(), Timing()
    for _ in range(repeat):
        mine.measure(ours)
        theirs.measure(reference)
    return mine, theirs


def run(*args: str, check: bool = True, env: dict[str, str] = BASE_ENV) -> None:
    """A command, quiet; a localize command's installed script uses the bytecode pip compiled."""
    subprocess.run(
        list(args), check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )


LOCALIZE: list[str] = []  # the installed script, set by main()


def localize_cmd(*args: str) -> list[str]:
    return [*LOCALIZE, *args]


def dev_time(*args: str, repeat: int, before: Callable[[], object] = lambda: None) -> str:
    """The same command as `python -m localize` in the development (editable) venv."""

    def once() -> None:
        before()
        run(sys.executable, "-m", "localize", *args, check=False, env=PYCACHE_ENV)

    timing, _none = compare(once, lambda: None, repeat)
    return f"editable: {ms(timing.wall)}"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def same_as_msgfmt(po_path: Path, mo_bytes: bytes, left_out: set[int], work: Path) -> bool:
    """Our MO equals msgfmt's on the catalog without the entries we left out."""
    from localize.catalog.po import parse_po

    source = po_path
    if left_out:
        po = parse_po(po_path.read_text(encoding="utf-8"))
        po.entries = [e for e in po.entries if e.line not in left_out]
        source = work / "kept.po"
        source.write_text(po.to_text(), encoding="utf-8")
    subprocess.run(["msgfmt", "-o", str(work / "check.mo"), str(source)], check=True)
    return (work / "check.mo").read_bytes() == mo_bytes


def left_out_lines(result: dict) -> dict[str, set[int]]:
    """PO path -> lines of the entries compile left out (errors not on the header)."""
    lines: dict[str, set[int]] = {}
    for item in result["catalogs"]:
        lines[item["po_path"]] = {
            f["line"] for f in item["findings"] if not f["kind"].startswith("header-")
        }
    return lines


def fresh_compile(pos: list[Path], *args: str) -> None:
    """Our compile with its MO files removed first, so it writes them as msgfmt does.

    (With the MO already holding the bytes it would write, compile leaves it alone.)
    """
    for po in pos:
        po.with_suffix(".mo").unlink(missing_ok=True)
    run(*localize_cmd("catalog", "compile", *args), check=False)


def compile_json(*args: str) -> dict:
    out = subprocess.run(
        localize_cmd("catalog", "compile", "--format", "json", *args),
        capture_output=True,
        text=True,
        env=BASE_ENV,
    )
    return json.loads(out.stdout)


def main() -> None:
    import logging

    logging.disable(logging.WARNING)  # babel logs a warning per odd entry of the big catalog
    from localize.catalog.merge import merge
    from localize.catalog.po import format_entry, parse_po

    LOCALIZE[:] = [str(installed_localize())]
    work = Path(tempfile.mkdtemp(prefix="localize-bench-"))
    header = ("benchmark", "localize", "reference", "ratio", "goal", "met", "notes")
    rows: list[tuple[str, ...]] = [header]

    def row(label, ours: Timing, ref: Timing, ref_name: str, goal: float | None, notes: str):
        ratio = ours.wall / ref.wall
        rows.append(
            (
                label,
                ms(ours.wall),
                f"{ms(ref.wall)} {ref_name}",
                f"{ratio:.3f}x",
                f"<= {goal:g}x" if goal is not None else "",
                ("yes" if ratio <= goal else "NO") if goal is not None else "",
                f"CPU {ms(ours.cpu)} vs {ms(ref.cpu)}" + (f"; {notes}" if notes else ""),
            )
        )

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
        layout = ("--locales-dir", str(locales), "--domain", "django")
        ours, ref = compare(
            lambda: fresh_compile(pos, *layout),
            lambda: [run("msgfmt", "-o", str(work / "ref.mo"), str(p)) for p in pos],
            repeat=10,
        )
        left_out = left_out_lines(compile_json(*layout))
        same = sum(
            same_as_msgfmt(p, p.with_suffix(".mo").read_bytes(), left_out[str(p)], work)
            for p in pos
        )
        dropped = sum(len(v) for v in left_out.values())
        row(
            "compile 7 Django catalogs (command)",
            ours,
            ref,
            "msgfmt x7",
            1.5,
            f"MO = msgfmt's {same}/7 ({dropped} entries with errors left out); "
            + dev_time("catalog", "compile", *layout, repeat=5),
        )
        pybabel = shutil.which("pybabel") or str(Path(sys.executable).with_name("pybabel"))
        _ours, babel = compare(
            lambda: None,
            lambda: run(pybabel, "compile", "-q", "-d", str(locales), "-D", "django", check=False),
            repeat=3,
        )
        rows.append(
            ("", "", f"{ms(babel.wall)} pybabel", f"{ours.wall / babel.wall:.2f}x", "", "", "")
        )
        single = locales / "fr" / "LC_MESSAGES" / "django.po"
        one, one_ref = compare(
            lambda: fresh_compile([single], str(single)),
            lambda: run("msgfmt", "-o", str(work / "ref.mo"), str(single)),
            repeat=10,
        )
        row(
            "compile Django fr (command)",
            one,
            one_ref,
            "msgfmt",
            None,
            "start-up dominates; " + dev_time("catalog", "compile", str(single), repeat=5),
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
                    chunks.append(format_entry(entry))
                    count += 1
        big_po = big / "big.po"
        big_po.write_text("\n".join(chunks), encoding="utf-8")
        ours, ref = compare(
            lambda: fresh_compile([big_po], str(big_po)),
            lambda: run("msgfmt", "-o", str(work / "big-ref.mo"), str(big_po)),
            repeat=7,
        )
        left_out = left_out_lines(compile_json(str(big_po)))[str(big_po)]
        identical = same_as_msgfmt(big_po, big_po.with_suffix(".mo").read_bytes(), left_out, work)

        def polib_compile() -> None:
            import polib

            polib.pofile(str(big_po)).save_as_mofile(str(work / "big-polib.mo"))

        def babel_compile() -> None:
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with big_po.open("rb") as handle, contextlib.redirect_stdout(io.StringIO()):
                catalog = read_po(handle)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)

        t_polib = best_of(polib_compile, repeat=1)
        t_babel = best_of(babel_compile, repeat=1)
        row(
            f"compile {count} entries (command)",
            ours,
            ref,
            "msgfmt",
            2,
            f"MO = msgfmt's: {identical} ({len(left_out)} entries with errors left out); "
            + dev_time("catalog", "compile", str(big_po), repeat=3),
        )
        rows.append(
            ("", "", f"{ms(t_polib)} polib", f"{ours.wall / t_polib:.2f}x", "", "", "in-process")
        )
        rows.append(
            ("", "", f"{ms(t_babel)} babel", f"{ours.wall / t_babel:.2f}x", "", "", "in-process")
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
            (work / "old.po").write_bytes(old_bytes)
            update = ("--locales-dir", str(base), "--domain", "tmpl", "--locale", "fr")

            def ours_update() -> None:
                po_path.write_bytes(old_bytes)
                run(*localize_cmd("catalog", "update", *update))

            ours, ref = compare(
                ours_update,
                lambda: run(
                    "msgmerge",
                    "-q",
                    "--previous",
                    "-o",
                    str(work / "mm.po"),
                    str(work / "old.po"),
                    str(pot_path),
                ),
                repeat=5,
            )

            def babel_update() -> None:
                from babel.messages.pofile import read_po

                with contextlib.redirect_stdout(io.StringIO()):
                    catalog = read_po(io.BytesIO(old_bytes))
                    template = read_po(pot_path.open("rb"))
                catalog.update(template)

            t_babel = best_of(babel_update, repeat=1)
            old = parse_po(old_bytes.decode("utf-8"))
            was_fuzzy = {e.key for e in old.messages if e.fuzzy}  # before merge() changes `old`
            template = parse_po(pot_path.read_text(encoding="utf-8"))
            t_core = best_of(lambda: merge(parse_po(old_bytes.decode("utf-8")), template), 3)
            merged, _stats = merge(old, template)
            theirs = {
                e.key: e for e in parse_po((work / "mm.po").read_text(encoding="utf-8")).messages
            }
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
            row(
                f"update {label} (command)",
                ours,
                ref,
                "msgmerge",
                1,
                dev_time(
                    "catalog",
                    "update",
                    *update,
                    repeat=5,
                    before=lambda: po_path.write_bytes(old_bytes),
                ),
            )
            rows.append(
                (
                    "  same fuzzy match as msgmerge",
                    f"{share:.0f}%",
                    f"{agree}/{len(fuzzy_keys)} entries",
                    "",
                    ">= 90%",
                    "yes" if share >= 90 else "NO",
                    "msgmerge's new fuzzy entries given the same translation",
                )
            )
            rows.append(
                (
                    "  merge core (in-process)",
                    ms(t_core),
                    f"{ms(t_babel)} babel",
                    f"{t_core / t_babel:.2f}x",
                    "",
                    "",
                    "Catalog.update (difflib)",
                )
            )

        # ---- start-up ---------------------------------------------------------------
        helped, _none = compare(lambda: run(*localize_cmd("--help")), lambda: None, repeat=10)
        rows.append(
            (
                "localize --help",
                ms(helped.wall),
                "",
                "",
                "< 150 ms",
                "yes" if helped.wall < 0.150 else "NO",
                f"CPU {ms(helped.cpu)}; lazy imports; " + dev_time("--help", repeat=5),
            )
        )
        bare, _none = compare(
            lambda: run(str(BENCH_VENV / "bin" / "python"), "-c", "pass"), lambda: None, repeat=10
        )
        rows.append(
            (
                "python -c pass (the floor)",
                ms(bare.wall),
                "",
                "",
                "",
                "",
                f"CPU {ms(bare.cpu)}; the interpreter's start-up alone, same venv: "
                "no command written in Python runs faster",
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(table(rows, align="lrrrrrl"))


if __name__ == "__main__":
    main()
