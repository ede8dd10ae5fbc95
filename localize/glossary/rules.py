"""Per-language matching rules, as data (no `if lang == ...` in the matcher).

Each language says: whether a hit must sit on word boundaries (not for Japanese, written
without spaces), whether accents are folded (users drop them: 'depresion', 'anxiete'),
which particles may follow a term without breaking the boundary (Korean 극단적 선택을),
which French elisions a term may take (le + anxiété -> l'anxiété), how words inflect
(suffix rewrites: commit -> committed, suicidado -> suicidadas) and which words never
inflect, the slots a term may use ({poss} own life -> his/her/their own life), and
whether multiword terms also match written without spaces (Korean spacing is loose; hashtags).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class LanguageRules:
    word_boundaries: bool = True
    fold_accents: bool = True
    particles: tuple[str, ...] = ()
    """Suffixes that may follow a term inside the same word (up to two, e.g. 들 + 을)."""
    elisions: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Word -> elided form used before a vowel or mute h ('le' -> "l'")."""
    suffix_rules: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(ending, new endings): the first rule whose ending a word has rewrites it (longest listed first)."""
    irregular: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    double_final_consonant: bool = False
    """English CVC doubling (commit -> committed); both spellings are generated (users write 'commited')."""
    invariant: frozenset[str] = frozenset()
    min_inflect_length: int = 3
    slots: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    join_spaces: bool = False
    """Also match multiword terms written without spaces (극단적선택)."""
    hashtag_join: bool = True
    """Also match multiword terms run together, as in hashtags (#diedbysuicide)."""


_VOWELS = "aeiouhy"

_EN = LanguageRules(
    suffix_rules=(
        ("ed", ()),
        ("ing", ()),
        ("ife", ("ives", "ifes")),
        ("ss", ("sses", "ssed", "ssing")),
        ("sh", ("shes", "shed", "shing")),
        ("ch", ("ches", "ched", "ching")),
        ("ay", ("ays", "ayed", "aying")),
        ("ey", ("eys", "eyed", "eying")),
        ("oy", ("oys", "oyed", "oying")),
        ("y", ("ies", "ied", "ying")),
        ("e", ("es", "ed", "ing")),
        ("x", ("xes", "xed", "xing")),
        ("", ("s", "ed", "ing")),
    ),
    irregular=MappingProxyType(
        {
            "take": ("takes", "took", "taken", "taking"),
            "die": ("dies", "died", "dying"),
            "lose": ("loses", "lost", "losing"),
            "feel": ("feels", "felt", "feeling"),
            "think": ("thinks", "thought", "thinking"),
            "leave": ("leaves", "left", "leaving"),
            "have": ("has", "had", "having"),
            "be": ("is", "am", "are", "was", "were", "been", "being"),
            "go": ("goes", "went", "gone", "going"),
            "end": ("ends", "ended", "ending"),
            "person": ("people", "persons"),
            "life": ("lives",),
        }
    ),
    double_final_consonant=True,
    invariant=frozenset(
        "a an the by of to in on at for from with and or my your his her their our its own "
        "one's oneself is are was so very".split()
    ),
    slots=MappingProxyType(
        {
            "poss": ("my", "your", "his", "her", "their", "our", "one's"),
            "refl": (
                "myself",
                "yourself",
                "himself",
                "herself",
                "themselves",
                "themself",
                "ourselves",
                "oneself",
            ),
        }
    ),
)

_FR = LanguageRules(
    elisions=MappingProxyType(
        {
            "le": "l'",
            "la": "l'",
            "de": "d'",
            "que": "qu'",
            "se": "s'",
            "ne": "n'",
            "je": "j'",
            "me": "m'",
            "te": "t'",
            "ce": "c'",
            "jusque": "jusqu'",
        }
    ),
    suffix_rules=(
        ("al", ("aux", "ale", "ales")),
        ("eux", ("euse", "euses")),
        ("if", ("ifs", "ive", "ives")),
        ("x", ()),
        ("s", ()),
        ("e", ("es", "ee", "ees")),
        ("", ("s", "e", "es")),
    ),
    invariant=frozenset(
        "le la les l' de du des d' un une par a au aux en et ou se s' sa son ses sur est "
        "qui que pour avec dans il elle on ne pas".split()
    ),
    slots=MappingProxyType(
        {
            "poss": ("ses", "mes", "tes", "nos", "vos", "leurs"),
        }
    ),
)

_ES = LanguageRules(
    suffix_rules=(
        ("ion", ("iones",)),
        ("z", ("ces",)),
        ("o", ("a", "os", "as")),
        ("a", ("as",)),
        ("e", ("es",)),
        ("s", ()),
        ("", ("es",)),
    ),
    invariant=frozenset(
        "el la los las lo de del por un una unos unas se ha he han y o en a al con su sus "
        "que es sin muy".split()
    ),
    slots=MappingProxyType({"poss": ("su", "sus", "mi", "tu")}),
)

_PT = LanguageRules(
    suffix_rules=(
        ("ao", ("oes", "aes", "aos")),
        ("al", ("ais",)),
        ("el", ("eis",)),
        ("ol", ("ois",)),
        ("il", ("is",)),
        ("m", ("ns",)),
        ("r", ("res",)),
        ("z", ("zes",)),
        ("o", ("a", "os", "as")),
        ("a", ("as",)),
        ("e", ("es",)),
        ("s", ()),
        ("", ("s",)),
    ),
    invariant=frozenset(
        "o a os as de do da dos das por um uma uns umas se e ou em no na nos nas ao aos com "
        "sua seu suas seus que e sem muito".split()
    ),
    slots=MappingProxyType({"poss": ("sua", "seu", "minha", "tua")}),
)

# Indonesian enclitics attach to the word they follow (depresinya, gilanya).
_ID = LanguageRules(particles=("nya", "lah", "kah", "pun", "ku", "mu"))

_JA = LanguageRules(word_boundaries=False, fold_accents=False, hashtag_join=False)

# Korean: a term starts an eojeol and may be followed by particles, copula/verb endings or
# the common noun suffixes 률/율 (rate), 자 (person), 들 (plural): 극단적 선택을, 조현병이,
# 자해하는, 자살률. Spacing is loose, so multiword terms also match unspaced.
_KO = LanguageRules(
    fold_accents=False,
    particles=tuple(
        sorted(
            (
                "을 를 이 가 은 는 의 에 에서 에게 께 한테 로 으로 와 과 도 만 까지 부터 처럼 보다 "
                "이나 나 이란 란 이라 라 이라는 라는 이라고 라고 이다 입니다 이에요 예요 였다 이었다 "
                "하다 했다 한 하는 하고 해 했던 할 해서 하며 하려 적 적인 들 률 율 자 "
                "으로의 에의 과의 와의"
            ).split(),
            key=len,
            reverse=True,
        )
    ),
    join_spaces=True,
)

RULES: Mapping[str, LanguageRules] = MappingProxyType(
    {"en": _EN, "fr": _FR, "ja": _JA, "ko": _KO, "id": _ID, "es": _ES, "pt": _PT}
)

# Language-independent matching (do-not-translate names): boundaries, no inflection.
NEUTRAL = LanguageRules(hashtag_join=False)

# Masked / leetspeak spellings creators use to dodge moderation (su*cide, su1cide, $uicide).
LEET: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"i": ("1", "!"), "e": ("3",), "o": ("0",), "a": ("4", "@"), "s": ("$",), "u": ("v",)}
)
MASK_CHAR = "*"
MAX_MASK_RUN = 3


def rules_for(lang: str) -> LanguageRules:
    return RULES.get(lang, NEUTRAL)
