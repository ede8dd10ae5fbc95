"""Catalog use cases: extract, init, update, compile, stats, check.

Each reads through `localize.io`, works on values from `localize.catalog`, writes
atomically, and returns a frozen result; nothing here prints. Every input is read and
validated before the first write, so a bad catalog (or a read-only target) leaves every
file as it was.
"""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter

from ..catalog.config import (
    ProjectConfig,
    join_path,
    normalize_locales,
    parse_config,
    parse_keywords,
)
from ..catalog.po import Entry, PoFile, parse_po
from ..errors import CatalogError, InputFileError, LanguageError, UsageError
from ..findings import Finding, Severity
from ..i18n import _
from ..io import (
    atomic_write_bytes,
    atomic_write_text,
    decode_text,
    ensure_dir,
    read_bytes,
    read_text,
)
from ..records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from os import PathLike
    from pathlib import Path
    from typing import Any

    StrPath = str | PathLike[str]

    from .catalog_results import CheckResult, ExtractResult, InitResult, StatsItem

# ---- configuration and reading ---------------------------------------------------------


def _cyclic_gc_paused(func: Callable[..., Any]) -> Callable[..., Any]:
    """Run a use case with the cyclic GC paused: on a large catalog it builds tens of
    thousands of objects without cycles (entries, tuples, MO strings), and a collection
    every few hundred allocations would re-walk all of them (a third of compile's time on
    50,000 entries). Reference counting still frees everything."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.enable()

    return run


def load_config(
    project_dir: StrPath | None = None,
    *,
    locales_dir: StrPath | None = None,
    domain: str | None = None,
    locales: Sequence[str] | None = None,
    keywords: Sequence[str] | None = None,
    extract_paths: Sequence[StrPath] | None = None,
) -> ProjectConfig:
    """The project's `[localize]` settings (setup.cfg in `project_dir`), options applied."""
    base = os.fspath(project_dir) if project_dir is not None else "."
    setup_cfg = join_path(base, "setup.cfg")
    text = read_text(setup_cfg, error=UsageError) if os.path.isfile(setup_cfg) else None
    config = parse_config(text, base, setup_cfg)
    return config.with_options(
        locales_dir=locales_dir,
        domain=domain,
        locales=list(locales) if locales else None,
        keywords=list(keywords) if keywords else None,
        extract_paths=list(extract_paths) if extract_paths else None,
    )


_SPACE = b" \t\n\r\f\v"  # what \s matches in a bytes pattern
_CHARSET_CHARS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:-")


def _declared_charset(head: bytes) -> bytes | None:
    r"""What `re.search(rb"charset\s*=\s*([A-Za-z0-9_.:\-]+)", head, re.IGNORECASE)` captures,
    found with byte searches: compiling that pattern costs more than reading a catalog's
    header."""
    lowered = head.lower()  # ASCII only, as IGNORECASE on bytes
    size = len(head)
    at = lowered.find(b"charset")
    while at >= 0:
        i = at + 7
        while i < size and head[i] in _SPACE:
            i += 1
        if head[i : i + 1] == b"=":
            i += 1
            while i < size and head[i] in _SPACE:
                i += 1
            end = i
            while end < size and head[end] in _CHARSET_CHARS:
                end += 1
            if end > i:
                return head[i:end]
        at = lowered.find(b"charset", at + 1)
    return None


def read_catalog(path: StrPath, *, read_only: bool = False) -> PoFile:
    """Parse a PO/POT file; bad bytes or syntax raise CatalogError naming file and line.
    `read_only`: the catalog will not be written (see `parse_po`)."""
    return _parse_catalog(read_bytes(path, error=CatalogError), path, read_only=read_only)


def _parse_catalog(data: bytes, path: StrPath, *, read_only: bool = False) -> PoFile:
    """`read_catalog` on bytes already read: decoded with the charset the header declares."""
    text = decode_text(data, path, encoding=_catalog_encoding(data, path), error=CatalogError)
    return parse_po(text, os.fspath(path), read_only=read_only)


