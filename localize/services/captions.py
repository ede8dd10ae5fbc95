"""The caption check: one caption, or a stream of a million, through the same engine.

`CaptionChecker` builds the glossary, the detector and the check list once and then
checks caption after caption; `check_caption()` is the one-call API over a per-process
default checker. `check_stream()` runs a batch in input order and constant memory, on
this process or on `jobs` worker processes (each builds its own checker once), with a
bounded window of chunks in flight so memory does not grow with the input.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..captions.model import Caption, Malformed
from ..checks import CheckContext, checks_for, run_checks
from ..checks.units import CaptionUnit
from ..errors import LocalizeError, UsageError
from ..findings import Finding, Severity
from ..i18n import _
from ..languages import LANGUAGES, get_language, get_market, markets_for

__all__ = [
    "CaptionChecker",
    "CaptionReport",
    "CaptionSummary",
    "check_caption",
    "check_stream",
    "resolve_markets",
    "resolve_targets",
]


@dataclass(frozen=True)
class CaptionReport:
    """The result for one caption: its language, and what to change or review."""

    text: str
    language: str | None
    """The language the caption was checked in (declared, else detected); None if unknown."""
    declared: str | None = None
    detected: str | None = None
    confidence: float | None = None
    """The detector's confidence that the caption is in `language` (None: nothing detected)."""
    findings: tuple[Finding, ...] = ()
    id: str | None = None
    cue: int | None = None
    time: str | None = None
    path: str | None = None
    line: int | None = None
    targets: tuple[str, ...] = ()
    markets: tuple[str, ...] = ()

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings if f.severity is not None), default=None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: `{"id", "text", "language": {"code", "confidence", ...}, "findings"}`."""
        language: dict[str, Any] = {
            "code": self.language or "und",
            "confidence": round(self.confidence, 3) if self.confidence is not None else None,
            "source": "declared"
            if self.declared
            else ("detected" if self.language else "undetermined"),
            "detected": self.detected or "und",
        }
        data: dict[str, Any] = {"id": self.id, "text": self.text, "language": language}
        for key in ("cue", "time", "line"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if self.targets:
            data["targets"] = list(self.targets)
        data["markets"] = list(self.markets)
        data["findings"] = [_finding_dict(f) for f in self.findings]
        return data


_FINDING_FIELDS = tuple(name for name in Finding._fields if name not in ("extra", "path"))


def _finding_dict(finding: Finding) -> dict[str, Any]:
    """`Finding.to_dict()` without the path (the caption carries it), built field by field
    (a million captions notice the dict copies `to_dict` makes)."""
    data: dict[str, Any] = {}
    for name in _FINDING_FIELDS:
        value = getattr(finding, name)
        if value is None or value == "":
            continue
        if name == "severity":
            value = str(value)
        elif name == "span":
            value = list(value)
        data[name] = value
    for key, value in finding.extra:
        if value is not None and value != "":
            data[key] = value
    return data


def resolve_targets(to: str | Sequence[str] | None, language: str | None = None) -> tuple[str, ...]:
    """`--to` values ('ja,ko', ['ja', 'ko'], 'all') as language codes, the source excluded."""
    if not to:
        return ()
    items = [to] if isinstance(to, str) else list(to)
    codes: list[str] = []
    for item in items:
        for part in item.split(","):
            part = part.strip()
            if not part:
                continue
            if part.lower() == "all":
                codes.extend(LANGUAGES)
            else:
                codes.append(get_language(part).code)
    return tuple(c for c in dict.fromkeys(codes) if c != language)


def resolve_markets(markets: str | Sequence[str] | None) -> tuple[str, ...]:
    """`--market` values ('US,gb', ['BR']) as market codes, validated."""
    if not markets:
        return ()
    items = [markets] if isinstance(markets, str) else list(markets)
    codes = [get_market(p).code for item in items for p in item.split(",") if p.strip()]
    return tuple(dict.fromkeys(codes))


@lru_cache(maxsize=1)
def _cached_detector() -> Any:
    from ..detect import Detector

    return Detector()


class CaptionChecker:
    """Checks captions one after another with one glossary, one detector, one check list.

    Build one per process and reuse it: loading the glossary and the detector is the
    expensive part, checking a caption is cheap.
    """

    def __init__(
        self,
        glossary: Any = None,
        detector: Any = None,
        *,
        glossary_paths: Sequence[str | Path] | None = None,
        disabled: Iterable[str] = (),
    ) -> None:
        self.glossary_paths = tuple(str(p) for p in glossary_paths) if glossary_paths else None
        self.disabled = tuple(disabled)
        self._glossary = glossary
        self._detector = detector
        self._checks = checks_for("caption", self.disabled)
        self._ctx = CheckContext(
            glossary_factory=self._load_glossary, detector_factory=self._load_detector
        )
        self._reach: dict[tuple[str | None, tuple[str, ...]], tuple[str, ...]] = {}

    def _load_glossary(self) -> Any:
        if self._glossary is None:
            # load_glossary caches per file set (and reloads a file that changed)
            from ..glossary import load_glossary

            self._glossary = load_glossary(self.glossary_paths)
        return self._glossary

    def _load_detector(self) -> Any:
        if self._detector is None:
            self._detector = _cached_detector()
        return self._detector

    @property
    def glossary(self) -> Any:
        return self._ctx.glossary

    def _markets(self, language: str | None, targets: tuple[str, ...]) -> tuple[str, ...]:
        """Markets a caption reaches by default (memoised: a run has few combinations)."""
        key = (language, targets)
        reach = self._reach.get(key)
        if reach is None:
            reach = self._reach[key] = markets_for(([language] if language else []) + list(targets))
        return reach

    def check(
        self,
        caption: Caption | str,
        *,
        lang: str | None = None,
        to: Sequence[str] = (),
        markets: Sequence[str] = (),
    ) -> CaptionReport:
        """Check one caption; `lang`, `to` and `markets` must already be valid codes.

        A batch record's own `lang` and `market` win over the run's defaults.
        """
        if isinstance(caption, str):
            caption = Caption(text=caption)
        text = caption.text
        declared = caption.lang or lang
        detection = self._ctx.detector.detect(text) if self._ctx.detector is not None else None
        detected = getattr(detection, "lang", None)
        if detected is not None and detected not in LANGUAGES:
            detected = None
        language = declared or detected
        # An unconfident detection names the report's language but does not pick the
        # wording list: the glossary then looks in every language (see checks.safety).
        confident = bool(getattr(detection, "is_confident", False))
        checked_in = declared or (detected if confident else None)
        targets = tuple(t for t in to if t != language)
        explicit = caption.markets or tuple(markets)
        if explicit:
            reach = explicit
        else:
            reach = self._markets(language, targets)
        unit = CaptionUnit(
            text=text,
            language=checked_in,
            declared=declared,
            detection=detection,
            targets=targets,
            markets=reach,
            id=caption.id,
            cue=caption.cue,
            time=caption.time,
            path=caption.path,
            line=caption.line,
            explicit_markets=bool(explicit),
            own_markets=self._markets(language, ()) if language else (),
        )
        findings = run_checks("caption", unit, self._ctx, checks=self._checks)
        if findings:
            findings = [
                f._replace(
                    cue=caption.cue,
                    time=caption.time,
                    path=caption.path,
                    line=caption.line_of(f.span[0]) if f.span else caption.line,
                )
                for f in findings
            ]
            findings.sort(key=lambda f: (f.span[0] if f.span else -1, -(f.severity or 0), f.code))
        return CaptionReport(
            text=text,
            language=language,
            declared=declared,
            detected=detected,
            confidence=_confidence_in(detection, language),
            findings=tuple(findings),
            id=caption.id,
            cue=caption.cue,
            time=caption.time,
            path=caption.path,
            line=caption.line,
            targets=targets,
            markets=reach,
        )


def _confidence_in(detection: Any, language: str | None) -> float | None:
    """How sure the detector is that the caption is in `language` (declared or detected)."""
    if detection is None or language is None:
        return None
    if getattr(detection, "lang", None) == language:
        return float(detection.confidence)
    for code, probability in getattr(detection, "alternatives", ()) or ():
        if code == language:
            return float(probability)
    return 0.0 if getattr(detection, "lang", None) else None


@lru_cache(maxsize=1)
def _default_checker() -> CaptionChecker:
    return CaptionChecker()


def check_caption(
    text: str,
    lang: str | None = None,
    to: str | Sequence[str] = (),
    markets: str | Sequence[str] = (),
    glossary: Any = None,
    detector: Any = None,
) -> CaptionReport:
    """Check one caption as `localize caption check` does.

    >>> report = check_caption("He committed suicide last year.", lang="en")  # doctest: +SKIP
    >>> [f.kind for f in report.findings]  # doctest: +SKIP
    ['forbidden-term', 'crisis-line']

    `lang` is the declared language (else detected), `to` the languages the caption will
    be localized into ('all' for every other one), `markets` where it is shown (default:
    the markets of the caption's language and of every `to` language). Unknown codes raise
    LanguageError.
    """
    declared = get_language(lang).code if lang else None
    targets = resolve_targets(to, declared)
    shown = resolve_markets(markets)
    if glossary is None and detector is None:
        checker = _default_checker()
    else:
        checker = CaptionChecker(glossary, detector)
    return checker.check(Caption(text=text), lang=declared, to=targets, markets=shown)


# ---- batches ---------------------------------------------------------------------------


@dataclass
class CaptionSummary:
    """Running totals of a check (a builder: the renderer reads it once the stream ends)."""

    captions: int = 0
    flagged: int = 0
    skipped: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)

    def add(self, result: CaptionReport | Malformed) -> None:
        if isinstance(result, Malformed):
            self.skipped += 1
            return
        self.captions += 1
        self.languages[result.language or "und"] += 1
        if result.findings:
            self.flagged += 1
        for finding in result.findings:
            self.severities[str(finding.severity)] += 1
            self.kinds[finding.kind] += 1

    @property
    def findings(self) -> int:
        return sum(self.severities.values())

    def exit_code(self, fail_on: Severity | str) -> int:
        """0 clean, 1 findings at or above `fail_on`, 2 when input lines had to be skipped."""
        threshold = Severity.parse(fail_on)
        failed = any(self.severities.get(str(s), 0) for s in Severity if s >= threshold)
        if self.skipped:
            return 2
        return 1 if failed else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "captions": self.captions,
            "flagged": self.flagged,
            "skipped": self.skipped,
            "findings": self.findings,
            "by_severity": {
                str(s): self.severities.get(str(s), 0) for s in sorted(Severity, reverse=True)
            },
            "by_kind": dict(sorted(self.kinds.items())),
            "languages": dict(self.languages.most_common()),
        }


@dataclass(frozen=True)
class StreamOptions:
    """What every caption of a run shares (picklable: sent once to each worker)."""

    lang: str | None = None
    to: tuple[str, ...] = ()
    markets: tuple[str, ...] = ()
    glossary_paths: tuple[str, ...] | None = None
    disabled: tuple[str, ...] = ()
    ui_language: str = "en"


def _check_one(
    checker: CaptionChecker, record: Caption | Malformed, options: StreamOptions
) -> CaptionReport | Malformed:
    if isinstance(record, Malformed):
        return record
    # `check` drops the caption's own language (a record's `lang` first) from the targets
    return checker.check(record, lang=options.lang, to=options.to, markets=options.markets)


# A worker process's checker, built once by the pool initializer: multiprocessing gives
# initializers no other place to leave state for the tasks that follow.
_worker_state: dict[str, Any] = {}


def _worker_init(options: StreamOptions) -> None:
    from ..i18n import use_ui_language

    use_ui_language(options.ui_language)
    _worker_state["checker"] = CaptionChecker(
        glossary_paths=options.glossary_paths, disabled=options.disabled
    )
    _worker_state["options"] = options


def _worker_chunk(records: list[Caption | Malformed]) -> list[CaptionReport | Malformed]:
    checker = _worker_state["checker"]
    options = _worker_state["options"]
    return [_check_one(checker, record, options) for record in records]


def _chunks(
    records: Iterable[Caption | Malformed], size: int, strict: bool
) -> Iterator[list[Caption | Malformed]]:
    chunk: list[Caption | Malformed] = []
    for record in records:
        if strict and isinstance(record, Malformed):
            if chunk:
                yield chunk
            raise record.error()
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def check_stream(
    records: Iterable[Caption | Malformed],
    options: StreamOptions,
    *,
    jobs: int = 1,
    strict: bool = False,
    checker: CaptionChecker | None = None,
    chunk_size: int = 200,
) -> Iterator[CaptionReport | Malformed]:
    """Check a stream of captions in input order; Malformed records pass through (or raise).

    With `jobs > 1`, chunks of `chunk_size` captions go to worker processes; at most
    `4 * jobs` chunks are in flight, so a million-line file needs no more memory than a
    thousand-line one.
    """
    if jobs < 1:
        raise UsageError(_("--jobs must be at least 1"))
    if jobs == 1:
        checker = checker or CaptionChecker(
            glossary_paths=options.glossary_paths, disabled=options.disabled
        )
        for record in records:
            if strict and isinstance(record, Malformed):
                raise record.error()
            yield _check_one(checker, record, options)
        return
    import multiprocessing

    from ..glossary import load_glossary

    # A bad glossary fails here, once, rather than in every worker's initializer.
    load_glossary(options.glossary_paths)
    pool = multiprocessing.get_context().Pool(jobs, initializer=_worker_init, initargs=(options,))
    try:
        pending: deque[Any] = deque()
        window = 4 * jobs
        chunks = _chunks(records, chunk_size, strict)
        failure: LocalizeError | None = None
        while True:
            try:
                chunk = next(chunks)
            except StopIteration:
                break
            except LocalizeError as exc:  # strict: finish what was read, then stop
                failure = exc
                break
            pending.append(pool.apply_async(_worker_chunk, (chunk,)))
            while len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        if failure is not None:
            raise failure
    finally:
        pool.terminate()
        pool.join()
