"""Masking and restoration: what MT must not touch comes back verbatim, or the output is refused."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from localize.translate.protect import find_spans, mask, token, unmask


def kinds(text: str, **kw) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_spans(text, **kw)]


def roundtrip(text: str, damage=lambda s: s):
    masked = mask(text, find_spans(text))
    return masked, unmask(masked, damage(masked.text))


def test_placeholders_of_every_gettext_flavour_are_protected():
    text = "%(count)d files in %s, {0} of {name} ({total:>5}), %1$s and 100%%"
    assert kinds(text) == [
        ("placeholder", "%(count)d"),
        ("placeholder", "%s"),
        ("placeholder", "{0}"),
        ("placeholder", "{name}"),
        ("placeholder", "{total:>5}"),
        ("placeholder", "%1$s"),
        ("placeholder", "%%"),
    ]


def test_caption_furniture_is_protected_in_every_script():
    caption = "Estás a salvo 💛 Llama al 800 911 2000 o visita https://www.gob.mx/conasama. #SaludMental @fides_mx"
    assert kinds(caption) == [
        ("emoji", "💛"),
        ("number", "800 911 2000"),
        ("url", "https://www.gob.mx/conasama"),
        ("hashtag", "#SaludMental"),
        ("mention", "@fides_mx"),
    ]
    ja = "よりそいホットライン 0120-279-338に電話を。#こころの健康"
    assert kinds(ja) == [("number", "0120-279-338"), ("hashtag", "#こころの健康")]


def test_percent_in_prose_is_not_a_placeholder():
    assert kinds("100% sure, 50 % off") == [("number", "100%"), ("number", "50")]


def test_html_and_emails_and_bare_domains():
    text = (
        '<a href="https://3114.fr">Appelez</a> le 3114 ou écrivez à jo@samaritans.org (cvv.org.br)'
    )
    assert [k for k, _ in kinds(text)] == ["html", "html", "number", "email", "url"]


def test_captions_can_treat_braces_as_text():
    assert kinds("Tag a friend {you know who}", placeholders=False) == []


def test_tokens_survive_case_space_and_full_width_damage():
    text = "Call %(name)s at 116 123, 24/7"
    _masked, restored = roundtrip(
        text, lambda s: s.replace(token(0), "zq 0 x").replace(token(1), "ＺＱ１Ｘ")
    )
    assert restored.ok, restored.problems
    assert restored.text == text


def test_lost_token_is_rejected():
    _m, restored = roundtrip("Text 988 now", lambda s: s.replace(token(0), ""))
    assert not restored.ok
    assert restored.problems == ("lost number '988'",)


def test_split_or_merged_tokens_are_rejected():
    _m, r = roundtrip("Save {file} to {dir}", lambda s: s.replace("ZQ0X", "ZQ0-X"))
    assert "lost placeholder '{file}'" in r.problems
    _m, r = roundtrip(
        "Save {file} to {dir}", lambda s: s.replace("ZQ0X", "ZQ0ZQ1XX").replace(" ZQ1X", "")
    )
    assert not r.ok


def test_repeated_token_is_rejected():
    _m, r = roundtrip("Call 988", lambda s: s + " " + token(0))
    assert r.problems == ("repeated number '988'",)


def test_positional_placeholders_may_not_swap_but_named_ones_may_move():
    _m, r = roundtrip("Copy %s to %s", lambda s: "Copier ZQ1X vers ZQ0X")
    assert r.problems == ("positional placeholders reordered",)
    _m, r = roundtrip("Copy %(src)s to %(dst)s", lambda s: "Vers ZQ1X, copier ZQ0X")
    assert r.ok and r.text == "Vers %(dst)s, copier %(src)s"


def test_number_invented_by_the_engine_is_rejected():
    # the engine "helpfully" writes the number itself next to the token
    _m, r = roundtrip("Call 988", lambda s: s + " (988)")
    assert r.problems == ("repeated number '988'",)


def test_nothing_left_to_translate():
    masked = mask("%s: {0} 🙂 988", find_spans("%s: {0} 🙂 988"))
    assert not masked.translatable
    assert mask("Hi %s", find_spans("Hi %s")).translatable


_PIECES = st.sampled_from(
    ["a", "b", " ", "%", "s", "{", "}", "0", "(", ")", "#", "@", ":", "/", ".", "-", "🙂", "1"]
    + ["%(n)d", "{x}", " 988 ", "https://a.org", "<b>", "猫", "ZQ"]
)


@given(st.lists(_PIECES, max_size=25).map("".join))
def test_mask_then_unmask_is_identity(text):
    masked = mask(text, find_spans(text))
    restored = unmask(masked, masked.text)
    assert restored.ok, restored.problems
    assert restored.text == text


@given(st.lists(_PIECES, max_size=25).map("".join), st.booleans())
def test_case_and_space_damage_to_tokens_is_repaired(text, upper):
    masked = mask(text, find_spans(text))
    damaged = re.sub(
        r"ZQ(\d+)X", lambda m: f"Zq {m.group(1)} x" if upper else f"zQ{m.group(1)} X", masked.text
    )
    restored = unmask(masked, damaged)
    assert restored.ok, restored.problems
    assert restored.text == text


def test_a_text_containing_the_token_letters_gets_other_tokens():
    text = "Reply ZQ1X to %s"  # a creator's code that looks like a token
    masked = mask(text, find_spans(text))
    assert masked.prefix != "ZQ" and "ZQ1X" in masked.text
    restored = unmask(masked, masked.text.replace("Reply", "Répondez"))
    assert restored.ok and restored.text == "Répondez ZQ1X to %s"
