"""Caption language detection: the hard cases users hit, and the `localize detect` command."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from localize.detect import CONFIDENT, Detection, Detector, Segment, detect, detect_segments
from localize.errors import LanguageError, UsageError

# Realistic captions, written for these tests (not taken from any benchmark data).
CAPTIONS = {
    "en": [
        "It's okay to not be okay. Talk to someone you trust today 💙 #mentalhealth",
        "Three things that helped my anxiety this week 👇",
        "you are not alone, reach out",
        "me when the therapist asks how my week was 😅 #fyp",
    ],
    "fr": [
        "Parler de sa santé mentale, ce n'est pas une faiblesse 💬 #santementale",
        "Trois gestes simples pour calmer une crise d'angoisse 🌿",
        "t'es pas seul·e, on est là",
        "Prenez soin de vous ce soir ✨ #fyp #selfcare",
    ],
    "es": [
        "Hablar de salud mental no es debilidad, es valentía 💪 #saludmental",
        "¿Cómo te sientes hoy? Cuéntanos en los comentarios 👇",
        "no estás solo, pide ayuda",
        "Tres cosas que me ayudaron con la ansiedad este año #fyp",
    ],
    "pt": [
        "Ansiedade antes da prova? 🌬️ #mentalhealth #fyp",
        "Você não está sozinho. Conversar ajuda 💚 #saudemental",
        "não é frescura, é saúde",
        "Três coisas que me ajudaram com a ansiedade este ano",
    ],
    "id": [
        "makasih dok",
        "Kesehatan mental itu penting, jangan malu buat cerita ya 🤍 #kesehatanmental",
        "Kamu nggak sendirian, yuk ngobrol sama orang yang kamu percaya",
        "Hari ini aku capek banget, tapi tetap semangat! #fyp",
    ],
    "ja": [
        "ほんとそれ",
        "今日はゆっくり休んでね 🌙 #メンタルヘルス",
        "不安な気持ちは誰にでもあります。",
        "気分転換しよう",
    ],
    "ko": [
        "오늘 너무 힘들었어 #MentalHealth #selfcare",
        "괜찮아, 천천히 해도 돼 🌱",
        "정신 건강도 건강입니다",
        "혼자 힘들어하지 마세요. 도움을 요청하세요 #fyp",
    ],
}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("lang", "caption"), [(lang, c) for lang, caps in CAPTIONS.items() for c in caps]
)
def test_captions_in_every_language(detector, lang, caption):
    result = detector.detect(caption)
    assert result.lang == lang
    assert result.is_confident
    assert result.reason is None
    assert result.alternatives[0][0] == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Estou cansado", "pt"),
        ("Estoy cansado", "es"),
        ("muito obrigada", "pt"),
        ("muchas gracias", "es"),
        ("não sei", "pt"),
        ("tudo bem", "pt"),
        ("todo bien", "es"),
        ("Buenos días", "es"),
        ("Você consegue", "pt"),
        ("¿Estás bien?", "es"),
    ],
)
def test_spanish_and_portuguese_short_pairs(detector, text, lang):
    assert detector.detect(text).lang == lang


@pytest.mark.parametrize("text", ["精神科", "心療内科受診", "睡眠不足", "不安"])
def test_kanji_only_japanese_is_japanese_never_korean(detector, text):
    result = detector.detect(text)
    assert result.lang == "ja"
    assert result.script == "Hani"
    # Shared by Chinese and Japanese: right answer, but not a confident one.
    assert not result.is_confident


def test_japanese_only_kanji_make_it_confident(detector):
    result = detector.detect("気分転換")  # 気 and 転 are Japanese forms (Chinese: 气/氣, 转/轉)
    assert (result.lang, result.is_confident) == ("ja", True)


@pytest.mark.parametrize("text", ["我今天很难过", "你好", "精神健康很重要", "我們都很好"])
def test_chinese_is_not_supported(detector, text):
    result = detector.detect(text)
    assert result.lang is None
    assert result.reason == "not-supported"
    assert result.alternatives[0][0] == "zh"


@pytest.mark.parametrize(
    "text",
    [
        "Saya tak mahu pergi kerana penat sangat",
        "Awak okay tak? Jom makan",
        "Terima kasih kerana sudi berkongsi cerita",
    ],
)
def test_malay_is_not_reported_as_indonesian(detector, text):
    result = detector.detect(text)
    assert result.lang is None
    assert result.reason == "not-supported"
    assert result.alternatives[0][0] == "ms"


def test_indonesian_with_shared_malay_words_stays_indonesian(detector):
    # 'tidak', 'pergi', 'saya' are shared; 'mau', 'karena', 'capek' are Indonesian.
    assert detector.detect("Saya tidak mau pergi karena capek").lang == "id"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Das ist mir egal, ich bin heute sehr müde", "de"),
        ("Non ti preoccupare, andrà tutto bene", "it"),
        ("Huwag kang mag-alala, kaya mo yan", "tl"),
        ("Ik ben zo moe vandaag, maar het gaat wel", "nl"),
    ],
)
def test_unsupported_latin_languages_are_declined(detector, text, other):
    result = detector.detect(text)
    assert result.lang is None
    assert result.reason == "not-supported"
    assert result.alternatives[0][0] == other


@pytest.mark.parametrize(("text", "script"), [("Привет, как дела?", "Cyrl"), ("สวัสดีครับ", "Thai")])
def test_other_scripts_are_declined(detector, text, script):
    result = detector.detect(text)
    assert (result.lang, result.script, result.reason) == (None, script, "not-supported")


def test_english_hashtags_do_not_outvote_the_caption(detector):
    text = "Respira fundo #mentalhealth #selfcare #anxiety #fyp #foryou #viral"
    assert detector.detect(text).lang == "pt"
    assert detector.detect("오늘 너무 힘들었어 #MentalHealthAwareness #selfcare").lang == "ko"
    assert detector.detect("Tetap semangat ya #mentalhealth #fyp #foryoupage").lang == "id"


@pytest.mark.parametrize(
    "caption",
    [
        "Leia mais em",
        "Baca selengkapnya di",
        "Plus d'infos sur",
        "Más información en",
    ],
)
@pytest.mark.parametrize(
    "link", ["www.mentalhealth.example.com/help", "https://www.who.int/mental-health"]
)
def test_a_link_is_not_evidence_with_or_without_a_scheme(detector, caption, link):
    # A www. link is as much a URL as an https:// one: its words say nothing of the caption.
    assert detector.detect(f"{caption} {link}") == detector.detect(caption)


def test_non_english_hashtag_is_evidence(detector):
    result = detector.detect("#SaúdeMental")
    assert result.lang == "pt"


def test_only_generic_tags_are_all_the_evidence_there_is(detector):
    assert detector.detect("#mentalhealth #selfcare").lang == "en"


@pytest.mark.parametrize(
    "text", ["", "   ", "🙏🏽✨💙", "👩‍👩‍👧 🇧🇷", "@fides https://x.org 188", "!!!"]
)
def test_empty_or_emoji_only_is_und_never_an_error(detector, text):
    result = detector.detect(text)
    assert result.lang is None
    assert result.reason == "no-letters"
    assert result.confidence == 0.0
    assert result.to_dict()["lang"] == "und"
    assert detector.detect_segments(text) == []


@pytest.mark.parametrize(
    "text", ["@fides \u0301\u3099", "\u3099\u0301 @", "#fyp \u3099\u3099", "#①", "＃① ②"]
)
def test_words_and_tags_without_letters_have_no_letters(detector, text):
    # The tokeniser keeps combining marks with words and numerals like ① in hashtags; a
    # "word" of such characters alone has no letter to weigh (this raised ZeroDivisionError).
    result = detector.detect(text)
    assert (result.lang, result.reason, result.confidence) == (None, "no-letters", 0.0)


def test_rule_prescan_lets_through_every_word_a_spelling_rule_matches(detector):
    # The one-scan pre-check of the spelling rules is looser than the rules (it leaves out
    # their leading context class); it must never skip a word a rule applies to.
    from localize.detect_data.model import lexicon

    words = set().union(*(lexicon(lang) for lang in ("en", "fr", "id", "es", "pt")))
    ruled = [w for w in words if any(rule.search(w) for rule, _w in detector._rules)]
    assert len(ruled) > 1000
    assert all(detector._any_rule.search(w) for w in ruled)


def test_very_long_text(detector):
    text = " ".join(CAPTIONS["pt"] * 2000)  # about 350,000 characters
    result = detector.detect(text)
    assert result.lang == "pt"
    assert result.confidence > 0.99


def test_repeated_letters_and_full_width_forms(detector):
    assert detector.detect("obrigadaaaaaa 😭😭").lang == "pt"
    assert detector.detect("ｔｈａｎｋ ｙｏｕ ｓｏ ｍｕｃｈ").lang == "en"


def test_mixed_indonesian_english_caption_splits_into_runs(detector):
    text = "Hari ini aku capek banget, but I need to talk to someone #mentalhealth"
    segments = detector.detect_segments(text)
    assert [(s.lang, s.text) for s in segments] == [
        ("id", "Hari ini aku capek banget"),
        ("en", "but I need to talk to someone"),
    ]
    for segment in segments:
        assert text[segment.start : segment.end] == segment.text


def test_english_caption_with_a_spanish_quote(detector):
    text = 'She told me "no pasa nada, todo va a estar bien" and I cried'
    langs = [(s.lang, s.text) for s in detector.detect_segments(text)]
    assert langs == [
        ("en", "She told me"),
        ("es", "no pasa nada, todo va a estar bien"),
        ("en", "and I cried"),
    ]


def test_segments_across_scripts(detector):
    text = "오늘 너무 힘들었어 but I'm okay now ほんとそれ"
    assert [s.lang for s in detector.detect_segments(text)] == ["ko", "en", "ja"]


def test_tokens_without_a_letter_make_no_segment(detector):
    # a stray combining mark or a circled number is no word of any language
    assert detector.detect_segments("\u0301\u3099") == []
    segments = detector.detect_segments("⑤ 과일 채소 섭취로 비타민을 보충하자")
    assert [(s.lang, s.text) for s in segments] == [("ko", "과일 채소 섭취로 비타민을 보충하자")]
    [segment] = detector.detect_segments("Hola \u0301\u3099 amigo, ¿cómo estás?")
    assert segment.lang == "es"


def test_single_language_caption_is_one_segment(detector):
    text = CAPTIONS["fr"][0]
    segments = detector.detect_segments(text)
    assert len(segments) == 1
    assert segments[0].lang == "fr"
    assert isinstance(segments[0], Segment)


def test_deterministic_and_thread_safe():
    texts = [c for caps in CAPTIONS.values() for c in caps] * 5
    first = Detector()
    expected = [first.detect(t) for t in texts]
    assert [first.detect(t) for t in texts] == expected
    shared = Detector()
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(shared.detect, texts))
    assert got == expected


@pytest.mark.parametrize("cache_size", [0, 3])
def test_word_memos_never_change_an_answer(cache_size):
    # cache_size=0 scores every word afresh; 3 empties the memos every few words. Both
    # must answer exactly like a detector that remembers everything (same confidence too).
    texts = [c for caps in CAPTIONS.values() for c in caps] * 2
    texts += ["saudade", "cansado", "makasih dok", "Kesehatan jiwa", "nation", "trop"]
    expected = [Detector().detect(t) for t in texts]
    small = Detector(cache_size=cache_size)
    assert [small.detect(t) for t in texts] == expected
    assert [small.detect_segments(t) for t in texts[:8]] == [
        Detector().detect_segments(t) for t in texts[:8]
    ]


def test_word_shape_memo_is_transparent():
    from localize.detect_data.model import shape_model

    model = shape_model(("en", "fr", "id", "es", "pt"))
    memo: dict[str, tuple[float, ...]] = {}
    words = ["saudade", "cansado", "tristeza", "sozinha", "loneliness", "ngobrol", "sadness"]
    fresh = [model.score(w) for w in words]
    assert [model.score(w, memo) for w in words] == fresh
    assert memo  # filled by the first pass, and reused by the second
    assert [model.score(w, memo) for w in reversed(words)] == fresh[::-1]


def test_module_level_conveniences_use_one_default_detector():
    assert detect("makasih dok").lang == "id"
    assert [s.lang for s in detect_segments("makasih dok")] == ["id"]


def test_detection_to_dict():
    result = Detector().detect("Você não está sozinho")
    data = result.to_dict()
    assert data["lang"] == "pt"
    assert data["script"] == "Latn"
    assert data["reason"] is None
    assert data["alternatives"][0][0] == "pt"
    assert 0.0 <= data["confidence"] <= 1.0
    json.dumps(data)


def test_is_confident_threshold():
    assert Detection("pt", CONFIDENT, "Latn").is_confident
    assert not Detection("pt", CONFIDENT - 0.01, "Latn").is_confident
    assert not Detection(None, 1.0, "Latn", reason="not-supported").is_confident


def test_builder_validates_options():
    with pytest.raises(LanguageError, match="unsupported language 'xx'"):
        Detector.build(languages=["xx"])
    with pytest.raises(LanguageError, match="unknown 'other' language"):
        Detector.build(others=["klingon"])
    with pytest.raises(UsageError, match="min_margin"):
        Detector.build(min_margin=1.5)
    with pytest.raises(UsageError, match="at least one language"):
        Detector.build(languages=[])
    with pytest.raises(UsageError, match="must be a string"):
        Detector().detect(None)  # type: ignore[arg-type]


def test_restricted_detector_reports_left_out_languages_as_unsupported():
    detector = Detector.build(languages=["pt-BR", "en"])
    assert detector.languages == ("pt", "en")
    assert detector.detect("Estou muito cansado hoje").lang == "pt"
    spanish = detector.detect("Estoy muy cansado hoy, no sé qué hacer")
    assert (spanish.lang, spanish.reason) == (None, "not-supported")
    assert spanish.alternatives[0][0] == "es"
    korean = detector.detect("오늘 너무 힘들었어")
    assert (korean.lang, korean.reason) == (None, "not-supported")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("eles fizeram tudo", "pt"),  # irregular past (fazer), not a generated regular form
        ("ils peuvent", "fr"),
        ("hizo", "es"),
        ("Enregistrer", "fr"),  # French -er infinitive, a UI button
        ("nous avons mangé", "fr"),
        ("menuliskan", "id"),  # meN- + tulis + -kan, nasal assimilation drops the t
        ("dipersiapkan", "id"),
        ("história", "pt"),  # Portuguese writes the stress of -ia words, Spanish does not
        ("energía", "es"),  # Spanish writes stressed -ía, Portuguese writes energia
    ],
)
def test_inflected_and_derived_forms(detector, text, lang):
    assert detector.detect(text).lang == lang


def test_generated_verb_forms_do_not_claim_function_words(detector):
    # Portuguese "unir" and "ler" would generate "una", "la", "le": Spanish words.
    result = detector.detect("Introduzca una fecha válida.")
    assert result.lang == "es"
    assert result.is_confident


@pytest.mark.parametrize(
    ("word", "lang"),
    [("desenvolvedoras", "pt"), ("desarrolladoras", "es"), ("développeuses", "fr")],
)
def test_unlisted_words_are_judged_by_their_spelling(detector, word, lang):
    # None of these is in the word lists: the word-shape model decides with the profiles.
    from localize.detect_data.model import lexicon

    assert all(word not in lexicon(code) for code in ("en", "fr", "id", "es", "pt"))
    assert detector.detect(word).lang == lang


def test_too_close_is_declined():
    detector = Detector.build(min_margin=0.5)
    result = detector.detect("para todos")  # the same two words in Spanish and Portuguese
    assert result.lang is None
    assert result.reason == "too-close"


# ---- the command ------------------------------------------------------------------------


def test_cli_one_text(run_cli):
    result = run_cli("detect", "Ansiedade antes da prova? 🌬️ #mentalhealth #fyp")
    assert result.exit_code == 0
    assert result.stdout.split("\t")[:3] == ["pt", result.stdout.split("\t")[1], "Latn"]


def test_cli_json_single_is_an_object(run_cli):
    result = run_cli("detect", "makasih dok", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["lang"] == "id"
    assert data["script"] == "Latn"


def test_cli_several_texts_are_json_lines(run_cli):
    result = run_cli("detect", "makasih dok", "ほんとそれ", "🌬️", "", "--format", "json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["lang"], d["text"]) for d in lines] == [
        ("id", "makasih dok"),
        ("ja", "ほんとそれ"),
        ("und", "🌬️"),
        ("und", ""),
    ]
    assert lines[2]["reason"] == "no-letters"


def test_cli_stdin_lines(run_cli):
    result = run_cli("detect", "-", "--lines", input="hola amigos, ¿qué tal?\n\n오늘 힘들었어\n")
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [row[0] for row in rows] == ["es", "und", "ko"]


def test_cli_stdin_is_the_default(run_cli):
    result = run_cli("detect", "--format", "json", input="Você não está sozinho")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["lang"] == "pt"


def test_cli_file_lines_with_line_numbers(run_cli, tmp_path):
    path = tmp_path / "captions.txt"
    path.write_text("Parler aide vraiment\n🙏🏽\nKamu nggak sendirian\n", encoding="utf-8")
    result = run_cli("detect", "--file", str(path), "--lines", "--format", "json")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(d["line"], d["lang"]) for d in lines] == [(1, "fr"), (2, "und"), (3, "id")]


def test_cli_empty_file_is_und(run_cli, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = run_cli("detect", "--file", str(path), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["lang"] == "und"


def test_cli_missing_file_is_exit_2_with_path(run_cli, tmp_path):
    missing = tmp_path / "nope.txt"
    result = run_cli("detect", "--file", str(missing))
    assert result.exit_code == 2
    assert result.stderr == f"error: file not found ({missing})\n"
    assert result.stdout == ""


def test_cli_binary_file_is_exit_2(run_cli, tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"abc\x00def")
    result = run_cli("detect", "--file", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"error: binary file (NUL byte), expected text ({path}:1)\n"


def test_cli_segments(run_cli):
    result = run_cli(
        "detect", "--segments", "--format", "json", "Hari ini aku capek banget, but I need a break"
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [s["lang"] for s in data["segments"]] == ["id", "en"]


def test_cli_unknown_format_is_usage_error(run_cli):
    result = run_cli("detect", "oi", "--format", "xml")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("%(from)s-%(to)s の関連", "ja"),
        ("{count} 개의 항목을 삭제했습니다", "ko"),
        ("Olá %(name)s, <b>bem-vinda</b> de volta!", "pt"),
        ("Bonjour {{ user.first_name }}, &nbsp;merci", "fr"),
    ],
)
def test_ui_string_placeholders_and_markup_are_not_words(detector, text, lang):
    assert detector.detect(text).lang == lang


def test_confident_option_sets_the_threshold():
    strict = Detector.build(confident=0.999)
    result = strict.detect("makasih dok")  # about 0.997
    assert result.lang == "id"
    assert not result.is_confident
    assert Detector().detect("makasih dok").is_confident


def test_switch_happens_at_the_clause_boundary(detector):
    segments = detector.detect_segments("Kamu nggak sendirian, I love you so much")
    assert [(s.lang, s.text) for s in segments] == [
        ("id", "Kamu nggak sendirian"),
        ("en", "I love you so much"),
    ]
