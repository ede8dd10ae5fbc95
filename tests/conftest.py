"""Shared fixtures: the repository's real data (locales/, glossaries/) and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def run_cli():
    """Invoke `localize ...` in-process; returns click's Result (exit_code, stdout, stderr)."""
    from localize.cli import cli

    def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
        runner = CliRunner()
        base_env: dict[str, str | None] = {
            "NO_COLOR": "1",
            "LANGUAGE": "",
            "LC_ALL": "",
            "LC_MESSAGES": "",
            "LANG": "",
            "SOURCE_DATE_EPOCH": None,  # a pinned build date would hide the real one
        }
        base_env.update(env or {})
        return runner.invoke(cli, list(args), input=input, env=base_env, catch_exceptions=False)

    return run


@pytest.fixture(autouse=True)
def _english_ui():
    """Each test starts and ends with the English UI: the UI language is per-context state."""
    from localize.i18n import use_ui_language

    use_ui_language("en")
    yield
    use_ui_language("en")
