"""`localize caption check` end to end: inputs, output formats, exit codes, bad input."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "captions"


def test_clean_caption_exits_0_with_summary(run_cli):
    result = run_cli(
        "caption", "check", "Pedir ajuda é coragem 💛 Fazer terapia não é fraqueza. #saudemental"
    )
    assert result.exit_code == 0
    assert result.stdout == "1 caption checked: no findings.\n"


def test_forbidden_wording_exits_1_and_marks_the_words(run_cli):
    result = run_cli(
        "caption", "check", "My cousin committed suicide last year. Call 988.", "--lang", "en"
    )
    assert result.exit_code == 1
    assert "[[committed suicide]]" in result.stdout
    assert "forbidden-term" in result.stdout
    assert "→ die by suicide" in result.stdout
    assert result.stdout.rstrip().endswith(
        "1 caption checked: 1 error, 0 warnings, 0 info (1 caption to look at)."
    )


def test_fail_on_sets_the_threshold(run_cli):
    text = "I lost my brother to suicide three years ago."
    assert run_cli("caption", "check", text, "--lang", "en").exit_code == 0  # a warning only
    assert run_cli("caption", "check", text, "--lang", "en", "--fail-on", "warning").exit_code == 1


def test_json_output_shape(run_cli):
    result = run_cli(
        "caption",
        "check",
        "Meu tio cometeu suicídio. Ligue 188.",
        "--lang",
        "pt",
        "--format",
        "json",
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    (caption,) = data["captions"]
    assert caption["language"]["code"] == "pt"
    assert caption["text"] == "Meu tio cometeu suicídio. Ligue 188."
    (finding,) = caption["findings"]
    assert finding["kind"] == "forbidden-term"
    assert finding["span"] == [8, 24]
    assert finding["suggestion"] == "morreu por suicídio"
    assert data["summary"]["by_severity"] == {"error": 1, "warning": 0, "info": 0}


def test_subtitle_file_findings_carry_cue_and_time(run_cli):
    result = run_cli(
        "caption", "check", "--file", str(DATA / "talk.srt"), "--market", "JP", "--format", "json"
    )
    assert result.exit_code == 1
    captions = json.loads(result.stdout)["captions"]
    assert [c["cue"] for c in captions] == [1, 2, 3]
    kinds = {(f["cue"], f["kind"], f["severity"]) for c in captions for f in c["findings"]}
    assert kinds == {
        (2, "forbidden-term", "error"),
        (2, "crisis-line", "warning"),
        (3, "crisis-line", "error"),
    }
    cue3 = captions[2]["findings"][0]
    assert cue3["time"] == "00:00:08,000 --> 00:00:12,000"
    assert cue3["line"] == 12
    assert "0120-279-338" in cue3["suggestion"]


def test_subtitle_text_output_names_file_line_cue_and_time(run_cli):
    result = run_cli("caption", "check", "--file", str(DATA / "talk.vtt"))
    assert result.exit_code == 1
    assert f"{DATA / 'talk.vtt'}:11 · cue 2 · 00:00:03.600 --> 00:00:08.000" in result.stdout
    assert "[[a commis un suicide]]" in result.stdout


def test_batch_skips_malformed_lines_checks_the_rest_and_exits_2(run_cli):
    result = run_cli("caption", "check", "--file", str(DATA / "batch.jsonl"), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["captions"]] == ["en-1", "pt-1", "ja-1", "ko-1", "es-1"]
    assert [s["line"] for s in data["skipped"]] == [3, 7]
    assert data["summary"]["skipped"] == 2
    assert (
        f"warning: skipped: invalid JSON: Expecting ',' delimiter ({DATA / 'batch.jsonl'}:3)"
        in result.stderr
    )


def test_strict_stops_at_the_first_malformed_line(run_cli):
    result = run_cli("caption", "check", "--file", str(DATA / "batch.jsonl"), "--strict")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"error: invalid JSON: Expecting ',' delimiter ({DATA / 'batch.jsonl'}:3)"
    )


def test_csv_batch_keeps_ids(run_cli):
    result = run_cli("caption", "check", "--file", str(DATA / "batch.csv"), "--format", "json")
    data = json.loads(result.stdout)
    assert [c["id"] for c in data["captions"]] == ["fr-1", "id-1", "es-2"]
    kinds = {c["id"]: [f["kind"] for f in c["findings"]] for c in data["captions"]}
    assert kinds["fr-1"] == []
    assert kinds["id-1"] == ["stigma-term"]
    assert "forbidden-term" in kinds["es-2"]
    assert result.exit_code == 1


def test_jobs_2_gives_the_same_output_in_the_same_order(run_cli, tmp_path):
    lines = (DATA / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    good = [line for line in lines if line.strip().endswith("}") and '"de"' not in line]
    big = tmp_path / "big.jsonl"
    big.write_text(
        "\n".join(
            json.dumps(
                {**json.loads(line), "id": f"{i}-{json.loads(line)['id']}"}, ensure_ascii=False
            )
            for i in range(300)
            for line in good
        )
        + "\n",
        encoding="utf-8",
    )
    one = run_cli("caption", "check", "--file", str(big), "--format", "json")
    two = run_cli("caption", "check", "--file", str(big), "--format", "json", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert len(json.loads(two.stdout)["captions"]) == 300 * len(good)


def test_stdin_text_and_stdin_batch(run_cli):
    result = run_cli(
        "caption", "check", "-", "--lang", "ko", input="그 배우가 극단적 선택을 했다.\n"
    )
    assert result.exit_code == 1
    assert "[[극단적 선택]]" in result.stdout
    batch = '{"id": "a", "text": "Meu tio cometeu suicídio. Ligue 188.", "lang": "pt"}\n'
    result = run_cli("caption", "check", "--file", "-", "--format", "json", input=batch)
    assert json.loads(result.stdout)["captions"][0]["id"] == "a"


def test_to_reports_terms_for_the_translator(run_cli):
    result = run_cli(
        "caption",
        "check",
        "If you are having thoughts of suicide, call or text 988.",
        "--lang",
        "en",
        "--to",
        "ja",
        "--format",
        "json",
    )
    findings = json.loads(result.stdout)["captions"][0]["findings"]
    assert [(f["kind"], f["severity"]) for f in findings] == [("crisis-line", "warning")]
    assert result.exit_code == 0


def _error(result):
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    return result.stderr.strip()


def test_bad_input_is_one_line_with_file_and_line(run_cli, tmp_path):
    bad = tmp_path / "caption.txt"
    bad.write_bytes("Saúde mental\n".encode() + b"caf\xe9\n")
    assert _error(run_cli("caption", "check", "--file", str(bad))) == (
        f"error: invalid UTF-8 byte 0xe9 (wrong encoding?) ({bad}:2)"
    )
    assert _error(run_cli("caption", "check", "--file", str(DATA / "broken_time.srt"))) == (
        'error: broken SRT timestamp "00:00:02,000 --> 00:00:0x,000"; expected '
        f"HH:MM:SS,mmm --> HH:MM:SS,mmm ({DATA / 'broken_time.srt'}:6 cue 2)"
    )
    assert _error(run_cli("caption", "check", "--file", str(DATA / "no_header.vtt"))) == (
        f"error: not a WebVTT file: the first line must be WEBVTT ({DATA / 'no_header.vtt'}:1)"
    )
    assert _error(run_cli("caption", "check", "--file", str(DATA / "no_text_column.csv"))) == (
        "error: CSV header has no text column (found: id, caption, lang) "
        f"({DATA / 'no_text_column.csv'}:1)"
    )
    empty = tmp_path / "empty.srt"
    empty.write_text("", encoding="utf-8")
    assert (
        _error(run_cli("caption", "check", "--file", str(empty)))
        == f"error: file is empty ({empty})"
    )
    missing = tmp_path / "missing.vtt"
    assert _error(run_cli("caption", "check", "--file", str(missing))) == (
        f"error: file not found ({missing})"
    )


def test_bad_codes_and_missing_input(run_cli):
    assert _error(run_cli("caption", "check", "hola", "--market", "AR")) == (
        "error: unknown market 'AR'; supported: US, GB, FR, JP, KR, ID, MX, BR"
    )
    assert _error(run_cli("caption", "check", "hola", "--lang", "it")) == (
        "error: unsupported language 'it'; supported: en, fr, ja, ko, id, es, pt"
    )
    assert _error(run_cli("caption", "check", "hola", "--to", "es,de")).startswith(
        "error: unsupported language 'de'"
    )
    assert _error(run_cli("caption", "check")) == (
        "error: no caption given: pass TEXT, - to read stdin, or --file FILE"
    )


def test_broken_subtitle_writes_nothing_even_in_json(run_cli):
    result = run_cli(
        "caption", "check", "--file", str(DATA / "broken_time.vtt"), "--format", "json"
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.endswith(f"({DATA / 'broken_time.vtt'}:6 cue 2)\n")


def test_text_report_colours_the_words_on_a_terminal():
    from localize.report import Style
    from localize.report.captions import format_caption
    from localize.services.captions import check_caption

    report = check_caption("Meu tio cometeu suicídio. Ligue 188.", lang="pt")
    coloured = format_caption(report, Style(colour=True))
    assert "\x1b[" in coloured and "[[" not in coloured
    plain = format_caption(report, Style(colour=False))
    assert "\x1b[" not in plain
    assert "│ Meu tio [[cometeu suicídio]]. Ligue 188." in plain


PROJECT_GLOSSARY = """
[[concept]]
id = "snapped"
category = "stigma"
risk = "medium"
definition = "A team's house rule: no 'snapped' for a mental-health crisis."
sources = ["house style guide"]

