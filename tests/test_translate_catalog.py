"""`localize translate` on PO catalogs, end to end: the CLI drives deep-translator's real
LibreTranslator against a local LibreTranslate server; the shipped glossary decides what
must never reach it, what it must never write, and which crisis line each market gets."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import polib
import pytest
from mt_server import BUILD_DATE, fail, hang, serve, transform, translate_ok, translate_with

from localize.glossary import load_glossary
from localize.services import translate as svc
from localize.translate import RetryPolicy
from localize.translate.engines import Engine
from localize.translate.memory import TranslationMemory

TODAY = BUILD_DATE
STAMP = f"machine translation: libre, {TODAY}"

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: fides-captions 1.0\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: {plural}\\n"
"""

PLURALS = {"fr": "nplurals=2; plural=(n > 1);", "pt_BR": "nplurals=2; plural=(n > 1);"}


def po_text(lang: str, *entries: str) -> str:
    plural = PLURALS.get(lang, "nplurals=1; plural=0;")
    return HEADER.format(lang=lang, plural=plural) + "".join("\n" + e for e in entries)


def entry(msgid: str, msgstr: str = "", *, flags: str = "", comment: str = "") -> str:
    out = f"# {comment}\n" if comment else ""
    out += f"#, {flags}\n" if flags else ""
    return out + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'


@pytest.fixture
def mt_server():
    yield from serve()


@pytest.fixture
def catalog(tmp_path):
    def make(lang: str, *entries: str) -> Path:
        path = tmp_path / lang / "LC_MESSAGES" / "fides.po"
        path.parent.mkdir(parents=True)
        path.write_text(po_text(lang, *entries), encoding="utf-8")
        return path

    return make


run = translate_with


def by_msgid(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path))}


# ---- the toolkit's own catalog, end to end ----------------------------------------------


def toolkit_catalog(repo: Path, locale: str, dest: Path) -> Path:
    """A PO for `locale` with every message of the toolkit's source (babel extraction)."""
    from localize.catalog.config import parse_keywords
    from localize.catalog.create import new_catalog
    from localize.catalog.extract import build_template, extract_source

    keywords = parse_keywords(("_", "N_", "ngettext:1,2", "pgettext:1c,2"))
    found = [
        (str(p.relative_to(repo)), extract_source(p.read_bytes(), str(p), keywords))
        for p in sorted((repo / "localize").rglob("*.py"))
    ]
    po = new_catalog(build_template(found, project="localize"), locale)
    dest.write_text(po.to_text(), encoding="utf-8")
    return dest


def test_toolkit_catalog_pretranslates_end_to_end(run_cli, mt_server, repo, tmp_path):
    path = toolkit_catalog(repo, "fr", tmp_path / "localize.po")
    before = by_msgid(path)
    result = run(run_cli, mt_server, str(path))
    assert result.exit_code == 1, result.output  # some messages hold no dictionary word
    after = by_msgid(path)
    assert after.keys() == before.keys()
    drafted = [e for e in after.values() if e.msgid and (e.msgstr or any(e.msgstr_plural.values()))]
    assert len(drafted) >= 20
    for e in drafted:
        assert "fuzzy" in e.flags and STAMP in e.comment.splitlines(), e.msgid
        forms = list(e.msgstr_plural.values()) if e.msgid_plural else [e.msgstr]
        assert all(forms), e.msgid  # every plural form
        for form in forms:  # every placeholder came back verbatim
            want = sorted(re.findall(r"%\(\w+\)[sd]|\{\w*\}", e.msgid_plural or e.msgid))
            assert sorted(re.findall(r"%\(\w+\)[sd]|\{\w*\}", form)) == want, (e.msgid, form)
    words = re.compile(r"[A-Za-z]{2,}")
    for e in after.values():
        if e.msgid and "fuzzy" not in e.flags:
            # left for a human, saying why; or nothing but placeholders to translate
            stripped = re.sub(r"\{\w*\}|%\(\w+\)[sd]", "", e.msgid_plural or e.msgid)
            assert e.tcomment.startswith("[mt] ") or not words.search(stripped), e.msgid
    # nothing the engine said is shipped: compile would include no entry
    assert all(not e.translated() for e in after.values() if e.msgid)
    # the file stays a valid catalog for every reader
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        assert len(read_po(handle)) == len(polib.pofile(str(path)))
    assert "summary:" in result.stdout and "requests" in result.stdout


