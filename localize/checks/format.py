"""Content checks on what a msgid carries that its msgstr must keep.

Placeholders of the syntaxes Python's format checks do not cover (`structure.py` owns
python-format and python-brace-format), numbers, URLs and e-mail addresses, HTML tags and
the whitespace at the edges of a message. Each check compares the source with every
translated form and reports only what is really lost or added: tools that flag every
difference (pofilter raises thousands of flags on Django's catalogs) teach translators
to ignore the report, so these checks accept what translators legitimately change
(thousands separators, full-width digits, spelled-out small numbers, localized URL
language segments, translated `title`/`alt` attributes, spaces in unspaced scripts).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from ..findings import Finding, Severity
from ..i18n import _
from . import CheckContext, check
from .units import EntryUnit

# --------------------------------------------------------------------------- shared helpers


def translated_forms(unit: EntryUnit) -> list[tuple[str, str, str]]:
    """(field, source, translation) for every non-empty msgstr of a live entry.

    In a plural entry the first form of a language with several forms translates the
    singular msgid; every other form, and the only form of ja/ko/id, the plural msgid.
    """
    if unit.obsolete:
        return []
    if not unit.msgid_plural:
        return [("msgstr", unit.msgid, unit.msgstr)] if unit.msgstr else []
    forms = []
    for index, text in enumerate(unit.msgstr_plural):
        if text:
            source = unit.msgid if index == 0 and len(unit.msgstr_plural) > 1 else unit.msgid_plural
            forms.append((f"msgstr[{index}]", source, text))
    return forms


def finding(
    unit: EntryUnit, field: str, message: str, *, matched: str | None = None, **kwargs: object
) -> Finding:
    """A Finding located at the entry (path, line, locale) for one msgstr field."""
    return Finding(
        message=message,
        field=field,
        matched=matched,
        path=unit.path,
        line=unit.line,
        locale=unit.locale or None,
        **kwargs,  # type: ignore[arg-type]
    )


def once_per_entry(func: Callable[..., Iterator[Finding]]) -> Callable[..., Iterator[Finding]]:
    """Report a defect once per entry, not once per plural form that repeats it."""

    @functools.wraps(func)
    def wrapper(unit: EntryUnit, ctx: Any) -> Iterator[Finding]:
        seen: set[tuple[str, str | None]] = set()
        for found in func(unit, ctx):
            key = (found.message, found.matched)
            if key not in seen:
                seen.add(key)
                yield found

    return wrapper


# Spans that are code, not prose: masked before numbers and language are looked at.
_PYTHON_PRINTF = (
    r"%(?:\([^()\s]{1,40}\))?[#0 +\-]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?[diouxXeEfFgGcrsab%]"
)
_URL = (
    r"(?:(?:https?|ftp)://|www\.)"
    r"[^\s<>\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b]+"
)
_EMAIL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_TAG = r"</?[A-Za-z][\w:.-]*(?:\s+[^<>]*?)?\s*/?>"
_ENTITY = r"&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);"

# Placeholder syntaxes owned by this module (name, pattern with group "key").
_PLACEHOLDER_SYNTAXES: tuple[tuple[str, str], ...] = (
    ("printf-positional", r"%(?P<key>\d+\$[#0 +\-']*\d*(?:\.\d+)?[hlLqjzt]*[diouxXeEfFgGaAcspn@])"),
    ("ruby", r"%\{(?P<key>[A-Za-z_][\w.\-]*)\}"),
    ("template-var", r"\{\{\{?-?\s*(?P<key>[^{}]+?)\s*-?\}?\}\}"),
    ("template-tag", r"\{%-?\s*(?P<key>[^{}%]+?)\s*-?%\}"),
    ("dollar-brace", r"\$\{(?P<key>[A-Za-z_][\w.]*)\}"),
    (
        "icu",
        r"(?<!\{)\{\s*(?P<key>[A-Za-z_]\w*)\s*,\s*(?:plural|select|selectordinal|number|date|time|spellout|ordinal|duration)\b",
    ),
    # C printf with a length modifier Python's printf has not (%lu, %lld, %zu, %I64d) and
    # Objective-C's %@: unnamed, so they count by occurrence.
    ("printf-c", r"%(?P<key>[#0 +\-']*\d*(?:\.\d+)?(?:hh|ll|I64|I32|[ljztqI])[diouxXn])"),
    ("objc", r"%(?P<key>@)"),
    ("qt", r"(?<![%\w])%L?(?P<key>[1-9]\d?)(?![\d$]|\.\d|[A-Za-z])"),
    ("symfony", r"(?<![%\w])%(?P<key>[A-Za-z_]\w*)%(?!\w)"),
)
_PLACEHOLDER_RE = re.compile(
    "|".join(
        f"(?P<s{i}>{p.replace('?P<key>', f'?P<k{i}>')})"
        for i, (_n, p) in enumerate(_PLACEHOLDER_SYNTAXES)
    )
)
_UNNAMED = frozenset({"printf-c", "objc"})
# Syntaxes whose placeholder contains a python-brace field that structure.py also reads.
_BRACED = frozenset({"ruby", "dollar-brace"})
_BRACE_RE = re.compile(r"\{[^{}\s]{0,40}\}")
# Every span `_CODE_RE` masks contains one of these: most messages skip the big pattern.
_CODE_HINT = re.compile(r"[%{}<>&@$]|://|www\.")
_CODE_RE = re.compile(
    "|".join(
        (_URL, _EMAIL, _TAG, _ENTITY, _PLACEHOLDER_RE.pattern, _PYTHON_PRINTF, _BRACE_RE.pattern)
    )
)


def mask_code(text: str, repl: str = " ") -> str:
    """The text with placeholders, URLs, e-mails, tags and entities replaced (offsets kept).

    Numbers inside `%1$s` or `<h2>` are not numbers of the message, and a URL is no
    evidence of the message's language.
    """
    if not _CODE_HINT.search(text):
        return text
    return _CODE_RE.sub(lambda m: repl * len(m.group()), text)


# --------------------------------------------------------------------------- placeholders


def _placeholders(text: str) -> dict[tuple[str, str], str]:
    """{(syntax, normalized key): first surface form} of this module's placeholder syntaxes."""
    found: dict[tuple[str, str], str] = {}
    counts: dict[str, int] = {}
    for match in _PLACEHOLDER_RE.finditer(text):
        for index, (name, _pattern) in enumerate(_PLACEHOLDER_SYNTAXES):
            if match.group(f"s{index}") is not None:
                key = " ".join(match.group(f"k{index}").split())
                if name in _UNNAMED:
                    counts[key] = counts.get(key, 0) + 1
                    key = f"{key}#{counts[key]}"
                surface = match.group() + " …}" if name == "icu" else match.group()
                found.setdefault((name, key), surface)
                break
    return found


