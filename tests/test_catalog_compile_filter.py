"""Compile checks only the entries that can give an error (structure.ERROR_CANDIDATES);
every entry left out must be one on which the structural checks report no error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from localize.catalog.po import Entry
from localize.checks import CheckContext, run_checks, structure
from localize.findings import Severity
from localize.services.catalogs import entry_unit, read_catalog

DATA = Path(__file__).parent / "data" / "catalog"
PIECES = [
    "%(name)s", "%(count)d", "%(n)r", "%d", "%s", "%i", "%.2f", "%5s", "%*d", "%%", "%", "% d",
    "%(a)s%(a)s", "%(x", "{name}", "{count}", "{}", "{0}", "{1}", "{{", "}}", "{", "}",
    "{name!r}", "{n:>5}", "{a:>{w}}", "{0.x}", "{a[0]}", " ", "word ", "mot ", "50% ",
]  # fmt: skip
_texts = st.lists(st.sampled_from(PIECES), max_size=6).map("".join)
ENTRY_CHECKS = tuple(c for c in (structure.partial_plural, structure.format_placeholders))


def _errors(entry: Entry) -> list:
    unit = entry_unit(entry, "x.po", "fr", "fr")
    found = run_checks("entry", unit, CheckContext(), checks=ENTRY_CHECKS)
    return [f for f in found if f.severity is not None and f.severity >= Severity.ERROR]


def _selected(entry: Entry) -> bool:
    return any(entry in structure.ERROR_CANDIDATES[c.code]([entry]) for c in ENTRY_CHECKS)


@settings(max_examples=600, deadline=None)
@given(
    msgid=_texts.filter(bool),
    msgstr=_texts,
    plural=st.none() | _texts.filter(bool),
    forms=st.lists(_texts, min_size=1, max_size=3),
    flags=st.sampled_from(
        [[], ["python-format"], ["python-brace-format"], ["fuzzy", "python-format"],
         ["python-format", "python-brace-format"], ["no-python-format"]]
    ),
)  # fmt: skip
def test_entries_left_out_of_compile_checks_have_no_error(msgid, msgstr, plural, forms, flags):
    if plural is None:
        entry = Entry(msgid, msgstr, flags=list(flags))
    else:
        entry = Entry(msgid, msgid_plural=plural, msgstr_plural=forms, flags=list(flags))
    if not _selected(entry):
        assert _errors(entry) == []


@pytest.mark.parametrize(
    "path", [DATA / "defects.po", *sorted(DATA.glob("locales/*/LC_MESSAGES/*.po"))], ids=str
)
def test_every_error_of_the_test_catalogs_is_on_a_selected_entry(path):
    entries = [e for e in read_catalog(path).entries if not e.is_header and not e.obsolete]
    selected = set()
    for check in ENTRY_CHECKS:
        selected.update(map(id, structure.ERROR_CANDIDATES[check.code](entries)))
    for entry in entries:
        if id(entry) not in selected:
            assert _errors(entry) == [], entry


def test_the_filter_is_what_makes_compile_cheap():
    """A translation with the source's placeholders in another order or place is not
    re-parsed; a changed placeholder is."""
    same = Entry("Delete %(name)s in %(n)d days?", "Supprimer %(name)s dans %(n)d jours ?")
    same.flags = ["python-format"]
    changed = Entry("Delete %(name)s?", "Supprimer %(nom)s ?", flags=["python-format"])
    select = structure.ERROR_CANDIDATES["L106"]
    assert select([same, changed]) == [changed]
    assert _errors(changed) and not _errors(same)
