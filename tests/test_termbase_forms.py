"""Forms creators really write, found by the shipped termbase (verb inflections, stigma phrases)."""

from __future__ import annotations

import pytest

from localize.glossary import load_glossary


@pytest.mark.parametrize(
    ("lang", "caption", "surface", "concept"),
    [
        (
            "pt",
            "Dois alunos cometeram suicídio na cidade, diz a matéria.",
            "cometeram suicídio",
            "died-by-suicide",
        ),
        (
            "es",
            "Dicen que cometieron suicidio; no lo digas así.",
            "cometieron suicidio",
            "died-by-suicide",
        ),
        (
            "es",
            "El periódico escribió que ha cometido suicidio.",
            "ha cometido suicidio",
            "died-by-suicide",
        ),
        (
            "fr",
            "Le titre dit que des jeunes commettent un suicide chaque jour.",
            "commettent un suicide",
            "died-by-suicide",
        ),
        ("es", "No, tu primo no está loco: tiene esquizofrenia.", "está loco", "crazy-labels"),
        ("pt", "Ela é louca? Não. Ela tem depressão.", "Ela é louca", "crazy-labels"),
        (
            "id",
            "Dia dibilang gila karena ke psikolog. Itu stigma.",
            "dibilang gila",
            "crazy-labels",
        ),
        (
            "fr",
            "Il est fou, disaient-ils. Non : il vit avec un trouble bipolaire.",
            "Il est fou",
            "crazy-labels",
        ),
    ],
)
def test_inflected_and_phrasal_forms_are_found(lang, caption, surface, concept):
    hits = load_glossary().match(caption, lang)
    assert (surface, concept, "forbidden") in [(h.text, h.concept.id, h.status.value) for h in hits]


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        ("es", "Estoy loca por empezar mi nuevo trabajo 😆"),
        ("pt", "Que semana louca! Lembre-se de descansar 💛"),
        ("id", "Konsernya gila keren! Jangan lupa istirahat ya"),
        ("fr", "Je suis fou de foot, et je prends soin de ma santé mentale."),
    ],
)
def test_everyday_intensifiers_are_not_stigma(lang, caption):
    hits = load_glossary().match(caption, lang)
    assert [h for h in hits if h.concept.id == "crazy-labels"] == []


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("#day109 of my recovery journey", []),
        ("Hari ke-109 tanpa menyakiti diri sendiri", []),
        ("자살예방 상담전화109로 전화하세요", [("자살예방 상담전화", "KR"), ("109", "KR")]),
        (
            "よりそいホットライン0120-279-338へ",
            [("よりそいホットライン", "JP"), ("0120-279-338", "JP")],
        ),
        ("1988 was the year my grandmother was born", []),
        ("Llama al 800 911 2000, es gratis.", [("800 911 2000", "MX")]),
    ],
)
def test_crisis_numbers_are_not_counters_glued_to_words(caption, expected):
    hits = load_glossary().find_crisis_resources(caption)
    assert [(h.text, h.line.market) for h in hits] == expected