def _structure_reports(unit: EntryUnit, ctx: Any) -> str:
    """What `structure.py`'s python placeholder check says about this entry (one string).

    `%{name}` and `${name}` contain `{name}`, which python-brace detection reads too; a
    defect that check already reports is not reported again under this kind.
    """
    from . import all_checks

    def compute() -> str:
        said = []
        for registered in all_checks():
            if registered.kind == "format-placeholders" and registered.target == "entry":
                for found in registered.run(unit, ctx):
                    said.append(f"{found.matched or ''} {found.message}")
        return "\n".join(said)

    if not isinstance(ctx, CheckContext):
        return compute()
    return ctx.memo(("format-placeholders", unit), compute)


def _reported_elsewhere(unit: EntryUnit, ctx: Any, syntax: str, key: str) -> bool:
    """Whether `format-placeholders` already reports this `%{name}` / `${name}` as `{name}`."""
    if syntax not in _BRACED:
        return False
    return "{" + key + "}" in _structure_reports(unit, ctx)


@check("L201", "placeholders", "error")
@once_per_entry
def placeholders(unit: EntryUnit, ctx: Any) -> Iterator[Finding]:
    """Placeholders other than Python's (%1$s, %lu, %{name}, {{ name }}, ${name}, ICU, Qt %1) lost or added.

    Python's own `%(name)s` / `{name}` placeholders are checked by `format-placeholders`;
    this check covers the other syntaxes translators meet in web, mobile and template
    catalogs, with or without a format flag. A placeholder used twice in the source may be
    used once in the translation (and the reverse); a plural form may drop the count that
    only the other msgid has.
    """
    forms = translated_forms(unit)
    sources = unit.msgid + unit.msgid_plural
    if not forms or not any(c in sources or any(c in t for _f, _s, t in forms) for c in "%{"):
        return
    singular = _placeholders(unit.msgid)
    plural = _placeholders(unit.msgid_plural) if unit.msgid_plural else singular
    every = {**plural, **singular}
    one_form = len(unit.msgstr_plural) == 1
    for field, _source, text in forms:
        have = _placeholders(text)
        if not unit.msgid_plural:
            required = set(singular)
        elif field == "msgstr[0]" and not one_form:
            required = set(singular) & set(plural)
        else:
            required = set(plural)
        for key in sorted(required - set(have)):
            surface = every[key]
            if _reported_elsewhere(unit, ctx, *key):
                continue
            yield finding(
                unit,
                field,
                _("placeholder {placeholder} of the source is missing from the translation").format(
                    placeholder=surface
                ),
                matched=surface,
                suggestion=surface,
            )
        for key in sorted(set(have) - set(every)):
            surface = have[key]
            if _reported_elsewhere(unit, ctx, *key):
                continue
            yield finding(
                unit,
                field,
                _(
                    "placeholder {placeholder} is not in the source; it will fail or show raw"
                ).format(placeholder=surface),
                matched=surface,
                span=_span(text, surface),
            )


