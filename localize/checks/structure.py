"""Structural checks of gettext catalogs (`localize catalog check`, codes L1xx).

What makes a catalog load wrongly or crash at run time: a header that names another
language, a Plural-Forms rule that picks the wrong form, entries with the wrong number
of plural forms or a blank one, Python placeholders the code will not fill, the same
message twice. Content checks (other placeholder syntaxes, numbers, URLs, wording,
language) live in `format.py`, `safety.py`, `terminology.py` and `language.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from functools import lru_cache
from operator import attrgetter

from ..catalog import formats
from ..catalog.plurals import GETTEXT_DEFAULT, judge_plural_forms, same_rule
from ..findings import Finding, Severity
from ..i18n import _
from ..languages import get_language
from ..records import TYPE_CHECKING
from . import CheckContext, check
from .units import CatalogUnit, EntryUnit

if TYPE_CHECKING:
    from typing import Any

_FORMAT_KINDS = ("python-format", "python-brace-format")


def _at_header(unit: CatalogUnit, message: str, **kwargs: object) -> Finding:
    return Finding(
        message=message,
        path=unit.path,
        line=unit.header_line,
        locale=unit.locale or None,
        field="msgstr",
        **kwargs,  # type: ignore[arg-type]
    )


def _at_entry(unit: EntryUnit, message: str, **kwargs: object) -> Finding:
    return Finding(
        message=message,
        path=unit.path,
        line=unit.line,
        locale=unit.locale or None,
        **kwargs,  # type: ignore[arg-type]
    )


def _has_plurals(unit: CatalogUnit) -> bool:
    return any(e.msgid_plural for e in unit.entries)


@check("L101", "header-language", "error", target="catalog")
def header_language(unit: CatalogUnit, ctx: CheckContext) -> Iterator[Finding]:
    """The `Language` header is missing or names another language than the catalog's locale.

    gettext tools and editors take the plural rule and spell-checking language from it.
    """
    declared = (unit.header.get("Language") or "").strip()
    if not declared:
        yield _at_header(
            unit,
            _("the header has no Language field"),
            severity=Severity.WARNING,
            suggestion=f"Language: {unit.locale}",
        )
        return
    try:
        language = get_language(declared).code
    except Exception:
        language = None
    if language != unit.language:
        yield _at_header(
            unit,
            _("the header says Language: {declared}, but the catalog is for {locale}").format(
                declared=declared, locale=unit.locale
            ),
            matched=declared,
            suggestion=f"Language: {unit.locale}",
        )


@check("L102", "header-plural-forms", "error", target="catalog")
def header_plural_forms(unit: CatalogUnit, ctx: CheckContext) -> Iterator[Finding]:
    """`Plural-Forms` is missing, invalid or not the rule of the catalog's language.

    Policy: the gettext rules (two forms for en fr es pt, one for ja ko id). A header that
    works but differs from what gettext tools write is a warning with the fix: CLDR-style
    with a third "many" form, two forms for a language without plurals (babel's
    Indonesian), or no header where gettext's English-like default is the language's rule.
    A rule that selects the wrong form for some number is an error.
    """
    value = unit.header.get("Plural-Forms")
    verdict = judge_plural_forms(value, unit.locale)
    fix = f"Plural-Forms: {verdict.expected.header}"
    if verdict.status == "ok":
        return
    if verdict.status == "missing":
        # gettext then counts as English does: wrong only if the language counts otherwise
        harmful = _has_plurals(unit) and not same_rule(GETTEXT_DEFAULT, verdict.expected)
        yield _at_header(
            unit,
            _("the header has no Plural-Forms field"),
            severity=Severity.ERROR if harmful else Severity.WARNING,
            suggestion=fix,
        )
    elif verdict.status == "invalid":
        yield _at_header(
            unit,
            _("invalid Plural-Forms: {detail}").format(detail=verdict.detail),
            matched=value,
            suggestion=fix,
        )
    elif verdict.status == "cldr":
        assert verdict.rule is not None
        yield _at_header(
            unit,
            _(
                "Plural-Forms has {found} forms, following CLDR's categories; gettext tools and "
                "this project use {expected} for {locale}: set the header below and keep only "
                "msgstr[0]..msgstr[{last}] in plural entries"
            ).format(
                found=verdict.rule.nplurals,
                expected=verdict.expected.nplurals,
                locale=unit.locale,
                last=verdict.expected.nplurals - 1,
            ),
            severity=Severity.WARNING,
            matched=value,
            suggestion=fix,
        )
    elif verdict.status == "split":
        assert verdict.rule is not None
        yield _at_header(
            unit,
            _(
                "Plural-Forms has {found} forms, but {locale} does not inflect for number: "
                "set the header below and keep only msgstr[0] in plural entries"
            ).format(found=verdict.rule.nplurals, locale=unit.locale),
            severity=Severity.WARNING,
            matched=value,
            suggestion=fix,
        )
    else:
        yield _at_header(
            unit,
            _("Plural-Forms does not match the plural rule of {locale}").format(locale=unit.locale),
            matched=value,
            suggestion=fix,
        )


# pattern strings, compiled by `re` (and cached) the first time a run needs them
_CHARSET = r"(?i)charset\s*=\s*([^\s;]+)"


@check("L103", "header-charset", "warning", target="catalog")
def header_charset(unit: CatalogUnit, ctx: CheckContext) -> Iterator[Finding]:
    """The `Content-Type` header does not declare the UTF-8 charset."""
    content_type = unit.header.get("Content-Type", "")
    match = re.search(_CHARSET, content_type)
    charset = match.group(1) if match else ""
    if charset.replace("-", "").replace("_", "").lower() == "utf8":
        return
    if not charset or charset.upper() == "CHARSET":
        yield _at_header(
            unit,
            _("the header declares no charset"),
            severity=Severity.ERROR,
            suggestion="Content-Type: text/plain; charset=UTF-8",
        )
        return
    yield _at_header(
        unit,
        _("the catalog is encoded in {charset}, not UTF-8").format(charset=charset),
        matched=charset,
        suggestion="Content-Type: text/plain; charset=UTF-8",
    )


@check("L104", "plural-count", "error", target="catalog")
def plural_count(unit: CatalogUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A plural entry does not have exactly `nplurals` forms (`msgstr[0]`...).

    gettext then picks a form that does not exist and shows the English text, or a
    translator's extra form is never used.
    """
    verdict = judge_plural_forms(unit.header.get("Plural-Forms"), unit.locale)
    rule = verdict.rule or verdict.expected
    for entry in unit.entries:
        if not entry.msgid_plural or entry.obsolete:
            continue
        count = len(entry.msgstr_plural)
        if count != rule.nplurals:
            yield _at_entry(
                entry,
                _("{count} plural forms, but Plural-Forms says nplurals={nplurals}").format(
                    count=count, nplurals=rule.nplurals
                ),
                field=f"msgstr[{min(count, rule.nplurals)}]",
            )


