"""The matcher on realistic captions in all 7 languages, with the shipped termbase."""

from __future__ import annotations

import pytest

from localize.errors import LanguageError
from localize.glossary import Category, Status, load_glossary


@pytest.fixture(scope="module")
def g():
    return load_glossary()


def hits(g, text, lang):
    return [(h.text, h.concept.id, h.status.value) for h in g.match(text, lang)]


def surfaces(g, text, lang):
    return [h.text for h in g.match(text, lang)]


# ---- English: inflection, slots, boundaries, algospeak ------------------------------------


@pytest.mark.parametrize(
    "caption, surface",
    [
        ("Reporters still write that he committed suicide in 2019.", "committed suicide"),
        ("No one 'commits suicide' – it is not a crime.", "commits suicide"),
        ("Stop saying someone is committing suicide.", "committing suicide"),
        ("Please don't say commit suicide in your captions", "commit suicide"),
        ("My uncle commited suicide when I was 12 (typo on purpose)", "commited suicide"),
    ],
)
def test_english_commit_suicide_inflections_are_forbidden(g, caption, surface):
    found = g.match(caption, "en")
    assert [h.text for h in found] == [surface]
    hit = found[0]
    assert hit.status is Status.FORBIDDEN
    assert hit.concept.id == "died-by-suicide"
    assert hit.term.replacement == "die by suicide"
    assert caption[hit.start : hit.end] == surface


@pytest.mark.parametrize(
    "caption, surface",
    [
        ("My dad took his own life in 2020 and I still talk about him.", "took his own life"),
        ("She took her own life after years of silence.", "took her own life"),
        ("Too many veterans have taken their own lives.", "taken their own lives"),
        ("Her brother died by suicide; today we share hope.", "died by suicide"),
    ],
)
def test_english_safe_wording_is_found_as_safe(g, caption, surface):
    found = g.match(caption, "en")
    assert [h.text for h in found] == [surface]
    assert found[0].status in (Status.PREFERRED, Status.ADMITTED)
    assert found[0].concept.id == "died-by-suicide"


def test_word_boundaries_no_hit_inside_longer_words(g):
    caption = "Psychology students, this psychotherapy skill will help with schizophrenia care."
    assert hits(g, caption, "en") == [("schizophrenia", "schizophrenia", "preferred")]


def test_suicide_alone_is_not_forbidden(g):
    found = g.match("Suicide is preventable. Let's talk about suicide prevention.", "en")
    assert [(h.text, h.status) for h in found] == [
        ("Suicide", Status.PREFERRED),
        ("suicide prevention", Status.PREFERRED),
    ]
    assert all(h.concept.about_suicide for h in found)


@pytest.mark.parametrize(
    "caption, surface",
    [
        ("tw: this video mentions su!cide and recovery", "su!cide"),
        ("we need to talk about sewer slide awareness", "sewer slide"),
        ("he unalived himself last spring and I miss him", "unalived himself"),
        ("lost my cousin to su1cide", "su1cide"),
        ("s*icide rates are rising among teens", "s*icide"),
        ("when you want to kms because of exams (please don't)", "kms"),
        ("my friend tried to unalive herself", "unalive herself"),
    ],
)
def test_algospeak_stands_for_suicide(g, caption, surface):
    found = g.match(caption, "en")
    assert surface in [h.text for h in found]
    hit = next(h for h in found if h.text == surface)
    assert hit.algospeak is True
    assert hit.concept.id == "suicide"
    assert hit.concept.about_suicide


def test_plain_word_is_not_algospeak(g):
    (hit,) = g.match("suicide", "en")
    assert hit.algospeak is False


def test_casual_ocd_is_stigma_but_clinical_ocd_is_not(g):
    casual = g.match("I'm so OCD about my desk lol", "en")
    assert [(h.text, h.concept.category) for h in casual] == [("so OCD", Category.STIGMA)]
    clinical = g.match("OCD is a disorder, not a personality quirk.", "en")
    assert [(h.text, h.concept.category) for h in clinical] == [("OCD", Category.CLINICAL)]