def _span(text: str, part: str) -> tuple[int, int] | None:
    at = text.find(part)
    return (at, at + len(part)) if at >= 0 else None


# --------------------------------------------------------------------------- numbers

_DIGIT = re.compile(r"\d")
_NUMBER_RE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[,.\u00a0\u202f\u2009' \u066c]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|(?<![\d.,])\d+(?:[.,]\d+)?(?![\d])"
)
# "24/7" means "always": translations say 24時間365日, 24 h/24, 7 j/7; only the 24 must stay.
_IDIOMS = re.compile(r"(?<![\d/])(24)/7(?![\d/])")
# Scale words and CJK multipliers: "1.5 million" in the source may be "150万" in Japanese.
_SOURCE_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SOURCE_SCALE_RE = re.compile(r"\s*(thousand|million|billion|trillion)\b", re.IGNORECASE)
# 12-hour clock times ("6 p.m.") become 24-hour ones ("18:00") in most languages.
_CLOCK_RE = re.compile(r"\s*([ap])\.?m\b\.?", re.IGNORECASE)
_TARGET_MULTIPLIERS = {
    "十": 10,
    "百": 100,
    "千": 10**3,
    "万": 10**4,
    "億": 10**8,
    "兆": 10**12,
    "천": 10**3,
    "만": 10**4,
    "억": 10**8,
    "조": 10**12,
}
# Small numbers a translator may spell out ("2 minutes" -> "deux minutes"): per-language data.
_NUMBER_WORDS: dict[str, dict[int, tuple[str, ...]]] = {
    "en": {
        0: ("zero", "no"),
        1: ("one", "a", "an", "single"),
        2: ("two", "both"),
        3: ("three",),
        4: ("four",),
        5: ("five",),
        6: ("six",),
        7: ("seven",),
        8: ("eight",),
        9: ("nine",),
        10: ("ten",),
    },
    "fr": {
        0: ("zéro", "aucun", "aucune", "rien"),
        1: ("un", "une", "seul", "seule"),
        2: ("deux",),
        3: ("trois",),
        4: ("quatre",),
        5: ("cinq",),
        6: ("six",),
        7: ("sept",),
        8: ("huit",),
        9: ("neuf",),
        10: ("dix",),
    },
    "es": {
        0: ("cero", "ningún", "ninguno", "ninguna", "nada"),
        1: ("un", "una", "uno", "solo"),
        2: ("dos", "ambos", "ambas"),
        3: ("tres",),
        4: ("cuatro",),
        5: ("cinco",),
        6: ("seis",),
        7: ("siete",),
        8: ("ocho",),
        9: ("nueve",),
        10: ("diez",),
    },
    "pt": {
        0: ("zero", "nenhum", "nenhuma", "nada"),
        1: ("um", "uma", "só"),
        2: ("dois", "duas", "ambos", "ambas"),
        3: ("três",),
        4: ("quatro",),
        5: ("cinco",),
        6: ("seis",),
        7: ("sete",),
        8: ("oito",),
        9: ("nove",),
        10: ("dez",),
    },
    "id": {
        0: ("nol", "tidak ada", "tak ada", "tidak satu"),
        1: ("satu", "sebuah", "seorang", "sekali"),
        2: ("dua", "kedua"),
        3: ("tiga",),
        4: ("empat",),
        5: ("lima",),
        6: ("enam",),
        7: ("tujuh",),
        8: ("delapan",),
        9: ("sembilan",),
        10: ("sepuluh",),
    },
    "ja": {
        0: ("〇", "零", "ゼロ", "ひとつも", "一つも", "何も", "なし"),
        1: ("一", "ひと"),
        2: ("二", "ふた", "両"),
        3: ("三",),
        4: ("四",),
        5: ("五",),
        6: ("六",),
        7: ("七",),
        8: ("八",),
        9: ("九",),
        10: ("十",),
    },
    "ko": {
        0: ("영", "아무", "없"),
        1: ("한", "하나"),
        2: ("두", "둘"),
        3: ("세", "셋"),
        4: ("네", "넷"),
        5: ("다섯",),
        6: ("여섯",),
        7: ("일곱",),
        8: ("여덟",),
        9: ("아홉",),
        10: ("열",),
    },
}


