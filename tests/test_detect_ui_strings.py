"""UI strings carry code that is not language: options and lists of language codes."""

from __future__ import annotations

import pytest

from localize.detect import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Identifica o idioma das legendas (en fr ja ko id es pt). Informe os textos como "
            "argumentos, '-' para a entrada padrão ou --file; com --lines, cada linha é um texto "
            "separado.",
            "pt",
        ),
        (
            "Idioma de las leyendas (en fr ja ko id es pt); con --lines cada línea es un texto.",
            "es",
        ),
        (
            "Langue des légendes (en fr ja ko id es pt) ; avec --lines chaque ligne est un texte.",
            "fr",
        ),
    ],
)
def test_language_code_lists_and_options_are_not_evidence(detector, text, lang):
    result = detector.detect(text)
    assert result.lang == lang
    assert not (result.is_confident and result.lang != lang)


def test_short_parenthesised_prose_still_counts(detector):
    assert detector.detect("Mi amigo (que vive en Lima) está bien.").lang == "es"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Identifica o idioma das legendas (en fr ja ko id es pt).", "pt"),
        ("Identifie la langue des légendes (en fr ja ko id es pt).", "fr"),
    ],
)
def test_a_code_list_never_makes_a_confident_wrong_answer(detector, text, lang):
    result = detector.detect(text)
    assert not (result.is_confident and result.lang != lang), result
