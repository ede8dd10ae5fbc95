"""PO parsing and writing: strict errors with lines, byte-identical rewrites, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localize.catalog.po import Entry, PoFile, escape, format_entry, parse_po, unescape
from localize.errors import CatalogError

DATA = Path(__file__).parent / "data" / "catalog"
CATALOGS = sorted(DATA.glob("locales/**/*.po")) + [
    DATA / "locales" / "fides.pot",
    DATA / "defects.po",
]


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parent.parent.name + "/" + p.name)
def test_unchanged_catalog_is_written_back_byte_identical(path):
    text = path.read_text(encoding="utf-8")
    assert parse_po(text, str(path)).to_text() == text


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parent.parent.name + "/" + p.name)
def test_read_only_parse_reads_the_same_fields_and_keeps_no_text(path):
    text = path.read_text(encoding="utf-8")
    full, light = parse_po(text, str(path)), parse_po(text, str(path), read_only=True)
    fields = ("line", "obsolete", "previous_msgid", "references", "extracted", "comments")
    assert [(e._state(), [getattr(e, f) for f in fields]) for e in light.entries] == [
        (e._state(), [getattr(e, f) for f in fields]) for e in full.entries
    ]
    assert all(e.raw is None and e.changed for e in light.entries)


def test_parse_reads_context_plurals_flags_and_comments():
    po = parse_po((DATA / "locales/fr/LC_MESSAGES/fides.po").read_text(encoding="utf-8"))
    by_key = {e.key: e for e in po.messages}
    button = by_key[("button", "Get help")]
    assert button.msgstr == "Obtenir de l’aide"
    assert by_key[("menu", "Get help")].msgstr == "Aide"
    plural = by_key[(None, "%(count)d person reached out today")]
    assert plural.msgid_plural == "%(count)d people reached out today"
    assert len(plural.msgstr_plural) == 2 and "python-format" in plural.flags
    assert by_key[(None, "Posted on %(date)s")].fuzzy
    first = by_key[(None, "You are not alone.")]
    assert first.extracted == ["Translators: headline of the crisis card, keep it short"]
    assert first.references == ["fides/cards.py:12"]
    assert po.metadata()["Language"] == "fr"


def test_changed_entry_is_reformatted_and_others_kept_verbatim():
    text = (DATA / "locales/ja/LC_MESSAGES/fides.po").read_text(encoding="utf-8")
    po = parse_po(text)
    po.messages[-1].msgstr = "%(date)s に投稿"
    out = po.to_text()
    assert out.replace('msgstr "%(date)s に投稿"', 'msgstr ""') == text
    # the long Japanese line (the file does not wrap) stays on one line
    assert (
        "自殺について率直かつ安全に話すことは命を救います。方法の詳細ではなく、支援先を共有しましょう。"
        in out
    )


def test_crlf_files_keep_their_line_endings():
    text = 'msgid ""\r\nmsgstr "Language: fr\\n"\r\n\r\nmsgid "a"\r\nmsgstr "b"\r\n'
    po = parse_po(text)
    assert po.to_text() == text
    po.messages[0].msgstr = "c"
    assert po.to_text() == text.replace('"b"', '"c"')


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('msgid "a"\nmsgstr "b\\q"\n', 2, "invalid escape sequence"),
        ('msgid "a"\nmsgstr "b\\9"\n', 2, "invalid escape sequence"),
        ('msgid "a"\nmsgstr "b\\xFFFFFFFFF"\n', 2, "invalid escape sequence"),
        ('msgid "a"\nmsgstr "unterminated\n', 2, "unterminated string"),
        ('msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 1, "msgid without msgstr"),
        ('msgid "a"\n', 1, "msgid without msgstr"),
        ('msgid "a"\nmsgstr "b"\nmsgfoo "c"\n', 3, "syntax error"),
        ('msgid "a"\nmsgstr[0] "b"\n', 2, "without msgid_plural"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\nmsgstr[2] "c"\n', 4, "out of order"),
        ('"orphan"\n', 1, "string without a keyword"),
        ('msgid "a"\nmsgstr "say "hi""\n', 2, "unescaped"),
    ],
)
def test_malformed_po_names_the_line(text, line, message):
    with pytest.raises(CatalogError) as info:
        parse_po(text, "x.po")
    assert info.value.line == line
    assert message in info.value.message
    assert info.value.path == "x.po"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_escape_round_trips(value):
    assert unescape(escape(value)) == value


_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from('\n\t"\\ '),
    max_size=150,
)


@given(
    msgid=_texts.filter(bool),
    msgstr=_texts,
    context=st.none() | _texts,
    plural=st.none() | _texts,
    obsolete=st.booleans(),
)
def test_formatted_entries_parse_back_to_the_same_values(msgid, msgstr, context, plural, obsolete):
    entry = Entry(msgid, msgstr, msgctxt=context, flags=["python-format"], obsolete=obsolete)
    if plural is not None:
        entry.msgid_plural = plural
        entry.msgstr_plural = [msgstr, msgstr + "s"]
        entry.msgstr = ""
    header = Entry("", "Language: fr\n")
    text = PoFile([header, entry]).to_text()
    parsed = parse_po(text).entries[1]
    assert (
        parsed.msgid,
        parsed.msgstr,
        parsed.msgctxt,
        parsed.msgid_plural,
        parsed.msgstr_plural,
    ) == (
        entry.msgid,
        entry.msgstr,
        entry.msgctxt,
        entry.msgid_plural,
        entry.msgstr_plural,
    )
    assert parsed.obsolete == obsolete
    assert parse_po(text).to_text() == text


def test_long_strings_wrap_at_79_columns_like_msgmerge():
    entry = Entry("word " * 30, "")
    lines = format_entry(entry).splitlines()
    assert lines[0] == 'msgid ""'
    assert all(len(line) <= 79 for line in lines)


def test_an_unbreakable_long_line_does_not_make_a_wrapped_catalog_no_wrap():
    # GNU tools leave a long URL on one line; the catalog is still a wrapped one, so an
    # entry the toolkit rewrites is wrapped at 79 columns like its neighbours
    url = "https://www.who.int/news-room/fact-sheets/detail/" + "suicide-prevention-" * 3
    header = 'msgid ""\nmsgstr "Language: fr\\n"\n\n'
    text = f'{header}msgid "Find help"\nmsgstr "{url}"\n'
    assert len(text.splitlines()[-1]) > 79
    po = parse_po(text)
    assert po.width == 79
    po.messages[0].msgstr = "Appelez le 3114 " * 8
    assert all(len(line) <= 79 for line in po.to_text().splitlines())
    # a long line that could have been cut says the file is not wrapped (Transifex style)
    unwrapped = parse_po(f'{header}msgid "Find help"\nmsgstr "{"Appelez le 3114 " * 8}"\n')
    assert unwrapped.width == 0
    obsolete = parse_po(f'{header}#~ msgid "old"\n#~ msgstr "{url}"\n')
    assert obsolete.width == 79


def _split_reference(piece: str, room: int) -> list[str]:
    """The wrapping rule spelled out: cut after the last space whose escaped prefix fits."""
    out = []
    while len(escape(piece)) > room:
        cut, width = -1, 0
        for index, char in enumerate(piece):
            width += len(escape(char))
            if width > room:
                break
            if char == " ":
                cut = index + 1
        if cut <= 0:
            break
        out.append(escape(piece[:cut]))
        piece = piece[cut:]
    return [*out, escape(piece)]


@given(
    st.text(alphabet=st.sampled_from(list('ab cd  "\\\t\r\x07\x08\x0c\x0bé日')), max_size=200),
    st.integers(1, 90),
)
def test_long_lines_are_cut_after_the_last_space_that_fits(piece, room):
    from localize.catalog.po import _split_piece

    assert list(_split_piece(piece, room)) == _split_reference(piece, room)


def _parsed(po: PoFile) -> tuple:
    return (
        [(e._state(), e._snapshot, e.changed, e.line, e.raw) for e in po.entries],
        po.trailing,
        po.newline,
        po.width,
    )


def _damaged(text: str, seed: int) -> str:
    """A copy of a catalog with a few lines deleted, repeated or edited (a PO-specific fuzzer)."""
    import random

    rnd = random.Random(seed)
    lines = text.split("\n")
    inserts = [
        '"',
        "\\",
        "#",
        "#~ ",
        "#| ",
        " ",
        "msgstr ",
        "msgid ",
        "msgstr[1] ",
        "\t",
        "\\n",
        "x",
    ]
    for _ in range(rnd.randint(1, 3)):
        k = rnd.randrange(len(lines))
        op = rnd.random()
        if op < 0.25:
            del lines[k]
        elif op < 0.5:
            lines.insert(k, lines[rnd.randrange(len(lines))])
        else:
            cut = rnd.randint(0, len(lines[k]))
            lines[k] = lines[k][:cut] + rnd.choice(inserts) + lines[k][cut:]
    damaged = "\n".join(lines)
    return damaged.rstrip("\n") if seed % 5 == 0 else damaged


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parent.parent.name + "/" + p.name)
def test_fast_scanner_agrees_with_the_line_parser_on_sound_and_damaged_catalogs(path):
    """parse_po scans well-formed files with regexes and hands anything else to the
    line-by-line parser; whatever the scanner accepts must parse exactly the same."""
    from localize.catalog import po as po_module

    text = path.read_text(encoding="utf-8")
    scanned = po_module._scan(text, "x.po", "\n")
    assert scanned is not None, "a well-formed catalog takes the fast path"
    assert _parsed(scanned) == _parsed(po_module._parse_lines(text, "x.po", "\n"))
    accepted = 0
    for seed in range(150):
        damaged = _damaged(text, seed)
        try:
            reference = _parsed(po_module._parse_lines(damaged, "x.po", "\n"))
        except CatalogError as exc:
            reference = (exc.message, exc.line)
        try:
            scanned = po_module._scan(damaged, "x.po", "\n")
        except (po_module._Unusual, CatalogError):
            scanned = None
        if scanned is not None:
            accepted += 1
            assert _parsed(scanned) == reference, f"seed {seed}"
        # parse_po itself always gives the reference answer
        try:
            assert _parsed(parse_po(damaged, "x.po")) == reference
        except CatalogError as exc:
            assert (exc.message, exc.line) == reference
    assert accepted > 10  # harmless damage (a repeated comment, an edited word) stays fast


def test_literal_fast_paths_decode_and_reject_what_the_reference_does():
    # the scanner's escape decoding (no pattern) against the reference `_string`
    import random

    from localize.catalog import po as po_module

    pieces = ["\\", "\\", "n", "t", '"', "a", " ", "é", "7", "\\x41", '\\"', "\\\\", "\\n", "?"]
    rnd = random.Random(7)

    def outcome(decode, content):
        try:
            return decode(content)
        except (CatalogError, po_module._Unusual):
            return None

    for _ in range(20000):
        content = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(9)))
        expected = outcome(lambda c: po_module._string(f'"{c}"', None, 0), content)
        assert outcome(po_module._content, content) == expected, content


def test_declared_charset_is_what_the_header_pattern_finds():
    import random
    import re

    from localize.services.catalogs import _declared_charset

    pattern = re.compile(rb"charset\s*=\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
    pieces = [b"charset", b"CharSet", b"=", b" ", b"\t", b"\n", b"utf-8", b"ISO-8859-1", b";"]
    pieces += [b'"', b"\xc3\xa9", b"chars", b"et", b"\\n", b"x"]
    rnd = random.Random(3)
    for _ in range(20000):
        head = b"".join(rnd.choice(pieces) for _ in range(rnd.randrange(12)))
        found = pattern.search(head)
        assert _declared_charset(head) == (found.group(1) if found else None), head