# How number words stand in text: inside words in unspaced Japanese (三つ, 二回), before
# their counter in Korean eojeol (두 번, 세 개), as whole words elsewhere.
_NUMBER_WORD_MATCH = {"ja": "substring", "ko": "prefix"}


def _values(token: str) -> set[Decimal]:
    """Every value a written number can mean: '1.000' is 1000 (de, pt) or 1.0 (en)."""
    digits = re.sub(r"\D", "", token)
    values: set[Decimal] = set()
    seps = [(i, c) for i, c in enumerate(token) if not c.isdigit()]
    if not seps:
        return {Decimal(token)}
    kinds = {c for _i, c in seps}
    groups = re.split(r"\D", token)
    if len(kinds) == 1 and all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        values.add(Decimal(digits))  # all separators group thousands
    last_at, last = seps[-1]
    if last in ".,":
        head = token[:last_at]
        head_seps = {c for c in head if not c.isdigit()}
        head_groups = re.split(r"\D", head)
        if not head_seps or (
            len(head_seps) == 1
            and last not in head_seps
            and all(len(g) == 3 for g in head_groups[1:])
        ):
            try:
                values.add(Decimal(re.sub(r"\D", "", head) + "." + token[last_at + 1 :]))
            except InvalidOperation:
                pass
    return {v.normalize() for v in values}


def _source_numbers(text: str) -> list[tuple[str, set[Decimal]]]:
    """Numbers of a source message that its translation must keep, with their values.

    Digits glued to letters (`h1`, `x86`, `1st`, `mp3`) are names or ordinals, not counts.
    """
    found = []
    masked = _IDIOMS.sub(
        lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))),
        mask_code(unicodedata.normalize("NFKC", text)),
    )
    for match in _NUMBER_RE.finditer(masked):
        start, end = match.span()
        if (start and masked[start - 1].isalpha()) or (end < len(masked) and masked[end].isalpha()):
            continue
        token = match.group().rstrip(" '\u00a0\u202f\u2009")
        values = _values(token)
        clock = _CLOCK_RE.match(masked, end)
        if clock and values:
            hour = int(min(values))
            values |= {Decimal((hour % 12) + (12 if clock.group(1).lower() == "p" else 0))}
        scale = _SOURCE_SCALE_RE.match(masked, end)
        if scale:
            factor = _SOURCE_SCALES[scale.group(1).lower()]
            values |= {(v * factor).normalize() for v in values}
        found.append((token, values))
    return found


def _target_values(text: str, lang: str) -> set[Decimal]:
    """Every value a translation writes, in digits (any width), with multipliers or as a small word."""
    masked = mask_code(unicodedata.normalize("NFKC", text))
    values: set[Decimal] = set()
    for match in _NUMBER_RE.finditer(masked):
        token = match.group().rstrip(" '\u00a0\u202f\u2009")
        here = _values(token)
        values |= here
        after = masked[match.end() : match.end() + 1]
        if after in _TARGET_MULTIPLIERS:
            values |= {(v * _TARGET_MULTIPLIERS[after]).normalize() for v in here}
    words = _NUMBER_WORDS.get(lang)
    if words:
        lowered = masked.lower()
        present = set(re.findall(r"\w+", lowered))
        how = _NUMBER_WORD_MATCH.get(lang, "word")
        for number, forms in words.items():
            if how == "substring":
                hit = any(form in lowered for form in forms)
            elif how == "prefix":
                hit = any(word.startswith(forms) for word in present)
            else:
                hit = any(form in lowered if " " in form else form in present for form in forms)
            if hit:
                values.add(Decimal(number))
    return values