def test_ambiguous_everyday_words_do_not_raise_false_alarms(g):
    clean = "I'm mad about football and this crazy good recipe, my skill is cooking."
    assert g.match(clean, "en") == []


def test_longest_match_wins_over_contained_terms(g):
    found = g.match("Learn about the Papageno effect and suicide prevention.", "en")
    assert [h.text for h in found] == ["Papageno effect", "suicide prevention"]


def test_case_sensitive_acronym(g):
    assert hits(g, "Who said that? The WHO did.", "en") == [("WHO", "who", "preferred")]


def test_full_width_and_spans_index_the_original_text(g):
    caption = "ｃｏｍｍｉｔｔｅｄ ｓｕｉｃｉｄｅ is still in headlines"
    (hit,) = g.match(caption, "en")
    assert (hit.start, hit.end) == (0, 17)
    assert hit.text == "ｃｏｍｍｉｔｔｅｄ ｓｕｉｃｉｄｅ"


def test_spans_survive_length_changing_normalisation(g):
    caption = "ﬁrst: he committed suicide"  # the ﬁ ligature expands to two letters
    (hit,) = g.match(caption, "en")
    assert caption[hit.start : hit.end] == "committed suicide"


def test_hashtags_run_together(g):
    assert surfaces(g, "#mentalhealth #suicideprevention", "en") == [
        "mentalhealth",
        "suicideprevention",
    ]


# ---- French: elision, gender/number, accents ------------------------------------------------


def test_french_elision_and_typographic_apostrophe(g):
    found = g.match("L’anxiété n’est pas une faiblesse ; l'anxiété se soigne.", "fr")
    assert [h.text for h in found] == ["anxiété", "anxiété"]
    assert [h.concept.id for h in found] == ["anxiety", "anxiety"]


def test_french_forbidden_and_admitted_wording(g):
    caption = "Il n'a pas « commis un suicide » : il s’est suicidé, il a mis fin à ses jours."
    found = g.match(caption, "fr")
    assert [(h.text, h.status.value) for h in found] == [
        ("commis un suicide", "forbidden"),
        ("s’est suicidé", "admitted"),
        ("a mis fin à ses jours", "admitted"),
    ]


def test_french_labels_in_feminine_and_plural(g):
    found = g.match("On ne dit pas « les suicidés » ni « la suicidée ».", "fr")
    assert [(h.text, h.concept.id) for h in found] == [
        ("les suicidés", "suicide-labels"),
        ("la suicidée", "suicide-labels"),
    ]


def test_accents_may_be_missing(g):
    assert surfaces(g, "Parlons de depression et d'anxiete", "fr") == ["depression", "anxiete"]


# ---- Spanish and Portuguese: gender and number ------------------------------------------------


@pytest.mark.parametrize("word", ["suicidado", "suicidada", "suicidados", "suicidadas"])
def test_spanish_gender_and_number(g, word):
    found = g.match(f"Nunca llames a nadie «{word}».", "es")
    assert [(h.text, h.status) for h in found] == [(word, Status.FORBIDDEN)]


def test_spanish_conasama_wording(g):
    caption = (
        "Mi primo se ha suicidado, dicen; mejor: murió por suicidio. Nada de suicidio consumado."
    )
    assert hits(g, caption, "es") == [
        ("se ha suicidado", "died-by-suicide", "forbidden"),
        ("murió por suicidio", "died-by-suicide", "preferred"),
        ("suicidio consumado", "died-by-suicide", "forbidden"),
    ]


def test_spanish_false_friend_and_plural(g):
    assert hits(g, "Un desorden mental no existe; hablamos de trastornos mentales.", "es") == [
        ("desorden mental", "mental-disorder", "forbidden"),
        ("trastornos mentales", "mental-disorder", "preferred"),
    ]


