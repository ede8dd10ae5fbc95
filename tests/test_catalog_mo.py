"""MO files: byte-identical to GNU msgfmt, and found by both C gettext and Python's gettext."""

from __future__ import annotations

import gettext
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from localize.catalog.mo import MoMessage, build_mo, hash_string, hash_strings, next_prime
from localize.catalog.po import parse_po
from localize.services.catalogs import compile_catalogs, load_config

DATA = Path(__file__).parent / "data" / "catalog"
REPO = Path(__file__).resolve().parent.parent
LOCALES = ("fr", "ja", "pt_BR", "id")


def _copy_locales(tmp_path: Path) -> Path:
    target = tmp_path / "locales"
    shutil.copytree(DATA / "locales", target)
    return target


def test_hash_is_gettexts_pjw_hash():
    # values computed with GNU gettext's hash_string (hash-string.c)
    assert hash_string(b"") == 0
    assert hash_string(b"a") == 97
    assert hash_string(b"ab") == (97 << 4) + 98
    long = b"x" * 40
    assert hash_string(long) < 2**32
    assert next_prime(5) == 5 and next_prime(6) == 7 and next_prime(0) == 1 and next_prime(9) == 11
    # gnulib's is_prime, msgfmt's, calls 3 no prime: a table of 5 slots for two messages
    assert next_prime(2) == 5 and next_prime(3) == 5


@pytest.mark.parametrize("count", range(0, 14))
def test_small_catalogs_are_byte_identical_to_msgfmt(tmp_path, count):
    """The hash table's size for a handful of messages (a new project's first catalog)."""
    po = tmp_path / "fr" / "LC_MESSAGES" / "small.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        + "".join(
            f'msgid "Get help {i}"\nmsgstr "Obtenir de l’aide {i}"\n\n' for i in range(count)
        ),
        encoding="utf-8",
    )
    compile_catalogs(load_config(), paths=[po])
    subprocess.run(["msgfmt", "-o", str(tmp_path / "ref.mo"), str(po)], check=True)
    assert po.with_suffix(".mo").read_bytes() == (tmp_path / "ref.mo").read_bytes()


def _real_strings() -> list[bytes]:
    """Every key and translation of the toolkit's own catalogs (7 languages, CJK) and the test catalogs."""
    strings: list[bytes] = []
    for po_path in sorted(
        [*REPO.glob("locales/*/LC_MESSAGES/*.po"), *DATA.glob("locales/*/*/*.po")]
    ):
        for entry in parse_po(po_path.read_text(encoding="utf-8"), str(po_path)).entries:
            key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
            strings.append(key.encode())
            strings.extend(form.encode() for form in entry.translations)
    return strings


def test_batch_hash_equals_the_byte_by_byte_hash_on_real_strings():
    strings = _real_strings()
    assert len(strings) > 1000
    assert hash_strings(strings) == [hash_string(s) for s in strings]
    # one catalog at a time too (smaller groups, more of them hashed one by one)
    for start in range(0, len(strings), 97):
        part = strings[start : start + 97]
        assert hash_strings(part) == [hash_string(s) for s in part]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=300),
            # long runs of high bytes: bits 28-31 fill on nearly every step
            st.builds(lambda n, b: bytes([b]) * n, st.integers(0, 200), st.integers(0xF0, 0xFF)),
        ),
        max_size=80,
    )
)
def test_batch_hash_equals_the_byte_by_byte_hash_on_any_bytes(keys):
    assert hash_strings(keys) == [hash_string(k) for k in keys]


@pytest.mark.parametrize("locale", LOCALES)
def test_compiled_catalog_is_byte_identical_to_msgfmt(tmp_path, locale):
    locales = _copy_locales(tmp_path)
    config = load_config(locales_dir=locales, domain="fides")
    result = compile_catalogs(config, [locale])
    (item,) = result.items
    assert item.written and not item.blocked
    po = locales / locale / "LC_MESSAGES" / "fides.po"
    reference = tmp_path / "msgfmt.mo"
    subprocess.run(["msgfmt", "-o", str(reference), str(po)], check=True)
    assert Path(item.mo_path).read_bytes() == reference.read_bytes()


def test_catalogs_compiled_together_are_byte_identical_to_msgfmt(tmp_path):
    # one run hashes each key once for all locales (they share their msgids)
    locales = _copy_locales(tmp_path)
    config = load_config(locales_dir=locales, domain="fides")
    result = compile_catalogs(config, list(LOCALES))
    assert [item.written for item in result.items] == [True] * len(LOCALES)
    for locale in LOCALES:
        po = locales / locale / "LC_MESSAGES" / "fides.po"
        subprocess.run(["msgfmt", "-o", str(tmp_path / "ref.mo"), str(po)], check=True)
        assert po.with_suffix(".mo").read_bytes() == (tmp_path / "ref.mo").read_bytes()


