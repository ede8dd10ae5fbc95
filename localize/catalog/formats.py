"""Python format strings in catalogs: `%(name)s` / `%d` (python-format) and `{name}`
(python-brace-format), compared between a msgid and its translation.

What breaks at run time is an error: a placeholder the code does not pass (KeyError,
IndexError), a different number of `%s` conversions (TypeError), an incompatible type
(`%d` for a string), a malformed directive. A named placeholder the translation leaves
out only loses information (Python ignores unused mapping keys), so it is a warning,
and a plural form may leave out the count that only the other msgid has. A placeholder
used twice is fine. Without a format flag, placeholders are detected conservatively:
`50% off` (space flag) and strftime patterns (`%Y-%m-%d`, `%H:%M`) are not printf.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..i18n import N_, _
from ..records import Record

_PRINTF = re.compile(
    r"%(?:\((?P<name>[^()]*)\))?(?P<flags>[#0 +\-]*)(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d+))?[hlL]?(?P<conv>[diouxXeEfFgGcrsa%])?"
)


@lru_cache(maxsize=1)
def _detectors() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(printf, strftime-only, brace) patterns of `detect`, compiled on first use: `catalog
    compile` never detects, and compiling at import costs every command start-up time."""
    printf = re.compile(
        r"%(?:\([A-Za-z_][\w.\-]*\))?[#0+\-]*(?:\d+)?(?:\.\d+)?[diouxXeEfFgGcrs](?![A-Za-z0-9])"
        r"|%\([A-Za-z_][\w.\-]*\)[#0+\- ]*(?:\d+)?(?:\.\d+)?[diouxXeEfFgGcrsa]"
    )
    strftime_only = re.compile(r"%[-_0^#]?[YmHMSBbAjpUWyZzIeTDFR]")
    brace = re.compile(r"(?<!\{)\{(?:[A-Za-z_]\w*|\d*)(?:![rsa])?(?::[^{}\s]*)?\}(?!\})")
    return printf, strftime_only, brace


_TYPES = {
    **dict.fromkeys("diu", "integer"),
    **dict.fromkeys("oxXc", "integer"),
    **dict.fromkeys("eEfFgG", "number"),
    **dict.fromkeys("rsa", "any"),
}


_TYPE_WORDS = {"integer": N_("an integer"), "number": N_("a number"), "any": N_("any value")}


class FormatError(ValueError):
    """A string that is not a valid format string of its kind."""


class Spec(Record):
    """The arguments a format string consumes."""

    named: dict[str, str]
    """name -> first surface form (`%(name)s`, `{name}`)."""
    positional: tuple[tuple[str, str], ...]
    """(type, surface) of each unnamed argument in order (printf) or index (brace)."""


_PRINTF_DIRECTIVE = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _PRINTF.pattern))
_BRACE_TOKEN = re.compile(r"\{\{|\}\}|\{[^{}]*\}|[{}]")


def directives(kind: str, text: str) -> list[str] | None:
    """The placeholders of `text` as `parse` reads them, in order, as written.

    Two strings with the same directives have the same Spec (or the same error), since
    the text between directives holds no `%` (printf) or brace (brace format): a cheap way
    to know a translation agrees with its source without parsing either. None when the
    text has a brace inside a field (`{x:{w}}`), whose parse depends on more than this.
    """
    if kind == "python-format":
        return _PRINTF_DIRECTIVE.findall(text)
    tokens = _BRACE_TOKEN.findall(text)
    if "{" in tokens or "}" in tokens:
        return None
    return tokens


def parse_printf(text: str) -> Spec:
    named: dict[str, str] = {}
    positional: list[tuple[str, str]] = []
    pos = 0
    while True:
        start = text.find("%", pos)
        if start < 0:
            break
        match = _PRINTF.match(text, start)
        if match is None or match.group("conv") is None:
            shown = text[start : start + 3]
            raise FormatError(_("invalid directive {directive}").format(directive=repr(shown)))
        pos = match.end()
        conv = match.group("conv")
        if conv == "%":
            if match.group() != "%%":
                raise FormatError(
                    _("invalid directive {directive}").format(directive=repr(match.group()))
                )
            continue
        surface = match.group()
        if match.group("width") == "*":
            positional.append(("integer", "*"))
        if match.group("prec") == "*":
            positional.append(("integer", "*"))
        if match.group("name") is not None:
            named.setdefault(match.group("name"), surface)
        else:
            positional.append((_TYPES[conv], surface))
    if named and positional:
        raise FormatError(
            _("mixes named ({named}) and unnamed ({unnamed}) placeholders").format(
                named="%(name)s", unnamed="%s"
            )
        )
    return Spec(named, tuple(positional))