def _digits(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isdigit())


def _crisis_digits(ctx: Any, text: str) -> list[str]:
    """Digits of the crisis-line numbers in a source text (988, 116 123, 3114)."""
    glossary = getattr(ctx, "glossary", None)
    if glossary is None or not hasattr(glossary, "find_crisis_resources"):
        return []
    hits = ctx.memo(("crisis-hits", text), lambda: glossary.find_crisis_resources(text))
    return [d for d in (_digits(h.text) for h in hits) if d]


@check("L202", "numbers", "warning")
@once_per_entry
def numbers(unit: EntryUnit, ctx: Any) -> Iterator[Finding]:
    """A number of the msgid is missing or changed in a msgstr.

    Every number written in digits in the msgid must be in the msgstr with the same value:
    thousands separators (1,000 / 1 000 / 1.000), decimal commas, full-width digits
    (１２３), CJK multipliers (1万 for 10,000) and small numbers spelled out (deux for 2)
    all count as kept. Digits inside placeholders, URLs and tags are not numbers, and in a
    plural entry the count that only the singular msgid writes (the "1" of "1 file") is
    the plural n, not a number to keep. Crisis-line numbers are localized per market
    (988 becomes 3114 in France), which `crisis-line` checks.
    """
    forms = translated_forms(unit)
    if not forms or not _DIGIT.search(unit.msgid + unit.msgid_plural):
        return
    lang = unit.language or unit.locale.split("_")[0]
    shared_plural: set[str] | None = None
    if unit.msgid_plural:
        plural_tokens = {t for t, _v in _source_numbers(unit.msgid_plural)}
        shared_plural = {t for t, _v in _source_numbers(unit.msgid)} & plural_tokens
    for field, source, text in forms:
        wanted = _source_numbers(source)
        if not wanted:
            continue
        if shared_plural is not None and source == unit.msgid and source != unit.msgid_plural:
            wanted = [(t, v) for t, v in wanted if t in shared_plural]
        have = _target_values(text, lang)
        crisis = _crisis_digits(ctx, source)
        reported: set[str] = set()
        for token, values in wanted:
            if token in reported or values & have:
                continue
            if crisis and any(_digits(token) in number for number in crisis):
                continue  # a crisis line is localized per market: `crisis-line` checks it
            reported.add(token)
            yield finding(
                unit,
                field,
                _("number {number} of the source is missing or changed in the translation").format(
                    number=token
                ),
                matched=token,
                suggestion=token,
            )


# --------------------------------------------------------------------------- urls

_URL_RE = re.compile(_URL)
_EMAIL_RE = re.compile(_EMAIL)
_LANG_SEGMENT = re.compile(
    r"(?<=[/.=_-])[a-z]{2}(?:[-_][A-Za-z]{2,4})?(?=[/.&#_-]|$)|^[a-z]{2}(?:[-_][A-Za-z]{2})?(?=\.)"
)


def _urls(text: str) -> list[str]:
    """URLs and e-mail addresses, without the sentence punctuation that follows them."""
    found = []
    for match in _URL_RE.finditer(text):
        url = match.group().rstrip(".,;:!?'\"")
        while url.endswith(")") and url.count(")") > url.count("("):
            url = url[:-1].rstrip(".,;:!?")
        if len(url) > len("https://"):
            found.append(url)
    found.extend(m.group().rstrip(".") for m in _EMAIL_RE.finditer(text))
    return found


def _url_shape(url: str) -> str:
    """The URL without its language segments (`/en/`, `hl=en`, `en.wikipedia.org`).

    A translator may point to the page in the catalog's language, whether the original
    URL names a language or not (`who.int/` -> `who.int/fr/`).
    """
    scheme, sep, rest = url.partition("://")
    body = rest if sep else scheme
    body = _LANG_SEGMENT.sub("<lang>", body).replace("<lang>/", "").replace("<lang>.", "")
    return (scheme + sep if sep else "") + body.rstrip("/")


