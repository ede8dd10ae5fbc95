"""Is the translation in the catalog's language at all?

`wrong-language` reports a msgstr confidently detected as another language (a Spanish
string pasted into the Portuguese catalog, an English sentence left in the Korean one);
`untranslated-copy` reports a msgstr that is the msgid copied, where the msgid is prose a
translator would translate. Both decline rather than guess: short strings, names,
technical tokens ("OK", "Email", "Python Module Index") and text the detector is unsure
of produce nothing, because a QA report that cries wolf is switched off.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ..findings import Finding
from ..i18n import _
from . import CheckContext, check
from .format import finding, mask_code, translated_forms
from .terminology import dnt_hits
from .units import EntryUnit

# Below this many letters (Latin, Hangul) a detection is a guess; CJK characters carry more.
MIN_LETTERS = 30
MIN_WORDS = 5
MIN_CJK_CHARS = 12
# The detector's own "confident" threshold still lets Spanish/Portuguese and short
# technical sentences through on real catalogs; a QA finding needs near certainty.
MIN_CONFIDENCE = 0.99

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_CODE_TOKEN = re.compile(r"\S*(?:[_/\\=]|[a-z][A-Z]|\.\w)\S*")
# Scripts only one catalog language writes: a msgstr mostly in one of them is in that language.
_OWN_SCRIPTS = {
    "Hang": re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]"),
    "Hira": re.compile(r"[\u3040-\u309f]"),
    "Kana": re.compile(r"[\u30a0-\u30ff]"),
}
# Function words only one of the Latin-script catalog languages writes. A msgstr with two
# of its own language's and none of the others' is in its language: no detection needed
# (most of a catalog; the detector then runs only where there is doubt).
_OWN_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is you your with this that are for from have was will be not it can "
        "please when which".split()
    ),
    "fr": frozenset(
        "le les des du est et une pour dans avec vous votre vos pas sur qui au aux ce cette "
        "sont être été peut ne".split()
    ),
    "es": frozenset(
        "el los las del una es está están usted su sus puede puedes al y lo muy pero hay ya "
        "también con".split()
    ),
    "pt": frozenset(
        "os do da dos das um uma não com você seu sua na nos nas ao é em pelo pela são".split()
    ),
    "id": frozenset(
        "yang dan di ke dari untuk dengan ini itu tidak ada akan anda kamu atau pada dalam "
        "bisa sudah juga karena".split()
    ),
}
# Detection cost grows with length; this many characters of prose decide a language.
SAMPLE_CHARS = 120
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _prose(text: str, ctx: CheckContext) -> str:
    """The text without placeholders, tags, URLs, code-like tokens and do-not-translate names."""
    masked = mask_code(text)
    for hit in dnt_hits(ctx, text):
        masked = masked[: hit.start] + " " * (hit.end - hit.start) + masked[hit.end :]
    return _CODE_TOKEN.sub(" ", masked)


def _language_name(code: str) -> str:
    from ..i18n import ui_language
    from ..languages import display_name

    try:
        return display_name(code, ui_language())
    except Exception:  # an unsupported code from the detector: show the code
        return code


def _detect(ctx: CheckContext, text: str) -> Any:
    detector = ctx.detector
    if detector is None:
        return None
    return ctx.memo(("detect", text), lambda: detector.detect(text))


def _in_own_script(prose: str, lang: str, letters: int) -> bool:
    """Whether most of the text is in a script only `lang` writes (Hangul for ko, kana for ja)."""
    from ..languages import LANGUAGES

    language = LANGUAGES.get(lang)
    if language is None or not letters:
        return False
    own = sum(
        len(_OWN_SCRIPTS[script].findall(prose))
        for script in language.scripts
        if script in _OWN_SCRIPTS
    )
    return own * 3 >= letters


def _plainly_in(words: list[str], lang: str) -> bool:
    """Whether the words carry two function words of `lang` and none of another language's."""
    own = _OWN_WORDS.get(lang)
    if own is None:
        return False
    lowered = {w.lower() for w in words}
    if len(lowered & own) < 2:
        return False
    return not any(lowered & other for code, other in _OWN_WORDS.items() if code != lang)


def _has_words_of(words: list[str], lang: str) -> bool:
    """Whether a Latin-script text has a function word of the detected language.

    A sentence in a language has its little words; technical fragments ("define tag:
    inclui blocos only com TAG") fool n-gram statistics but have none of the other
    language's, so they are not reported.
    """
    own = _OWN_WORDS.get(lang)
    return own is None or bool({w.lower() for w in words} & own)


