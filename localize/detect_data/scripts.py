"""Scripts of caption words, and the Han characters that tell Japanese from Chinese.

Script evidence comes before any n-gram: Hangul is Korean, kana is Japanese, and a word in
another script (Cyrillic, Thai, ...) is none of the supported languages. ISO 15924 codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# --- scripts --------------------------------------------------------------------------------


def char_script(ch: str) -> str:
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "Hang"
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "Kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or o >= 0x20000:
        return "Hani"
    if 0x0300 <= o <= 0x036F:
        return "Zinh"
    if 0x0370 <= o <= 0x03FF:
        return "Grek"
    if 0x0400 <= o <= 0x052F:
        return "Cyrl"
    if 0x0590 <= o <= 0x05FF:
        return "Hebr"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F:
        return "Arab"
    if 0x0900 <= o <= 0x097F:
        return "Deva"
    if 0x0E00 <= o <= 0x0E7F:
        return "Thai"
    return "Zzzz"


_LATIN = r"\x00-\u024f\u1e00-\u1eff\u0300-\u036f"
NOT_LATIN_RE = re.compile(rf"[^{_LATIN}]")
NOT_LATIN_LETTER_RE = re.compile(rf"[^\W\d_{_LATIN}]")
"""A letter (what SPLIT_RE's letter runs hold) that is not Latin: one search over a text
instead of joining its letter runs and searching them with NOT_LATIN_RE."""
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_HAN = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0010ffff"


@lru_cache(maxsize=1)
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(kana, Hangul only, kana and Han only): compiled on first use (~3 ms), as Latin
    text never needs them."""
    return (
        re.compile(f"[{_KANA}]"),
        re.compile(f"[{_HANGUL}]+"),
        re.compile(f"[{_KANA}{_HAN}]+"),
    )


def has_kana(text: str) -> bool:
    """Whether `text` holds a kana character (or a combining kana mark)."""
    return _cjk_patterns()[0].search(text) is not None


def hangul_only(text: str) -> bool:
    """Whether `text` is non-empty and all Hangul (`char_script`'s ranges)."""
    return _cjk_patterns()[1].fullmatch(text) is not None


def kana_han_only(text: str) -> bool:
    """Whether `text` is non-empty and all kana and Han (`char_script`'s ranges)."""
    return _cjk_patterns()[2].fullmatch(text) is not None


_ONE_SCRIPT_RANGES = {
    "Hang": _HANGUL,
    "Hani": _HAN,
    "Grek": "\u0370-\u03ff",
    "Cyrl": "\u0400-\u052f",
    "Hebr": "\u0590-\u05ff",
    "Arab": "\u0600-\u06ff\u0750-\u077f",
    "Deva": "\u0900-\u097f",
    "Thai": "\u0e00-\u0e7f",
}


@lru_cache(maxsize=16)
def _one_script(script: str) -> Callable[[str], re.Match[str] | None] | None:
    """Whole-word match of one script's characters as `char_script` assigns them, combining
    marks (Zinh, which `word_script` ignores) included, or None for other scripts: a word
    it matches is in that one script, found with one C-level match instead of a call per
    character. Compiled on first use."""
    ranges = _ONE_SCRIPT_RANGES.get(script)
    return None if ranges is None else re.compile(f"[{ranges}\u0300-\u036f]+").fullmatch


def word_script(word: str) -> str:
    """The script of a word; kana anywhere makes it Japanese ('Jpan')."""
    if not NOT_LATIN_RE.search(word):
        return "Latn"
    if has_kana(word):
        return "Jpan"
    first = char_script(word[0])
    one = _one_script(first)
    if one is not None and one(word):
        return first
    scripts = {char_script(ch) for ch in word}
    scripts.discard("Zinh")
    if len(scripts) == 1:
        return scripts.pop()
    if not scripts:
        return "Zyyy"
    if "Hang" in scripts:
        return "Hang"
    if "Hani" in scripts:
        return "Hani"
    return "Latn" if "Latn" in scripts else sorted(scripts)[0]


# Han characters that settle Japanese vs Chinese. Japanese-only: shinjitai forms that
# differ from both simplified and traditional Chinese, and kokuji. Chinese-only: simplified
# forms Japanese does not use, traditional forms Japanese simplified differently, and
# function characters of Chinese syntax that Japanese writes in kana.
JA_ONLY_HAN = frozenset(
    "気図駅広読売円関様済経続総検変対応帰悪楽薬労働込峠畑枠辻匂栃姉歩毎黒戦歳発県"
    "乗恵挙拝拡拠粋雑壊懐釈択沢焼渋獣畳縄縦粛絵繊転鉄隠険験騒単厳巣営覚鶏児剤剣"
    "勧収嬢帯庁従徴払抜捜摂斎曽桜桟栄歴殻浜"
)
ZH_ONLY_HAN = frozenset(
    # simplified forms
    "们这说么个过还问吗谢东车长门间电话习书马鸟鱼龙风飞页头实现觉认让网爱对关气图读"
    "卖经续总变应乐药劳时为动开发进样从种给钱听讲诉护师难"
    # traditional forms that Japanese writes differently
    "們這說麼個過還沒嗎對關氣圖讀賣經續總變應樂藥勞醫學體國會實覺讓發從錢聽難"
    # function characters of Chinese syntax
    "呢吧啊你她很"
)
