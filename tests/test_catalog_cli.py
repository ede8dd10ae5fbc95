"""`localize catalog ...` end to end: round trip, check findings, exit codes, bad input."""

from __future__ import annotations

import gettext
import json
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "catalog"
SOURCE = """\
from localize.i18n import _, ngettext, pgettext


def card(name, count):
    # Translators: headline of the crisis card
    title = _("You are not alone.")
    greeting = _("Hello {name}").format(name=name)
    people = ngettext("%(count)d person reached out", "%(count)d people reached out", count)
    button = pgettext("button", "Get help")
    return title, greeting, people % {"count": count}, button
"""


def _layout(tmp_path: Path) -> list[str]:
    return ["--locales-dir", str(tmp_path / "locales"), "--domain", "demo"]


def _snapshot(root: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_round_trip_extract_init_update_compile_load(run_cli, tmp_path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "cards.py").write_text(SOURCE, encoding="utf-8")
    layout = _layout(tmp_path)
    result = run_cli("catalog", "extract", str(app), *layout)
    assert result.exit_code == 0, result.stderr
    pot = (tmp_path / "locales" / "demo.pot").read_text(encoding="utf-8")
    assert "#. headline of the crisis card" in pot and 'msgctxt "button"' in pot
    assert "#, python-brace-format" in pot and "#, python-format" in pot

    result = run_cli("catalog", "init", *layout)
    assert result.exit_code == 0, result.stderr
    for locale in ("en", "fr", "ja", "ko", "id", "es", "pt_BR"):
        assert (tmp_path / "locales" / locale / "LC_MESSAGES" / "demo.po").is_file()
    ja = (tmp_path / "locales/ja/LC_MESSAGES/demo.po").read_text(encoding="utf-8")
    assert "Plural-Forms: nplurals=1; plural=0;" in ja and "Language: ja" in ja
    idn = (tmp_path / "locales/id/LC_MESSAGES/demo.po").read_text(encoding="utf-8")
    assert "Plural-Forms: nplurals=1; plural=0;" in idn
    fr_path = tmp_path / "locales/fr/LC_MESSAGES/demo.po"
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in fr_path.read_text(encoding="utf-8")

    # init refuses to overwrite
    before = fr_path.read_bytes()
    result = run_cli("catalog", "init", "--locale", "fr", *layout)
    assert result.exit_code == 2
    assert (
        result.stderr.startswith("error: catalog already exists") and str(fr_path) in result.stderr
    )
    assert fr_path.read_bytes() == before

    fr = fr_path.read_text(encoding="utf-8")
    fr = fr.replace(
        'msgid "You are not alone."\nmsgstr ""',
        'msgid "You are not alone."\nmsgstr "Vous n’êtes pas seul·e."',
    )
    fr = fr.replace(
        'msgid "Hello {name}"\nmsgstr ""', 'msgid "Hello {name}"\nmsgstr "Bonjour {name}"'
    )
    fr = fr.replace(
        'msgstr[0] ""\nmsgstr[1] ""',
        'msgstr[0] "%(count)d personne"\nmsgstr[1] "%(count)d personnes"',
    )
    fr_path.write_text(fr, encoding="utf-8")

    # the source changes; update --check notices, update merges with a fuzzy match
    (app / "cards.py").write_text(
        SOURCE.replace("You are not alone.", "You are not alone, ever."), encoding="utf-8"
    )
    assert run_cli("catalog", "extract", str(app), *layout).exit_code == 0
    snapshot = _snapshot(tmp_path / "locales")
    result = run_cli("catalog", "update", "--check", *layout)
    assert result.exit_code == 1 and "needs update" in result.stdout
    assert _snapshot(tmp_path / "locales") == snapshot
    assert run_cli("catalog", "update", *layout).exit_code == 0
    merged = fr_path.read_text(encoding="utf-8")
    assert '#, fuzzy\n#| msgid "You are not alone."\nmsgid "You are not alone, ever."' in merged
    assert run_cli("catalog", "update", "--check", *layout).exit_code == 0
    # updating again changes no byte
    snapshot = _snapshot(tmp_path / "locales")
    assert run_cli("catalog", "update", *layout).exit_code == 0
    assert _snapshot(tmp_path / "locales") == snapshot

    result = run_cli("catalog", "compile", *layout)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "fr: 2 translated, 1 fuzzy, 1 untranslated" in result.stdout
    translations = gettext.translation("demo", str(tmp_path / "locales"), ["fr"])
    assert translations.gettext("Hello {name}").format(name="Ana") == "Bonjour Ana"
    assert (
        translations.ngettext("%(count)d person reached out", "%(count)d people reached out", 1)
        % {"count": 1}
        == "1 personne"
    )
    assert (
        translations.gettext("You are not alone, ever.") == "You are not alone, ever."
    )  # fuzzy: not shipped

    result = run_cli("catalog", "stats", "--format", "json", *layout)
    stats = {item["locale"]: item for item in json.loads(result.stdout)}
    assert (
        stats["fr"]["translated"] == 2 and stats["fr"]["fuzzy"] == 1 and stats["fr"]["total"] == 4
    )
    # the reworded message went to the fuzzy entry (#| msgid), not to an obsolete one
    assert stats["fr"]["obsolete"] == 0 and stats["fr"]["percent"] == 50.0


def test_check_reports_each_defect_with_code_and_line(run_cli):
    result = run_cli("catalog", "check", str(DATA / "defects.po"), "--format", "json")
    assert result.exit_code == 1
    (catalog,) = json.loads(result.stdout)["catalogs"]
    found = {(f["kind"], f["line"]) for f in catalog["findings"]}
    assert ("header-plural-forms", 1) in found
    assert ("partial-plural", 11) in found
    assert ("format-placeholders", 18) in found
    assert ("format-placeholders", 22) in found
    assert ("format-placeholders", 28) in found  # detected without a flag
    assert ("duplicate-msgid", 34) in found
    assert not any(line == 25 for kind, line in found if kind == "format-placeholders")  # strftime
    plural = next(f for f in catalog["findings"] if f["kind"] == "header-plural-forms")
    assert (
        plural["severity"] == "warning"
        and plural["suggestion"] == "Plural-Forms: nplurals=2; plural=(n != 1);"
    )
    assert catalog["locale"] == "es"


def test_check_header_language_plural_count_and_charset(run_cli, tmp_path):
    target = tmp_path / "fr" / "LC_MESSAGES"
    target.mkdir(parents=True)
    po = target / "app.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=CHARSET\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "%d day"\nmsgid_plural "%d days"\nmsgstr[0] "%d jour"\n',
        encoding="utf-8",
    )
    result = run_cli("catalog", "check", str(po))
    assert result.exit_code == 1
    assert f"{po}:1: error: [L101 header-language]" in result.stdout
    assert f"{po}:1: error: [L102 header-plural-forms]" in result.stdout
    assert f"{po}:1: error: [L103 header-charset]" in result.stdout
    assert f"{po}:7: error: [L104 plural-count]" in result.stdout


