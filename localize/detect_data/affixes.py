"""Spelling patterns that mark a word's language, written by hand from the languages' grammars.

The character trigram model sees three letters at a time and its profiles are pruned, so
it misses longer endings (-ieron, -ções, -aient, -ness, -nya) that grammar makes
reliable. Each entry: pattern -> weight in nats added to that language's log-likelihood of
a word that shows it. Weights are a priori (3: practically unique to the language, 2: strong,
1: a hint), not fitted to any data. Kinds: word endings, word beginnings, and letter
sequences anywhere in the word. Only the best-matching pattern of each kind counts.
"""

from __future__ import annotations

# fmt: off
ENDINGS: dict[str, dict[str, float]] = {
    "pt": {
        "ção": 3, "ções": 3, "são": 2, "sões": 3, "ão": 2.5, "ões": 3, "ães": 3, "ãos": 3, "ãe":
        3, "agem": 2, "agens": 3, "dade": 1.5, "vel": 1.5, "veis": 2.5, "eiro": 1.5, "eira": 1.5,
        "eiros": 1.5, "eiras": 1.5, "ência": 1.5, "ância": 1.5, "inho": 2, "inha": 2, "inhos": 2,
        "inhas": 2, "aram": 2.5, "eram": 2.5, "iram": 2.5, "avam": 2.5, "ava": 1, "essem": 2.5,
        "assem": 2.5, "issem": 2.5, "eis": 1.5, "éis": 2, "óis": 2, "ês": 2.5, "eu": 1, "iu": 1.5,
        "ou": 1.5, "em": 1, "ém": 2.5, "ns": 1.5, "mente": 0.5, "ista": 0.3, "amento": 1.5,
        "imento": 1.5, "lho": 2, "lha": 2, "nho": 2, "nha": 2, "lhos": 2, "lhas": 2, "nhos": 2,
        "nhas": 2, "ário": 1, "ória": 1, "m": 1.5, "ei": 1.5, "ais": 1, "esse": 1, "asse": 1,
        "isse": 1.5, "ssem": 2.5
    },
    "es": {
        "ción": 3, "ciones": 3, "sión": 2.5, "siones": 2.5, "idad": 2, "dad": 1.5, "miento": 3,
        "mientos": 3, "aje": 2, "ajes": 2, "aba": 1.5, "aban": 2.5, "abas": 2, "aron": 2.5,
        "ieron": 3, "iendo": 3, "ían": 2, "ió": 2.5, "ué": 1.5, "ón": 2.5, "án": 2, "én": 1.5,
        "ín": 1.5, "ados": 0.3, "ía": 0.3, "ero": 0.3, "ajo": 1, "eza": 1, "ez": 1, "anza": 1.5,
        "encia": 1.5, "ancia": 1.5, "able": 0.5, "ible": 0.5, "ísimo": 2.5, "ísima": 2.5,
        "ísimos": 2.5, "ito": 0.5, "ita": 0.5, "illo": 2, "illa": 2, "lla": 1, "arse": 2.5,
        "erse": 2.5, "irse": 2.5, "arme": 2, "arte": 0.5, "ando": 0.3, "uy": 2, "oy": 1, "ños": 3,
        "ñas": 3, "ño": 3, "ña": 3, "an": 1, "en": 1, "eron": 2.5, "zca": 2.5, "zcan": 3, "zco":
        2.5
    },
    "fr": {
        "eux": 2.5, "euse": 2.5, "euses": 2.5, "eaux": 3, "eau": 2.5, "aux": 1.5, "ière": 3,
        "ières": 3, "ée": 3, "ées": 3, "ait": 1.5, "aient": 3, "ions": 0.5, "ez": 1, "ement": 1,
        "ique": 2, "iques": 2.5, "oir": 2.5, "oire": 2.5, "oires": 2.5, "ité": 3, "ités": 3,
        "elle": 1.5, "elles": 2, "ette": 1.5, "ettes": 2, "eur": 2, "eurs": 2.5, "ète": 3,
        "èrent": 3, "ère": 2.5, "ères": 2.5, "ès": 2, "ent": 0.5, "ant": 0.3, "ants": 1, "ante":
        0.5, "antes": 0.3, "aire": 1.5, "aires": 2, "isme": 2, "iste": 1, "ien": 1.5, "iens": 2.5,
        "ienne": 3, "iennes": 3, "tions": 0.3, "oi": 1.5, "ois": 1.5, "eil": 2.5, "eille": 3,
        "ouille": 3, "ail": 1, "aille": 3, "erie": 1.5, "quer": 2.5, "guer": 1, "cer": 0.5, "ger":
        0.5, "issez": 3, "ais": 1, "rez": 2.5, "rons": 2.5, "rait": 3, "raient": 3
    },
    "en": {
        "ing": 1.5, "ings": 3, "ness": 3, "ship": 2.5, "ful": 2.5, "less": 2.5, "ly": 1.5, "ght":
        3, "th": 2, "ity": 2.5, "ities": 3, "ous": 1, "ers": 1, "ism": 2, "ist": 1, "ies": 1.5,
        "ied": 3, "ed": 1, "ck": 2, "ks": 2, "ward": 3, "wards": 3, "ize": 2, "ized": 3, "ise":
        0.5, "ised": 2, "ical": 2, "ally": 2.5, "ble": 0.3, "age": 0.3, "ment": 0.5, "ments": 0.5,
        "ey": 1.5, "ay": 1, "ow": 2, "ew": 2.5, "aw": 2.5, "own": 2, "wn": 2.5, "ould": 3, "ough":
        3, "dge": 3, "tch": 3, "sh": 2, "ph": 1.5, "ty": 1, "ry": 1, "cy": 1.5, "ys": 1.5, "er":
        0.3, "y": 0.5
    },
    "id": {
        "kan": 2.5, "nya": 3, "lah": 2, "kah": 2, "pun": 1, "an": 0.5, "ng": 0.5, "nan": 1,
        "kannya": 3, "annya": 3, "inya": 3, "ku": 1, "mu": 1, "ai": 0.5, "au": 1, "ah": 1, "ik":
        1, "uk": 1.5, "ak": 1, "ap": 1.5, "at": 0.3, "ut": 1, "ung": 1.5, "ang": 1
    },
}