def _samples(text: str) -> list[str]:
    """The head of a long text, and its tail when it is long enough to hold another sentence.

    A translator who pastes the English after a half-finished translation leaves the
    foreign part at the end.
    """
    if len(text) <= SAMPLE_CHARS:
        return [text]
    head = text[:SAMPLE_CHARS].rsplit(" ", 1)[0]
    if len(text) < SAMPLE_CHARS * 3 // 2:
        return [head]
    return [head, text[-SAMPLE_CHARS:].split(" ", 1)[-1]]


def _foreign(ctx: CheckContext, text: str, lang: str) -> Any:
    """A near-certain detection of another language than `lang` in the text, else None."""
    for sample in _samples(text):
        detection = _detect(ctx, sample)
        if detection is None or not detection.is_confident or not detection.lang:
            continue
        if detection.confidence >= MIN_CONFIDENCE and detection.lang != lang:
            return detection
    return None


@check("L501", "wrong-language", "warning")
def wrong_language(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A translation is confidently detected as another language than the catalog's.

    Only sufficiently long prose is judged (at least five words and thirty letters, or
    twelve CJK characters, once placeholders, markup, URLs and names are removed); only a
    near-certain detection counts, and in Latin script only when the text also has the
    function words of the language detected. A msgstr identical to its msgid is
    `untranslated-copy`'s.
    """
    lang = unit.language
    if not lang or ctx.detector_factory is None:
        return
    for field, source, text in translated_forms(unit):
        if text.strip() == source.strip():
            continue
        if _plainly_in(_WORD.findall(text), lang) or _in_own_script(text, lang, len(text)):
            continue  # cheap screens first: most of a catalog is plainly in its language
        prose = _prose(text, ctx)
        cjk = len(_CJK.findall(prose))
        words = _WORD.findall(prose)
        letters = sum(len(w) for w in words)
        if cjk < MIN_CJK_CHARS and (len(words) < MIN_WORDS or letters < MIN_LETTERS):
            continue
        if _in_own_script(prose, lang, letters + cjk):
            continue
        if _plainly_in(words, lang):
            continue
        detection = _foreign(ctx, " ".join(prose.split()), lang)
        if detection is None or not _has_words_of(words, detection.lang):
            continue
        yield finding(
            unit,
            field,
            _("the translation reads as {detected} ({confidence:.0%}), not {expected}").format(
                detected=_language_name(detection.lang),
                confidence=detection.confidence,
                expected=_language_name(lang),
            ),
            extra=(("detected", detection.lang), ("confidence", round(detection.confidence, 3))),
        )


def _translatable_prose(source: str, ctx: CheckContext, latin_target: bool) -> bool:
    """Whether a copied source would be an untranslated message, not a name or a term.

    Prose has lower-case words: "Add another item" is prose, "Python Module Index",
    "Mental Health First Aid", "OK", "Email", "URL" are names or terms that many
    languages keep. Copies into a language with another script need fewer words.
    """
    words = [w for w in _WORD.findall(_prose(source, ctx)) if len(w) >= 2]
    lower = [w for w in words if w == w.lower()]
    if latin_target:
        return len(words) >= 3 and len(lower) >= 2
    return len(words) >= 2 and len(lower) >= 1


@check("L502", "untranslated-copy", "warning")
def untranslated_copy(unit: EntryUnit, ctx: CheckContext) -> Iterator[Finding]:
    """A translation is the msgid copied unchanged, though it is translatable prose.

    A copy is fine for names, codes, single words many languages share ("Documentation",
    "Email"), title-case names and markup-only strings; it is reported when the msgid is a
    phrase with ordinary lower-case words (three into Latin-script languages, two into
    Japanese or Korean), which no catalog language but the source writes the same way.
    """
    from ..languages import LANGUAGES

    lang = unit.language
    if not lang or lang == unit.source_language or lang not in LANGUAGES:
        return
    latin = "Latn" in LANGUAGES[lang].scripts
    for field, source, text in translated_forms(unit):
        if unicodedata.normalize("NFC", text.strip()) != unicodedata.normalize(
            "NFC", source.strip()
        ):
            continue
        if not _translatable_prose(source, ctx, latin):
            continue
        yield finding(
            unit,
            field,
            _("the translation is the source text copied unchanged"),
            matched=text,
        )
