"""`localize glossary ...`: exit codes, stdout and stderr users and CI rely on."""

from __future__ import annotations

import json

from localize.glossary import glossary_from_data, load_glossary
from localize.glossary.formats import parse
from localize.glossary.formats.jsonish import glossary_to_data


def test_lookup_text_shows_spans_and_replacement(run_cli):
    result = run_cli("glossary", "lookup", "He committed suicide; call 988.", "--lang", "en")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "He [[committed suicide]]; call [[988]]."
    assert "3-20\tcommitted suicide\tdied-by-suicide\tforbidden\t-> die by suicide" in lines
    assert "27-30\t988\tcrisis line US: 988 Suicide & Crisis Lifeline" in lines


def test_lookup_json_korean_particle(run_cli):
    result = run_cli(
        "glossary", "lookup", "극단적 선택을 했다는 말 대신", "--lang", "ko", "--format", "json"
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["about_suicide"] is True
    (hit,) = data["hits"]
    assert (hit["text"], hit["start"], hit["end"], hit["status"]) == (
        "극단적 선택",
        0,
        6,
        "forbidden",
    )
    assert hit["replacement"] == "사망"


def test_lookup_algospeak_json(run_cli):
    result = run_cli(
        "glossary", "lookup", "sewer slide awareness", "--lang", "en", "--format", "json"
    )
    (hit,) = json.loads(result.stdout)["hits"]
    assert hit["algospeak"] is True and hit["concept"] == "suicide"


def test_lookup_stdin(run_cli):
    result = run_cli("glossary", "lookup", "-", "--lang", "pt-BR", input="Ele cometeu suicídio.")
    assert result.exit_code == 0
    assert "cometeu suicídio\tdied-by-suicide\tforbidden" in result.stdout


def test_lookup_unknown_language_is_a_usage_error(run_cli):
    result = run_cli("glossary", "lookup", "text", "--lang", "de")
    assert result.exit_code == 2
    assert (
        result.stderr == "error: unsupported language 'de'; supported: en, fr, ja, ko, id, es, pt\n"
    )


def test_list_filters(run_cli):
    result = run_cli("glossary", "list", "--lang", "ja", "--status", "superseded")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "schizophrenia\tja\tsuperseded\t精神分裂病\t-> 統合失調症"
    ]
    data = json.loads(
        run_cli(
            "glossary", "list", "--category", "crisis", "--lang", "en", "--format", "json"
        ).stdout
    )
    assert {row["concept"] for row in data} == {"crisis-line"}


def test_show_and_unknown_concept(run_cli):
    result = run_cli("glossary", "show", "trauma-dumping")
    assert result.exit_code == 0
    assert "[fr]  (review: no-safe-translation)" in result.stdout
    result = run_cli("glossary", "show", "trauma-dumpin")
    assert result.exit_code == 2
    assert (
        result.stderr == "error: unknown concept 'trauma-dumpin'; did you mean: trauma-dumping?\n"
    )


def test_show_json(run_cli):
    data = json.loads(run_cli("glossary", "show", "schizophrenia", "--format", "json").stdout)
    assert data["lang"]["ko"]["terms"][1] == {
        "text": "정신분열병",
        "status": "superseded",
        "replacement": "조현병",
        "reason": "renamed in 2011 (약사법 amendment)",
    }


def test_validate_shipped_is_clean(run_cli):
    result = run_cli("glossary", "validate")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.startswith("0 errors, 0 warnings in 1 file (50 concepts, ")


def test_validate_reports_consistency_errors_with_lines(run_cli, tmp_path):
    path = tmp_path / "team.toml"
    path.write_text(
        "[[concept]]\n"
        'id = "c1"\n'
        'category = "stigma"\n'
        "\n"
        "[concept.lang.en]\n"
        "terms = [\n"
        '  { text = "psycho", status = "forbidden" },\n'
        '  { text = "Psycho", status = "preferred" },\n'
        "]\n"
        "\n"
        "[concept.lang.de]\n"
        'terms = ["Psycho"]\n'
        "\n"
        "[[crisis]]\n"
        'market = "DE"\n'
        'name = "Telefonseelsorge"\n'
        'number = "0800 111 0 111"\n'
        "\n"
        "[[concept]]\n"
        'id = "c1"\n'
        'category = "stigma"\n',
        encoding="utf-8",
    )
    result = run_cli("glossary", "validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:7: error: c1 [en]: forbidden term 'psycho' has no replacement [missing-replacement]",
        f"{path}:8: warning: c1 [en]: term 'Psycho' listed twice [duplicate-term]",
        f"{path}:7: error: c1 [en]: 'Psycho' is both preferred/admitted and forbidden/superseded "
        "[conflicting-status]",
        f"{path}:11: error: unknown language 'de' in concept 'c1'; supported: en, fr, ja, ko, id, "
        "es, pt [unknown-language]",
        f"{path}:19: error: duplicate concept id 'c1' (first defined at line 1) [duplicate-id]",
        f"{path}:14: error: unknown market 'DE' for crisis line 'Telefonseelsorge'; supported: "
        "US, GB, FR, JP, KR, ID, MX, BR [unknown-market]",
    ]
    assert result.stderr == "5 errors, 1 warning in 1 file (2 concepts, 3 terms, 1 crisis lines)\n"
    data = json.loads(run_cli("glossary", "validate", str(path), "--format", "json").stdout)
    assert data["ok"] is False and data["errors"] == 5


