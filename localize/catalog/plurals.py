"""The Plural-Forms policy, and how a catalog's header is judged against it.

Policy (documented in `localize.languages`): catalogs use the gettext plural rules of GNU
gettext and Django, which every PO editor and translator knows: two forms for en, fr,
es, pt (fr and pt: `n > 1`), one form for ja, ko and id. CLDR has a third category,
"many", for fr/es/pt (1 000 000 de personnes); gettext tools do not use it. A header in
CLDR style is not broken (C and Python gettext load it), so `check` warns and gives the
exact fix; a header that selects the wrong form for some number is an error. Babel's
table may give Indonesian two forms; CLDR, GNU and Django give it one, and so do we.

Rules are compared by what they compute (the form index for many n), not as strings, so
`n != 1` and `(n != 1)` are the same rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..i18n import N_, _
from ..languages import get_language
from ..records import Record

_PLURAL_FORMS = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.DOTALL)
SAMPLES: tuple[int, ...] = (
    *range(0, 220),
    1000,
    1001,
    10000,
    100000,
    1000000,
    1000001,
    2000000,
    10000000,
    1000000000,
)


class PluralRule(Record):
    nplurals: int
    expr: str

    @property
    def header(self) -> str:
        return f"nplurals={self.nplurals}; plural={self.expr};"


class PluralFormsError(ValueError):
    """What is wrong with a `Plural-Forms` value: an English message template (marked for
    translation) and its values, so that the verdicts, which are cached, can be shown in
    whichever UI language asks later (`message()`)."""

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


def parse_plural_forms(value: str) -> PluralRule:
    """Parse a `Plural-Forms` value; PluralFormsError says what is wrong with it."""
    match = _PLURAL_FORMS.match(value or "")
    if not match:
        # Translators: {form} is the header's syntax, 'nplurals=N; plural=EXPRESSION;'
        raise PluralFormsError(N_("expected {form}"), form="'nplurals=N; plural=EXPRESSION;'")
    nplurals = int(match.group(1))
    if nplurals < 1:
        raise PluralFormsError(N_("nplurals must be at least 1"))
    expr = match.group(2).strip()
    compiled = _compile(expr)
    for n in SAMPLES:
        index = compiled(n)
        if not 0 <= index < nplurals:
            raise PluralFormsError(
                N_("plural={expr} gives form {index} for n={n}, but nplurals={nplurals}"),
                expr=expr,
                index=index,
                n=n,
                nplurals=nplurals,
            )
    return PluralRule(nplurals, expr)


@lru_cache(maxsize=64)
def _compile(expr: str) -> Callable[[int], int]:
    import gettext

    try:
        return gettext.c2py(expr)
    except (ValueError, SyntaxError, RecursionError):
        raise PluralFormsError(N_("invalid plural expression {expr}"), expr=repr(expr)) from None


def policy_rule(locale: str) -> PluralRule:
    """The rule the toolkit writes for a locale (gettext's, see the module docstring).

    The language's rule, except where a region counts differently: European Portuguese
    (and the CLDR locales that follow it) says "0 ficheiros", "1 ficheiro", as English
    does, while Brazilian Portuguese, the network's market, says "0 arquivo".
    """
    regional = _REGION_POLICY.get(locale)
    if regional is not None:
        return regional
    language = get_language(locale)
    return PluralRule(language.nplurals, language.plural_expr)


def plural_count(value: str | None, locale: str) -> int:
    """How many forms a catalog's plural entries get: its `Plural-Forms` header's count when
    the header is valid, else the policy's (the rule `judge_plural_forms` would take, found
    without comparing the two rules, which costs more than many whole updates)."""
    if value:
        try:
            return parse_plural_forms(value).nplurals
        except PluralFormsError:
            pass
    return policy_rule(locale).nplurals


def same_rule(a: PluralRule, b: PluralRule) -> bool:
    if a.nplurals != b.nplurals:
        return False
    fa, fb = _compile(a.expr), _compile(b.expr)
    return all(fa(n) == fb(n) for n in SAMPLES)


def is_cldr_style(rule: PluralRule, locale: str) -> bool:
    """Whether the rule is a one-to-one mapping of the locale's CLDR categories (e.g. fr 'many')."""
    from ..languages import normalize_locale

    tags, category = cldr_integer_rule(normalize_locale(locale))
    if rule.nplurals != len(tags | {"other"}):
        return False
    compiled = _compile(rule.expr)
    forward: dict[str, int] = {}
    backward: dict[int, str] = {}
    for n in SAMPLES:
        cat, index = category(n), compiled(n)
        if forward.setdefault(cat, index) != index or backward.setdefault(index, cat) != cat:
            return False
    return True


