"""Messages from Python sources (babel's extractor), as a POT catalog.

Babel finds `_()`, `gettext`, `ngettext`, `pgettext`... calls and `# Translators:`
comments; this module turns what it yields into entries in first-seen order, merges
repeated messages (references accumulate), and flags `python-format` /
`python-brace-format` from what the msgid contains, as xgettext does, so `check` and
`compile` know which placeholders must survive translation.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import datetime

from ..errors import CatalogError
from ..i18n import _
from .po import Entry, PoFile

COMMENT_TAGS = ("Translators:", "TRANSLATORS:")

PRINTF = re.compile(
    r"%(?:\([^()]{1,60}\))?[#0+\-]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[hlL]?[diouxXeEfFgGcrsa]"
)
BRACE = re.compile(
    r"(?<!\{)\{(?:[A-Za-z_]\w*|\d+)?(?:\.[A-Za-z_]\w*|\[[^\]{}]+\])*(?:![rsa])?(?::[^{}]*)?\}(?!\})"
)


def format_flags(msgid: str, msgid_plural: str | None = None) -> list[str]:
    """`python-format` or `python-brace-format`, judged from the msgid as xgettext does."""
    text = msgid + (msgid_plural or "")
    if PRINTF.search(text.replace("%%", "")):
        return ["python-format"]
    if BRACE.search(text.replace("{{", "").replace("}}", "")):
        return ["python-brace-format"]
    return []


def extract_source(
    data: bytes, path: str, keywords: dict[str, tuple], comment_tags: tuple[str, ...] = COMMENT_TAGS
) -> list[tuple[int, str | tuple, list[str], str | None]]:
    """(line, message, translator comments, context) for one Python file's bytes."""
    from tokenize import TokenError  # babel's tokenizer raises it for an unclosed bracket or string

    from babel.messages.extract import extract

    try:
        return list(
            extract(
                "python",
                io.BytesIO(data),
                keywords=keywords,
                comment_tags=comment_tags,
                strip_comment_tags=True,
            )
        )
    except SyntaxError as exc:
        raise CatalogError(
            _("cannot extract: {reason}").format(reason=exc.msg), path=path, line=exc.lineno
        ) from None
    except TokenError as exc:
        # args: (message, (line, column)); the line is where the file ended unclosed
        reason = exc.args[0] if exc.args else str(exc)
        line = exc.args[1][0] if len(exc.args) > 1 else None
        raise CatalogError(
            _("cannot extract: {reason}").format(reason=reason), path=path, line=line
        ) from None
    except UnicodeDecodeError:
        raise CatalogError(_("cannot extract: not UTF-8 source"), path=path) from None


def build_template(
    found: Iterable[tuple[str, list[tuple[int, str | tuple, list[str], str | None]]]],
    *,
    project: str = "PROJECT",
    version: str = "VERSION",
    now: datetime | None = None,
) -> PoFile:
    """A POT from (reference path, extracted messages) pairs, messages in first-seen order."""
    by_key: dict[tuple[str | None, str], Entry] = {}
    order: list[Entry] = []
    for ref_path, messages in found:
        for line, message, comments, context in messages:
            if isinstance(message, tuple):
                msgid = message[0] or ""
                plural = message[1] if len(message) > 1 else None
            else:
                msgid, plural = message, None
            if not msgid:
                continue  # _("") would collide with the header
            key = (context, msgid)
            entry = by_key.get(key)
            if entry is None:
                entry = Entry(msgid, msgctxt=context, msgid_plural=plural)
                if plural is not None:
                    entry.msgstr_plural = ["", ""]
                entry.flags = format_flags(msgid, plural)
                by_key[key] = entry
                order.append(entry)
            elif plural is not None and entry.msgid_plural is None:
                entry.msgid_plural = plural
                entry.msgstr_plural = ["", ""]
                entry.flags = format_flags(msgid, plural)
            for comment in comments:
                if comment not in entry.extracted:
                    entry.extracted.append(comment)
            reference = f"{ref_path}:{line}"
            if reference not in entry.references:
                entry.references.append(reference)
    header = Entry("", template_header(project, version, now), flags=["fuzzy"])
    header.comments = [
        f"Translations template for {project}.",
        "Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER",
        f"This file is distributed under the same license as the {project} project.",
        "FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.",
        "",
    ]
    return PoFile([header, *order])


def template_header(project: str, version: str, now: datetime | None) -> str:
    stamp = (now or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M%z")
    fields = [
        ("Project-Id-Version", f"{project} {version}".strip()),
        ("Report-Msgid-Bugs-To", ""),
        ("POT-Creation-Date", stamp),
        ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", "LANGUAGE <LL@li.org>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
    ]
    return "".join(f"{name}: {value}\n" for name, value in fields)


def same_template(old: str, new: str) -> bool:
    """Whether two POT texts differ only in their creation date (then nothing is rewritten)."""
    pattern = re.compile(r'^"POT-Creation-Date: [^"]*"$', re.MULTILINE)
    return pattern.sub("", old) == pattern.sub("", new)
