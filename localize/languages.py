"""The 7 supported languages and 8 markets, as data.

Per-language behaviour lives here (and in the glossary), never in `if lang == ...`
branches: scripts, whether words are space-delimited, the gettext plural policy, the
markets a language is published in.

Plural policy: the toolkit writes the gettext plural rules used by GNU gettext, Django
and every PO editor (two forms for fr/es/pt, one for ja/ko/id). CLDR adds a third
category, "many", for fr/es/pt (1 000 000 de personnes); gettext tools and translators
do not use it, so catalogs with three forms are reported by `catalog check` with the fix.
"""

from __future__ import annotations

from .errors import LanguageError
from .i18n import _
from .records import Record


class Language(Record):
    code: str
    """ISO 639-1 code, the key used everywhere in the toolkit ('pt')."""
    english_name: str
    native_name: str
    default_locale: str
    """gettext form of the market variant the network publishes in ('pt_BR')."""
    markets: tuple[str, ...]
    """Markets (ISO 3166 alpha-2) where content in this language is published."""
    scripts: tuple[str, ...]
    """ISO 15924 scripts the language is written in."""
    space_delimited: bool
    """Whether words are separated by spaces (False: ja; ko uses spaces between eojeol)."""
    nplurals: int
    plural_expr: str
    """C expression for gettext's Plural-Forms header."""

    @property
    def bcp47(self) -> str:
        return self.default_locale.replace("_", "-")

    @property
    def plural_forms(self) -> str:
        """The `Plural-Forms` header value the toolkit writes for this language."""
        return f"nplurals={self.nplurals}; plural={self.plural_expr};"


class Market(Record):
    code: str
    english_name: str
    languages: tuple[str, ...]
    """Languages published in this market, primary first."""


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", "en_US", ("US", "GB"), ("Latn",), True, 2, "(n != 1)"),
        Language("fr", "French", "français", "fr_FR", ("FR",), ("Latn",), True, 2, "(n > 1)"),
        Language(
            "ja",
            "Japanese",
            "日本語",
            "ja_JP",
            ("JP",),
            ("Jpan", "Hira", "Kana", "Hani"),
            False,
            1,
            "0",
        ),
        Language("ko", "Korean", "한국어", "ko_KR", ("KR",), ("Kore", "Hang"), True, 1, "0"),
        Language("id", "Indonesian", "Bahasa Indonesia", "id_ID", ("ID",), ("Latn",), True, 1, "0"),
        Language("es", "Spanish", "español", "es_MX", ("MX",), ("Latn",), True, 2, "(n != 1)"),
        Language("pt", "Portuguese", "português", "pt_BR", ("BR",), ("Latn",), True, 2, "(n > 1)"),
    )
}

MARKETS: dict[str, Market] = {
    market.code: market
    for market in (
        Market("US", "United States", ("en", "es")),
        Market("GB", "United Kingdom", ("en",)),
        Market("FR", "France", ("fr",)),
        Market("JP", "Japan", ("ja",)),
        Market("KR", "South Korea", ("ko",)),
        Market("ID", "Indonesia", ("id",)),
        Market("MX", "Mexico", ("es",)),
        Market("BR", "Brazil", ("pt",)),
    )
}

SUPPORTED_CODES: tuple[str, ...] = tuple(LANGUAGES)
DEFAULT_CATALOG_LOCALES: tuple[str, ...] = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")


def _split(code: str) -> tuple[str, str | None]:
    text = code.strip().replace("-", "_")
    if "." in text:  # 'fr_FR.UTF-8'
        text = text.split(".", 1)[0]
    if "@" in text:
        text = text.split("@", 1)[0]
    lang, _, region = text.partition("_")
    return lang.lower(), (region.upper() or None)


def get_language(code: str) -> Language:
    """The supported language for `code` ('pt-BR', 'pt_BR', 'PT', 'pt_br.UTF-8' -> pt).

    Raises LanguageError listing the supported codes for anything else, so a typo
    never silently falls back to English.
    """
    lang, _region = _split(code or "")
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise LanguageError(
            _("unsupported language {code!r}; supported: {supported}").format(
                code=code, supported=", ".join(SUPPORTED_CODES)
            )
        ) from None


def normalize_locale(code: str) -> str:
    """gettext form of a locale code ('pt-br' -> 'pt_BR', 'FR' -> 'fr'); the language must be supported."""
    lang, region = _split(code or "")
    get_language(lang)
    if region is not None and not (region.isalpha() and len(region) == 2):
        raise LanguageError(_("invalid region in locale {code!r}").format(code=code))
    return f"{lang}_{region}" if region else lang


def get_market(code: str) -> Market:
    """The market for an ISO 3166 code ('br' -> BR); an unknown one lists the supported markets."""
    key = (code or "").strip().upper()
    if key == "UK":
        key = "GB"
    try:
        return MARKETS[key]
    except KeyError:
        raise LanguageError(
            _("unknown market {code!r}; supported: {supported}").format(
                code=code, supported=", ".join(MARKETS)
            )
        ) from None


def markets_for(languages: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The markets that content in these languages reaches, in a stable order, without repeats."""
    seen: dict[str, None] = {}
    for code in languages:
        for market in get_language(code).markets:
            seen.setdefault(market, None)
    return tuple(seen)


def display_name(code: str, ui_locale: str = "en") -> str:
    """The language's name as a speaker of `ui_locale` says it (babel's CLDR data)."""
    from babel import Locale

    return (
        Locale.parse(normalize_locale(code)).get_display_name(normalize_locale(ui_locale)) or code
    )