def test_keys_with_context_are_sorted_and_hashed_for_c_gettext(tmp_path):
    messages = [MoMessage("", ("Content-Type: text/plain; charset=UTF-8\n",))]
    messages += [
        MoMessage(f"item {i}", (f"élément {i}",), msgctxt=f"ctx{i % 7}") for i in range(300)
    ]
    messages += [MoMessage(f"plain {i}", (f"simple {i}",)) for i in range(300)]
    directory = tmp_path / "fr" / "LC_MESSAGES"
    directory.mkdir(parents=True)
    (directory / "big.mo").write_bytes(build_mo(messages))
    env = {**os.environ, "LANGUAGE": "fr", "LC_ALL": "C.UTF-8", "TEXTDOMAINDIR": str(tmp_path)}
    missed = []
    for i in range(0, 300, 13):
        out = subprocess.run(
            ["gettext", "-d", "big", "-c", f"ctx{i % 7}", f"item {i}"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout
        if out != f"élément {i}":
            missed.append(i)
    assert missed == []
    translations = gettext.translation("big", str(tmp_path), ["fr"])
    assert translations.pgettext("ctx3", "item 10") == "élément 10"
    assert translations.gettext("plain 299") == "simple 299"


def test_compiled_catalogs_load_through_python_and_c_gettext(tmp_path):
    locales = _copy_locales(tmp_path)
    config = load_config(locales_dir=locales, domain="fides")
    compile_catalogs(config, list(LOCALES))
    fr = gettext.translation("fides", str(locales), ["fr"])
    assert fr.pgettext("button", "Get help") == "Obtenir de l’aide"
    assert fr.pgettext("menu", "Get help") == "Aide"
    assert (
        fr.ngettext("%(count)d person reached out today", "%(count)d people reached out today", 0)
        % {"count": 0}
        == "0 personne a demandé de l’aide aujourd’hui"
    )
    # fuzzy entries do not ship
    assert fr.gettext("Posted on %(date)s") == "Posted on %(date)s"
    ja = gettext.translation("fides", str(locales), ["ja"])
    assert (
        ja.ngettext("%(count)d person reached out today", "%(count)d people reached out today", 5)
        % {"count": 5}
        == "今日は 5 人が助けを求めました"
    )
    env = {**os.environ, "LANGUAGE": "pt_BR", "LC_ALL": "C.UTF-8", "TEXTDOMAINDIR": str(locales)}
    out = subprocess.run(
        ["gettext", "-d", "fides", "-c", "menu", "Get help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout == "Ajuda"
    out = subprocess.run(
        [
            "ngettext",
            "-d",
            "fides",
            "%(count)d person reached out today",
            "%(count)d people reached out today",
            "3",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout == "%(count)d pessoas pediram ajuda hoje"


def test_use_fuzzy_ships_fuzzy_entries_like_msgfmt(tmp_path):
    locales = _copy_locales(tmp_path)
    config = load_config(locales_dir=locales, domain="fides")
    (item,) = compile_catalogs(config, ["fr"], use_fuzzy=True).items
    reference = tmp_path / "ref.mo"
    subprocess.run(
        ["msgfmt", "--use-fuzzy", "-o", str(reference), str(locales / "fr/LC_MESSAGES/fides.po")],
        check=True,
    )
    assert Path(item.mo_path).read_bytes() == reference.read_bytes()
    fr = gettext.translation("fides", str(locales), ["fr"])
    assert fr.gettext("Posted on %(date)s") == "Publié le %(date)s"


def test_hash_matches_msgfmt_when_a_step_carries_past_32_bits(tmp_path):
    """Keys (found by search) where `(h << 4) + byte` exceeds 32 bits: msgfmt truncates
    to 32 bits, so must we, or C gettext's hash lookup misses them."""
    keys = [
        "õéée日ktlx…어zdnãeçr本r",
        "’anñ日ñ’qm어ñ  j語ñw",
        "i日àk語gfàãp本gd本r’ngèidõw어ts’",
        "rj本ci한éuñ",
        "èyklq’tfmbjãsõ語어z本cqœlloéob",
    ]

    def reference(data: bytes) -> int:  # hash-string.c, transcribed with 32-bit words
        hval = 0
        for byte in data:
            hval = ((hval << 4) + byte) & 0xFFFFFFFF
            g = hval & 0xF0000000
            if g:
                hval ^= g >> 24
                hval ^= g
        return hval

    assert all(hash_string(k.encode()) == reference(k.encode()) for k in keys)
    many = [k.encode() for k in keys] * 5  # enough of one length to be hashed in lanes
    assert hash_strings(many) == [reference(k) for k in many]
    po = tmp_path / "fr" / "LC_MESSAGES" / "carry.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        + "".join(f'msgid "{k}"\nmsgstr "t{i}"\n\n' for i, k in enumerate(keys)),
        encoding="utf-8",
    )
    compile_catalogs(load_config(), paths=[po])
    subprocess.run(["msgfmt", "-o", str(tmp_path / "ref.mo"), str(po)], check=True)
    assert po.with_suffix(".mo").read_bytes() == (tmp_path / "ref.mo").read_bytes()