def _catalog_encoding(data: bytes, path: StrPath) -> str:
    """The codec of the charset a catalog's header declares ('utf-8' when none)."""
    encoding = "utf-8"
    found = _declared_charset(data[:8192])
    if found:
        declared = found.decode("ascii").lower()
        if declared not in ("charset", "utf-8", "utf8"):
            import codecs

            try:
                encoding = codecs.lookup(declared).name
            except LookupError:
                raise CatalogError(
                    _("unknown charset {charset} in the header").format(charset=repr(declared)),
                    path=path,
                ) from None
    return encoding


def _encoded(text: str, encoding: str, path: str) -> bytes:
    """A merged catalog's text in the charset its header declares, or CatalogError naming
    the first character (from the template: the catalog itself was read in it) that the
    charset cannot hold."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise CatalogError(
            _(
                "the template brings {char}, which this catalog's charset {charset} cannot "
                "hold; convert the catalog to UTF-8 first"
            ).format(char=repr(text[exc.start]), charset=encoding),
            path=path,
        ) from None


def _locale_of(path: str, po: PoFile) -> str:
    """The catalog's locale: from `<locale>/LC_MESSAGES/`, else its Language header."""
    from ..languages import normalize_locale

    parent = os.path.dirname(path)
    if os.path.basename(parent) == "LC_MESSAGES":
        candidate = os.path.basename(os.path.dirname(parent))
        try:
            return normalize_locale(candidate)
        except LanguageError:
            pass
    declared = po.metadata().get("Language", "").strip()
    if not declared:
        raise LanguageError(
            _(
                "cannot tell the catalog's language: no Language header and not under "
                "<locale>/LC_MESSAGES"
            ),
            path=path,
        )
    try:
        return normalize_locale(declared)
    except LanguageError as exc:
        raise LanguageError(
            exc.message, path=path, line=po.header.line if po.header else None
        ) from None


class CatalogRef(Record):
    """One catalog of the layout: its locale and where its PO and MO files are."""

    locale: str
    po_path: str
    mo_path: str


def catalog_refs(
    config: ProjectConfig, locales: Sequence[str] | None, paths: Sequence[StrPath] = ()
) -> tuple[list[CatalogRef], list[CatalogRef]]:
    """(catalogs to work on, configured catalogs that do not exist and were not asked for)."""
    if paths:
        refs = []
        for raw in paths:
            path = os.fspath(raw)
            if os.path.isdir(path):
                raise InputFileError(_("is a directory, not a PO file"), path=path)
            refs.append(CatalogRef("", path, os.path.splitext(path)[0] + ".mo"))
        return refs, []
    if not os.path.isdir(config.locales_dir):
        raise InputFileError(_("locales directory does not exist"), path=config.locales_dir)
    explicit = bool(locales)
    chosen = normalize_locales(list(locales)) if locales else config.locales
    present, missing = [], []
    for locale in chosen:
        ref = CatalogRef(locale, config.po_path(locale), config.mo_path(locale))
        if os.path.isfile(ref.po_path) or explicit:
            present.append(ref)
        else:
            missing.append(ref)
    if not present:
        # a build must not pass having compiled nothing because of a misspelt --domain
        raise InputFileError(
            _(
                "no catalogs found (expected {path}); create them with `localize catalog init`"
            ).format(path=config.po_path("<locale>")),
            path=config.locales_dir,
        )
    return present, missing


# ---- extract --------------------------------------------------------------------------

_SKIP_DIRS = {
    "__pycache__",
    ".git",
    ".venv",
    "venv",
    "build",
    "dist",
    "node_modules",
    ".tox",
    ".cache",
}


def _python_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            for candidate in sorted(path.rglob("*.py")):
                parts = candidate.relative_to(path).parts
                if any(p in _SKIP_DIRS or p.startswith(".") for p in parts[:-1]):
                    continue
                files.append(candidate)
        else:
            raise InputFileError(_("file not found"), path=path)
    return files