def test_validate_reports_parse_errors_as_errors(run_cli, tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('[[concept]]\nid = "x"\ncategory = "clinical"\nterms = [\n', encoding="utf-8")
    result = run_cli("glossary", "validate", str(path))
    assert result.exit_code == 1
    assert result.stdout == f"{path}:4: error: invalid TOML: Invalid value [parse-error]\n"


def test_validate_missing_file_is_exit_2(run_cli, tmp_path):
    result = run_cli("glossary", "validate", str(tmp_path / "nope.toml"))
    assert result.exit_code == 2
    assert result.stderr == f"error: file not found ({tmp_path / 'nope.toml'})\n"


def test_bad_glossary_option_is_exit_2_with_location(run_cli, repo):
    path = repo / "tests/data/glossary/billion_laughs.tbx"
    result = run_cli("glossary", "lookup", "x", "--lang", "en", "--glossary", str(path))
    assert result.exit_code == 2
    assert result.stderr == (
        "error: unsafe XML: entity declarations are not allowed (possible entity-expansion "
        f"attack) ({path}:3)\n"
    )


def test_import_tbx_to_toml_file(run_cli, repo, tmp_path):
    out = tmp_path / "imported.toml"
    src = repo / "tests/data/glossary/weblate_style.tbx"
    result = run_cli("glossary", "import", str(src), "--format", "tbx", "-o", str(out))
    assert result.exit_code == 0
    assert result.stderr == f"wrote {out}\n"
    glossary = load_glossary([out])
    assert [h.text for h in glossary.match("cometeu suicídio", "pt")] == ["cometeu suicídio"]


def test_import_bad_input_writes_nothing(run_cli, repo, tmp_path):
    out = tmp_path / "imported.toml"
    src = repo / "tests/data/glossary/unknown_status.tbx"
    result = run_cli("glossary", "import", str(src), "-o", str(out))
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: unknown administrativeStatus 'recommendedTerm-admn-sts' ({src}:7)\n"
    )
    assert not out.exists()


def test_import_csv_empty_term(run_cli, tmp_path):
    src = tmp_path / "sheet.csv"
    src.write_text(
        "id,category,language,term,status\nc1,clinical,en,,preferred\n", encoding="utf-8"
    )
    result = run_cli("glossary", "import", str(src), "--format", "csv")
    assert result.exit_code == 2
    assert result.stderr == f"error: empty term ({src}:2)\n"
    assert result.stdout == ""


def test_export_round_trips_through_import(run_cli, tmp_path):
    for fmt in ("tbx", "csv"):
        out = tmp_path / f"mh.{fmt}"
        assert run_cli("glossary", "export", "--format", fmt, "-o", str(out)).exit_code == 0
        back = run_cli("glossary", "import", str(out))
        assert back.exit_code == 0
        data = parse(back.stdout.encode("utf-8"), "x.toml", "toml")
        assert glossary_to_data(glossary_from_data([data])) == glossary_to_data(load_glossary())


def test_export_to_stdout(run_cli):
    result = run_cli("glossary", "export", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.startswith("kind,id,category,risk,dnt,")
    assert "term,died-by-suicide,safe-messaging,high,," in result.stdout


def test_validate_warns_on_a_form_shared_by_two_concepts(run_cli, tmp_path):
    path = tmp_path / "shared.toml"
    path.write_text(
        '[[concept]]\nid = "a"\ncategory = "clinical"\n\n[concept.lang.en]\n'
        'terms = [{ text = "burnout" }]\n\n'
        '[[concept]]\nid = "b"\ncategory = "slang"\n\n[concept.lang.en]\n'
        'terms = [{ text = "exhaustion", variants = ["Burnout"] }]\n',
        encoding="utf-8",
    )
    result = run_cli("glossary", "validate", str(path))
    assert result.exit_code == 0
    assert result.stdout == (
        f"{path}:13: warning: [en] 'burnout' is listed in both 'a' and 'b' [shared-term]\n"
    )


def test_export_of_a_bad_glossary_writes_nothing(run_cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[concept]]\nid = "x"\ncategory = "feelings"\n', encoding="utf-8")
    out = tmp_path / "out.tbx"
    result = run_cli(
        "glossary", "export", "--format", "tbx", "--glossary", str(bad), "-o", str(out)
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "error: unknown category 'feelings' (expected one of: safe-messaging, clinical, stigma, "
        f"slang, brand, crisis) ({bad}:3)\n"
    )
    assert not out.exists()
