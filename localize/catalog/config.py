"""Where a project's catalogs live: the `[localize]` section of setup.cfg, and the layout.

Layout: `<locales_dir>/<domain>.pot` and `<locales_dir>/<locale>/LC_MESSAGES/<domain>.po`
with the `.mo` beside it, which is exactly where `gettext.translation(domain, locales_dir,
[locale])` looks. Command-line options override the file; the file overrides the defaults.
Parsing takes text (the service reads the file), so this module does no I/O.

Paths are strings joined with `os.path`, not `pathlib.Path`: `catalog compile` runs on
every build, and importing pathlib (with urllib.parse and ipaddress) would cost it 3 ms
of a start-up of tens.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from ..errors import UsageError
from ..i18n import _
from ..languages import DEFAULT_CATALOG_LOCALES, normalize_locale
from ..records import Record

DEFAULT_KEYWORDS: tuple[str, ...] = (
    "_",
    "N_",
    "gettext",
    "ngettext:1,2",
    "pgettext:1c,2",
    "npgettext:1c,2,3",
)


def join_path(base: str, *parts: str) -> str:
    """`base/parts/...`, written as pathlib writes it for the current directory ('locales',
    not './locales'), since these paths are shown to users."""
    return os.path.join(*parts) if base in ("", ".") else os.path.join(base, *parts)


class ProjectConfig(Record):
    locales_dir: str = "locales"
    domain: str = "messages"
    locales: tuple[str, ...] = DEFAULT_CATALOG_LOCALES
    extract_paths: tuple[str, ...] = (".",)
    keywords: tuple[str, ...] = DEFAULT_KEYWORDS

    @property
    def pot_path(self) -> str:
        return join_path(self.locales_dir, f"{self.domain}.pot")

    def po_path(self, locale: str) -> str:
        return join_path(self.locales_dir, locale, "LC_MESSAGES", f"{self.domain}.po")

    def mo_path(self, locale: str) -> str:
        return join_path(self.locales_dir, locale, "LC_MESSAGES", f"{self.domain}.mo")

    def with_options(
        self,
        *,
        locales_dir: str | os.PathLike[str] | None = None,
        domain: str | None = None,
        locales: tuple[str, ...] | list[str] | None = None,
        keywords: tuple[str, ...] | list[str] | None = None,
        extract_paths: Sequence[str | os.PathLike[str]] | None = None,
    ) -> ProjectConfig:
        """This config with the command line's choices applied (None/empty keeps the file's)."""
        config = self
        if locales_dir is not None:
            config = config._replace(locales_dir=os.fspath(locales_dir))
        if domain:
            config = config._replace(domain=_check_domain(domain))
        if locales:
            config = config._replace(locales=normalize_locales(locales))
        if keywords:
            config = config._replace(keywords=tuple(keywords))
        if extract_paths:
            config = config._replace(extract_paths=tuple(map(os.fspath, extract_paths)))
        return config


# (string methods, not patterns: compiling one costs more than a whole catalog command's
# reading of its options)
def _split(value: str) -> list[str]:
    """The items of a list separated by commas and/or whitespace (`[\\s,]+`)."""
    return value.replace(",", " ").split()


_DOMAIN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"


def _check_domain(domain: str, path: str | None = None) -> str:
    # [A-Za-z0-9_.-]+ and no leading dot
    if not domain or domain.strip(_DOMAIN_CHARS) or domain.startswith("."):
        raise UsageError(
            _("invalid gettext domain {domain}").format(domain=repr(domain)), path=path
        )
    return domain


def normalize_locales(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """gettext locale codes, without repeats; an unsupported one raises LanguageError."""
    seen: dict[str, None] = {}
    for value in values:
        for code in _split(value):
            seen.setdefault(normalize_locale(code), None)
    return tuple(seen)


def parse_config(text: str | None, base_dir: str, path: str | None = None) -> ProjectConfig:
    """The `[localize]` section of a setup.cfg's text; paths are relative to its directory."""
    config = ProjectConfig(locales_dir=join_path(base_dir, "locales"), extract_paths=(base_dir,))
    if not text:
        return config
    import configparser  # only when there is a setup.cfg to read

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=path or "setup.cfg")
    except configparser.Error as exc:
        line = getattr(exc, "lineno", None)
        raise UsageError(
            _("invalid setup.cfg: {reason}").format(reason=exc.message.splitlines()[0]),
            path=path,
            line=line,
        ) from None
    if not parser.has_section("localize"):
        return config
    section = parser["localize"]
    values: dict[str, object] = {}
    if section.get("locales_dir"):
        values["locales_dir"] = join_path(base_dir, section["locales_dir"].strip())
    if section.get("domain"):
        values["domain"] = _check_domain(section["domain"].strip(), path)
    if section.get("locales"):
        values["locales"] = normalize_locales(_split(section["locales"]))
    if section.get("extract_paths"):
        values["extract_paths"] = tuple(
            join_path(base_dir, p) for p in _split(section["extract_paths"])
        )
    if section.get("keywords"):
        values["keywords"] = tuple(section["keywords"].split())
    return config._replace(**values)  # type: ignore[arg-type]


def _bad_keyword(spec: str) -> str:
    return _("invalid keyword {spec}; expected NAME or NAME:1,2 or NAME:1c,2").format(
        spec=repr(spec)
    )


def parse_keywords(specs: tuple[str, ...]) -> dict[str, tuple]:
    """Babel keyword specs ('ngettext:1,2', 'pgettext:1c,2') as babel's extract() wants them."""
    from babel.messages.extract import DEFAULT_KEYWORDS as BABEL_DEFAULTS

    keywords: dict[str, tuple] = {}
    for spec in specs:
        name, _colon, args = spec.partition(":")
        if not name.isidentifier():
            raise UsageError(_bad_keyword(spec))
        if not args:
            keywords[name] = BABEL_DEFAULTS.get(name) or (1,)  # type: ignore[assignment]
            continue
        parsed: list[object] = []
        for arg in args.split(","):
            arg = arg.strip()
            if re.fullmatch(r"\d+c", arg):
                parsed.append((int(arg[:-1]), "c"))
            elif arg.isdigit():
                parsed.append(int(arg))
            else:
                raise UsageError(_bad_keyword(spec))
        keywords[name] = tuple(parsed)
    return keywords
