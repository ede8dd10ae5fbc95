"""The package's foundation: languages as data, errors with locations, atomic writes, UI language."""

from __future__ import annotations

import os

import pytest

from localize.errors import InputFileError, LanguageError, WriteError
from localize.io import atomic_write_bytes, read_text
from localize.languages import get_language, get_market, markets_for, normalize_locale


@pytest.mark.parametrize("code", ["pt-BR", "pt_BR", "pt", "PT-br", "pt_BR.UTF-8"])
def test_portuguese_spellings_resolve_to_pt(code):
    assert get_language(code).code == "pt"
    assert get_language(code).default_locale == "pt_BR"


def test_unknown_language_lists_supported_codes():
    with pytest.raises(LanguageError) as info:
        get_language("de")
    assert "en, fr, ja, ko, id, es, pt" in str(info.value)


def test_normalize_locale_gettext_form():
    assert normalize_locale("pt-br") == "pt_BR"
    assert normalize_locale("FR") == "fr"
    assert normalize_locale("es_mx") == "es_MX"


def test_plural_forms_follow_gettext_policy_and_cldr_agrees_on_singular():
    from babel import Locale

    assert (
        get_language("ja").nplurals
        == get_language("ko").nplurals
        == get_language("id").nplurals
        == 1
    )
    assert get_language("fr").plural_forms == "nplurals=2; plural=(n > 1);"
    for code in ("en", "fr", "es", "pt"):
        lang = get_language(code)
        rule = Locale.parse(lang.default_locale).plural_form
        for n in range(0, 5):
            from gettext import c2py

            gettext_index = c2py(lang.plural_expr)(n)
            assert (gettext_index == 0) == (rule(n) == "one"), (code, n)


def test_markets():
    assert get_market("uk").code == "GB"
    assert markets_for(["ja", "pt"]) == ("JP", "BR")
    with pytest.raises(LanguageError):
        get_market("DE")


def test_read_text_names_line_of_bad_byte(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"ok\nstill ok\n\xff broken\n")
    with pytest.raises(InputFileError) as info:
        read_text(path)
    assert info.value.line == 3 and str(path) in str(info.value)


def test_read_text_rejects_binary_and_empty(tmp_path):
    binary = tmp_path / "b.po"
    binary.write_bytes(b"abc\x00def")
    with pytest.raises(InputFileError, match="binary"):
        read_text(binary)
    empty = tmp_path / "e.po"
    empty.write_bytes(b"")
    with pytest.raises(InputFileError, match="empty"):
        read_text(empty)


def test_atomic_write_is_noop_when_unchanged(tmp_path):
    path = tmp_path / "x.po"
    assert atomic_write_bytes(path, b"one") is True
    before = os.stat(path).st_mtime_ns
    assert atomic_write_bytes(path, b"one") is False
    assert os.stat(path).st_mtime_ns == before
    assert list(tmp_path.iterdir()) == [path]


def test_atomic_write_to_read_only_location_is_a_clear_error():
    # /proc is a read-only file system even for root, the user CI runs as.
    with pytest.raises(WriteError) as info:
        atomic_write_bytes("/proc/localize-test.po", b"new")
    assert "/proc/localize-test.po" in str(info.value)


def test_cli_help_lists_groups(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    for group in ("caption", "catalog", "detect", "glossary", "translate"):
        assert group in result.output


def test_cli_rejects_unknown_ui_language(run_cli):
    result = run_cli("--ui-lang", "xx", "--help")
    assert result.exit_code == 2
    assert "unsupported language 'xx'" in result.output


def test_atomic_write_new_file_gets_the_usual_permissions(tmp_path):
    mask = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "new.mo", b"data")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.mo").stat().st_mode & 0o777 == 0o644


def test_atomic_write_steps_over_a_temporary_file_left_by_a_killed_run(tmp_path):
    target = tmp_path / "fides.mo"
    stale = tmp_path / f".fides.mo.{os.getpid()}-0.tmp"
    stale.write_bytes(b"half a catalog")
    assert atomic_write_bytes(target, b"whole catalog") is True
    assert target.read_bytes() == b"whole catalog"
    assert stale.read_bytes() == b"half a catalog"  # not ours: left alone
    assert sorted(p.name for p in tmp_path.iterdir()) == [stale.name, "fides.mo"]