def _reference(path: Path, base: Path) -> str:
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def extract(
    config: ProjectConfig,
    *,
    paths: Sequence[StrPath] = (),
    output: StrPath | None = None,
    base_dir: StrPath | None = None,
    project: str | None = None,
    version: str | None = None,
) -> ExtractResult:
    """Write the template (POT) from the Python sources; an unchanged template is not touched."""
    from pathlib import Path

    from ..catalog.extract import build_template, extract_source, same_template
    from ..clock import now
    from .catalog_results import ExtractResult

    stamp = now()
    keywords = parse_keywords(config.keywords)
    base = Path(base_dir or ".")
    files = _python_files([Path(p) for p in (paths or config.extract_paths)])
    found = []
    for file in files:
        found.append(
            (_reference(file, base), extract_source(read_bytes(file), str(file), keywords))
        )
    pot = build_template(found, project=project or config.domain, version=version or "", now=stamp)
    target = Path(output or config.pot_path)
    text = pot.to_text()
    written = False
    if target.is_file():
        old = read_text(target, error=CatalogError, allow_empty=True)
        if same_template(old, text):
            return ExtractResult(str(target), len(files), len(pot.messages), False)
    ensure_dir(target.parent)
    written = atomic_write_text(target, text)
    return ExtractResult(str(target), len(files), len(pot.messages), written)


# ---- init -----------------------------------------------------------------------------


def init(config: ProjectConfig, locales: Sequence[str] | None = None) -> InitResult:
    """One new catalog per locale from the template; refuses if any already exists."""
    from ..catalog.create import new_catalog
    from ..clock import now
    from .catalog_results import InitResult

    stamp = now()
    pot = read_catalog(config.pot_path)
    chosen = normalize_locales(list(locales)) if locales else config.locales
    for locale in chosen:
        path = config.po_path(locale)
        if os.path.exists(path):
            raise CatalogError(
                _(
                    "catalog already exists; use `localize catalog update` to merge the "
                    "template into it"
                ),
                path=path,
            )
    planned = [
        (locale, config.po_path(locale), new_catalog(pot, locale, now=stamp)) for locale in chosen
    ]
    created = []
    for locale, path, po in planned:
        ensure_dir(os.path.dirname(path))
        atomic_write_text(path, po.to_text())
        created.append((locale, path, len(po.messages)))
    return InitResult(config.pot_path, tuple(created))


# ---- update ---------------------------------------------------------------------------


class UpdateItem(Record):
    """What `update` did to one catalog (counts of kept, fuzzy, new, obsolete entries)."""

    locale: str
    path: str
    kept: int
    fuzzy: int
    new: int
    obsolete: int
    dropped: int
    changed: bool
    written: bool

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


class UpdateResult(Record):
    """What `update` did to each catalog; `needs_update` drives `--check`."""

    pot_path: str
    items: tuple[UpdateItem, ...]
    check_only: bool

    @property
    def needs_update(self) -> bool:
        return any(item.changed for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pot_path": self.pot_path,
            "check_only": self.check_only,
            "needs_update": self.needs_update,
            "catalogs": [i.to_dict() for i in self.items],
        }


def _nplurals(po: PoFile, locale: str) -> int:
    from ..catalog.plurals import plural_count

    return plural_count(po.metadata().get("Plural-Forms"), locale)


@_cyclic_gc_paused
def update(
    config: ProjectConfig,
    locales: Sequence[str] | None = None,
    *,
    keep_obsolete: bool = True,
    fuzzy_matching: bool = True,
    check_only: bool = False,
) -> UpdateResult:
    """Merge the template into each catalog (see `localize.catalog.merge`)."""
    from ..catalog.merge import merge

    pot = read_catalog(config.pot_path, read_only=True)
    refs, _missing = catalog_refs(config, locales)
    planned: list[tuple[CatalogRef, bytes | None, Any]] = []
    for ref in refs:
        data = read_bytes(ref.po_path, error=CatalogError)
        # the catalog stays in the charset its header declares, as msgmerge keeps it
        encoding = _catalog_encoding(data, ref.po_path)
        original = decode_text(data, ref.po_path, encoding=encoding, error=CatalogError)
        po = parse_po(original, ref.po_path)
        merged, stats = merge(
            po,
            pot,
            nplurals=functools.partial(_nplurals, po, ref.locale),
            keep_obsolete=keep_obsolete,
            fuzzy_matching=fuzzy_matching,
        )
        text = merged.to_text()
        # encoded before anything is written: a message the charset cannot hold stops
        # the whole update with every catalog as it was
        planned.append(
            (ref, _encoded(text, encoding, ref.po_path) if text != original else None, stats)
        )
    items = []
    for ref, new_data, stats in planned:
        changed = new_data is not None
        written = False
        if new_data is not None and not check_only:
            written = atomic_write_bytes(ref.po_path, new_data)
        items.append(
            UpdateItem(
                ref.locale,
                ref.po_path,
                stats.kept,
                stats.fuzzy,
                stats.new,
                stats.obsolete,
                stats.dropped,
                changed,
                written,
            )
        )
    return UpdateResult(config.pot_path, tuple(items), check_only)