def test_portuguese_plural_and_criminal_framing(g):
    caption = "Ele não cometeu suicídio. Transtornos mentais têm tratamento. Ligue 188."
    assert hits(g, caption, "pt") == [
        ("cometeu suicídio", "died-by-suicide", "forbidden"),
        ("Transtornos mentais", "mental-disorder", "preferred"),
    ]


def test_pt_br_locale_code_is_accepted(g):
    assert surfaces(g, "Setembro Amarelo: prevenção do suicídio", "pt_BR") == [
        "Setembro Amarelo",
        "prevenção do suicídio",
    ]


# ---- Japanese and Korean: no spaces, particles -------------------------------------------------


def test_japanese_without_spaces(g):
    caption = "自殺に成功という言葉は使わないで。精神分裂病ではなく統合失調症と言います。"
    assert hits(g, caption, "ja") == [
        ("自殺に成功", "suicide-outcome-framing", "forbidden"),
        ("精神分裂病", "schizophrenia", "superseded"),
        ("統合失調症", "schizophrenia", "preferred"),
    ]


@pytest.mark.parametrize(
    "caption, surface",
    [
        ("그는 극단적 선택을 했다는 표현은 쓰지 마세요", "극단적 선택"),
        ("극단적 선택이 아니라 사망입니다", "극단적 선택"),
        ("'극단적선택'이라는 말 대신", "극단적선택"),
        ("극단 선택은 선택이 아닙니다", "극단 선택"),
    ],
)
def test_korean_particles_and_spacing(g, caption, surface):
    found = g.match(caption, "ko")
    assert found[0].text == surface
    assert found[0].status is Status.FORBIDDEN
    assert found[0].term.replacement == "사망"


def test_korean_superseded_names_with_particles(g):
    caption = "정신분열병을 조현병으로, 신경정신과를 정신건강의학과로 바꿨습니다"
    assert hits(g, caption, "ko") == [
        ("정신분열병", "schizophrenia", "superseded"),
        ("조현병", "schizophrenia", "preferred"),
        ("신경정신과", "psychiatry", "superseded"),
        ("정신건강의학과", "psychiatry", "preferred"),
    ]


def test_korean_word_that_only_looks_like_an_insult(g):
    assert g.match("스트레스가 수면에 영향을 미친 결과입니다", "ko") == []


# ---- Indonesian ------------------------------------------------------------------------------


def test_indonesian_stigma_and_boundaries(g):
    caption = "Saya sedang belajar. Jangan sebut mereka orang gila; dokter saraf itu keren, gila!"
    assert hits(g, caption, "id") == [("orang gila", "crazy-labels", "forbidden")]


def test_indonesian_religious_stigma(g):
    assert hits(g, "Bunuh diri bukan karena kurang iman.", "id") == [
        ("Bunuh diri", "suicide", "preferred"),
        ("kurang iman", "sin-weak-faith", "forbidden"),
    ]


# ---- clean captions, DNT, crisis lines ---------------------------------------------------------


@pytest.mark.parametrize(
    "caption, lang",
    [
        ("Morning routine: coffee, stretching and a walk with the dog", "en"),
        ("Trois conseils d'infirmière pour mieux dormir", "fr"),
        ("朝のルーティン：コーヒーとストレッチ", "ja"),
        ("교대 근무가 바뀔 때 잠을 잘 자는 팁", "ko"),
        ("Tiga tips perawat agar tidur lebih nyenyak", "id"),
        ("Tres consejos de enfermera para dormir mejor", "es"),
        ("Três dicas de enfermeira para dormir melhor", "pt"),
    ],
)
def test_clean_captions_have_no_unsafe_hits(g, caption, lang):
    assert [h for h in g.match(caption, lang) if not h.term.is_safe] == []


def test_do_not_translate_names(g):
    found = g.find_dnt("Siga a WHO Fides no ＴｉｋＴｏｋ #SetembroAmarelo")
    assert [(h.text, h.concept.id) for h in found] == [
        ("WHO Fides", "fides"),
        ("ＴｉｋＴｏｋ", "tiktok"),
        ("#SetembroAmarelo", "setembro-amarelo"),
    ]
    assert set(g.dnt_names()) >= {"TikTok", "Fides", "Setembro Amarelo"}