def test_check_list_disable_ignore_and_github(run_cli):
    listed = run_cli("catalog", "check", "--list")
    assert listed.exit_code == 0
    for code in ("L101", "L104", "L105", "L106", "L107", "L108"):
        assert code in listed.stdout
    assert "format-placeholders" in listed.stdout
    result = run_cli(
        "catalog",
        "check",
        str(DATA / "defects.po"),
        "--disable",
        "format-placeholders",
        "--disable",
        "L107",
    )
    assert "format-placeholders" not in result.stdout and "duplicate-msgid" not in result.stdout
    assert "partial-plural" in result.stdout
    # `# localize: ignore identical-copy` on the last entry
    assert ":38: warning: [L108" not in result.stdout
    github = run_cli("catalog", "check", str(DATA / "defects.po"), "--format", "github")
    assert "::error file=" in github.stdout and "line=34" in github.stdout
    unknown = run_cli("catalog", "check", str(DATA / "defects.po"), "--disable", "no-such-check")
    assert unknown.exit_code == 2 and "unknown check 'no-such-check'" in unknown.stderr


def test_disable_takes_a_code_in_any_case(run_cli):
    result = run_cli("catalog", "check", str(DATA / "defects.po"), "--disable", "l107")
    assert result.exit_code in (0, 1)
    assert "duplicate-msgid" not in result.stdout and "partial-plural" in result.stdout


