"""The translation memory: durable, keyed on everything that changes the answer."""

from __future__ import annotations

import sqlite3

import pytest

from localize.errors import WriteError
from localize.translate.memory import TranslationMemory, TranslationMemoryError

KEY = ("libre", "en", "fr", "g1")


def test_stored_translation_is_found_again_after_reopening(tmp_path):
    path = tmp_path / "tm.sqlite"
    with TranslationMemory(path) as tm:
        assert tm.get(*KEY, "You are not alone ZQ0X") is None
        tm.put(*KEY, "You are not alone ZQ0X", "Vous n'êtes pas seul ZQ0X")
    with TranslationMemory(path) as tm:
        assert tm.get(*KEY, "You are not alone ZQ0X") == "Vous n'êtes pas seul ZQ0X"
        assert tm.stats().to_dict() == {"hits": 1, "misses": 0, "stored": 0, "entries": 1}


@pytest.mark.parametrize(
    "other",
    [
        ("google", "en", "fr", "g1"),  # another engine
        ("libre", "en", "pt_BR", "g1"),  # another target
        ("libre", "es", "fr", "g1"),  # another source language
        ("libre", "en", "fr", "g2"),  # the glossary changed
    ],
)
def test_every_key_part_separates_entries(tmp_path, other):
    with TranslationMemory(tmp_path / "tm.sqlite") as tm:
        tm.put(*KEY, "Help", "Aide")
        assert tm.get(*other, "Help") is None
        assert tm.get(*KEY, "help") is None  # exact source text
        assert tm.get(*KEY, "Help") == "Aide"


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(WriteError) as info:
        TranslationMemory(tmp_path / "nope" / "tm.sqlite")
    assert "does not exist" in str(info.value)
    assert str(tmp_path / "nope") in str(info.value)


def test_a_file_that_is_not_a_memory_is_refused(tmp_path):
    bogus = tmp_path / "tm.sqlite"
    bogus.write_text('msgid ""\nmsgstr ""\n' * 200)
    with pytest.raises(TranslationMemoryError) as info:
        TranslationMemory(bogus)
    assert str(bogus) in str(info.value)


def test_each_put_is_committed_at_once(tmp_path):
    path = tmp_path / "tm.sqlite"
    tm = TranslationMemory(path)
    tm.put(*KEY, "Today", "Aujourd'hui")
    # another connection (a second process, or after a crash) already sees it
    other = sqlite3.connect(path)
    assert other.execute("SELECT target FROM tm").fetchall() == [("Aujourd'hui",)]
    other.close()
    tm.close()
