"""Catalog QA on real catalogs: `localize catalog check` against translate-toolkit's pofilter.

Usage: python benchmarks/catalog_check.py [--sample N] [--seed S] [--repeat R] [--no-pofilter]

Fetches Django's and Sphinx's wheels with `pip download --no-deps` into `.cache/wheels`
(git-ignored, shared with the other benchmarks), takes their PO files for the 7 languages (en, fr, ja, ko, id, es, pt_BR;
Sphinx has no plain `en`, its `en_GB` stands in), and in the same run:

1. runs `localize catalog check`'s service (every registered entry and catalog check:
   structure, format, safety, terminology, language) with the shipped glossary and the
   detector, timed in-process (parse included; glossary and detector built once before
   timing, as a long-running process or the second file of a run has them; best of R);
2. runs `pofilter`'s default checks (translate-toolkit's StandardChecker and
   StandardUnitChecker, as `pofilter -i in -o out` does) on the same files, in-process and
   timed the same way (parse included), without writing its output files;
3. times both whole commands once more as a user runs them: one cold process each over
   every file (`python -m localize catalog check --format json ...`, `pofilter -i -o`);
4. prints entries/second for both, flag counts per kind, and N sampled findings per kind
   (msgid / msgstr / message) so the precision can be judged by reading them.

pofilter needs `pip install translate-toolkit` (the `bench` extra).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from _common import ROOT as REPO
from _common import fetch_wheel

# This directory holds other benchmarks (one is named `translate.py`): keep it off the path,
# so `import translate` finds translate-toolkit.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
CACHE = REPO / ".cache" / "catalog_check"
WHEELS = {"django": "5.2.8", "sphinx": "8.2.3"}
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
SPHINX_STAND_IN = {"en": "en_GB"}


def fetch() -> dict[str, Path]:
    """The wheels, downloaded once into the benchmarks' shared wheel cache."""
    return {name: fetch_wheel(name, version) for name, version in WHEELS.items()}


def extract(wheels: dict[str, Path]) -> dict[str, list[Path]]:
    """PO files per locale: .cache/catalog_check/po/<locale>/<project>-<component>.po."""
    per_locale: dict[str, list[Path]] = defaultdict(list)
    for project, wheel in wheels.items():
        with zipfile.ZipFile(wheel) as archive:
            for name in archive.namelist():
                if not name.endswith(".po"):
                    continue
                parts = name.split("/")
                locale_dir = parts[parts.index("LC_MESSAGES") - 1]
                for locale in LOCALES:
                    wanted = SPHINX_STAND_IN.get(locale, locale) if project == "sphinx" else locale
                    if locale_dir != wanted:
                        continue
                    component = "-".join(p for p in parts[: parts.index("locale")] if p != project)
                    stem = f"{project}-{component or 'core'}-{Path(name).stem}"
                    target = CACHE / "po" / locale / f"{stem}.po"
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(archive.read(name))
                    per_locale[locale].append(target)
    return {loc: sorted(paths) for loc, paths in per_locale.items()}


def units_of(path: Path, locale: str) -> list:
    """The check units of a catalog's messages, built as `localize catalog check` builds them."""
    from localize.catalog.po import parse_po
    from localize.languages import get_language
    from localize.services.catalogs import entry_unit

    po = parse_po(path.read_text(encoding="utf-8"), str(path))
    language = get_language(locale).code
    return [entry_unit(entry, str(path), locale, language) for entry in po.messages]


def make_context():
    from localize.checks import CheckContext

    def glossary():
        try:
            from localize.glossary import load_glossary
        except ImportError:
            return None
        return load_glossary()

    def detector():
        from localize.detect import Detector

        return Detector()

    return CheckContext(glossary_factory=glossary, detector_factory=detector)


def run_localize(paths: list[Path], ctx):
    """`localize catalog check`'s service on all files of a locale (parse included).

    Returns (seconds, entries, findings).
    """
    from localize.services.catalogs import check_catalogs, load_config

    config = load_config(REPO)
    start = time.perf_counter()
    result = check_catalogs(
        config,
        paths=[str(p) for p in paths],
        glossary_factory=lambda: ctx.glossary,
        detector_factory=lambda: ctx.detector,
    )
    seconds = time.perf_counter() - start
    entries = sum(c.entries for c in result.catalogs)
    return seconds, entries, result.findings