# ---- units for checks -----------------------------------------------------------------


def entry_unit(entry: Entry, path: str | None, locale: str, language: str) -> Any:
    from ..checks.units import EntryUnit

    return EntryUnit(
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        msgid_plural=entry.msgid_plural or "",
        msgstr_plural=tuple(entry.msgstr_plural),
        msgctxt=entry.msgctxt,
        flags=frozenset(entry.flags),
        translator_comment="\n".join(entry.comments),
        extracted_comment="\n".join(entry.extracted),
        previous_msgid=entry.previous_msgid,
        obsolete=entry.obsolete,
        path=path,
        line=entry.line,
        locale=locale,
        language=language,
    )


def catalog_unit(
    po: PoFile, path: str | None, locale: str, entries: Sequence[Entry] | None = None
) -> Any:
    """The check unit of a catalog: its header and `entries` (default: all but the header)."""
    from ..checks.units import CatalogUnit
    from ..languages import get_language

    language = get_language(locale).code
    header = po.header
    if entries is None:
        entries = _checked_entries(po)
    return CatalogUnit(
        path=path,
        locale=locale,
        language=language,
        header=po.metadata(),
        entries=tuple(entry_unit(e, path, locale, language) for e in entries),
        header_line=header.line or 1 if header is not None else 1,
    )


def _checked_entries(po: PoFile) -> list[Entry]:
    """The entries checks look at: every entry except the (live) header."""
    # `not e.is_header or e.obsolete`, spelled out (50,000 property calls otherwise)
    return [e for e in po.entries if e.msgid or e.msgctxt is not None or e.obsolete]


# ---- compile --------------------------------------------------------------------------


class CompileItem(Record):
    """What `compile` did with one catalog: counts, the MO written or why not."""

    locale: str
    po_path: str
    mo_path: str
    translated: int
    fuzzy: int
    untranslated: int
    excluded: int
    written: bool
    blocked: bool
    """True when errors stopped this catalog's MO from being written."""
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = self._asdict()
        data["findings"] = [f.to_dict() for f in self.findings]
        return data


class CompileResult(Record):
    """What `compile` did with each catalog; `failed` drives the exit code."""

    items: tuple[CompileItem, ...]
    strict: bool

    @property
    def failed(self) -> bool:
        return any(item.blocked for item in self.items)

    def to_dict(self) -> dict[str, Any]:
        return {
            "strict": self.strict,
            "failed": self.failed,
            "catalogs": [i.to_dict() for i in self.items],
        }


