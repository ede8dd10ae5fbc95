"""Caption sources: plain text, SRT, WebVTT, JSON Lines and CSV, and their bad-input errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localize.captions import (
    Caption,
    Malformed,
    captions_from_lines,
    captions_from_text,
    open_captions,
    parse_srt,
    parse_vtt,
)
from localize.errors import CaptionFormatError, InputFileError

DATA = Path(__file__).parent / "data" / "captions"


def test_srt_cues_keep_number_time_and_the_file_line_of_their_text():
    cues = list(open_captions(DATA / "talk.srt"))
    assert [c.cue for c in cues] == [1, 2, 3]
    assert cues[0].text == "Hi, I'm Dr. Lee, a psychiatrist."  # <i> styling removed
    second = cues[1]
    assert second.time == "00:00:03,400 --> 00:00:07,900"
    assert (
        second.text == "Last year a patient's brother\ncommitted suicide after months of silence."
    )
    assert second.line == 7
    # A span on the cue's second line maps back to line 8 of the file.
    offset = second.text.index("committed")
    assert second.line_of(offset) == 8
    lines = (DATA / "talk.srt").read_text(encoding="utf-8").splitlines()
    assert "committed suicide" in lines[second.line_of(offset) - 1]


def test_srt_without_blank_line_between_cues_and_with_dot_milliseconds():
    text = "1\n00:00:01.000 --> 00:00:02.000\nOne\n2\n00:00:02,500 --> 00:00:03,000\nTwo\n"
    cues = list(parse_srt(text))
    assert [(c.cue, c.text) for c in cues] == [(1, "One"), (2, "Two")]
    assert cues[0].time == "00:00:01,000 --> 00:00:02,000"


def test_broken_srt_timestamp_names_cue_and_line():
    with pytest.raises(CaptionFormatError) as info:
        list(open_captions(DATA / "broken_time.srt"))
    error = info.value
    assert (error.line, error.cue) == (6, 2)
    assert error.where.endswith("broken_time.srt:6 cue 2")
    assert "00:00:02,000 --> 00:00:0x,000" in error.message


def test_srt_cue_ending_before_it_starts_is_an_error():
    with pytest.raises(CaptionFormatError) as info:
        list(parse_srt("1\n00:00:05,000 --> 00:00:01,000\nBackwards\n", path="x.srt"))
    assert info.value.cue == 1 and info.value.line == 2


def test_vtt_skips_note_blocks_strips_voice_tags_and_decodes_entities():
    cues = list(open_captions(DATA / "talk.vtt"))
    assert [c.cue for c in cues] == [1, 2, 3]
    assert cues[0].id == "intro"
    assert cues[0].text == "Bonjour, je suis psychiatre."
    assert cues[0].time == "00:00:00.000 --> 00:00:03.500"
    assert cues[1].text == "Son frère a commis un suicide l'an dernier & personne n'a rien vu."
    assert cues[1].line == 11
    assert cues[2].id == "3"


def test_vtt_without_header_is_rejected_at_line_1():
    with pytest.raises(CaptionFormatError) as info:
        list(open_captions(DATA / "no_header.vtt"))
    assert info.value.line == 1
    assert "WEBVTT" in info.value.message


def test_broken_vtt_timestamp_names_cue_and_line():
    with pytest.raises(CaptionFormatError) as info:
        list(open_captions(DATA / "broken_time.vtt"))
    assert (info.value.line, info.value.cue) == (6, 2)


def test_jsonl_batch_keeps_ids_and_reports_malformed_lines_with_numbers():
    records = list(open_captions(DATA / "batch.jsonl"))
    good = [r for r in records if isinstance(r, Caption)]
    bad = [r for r in records if isinstance(r, Malformed)]
    assert [c.id for c in good] == ["en-1", "pt-1", "ja-1", "ko-1", "es-1"]
    assert [c.line for c in good] == [1, 2, 4, 6, 8]
    assert good[1].lang == "pt" and good[1].markets == ("BR",)
    assert good[2].lang is None
    assert good[4].markets == ("MX", "US")
    assert [(m.line, m.path.endswith("batch.jsonl")) for m in bad] == [(3, True), (7, True)]
    assert "invalid JSON" in bad[0].message
    assert "'de'" in bad[1].message


def test_csv_batch_with_multiline_field_keeps_start_lines():
    records = list(open_captions(DATA / "batch.csv"))
    assert all(isinstance(r, Caption) for r in records)
    assert [(r.id, r.lang, r.markets, r.line) for r in records] == [
        ("fr-1", "fr", ("FR",), 2),
        ("id-1", "id", ("ID",), 3),
        ("es-2", "es", ("MX",), 6),
    ]
    assert records[1].text.endswith("soal depresinya.\nDengarkan dulu.")


def test_csv_without_text_column_is_an_error_at_the_header():
    with pytest.raises(CaptionFormatError) as info:
        list(open_captions(DATA / "no_text_column.csv"))
    assert info.value.line == 1
    assert "id, caption, lang" in info.value.message


def test_csv_semicolon_separated():
    lines = enumerate(["id;text", "a;Bonjour à tous", "b;Merci"], 1)
    records = list(captions_from_lines(lines, "csv"))
    assert [(r.id, r.text) for r in records] == [("a", "Bonjour à tous"), ("b", "Merci")]


def test_invalid_utf8_in_a_batch_names_the_line():
    stream = open_captions(DATA / "bad_utf8.jsonl")
    assert next(stream).text == "ok"  # the BOM on line 1 is not part of the JSON
    with pytest.raises(InputFileError) as info:
        next(stream)
    assert info.value.line == 2


def test_empty_files_are_errors(tmp_path):
    for name in ("empty.txt", "empty.srt", "empty.jsonl", "empty.csv"):
        path = tmp_path / name
        path.write_text("\n  \n", encoding="utf-8")
        with pytest.raises((CaptionFormatError, InputFileError)) as info:
            list(open_captions(path))
        assert "empty" in info.value.message


def test_plain_text_is_one_caption_and_content_sniffing_finds_subtitles():
    (caption,) = captions_from_text("Une légende\nsur deux lignes\n\n")
    assert caption.text == "Une légende\nsur deux lignes"
    srt = (DATA / "talk.srt").read_text(encoding="utf-8")
    assert len(list(captions_from_text(srt))) == 3
    vtt = (DATA / "talk.vtt").read_text(encoding="utf-8")
    assert len(list(captions_from_text(vtt))) == 3


def _compose_srt(cues):
    blocks = []
    for number, (start, end, text) in enumerate(cues, 1):
        blocks.append(f"{number}\n{_stamp(start, ',')} --> {_stamp(end, ',')}\n{text}\n")
    return "\n".join(blocks)


def _compose_vtt(cues):
    blocks = ["WEBVTT\n"]
    for start, end, text in cues:
        blocks.append(f"{_stamp(start, '.')} --> {_stamp(end, '.')}\n{text}\n")
    return "\n".join(blocks)


def _stamp(ms: int, sep: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


_line = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="<>&{}\x85"
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and "-->" not in s and not s.strip().isdigit() and s == s.strip())
_cue = st.tuples(
    st.integers(0, 10_000_000), st.integers(0, 5_000), st.lists(_line, min_size=1, max_size=3)
)


@given(st.lists(_cue, min_size=1, max_size=8))
def test_srt_and_vtt_round_trip(raw_cues):
    cues = [(start, start + length, "\n".join(lines)) for start, length, lines in raw_cues]
    for compose, parse, sep in ((_compose_srt, parse_srt, ","), (_compose_vtt, parse_vtt, ".")):
        parsed = list(parse(compose(cues)))
        assert [c.text for c in parsed] == [text for _s, _e, text in cues]
        assert [c.time for c in parsed] == [
            f"{_stamp(s, sep)} --> {_stamp(e, sep)}" for s, e, _t in cues
        ]
        assert [c.cue for c in parsed] == list(range(1, len(cues) + 1))


_record = st.fixed_dictionaries(
    {
        "id": st.text(alphabet="abcdefghij0123456789-", min_size=1, max_size=8),
        "text": st.text(min_size=1, max_size=60).filter(lambda s: s.strip() and "\x00" not in s),
        "lang": st.sampled_from(["en", "fr", "ja", "ko", "id", "es", "pt", "pt-BR"]),
        "market": st.lists(
            st.sampled_from(["US", "GB", "FR", "JP", "KR", "ID", "MX", "BR"]),
            max_size=3,
            unique=True,
        ),
    }
)


@given(st.lists(_record, min_size=1, max_size=10))
def test_jsonl_and_csv_round_trip(records):
    import csv
    import io
    import json

    jsonl = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "text", "lang", "market"])
    for r in records:
        writer.writerow([r["id"], r["text"], r["lang"], ",".join(r["market"])])
    for text, fmt in ((jsonl, "jsonl"), (buffer.getvalue(), "csv")):
        parsed = list(captions_from_lines(enumerate(text.split("\n"), 1), fmt))
        assert all(isinstance(c, Caption) for c in parsed), parsed
        assert [(c.id, c.text, c.markets) for c in parsed] == [
            (r["id"], r["text"], tuple(r["market"])) for r in records
        ]
        assert [c.lang for c in parsed] == [r["lang"][:2] for r in records]
