"""update: msgmerge-like fuzzy matching that respects msgctxt, previous msgids, plural changes."""

from __future__ import annotations

from pathlib import Path

from localize.catalog.merge import merge
from localize.catalog.po import parse_po

DATA = Path(__file__).parent / "data" / "catalog"
HEADER = (
    'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
)


def _po(body: str):
    return parse_po(HEADER + body)


def test_up_to_date_catalog_is_left_byte_identical():
    pot = parse_po((DATA / "locales/fides.pot").read_text(encoding="utf-8"))
    for locale in ("fr", "ja"):
        text = (DATA / f"locales/{locale}/LC_MESSAGES/fides.po").read_text(encoding="utf-8")
        merged, stats = merge(parse_po(text), pot, nplurals=2 if locale == "fr" else 1)
        assert merged.to_text() == text
        assert stats.new == stats.obsolete == 0


def test_changed_msgid_gets_fuzzy_translation_with_previous_msgid():
    po = _po('msgid "You are not alone."\nmsgstr "Vous n’êtes pas seul."\n')
    pot = _po('msgid "You are not alone, we are here."\nmsgstr ""\n')
    merged, stats = merge(po, pot)
    entry = merged.messages[0]
    assert entry.fuzzy and entry.msgstr == "Vous n’êtes pas seul."
    assert entry.previous_msgid == "You are not alone."
    assert '#| msgid "You are not alone."' in merged.to_text()
    # as msgmerge: the old message lives on as the fuzzy entry's #| msgid, not twice
    assert stats.fuzzy == 1 and stats.obsolete == 0 and merged.obsolete == []


def test_an_obsolete_translation_comes_back_fuzzy_for_a_reworded_message():
    # a message taken out and later put back reworded gets its old translation back,
    # marked fuzzy, as msgmerge does; the obsolete entry it came from goes
    po = _po(
        'msgid "Keep"\nmsgstr "Garder"\n\n'
        '#~ msgid "Delete the selected file"\n#~ msgstr "Supprimer le fichier sélectionné"\n'
    )
    pot = _po('msgid "Keep"\nmsgstr ""\n\nmsgid "Delete the selected files"\nmsgstr ""\n')
    merged, stats = merge(po, pot)
    entry = merged.messages[1]
    assert (entry.msgid, entry.msgstr, entry.fuzzy) == (
        "Delete the selected files",
        "Supprimer le fichier sélectionné",
        True,
    )
    assert entry.previous_msgid == "Delete the selected file"
    assert merged.obsolete == [] and (stats.kept, stats.fuzzy, stats.obsolete) == (1, 1, 0)


def test_fuzzy_matching_never_crosses_msgctxt():
    po = _po('msgctxt "button"\nmsgid "Get help now"\nmsgstr "Obtenir de l’aide"\n')
    pot = _po('msgctxt "menu"\nmsgid "Get help now!"\nmsgstr ""\n')
    merged, stats = merge(po, pot)
    assert not merged.messages[0].fuzzy and merged.messages[0].msgstr == ""
    assert stats.new == 1 and stats.fuzzy == 0


def test_changed_msgid_plural_marks_entry_fuzzy():
    po = _po(
        'msgid "%d person"\nmsgid_plural "%d persons"\nmsgstr[0] "%d personne"\nmsgstr[1] "%d personnes"\n'
    )
    pot = _po('msgid "%d person"\nmsgid_plural "%d people"\nmsgstr[0] ""\nmsgstr[1] ""\n')
    merged, stats = merge(po, pot)
    entry = merged.messages[0]
    assert entry.fuzzy and entry.msgid_plural == "%d people"
    assert entry.previous_msgid_plural == "%d persons"
    assert entry.msgstr_plural == ["%d personne", "%d personnes"]
    assert stats.plural_changed == 1


def test_obsolete_entries_kept_or_dropped():
    po = _po('msgid "Old message"\nmsgstr "Ancien message"\n')
    pot = _po('msgid "Completely different"\nmsgstr ""\n')
    kept, _ = merge(po, pot)
    assert '#~ msgid "Old message"' in kept.to_text()
    dropped, stats = merge(
        _po('msgid "Old message"\nmsgstr "Ancien message"\n'), pot, keep_obsolete=False
    )
    assert "Old message" not in dropped.to_text() and stats.dropped == 1


def test_obsolete_entry_comes_back_when_the_message_returns():
    po = _po('#~ msgid "Breathe in slowly."\n#~ msgstr "Inspirez lentement."\n')
    pot = _po('msgid "Breathe in slowly."\nmsgstr ""\n')
    merged, stats = merge(po, pot)
    assert merged.messages[0].msgstr == "Inspirez lentement." and not merged.messages[0].fuzzy
    assert stats.revived == 1


def test_no_fuzzy_matching_option():
    po = _po('msgid "You are not alone."\nmsgstr "Vous n’êtes pas seul."\n')
    pot = _po('msgid "You are not alone!"\nmsgstr ""\n')
    merged, _ = merge(po, pot, fuzzy_matching=False)
    assert merged.messages[0].msgstr == "" and not merged.messages[0].fuzzy