[concept.lang.en]
terms = [
  { text = "person in crisis", status = "preferred" },
  { text = "totally snapped", status = "forbidden", replacement = "was in crisis", inflect = false },
]
"""


def test_project_glossary_extends_the_shipped_one_on_every_job(run_cli, tmp_path, repo):
    glossary = tmp_path / "house.toml"
    glossary.write_text(PROJECT_GLOSSARY, encoding="utf-8")
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        "\n".join(
            json.dumps({"id": str(i), "lang": "en", "text": text})
            for i, text in enumerate(
                ["She totally snapped at work.", "He committed suicide."] * 300
            )
        ),
        encoding="utf-8",
    )
    for jobs in ("1", "2"):
        result = run_cli(
            "caption",
            "check",
            "--file",
            str(batch),
            "--format",
            "json",
            "--jobs",
            jobs,
            "--glossary",
            str(repo / "glossaries" / "mental-health.toml"),
            "--glossary",
            str(glossary),
        )
        kinds = json.loads(result.stdout)["summary"]["by_kind"]
        assert kinds["stigma-term"] == 300 and kinds["forbidden-term"] == 300, kinds


def test_bad_glossary_is_one_error_line_even_with_workers(run_cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[concept]]\nid = 3\n", encoding="utf-8")
    for jobs in ("1", "2"):
        result = run_cli(
            "caption",
            "check",
            "--file",
            str(DATA / "batch.csv"),
            "--glossary",
            str(bad),
            "--jobs",
            jobs,
        )
        assert _error(result) == f"error: 'id' must be a string, not int ({bad}:1)"


def test_list_caption_checks(run_cli):
    result = run_cli("caption", "check", "--list", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert {r["kind"] for r in rows} >= {
        "forbidden-term",
        "stigma-term",
        "no-safe-translation",
        "needs-review",
        "crisis-line",
        "do-not-translate",
        "language-mismatch",
    }
    assert all(r["code"] and r["title"] for r in rows)