# string.Formatter's errors, the same in every Python 3 (users read them inside a finding);
# one Python may word one differently: it is then shown as Python wrote it
_PYTHON_ERRORS = frozenset(
    (
        N_("Single '}' encountered in format string"),
        N_("Single '{' encountered in format string"),
        N_("expected '}' before end of string"),
        N_("unmatched '{' in format spec"),
        N_("end of string while looking for conversion specifier"),
        N_("expected ':' after conversion specifier"),
    )
)


def parse_brace(text: str) -> Spec:
    named: dict[str, str] = {}
    indexed: dict[int, str] = {}
    auto = manual = False
    import string  # only for brace-format strings

    try:
        fields = list(string.Formatter().parse(text))
    except ValueError as exc:
        reason = str(exc)
        raise FormatError(_(reason) if reason in _PYTHON_ERRORS else reason) from None
    for _literal, field, spec, conversion in fields:
        if field is None:
            continue
        surface = (
            "{"
            + field
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        head = re.split(r"[.\[]", field, maxsplit=1)[0]
        if head == "":
            auto = True
            indexed.setdefault(len(indexed) if not manual else -1, surface)
        elif head.isdigit():
            manual = True
            indexed.setdefault(int(head), surface)
        else:
            named.setdefault(head, surface)
        if spec and "{" in spec:
            nested = parse_brace(spec)
            for name, shown in nested.named.items():
                named.setdefault(name, shown)
    if auto and manual:
        raise FormatError(
            _("mixes automatic ({automatic}) and manual ({manual}) field numbering").format(
                automatic="{}", manual="{0}"
            )
        )
    return Spec(named, tuple(("any", indexed[i]) for i in sorted(indexed)))


def detect(text: str) -> str | None:
    """The Python format a msgid without a flag evidently uses, if any."""
    if "%" not in text and "{" not in text:
        return None
    printf, strftime_only, brace = _detectors()
    if "%" in text and not strftime_only.search(text) and printf.search(text.replace("%%", "")):
        return "python-format"
    if "{" in text and brace.search(text.replace("{{", "").replace("}}", "")):
        return "python-brace-format"
    return None


def parse(kind: str, text: str) -> Spec:
    return parse_printf(text) if kind == "python-format" else parse_brace(text)


class Problem(Record):
    severity: str
    """'error' (breaks at run time) or 'warning' (information lost)."""
    template: str
    """Untranslated message (marked N_) with {placeholder}, {detail}, ... fields."""
    placeholder: str | None = None
    params: tuple[tuple[str, object], ...] = ()

    @property
    def message(self) -> str:
        """The message in the active UI language."""
        return _(self.template).format(placeholder=self.placeholder, **dict(self.params))


_EXTRA = N_("placeholder {placeholder} is not in the source; formatting fails")
_MISSING = N_("placeholder {placeholder} of the source is missing from the translation")


def compare(kind: str, source: Spec, text: str, *, require_all: bool = True) -> list[Problem]:
    """What is wrong with translation `text` given the source's placeholders."""
    try:
        target = parse(kind, text)
    except FormatError as exc:
        return [
            Problem(
                "error",
                N_("invalid {kind} string in the translation: {detail}"),
                params=(("kind", kind), ("detail", str(exc))),
            )
        ]
    problems: list[Problem] = []
    for name, surface in target.named.items():
        if name not in source.named:
            problems.append(Problem("error", _EXTRA, surface))
    if require_all:
        for name, surface in source.named.items():
            if name not in target.named:
                problems.append(Problem("warning", _MISSING, surface))
    if kind == "python-brace-format":
        indexes_source = {s for _t, s in source.positional}
        for _type, surface in target.positional:
            if surface not in indexes_source and len(target.positional) > len(source.positional):
                problems.append(Problem("error", _EXTRA, surface))
        if require_all and len(target.positional) < len(source.positional):
            missing = [s for _t, s in source.positional[len(target.positional) :]]
            for surface in missing:
                problems.append(Problem("warning", _MISSING, surface))
        return problems
    if len(source.positional) != len(target.positional):
        if source.positional or target.positional:
            if source.positional or len(target.positional) > len(source.positional):
                problems.append(
                    Problem(
                        "error",
                        N_(
                            "the source has {expected} unnamed placeholder(s), the translation "
                            "{found}; formatting fails"
                        ),
                        (target.positional or source.positional)[0][1],
                        (("expected", len(source.positional)), ("found", len(target.positional))),
                    )
                )
        return problems
    for (want, want_surface), (got, got_surface) in zip(
        source.positional, target.positional, strict=True
    ):
        if want != got and got != "any":
            problems.append(
                Problem(
                    "error",
                    N_(
                        "placeholder {placeholder} needs {got}, but the source's {source} may get {want}"
                    ),
                    got_surface,
                    (
                        ("got", _(_TYPE_WORDS[got])),
                        ("want", _(_TYPE_WORDS[want])),
                        ("source", want_surface),
                    ),
                )
            )
    return problems