# CLDR's plural categories for whole numbers, written out for the supported languages so
# that judging a header does not load babel's CLDR data (~100 ms per process). Operands
# for an integer n: i = n, v = 0, e = 0. The test suite compares this table with babel's
# data for every locale babel has of these languages; another locale goes to babel.
def _one_zero_or_one(n: int) -> str:  # fr, pt: one "i in 0..1"
    n = abs(n)
    return "one" if n <= 1 else "many" if n % 1000000 == 0 else "other"


def _one_is_one_many(n: int) -> str:  # es "n in 1", pt_PT "i in 1 and v in 0"
    n = abs(n)
    return "one" if n == 1 else "many" if n and n % 1000000 == 0 else "other"


def _one_is_one(n: int) -> str:  # en "i in 1 and v in 0"
    return "one" if abs(n) == 1 else "other"


def _other(n: int) -> str:  # ja, ko, id: no plural categories
    return "other"


_ONE_MANY = frozenset({"one", "many"})
_CLDR_RULES: dict[str, tuple[frozenset[str], Callable[[int], str]]] = {
    "en": (frozenset({"one"}), _one_is_one),
    "fr": (_ONE_MANY, _one_zero_or_one),
    "es": (_ONE_MANY, _one_is_one_many),
    "pt": (_ONE_MANY, _one_zero_or_one),
    "ja": (frozenset(), _other),
    "ko": (frozenset(), _other),
    "id": (frozenset(), _other),
}
# regions whose rules differ from their language's (CLDR parent locale pt_PT)
_PT_PT_FAMILY = tuple(
    f"pt_{region}" for region in ("PT", "AO", "CH", "CV", "GQ", "GW", "LU", "MO", "MZ", "ST", "TL")
)
_CLDR_REGION_RULES: dict[str, tuple[frozenset[str], Callable[[int], str]]] = {
    locale: (_ONE_MANY, _one_is_one_many) for locale in _PT_PT_FAMILY
}
GETTEXT_DEFAULT = PluralRule(2, "(n != 1)")
"""The rule gettext (GNU and Python's) applies to a catalog without Plural-Forms."""
# ... and their gettext rule (GNU gettext's for pt_PT: the default one)
_REGION_POLICY: dict[str, PluralRule] = dict.fromkeys(_PT_PT_FAMILY, GETTEXT_DEFAULT)


def cldr_integer_rule(locale: str) -> tuple[frozenset[str], Callable[[int], str]]:
    """(CLDR plural tags other than 'other', category of an integer) for a gettext locale."""
    if locale in _CLDR_REGION_RULES:
        return _CLDR_REGION_RULES[locale]
    language, _sep, region = locale.partition("_")
    known = _CLDR_RULES.get(language)
    if known is not None and (not region or (len(region) == 2 and region.isupper())):
        return known
    from babel import Locale

    cldr = Locale.parse(locale).plural_form
    return frozenset(cldr.tags), cldr


class PluralVerdict(Record):
    """How a header's Plural-Forms compares with the policy for its locale."""

    status: str
    """'ok', 'missing', 'invalid' (`problem` says why), 'cldr' (CLDR-style, works but differs), 'split' (forms
    the language does not distinguish, as babel writes for Indonesian: works but
    differs), 'wrong' (picks the wrong form for some number)."""
    rule: PluralRule | None
    expected: PluralRule
    problem: PluralFormsError | None = None

    @property
    def detail(self) -> str:
        """Why the header is invalid, in the active UI language ('' when it is not)."""
        if self.problem is None:
            return ""
        return _(self.problem.template).format(**self.problem.values)


@lru_cache(maxsize=64)
def judge_plural_forms(value: str | None, locale: str) -> PluralVerdict:
    expected = policy_rule(locale)
    if not value:
        return PluralVerdict("missing", None, expected)
    try:
        rule = parse_plural_forms(value)
    except PluralFormsError as exc:
        return PluralVerdict("invalid", None, expected, exc)
    if same_rule(rule, expected):
        return PluralVerdict("ok", rule, expected)
    if is_cldr_style(rule, locale):
        return PluralVerdict("cldr", rule, expected)
    if expected.nplurals == 1:  # every form of a language without plurals is the same text
        return PluralVerdict("split", rule, expected)
    return PluralVerdict("wrong", rule, expected)