BEGINNINGS: dict[str, dict[str, float]] = {
    "id": {
        "meng": 2.5, "meny": 3, "mem": 1, "men": 0.5, "peng": 2.5, "peny": 3, "pem": 1, "ber": 1,
        "ter": 0.5, "diper": 3, "dike": 2, "ke": 0.3, "se": 0.2, "per": 0.5, "mempe": 3, "memper":
        3
    },
    "en": {
        "wh": 3, "th": 2, "sh": 1.5, "kn": 2.5, "wr": 2.5, "un": 0.5, "ov": 1, "w": 1
    },
    "es": {
        "ll": 2.5, "ñ": 3, "hue": 2.5, "bue": 2, "nue": 2, "pue": 1.5, "des": 0.3
    },
    "fr": {
        "qu'": 3, "aujourd": 3, "oeu": 3, "œ": 3, "ré": 0.5, "dé": 0.3
    },
    "pt": {
        "lh": 2, "nh": 2
    },
}

ANYWHERE: dict[str, dict[str, float]] = {
    "pt": {
        "ã": 3, "õ": 3, "nh": 1.5, "lh": 2, "ç": 0.5, "ê": 1, "ô": 1, "ss": 1, "ix": 0.5
    },
    "es": {
        "ñ": 3, "ie": 0.5, "ll": 1, "ü": 1.5, "bue": 1, "cue": 1, "due": 0.5, "fue": 1.5, "lue":
        1, "mue": 1.5, "nue": 1.5, "pue": 1.5, "rue": 1, "sue": 1, "tue": 1, "vue": 1.5, "hue":
        1.5, "ue": 0.5
    },
    "fr": {
        "è": 2, "œ": 3, "û": 3, "ù": 3, "ï": 2, "î": 2, "ë": 2, "ç": 0.5, "eau": 2.5, "oeu": 3,
        "ê": 1, "ô": 0.5, "aî": 3
    },
    "en": {
        "w": 1, "wh": 2, "ck": 2, "ee": 1, "oo": 1, "th": 1, "sh": 1, "ght": 3, "tch": 2
    },
    "id": {
        "ngg": 2, "ngk": 2, "ny": 1, "kh": 1, "sy": 1.5, "aa": 1, "uk": 0.5, "ua": 0.5
    },
}
# fmt: on

# Spelling rules that need a context, as regular expressions over the lower-cased word
# (NFC): pattern -> weight per language, negative for spellings a language's native words
# never show. All matching rules count.
RULES: tuple[tuple[str, dict[str, float]], ...] = (
    # Portuguese marks the stress of proparoxytones in -ia/-io, Spanish does not:
    # história, família, início, Ásia / historia, familia, inicio, Asia.
    (r"[áéíóúâêô][^\W\daeiouáéíóúâêôãõ]+i[ao]s?$", {"pt": 2.5, "es": -1.5}),
    # Spanish stresses -ía/-ío after a consonant, Portuguese writes dia, energia, tio.
    (r"[^\W\daeiou]í(?:[ao]s?|an)$", {"es": 2.0, "pt": -1.0}),
    # "y" is Spanish (and English, Indonesian), never Portuguese or French native spelling.
    (r"y", {"pt": -1.5}),
    # Spanish writes no "ou" (pouco, outro, sou / poco, otro, soy) and no "ss".
    (r"ou", {"es": -1.0}),
    (r"ss", {"es": -1.5}),
    # French past participles: -é is the most frequent French word ending after -e.
    (r"[^\W\daeiouéè]é$", {"fr": 1.5}),
    # Spanish diphthong ie before m (tiempo, siempre, miembro); Portuguese has tempo, sempre.
    (r"iem", {"es": 1.5}),
)
