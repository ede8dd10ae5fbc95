"""File formats: lossless round trips (hypothesis) and bad input reported with file and line."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localize.errors import GlossaryError
from localize.glossary import (
    Category,
    Concept,
    CrisisLine,
    LanguageEntry,
    Review,
    Status,
    Term,
    glossary_from_data,
    load_glossary,
    read_glossary_file,
)
from localize.glossary.formats import parse, render
from localize.glossary.formats.jsonish import glossary_to_data
from localize.glossary.termbase import GlossaryData

# Text users put in glossaries: any script, quotes, pipes, backslashes, newlines; not the
# control characters XML 1.0 cannot carry.
_chars = st.characters(
    blacklist_categories=("Cs", "Cc"),
    blacklist_characters="\ufffe\uffff",
) | st.sampled_from(list("\n\t|\\\"'<>&; "))
text = st.text(_chars, max_size=30)
word = st.text(_chars, min_size=1, max_size=20).filter(lambda s: s.strip() != "")
words = st.lists(word, max_size=3).map(tuple)
ident = st.from_regex(r"[a-z][a-z0-9\-]{0,15}", fullmatch=True)

terms = st.builds(
    Term,
    text=word,
    status=st.sampled_from(list(Status)),
    replacement=st.none() | word,
    reason=text,
    variants=st.just(()),
    algospeak=st.just(()),
    verified=st.booleans(),
    sources=words,
    inflect=st.booleans(),
    mask=st.booleans(),
    case_sensitive=st.booleans(),
    match=st.booleans(),
)


@st.composite
def terms_with_variants(draw):
    term = draw(terms)
    plain = draw(st.lists(word, max_size=3, unique=True))
    algospeak = draw(st.lists(word.filter(lambda w: w not in plain), max_size=2, unique=True))
    return Term(
        **{
            **term.__dict__,
            "variants": tuple(plain) + tuple(algospeak),
            "algospeak": tuple(algospeak),
        }
    )


entries = st.builds(
    LanguageEntry,
    terms=st.lists(terms_with_variants(), max_size=3).map(tuple),
    review=st.sampled_from(list(Review)),
    guidance=text,
    notes=text,
    verified=st.booleans(),
    sources=words,
)


@st.composite
def concepts(draw, concept_id):
    languages = draw(
        st.dictionaries(
            st.sampled_from(["en", "fr", "ja", "ko", "id", "es", "pt"]), entries, max_size=3
        )
    )
    return Concept(
        id=concept_id,
        category=draw(st.sampled_from(list(Category))),
        risk=draw(st.sampled_from(["high", "medium", "low"])),
        definition=draw(text),
        sources=draw(words),
        dnt=draw(st.booleans()),
        languages=MappingProxyType(languages),
        notes=draw(text),
    )


crisis_lines = st.builds(
    CrisisLine,
    market=st.sampled_from(["US", "GB", "FR", "JP", "KR", "ID", "MX", "BR"]),
    name=word,
    number=text,
    url=text,
    notes=text,
    verified=st.booleans(),
    sources=words,
    aliases=words,
)


@st.composite
def glossaries(draw):
    ids = draw(st.lists(ident, min_size=1, max_size=4, unique=True))
    lines = draw(st.lists(crisis_lines, max_size=3))
    names = {(line.market, line.name) for line in lines}
    lines = [
        line
        for line in lines
        if (line.market, line.name) in names and not names.discard((line.market, line.name))
    ]
    sources = draw(
        st.dictionaries(
            st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,8}", fullmatch=True), word, max_size=3
        )
    )
    return GlossaryData(
        concepts=tuple(draw(concepts(i)) for i in ids),
        crisis_lines=tuple(lines),
        name=draw(st.from_regex(r"[a-z][a-z\-]{0,10}", fullmatch=True)),
        description=draw(text),
        sources=sources,
    )


def _round_trip(data: GlossaryData, fmt: str) -> dict:
    rendered = render(data, fmt)
    back = parse(rendered.encode("utf-8"), f"x.{fmt}", fmt)
    return glossary_to_data(glossary_from_data([back]))


def _expected(data: GlossaryData) -> dict:
    return glossary_to_data(glossary_from_data([data]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_tbx_round_trip_is_lossless(data):
    assert _round_trip(data, "tbx") == _expected(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_csv_round_trip_is_lossless(data):
    assert _round_trip(data, "csv") == _expected(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_toml_round_trip_is_lossless(data):
    assert _round_trip(data, "toml") == _expected(data)


@pytest.mark.parametrize("fmt", ["tbx", "csv", "toml"])
def test_shipped_termbase_round_trips_and_keeps_its_version(fmt):
    shipped = load_glossary()
    rendered = render(shipped, fmt)
    back = glossary_from_data([parse(rendered.encode("utf-8"), f"x.{fmt}", fmt)])
    assert glossary_to_data(back) == glossary_to_data(shipped)
    assert back.version == shipped.version


def test_tbx_uses_tbx_basic_statuses_and_dnt_flag():
    tbx = render(load_glossary(), "tbx")
    assert '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>' in tbx
    assert '<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>' in tbx
    assert '<descrip type="Translation needed">no</descrip>' in tbx
    assert tbx.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic"')


def test_reads_tbx_from_other_tools(repo):
    data = read_glossary_file(repo / "tests/data/glossary/weblate_style.tbx")
    (concept,) = data.concepts
    assert concept.category is Category.SAFE_MESSAGING
    assert [(t.text, t.status) for t in concept.entry("pt").terms] == [
        ("morreu por suicídio", Status.PREFERRED),
        ("cometeu suicídio", Status.FORBIDDEN),
    ]
    assert "en" in concept.languages  # en-US -> en


def test_reads_tbx_v3_concept_entries(tmp_path):
    path = tmp_path / "v3.tbx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">'
        '<text><body><conceptEntry id="c9"><langSec xml:lang="fr"><termSec>'
        "<term>santé mentale</term>"
        '<termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>'
        "</termSec></langSec></conceptEntry></body></text></tbx>\n",
        encoding="utf-8",
    )
    (concept,) = read_glossary_file(path).concepts
    assert concept.entry("fr").terms[0].text == "santé mentale"


# ---- bad input: one clear error with file and line ------------------------------------------


def _error(path) -> GlossaryError:
    with pytest.raises(GlossaryError) as info:
        read_glossary_file(path)
    return info.value


def test_malformed_toml_names_the_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[[concept]]\nid = "x"\ncategory = "clinical\n', encoding="utf-8")
    err = _error(path)
    assert err.line == 3
    assert err.message.startswith("invalid TOML")
    assert str(err).endswith(f"({path}:3)")


def test_unknown_status_in_toml_names_the_term_line(tmp_path):
    path = tmp_path / "status.toml"
    path.write_text(
        '[[concept]]\nid = "x"\ncategory = "clinical"\n\n[concept.lang.en]\nterms = [\n'
        '  { text = "ok", status = "preferred" },\n'
        '  { text = "bad", status = "recommended" },\n]\n',
        encoding="utf-8",
    )
    err = _error(path)
    assert "unknown status 'recommended'" in err.message
    assert err.line == 8


def test_empty_term_is_refused(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text(
        '[[concept]]\nid = "x"\ncategory = "clinical"\n\n[concept.lang.en]\nterms = [{ text = "  " }]\n',
        encoding="utf-8",
    )
    err = _error(path)
    assert err.message == "empty term"
    assert err.line is not None


def test_unknown_key_is_refused(tmp_path):
    path = tmp_path / "typo.toml"
    path.write_text(
        '[[concept]]\nid = "x"\ncategory = "clinical"\nriks = "high"\n', encoding="utf-8"
    )
    err = _error(path)
    assert "unknown key 'riks'" in err.message
    assert err.line == 4


def test_billion_laughs_is_refused_without_expansion(repo):
    err = _error(repo / "tests/data/glossary/billion_laughs.tbx")
    assert "entity declarations are not allowed" in err.message
    assert err.line == 3


def test_external_entity_is_refused(repo):
    err = _error(repo / "tests/data/glossary/external_entity.tbx")
    assert "not allowed" in err.message


def test_unknown_tbx_status_names_the_line(repo):
    err = _error(repo / "tests/data/glossary/unknown_status.tbx")
    assert err.message == "unknown administrativeStatus 'recommendedTerm-admn-sts'"
    assert err.line == 7


def test_malformed_xml_names_the_line(tmp_path):
    path = tmp_path / "broken.tbx"
    path.write_text('<?xml version="1.0"?>\n<martif>\n<text><body>\n</martif>\n', encoding="utf-8")
    err = _error(path)
    assert err.message.startswith("invalid XML")
    assert err.line == 4


def test_csv_errors_name_the_row(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "kind,id,category,language,term,status\n"
        "term,c1,clinical,en,depression,preferred\n"
        "term,c1,clinical,en,,preferred\n",
        encoding="utf-8",
    )
    err = _error(path)
    assert (err.message, err.line) == ("empty term", 3)
    path.write_text("id,category,language,term,status\nc1,clinical,en,x,maybe\n", encoding="utf-8")
    err = _error(path)
    assert "unknown status 'maybe'" in err.message
    assert err.line == 2


def test_minimal_spreadsheet_csv_is_accepted(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "id,category,risk,language,term,status,replacement\n"
        "c1,safe-messaging,high,en,died by suicide,preferred,\n"
        "c1,safe-messaging,high,en,committed suicide,deprecated,died by suicide\n",
        encoding="utf-8",
    )
    (concept,) = read_glossary_file(path).concepts
    assert [(t.text, t.status, t.replacement) for t in concept.entry("en").terms] == [
        ("died by suicide", Status.PREFERRED, None),
        ("committed suicide", Status.FORBIDDEN, "died by suicide"),
    ]


def test_id_clash_between_files_needs_override(tmp_path, repo):
    first = tmp_path / "a.toml"
    second = tmp_path / "b.toml"
    body = '[[concept]]\nid = "shared"\ncategory = "clinical"\n\n[concept.lang.en]\nterms = ["x"]\n'
    first.write_text(body, encoding="utf-8")
    second.write_text("# team file\n" + body, encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load_glossary([first, second])
    assert "already defined" in info.value.message
    assert (info.value.path, info.value.line) == (str(second), 2)


def test_duplicate_id_in_one_file(tmp_path):
    path = tmp_path / "dup.toml"
    body = '[[concept]]\nid = "same"\ncategory = "clinical"\n'
    path.write_text(body + "\n" + body, encoding="utf-8")
    with pytest.raises(GlossaryError) as info:
        load_glossary([path])
    assert "duplicate concept id 'same'" in info.value.message
    assert info.value.line == 5


def test_unknown_extension(tmp_path):
    path = tmp_path / "glossary.xlsx"
    path.write_bytes(b"PK")
    with pytest.raises(GlossaryError) as info:
        read_glossary_file(path)
    assert "cannot tell the glossary format" in info.value.message
