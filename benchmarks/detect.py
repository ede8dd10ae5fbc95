"""Caption language detection: accuracy, confident-wrong rate and speed against other detectors.

    python benchmarks/detect.py [--limit N] [--only NAME,...] [--sets clean,caption]

Data: Django's translated UI catalogs (real UI strings, fetched with pip into .cache/), and
lingua's public test data (`../shared/data/lingua-testdata/`: sentences, word pairs,
single words for en fr ja ko id es pt), used only to measure, never to build tables, and
caption-style variants of it (English hashtags, emoji, @mentions, URLs appended).

Detectors, in the same run:
  localize      localize.detect.Detector (default options)
  ld-raw        langdetect 1.0.9, all 55 languages, seeded, on the raw text
  ld-7          langdetect restricted to the 7 profiles, seeded, on cleaned text, script rules
  lingua-7      lingua-language-detector high-accuracy mode restricted to the 7, cleaned
                text, script rules (benchmark-only dependency: pip install lingua-language-detector)

Accuracy counts a declined answer (None) as wrong. "conf-wrong" is the share of texts
answered wrongly with confidence >= 0.9 (for langdetect its probability, for lingua its
confidence value). Speed is texts per CPU second (process time: the detectors run in one
thread, and other processes on the machine do not count) over the whole set, after
loading, cold: every data set gets a detector built for it, so localize pays the first
sight of every word of the set (its per-detector memos of word scores and word-shape
terms start empty, its n-gram vectors hold only the n-grams langdetect's profiles list;
texts are run in the file order). What it does not compute on first sight is what it
ships precomputed, as any installed copy has it: the scores of the 5,000 most frequent
words of each supported Latin language (detect_data/word_scores.py, from wordfreq's lists). What a process loads once (profiles and their n-gram
vectors, word lists, frequency tables, word-shape counts) is loaded before timing, by a
throwaway detector, and is measured as load time instead, in a fresh process ("load s":
import, build, and the first two detections, a sentence and a two-word reply).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import BASE_ENV, PYCACHE_ENV, ROOT, open_wheel

DATA = ROOT.parent / "shared" / "data" / "lingua-testdata"
LANGS = ("en", "fr", "ja", "ko", "id", "es", "pt")
KINDS = ("sentences", "word-pairs", "single-words")

# Caption-style decorations, applied in rotation so every language gets the same mix.
_DECORATIONS = (
    "{t} #mentalhealth #fyp",
    "{t} 🌬️✨",
    "@fides.health {t} 💙",
    "{t} https://fides.org/help #selfcare",
    "{t} 🙏🏽 #MentalHealthAwareness @who",
    "✨ {t} ✨ #foryou #viral",
)


def load(kind: str, limit: int | None) -> list[tuple[str, str]]:
    rows = []
    for lang in LANGS:
        lines = (DATA / kind / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
        lines = [line.strip() for line in lines if line.strip()]
        if limit:
            lines = lines[:limit]
        rows.extend((lang, line) for line in lines)
    return rows


DJANGO = ("django", "5.2.8")
_DJANGO_LOCALES = {
    "en": None,
    "fr": "fr",
    "ja": "ja",
    "ko": "ko",
    "id": "id",
    "es": "es",
    "pt": "pt_BR",
}


def load_django_ui(limit: int | None) -> list[tuple[str, str]]:
    """Real UI strings: Django's translated catalogs (msgstr per locale, msgid for English).

    The wheel is fetched once with pip into .cache/wheels (git-ignored) and read as a zip.
    Placeholders and markup stay in: catalog checks see msgstrs exactly like this.
    """
    import polib

    rows: list[tuple[str, str]] = []
    parsed: dict[str, polib.POFile] = {}  # English reads the French catalogs' msgids: parse once
    with open_wheel(*DJANGO) as wheel:
        names = sorted(n for n in wheel.namelist() if n.endswith("/LC_MESSAGES/django.po"))
        for lang in LANGS:
            locale = _DJANGO_LOCALES[lang] or "fr"
            texts: dict[str, None] = {}
            for name in names:
                if f"/locale/{locale}/LC_MESSAGES/" not in name:
                    continue
                if name not in parsed:
                    parsed[name] = polib.pofile(wheel.read(name).decode("utf-8"))
                for entry in parsed[name]:
                    if entry.obsolete or "fuzzy" in entry.flags:
                        continue
                    text = entry.msgid if lang == "en" else entry.msgstr
                    if text and any(ch.isalpha() for ch in text):
                        texts[" ".join(text.split())] = None
            chosen = list(texts)[:limit] if limit else list(texts)
            rows.extend((lang, text) for text in chosen)
    return rows


def captionize(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [
        (lang, _DECORATIONS[i % len(_DECORATIONS)].format(t=text))
        for i, (lang, text) in enumerate(rows)
    ]


# --- detectors: each returns (lang or None, confidence) ---------------------------------


def make_localize() -> Callable[[str], tuple[str | None, float]]:
    from localize.detect import Detector

    detector = Detector()

    def run(text: str) -> tuple[str | None, float]:
        d = detector.detect(text)
        return d.lang, d.confidence

    return run


def _script_rule(text: str) -> tuple[str | None, str]:
    """The 'script rules' given to the baselines: cleaned text, Hangul -> ko, kana/Han -> ja."""
    from localize.text import clean_caption

    cleaned = clean_caption(text, hashtags="drop").text
    hangul = sum(1 for ch in cleaned if "\uac00" <= ch <= "\ud7af" or "\u3130" <= ch <= "\u318f")
    kana = sum(1 for ch in cleaned if "\u3040" <= ch <= "\u30ff")
    han = sum(1 for ch in cleaned if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in cleaned if ch.isalpha()) - hangul - kana - han
    if hangul and hangul >= latin / 3:
        return "ko", cleaned
    if (kana or han) and (kana + han) >= latin / 3:
        return "ja", cleaned
    return None, cleaned


def make_langdetect_raw() -> Callable[[str], tuple[str | None, float]]:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> tuple[str | None, float]:
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return None, 0.0
        lang = best.lang.split("-")[0]
        return lang, best.prob

    detect_langs("warm up")
    return run


def make_langdetect_7() -> Callable[[str], tuple[str | None, float]]:
    from langdetect.detector_factory import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    from localize.detect_data.model import profiles_dir

    factory = DetectorFactory()
    profiles = [(profiles_dir() / lang).read_text(encoding="utf-8") for lang in LANGS]
    factory.load_json_profile(profiles)
    factory.set_seed(0)

    def run(text: str) -> tuple[str | None, float]:
        ruled, cleaned = _script_rule(text)
        if ruled:
            return ruled, 1.0
        try:
            detector = factory.create()
            detector.append(cleaned)
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return None, 0.0
        return best.lang, best.prob

    return run


def make_lingua_7() -> Callable[[str], tuple[str | None, float]]:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, lang.upper()) for lang in LANGS]
    detector = (
        LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        .with_preloaded_language_models()  # otherwise loading counts as detection time
        .build()
    )

    def run(text: str) -> tuple[str | None, float]:
        ruled, cleaned = _script_rule(text)
        if ruled:
            return ruled, 1.0
        values = detector.compute_language_confidence_values(cleaned)
        if not values or values[0].value == 0:
            return None, 0.0
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), best.value

    return run


DETECTORS = {
    "localize": make_localize,
    "ld-raw": make_langdetect_raw,
    "ld-7": make_langdetect_7,
    "lingua-7": make_lingua_7,
}


def evaluate(run, rows):
    per_lang: dict[str, list[int]] = {lang: [0, 0] for lang in LANGS}
    confident_wrong = 0
    start = time.process_time()
    for lang, text in rows:
        got, confidence = run(text)
        ok = got == lang
        per_lang[lang][0] += ok
        per_lang[lang][1] += 1
        if not ok and got is not None and confidence >= 0.9:
            confident_wrong += 1
    elapsed = time.process_time() - start
    acc = {lang: (right / total if total else 0.0) for lang, (right, total) in per_lang.items()}
    macro = sum(acc.values()) / len(acc)
    return acc, macro, confident_wrong / len(rows), len(rows) / elapsed


def measure_load(name: str, repeats: int = 3) -> tuple[float, float, float, float]:
    """(wall s, CPU s, wall s without bytecode, MB of resident memory) to import and build
    a detector, in a fresh process.

    The first detections (a sentence and a two-word reply) are included: langdetect and
    lingua load their models lazily, and localize builds its word-shape model on first use.
    With bytecode: the best of `repeats` runs with Python's bytecode cache in .cache/pycache
    (PYTHONPYCACHEPREFIX, PYTHONDONTWRITEBYTECODE dropped), as an installed package runs,
    after a run that fills it. Without: PYTHONDONTWRITEBYTECODE=1 and no prefix (this
    sandbox's default), where a module without bytecode beside its source is compiled
    on every start.
    """
    import json
    import subprocess

    def once(env: dict[str, str]) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, __file__, "--load-only", name],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    once(PYCACHE_ENV)
    runs = [once(PYCACHE_ENV) for _ in range(repeats)]
    best = min(runs, key=lambda data: data["wall"])
    cold = once({**BASE_ENV, "PYTHONDONTWRITEBYTECODE": "1"})
    return best["wall"], best["cpu"], cold["wall"], best["mb"]


def _load_run(run: Callable[[str], tuple[str | None, float]]) -> None:
    """The first detections, which load what detectors load lazily."""
    run("Respira fundo, você não está sozinho")
    run("makasih dok")  # a short text too: localize builds its word-shape model on the first


def _load_only(name: str) -> None:
    import json
    import resource

    def rss_mb() -> float:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    before = rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    _load_run(DETECTORS[name]())
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"wall": wall, "cpu": cpu, "mb": rss_mb() - before}))


def speed_check(limit: int | None, repeats: int = 3) -> None:
    """Throughput of localize (a fresh detector each time: cold caches) against raw langdetect
    on the same 700 clean and caption-style sentences, best of `repeats`, interleaved so that
    both see the same machine load (the per-set speeds above run minutes apart)."""
    per_lang = 100 if not limit else min(limit, 100)
    all_rows = load("sentences", per_lang)
    print()
    print(f"speed check, best of {repeats} ({len(all_rows)} sentences per set):")
    for label, rows in (("sentences", all_rows), ("sentences+caption", captionize(all_rows))):
        best = {"localize": float("inf"), "ld-raw": float("inf")}
        for _ in range(repeats):
            for name in ("ld-raw", "localize"):
                run = DETECTORS[name]()
                start = time.process_time()
                for _lang, text in rows:
                    run(text)
                best[name] = min(best[name], time.process_time() - start)
        ratio = best["ld-raw"] / best["localize"]
        print(
            f"  {label:<22} localize {len(rows) / best['localize']:8.0f}/s  "
            f"ld-raw {len(rows) / best['ld-raw']:6.0f}/s  {ratio:6.1f}x (CPU time)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="texts per language and set")
    parser.add_argument("--only", default=",".join(DETECTORS), help="detectors to run")
    parser.add_argument(
        "--sets", default="clean,caption,ui", help="clean, caption (decorated) and/or ui (Django)"
    )
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--load-only", help=argparse.SUPPRESS)
    parser.add_argument(
        "--no-speed-check", dest="speed_check", action="store_false", help="skip the speed check"
    )
    args = parser.parse_args(argv)
    if args.load_only:
        _load_only(args.load_only)
        return 0
    names = [n for n in args.only.split(",") if n]
    variants = args.sets.split(",")

    datasets = []
    if "ui" in variants:
        datasets.append(("django-ui", load_django_ui(args.limit)))
    for kind in args.kinds.split(","):
        rows = load(kind, args.limit)
        if "clean" in variants:
            datasets.append((kind, rows))
        if "caption" in variants:
            datasets.append((f"{kind}+caption", captionize(rows)))

    header = f"{'detector':<10} {'data set':<22} " + " ".join(f"{lang:>6}" for lang in LANGS)
    header += f" {'macro':>7} {'conf-wrong':>10} {'texts/s':>9}"
    loads = []
    results = []
    print(header)
    print("-" * len(header), flush=True)
    for name in names:
        loads.append((name, *measure_load(name)))
        _load_run(DETECTORS[name]())  # process-wide tables, not timed (see the docstring)
        for label, rows in datasets:
            run = DETECTORS[name]()  # cold: a new detector for every set
            result = (name, label, *evaluate(run, rows))
            results.append(result)
            _name, _label, acc, macro, cw, speed = result
            cells = " ".join(f"{100 * acc[lang]:6.1f}" for lang in LANGS)
            line = f"{name:<10} {label:<22} {cells} {100 * macro:6.1f}% {100 * cw:9.2f}%"
            print(f"{line} {speed:9.0f}", flush=True)
    print()
    print(
        f"{'detector':<10} {'load s (wall)':>14} {'load s (CPU)':>13} "
        f"{'no cache (wall)':>15} {'memory MB (RSS)':>16}"
    )
    for name, wall, cpu, cold, mb in loads:
        print(f"{name:<10} {wall:14.3f} {cpu:13.3f} {cold:15.3f} {mb:16.1f}")
    if "localize" in names and "ld-raw" in names and args.speed_check:
        speed_check(args.limit)
    speeds = {(n, lab): s for n, lab, _a, _m, _c, s in results}
    if "localize" in names and "ld-raw" in names:
        print()
        print("throughput localize / ld-raw:")
        for label, _rows in datasets:
            print(f"  {label:<22} {speeds[('localize', label)] / speeds[('ld-raw', label)]:6.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
