"""`localize translate --captions`: subtitles and caption batches keep their structure,
their numbers and their markup, and each target market gets its own crisis line."""

from __future__ import annotations

import json

import pytest
from mt_server import BUILD_DATE, serve, transform, translate_with

TODAY = BUILD_DATE

SRT = """1
00:00:01,000 --> 00:00:03,500
<i>You are not alone.</i>

2
00:00:04,000 --> 00:00:06,000
Call 988 today. 💛

3
00:00:06,500 --> 00:00:08,000
#MentalHealth @fides_who
"""

VTT = """WEBVTT
Kind: captions

NOTE written by the Fides team

intro
00:00.000 --> 00:02.000
You are not alone.

00:02.500 --> 00:04.000
She left a suicide note.
"""


@pytest.fixture
def mt_server():
    yield from serve()


run = translate_with


def test_srt_keeps_numbering_timing_markup_and_gets_the_market_crisis_line(
    run_cli, mt_server, tmp_path
):
    source = tmp_path / "video.srt"
    source.write_text(SRT, encoding="utf-8")
    result = run(run_cli, mt_server, "--captions", str(source), "--to", "pt_BR,es")
    assert result.exit_code == 0, result.output
    pt = (tmp_path / "video.pt_BR.srt").read_text(encoding="utf-8")
    assert pt == SRT.replace("You are not alone.", "você não está sozinho.").replace(
        "Call 988 today.", "ligue para 188 hoje."
    )
    es = (tmp_path / "video.es.srt").read_text(encoding="utf-8")
    assert "llama al 800 911 2000 today. 💛" in es  # 'today' is not in the test dictionary
    assert "<i>no estás solo.</i>" in es
    # the hashtag/mention-only cue was never sent; numbers never travel through MT
    assert not any("MentalHealth" in t or "988" in t for t in mt_server.texts)
    assert source.read_text(encoding="utf-8") == SRT  # the source is never written


def test_vtt_marks_output_for_review_and_leaves_unsafe_cues_in_the_source(
    run_cli, mt_server, tmp_path
):
    source = tmp_path / "talk.vtt"
    source.write_text(VTT, encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = run(
        run_cli, mt_server, "--captions", str(source), "--to", "ja", "--output-dir", str(out_dir)
    )
    assert result.exit_code == 0, result.output
    ja = (out_dir / "talk.ja.vtt").read_text(encoding="utf-8")
    assert ja.startswith(
        f"WEBVTT\nKind: captions\n\nNOTE machine translation: libre, {TODAY}; fuzzy: review every cue before publishing\n"
    )
    assert "NOTE written by the Fides team" in ja
    assert "intro\n00:00.000 --> 00:02.000\nあなたは一人ではありません.\n" in ja
    assert "She left a suicide note." in ja  # no safe translation: kept for a human
    assert mt_server.texts == ["You are not alone."]
    assert "skipped: no safe translation (glossary)" in result.stdout


def test_jsonl_records_carry_review_fields(run_cli, mt_server, tmp_path):
    source = tmp_path / "batch.jsonl"
    records = [
        {"id": "a1", "text": "You are not alone. Call 988", "lang": "en"},
        {"id": "a2", "text": "Call today, 24/7 #SaludMental"},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    mt_server.script(transform(lambda s: s), transform(lambda s: s.replace("ZQ0X", "")))
    result = run(run_cli, mt_server, "--captions", str(source), "--to", "es")
    assert result.exit_code == 1  # one rejected
    out = [
        json.loads(line) for line in (tmp_path / "batch.es.jsonl").read_text().splitlines() if line
    ]
    assert out[0]["text"] == "no estás solo. llama al 800 911 2000"
    assert out[0]["lang"] == "es" and out[0]["review"] == "required"
    assert out[0]["machine_translation"] == f"machine translation: libre, {TODAY}"
    assert any("replaced by" in n for n in out[0]["review_notes"])
    assert out[1]["text"] == records[1]["text"] and out[1]["review"] == "protected-token"
    assert out[1]["machine_translation"] is None


def test_plain_text_lines_translate_one_by_one(run_cli, mt_server, tmp_path):
    source = tmp_path / "post.txt"
    source.write_text("You are not alone.\n\nCall 3114 today.\n", encoding="utf-8")
    assert run(run_cli, mt_server, "--captions", str(source), "--to", "fr").exit_code == 0
    assert (tmp_path / "post.fr.txt").read_text(encoding="utf-8") == (
        "vous n'êtes pas seul.\n\nappelez 3114 aujourd'hui.\n"
    )


def test_caption_errors(run_cli, mt_server, tmp_path):
    bad = tmp_path / "clip.mp4"
    bad.write_text("x")
    result = run(run_cli, mt_server, "--captions", str(bad), "--to", "fr")
    assert result.exit_code == 2 and "expected .txt .srt .vtt .jsonl" in result.stderr
    broken = tmp_path / "b.jsonl"
    broken.write_text('{"text": "ok"}\n{oops\n')
    result = run(run_cli, mt_server, "--captions", str(broken), "--to", "fr")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: invalid JSON") and f"({broken}:2)" in result.stderr
    assert not (tmp_path / "b.fr.jsonl").exists()
    same = run(run_cli, mt_server, "--captions", str(tmp_path / "x.srt"), "--to", "en")
    assert same.exit_code == 2 and "source language" in same.stderr
    assert mt_server.requests == []


def test_missing_output_directory_fails_before_any_request(run_cli, mt_server, tmp_path):
    source = tmp_path / "video.srt"
    source.write_text(SRT, encoding="utf-8")
    missing = tmp_path / "nope"
    result = run(
        run_cli, mt_server, "--captions", str(source), "--to", "fr", "--output-dir", str(missing)
    )
    assert result.exit_code == 2
    assert result.stderr == f"error: directory does not exist ({missing})\n"
    assert mt_server.requests == []