@check("L203", "urls", "error")
@once_per_entry
def urls(unit: EntryUnit, ctx: Any) -> Iterator[Finding]:
    """A URL or e-mail address of the msgid is missing or altered in a msgstr.

    Links are copied verbatim; machine translation breaks them (spaces inserted, words
    translated, `www` dropped). Only the language part of a URL may change (`/en/` ->
    `/fr/`, `hl=en` -> `hl=ja`, `en.wikipedia.org` -> `ja.wikipedia.org`, `who.int/` ->
    `who.int/fr/`), since a translated page is what a translator should link to.
    """
    forms = translated_forms(unit)
    if not forms:
        return
    for field, source, text in forms:
        if "@" not in source and "://" not in source and "www." not in source:
            continue
        wanted = _urls(source)
        if not wanted:
            continue
        have = _urls(text)
        shapes = {_url_shape(u) for u in have}
        for url in dict.fromkeys(wanted):
            if url in text or _url_shape(url) in shapes:
                continue
            yield finding(
                unit,
                field,
                _("link {url} of the source is missing or altered in the translation").format(
                    url=url
                ),
                matched=url,
                suggestion=url,
            )


# --------------------------------------------------------------------------- html-tags

_TAG_RE = re.compile(r"<(/?)([A-Za-z][\w:.-]*)((?:\s+[^<>]*?)?)\s*(/?)>")
_ATTR_RE = re.compile(r"([^\s=/>]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?")
# Names that make `<name ...>` a tag: HTML elements; custom elements have a hyphen. Text like
# "<original entry>" or "<your name>" is prose in angle brackets, not markup.
_ELEMENTS = frozenset(
    "a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button "
    "canvas caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt "
    "em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i "
    "iframe img input ins kbd label legend li link main map mark menu meta meter nav nobr noscript "
    "object ol optgroup option output p param picture pre progress q rp rt ruby s samp script "
    "section select slot small source span strike strong style sub summary sup svg table tbody td "
    "template textarea tfoot th thead time title tr track tt u ul var video wbr".split()
)
# Typographic tags a translator may add around text (French ordinals: 1<sup>er</sup>).
_TYPOGRAPHIC = frozenset(
    "abbr b bdi bdo br em i nobr rp rt ruby small span strong sub sup wbr".split()
)
_ATTR_NAME = re.compile(r"[a-z_:@][\w:.\-@]*")
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
# Attribute values a translator translates; other values must be kept.
_TRANSLATABLE_ATTRS = frozenset(
    "title alt placeholder label summary aria-label aria-description aria-placeholder "
    "aria-roledescription aria-valuetext abbr content".split()
)


def _tags(text: str) -> Counter[str]:
    """Normalized tags: name, attribute names and untranslatable values (not URLs: `urls` checks those)."""
    found: Counter[str] = Counter()
    if "<" not in text:
        return found
    for match in _TAG_RE.finditer(text):
        closing, name, attrs, _selfclose = match.groups()
        name = name.lower()
        if name not in _ELEMENTS and "-" not in name:
            continue
        parts = []
        for attr, value in _ATTR_RE.findall(attrs or ""):
            attr = attr.lower()
            if not _ATTR_NAME.fullmatch(attr):
                continue  # "…" or "..." standing for elided attributes
            value = value.strip("\"'")
            if attr in _TRANSLATABLE_ATTRS or _URL_RE.match(value) or _EMAIL_RE.search(value):
                parts.append(attr)
            else:
                parts.append(f'{attr}="{value}"' if value else attr)
        tag = f"<{closing}{name}{''.join(' ' + p for p in sorted(parts))}>"
        found[tag if name not in _VOID else tag.replace("</", "<")] += 1
    return found


def _typographic_only(added: Counter[str]) -> bool:
    """Whether added tags are balanced typographic markup (`<sup>er</sup>`), not structure."""
    balance: Counter[str] = Counter()
    for tag, count in added.items():
        name = re.match(r"</?([\w:.-]+)", tag)
        if name is None or name.group(1) not in _TYPOGRAPHIC:
            return False
        if name.group(1) not in _VOID:
            balance[name.group(1)] += -count if tag.startswith("</") else count
    return not any(balance.values())