def _structure_findings(po: PoFile, path: str, locale: str, use_fuzzy: bool) -> list[Finding]:
    """Errors of the structural checks (L1xx) on what compile would ship.

    Check units are built only for the entries that can give an error (see
    `structure.ERROR_CANDIDATES`): on a large catalog, that is a few hundred of 50,000.
    """
    from ..checks import Check, CheckContext, run_checks, structure

    # only the structural checks, imported alone: compile must not load the content checks
    # (glossary, language detection) nor pay for them on every entry
    structural = sorted(
        (
            c
            for c in vars(structure).values()
            if isinstance(c, Check) and c.severity >= Severity.ERROR
        ),
        key=lambda c: c.code,
    )
    candidates = structure.ERROR_CANDIDATES
    entries = _checked_entries(po)
    selected: dict[Callable[..., Any], list[Entry]] = {}  # L102 and L104 share a selector

    def needed(checks: Sequence[Check]) -> list[Entry]:
        chosen: dict[int, Entry] = {}
        for registered in checks:
            select = candidates.get(registered.code)
            if select is None:
                return entries
            if select not in selected:
                selected[select] = select(entries)
            for entry in selected[select]:
                chosen[id(entry)] = entry
        return _in_file_order(list(chosen.values()), entries)

    catalog_checks = tuple(c for c in structural if c.target == "catalog")
    entry_checks = tuple(c for c in structural if c.target == "entry")
    for_catalog = needed(catalog_checks)
    unit = catalog_unit(po, path, locale, for_catalog)
    ctx = CheckContext()
    found: list[Finding] = []
    found += run_checks("catalog", unit, ctx, checks=catalog_checks)
    language = unit.language
    # the catalog unit's entry units (one per entry, in order), reused for the same entries
    built = dict(zip(map(id, for_catalog), unit.entries, strict=True))
    for raw in needed(entry_checks):
        if raw.obsolete:
            continue
        entry = built.get(id(raw)) or entry_unit(raw, path, locale, language)
        if entry.fuzzy and use_fuzzy:
            entry = entry._replace(flags=entry.flags - {"fuzzy"})
        found += run_checks("entry", entry, ctx, checks=entry_checks)
    return [f for f in found if f.severity is not None and f.severity >= Severity.ERROR]


def _in_file_order(chosen: list[Entry], entries: list[Entry]) -> list[Entry]:
    """`chosen` (some of `entries`) in the order of `entries`.

    Compile's catalogs are parsed files, whose entries' lines increase in file order, so
    sorting the few chosen by line gives that order without a pass over 50,000 entries;
    entries without a line or sharing one (built in code) take the pass.
    """
    if not chosen:
        return []
    lines = [e.line for e in chosen]
    if None not in lines and len(set(lines)) == len(lines):
        chosen.sort(key=attrgetter("line"))
        return chosen
    wanted = set(map(id, chosen))
    return [e for e in entries if id(e) in wanted]


@_cyclic_gc_paused
def compile_catalogs(
    config: ProjectConfig,
    locales: Sequence[str] | None = None,
    *,
    paths: Sequence[StrPath] = (),
    use_fuzzy: bool = False,
    strict: bool = False,
) -> CompileResult:
    """PO -> MO for each catalog, byte-identical to msgfmt's output.

    An MO is written only for a catalog without errors. Without --strict, an entry with an
    error (wrong placeholders, partial plural, wrong number of forms, duplicate) is left
    out of the MO, so users see the source text rather than a crash or a blank, and the
    catalog still compiles; header errors (wrong language or plural rule) block the
    catalog. With --strict any error blocks it.
    """
    from ..catalog.mo import build_mo_fields

    refs, _missing = catalog_refs(config, locales, paths)
    planned: list[tuple[CatalogRef, bytes | None, CompileItem]] = []
    # the locales of a domain share their msgids: each key is hashed once per run
    known_hashes: dict[bytes, int] | None = {} if len(refs) > 1 else None
    for ref in refs:
        po = read_catalog(ref.po_path)
        locale = ref.locale or _locale_of(ref.po_path, po)
        errors = _structure_findings(po, ref.po_path, locale, use_fuzzy)
        header_line = po.header.line if po.header is not None else None
        header_errors = [f for f in errors if f.line == header_line or f.kind.startswith("header-")]
        bad_lines = {f.line for f in errors if f not in header_errors}
        blocked = bool(header_errors) or (strict and bool(errors))
        messages = []
        translated = fuzzy = untranslated = excluded = 0
        for entry in po.entries:  # Entry's properties spelled out: this runs 50,000 times
            if entry.obsolete:
                continue
            plural = entry.msgid_plural
            forms = entry.msgstr_plural if plural is not None else (entry.msgstr,)
            if entry.msgid == "" and entry.msgctxt is None:  # the header
                if forms and forms[0]:
                    messages.append((entry.msgctxt, entry.msgid, plural, forms))
                continue
            is_fuzzy = "fuzzy" in entry.flags
            if is_fuzzy:
                fuzzy += 1
                if not use_fuzzy:
                    continue
            if not forms or not forms[0]:
                untranslated += 1
                continue
            if entry.line in bad_lines:
                excluded += 1
                continue
            if not is_fuzzy:
                translated += 1
            messages.append((entry.msgctxt, entry.msgid, plural, forms))
        data = None if blocked else build_mo_fields(messages, known_hashes)
        item = CompileItem(
            locale,
            ref.po_path,
            ref.mo_path,
            translated,
            fuzzy,
            untranslated,
            excluded,
            False,
            blocked,
            tuple(errors),
        )
        planned.append((ref, data, item))
    items = []
    for ref, data, item in planned:
        if data is not None:
            written = atomic_write_bytes(ref.mo_path, data, durable=False)
            item = item._replace(written=written)
        items.append(item)
    return CompileResult(tuple(items), strict)


