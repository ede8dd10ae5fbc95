"""Errors raised deep in the catalog core (PO parser, setup.cfg, format strings, extraction)
reach the user in the UI language, as one `error: ... (file:line)` line with exit 2."""

from __future__ import annotations

import re

import pytest

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: {lang}\\n"\n'
    '"Plural-Forms: {plural}\\n"\n'
    "\n"
)
FR_PLURAL = "nplurals=2; plural=(n > 1);"
JA_PLURAL = "nplurals=1; plural=0;"


def write_po(path, lang: str, plural: str, body: str):
    path.write_text(HEADER.format(lang=lang, plural=plural) + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("ui", "plural", "body", "expected"),
    [
        (
            "fr",
            FR_PLURAL,
            '#: app.py:3\nmsgid "Take a breath"\nmsgstr "Respirez \\q profondément"\n',
            "erreur: séquence d'échappement '\\\\q' non valide dans une chaîne ({po}:9)\n",
        ),
        (
            "ja",
            JA_PLURAL,
            'msgid "You are not alone"\n\n'
            'msgid "Talk to someone you trust"\nmsgstr "信頼できる人に話してください"\n',
            "エラー: msgstr のない msgid があります ({po}:7)\n",
        ),
    ],
)
def test_parser_error_in_the_ui_language(run_cli, tmp_path, ui, plural, body, expected):
    po = write_po(tmp_path / "captions.po", ui, plural, body)
    result = run_cli("--ui-lang", ui, "catalog", "compile", str(po))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == expected.format(po=po)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["captions.po"]  # no MO written


@pytest.mark.parametrize(
    ("ui", "expected"),
    [
        ("ja", "エラー: gettext ドメイン 'mental health' が不正です (setup.cfg)\n"),
        ("fr", "erreur: domaine gettext 'mental health' non valide (setup.cfg)\n"),
        ("en", "error: invalid gettext domain 'mental health' (setup.cfg)\n"),
    ],
)
def test_config_error_in_the_ui_language(run_cli, tmp_path, monkeypatch, ui, expected):
    (tmp_path / "setup.cfg").write_text(
        "[localize]\ndomain = mental health\nlocales = fr ja\n", encoding="utf-8"
    )
    catalog_dir = tmp_path / "locales" / "fr" / "LC_MESSAGES"
    catalog_dir.mkdir(parents=True)
    write_po(
        catalog_dir / "messages.po",
        "fr",
        FR_PLURAL,
        'msgid "Take a breath"\nmsgstr "Respirez profondément"\n',
    )
    monkeypatch.chdir(tmp_path)
    result = run_cli("--ui-lang", ui, "catalog", "compile")
    assert result.exit_code == 2
    assert result.stderr == expected
    assert not list(tmp_path.rglob("*.mo"))


def test_keyword_error_in_korean(run_cli, tmp_path, monkeypatch):
    (tmp_path / "app.py").write_text('print(_("Take a breath"))\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("--ui-lang", "ko", "catalog", "extract", "-k", "tr:x")
    assert result.exit_code == 2
    assert result.stderr == (
        "오류: 잘못된 키워드 'tr:x'입니다. NAME, NAME:1,2, NAME:1c,2 중 하나의 형식이어야 합니다\n"
    )
    assert not (tmp_path / "locales").exists()


def test_unclosed_bracket_in_a_source_is_an_error_line_not_a_traceback(
    run_cli, tmp_path, monkeypatch
):
    (tmp_path / "app.py").write_text('print(_("Take a breath")\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("--ui-lang", "es", "catalog", "extract")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no se puede extraer: ")
    # the line Python's tokenizer names: the statement's end (3.11) or its start (3.12+)
    assert re.search(r" \(app\.py:[12]\)\n$", result.stderr)
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "locales").exists()


def test_format_string_error_inside_a_finding_is_translated(run_cli, tmp_path):
    po = write_po(
        tmp_path / "messages.po",
        "ja",
        JA_PLURAL,
        "#, python-brace-format\n"
        'msgid "Call {number} any time"\n'
        'msgstr "{number に いつでも電話してください"\n',
    )
    result = run_cli("--ui-lang", "ja", "catalog", "check", str(po))
    assert result.exit_code == 1
    assert (
        f"{po}:8: エラー: [L106 format-placeholders] 訳文の python-brace-format 文字列が不正です: "
        "文字列の終わりまでに '}' がありません\n"
    ) in result.stdout