def with_units(findings, paths: list[Path], locale: str) -> list:
    """Each finding with the entry it is about (None for a catalog-level finding)."""
    by_place = {(u.path, u.line): u for p in paths for u in units_of(p, locale)}
    return [(f, by_place.get((f.path, f.line))) for f in findings]


def run_pofilter(paths: list[Path], locale: str):
    """pofilter's default checks on the same files: (seconds, flags by test name, samples)."""
    from types import SimpleNamespace

    from translate.filters import checks as tt_checks
    from translate.filters import pofilter
    from translate.storage import factory

    options = SimpleNamespace(
        excludefilters={},
        limitfilters=None,
        includefuzzy=True,
        includereview=True,
        autocorrect=False,
    )
    config = tt_checks.CheckerConfig(targetlanguage=locale.split("_")[0])
    checker = pofilter.pocheckfilter(options, checkerconfig=config)  # default checker classes
    start = time.perf_counter()
    flags: Counter[str] = Counter()
    samples: dict[str, list] = defaultdict(list)
    for path in paths:
        store = factory.getobject(str(path))
        for unit in store.units:
            if unit.isheader() or not unit.istranslated() and not unit.isfuzzy():
                continue
            failures = checker.filterunit(unit)
            for name in failures:
                flags[name] += 1
                samples[name].append(
                    (unit.source, unit.target, str(failures[name].get("message", "")))
                )
    return time.perf_counter() - start, flags, samples


def end_to_end(per_locale: dict[str, list[Path]], repeat: int) -> tuple[float, float]:
    """Both tools as a user runs them, one cold process over every file: best (ours, pofilter) seconds."""
    runs = [_end_to_end_once(per_locale) for _i in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def _end_to_end_once(per_locale: dict[str, list[Path]]) -> tuple[float, float]:
    import shutil
    import tempfile

    files = [str(p) for paths in per_locale.values() for p in paths]
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "localize", "catalog", "check", "--format", "json", *files],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    ours = time.perf_counter() - start
    pofilter = shutil.which("pofilter") or str(Path(sys.executable).parent / "pofilter")
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run(
            [pofilter, "--progress=none", "-i", str(CACHE / "po"), "-o", out],
            capture_output=True,
            check=False,
        )
        theirs = time.perf_counter() - start
    return ours, theirs


