"""What checks look at: a caption, a PO entry, or a whole catalog (header-level checks).

One engine serves captions and catalogs: a caption is a source text with a language and
target markets; a PO entry is a (msgid, msgstr) pair with a locale. Units are frozen
values built by the services; checks never read files.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from ..records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from typing import Any


class EntryUnit(Record):
    msgid: str
    msgstr: str = ""
    """The singular translation; plural entries carry theirs in `msgstr_plural`."""
    msgid_plural: str = ""
    msgstr_plural: tuple[str, ...] = ()
    msgctxt: str | None = None
    flags: frozenset[str] = frozenset()
    translator_comment: str = ""
    """`# ` lines (where `# localize: ignore KIND` and reviewer notes live)."""
    extracted_comment: str = ""
    """`#.` lines (developer and machine-translation notes)."""
    previous_msgid: str | None = None
    obsolete: bool = False
    path: str | None = None
    line: int | None = None
    """Line of the entry in its PO file (where `msgid` or its first comment stands)."""
    locale: str = ""
    """gettext locale of the catalog ('pt_BR')."""
    language: str = ""
    """Supported language code of the catalog ('pt'); msgids are in `source_language`."""
    source_language: str = "en"

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translations(self) -> tuple[str, ...]:
        """Every msgstr of the entry (one, or one per plural form)."""
        return self.msgstr_plural if self.msgid_plural else (self.msgstr,)

    @property
    def translated(self) -> bool:
        """Translated and not fuzzy: what `compile` ships."""
        return not self.fuzzy and all(self.translations) and bool(self.translations)

    @property
    def markets(self) -> tuple[str, ...]:
        """Where this catalog is published: the locale's region, else the language's markets."""
        from ..languages import MARKETS, get_language

        region = self.locale.partition("_")[2].upper()
        if region in MARKETS:
            return (region,)
        return get_language(self.language).markets if self.language else ()


class CatalogUnit(Record):
    path: str | None
    locale: str
    language: str
    header: Mapping[str, str]
    entries: tuple[EntryUnit, ...] = ()
    header_line: int = 1


class CaptionUnit(Record):
    text: str
    language: str | None
    """The language the caption is checked in (declared, else detected); None if unknown."""
    declared: str | None = None
    detection: Any = None
    targets: tuple[str, ...] = ()
    """Languages the caption will be localized into (`--to`)."""
    markets: tuple[str, ...] = ()
    """Markets where it is shown (`--market`, else those of its language and targets)."""
    explicit_markets: bool = False
    """True when the markets were given (`--market`, a batch record), not implied."""
    own_markets: tuple[str, ...] = ()
    """The markets of the caption's own language (its source audience)."""
    id: str | None = None
    cue: int | None = None
    time: str | None = None
    path: str | None = None
    line: int | None = None
    extra: Mapping[str, Any] = MappingProxyType({})
