"""Caption tokenisation: what counts as a word, a tag, a mention, a URL, an emoji."""

from __future__ import annotations

import pytest

from localize.text import (
    Token,
    clean_caption,
    marks_and_rest,
    normalize,
    split_hashtag,
    squeeze_repeats,
    tokenize,
    words_and_tags,
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokenize(text) if t.kind != "space"]


def test_caption_pieces_are_classified():
    assert kinds("Ansiedade antes da prova? 🌬️ #mentalhealth #fyp") == [
        ("word", "Ansiedade"),
        ("word", "antes"),
        ("word", "da"),
        ("word", "prova"),
        ("punct", "?"),
        ("emoji", "🌬️"),
        ("hashtag", "#mentalhealth"),
        ("hashtag", "#fyp"),
    ]


@pytest.mark.parametrize(
    "emoji",
    [
        "👩‍👩‍👧",  # ZWJ family
        "🇧🇷",  # flag: two regional indicators
        "👍🏽",  # skin tone
        "1️⃣",  # keycap
        "❤️",  # symbol with variation selector
        "🏳️‍🌈",  # ZWJ sequence with variation selector
    ],
)
def test_emoji_sequences_are_one_token(emoji):
    assert kinds(f"oi {emoji} oi") == [("word", "oi"), ("emoji", emoji), ("word", "oi")]


def test_spans_index_the_original_text_and_cover_it():
    text = "Respira 🌬️ #SaúdeMental @fides.br https://fides.org/ajuda. 100%!"
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    for token in tokens:
        assert text[token.start : token.end] == token.text
    hashtag = next(t for t in tokens if t.kind == "hashtag")
    assert (hashtag.text, hashtag.body) == ("#SaúdeMental", "SaúdeMental")


def test_urls_emails_mentions_numbers():
    assert kinds("see https://fides.org/help?x=1. or www.cvv.org.br") == [
        ("word", "see"),
        ("url", "https://fides.org/help?x=1"),
        ("punct", "."),
        ("word", "or"),
        ("url", "www.cvv.org.br"),
    ]
    assert kinds("mail ajuda@cvv.org.br @fides_br 188 24/7 100%") == [
        ("word", "mail"),
        ("url", "ajuda@cvv.org.br"),
        ("mention", "@fides_br"),
        ("number", "188"),
        ("number", "24/7"),
        ("number", "100%"),
    ]


def test_word_keeps_elision_hyphen_and_decomposed_accents():
    assert kinds("aujourd'hui bem-estar l’anxiété") == [
        ("word", "aujourd'hui"),
        ("word", "bem-estar"),
        ("word", "l’anxiété"),
    ]
    decomposed = "sau\u0301de"  # 'saúde' typed with a combining accent
    assert kinds(decomposed) == [("word", decomposed)]


def test_cjk_runs_and_hangul_words():
    assert kinds("不安な気持ち、ほんとそれ") == [
        ("word", "不安な気持ち"),
        ("punct", "、"),
        ("word", "ほんとそれ"),
    ]
    assert kinds("괜찮아, 천천히 해도 돼") == [
        ("word", "괜찮아"),
        ("punct", ","),
        ("word", "천천히"),
        ("word", "해도"),
        ("word", "돼"),
    ]


def test_hash_inside_words_is_not_a_hashtag():
    assert kinds("C# &#39; #1") == [
        ("word", "C"),
        ("punct", "#"),
        ("punct", "&"),
        ("punct", "#"),
        ("number", "39"),
        ("punct", ";"),
        ("punct", "#"),
        ("number", "1"),
    ]


def test_normalize_folds_full_width_forms():
    assert normalize("ｆｙｐ １００％ ＃ｔａｇ") == "fyp 100% #tag"


def test_squeeze_repeats_keeps_two():
    assert squeeze_repeats("sooooo tiredddd ㅋㅋㅋㅋㅋ") == "soo tiredd ㅋㅋ"
    assert squeeze_repeats("coffee") == "coffee"


def test_split_hashtag_on_camel_case_only():
    assert split_hashtag("SaudeMental") == ["Saude", "Mental"]
    assert split_hashtag("saudemental") == ["saudemental"]
    assert split_hashtag("メンタルヘルス") == ["メンタルヘルス"]


def test_clean_caption_drops_neutral_parts_and_keeps_tag_words():
    clean = clean_caption("Respiraaaa 🌬️ #SaudeMental @fides https://x.co 188")
    assert clean.text == "Respiraa Saude Mental"
    assert [t.text for t in clean.words] == ["Respiraaaa"]
    assert [t.text for t in clean.hashtags] == ["#SaudeMental"]
    assert clean_caption("oi #tag", hashtags="drop").text == "oi"
    assert clean_caption("oi #tag", hashtags="keep").text == "oi #tag"
    assert clean_caption("ligue 188 😊", numbers=True, emoji=True).text == "ligue 188 😊"


def test_clean_caption_rejects_unknown_hashtag_mode():
    with pytest.raises(ValueError, match="hashtags must be"):
        clean_caption("x", hashtags="split")  # type: ignore[arg-type]


def test_empty_and_emoji_only_text():
    assert tokenize("") == []
    assert clean_caption("").text == ""
    assert clean_caption("🙏🏽✨💙").text == ""
    assert words_and_tags("🙏🏽✨💙") == []


def test_words_and_tags_agrees_with_tokenize():
    text = "Kamu nggak sendirian 🤍 #KesehatanMental @into.the.light https://x.id a@b.co 24/7"
    fast = words_and_tags(text)
    slow = [
        (t.body, "") if t.kind == "hashtag" else ("", t.text)
        for t in tokenize(text)
        if t.kind in ("word", "hashtag")
    ]
    assert (
        fast
        == slow
        == [
            ("", "Kamu"),
            ("", "nggak"),
            ("", "sendirian"),
            ("KesehatanMental", ""),
        ]
    )


def test_token_is_immutable_value():
    token = Token("word", "oi", 0, 2)
    assert token == Token("word", "oi", 0, 2)
    with pytest.raises(AttributeError):
        token.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "Respira fundo #mentalhealth #fyp",
        "@fides.health Você não está sozinho 💙",
        "Kamu nggak sendirian https://x.id/help #SelfCare",
        "✨ 괜찮아요, 천천히 해요 ✨ #foryou ＃viral",
    ],
)
def test_marks_and_rest_has_the_words_and_tags_of_the_full_scan(text):
    tags, rest = marks_and_rest(text)
    pairs = words_and_tags(text)
    assert tags == [tag for tag, _word in pairs if tag]
    assert words_and_tags(rest) == [("", word) for _tag, word in pairs if word]


@pytest.mark.parametrize(
    "text",
    [
        "voir xhttps://x.org/a",
        "mail a.b@fides.org #fyp",
        "ótimo!#fyp",
        "ok,@who",
        "bem-vindo.www.x.br",
    ],
)
def test_marks_and_rest_leaves_glued_marks_and_emails_to_the_full_scan(text):
    assert marks_and_rest(text) is None