# ---- stats ----------------------------------------------------------------------------


def stats(
    config: ProjectConfig, locales: Sequence[str] | None = None, *, paths: Sequence[StrPath] = ()
) -> tuple[StatsItem, ...]:
    from ..catalog.stats import catalog_stats
    from .catalog_results import StatsItem

    refs, _missing = catalog_refs(config, locales, paths)
    items = []
    for ref in refs:
        po = read_catalog(ref.po_path)
        locale = ref.locale or _locale_of(ref.po_path, po)
        items.append(StatsItem(locale, ref.po_path, catalog_stats(po)))
    return tuple(items)


# ---- check ----------------------------------------------------------------------------


def check_catalogs(
    config: ProjectConfig,
    locales: Sequence[str] | None = None,
    *,
    paths: Sequence[StrPath] = (),
    disabled: Sequence[str] = (),
    glossary_factory: Callable[[], Any] | None = None,
    detector_factory: Callable[[], Any] | None = None,
) -> CheckResult:
    """Run every registered entry and catalog check on each catalog."""
    from ..checks import (
        CheckContext,
        all_checks,
        checks_for,
        ignored_kinds,
        known_kinds,
        run_checks,
    )
    from .catalog_results import CheckedCatalog, CheckResult

    kinds = known_kinds()
    codes = {c.code.lower(): c.code for c in all_checks()}
    off = []
    for name in (d.strip() for d in disabled if d.strip()):
        if name in kinds:
            off.append(name)
        elif name.lower() in codes:  # `l101` names L101: checks_for compares codes as written
            off.append(codes[name.lower()])
        else:
            raise UsageError(
                _("unknown check {name}; see `localize catalog check --list`").format(
                    name=repr(name)
                )
            )
    refs, _missing = catalog_refs(config, locales, paths)
    loaded = []
    for ref in refs:
        po = read_catalog(ref.po_path)
        locale = ref.locale or _locale_of(ref.po_path, po)
        loaded.append((ref, po, locale))
    ctx = CheckContext(glossary_factory=glossary_factory, detector_factory=detector_factory)
    entry_checks = checks_for("entry", off)
    catalog_checks = checks_for("catalog", off)
    results = []
    everything: list[Finding] = []
    for ref, po, locale in loaded:
        unit = catalog_unit(po, ref.po_path, locale)
        found = run_checks("catalog", unit, ctx, checks=catalog_checks)
        count = 0
        for entry in unit.entries:
            if entry.obsolete or (entry.msgid == "" and entry.msgctxt is None):
                continue
            count += 1
            ignore = ignored_kinds(entry.translator_comment)
            found += run_checks("entry", entry, ctx, checks=entry_checks, ignore=ignore)
        found.sort(key=lambda f: (f.line or 0, -(f.severity or 0)))
        results.append(CheckedCatalog(locale, ref.po_path, count, tuple(found)))
        everything += found
    return CheckResult(tuple(results), tuple(everything))