def test_crisis_numbers_are_tolerant_but_not_inside_longer_numbers(g):
    text = (
        "Call 988 (since 2022; not 1988) or 1-800-273-8255. ０１２０－２７９－３３８ / 800.911.2000"
    )
    found = g.find_crisis_resources(text)
    assert [(h.text, h.line.market) for h in found] == [
        ("988", "US"),
        ("1-800-273-8255", "US"),
        ("０１２０－２７９－３３８", "JP"),
        ("800.911.2000", "MX"),
    ]


def test_crisis_names_and_urls(g):
    text = "Samaritans on 116 123, 3114.fr, CVV 188, 119 ext 8, Linea de la Vida, #いのちSOS, 1393"
    found = g.find_crisis_resources(text)
    assert [(h.text, h.line.market) for h in found] == [
        ("Samaritans", "GB"),
        ("116 123", "GB"),
        ("3114.fr", "FR"),
        ("CVV", "BR"),
        ("188", "BR"),
        ("119 ext 8", "ID"),
        ("Linea de la Vida", "MX"),
        ("#いのちSOS", "JP"),
        ("1393", "KR"),
    ]


def test_preferred_terms_and_unknown_language(g):
    assert g.preferred_terms("died-by-suicide", "es") == (
        "murió por suicidio",
        "muerte autoinfligida",
    )
    assert g.preferred_terms("trauma-dumping", "ja") == ()
    with pytest.raises(LanguageError):
        g.match("text", "de")


def test_project_glossary_extends_shipped_concepts(repo):
    shipped = [str(p) for p in __import__("localize.resources").resources.shipped_glossary_paths()]
    merged = load_glossary([*shipped, repo / "tests/data/glossary/project.toml"])
    assert [(h.text, h.concept.id) for h in merged.match("Mind Matters Monday", "en")] == [
        ("Mind Matters Monday", "team-campaign")
    ]
    found = merged.match("They did not kill themselves", "en")
    assert [(h.text, h.status) for h in found] == [("kill themselves", Status.FORBIDDEN)]
    # other languages of the overridden concept are kept
    assert merged.preferred_terms("died-by-suicide", "pt") == ("morreu por suicídio",)
    assert merged.version != load_glossary().version


def test_korean_noun_suffixes_and_particle_chains(g):
    found = g.match("청소년 자살률이 높아졌고 자살자들을 추모합니다", "ko")
    assert [(h.text, h.concept.id) for h in found] == [("자살", "suicide"), ("자살", "suicide")]
    assert g.match("자살골을 넣었다", "ko") == []  # an own goal in football is not a hit


def test_indonesian_enclitics(g):
    found = g.match("Depresinya kambuh lagi, tapi dia sedang pulih.", "id")
    assert [(h.text, h.concept.id) for h in found] == [("Depresi", "depression")]


def test_crisis_numbers_keep_their_digit_groups(g):
    assert g.find_crisis_resources("It costs $1.88, or 18.8 per cent") == []
    found = g.find_crisis_resources("Ligue 188. Japan: 0120279338 or 1 (800) 273-8255")
    assert [(h.text, h.line.market) for h in found] == [
        ("188", "BR"),
        ("0120279338", "JP"),
        ("1 (800) 273-8255", "US"),
    ]


def test_half_width_katakana_and_decomposed_accents(g):
    found = g.match("ﾒﾝﾍﾗとかｷﾁｶﾞｲって言わないで", "ja")
    assert [(h.text, h.start, h.end) for h in found] == [("ﾒﾝﾍﾗ", 0, 4), ("ｷﾁｶﾞｲ", 6, 11)]
    caption = "e\u0301pidémie de suicides"  # é written as e + combining accent
    (hit,) = g.match(caption, "fr")
    assert (hit.concept.id, hit.start, hit.end) == ("suicide-rate-framing", 0, len(caption))