@check("L105", "partial-plural", "error", target="entry")
def partial_plural(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A plural entry has some forms translated and others empty.

    msgfmt ships the empty form (users see a blank), babel the English one; compile
    reports it instead.
    """
    if not unit.msgid_plural or unit.fuzzy:
        return
    forms = unit.msgstr_plural
    if any(forms) and not all(forms):
        for index, form in enumerate(forms):
            if not form:
                yield _at_entry(
                    unit,
                    _(
                        "plural form msgstr[{index}] is empty while other forms are translated"
                    ).format(index=index),
                    field=f"msgstr[{index}]",
                )


def _declared_format(flags: Collection[str]) -> tuple[str | None, bool]:
    for kind in _FORMAT_KINDS:
        if kind in flags:
            return kind, True
    return None, False


@check("L106", "format-placeholders", "error", target="entry")
def format_placeholders(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """Python placeholders (`%(name)s`, `%d`, `{name}`) of the msgid and a msgstr disagree.

    Entries flagged python-format / python-brace-format are checked like msgfmt -c;
    others are checked when their msgid evidently uses a Python format (a warning). A
    placeholder repeated or reordered is fine; strftime patterns are not printf.
    """
    if unit.fuzzy or unit.obsolete:
        return
    kind, flagged = _declared_format(unit.flags)
    if kind is None:
        negated = {f"no-{k}" for k in _FORMAT_KINDS} & unit.flags
        kind = formats.detect(unit.msgid + "\n" + unit.msgid_plural)
        if kind is None or f"no-{kind}" in negated:
            return
    try:
        singular = formats.parse(kind, unit.msgid)
        plural = formats.parse(kind, unit.msgid_plural) if unit.msgid_plural else singular
    except formats.FormatError:
        return  # the msgid itself is no such format string: the flag is wrong, nothing to compare
    if unit.msgid_plural:
        forms = list(enumerate(unit.msgstr_plural))
        one_form = len(forms) == 1
    else:
        forms = [(None, unit.msgstr)]
        one_form = False
    for index, text in forms:
        if not text:
            continue
        if index is None:
            source, require_all = singular, True
        elif index == 0 and not one_form:
            # the singular form may say "one" instead of the count
            source, require_all = singular, False
        else:
            source, require_all = plural, True
        for problem in formats.compare(kind, source, text, require_all=require_all):
            severity = (
                Severity.ERROR if problem.severity == "error" and flagged else Severity.WARNING
            )
            message = problem.message
            if not flagged:
                message += " " + _("(detected {kind}; the entry has no format flag)").format(
                    kind=kind
                )
            yield _at_entry(
                unit,
                message,
                severity=severity,
                matched=problem.placeholder,
                field="msgstr" if index is None else f"msgstr[{index}]",
            )


@check("L107", "duplicate-msgid", "error", target="catalog")
def duplicate_msgid(unit: CatalogUnit, ctx: CheckContext) -> Iterator[Finding]:
    """The same msgid (with the same msgctxt) appears twice; gettext keeps only one."""
    first: dict[tuple[str | None, str], int | None] = {}
    for entry in unit.entries:
        if entry.obsolete:
            continue
        key = (entry.msgctxt, entry.msgid)
        if key in first:
            yield _at_entry(
                entry,
                _("duplicate message, first defined at line {line}").format(line=first[key]),
                matched=entry.msgid,
            )
        else:
            first[key] = entry.line


# pattern strings, compiled by `re` (and cached) the first time a run needs them
_LETTERS = r"[^\W\d_]{2,}"
_CODE = r"%\(\w+\)\w|%[sd]|\{[^{}]*\}|https?://\S+|\S+@\S+\.\w+|<[^>]+>"


@lru_cache(maxsize=1)
def _copy_checked_elsewhere() -> bool:
    """True when a content check (`untranslated-copy`, language.py) already reports copies,
    so one copied msgstr is not reported twice."""
    from . import all_checks

    return any(c.kind == "untranslated-copy" and c.target == "entry" for c in all_checks())


@check("L108", "identical-copy", "warning", target="entry")
def identical_copy(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A translation is an exact copy of its msgid, where a copy is unlikely to be right.

    Copies are fine in a catalog of the source language, for names, codes, URLs and
    placeholders alone, and for one-word messages (brands, "OK"); a sentence copied
    verbatim is usually an unfinished translation.
    """
    if unit.fuzzy or not unit.language or unit.language == unit.source_language:
        return
    if _copy_checked_elsewhere():
        return
    pairs = (
        [(unit.msgid, unit.msgstr)]
        if not unit.msgid_plural
        else list(zip((unit.msgid, *[unit.msgid_plural] * 8), unit.msgstr_plural, strict=False))
    )
    for source, text in pairs:
        if not text or text != source:
            continue
        words = re.findall(_LETTERS, re.sub(_CODE, " ", source))
        if len(words) < 2 or source.isupper():
            continue
        yield _at_entry(
            unit,
            _("the translation is an exact copy of the source text"),
            matched=source,
            field="msgstr",
        )
        return


# ---- what `catalog compile` needs --------------------------------------------------------
#
# Compile ships an entry unless a structural check reports an *error* on it, and it must
# stay fast on 50,000 entries, so it builds check units only for the entries that can
# produce an error. Per check code: a function from the catalog's entries (PO entries,
# `localize.catalog.po.Entry`, file order, the header left out) to a superset of the
# entries the check needs to see to report every error it can. A structural check with
# no entry here is given every entry.


def _no_entries(entries: Sequence[Any]) -> list[Any]:
    return []


def _plural_entries(entries: Sequence[Any]) -> list[Any]:
    """L102 asks whether plural entries exist; L104 counts their forms."""
    return [e for e in entries if e.msgid_plural]


def _partial_plural_entries(entries: Sequence[Any]) -> list[Any]:
    return [e for e in entries if e.msgid_plural and not all(e.msgstr_plural)]


def _flagged_format_entries(entries: Sequence[Any]) -> list[Any]:
    """L106 reports errors only on flagged entries (detected formats give warnings), and
    only when a translation's placeholders differ from the source's as written."""
    found = []
    directives = formats.directives
    for e in entries:
        flags = e.flags
        if not flags:
            continue
        kind, _flagged = _declared_format(flags)
        if kind is None:
            continue
        if e.msgid_plural:
            sources, texts = (e.msgid, e.msgid_plural), e.msgstr_plural
        else:
            sources, texts = (e.msgid,), (e.msgstr,)
        joined = "".join((*sources, *texts))
        if (
            ("%" not in joined)
            if kind == "python-format"
            else ("{" not in joined and "}" not in joined)
        ):
            continue
        want = directives(kind, sources[0])
        if want is None or any(
            directives(kind, text) != want for text in (*sources[1:], *texts) if text
        ):
            found.append(e)
    return found


def _duplicated_entries(entries: Sequence[Any]) -> list[Any]:
    live = [e for e in entries if not e.obsolete]
    keys = list(map(attrgetter("msgctxt", "msgid"), live))
    if len(set(keys)) == len(keys):
        return []
    counts = Counter(keys)
    return [e for e, key in zip(live, keys, strict=True) if counts[key] > 1]


ERROR_CANDIDATES: dict[str, Callable[[Sequence[Any]], list[Any]]] = {
    "L101": _no_entries,
    "L102": _plural_entries,
    "L103": _no_entries,
    "L104": _plural_entries,
    "L105": _partial_plural_entries,
    "L106": _flagged_format_entries,
    "L107": _duplicated_entries,
}
