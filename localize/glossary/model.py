"""The termbase model: concepts with per-language terms, do-not-translate names, crisis lines.

Everything here is a frozen value. A concept is language-independent (id, category, risk,
definition, sources); each language has its own entry with terms and a review flag, because
what is safe to say differs per language (es-MX forbids 'se ha suicidado', French accepts
's'est suicidé'). Crisis lines belong to markets, not languages: a Spanish caption may reach
the US or Mexico.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Status(StrEnum):
    """How a term may be used (TBX administrativeStatus)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    FORBIDDEN = "forbidden"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return self.value


class Review(StrEnum):
    """Whether a language entry may be used without a human: some concepts have no safe wording."""

    NONE = "none"
    REQUIRED = "required"
    NO_SAFE_TRANSLATION = "no-safe-translation"

    def __str__(self) -> str:
        return self.value


class Category(StrEnum):
    SAFE_MESSAGING = "safe-messaging"
    CLINICAL = "clinical"
    STIGMA = "stigma"
    SLANG = "slang"
    BRAND = "brand"
    CRISIS = "crisis"

    def __str__(self) -> str:
        return self.value


RISKS: tuple[str, ...] = ("high", "medium", "low")


@dataclass(frozen=True)
class Term:
    """One wording of a concept in one language.

    `variants` are further surface forms matched as this term (spellings, conjugations
    the inflection rules cannot derive, algospeak); `algospeak` is the subset of them that
    are platform workarounds (su!cide, unalive), reported as such on a hit. `inflect` lets
    the language's inflection rules derive forms (committed, suicidados); `mask` derives
    masked spellings (su*cide, su1cide) for words creators censor; `match = False` keeps a
    generic wording out of the matcher while still suggesting it.
    """

    text: str
    status: Status = Status.PREFERRED
    replacement: str | None = None
    reason: str = ""
    variants: tuple[str, ...] = ()
    algospeak: tuple[str, ...] = ()
    verified: bool = True
    sources: tuple[str, ...] = ()
    inflect: bool = True
    mask: bool = False
    case_sensitive: bool = False
    match: bool = True
    """False for a wording to suggest that is too generic to find in text (Korean 사망했다
    'died', English 'living with'): it is offered as a preferred term but never matched."""

    @property
    def is_safe(self) -> bool:
        return self.status in (Status.PREFERRED, Status.ADMITTED)


@dataclass(frozen=True)
class LanguageEntry:
    """What one language says about a concept, and whether a human must decide."""

    terms: tuple[Term, ...] = ()
    review: Review = Review.NONE
    guidance: str = ""
    notes: str = ""
    verified: bool = True
    sources: tuple[str, ...] = ()

    @property
    def preferred(self) -> tuple[Term, ...]:
        """Terms safe to use: preferred first, then admitted (file order within each)."""
        return tuple(t for t in self.terms if t.status is Status.PREFERRED) + tuple(
            t for t in self.terms if t.status is Status.ADMITTED
        )

    @property
    def forbidden(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status in (Status.FORBIDDEN, Status.SUPERSEDED))


@dataclass(frozen=True)
class Concept:
    id: str
    category: Category
    risk: str = "low"
    definition: str = ""
    sources: tuple[str, ...] = ()
    dnt: bool = False
    languages: Mapping[str, LanguageEntry] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, hash=False
    )
    notes: str = ""

    def entry(self, lang: str) -> LanguageEntry | None:
        return self.languages.get(lang)

    @property
    def about_suicide(self) -> bool:
        """High-risk safe-messaging concepts: a caption hitting one is about suicide or self-harm."""
        return self.category is Category.SAFE_MESSAGING and self.risk == "high"


@dataclass(frozen=True)
class CrisisLine:
    """A crisis service of one market. Numbers are written as the service writes them."""

    market: str
    name: str
    number: str = ""
    url: str = ""
    notes: str = ""
    verified: bool = True
    sources: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermHit:
    """A term found in a text; start/end index the original text (not the normalised one)."""

    concept: Concept
    term: Term
    status: Status
    start: int
    end: int
    text: str
    algospeak: bool = False
    lang: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "concept": self.concept.id,
            "category": str(self.concept.category),
            "risk": self.concept.risk,
            "term": self.term.text,
            "status": str(self.status),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "algospeak": self.algospeak,
        }
        if self.term.replacement:
            data["replacement"] = self.term.replacement
        entry = self.concept.entry(self.lang) if self.lang else None
        if entry is not None and entry.review is not Review.NONE:
            data["review"] = str(entry.review)
        return data


@dataclass(frozen=True)
class CrisisHit:
    line: CrisisLine
    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, object]:
        return {
            "market": self.line.market,
            "name": self.line.name,
            "number": self.line.number,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }
