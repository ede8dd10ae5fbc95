"""PO files: a strict parser with `file:line` errors and a writer that leaves unchanged entries alone.

Why not polib or babel alone: both accept malformed input silently (babel drops a
`msgid` without `msgstr`, polib swallows unknown escapes) and both re-wrap every entry
when they write, so merely loading and saving a catalog produces a diff. Here every entry
remembers the exact text it was parsed from and a snapshot of its fields; the writer
emits that text verbatim unless a field changed, so a rewrite with nothing to change is
byte-identical. Changed and new entries are written the way GNU msgmerge writes them
(79 columns, split after `\\n`).

Values in, values out: `parse_po(text, path)` takes text, `PoFile.to_text()` returns it;
`localize.io` does the reading and the atomic writing.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from functools import lru_cache, partial

from ..errors import CatalogError
from ..i18n import _

WIDTH = 79

_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    '"': '"',
    "\\": "\\",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "?": "?",
    "'": "'",
}
# patterns only unusual strings need: compiled (and cached) by `re` on first use, since
# compiling costs start-up time that most catalogs would pay for nothing
_ESCAPE = r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.?)"
_UNESCAPED_QUOTE = r'(?<!\\)(?:\\\\)*"'
_REVERSE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_REVERSE_ALL = {**_REVERSE, "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


def unescape(content: str, path: str | None = None, line: int | None = None) -> str:
    """The value of a PO string literal's content (between the quotes)."""
    if "\\" not in content:
        return content

    def replace(match: re.Match[str]) -> str:
        token = match.group(1)
        if token in _ESCAPES:
            return _ESCAPES[token]
        try:
            if token[:1] == "x" and len(token) > 1:
                return chr(int(token[1:], 16))
            if token and token[0] in "01234567":  # not isdigit(): \\9 is no octal escape
                return chr(int(token, 8))
        except (ValueError, OverflowError):  # beyond U+10FFFF
            pass
        shown = "\\" + token if token else "\\"
        raise CatalogError(
            _("invalid escape sequence {sequence} in string").format(sequence=repr(shown)),
            path=path,
            line=line,
        )

    return re.sub(_ESCAPE, replace, content, flags=re.DOTALL)


def escape(value: str) -> str:
    """A PO string literal's content for `value` (the reverse of `unescape`)."""
    if _plain(value):
        return value
    for char, escaped in _REVERSE_ALL.items():  # the backslash first
        if char in value:
            value = value.replace(char, escaped)
    return value


def _plain(value: str) -> bool:
    """True when escaping changes nothing (False may also mean other non-printables)."""
    return value.isprintable() and "\\" not in value and '"' not in value


_REFERENCES_AT = 8
"""Where `Entry._state` puts the references."""


class Entry:
    """One PO entry (or the header, whose msgid is empty).

    Mutable while a catalog is being merged or edited; `changed` tells the writer whether
    the text it was parsed from still represents it.
    """

    __slots__ = (
        "msgid",
        "msgstr",
        "msgid_plural",
        "msgstr_plural",
        "msgctxt",
        "flags",
        "comments",
        "extracted",
        "references",
        "previous_msgctxt",
        "previous_msgid",
        "previous_msgid_plural",
        "obsolete",
        "line",
        "raw",
        "_snapshot",
    )

    def __init__(
        self,
        msgid: str = "",
        msgstr: str = "",
        *,
        msgid_plural: str | None = None,
        msgstr_plural: list[str] | None = None,
        msgctxt: str | None = None,
        flags: list[str] | None = None,
        comments: list[str] | None = None,
        extracted: list[str] | None = None,
        references: list[str] | None = None,
        previous_msgctxt: str | None = None,
        previous_msgid: str | None = None,
        previous_msgid_plural: str | None = None,
        obsolete: bool = False,
        line: int | None = None,
    ) -> None:
        self.msgid = msgid
        self.msgstr = msgstr
        self.msgid_plural = msgid_plural
        self.msgstr_plural = msgstr_plural if msgstr_plural is not None else []
        self.msgctxt = msgctxt
        self.flags = flags if flags is not None else []
        self.comments = comments if comments is not None else []
        self.extracted = extracted if extracted is not None else []
        self.references = references if references is not None else []
        self.previous_msgctxt = previous_msgctxt
        self.previous_msgid = previous_msgid
        self.previous_msgid_plural = previous_msgid_plural
        self.obsolete = obsolete
        self.line = line
        self.raw: str | None = None
        self._snapshot: tuple | None = None

    def _state(self) -> tuple:
        # `changed` reads the references at _REFERENCES_AT first
        return (
            self.msgid,
            self.msgstr,
            self.msgid_plural,
            tuple(self.msgstr_plural),
            self.msgctxt,
            tuple(self.flags),
            tuple(self.comments),
            tuple(self.extracted),
            tuple(self.references),
            self.previous_msgctxt,
            self.previous_msgid,
            self.previous_msgid_plural,
            self.obsolete,
        )

    def freeze_snapshot(self, raw: str) -> None:
        self.raw = raw
        self._snapshot = self._state()

    @property
    def changed(self) -> bool:
        snapshot = self._snapshot
        if snapshot is None:
            return True
        # the references first: what an update changes most often (line numbers)
        return snapshot[_REFERENCES_AT] != tuple(self.references) or snapshot != self._state()

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @fuzzy.setter
    def fuzzy(self, value: bool) -> None:
        if value and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        elif not value and "fuzzy" in self.flags:
            self.flags = [f for f in self.flags if f != "fuzzy"]

    @property
    def translations(self) -> list[str]:
        return self.msgstr_plural if self.msgid_plural is not None else [self.msgstr]

    @property
    def translated(self) -> bool:
        """Every form translated and not fuzzy: what compile ships."""
        forms = self.translations
        return not self.fuzzy and bool(forms) and all(forms)

    @property
    def untranslated(self) -> bool:
        return not any(self.translations)

    def __repr__(self) -> str:
        return f"Entry(msgctxt={self.msgctxt!r}, msgid={self.msgid!r}, line={self.line})"


class PoFile:
    """A parsed catalog: entries in file order (the header first when present).

    `trailing` is the text after the last entry (stray comments), kept verbatim. `width`
    is the wrap width for entries the writer formats: 79 like GNU tools, 0 (no wrapping)
    when the file itself has longer lines (Transifex, pybabel --no-wrap), so new entries
    match.
    """

    __slots__ = ("entries", "path", "trailing", "newline", "width")

    def __init__(
        self,
        entries: list[Entry],
        path: str | None = None,
        trailing: str = "",
        newline: str = "\n",
        width: int = WIDTH,
    ) -> None:
        self.entries = entries
        self.path = path
        self.trailing = trailing
        self.newline = newline
        self.width = width

    def __repr__(self) -> str:
        return f"PoFile(path={self.path!r}, entries={len(self.entries)})"

    @property
    def header(self) -> Entry | None:
        for entry in self.entries:
            if entry.is_header and not entry.obsolete:
                return entry
        return None

    @property
    def messages(self) -> list[Entry]:
        """Non-obsolete entries except the header."""
        return [e for e in self.entries if not e.obsolete and not e.is_header]

    @property
    def obsolete(self) -> list[Entry]:
        return [e for e in self.entries if e.obsolete]

    def metadata(self) -> dict[str, str]:
        header = self.header
        return parse_header(header.msgstr) if header is not None else {}

    def set_metadata(self, name: str, value: str) -> None:
        """Set one header field in place (keeping the others and their order)."""
        header = self.header
        if header is None:
            header = Entry("", "", line=1)
            self.entries.insert(0, header)
        header.msgstr = set_header_field(header.msgstr, name, value)

    def to_text(self) -> str:
        chunks: list[str] = []
        previous_raw = False
        for entry in self.entries:
            raw = entry.raw is not None and not entry.changed
            text = entry.raw if raw else format_entry(entry, self.width)
            assert text is not None
            if chunks and not (raw and previous_raw) and not chunks[-1].endswith("\n\n"):
                if not chunks[-1].endswith("\n"):
                    chunks.append("\n")
                chunks.append("\n")
            chunks.append(text)
            previous_raw = raw
        if self.trailing:
            if chunks and not chunks[-1].endswith("\n"):
                chunks.append("\n")
            chunks.append(self.trailing)
        text = "".join(chunks)
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        return text


def parse_header(msgstr: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in msgstr.split("\n"):
        name, sep, value = line.partition(":")
        if sep and name.strip():
            fields[name.strip()] = value.strip()
    return fields


def set_header_field(msgstr: str, name: str, value: str) -> str:
    lines = msgstr.split("\n")
    for i, line in enumerate(lines):
        if line.partition(":")[0].strip().lower() == name.lower():
            lines[i] = f"{name}: {value}"
            return "\n".join(lines)
    if lines and lines[-1] == "":
        lines.insert(len(lines) - 1, f"{name}: {value}")
    else:
        lines.append(f"{name}: {value}")
        lines.append("")
    return "\n".join(lines)


# ---- parsing ---------------------------------------------------------------------------

# a pattern string, compiled by `re` (and cached) when a file needs the line parser or
# has `#|` lines: the scanner reads most catalogs without it
_KEYWORD = r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s*(\".*)?$"


def _string(token: str, path: str | None, line: int) -> str:
    """The value of one `"..."` literal (the rest of a line after the keyword)."""
    token = token.strip()
    if len(token) < 2 or token[0] != '"' or token[-1] != '"':
        raise CatalogError(_("unterminated string (missing closing quote)"), path=path, line=line)
    content = token[1:-1]
    if '"' in content or content.endswith("\\"):
        # a quote inside must be escaped, and the closing quote must not be
        if content.endswith("\\") and (len(content) - len(content.rstrip("\\"))) % 2 == 1:
            raise CatalogError(
                _("unterminated string (missing closing quote)"), path=path, line=line
            )
        if re.search(_UNESCAPED_QUOTE, content):
            raise CatalogError(_("unescaped '\"' inside a string"), path=path, line=line)
    return unescape(content, path, line)


class _Builder:
    """Accumulates the lines of one entry while parsing."""

    __slots__ = (
        "entry",
        "start",
        "field",
        "index",
        "has_msgid",
        "has_msgstr",
        "prev_field",
        "obsolete_seen",
    )

    def __init__(self, start: int) -> None:
        self.entry = Entry(line=start)
        self.start = start
        self.field: str | None = None
        self.index = 0
        self.has_msgid = False
        self.has_msgstr = False
        self.prev_field: str | None = None
        self.obsolete_seen = False


def parse_po(text: str, path: str | None = None, *, read_only: bool = False) -> PoFile:
    """Parse PO/POT text strictly; malformed input raises CatalogError with its line.

    Entries keep the exact text they came from (`Entry.raw`) so that `PoFile.to_text()`
    reproduces the input byte for byte when nothing changed; `read_only` (a template
    that is only read) may skip that, whose entries are then written from their fields.

    Two parsers, one result: a regex scanner that takes a well-formed file entry by
    entry (the common case, about ten times faster), and the line-by-line state machine
    below, the reference, which runs whenever the scanner meets anything it does not
    take (unusual layout, a bad escape, a syntax error) and so reports every error with
    its line. Tests compare both on real catalogs and on damaged copies of them.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    if newline != "\n":
        text = text.replace("\r\n", "\n")
    # no cycles among the objects made here: a cyclic GC pass every few hundred entries
    # would only re-walk everything parsed so far (half the time on a large catalog)
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            fast = _scan(text, path, newline, read_only)
        except (_Unusual, CatalogError):
            fast = None
        return fast if fast is not None else _parse_lines(text, path, newline)
    finally:
        if collecting:
            gc.enable()


def _parse_lines(text: str, path: str | None, newline: str) -> PoFile:
    """The reference parser: one line at a time, every error with its line number."""
    lines = text.split("\n")
    # a final newline yields one empty string at the end; it belongs to the last entry's text
    entries: list[Entry] = []
    b: _Builder | None = None
    entry_start_line = 0  # index into lines where the current entry's text starts

    def finish(end_index: int) -> None:
        """Close the current entry, whose text ends before line index `end_index`."""
        nonlocal b
        assert b is not None
        raw_bounds.append((entry_start_line, end_index))
        e = b.entry
        if not b.has_msgid:
            raise CatalogError(
                _("comment lines without an entry (missing msgid)"), path=path, line=b.start
            )
        if not b.has_msgstr:
            raise CatalogError(_("msgid without msgstr"), path=path, line=e.line)
        e.freeze_snapshot("")
        entries.append(e)
        b = None

    def begin(index: int) -> _Builder:
        """The entry line `index` belongs to: a complete entry ends there, a new one opens."""
        nonlocal b, entry_start_line
        if b is not None and b.has_msgstr:
            finish(index)
        if b is None:
            b = _Builder(index + 1)
            entry_start_line = index if raw_bounds else 0
        return b

    raw_bounds: list[tuple[int, int]] = []
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        lineno = i + 1
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        obsolete = False
        prev = False
        body = stripped
        if body[0] == "#":
            if body.startswith("#~"):
                obsolete = True
                body = body[2:].lstrip()
                if body.startswith("|"):
                    prev = True
                    body = body[1:].lstrip()
                if not body:
                    i += 1
                    continue
            elif body.startswith("#|"):
                prev = True
                body = body[2:].lstrip()
                if not body:  # an empty `#|` line says nothing, like an empty `#~` line
                    i += 1
                    continue
            else:
                # a comment: it starts a new entry if the current one is complete
                if b is not None and b.has_msgid and not b.has_msgstr:
                    raise CatalogError(_("comment inside an entry"), path=path, line=lineno)
                b = begin(i)
                kind = body[1:2]
                e = b.entry
                if kind == ",":
                    e.flags.extend(f.strip() for f in body[2:].split(",") if f.strip())
                elif kind == ".":
                    e.extracted.append(body[2:].removeprefix(" "))
                elif kind == ":":
                    e.references.append(body[2:].strip())
                else:
                    e.comments.append(line.lstrip()[1:].removeprefix(" "))
                i += 1
                continue
        # a keyword line or a continuation string
        if body[0] == '"':
            if b is None or b.field is None:
                raise CatalogError(
                    _("string without a keyword (msgid, msgstr, ...)"), path=path, line=lineno
                )
            value = _string(body, path, lineno)
            _append(b, value)
            i += 1
            continue
        match = re.match(_KEYWORD, body)
        if match is None:
            word = body.split(None, 1)[0]
            raise CatalogError(
                _("syntax error: unexpected {word}").format(word=repr(word)), path=path, line=lineno
            )
        keyword, index, token = match.group(1), match.group(2), match.group(3)
        if token is None:
            raise CatalogError(
                _("{keyword} without a string").format(keyword=keyword.split("[")[0]),
                path=path,
                line=lineno,
            )
        value = _string(token, path, lineno)
        if prev:
            if b is not None and b.has_msgid and not b.has_msgstr:
                raise CatalogError(
                    _("previous-msgid line (#|) inside an entry"), path=path, line=lineno
                )
            b = begin(i)
            if keyword == "msgctxt":
                b.entry.previous_msgctxt = value
                b.field = "previous_msgctxt"
            elif keyword == "msgid":
                b.entry.previous_msgid = value
                b.field = "previous_msgid"
            elif keyword == "msgid_plural":
                b.entry.previous_msgid_plural = value
                b.field = "previous_msgid_plural"
            else:
                raise CatalogError(
                    _("msgstr in a previous-msgid (#|) line"), path=path, line=lineno
                )
            b.entry.obsolete = b.entry.obsolete or obsolete
            i += 1
            continue
        if keyword in ("msgctxt", "msgid"):
            b = begin(i)
            e = b.entry
            if keyword == "msgctxt":
                if b.has_msgid or e.msgctxt is not None:
                    raise CatalogError(_("msgid without msgstr"), path=path, line=e.line)
                e.msgctxt = value
                b.field = "msgctxt"
                e.line = lineno
            else:
                if b.has_msgid:
                    raise CatalogError(_("msgid without msgstr"), path=path, line=e.line)
                e.msgid = value
                b.has_msgid = True
                b.field = "msgid"
                if e.msgctxt is None:
                    e.line = lineno
            e.obsolete = obsolete
            i += 1
            continue
        if b is None or not b.has_msgid:
            raise CatalogError(
                _("{keyword} without msgid").format(keyword=keyword), path=path, line=lineno
            )
        e = b.entry
        if keyword == "msgid_plural":
            if b.has_msgstr or e.msgid_plural is not None:
                raise CatalogError(_("misplaced msgid_plural"), path=path, line=lineno)
            e.msgid_plural = value
            b.field = "msgid_plural"
        elif index is None:
            if e.msgid_plural is not None:
                raise CatalogError(
                    _("plural entry needs msgstr[0], msgstr[1], ... not msgstr"),
                    path=path,
                    line=lineno,
                )
            if b.has_msgstr:
                raise CatalogError(_("duplicate msgstr"), path=path, line=lineno)
            e.msgstr = value
            b.has_msgstr = True
            b.field = "msgstr"
        else:
            if e.msgid_plural is None:
                raise CatalogError(
                    _("msgstr[{index}] in an entry without msgid_plural").format(index=index),
                    path=path,
                    line=lineno,
                )
            k = int(index)
            if k != len(e.msgstr_plural):
                raise CatalogError(
                    _("msgstr[{index}] out of order (expected msgstr[{expected}])").format(
                        index=k, expected=len(e.msgstr_plural)
                    ),
                    path=path,
                    line=lineno,
                )
            e.msgstr_plural.append(value)
            b.has_msgstr = True
            b.field = "msgstr_plural"
        i += 1
    if b is not None:
        if not b.has_msgid and not b.entry.msgctxt:
            # stray comments at the end of the file: kept verbatim
            trailing = "\n".join(lines[entry_start_line:])
            _attach_raw(entries, raw_bounds, lines)
            return PoFile(
                entries, path=path, trailing=trailing, newline=newline, width=_width_of(text)
            )
        finish(n)
    _attach_raw(entries, raw_bounds, lines)
    return PoFile(entries, path=path, newline=newline, width=_width_of(text))


_LONG_LINE = re.compile(r"\n[^\n]{" + str(WIDTH + 1) + "}")


def _width_of(text: str) -> int:
    """0 (no wrapping) when a string line is longer than the wrap width although it could
    have been wrapped, else WIDTH.

    GNU tools leave a line long when it has no place to break (a long URL or path), so
    such a line says nothing about the file's style: only a long line with a space that
    the wrapper would have cut at does. Otherwise one unbreakable URL in a wrapped catalog
    would make `update` unwrap every entry it touches.
    """
    # the first line, which no newline precedes (no copy of a large text to give it one)
    end = text.find("\n")
    if end < 0:
        end = len(text)
    if end > WIDTH and _breakable(text, 0, end):
        return 0
    search = _LONG_LINE.search
    pos = end
    while (match := search(text, pos)) is not None:
        start = match.start() + 1
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if _breakable(text, start, end):
            return 0
        pos = end
    return WIDTH


def _breakable(text: str, start: int, end: int) -> bool:
    """Whether the string line `text[start:end]` has a space `_split_piece` would cut at."""
    if text[end - 1] != '"':
        return False
    opening = text.find('"', start, end - 1)
    if opening < 0:
        return False
    # a continuation line holds `room` characters of content (see _wrap)
    room = WIDTH - 2 - (3 if text.startswith("#~", start) else 0)
    return text.find(" ", opening + 1, min(end - 1, opening + 1 + room)) >= 0


# ---- the fast scanner ------------------------------------------------------------------


class _Unusual(Exception):
    """The scanner met a layout it leaves to the reference parser."""


_LIT = r'"[^\n]*"\n'
_COMMENTS = r"(?P<c>(?:\#(?:[^|~\n][^\n]*)?\n)*)"
# each string field: the first line's content, then the continuation lines
_LIVE = re.compile(
    _COMMENTS
    + r"(?P<p>(?:\#\|[^\n]*\n)*)"
    + rf'(?:msgctxt[ ]"(?P<x>[^\n]*)"\n(?P<xc>(?:{_LIT})*))?'
    + rf'msgid[ ]"(?P<i>[^\n]*)"\n(?P<ic>(?:{_LIT})*)'
    + rf'(?:msgid_plural[ ]"(?P<ip>[^\n]*)"\n(?P<ipc>(?:{_LIT})*)'
    + rf"(?P<sp>(?:msgstr\[\d+\][ ]{_LIT}(?:{_LIT})*)+)"
    + rf'|msgstr[ ]"(?P<s>[^\n]*)"\n(?P<sc>(?:{_LIT})*))'
    + r"\n*"
)


@lru_cache(maxsize=1)
def _dead_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(entry, plural form) patterns of obsolete `#~` entries: compiled when a file has
    one, since many catalogs have none and compiling costs start-up time."""
    entry = re.compile(
        _COMMENTS
        + r"(?P<p>(?:\#~[ ]?\|[^\n]*\n)*)"
        + rf'(?:\#~[ ]msgctxt[ ]"(?P<x>[^\n]*)"\n(?P<xc>(?:\#~[ ]{_LIT})*))?'
        + rf'\#~[ ]msgid[ ]"(?P<i>[^\n]*)"\n(?P<ic>(?:\#~[ ]{_LIT})*)'
        + rf'(?:\#~[ ]msgid_plural[ ]"(?P<ip>[^\n]*)"\n(?P<ipc>(?:\#~[ ]{_LIT})*)'
        + rf"(?P<sp>(?:\#~[ ]msgstr\[\d+\][ ]{_LIT}(?:\#~[ ]{_LIT})*)+)"
        + rf'|\#~[ ]msgstr[ ]"(?P<s>[^\n]*)"\n(?P<sc>(?:\#~[ ]{_LIT})*))'
        + r"\n*"
    )
    form = re.compile(rf'\#~[ ]msgstr\[(\d+)\][ ]"([^\n]*)"\n((?:\#~[ ]{_LIT})*)')
    return entry, form


def _content(content: str) -> str:
    """The value of one string literal's content; the common cases without a regex."""
    if "\\" in content:
        if '"' in content or content.count("\\") != content.count("\\n"):
            return _escaped(content)
        return content.replace("\\n", "\n")
    if '"' in content:
        raise _Unusual
    return content


_COMMON_ESCAPES = {"n": "\n", '"': '"', "\\": "\\", "t": "\t"}


def _escaped(content: str) -> str:
    """`_content` of a literal with escapes besides `\\n`: the common ones decoded here
    (compiling the general patterns costs more than most catalogs' escapes), any other
    by `_string`; a bad literal raises, and the reference parser then reports it."""
    out = []
    start = 0
    while True:
        at = content.find("\\", start)
        piece = content[start:] if at < 0 else content[start:at]
        if '"' in piece:
            raise _Unusual  # an unescaped quote
        out.append(piece)
        if at < 0:
            return "".join(out)
        escaped = _COMMON_ESCAPES.get(content[at + 1 : at + 2])
        if escaped is None:
            return _string(f'"{content}"', None, 0)
        out.append(escaped)
        start = at + 2


def _live_forms(text: str) -> list[str] | None:
    """The values of a live entry's `msgstr[N]` lines (as the entry pattern matched them:
    each `msgstr[N] "..."` with its continuation lines), or None when they are not numbered
    0, 1, 2, ... Read line by line: a pattern for them would cost start-up time."""
    forms: list[str] = []
    for line in text[:-1].split("\n"):
        if line[0] == '"':
            forms[-1] += _content(line[1:-1])
            continue
        close = line.index("]")
        if int(line[7:close]) != len(forms):
            return None
        forms.append(_content(line[close + 3 : -1]))
    return forms


def _value(first: str, rest: str, dead: bool) -> str:
    """A field's value from its first line's content and its continuation lines."""
    value = _content(first)
    if not rest:
        return value
    # `rest` is whole lines `"..."\n` (`#~ "..."\n` when dead), and a literal holds no
    # newline, so the line contents are what lies between the quotes around line ends
    if dead:
        contents = rest[4:-2].split('"\n#~ "')
    else:
        contents = rest[1:-2].split('"\n"')
    return value + "".join(map(_content, contents))


def _comment_fields(
    text: str,
) -> tuple[list[str], list[str], list[str], list[str]]:
    """(flags, translator comments, extracted comments, references) of `#` lines."""
    flags: list[str] = []
    comments: list[str] = []
    extracted: list[str] = []
    references: list[str] = []
    for line in text.split("\n")[:-1]:
        kind = line[1:2]
        if kind == ",":
            flags.extend([f for f in map(str.strip, line[2:].split(",")) if f])
        elif kind == ".":
            extracted.append(line.strip()[2:].removeprefix(" "))
        elif kind == ":":
            references.append(line.strip()[2:].strip())
        else:
            comments.append(line[1:].removeprefix(" "))
    return flags, comments, extracted, references


def _previous_fields(text: str, dead: bool) -> tuple[str | None, str | None, str | None]:
    """(msgctxt, msgid, msgid_plural) of `#|` (or `#~|`) lines."""
    values: dict[str, str] = {}
    field: str | None = None
    for line in text.split("\n")[:-1]:
        body = line.strip()[2:].lstrip()
        if dead:
            body = body[1:].lstrip()
        if not body:
            raise _Unusual
        if body[0] == '"':
            if field is None:
                raise _Unusual
            values[field] += _string(body, None, 0)
            continue
        match = re.match(_KEYWORD, body)
        if match is None or match.group(3) is None or match.group(1) not in _PREVIOUS:
            raise _Unusual
        field = match.group(1)
        values[field] = _string(match.group(3), None, 0)
    return values.get("msgctxt"), values.get("msgid"), values.get("msgid_plural")


_PREVIOUS = frozenset(("msgctxt", "msgid", "msgid_plural"))


def _scan(text: str, path: str | None, newline: str, read_only: bool = False) -> PoFile | None:
    """Parse a well-formed file entry by entry; None or _Unusual when it is not one."""
    added = not text.endswith("\n")
    if added:
        text += "\n"
    size = len(text)
    pos = 0
    while pos < size and text[pos] == "\n":
        pos += 1
    lineno = pos + 1
    start = 0
    entries: list[Entry] = []
    live_match = _LIVE.match
    dead_match = None
    new_entry = partial(Entry.__new__, Entry)
    count = text.count
    # `while True` and a break, not `while pos < size`: Python 3.11 counts only
    # unconditional backward jumps towards specializing a function's bytecode, so a
    # condition at the loop's end would leave this function (called once or twice a
    # process) running unspecialized, its attribute stores the slow generic way
    while True:
        if pos >= size:
            break
        match = live_match(text, pos)
        dead = match is None
        if dead:
            if dead_match is None:
                dead_match = _dead_patterns()[0].match
            match = dead_match(text, pos)
            if match is None:
                return None
        (
            comments_text,
            previous_text,
            ctxt,
            ctxt_rest,
            msgid,
            msgid_rest,
            plural,
            plural_rest,
            forms_text,
            msgstr,
            msgstr_rest,
        ) = match.groups()  # c, p, x, xc, i, ic, ip, ipc, sp, s, sc: the only groups, in order
        # the entry's line: its first keyword's, after the comment and `#|` lines (whose
        # numbers the comment branches know, mostly without counting)
        if not comments_text:
            flags, comments, extracted, references = [], [], [], []
            lines = 0
        elif comments_text[1] != ":":
            flags, comments, extracted, references = _comment_fields(comments_text)
            lines = comments_text.count("\n")
        elif (lines := comments_text.count("\n")) == 1:
            # one reference line, the most common comment: `_comment_fields` inlined
            flags, comments, extracted = [], [], []
            references = [comments_text[2:].strip()]
        elif lines == 2 and comments_text.startswith("#,", cut := comments_text.index("\n") + 1):
            # the next most common: a reference line, then a flags line
            comments, extracted = [], []
            references = [comments_text[2:cut].strip()]
            flags = [f for f in map(str.strip, comments_text[cut + 2 : -1].split(",")) if f]
        else:
            flags, comments, extracted, references = _comment_fields(comments_text)
        if previous_text:
            previous = _previous_fields(previous_text, dead)
            lines += previous_text.count("\n")
        else:
            previous = (None, None, None)
        entry_line = lineno + lines
        if ctxt is not None and (ctxt_rest or "\\" in ctxt or '"' in ctxt):
            ctxt = _value(ctxt, ctxt_rest, dead)
        if msgid_rest or "\\" in msgid or '"' in msgid:
            msgid = _value(msgid, msgid_rest, dead)
        if plural is not None:
            plural = _value(plural, plural_rest, dead)
            if dead:
                forms = []
                for form in _dead_patterns()[1].finditer(forms_text):
                    if int(form.group(1)) != len(forms):
                        return None
                    forms.append(_value(form.group(2), form.group(3), dead))
            else:
                forms = _live_forms(forms_text)
                if forms is None:
                    return None
            msgstr = ""
        else:
            forms = []
            if msgstr_rest or "\\" in msgstr or '"' in msgstr:
                msgstr = _value(msgstr, msgstr_rest, dead)
        entry = new_entry()
        entry.msgid = msgid
        entry.msgstr = msgstr
        entry.msgid_plural = plural
        entry.msgstr_plural = forms
        entry.msgctxt = ctxt
        entry.flags = flags
        entry.comments = comments
        entry.extracted = extracted
        entry.references = references
        entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural = previous
        entry.obsolete = dead
        entry.line = entry_line
        end = match.end()
        if read_only:
            entry.raw = entry._snapshot = None
            lineno += count("\n", pos, end)
        else:
            entry.raw = raw = text[start:end]
            # (the first entry's text starts with the blank lines before it, counted already)
            lineno += raw.count("\n") - (pos - start)
            # what Entry._state() returns, built from the values at hand
            entry._snapshot = (
                msgid,
                msgstr,
                plural,
                tuple(forms) if forms else (),
                ctxt,
                tuple(flags) if flags else (),
                tuple(comments) if comments else (),
                tuple(extracted) if extracted else (),
                tuple(references) if references else (),
                *previous,
                dead,
            )
        entries.append(entry)
        start = pos = end
    if added and entries:
        last = entries[-1]
        last.raw = last.raw[:-1] if last.raw else last.raw
        text = text[:-1]
    if not entries:
        return None
    return PoFile(entries, path=path, newline=newline, width=_width_of(text))


def _append(b: _Builder, value: str) -> None:
    e = b.entry
    field = b.field
    if field == "msgstr_plural":
        e.msgstr_plural[-1] += value
    elif field == "msgid":
        e.msgid += value
    elif field == "msgstr":
        e.msgstr += value
    elif field == "msgctxt":
        e.msgctxt = (e.msgctxt or "") + value
    elif field == "msgid_plural":
        e.msgid_plural = (e.msgid_plural or "") + value
    elif field == "previous_msgid":
        e.previous_msgid = (e.previous_msgid or "") + value
    elif field == "previous_msgctxt":
        e.previous_msgctxt = (e.previous_msgctxt or "") + value
    elif field == "previous_msgid_plural":
        e.previous_msgid_plural = (e.previous_msgid_plural or "") + value


def _attach_raw(entries: list[Entry], bounds: list[tuple[int, int]], lines: list[str]) -> None:
    """Give each entry the exact text from its first line up to the next entry."""
    for entry, (start, end) in zip(entries, bounds, strict=True):
        chunk = lines[start:end]
        raw = "\n".join(chunk)
        if end < len(lines):
            raw += "\n"
        entry.freeze_snapshot(raw)


# ---- writing ---------------------------------------------------------------------------


def _wrap(keyword: str, value: str, prefix: str = "", width: int = WIDTH) -> list[str]:
    """Lines for `keyword "value"` wrapped the way GNU msgmerge does (79 columns)."""
    head = f"{prefix}{keyword} "
    newline_inside = "\n" in value[:-1]
    if not newline_inside:
        esc = escape(value)
        if width <= 0 or len(head) + len(esc) + 2 <= width:
            return [f'{head}"{esc}"']
    pieces = value.split("\n")
    parts = [p + "\n" for p in pieces[:-1]]
    if pieces[-1]:
        parts.append(pieces[-1])
    out = [f'{head}""']
    room = (width if width > 0 else 1 << 30) - len(prefix) - 2
    for part in parts:
        out.extend(f'{prefix}"{chunk}"' for chunk in _split_piece(part, room))
    return out


def _split_piece(piece: str, room: int) -> Iterator[str]:
    """Escape one line of text, split after spaces so each part fits in `room` columns."""
    while True:
        plain = _plain(piece)  # then escaping changes nothing
        if (len(piece) if plain else len(escape(piece))) <= room:
            break
        # the last space whose escaped prefix still fits
        if plain:
            cut = piece.rfind(" ", 0, room) + 1
        else:
            cut = -1
            width = 0
            for index, char in enumerate(piece):
                width += 2 if char in _REVERSE_ALL else 1  # an escape is two characters
                if width > room:
                    break
                if char == " ":
                    cut = index + 1
        if cut <= 0:
            break
        yield escape(piece[:cut])
        piece = piece[cut:]
    yield escape(piece)


def format_entry(entry: Entry, width: int = WIDTH) -> str:
    """An entry as GNU gettext tools write it (comments, flags, previous, keywords)."""
    out: list[str] = []
    if entry.comments:
        out += [f"# {comment}" if comment else "#" for comment in entry.comments]
    if entry.extracted:
        out += [f"#. {comment}" if comment else "#." for comment in entry.extracted]
    if entry.references:
        out += ["#: " + ref for ref in entry.references]
    if entry.flags:
        out.append("#, " + ", ".join(entry.flags))
    if entry.obsolete:
        prefix, previous_prefix = "#~ ", "#~| "
    else:
        prefix, previous_prefix = "", "#| "
    if entry.previous_msgctxt is not None:
        _add_field(out, "msgctxt", entry.previous_msgctxt, previous_prefix, width)
    if entry.previous_msgid is not None:
        _add_field(out, "msgid", entry.previous_msgid, previous_prefix, width)
    if entry.previous_msgid_plural is not None:
        _add_field(out, "msgid_plural", entry.previous_msgid_plural, previous_prefix, width)
    if entry.msgctxt is not None:
        _add_field(out, "msgctxt", entry.msgctxt, prefix, width)
    _add_field(out, "msgid", entry.msgid, prefix, width)
    if entry.msgid_plural is not None:
        _add_field(out, "msgid_plural", entry.msgid_plural, prefix, width)
        for k, form in enumerate(entry.msgstr_plural or [""]):
            _add_field(out, f"msgstr[{k}]", form, prefix, width)
    else:
        _add_field(out, "msgstr", entry.msgstr, prefix, width)
    out.append("")
    return "\n".join(out)


def _add_field(out: list[str], keyword: str, value: str, prefix: str, width: int) -> None:
    """`out.extend(_wrap(...))`, a value that fits on its line without the lists."""
    inside = value.find("\n")
    if inside < 0 or inside == len(value) - 1:
        line = f'{prefix}{keyword} "{escape(value)}"'
        if width <= 0 or len(line) <= width:
            out.append(line)
            return
    out += _wrap(keyword, value, prefix, width)