@check("L204", "html-tags", "error")
@once_per_entry
def html_tags(unit: EntryUnit, ctx: Any) -> Iterator[Finding]:
    """HTML tags of the msgid are missing, added or changed in a msgstr.

    The translation must have the same tags as the source, as many times, with the same
    attributes; the values of `title`, `alt`, `placeholder`, `aria-label` (text people
    read) may be translated, and URLs in attributes are left to the `urls` check. Order
    may change, because word order does.
    """
    for field, source, text in translated_forms(unit):
        if "<" not in source and "<" not in text:
            continue
        want, have = _tags(source), _tags(text)
        if want == have:
            continue
        missing = sorted((want - have).elements())
        added = sorted((have - want).elements())
        if not missing and _typographic_only(have - want):
            continue
        if missing and added:
            message = _("tags differ from the source: missing {missing}; not in the source {added}")
        elif missing:
            message = _("tags of the source missing from the translation: {missing}")
        else:
            message = _("tags not in the source: {added}")
        yield finding(
            unit,
            field,
            message.format(missing=" ".join(missing), added=" ".join(added)),
            matched=(missing or added)[0],
            suggestion=" ".join(missing) or None,
        )


# --------------------------------------------------------------------------- whitespace

_EDGE_SPACE = " \t\u3000"
# No-break spaces are typography (French "\u00a0:"), typed on purpose: they satisfy a source
# space but are never an unwanted extra one.
_NO_BREAK = "\u00a0\u202f\u2007\u2009"


def _edges(text: str, nbsp_counts: bool) -> tuple[tuple[int, bool], tuple[int, bool]]:
    """(newlines, spaces) at the start and at the end of a message."""

    def edge(chars: str) -> tuple[int, bool]:
        newlines, spaces = 0, False
        for char in chars:
            if char == "\n":
                newlines += 1
            elif char in _EDGE_SPACE:
                spaces = True
            elif char in _NO_BREAK:
                spaces = spaces or nbsp_counts
            elif char != "\r":
                break
        return newlines, spaces

    return edge(text), edge(reversed(text))


@check("L205", "whitespace", "warning")
@once_per_entry
def whitespace(unit: EntryUnit, ctx: Any) -> Iterator[Finding]:
    """Leading/trailing spaces or newlines differ from the msgid, or a msgstr doubles a space.

    Programs concatenate messages, so a lost trailing space glues two words and a lost
    final newline joins two lines. Languages written without spaces between words (ja)
    may drop edge spaces, never newlines. A doubled space inside a translation whose
    source has none is reported as info.
    """
    from ..languages import LANGUAGES

    lang = LANGUAGES.get(unit.language or unit.locale.split("_")[0])
    spaced = lang.space_delimited if lang is not None else True
    for field, source, text in translated_forms(unit):
        (src_lead, src_trail), (dst_lead, dst_trail) = _edges(source, True), _edges(text, False)
        nb_lead, nb_trail = _edges(text, True)
        for lead, src, dst, nb in (
            (True, src_lead, dst_lead, nb_lead),
            (False, src_trail, dst_trail, nb_trail),
        ):
            if src[0] != dst[0]:
                message = (
                    _(
                        "leading newlines differ: {source} in the source, {translation} in the translation"
                    )
                    if lead
                    else _(
                        "trailing newlines differ: {source} in the source, {translation} in the translation"
                    )
                )
                yield finding(unit, field, message.format(source=src[0], translation=dst[0]))
            elif spaced and not src[0] and src[1] != dst[1] and src[1] != nb[1]:
                if lead:
                    message = (
                        _("the source starts with a space that the translation lacks")
                        if src[1]
                        else _("the translation starts with a space that the source lacks")
                    )
                else:
                    message = (
                        _("the source ends with a space that the translation lacks")
                        if src[1]
                        else _("the translation ends with a space that the source lacks")
                    )
                yield finding(unit, field, message)
        if "  " in text.strip() and "  " not in source:
            at = text.find("  ", len(text) - len(text.lstrip()))
            yield finding(
                unit,
                field,
                _("doubled space in the translation"),
                severity=Severity.INFO,
                span=(at, at + 2),
            )
