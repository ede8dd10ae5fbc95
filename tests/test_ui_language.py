"""The toolkit speaks the 7 languages: UI language selection, and a wheel that carries its catalogs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import polib
import pytest

from localize.i18n import _, resolve_ui_language, use_ui_language

REPO = Path(__file__).resolve().parent.parent
LOCALES = ("en", "fr", "ja", "ko", "id", "es", "pt_BR")
PROBE = "Manage and check gettext catalogs."


def translation_of(msgid: str, locale: str) -> str:
    po = polib.pofile(str(REPO / "locales" / locale / "LC_MESSAGES" / "localize.po"))
    entry = po.find(msgid)
    assert entry is not None and entry.msgstr and not entry.fuzzy, (locale, msgid)
    return entry.msgstr


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en"])
def test_every_shipped_catalog_is_complete(locale):
    po = polib.pofile(str(REPO / "locales" / locale / "LC_MESSAGES" / "localize.po"))
    pot = polib.pofile(str(REPO / "locales" / "localize.pot"))
    assert {e.msgid for e in pot} <= {e.msgid for e in po.translated_entries()}
    assert not po.fuzzy_entries()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "ja:en"}, "ja"),
        ({"LC_ALL": "fr_FR.UTF-8"}, "fr_FR"),
        ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_ui_language_from_environment(monkeypatch, env, expected):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert resolve_ui_language() == expected


@pytest.mark.parametrize("requested", ["ja", "ko", "fr", "es", "id", "pt-BR", "pt"])
def test_messages_follow_the_requested_language(requested):
    try:
        use_ui_language(requested)
        locale = "pt_BR" if requested.startswith("pt") else requested
        assert _(PROBE) == translation_of(PROBE, locale)
    finally:
        use_ui_language("en")
    assert _(PROBE) == PROBE


def test_cli_help_in_korean(run_cli):
    result = run_cli("--ui-lang", "ko", "--help")
    assert result.exit_code == 0
    assert translation_of(PROBE, "ko") in result.output


def test_cli_help_in_language_from_environment(run_cli):
    result = run_cli("--help", env={"LANG": "es_MX.UTF-8"})
    assert translation_of(PROBE, "es") in result.output


def test_wheel_from_clean_checkout_ships_catalogs_and_speaks_japanese(tmp_path):
    source = tmp_path / "src"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(source)], check=True)
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(source),
        ],
        check=True,
    )
    (wheel,) = dist.glob("localize-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for locale in LOCALES:
            assert f"localize/locale/{locale}/LC_MESSAGES/localize.mo" in names
        assert "localize/glossaries/mental-health.toml" in names
        # The detector's word-frequency tables and their license notice.
        assert "localize/detect_data/frequencies/pt.txt.gz" in names
        assert "localize/detect_data/frequencies/NOTICE" in names
        # The detector's precomputed tables (a fresh detector starts fast and warm).
        assert "localize/detect_data/word_scores.bin" in names
        assert "localize/detect_data/prebuilt.txt.gz" in names
        site = tmp_path / "site"
        archive.extractall(site)
    shutil.rmtree(source)
    env = dict(os.environ, PYTHONPATH=str(site), NO_COLOR="1")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(var, None)
    where = subprocess.run(
        [sys.executable, "-c", "import localize, sys; print(localize.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(site))
    result = subprocess.run(
        [sys.executable, "-m", "localize", "--ui-lang", "ja", "--help"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert translation_of(PROBE, "ja") in result.stdout
    # Installed from the wheel, the detector finds its tables ("desabafo" needs them).
    detected = subprocess.run(
        [sys.executable, "-m", "localize", "detect", "--format", "json", "desabafo"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert detected.returncode == 0, detected.stderr
    assert '"lang": "pt"' in detected.stdout


def test_finding_columns_stay_aligned_in_cjk_ui(run_cli):
    from localize.report import display_width

    result = run_cli(
        "--ui-lang",
        "ja",
        "caption",
        "check",
        "--lang",
        "en",
        "--to",
        "ko",
        "He committed suicide. Sewer slide",
    )
    kinds = ("forbidden-term", "crisis-line", "no-safe-translation")
    columns = {
        display_width(line[: line.index(kind)])
        for line in result.output.splitlines()
        for kind in kinds
        if f" {kind} " in line
    }
    assert len(columns) == 1, result.output