def test_fail_on_warning(run_cli):
    clean = run_cli(
        "catalog",
        "check",
        "--locales-dir",
        str(DATA / "locales"),
        "--domain",
        "fides",
        "--locale",
        "fr",
    )
    assert clean.exit_code == 0, clean.stdout
    warned = run_cli(
        "catalog",
        "check",
        str(DATA / "defects.po"),
        "--disable",
        "L105",
        "--disable",
        "L106",
        "--disable",
        "L107",
    )
    assert warned.exit_code == 0
    strict = run_cli(
        "catalog",
        "check",
        str(DATA / "defects.po"),
        "--disable",
        "L105",
        "--disable",
        "L106",
        "--disable",
        "L107",
        "--fail-on",
        "warning",
    )
    assert strict.exit_code == 1


def test_compile_leaves_out_bad_entries_or_refuses_with_strict(run_cli, tmp_path):
    target = tmp_path / "locales" / "es" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(DATA / "defects.po", target / "demo.po")
    layout = _layout(tmp_path)
    result = run_cli("catalog", "compile", "--locale", "es", "--strict", *layout)
    assert result.exit_code == 1 and "not written" in result.stdout
    assert not (target / "demo.mo").exists()
    result = run_cli("catalog", "compile", "--locale", "es", *layout)
    assert result.exit_code == 0, result.stdout
    assert "left out" in result.stdout
    translations = gettext.translation("demo", str(tmp_path / "locales"), ["es"])
    # the partial plural and the broken placeholder are not shipped: source text, no crash, no blank
    assert (
        translations.ngettext("%(count)d message", "%(count)d messages", 2) == "%(count)d messages"
    )
    assert translations.gettext("%(name)s wrote to you") == "%(name)s wrote to you"


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        (b'msgid "a"\nmsgstr "b\\q"\n', "invalid escape sequence", 2),
        (b'msgid "a"\nmsgstr "open\n', "unterminated string", 2),
        (b'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "a"\n', "msgid without msgstr", 4),
        (
            b'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "caf\xe9"\nmsgstr ""\n',
            "invalid UTF-8 byte 0xe9",
            4,
        ),
        (b"\x00\x01binary\x00", "binary file", 1),
        (b"", "file is empty", None),
    ],
)
@pytest.mark.parametrize("command", ["check", "stats", "compile"])
def test_bad_po_input_is_one_line_exit_2_and_nothing_written(
    run_cli, tmp_path, command, data, message, line
):
    po = _write(tmp_path / "fr" / "LC_MESSAGES" / "app.po", data)
    result = run_cli("catalog", command, str(po))
    assert result.exit_code == 2
    where = f"{po}:{line}" if line else f"{po}"
    assert result.stderr == f"error: {message} ({where})\n" or (
        result.stderr.startswith("error: ")
        and message in result.stderr
        and f"({where})" in result.stderr
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (po.parent / "app.mo").exists()


def test_unknown_locale_and_missing_locales_dir(run_cli, tmp_path):
    result = run_cli(
        "catalog", "stats", "--locales-dir", str(tmp_path / "nowhere"), "--domain", "demo"
    )
    assert result.exit_code == 2
    assert result.stderr == f"error: locales directory does not exist ({tmp_path / 'nowhere'})\n"
    (tmp_path / "locales").mkdir()
    result = run_cli("catalog", "stats", "--locale", "de", *_layout(tmp_path))
    assert result.exit_code == 2 and "unsupported language 'de'" in result.stderr
    result = run_cli("catalog", "check", str(DATA / "bad_header.po"))
    assert result.exit_code == 2 and "unsupported language 'de'" in result.stderr


@pytest.mark.parametrize("command", ["compile", "stats", "check", "update"])
def test_a_layout_without_catalogs_is_an_error_not_a_silent_success(run_cli, tmp_path, command):
    # a build with a misspelt --domain must fail, not pass having compiled nothing
    locales = tmp_path / "locales"
    header = b'msgid ""\nmsgstr "Language: fr\\n"\n'
    po = _write(locales / "fr" / "LC_MESSAGES" / "app.po", header)
    (locales / "apps.pot").write_bytes(header)
    result = run_cli("catalog", command, "--locales-dir", str(locales), "--domain", "apps")
    assert result.exit_code == 2
    expected = locales / "<locale>" / "LC_MESSAGES" / "apps.po"
    assert result.stderr == (
        f"error: no catalogs found (expected {expected}); create them with "
        f"`localize catalog init` ({locales})\n"
    )
    assert sorted(p.name for p in po.parent.iterdir()) == ["app.po"]


def test_unwritable_target_is_an_error_and_leaves_files(run_cli, tmp_path):
    locales = tmp_path / "locales"
    shutil.copytree(DATA / "locales", locales)
    blocker = locales / "fr" / "LC_MESSAGES" / "fides.mo"
    blocker.mkdir()  # the MO path is taken by a directory: the write must fail cleanly
    before = _snapshot(locales)
    result = run_cli(
        "catalog", "compile", "--locales-dir", str(locales), "--domain", "fides", "--locale", "fr"
    )
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot write") and str(blocker) in result.stderr
    assert _snapshot(locales) == before
    assert not list((locales / "fr" / "LC_MESSAGES").glob(".fides.mo.*"))


def test_stats_table_columns_line_up_under_a_japanese_ui(run_cli):
    from localize.report import display_width

    result = run_cli(
        "--ui-lang",
        "ja",
        "catalog",
        "stats",
        "--locales-dir",
        str(DATA / "locales"),
        "--domain",
        "fides",
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 2 and lines[0] != lines[0].encode("ascii", "ignore").decode()
    # right-aligned columns end at the same terminal cell on every row
    assert len({display_width(line.rstrip()) for line in lines}) == 1


def test_source_date_epoch_pins_the_dates_extract_and_init_write(run_cli, tmp_path):
    """A reproducible build sets SOURCE_DATE_EPOCH; two builds then write the same bytes."""
    app = tmp_path / "app"
    app.mkdir()
    (app / "cards.py").write_text(SOURCE, encoding="utf-8")
    layout = _layout(tmp_path)
    pinned = {"SOURCE_DATE_EPOCH": "1715947200"}  # 2024-05-17 12:00 UTC
    assert run_cli("catalog", "extract", str(app), *layout, env=pinned).exit_code == 0
    assert run_cli("catalog", "init", "--locale", "ko", *layout, env=pinned).exit_code == 0
    pot = (tmp_path / "locales" / "demo.pot").read_text(encoding="utf-8")
    ko = (tmp_path / "locales/ko/LC_MESSAGES/demo.po").read_text(encoding="utf-8")
    assert '"POT-Creation-Date: 2024-05-17 12:00+0000\\n"' in pot
    assert '"PO-Revision-Date: 2024-05-17 12:00+0000\\n"' in ko


@pytest.mark.parametrize("value", ["yesterday", "-1", "1.5e9", " 1715947200", "9" * 30])
def test_a_malformed_source_date_epoch_is_an_error_and_nothing_is_written(run_cli, tmp_path, value):
    app = tmp_path / "app"
    app.mkdir()
    (app / "cards.py").write_text(SOURCE, encoding="utf-8")
    result = run_cli(
        "catalog", "extract", str(app), *_layout(tmp_path), env={"SOURCE_DATE_EPOCH": value}
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, "
        f"not {value!r}\n"
    )
    assert not (tmp_path / "locales").exists()


LATIN1_PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n'
    '"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
    'msgid "Take a breath"\nmsgstr "Respirez profondément"\n'
)


def _latin1_layout(tmp_path: Path, template_msgid: str) -> Path:
    (tmp_path / "locales" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locales" / "demo.pot").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "Take a breath"\nmsgstr ""\n\nmsgid "{template_msgid}"\nmsgstr ""\n',
        encoding="utf-8",
    )
    po = tmp_path / "locales" / "fr" / "LC_MESSAGES" / "demo.po"
    po.write_bytes(LATIN1_PO.encode("latin-1"))
    return po


def test_update_keeps_a_catalog_in_the_charset_its_header_declares(run_cli, tmp_path):
    po = _latin1_layout(tmp_path, "Talk to someone")
    result = run_cli("catalog", "update", "--locale", "fr", *_layout(tmp_path))
    assert result.exit_code == 0, result.stderr
    merged = po.read_bytes().decode("latin-1")
    assert merged == LATIN1_PO + '\nmsgid "Talk to someone"\nmsgstr ""\n'


def test_update_stops_when_the_template_brings_what_the_charset_cannot_hold(run_cli, tmp_path):
    po = _latin1_layout(tmp_path, "Wait…")
    for check in ((), ("--check",)):
        result = run_cli("catalog", "update", *check, "--locale", "fr", *_layout(tmp_path))
        assert result.exit_code == 2
        assert result.stderr == (
            "error: the template brings '…', which this catalog's charset iso8859-1 cannot "
            f"hold; convert the catalog to UTF-8 first ({po})\n"
        )
        assert po.read_bytes() == LATIN1_PO.encode("latin-1")
