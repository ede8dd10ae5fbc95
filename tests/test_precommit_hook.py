"""The pre-commit hook (.pre-commit-hooks.yaml) run as pre-commit runs it, on a sample repo.

pre-commit itself is not needed: a hook is its `entry` command plus the staged file names
that match `files`, run at the repository's root. The test builds a translation repository
in tmp_path, stages PO files (and files the hook must not receive), and runs the entry
through the installed `localize` console script.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data" / "qa"


def read_hooks() -> list[dict[str, str]]:
    """The hooks of .pre-commit-hooks.yaml (a flat list of mappings; no YAML library needed)."""
    hooks: list[dict[str, str]] = []
    for line in (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = re.match(r"^(- |  )(\w+):\s*(.*)$", line)
        assert match, f"unexpected line in .pre-commit-hooks.yaml: {line!r}"
        if match.group(1) == "- ":
            hooks.append({})
        hooks[-1][match.group(2)] = match.group(3).strip()
    return hooks


@pytest.fixture(scope="module")
def hook() -> dict[str, str]:
    (found,) = [h for h in read_hooks() if h["id"] == "localize-catalog-check"]
    return found


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_SYSTEM": os.devnull}
    done = subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    )
    return done.stdout


def run_hook(hook: dict[str, str], repo: Path, *extra_args: str) -> subprocess.CompletedProcess:
    """What `pre-commit run localize-catalog-check` executes: entry + args + matching staged files."""
    staged = git(repo, "diff", "--cached", "--name-only").split()
    files = [name for name in staged if re.search(hook["files"], name)]
    command = shlex.split(hook["entry"]) + list(extra_args) + files
    executable = Path(sys.executable).parent / command[0]
    command[0] = str(executable) if executable.exists() else shutil.which(command[0])
    env = {**os.environ, "NO_COLOR": "1", "LANGUAGE": "", "LC_ALL": "", "LANG": ""}
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def sample_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "fides-translations"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "l10n@fides.example")
    git(repo, "config", "user.name", "Fides l10n")
    for locale in ("fr", "ja", "ko"):
        target = repo / "locale" / locale / "LC_MESSAGES" / "creator.po"
        target.parent.mkdir(parents=True)
        shutil.copyfile(DATA / "clean" / f"{locale}.po", target)
    (repo / "README.md").write_text("Fides creator app translations\n", encoding="utf-8")
    (repo / "notes.po.txt").write_text("not a catalog\n", encoding="utf-8")
    git(repo, "add", "-A")
    return repo


def test_hook_definition_matches_the_package(hook):
    assert hook["entry"] == "localize catalog check"
    assert hook["language"] == "python"
    assert re.search(hook["files"], "locale/fr/LC_MESSAGES/app.po")
    assert not re.search(hook["files"], "notes.po.txt")
    config = ConfigParser()
    config.read(REPO / "setup.cfg", encoding="utf-8")
    scripts = config["options.entry_points"]["console_scripts"]
    assert re.search(r"^\s*localize\s*=", scripts, re.MULTILINE)


def test_hook_passes_on_clean_catalogs(hook, sample_repo):
    result = run_hook(hook, sample_repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert sorted(lines) == sorted(
        f"{locale}: 24 entries, 0 errors, 0 warnings, 0 notes "
        f"(locale/{locale}/LC_MESSAGES/creator.po)"
        for locale in ("fr", "ja", "ko")
    )


def test_hook_blocks_a_commit_with_a_defective_catalog(hook, sample_repo):
    target = sample_repo / "locale" / "pt_BR" / "LC_MESSAGES" / "creator.po"
    target.parent.mkdir(parents=True)
    shutil.copyfile(DATA / "defects" / "pt_BR.po", target)
    git(sample_repo, "add", str(target))
    result = run_hook(hook, sample_repo)
    assert result.returncode == 1
    where = "locale/pt_BR/LC_MESSAGES/creator.po"
    assert f"{where}:22: error: [L201 placeholders] placeholder %2$d of the source" in result.stdout
    assert f"{where}:42: error: [L203 urls]" in result.stdout
    assert f"{where}:78: error: [L402 do-not-translate]" in result.stdout
    assert "fr: 24 entries, 0 errors, 0 warnings, 0 notes" in result.stdout


def test_hook_args_are_passed_before_the_files(hook, sample_repo):
    target = sample_repo / "locale" / "fr" / "LC_MESSAGES" / "creator.po"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace('msgstr "Nom : "', 'msgstr "Nom :"'), encoding="utf-8")
    git(sample_repo, "add", str(target))
    assert run_hook(hook, sample_repo).returncode == 0  # a warning does not fail by default
    strict = run_hook(hook, sample_repo, "--fail-on", "warning", "--format", "github")
    assert strict.returncode == 1
    assert "::warning file=locale/fr/LC_MESSAGES/creator.po,line=" in strict.stdout
    assert (
        "title=whitespace::the source ends with a space that the translation lacks" in strict.stdout
    )


def test_hook_reports_a_broken_catalog_as_an_input_error(hook, sample_repo):
    target = sample_repo / "locale" / "ja" / "LC_MESSAGES" / "creator.po"
    target.write_text('msgid "Unterminated\nmsgstr ""\n', encoding="utf-8")
    git(sample_repo, "add", str(target))
    result = run_hook(hook, sample_repo)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ")
    assert "locale/ja/LC_MESSAGES/creator.po:1" in result.stderr
    assert "Traceback" not in result.stderr
