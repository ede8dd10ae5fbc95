"""`catalog compile` / `catalog update` without click: same output, errors, exit codes and
files as through click, and every command line it does not fully understand left to click."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from localize.cli import main
from localize.cli.fastpath import parse, run_fast
from localize.i18n import use_ui_language

DATA = Path(__file__).parent / "data" / "catalog"
LAYOUT = ("--locales-dir", "locales", "--domain", "fides")

# command lines the fast path runs itself
FAST = [
    ("catalog", "compile", *LAYOUT),
    ("catalog", "compile", "--locales-dir=locales", "--domain=fides", "--format", "json"),
    ("catalog", "compile", *LAYOUT, "--format=JSON", "--locale", "fr", "--locale=ja"),
    ("catalog", "compile", *LAYOUT, "--use-fuzzy", "--locale", "pt_BR"),
    ("catalog", "compile", *LAYOUT, "--strict"),
    ("catalog", "compile", "defects.po"),
    ("catalog", "compile", "defects.po", "--strict", "--format", "json"),
    ("catalog", "compile", "locales/fr/LC_MESSAGES/fides.po", "--use-fuzzy"),
    ("catalog", "compile", "locales/ja/LC_MESSAGES/fides.po", "locales/id/LC_MESSAGES/fides.po"),
    ("catalog", "compile", "missing.po"),
    ("catalog", "compile", "--locales-dir", "nowhere"),
    ("catalog", "compile", *LAYOUT, "--locale", "xx"),
    ("--ui-lang", "ja", "catalog", "compile", *LAYOUT),
    ("--ui-lang=fr", "catalog", "compile", "missing.po"),
    ("--ui-lang", "ko", "--ui-lang", "pt", "catalog", "compile", *LAYOUT, "--strict"),
    ("catalog", "update", *LAYOUT),
    ("catalog", "update", *LAYOUT, "--check"),
    ("catalog", "update", *LAYOUT, "--check", "--format", "json", "--locale", "fr"),
    ("catalog", "update", *LAYOUT, "--no-fuzzy-matching", "--drop-obsolete"),
    ("--ui-lang", "es", "catalog", "update", *LAYOUT, "--locale", "id"),
    ("catalog", "update", "--locales-dir", "nowhere"),
]
# command lines left to click (help, mistakes, values click rejects or reads its own way)
CLICK = [
    ("catalog", "compile", "--help"),
    ("catalog", "compile", "-h"),
    ("--ui-lang", "xx", "catalog", "compile", *LAYOUT),
    ("--ui-lang", "catalog", "compile"),
    ("catalog", "compile", *LAYOUT, "--format", "xml"),
    ("catalog", "compile", *LAYOUT, "--strict=yes"),
    ("catalog", "compile", *LAYOUT, "--stric"),
    ("catalog", "compile", "--domain"),
    ("catalog", "compile", "--domain", "--strict"),
    ("catalog", "compile", "--", "-weird.po"),
    ("catalog", "compile", "--locales-dir", "locales/fides.pot"),
    ("catalog", "compile", *LAYOUT, "--ui-lang", "ja"),
    ("catalog", "update", *LAYOUT, "locales/fr/LC_MESSAGES/fides.po"),
    ("catalog", "update", *LAYOUT, "--use-fuzzy"),
    ("catalog", "stats", *LAYOUT),
    ("catalog",),
    ("--version",),
    (),
]


def _project(root: Path) -> Path:
    shutil.copytree(DATA / "locales", root / "locales")
    shutil.copy(DATA / "defects.po", root / "defects.po")
    return root


def _run(args: tuple[str, ...], where: Path, fast: bool, monkeypatch, capsys):
    """(stdout, stderr, exit code, files after the run) of `localize args` in `where`."""
    monkeypatch.chdir(where)
    use_ui_language("en")
    code = None
    try:
        if fast:
            main(list(args))
        else:
            from localize.cli import cli

            cli.main(args=list(args), prog_name="localize")
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    files = {
        str(p.relative_to(where)): p.read_bytes() for p in sorted(where.rglob("*")) if p.is_file()
    }
    return out, err, code, files


@pytest.fixture
def plain_env(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.setenv(var, "")
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.mark.parametrize("args", FAST + CLICK, ids=" ".join)
def test_main_matches_click_exactly(args, tmp_path, monkeypatch, capsys, plain_env):
    ours = _run(args, _project(tmp_path / "fast"), True, monkeypatch, capsys)
    theirs = _run(args, _project(tmp_path / "click"), False, monkeypatch, capsys)
    assert ours == theirs


@pytest.mark.parametrize("args", FAST, ids=" ".join)
def test_fast_path_takes_the_hot_command_lines(args, tmp_path, monkeypatch):
    monkeypatch.chdir(_project(tmp_path))
    assert parse(list(args)) is not None


@pytest.mark.parametrize("args", CLICK, ids=" ".join)
def test_everything_else_is_left_to_click(args, tmp_path, monkeypatch, capsys):
    project = _project(tmp_path)
    monkeypatch.chdir(project)
    assert run_fast(list(args)) is None  # returned: click runs it
    assert capsys.readouterr() == ("", "")
    assert not list(project.rglob("*.mo"))


def test_the_environment_language_applies_on_the_fast_path(
    tmp_path, monkeypatch, capsys, plain_env
):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    args = ("catalog", "compile", "missing.po")
    ours = _run(args, _project(tmp_path / "fast"), True, monkeypatch, capsys)
    theirs = _run(args, _project(tmp_path / "click"), False, monkeypatch, capsys)
    assert ours == theirs
    assert ours[2] == 2 and ours[1].startswith("エラー: ")


def test_a_fast_command_runs_without_importing_click(tmp_path):
    project = _project(tmp_path)
    script = (
        "import sys\n"
        "from localize.cli import main\n"
        "try:\n"
        "    main(['catalog', 'compile', '--locales-dir', 'locales', '--domain', 'fides'])\n"
        "except SystemExit as exc:\n"
        "    print(exc.code, 'click' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, check=True
    )
    assert out.stdout.splitlines()[-1] == "0 False"
    assert (project / "locales" / "fr" / "LC_MESSAGES" / "fides.mo").is_file()


@pytest.mark.parametrize(
    "args",
    [
        ("catalog", "compile", *LAYOUT),
        ("catalog", "compile", "defects.po", "--strict"),
        ("catalog", "update", *LAYOUT, "--check"),
    ],
    ids=" ".join,
)
def test_the_program_ends_with_the_same_output_and_status_as_click(
    args, tmp_path, monkeypatch, capsys, plain_env
):
    # `python -m localize` ends its process straight after the output (see run_fast)
    program = _project(tmp_path / "program")
    done = subprocess.run(
        [sys.executable, "-m", "localize", *args],
        cwd=program,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "LANGUAGE": "", "LC_ALL": "", "LANG": ""},
    )
    out, err, code, files = _run(args, _project(tmp_path / "click"), False, monkeypatch, capsys)
    assert (done.stdout, done.stderr, done.returncode) == (out, err, code or 0)
    written = {str(p.relative_to(program)): p.read_bytes() for p in program.rglob("*.mo")}
    assert written == {name: data for name, data in files.items() if name.endswith(".mo")}