def shorten(text: str, width: int = 110) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=8, help="findings sampled per kind")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=2, help="best of R timings")
    parser.add_argument("--no-pofilter", action="store_true")
    args = parser.parse_args()

    per_locale = extract(fetch())
    # One run's shared state, as in one `localize catalog check` process: the glossary and
    # the detector are built once, outside the per-locale timings (the end-to-end timing
    # below includes them).
    ctx = make_context()
    _ = ctx.glossary, ctx.detector
    try:
        import translate.filters.pofilter  # noqa: F401

        have_pofilter = not args.no_pofilter
    except ImportError:
        have_pofilter = False
        print("pofilter not installed (pip install translate-toolkit): its columns are empty\n")

    rows = []
    ours_by_kind: Counter[str] = Counter()
    ours_samples: dict[str, list] = defaultdict(list)
    theirs_by_kind: Counter[str] = Counter()
    theirs_samples: dict[str, list] = defaultdict(list)
    total = {"entries": 0, "ours": 0.0, "theirs": 0.0, "findings": 0, "flags": 0}
    for locale in LOCALES:
        paths = per_locale.get(locale, [])
        best = None
        for _i in range(args.repeat):
            seconds, entries, findings = run_localize(paths, ctx)
            best = seconds if best is None else min(best, seconds)
        assert best is not None
        findings = with_units(findings, paths, locale)
        for found, unit in findings:
            ours_by_kind[found.kind] += 1
            ours_samples[found.kind].append((locale, found, unit))
        tt_seconds, tt_flags = None, Counter()
        if have_pofilter:
            for _i in range(args.repeat):
                seconds, tt_flags, tt_samples = run_pofilter(paths, locale)
                tt_seconds = seconds if tt_seconds is None else min(tt_seconds, seconds)
            theirs_by_kind.update(tt_flags)
            for name, items in tt_samples.items():
                theirs_samples[name].extend((locale, *item) for item in items)
        rows.append(
            (locale, len(paths), entries, best, len(findings), tt_seconds, sum(tt_flags.values()))
        )
        total["entries"] += entries
        total["ours"] += best
        total["theirs"] += tt_seconds or 0.0
        total["findings"] += len(findings)
        total["flags"] += sum(tt_flags.values())

    print(
        "Catalog QA on Django 5.2.8 + Sphinx 8.2.3 catalogs (all registered entry checks vs pofilter defaults)\n"
    )
    header = f"{'locale':<7} {'files':>5} {'entries':>7} | {'localize s':>10} {'entries/s':>10} {'findings':>8} | {'pofilter s':>10} {'entries/s':>10} {'flags':>6}"
    print(header)
    print("-" * len(header))
    for locale, files, entries, ours, found, theirs, flags in rows:
        theirs_col = (
            f"{theirs:>10.3f} {entries / theirs:>10,.0f}" if theirs else f"{'-':>10} {'-':>10}"
        )
        print(
            f"{locale:<7} {files:>5} {entries:>7} | {ours:>10.3f} {entries / ours:>10,.0f} {found:>8} | {theirs_col} {flags:>6}"
        )
    print("-" * len(header))
    theirs_total = (
        f"{total['theirs']:>10.3f} {total['entries'] / total['theirs']:>10,.0f}"
        if total["theirs"]
        else f"{'-':>10} {'-':>10}"
    )
    print(
        f"{'all':<7} {sum(r[1] for r in rows):>5} {total['entries']:>7} | {total['ours']:>10.3f} "
        f"{total['entries'] / total['ours']:>10,.0f} {total['findings']:>8} | {theirs_total} {total['flags']:>6}"
    )
    if total["theirs"]:
        print(f"\nspeed: localize is {total['theirs'] / total['ours']:.1f}x pofilter's throughput")

    if have_pofilter:
        ours_e2e, theirs_e2e = end_to_end(per_locale, args.repeat)
        print(
            f"\nwhole commands, cold processes (best of {args.repeat}), all {total['entries']:,} entries: "
            f"`localize catalog check` {ours_e2e:.2f} s, `pofilter` {theirs_e2e:.2f} s "
            f"({theirs_e2e / ours_e2e:.1f}x)"
        )

    print(
        "\nlocalize findings by kind:",
        ", ".join(f"{k} {v}" for k, v in ours_by_kind.most_common()) or "none",
    )
    if theirs_by_kind:
        print(
            "pofilter flags by test:  ",
            ", ".join(f"{k} {v}" for k, v in theirs_by_kind.most_common()),
        )

    rng = random.Random(args.seed)
    print(f"\nSample of localize findings (up to {args.sample} per kind, seed {args.seed}):")
    for kind in sorted(ours_samples):
        items = ours_samples[kind]
        picked = rng.sample(items, min(args.sample, len(items)))
        print(f"\n[{kind}] {len(items)} findings")
        for locale, found, unit in picked:
            print(
                f"  {locale} {Path(found.path or '').name}:{found.line} {found.severity} {found.message}"
            )
            if unit is None:
                continue
            target = unit.msgstr if not unit.msgid_plural else " | ".join(unit.msgstr_plural)
            print(f"      msgid : {shorten(unit.msgid)}")
            print(f"      msgstr: {shorten(target)}")
    if theirs_samples and args.sample:
        print(f"\nSample of pofilter flags (up to {min(args.sample, 3)} per test):")
        for name in sorted(theirs_samples):
            items = theirs_samples[name]
            for locale, source, target, _message in rng.sample(
                items, min(min(args.sample, 3), len(items))
            ):
                print(
                    f"  [{name}] {locale} {shorten(str(source), 60)} -> {shorten(str(target), 60)}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
