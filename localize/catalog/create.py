"""`init`: a new catalog for one locale from the template.

The header names the locale (`Language`) and carries the plural rule of the toolkit's
policy (`localize.catalog.plurals`), so translators see the right number of
`msgstr[n]` slots from the start; every message starts untranslated.
"""

from __future__ import annotations

from datetime import datetime

from ..languages import get_language
from .plurals import policy_rule
from .po import Entry, PoFile


def new_catalog(pot: PoFile, locale: str, *, now: datetime | None = None) -> PoFile:
    """An untranslated catalog for `locale` with the template's messages."""
    language = get_language(locale)
    rule = policy_rule(locale)
    template_fields = pot.metadata()
    stamp = (now or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M%z")
    fields = [
        ("Project-Id-Version", template_fields.get("Project-Id-Version", "PROJECT VERSION")),
        ("Report-Msgid-Bugs-To", template_fields.get("Report-Msgid-Bugs-To", "")),
        ("POT-Creation-Date", template_fields.get("POT-Creation-Date", stamp)),
        ("PO-Revision-Date", stamp),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", f"{language.english_name} <LL@li.org>"),
        ("Language", locale),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", rule.header),
    ]
    header = Entry("", "".join(f"{k}: {v}\n" for k, v in fields))
    template_header = pot.header
    if template_header is not None and template_header.comments:
        header.comments = [
            c.replace("Translations template", f"{language.english_name} translations")
            for c in template_header.comments
        ]
    entries = [header]
    for template in pot.entries:
        if template.obsolete or template.is_header:
            continue
        entry = Entry(
            template.msgid,
            msgctxt=template.msgctxt,
            msgid_plural=template.msgid_plural,
            flags=[f for f in template.flags if f != "fuzzy"],
            extracted=list(template.extracted),
            references=list(template.references),
        )
        if template.msgid_plural is not None:
            entry.msgstr_plural = [""] * rule.nplurals
        entries.append(entry)
    return PoFile(entries, width=pot.width)