# ---- protection ---------------------------------------------------------------------------


def test_mangled_placeholder_is_rejected_and_others_still_translate(run_cli, mt_server, catalog):
    path = catalog(
        "fr",
        entry("Copy %(count)d files to the catalog"),
        entry("Save the file"),
    )
    mt_server.script(transform(lambda s: s.replace("ZQ0X", "ZQ 0 Y")))
    result = run(run_cli, mt_server, str(path))
    assert result.exit_code == 1
    entries = by_msgid(path)
    bad = entries["Copy %(count)d files to the catalog"]
    assert bad.msgstr == "" and "fuzzy" not in bad.flags
    assert bad.tcomment.startswith(
        "[mt] machine translation rejected: lost placeholder '%(count)d'"
    )
    good = entries["Save the file"]
    assert good.msgstr == "enregistrer le fichier" and "fuzzy" in good.flags
    assert "line 10: rejected: protected text lost or altered" in result.stdout


def test_dropped_number_is_rejected(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Save 25 files today"))
    mt_server.script(transform(lambda s: re.sub(r"ZQ0X\s*", "", s)))
    assert run(run_cli, mt_server, str(path)).exit_code == 1
    e = by_msgid(path)["Save 25 files today"]
    assert e.msgstr == "" and "lost number '25'" in e.tcomment


def test_tolerated_token_damage_is_repaired(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Copy %(count)d files"))
    mt_server.script(transform(lambda s: s.replace("ZQ0X", "zq 0 x")))
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    assert by_msgid(path)["Copy %(count)d files"].msgstr == "copier %(count)d fichiers"


# ---- the glossary ----------------------------------------------------------------------------


def test_no_safe_translation_never_reaches_the_server(run_cli, mt_server, catalog):
    path = catalog("ja", entry("She left a suicide note."), entry("You are not alone."))
    result = run(run_cli, mt_server, str(path))
    assert result.exit_code == 0, result.output
    assert all("note" not in text for text in mt_server.texts)
    assert mt_server.texts == ["You are not alone."]
    e = by_msgid(path)["She left a suicide note."]
    assert e.msgstr == ""
    assert (
        '[mt] not machine-translated: "left a suicide note" (suicide-note) has no safe translation into ja.'
        in e.tcomment
    )
    assert "遺書" in e.tcomment  # the glossary's guidance travels with it
    assert "skipped 1 (no safe translation (glossary): 1)" in result.stdout.replace(
        "1 skipped", "skipped 1"
    )


def test_forbidden_wording_in_the_output_is_rejected(run_cli, mt_server, catalog):
    path = catalog("ko", entry("He died by suicide."))
    mt_server.script(transform(lambda s: "그는 극단적 선택을 했다."))
    assert run(run_cli, mt_server, str(path)).exit_code == 1
    e = by_msgid(path)["He died by suicide."]
    assert e.msgstr == ""
    assert 'forbidden wording "극단적 선택" (use "사망")' in e.tcomment


def test_missing_preferred_term_becomes_a_translator_note(run_cli, mt_server, catalog):
    path = catalog("pt_BR", entry("He died by suicide."))
    mt_server.script(transform(lambda s: "ele faleceu."))
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    e = by_msgid(path)["He died by suicide."]
    assert e.msgstr == "ele faleceu." and "fuzzy" in e.flags
    assert (
        '[mt] glossary: "died by suicide" (died-by-suicide) should be rendered as "morreu por suicídio"'
        in e.tcomment
    )


def test_crisis_line_is_substituted_by_the_target_market_line(run_cli, mt_server, catalog):
    path = catalog("pt_BR", entry("Call 988 today."))
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    assert "988" not in mt_server.texts[0]  # masked: the number never travels through MT
    e = by_msgid(path)["Call 988 today."]
    assert e.msgstr == "ligue para 188 hoje."
    assert (
        '[mt] crisis line "988" (988 Suicide & Crisis Lifeline, US) replaced by "188"' in e.tcomment
    )


def test_crisis_line_of_the_same_market_is_kept(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Call 3114 today."))
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    e = by_msgid(path)["Call 3114 today."]
    assert e.msgstr == "appelez 3114 aujourd'hui." and "replaced" not in e.tcomment


# ---- what is touched -----------------------------------------------------------------------


def test_translated_entries_are_never_touched_and_the_rest_of_the_file_is_byte_stable(
    run_cli, mt_server, catalog
):
    kept = entry("Save the file", "Sauvegarder le fichier", comment="reviewed by Léa")
    path = catalog("fr", kept, entry("Copy the file"))
    result = run(run_cli, mt_server, str(path))
    assert result.exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(po_text("fr", kept))
    assert mt_server.texts == ["Copy the file"]
    assert text.endswith(
        f'#. {STAMP}\n#, fuzzy\nmsgid "Copy the file"\nmsgstr "copier le fichier"\n'
    )


def test_plural_entries_get_every_form(run_cli, mt_server, catalog):
    plural = 'msgid "one caption"\nmsgid_plural "%(n)d captions"\nmsgstr[0] ""\nmsgstr[1] ""\n'
    fr = catalog("fr", plural)
    ja = catalog("ja", 'msgid "one caption"\nmsgid_plural "%(n)d captions"\nmsgstr[0] ""\n')
    assert run(run_cli, mt_server, str(fr)).exit_code == 0
    assert run(run_cli, mt_server, str(ja)).exit_code == 0
    assert polib.pofile(str(fr))[0].msgstr_plural == {0: "une légende", 1: "%(n)d légendes"}
    assert polib.pofile(str(ja))[0].msgstr_plural == {0: "%(n)d キャプション"}


# ---- robustness ------------------------------------------------------------------------------


def test_429_then_success(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Save the file"))
    mt_server.script(fail(429))
    result = run(run_cli, mt_server, str(path), "--format", "json")
    assert result.exit_code == 0
    import json

    (summary,) = json.loads(result.stdout)["results"]
    assert (summary["translated"], summary["requests"], summary["failed"]) == (1, 2, 0)


def test_hung_and_failing_requests_fail_one_entry_each_and_the_run_goes_on(
    run_cli, mt_server, catalog
):
    path = catalog("fr", entry("Save the file"), entry("Copy the file"), entry("Check the catalog"))
    mt_server.script(hang(3.0), fail(500))
    result = run(run_cli, mt_server, str(path), "--timeout", "0.8", "--retries", "0")
    assert result.exit_code == 1
    entries = by_msgid(path)
    assert (
        entries["Save the file"].tcomment
        == "[mt] libre: no answer within 0.8 s (gave up after 1 attempts)"
    )
    assert entries["Copy the file"].tcomment == "[mt] libre: HTTP 500 (gave up after 1 attempts)"
    assert entries["Check the catalog"].msgstr == "vérifier le catalogue"
    assert "2 failed" in result.stdout


def test_engine_down_stops_the_run_keeps_the_work_and_exits_2(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Save the file"), *(entry(f"Copy the file {n}") for n in range(4)))
    mt_server.script(translate_ok(), fail(503), fail(503), fail(503))
    result = run(run_cli, mt_server, str(path), "--retries", "0")
    assert result.exit_code == 2
    assert "error: libre: engine unavailable (3 requests failed in a row)" in result.stderr
    assert len(mt_server.translate_requests) == 4  # nothing sent after the breaker opened
    assert by_msgid(path)["Save the file"].msgstr == "enregistrer le fichier"


def _interrupt_after(n: int, exc: BaseException):
    def progress(items, length):
        for index, item in enumerate(items):
            if index == n:
                raise exc
            yield item

    return progress


def _pretranslator_for(server, *, memory=None):
    def make(locale: str) -> svc.Pretranslator:
        engine = Engine(
            "libre", "en", locale, url=server.url, env={}, policy=RetryPolicy(timeout=5)
        )
        return svc.Pretranslator(
            engine, "libre", "en", locale, glossary=load_glossary(), memory=memory
        )

    return make


def test_interrupted_run_keeps_everything_and_a_rerun_resumes(mt_server, catalog):
    msgids = [
        "Save the file",
        "Copy the file",
        "Check the catalog",
        "Save the catalog",
        "Copy the catalog",
    ]
    path = catalog("fr", *(entry(m) for m in msgids))

    def save(text: str) -> None:
        path.write_text(text, encoding="utf-8")

    first = svc.pretranslate_catalog(
        path.read_text(encoding="utf-8"),
        path=str(path),
        pretranslator_for=_pretranslator_for(mt_server),
        save=save,
        batch_size=2,
        progress=_interrupt_after(3, KeyboardInterrupt()),
    )
    assert first.interrupted and first.translated == 3
    saved = by_msgid(path)
    assert [bool(saved[m].msgstr) for m in msgids] == [True, True, True, False, False]
    assert len(mt_server.texts) == 3

    second = svc.pretranslate_catalog(
        path.read_text(encoding="utf-8"),
        path=str(path),
        pretranslator_for=_pretranslator_for(mt_server),
        save=save,
    )
    assert second.translated == 2 and second.skipped == {"already-machine-translated": 3}
    assert mt_server.texts[3:] == ["Save the catalog", "Copy the catalog"]  # nothing sent twice
    assert all("fuzzy" in e.flags and e.msgstr for e in by_msgid(path).values() if e.msgid)


def test_a_crash_still_saves_what_was_translated(mt_server, catalog):
    path = catalog("fr", entry("Save the file"), entry("Copy the file"))
    with pytest.raises(RuntimeError):
        svc.pretranslate_catalog(
            path.read_text(encoding="utf-8"),
            path=str(path),
            pretranslator_for=_pretranslator_for(mt_server),
            save=lambda text: path.write_text(text, encoding="utf-8"),
            progress=_interrupt_after(1, RuntimeError("disk on fire")),
        )
    assert by_msgid(path)["Save the file"].msgstr == "enregistrer le fichier"


def test_translation_memory_makes_a_rerun_send_nothing(run_cli, mt_server, catalog, tmp_path):
    path = catalog("fr", entry("Save the file"), entry("Copy %(count)d files"))
    tm = tmp_path / "tm.sqlite"
    first = run(run_cli, mt_server, str(path), "--tm", str(tm))
    assert first.exit_code == 0 and "memory: 0 hits, 2 stored, 2 entries" in first.stdout
    sent = len(mt_server.texts)
    again = run(run_cli, mt_server, str(path), "--tm", str(tm), "--overwrite")
    assert again.exit_code == 0
    assert len(mt_server.texts) == sent
    assert "2 from memory" in again.stdout and "0 requests" in again.stdout
    with TranslationMemory(tm) as memory:
        assert len(memory) == 2


def test_dry_run_sends_and_writes_nothing(run_cli, mt_server, catalog):
    path = catalog("ja", entry("Call 988 today."), entry("She left a suicide note."))
    before = path.read_bytes()
    result = run(run_cli, mt_server, str(path), "--dry-run")
    assert result.exit_code == 0
    assert mt_server.requests == [] and path.read_bytes() == before
    assert "would send: Call ZQ0X today." in result.stdout
    assert "skipped: no safe translation (glossary)" in result.stdout


# ---- errors before any request -----------------------------------------------------------


def test_engine_lacking_the_language_is_an_error_before_any_request(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Save the file"))
    pt = catalog("pt_PT", entry("Save the file"))
    result = run(run_cli, mt_server, str(path), str(pt))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: engine 'libre' cannot translate into 'pt_PT'")
    assert mt_server.requests == []


def test_missing_key_is_an_error_naming_the_variables(run_cli, catalog):
    path = catalog("fr", entry("Save the file"))
    result = run_cli("translate", str(path), "--engine", "microsoft")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: engine 'microsoft' needs an API key in the environment variable "
        "LOCALIZE_MICROSOFT_API_KEY or MICROSOFT_API_KEY\n"
    )


def test_memory_in_a_missing_directory_is_a_clear_error(run_cli, mt_server, catalog, tmp_path):
    path = catalog("fr", entry("Save the file"))
    result = run(run_cli, mt_server, str(path), "--tm", str(tmp_path / "no" / "tm.sqlite"))
    assert result.exit_code == 2
    assert "directory of the translation memory does not exist" in result.stderr
    assert mt_server.requests == []


def test_usage_errors(run_cli, tmp_path):
    assert run_cli("translate").exit_code == 2
    result = run_cli("translate", "--captions", "a.srt")
    assert result.exit_code == 2 and "--to" in result.stderr


def test_locales_dir_translates_each_locale_and_skips_the_source_language(
    run_cli, mt_server, catalog, tmp_path
):
    catalog("fr", entry("Save the file"))
    catalog("en", entry("Save the file"))
    catalog("pt_BR", entry("Save 3 files today"))
    result = run(run_cli, mt_server, "--locales-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert {r["target"] for r in mt_server.translate_requests} == {"fr", "pt"}
    assert by_msgid(tmp_path / "en" / "LC_MESSAGES" / "fides.po")["Save the file"].msgstr == ""


def test_forbidden_wording_in_the_source_is_pointed_out(run_cli, mt_server, catalog):
    path = catalog("fr", entry("He committed suicide."))
    mt_server.script(transform(lambda s: "il est mort par suicide."))
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    e = by_msgid(path)["He committed suicide."]
    assert e.msgstr == "il est mort par suicide." and "fuzzy" in e.flags
    assert (
        '[mt] the source itself uses forbidden wording "committed suicide" (use "die by suicide").'
        in e.tcomment
    )


def test_a_template_is_refused(run_cli, mt_server, tmp_path):
    pot = tmp_path / "fides.pot"
    pot.write_text(po_text("", entry("Save the file")), encoding="utf-8")
    result = run(run_cli, mt_server, str(pot), "--locale", "fr")
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: a template is not translated; create the locale's catalog first ({pot})\n"
    )


def test_msgmerge_fuzzy_entry_is_redrafted_without_its_stale_previous_msgid(
    run_cli, mt_server, catalog
):
    stale = (
        '#, fuzzy\n#| msgid "Save a file"\nmsgid "Save the file"\nmsgstr "Enregistrer un fichier"\n'
    )
    path = catalog("fr", stale)
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "#| msgid" not in text
    assert by_msgid(path)["Save the file"].msgstr == "enregistrer le fichier"


def test_the_api_key_is_never_printed_nor_written(run_cli, mt_server, catalog, tmp_path):
    path = catalog("fr", entry("Save the file"), entry("Copy the file"))
    tm = tmp_path / "tm.sqlite"
    mt_server.script(translate_ok(), fail(403))
    result = run_cli(
        "translate",
        str(path),
        "--engine",
        "libre",
        "--engine-url",
        mt_server.url,
        "--tm",
        str(tm),
        env={"LIBRE_API_KEY": "sekrit-4242"},
    )
    assert result.exit_code == 2
    assert result.stderr == "error: libre: not authorised; check the key\n"
    assert mt_server.translate_requests[0]["api_key"] == "sekrit-4242"  # it did reach the server
    assert "sekrit" not in result.stdout
    assert b"sekrit" not in path.read_bytes() and b"sekrit" not in tm.read_bytes()
    assert by_msgid(path)["Save the file"].msgstr == "enregistrer le fichier"


def test_do_not_translate_names_never_reach_the_engine(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Follow Fides on TikTok today"))
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    assert "Fides" not in mt_server.texts[0] and "TikTok" not in mt_server.texts[0]
    assert (
        by_msgid(path)["Follow Fides on TikTok today"].msgstr
        == "Follow Fides on TikTok aujourd'hui"
    )


def test_line_breaks_inside_a_message_are_kept(run_cli, mt_server, catalog):
    path = catalog("fr", 'msgid ""\n"You are not alone.\\n"\n"Call today."\nmsgstr ""\n')
    assert run(run_cli, mt_server, str(path)).exit_code == 0
    assert by_msgid(path)["You are not alone.\nCall today."].msgstr == (
        "vous n'êtes pas seul.\nappelez aujourd'hui."
    )
    assert mt_server.texts == ["You are not alone.", "Call today."]


def test_json_dry_run_lists_what_would_be_sent(run_cli, mt_server, catalog):
    import json

    path = catalog("fr", entry("Copy %(count)d files"), entry("Save the file", "Enregistrer"))
    result = run(run_cli, mt_server, str(path), "--dry-run", "--format", "json")
    assert result.exit_code == 0
    (summary,) = json.loads(result.stdout)["results"]
    assert summary["dry_run"] is True and summary["would_send"] == 1
    assert summary["skipped"] == {"already-translated": 1}
    assert summary["items"] == [
        {
            "key": "Copy %(count)d files",
            "line": 10,
            "status": "would-send",
            "sent": ["Copy ZQ0X files"],
        }
    ]
    assert mt_server.requests == []


def test_ctrl_c_in_the_cli_saves_reports_and_exits_130(run_cli, mt_server, catalog, monkeypatch):
    import localize.cli.translate as cli_translate

    path = catalog("fr", entry("Save the file"), entry("Copy the file"), entry("Check the catalog"))

    def progress(items, length=None, label=""):
        for index, item in enumerate(items):
            if index == 2:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(cli_translate, "progress", progress)
    result = run(run_cli, mt_server, str(path))
    assert result.exit_code == 130
    assert result.stderr == (
        "interrupted: everything translated so far is saved; run again to resume\n"
    )
    assert "interrupted (saved)" in result.stdout
    entries = by_msgid(path)
    assert [entries[m].msgstr for m in ("Save the file", "Copy the file", "Check the catalog")] == [
        "enregistrer le fichier",
        "copier le fichier",
        "",
    ]


def test_the_stamp_is_the_local_date_of_the_run_when_no_build_pins_it(run_cli, mt_server, catalog):
    path = catalog("fr", entry("Copy the file"))
    before = dt.date.today()
    result = run(run_cli, mt_server, str(path), env={"SOURCE_DATE_EPOCH": None})
    after = dt.date.today()
    assert result.exit_code == 0, result.output
    stamps = {f"machine translation: libre, {day.isoformat()}" for day in (before, after)}
    assert by_msgid(path)["Copy the file"].comment in stamps


def test_a_malformed_source_date_epoch_stops_before_anything_is_sent_or_written(
    run_cli, mt_server, catalog
):
    path = catalog("fr", entry("Copy the file"))
    original = path.read_bytes()
    result = run(run_cli, mt_server, str(path), env={"SOURCE_DATE_EPOCH": "2024-05-17"})
    assert result.exit_code == 2
    assert result.stderr.startswith("error: SOURCE_DATE_EPOCH must be a whole number")
    assert len(result.stderr.splitlines()) == 1
    assert path.read_bytes() == original and mt_server.texts == []
