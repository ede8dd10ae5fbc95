"""update's fuzzy index: its shortcuts give exactly what the plain definition gives.

The definition (what msgmerge-like matching means here): among the translated entries
(obsolete ones too) with the same msgctxt, the 12 sharing the most character trigrams (Dice coefficient, ties to
the earlier entry) are candidates; the one with the best difflib ratio wins if it reaches
0.6 (ties to the better-ranked). The index gets there with byte-packed counts, a banded
selection, an early-stopping LCS bound and its own ratio; each is checked here against the
plain computation on the toolkit's real catalogs.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from localize.catalog import merge as merge_module
from localize.catalog.merge import FuzzyIndex, merge
from localize.catalog.po import Entry, parse_po

REPO = Path(__file__).resolve().parent.parent
LOCALES = REPO / "locales"
HEADER = (
    'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
)


def _catalog(locale: str):
    return parse_po((LOCALES / locale / "LC_MESSAGES" / "localize.po").read_text(encoding="utf-8"))


def _template():
    return parse_po((LOCALES / "localize.pot").read_text(encoding="utf-8"))


def _trigrams(text: str) -> set[str]:
    text = f" {text.lower()} "
    return {text[i : i + 3] for i in range(len(text) - 2)} if len(text) >= 3 else {text}


class _Plain:
    """The definition, computed the plain way: every translated entry scored."""

    def __init__(self, entries: list[Entry]) -> None:
        self.pools: dict[str | None, list[tuple[Entry, set[str]]]] = {}
        for e in entries:
            if not e.is_header and e.translations and e.translations[0]:
                self.pools.setdefault(e.msgctxt, []).append((e, _trigrams(e.msgid)))

    def best(self, msgid: str, msgctxt: str | None):
        query = _trigrams(msgid)
        pool = self.pools.get(msgctxt, [])
        scored = []
        for position, (_entry, grams) in enumerate(pool):
            shared = len(query & grams)
            if shared:
                scored.append((-2 * shared / (len(query) + len(grams)), position))
        best = None
        for _dice, position in sorted(scored)[:12]:
            entry = pool[position][0]
            ratio = SequenceMatcher(None, entry.msgid, msgid, autojunk=False).ratio()
            if ratio >= 0.6 and (best is None or ratio > best[1]):
                best = (entry, ratio)
        return best


def _edited_queries(template, count: int, seed: int) -> list[tuple[str, str | None]]:
    """Realistic changed messages: a word dropped or added, punctuation, case, a typo fix,
    two messages run together (long ones beyond the byte-count limit too)."""
    rnd = random.Random(seed)
    messages = [e for e in template.messages if e.msgid]
    queries: list[tuple[str, str | None]] = []
    while len(queries) < count:
        entry = rnd.choice(messages)
        words = entry.msgid.split(" ")
        kind = rnd.randrange(6)
        if kind == 0 and len(words) > 2:
            del words[rnd.randrange(len(words))]
        elif kind == 1:
            words.insert(rnd.randrange(len(words) + 1), rnd.choice(["now", "please", "all"]))
        elif kind == 2:
            words[-1] = words[-1].rstrip(".!:") + rnd.choice(["!", ".", "…", ":"])
        elif kind == 3:
            words = [w.upper() if rnd.random() < 0.3 else w for w in words]
        elif kind == 4:
            words += rnd.choice(messages).msgid.split(" ")
        else:
            words = " ".join(rnd.choice(messages).msgid for _ in range(4)).split(" ")
        queries.append((" ".join(words), entry.msgctxt))
    # and always one beyond the byte-count limit: the longest messages run together
    longest = sorted(messages, key=lambda e: len(e.msgid))[-6:]
    queries.append((" ".join(e.msgid for e in longest), None))
    queries.append(("error", "severity"))
    queries.append(("Warning", "no such context"))
    return queries


@pytest.mark.parametrize(("locale", "guess"), [("fr", 0.1), ("ja", 0.45), ("pt_BR", 0.01)])
def test_index_matches_the_plain_definition_on_real_catalogs(locale, guess, monkeypatch):
    # the first guess of the bar (too high, too low) changes the work, never the answer
    monkeypatch.setattr(merge_module, "_FIRST_BAR", guess)
    entries = _catalog(locale).entries
    queries = _edited_queries(_template(), 160, seed=len(locale))
    assert any(len(_trigrams(m)) > merge_module._BYTE for m, _ctx in queries)
    found = FuzzyIndex(entries).best_many(queries)
    plain = _Plain(entries)
    expected = [plain.best(msgid, msgctxt) for msgid, msgctxt in queries]
    assert found == expected
    assert sum(match is not None for match in found) > 40


@pytest.mark.parametrize("guess", [0.005, 0.1, 0.3, 0.6])
def test_candidates_are_exactly_the_top_twelve_by_dice(guess, monkeypatch):
    monkeypatch.setattr(merge_module, "_FIRST_BAR", guess)
    entries = _catalog("id").entries
    plain = _Plain(entries)
    pool = plain.pools[None]
    queries = [m for m, c in _edited_queries(_template(), 120, seed=21) if c is None]
    query_grams = [_trigrams(m) for m in queries if len(_trigrams(m)) <= merge_module._BYTE]
    sizes = [len(grams) for _entry, grams in pool]
    columns = merge_module._shared_counts([grams for _entry, grams in pool], query_grams)
    ranker = merge_module._Ranker(sizes)
    for grams, counts in zip(query_grams, columns, strict=True):
        scored = sorted(
            (-2 * len(grams & own) / (len(grams) + len(own)), position)
            for position, (_entry, own) in enumerate(pool)
            if grams & own
        )
        assert ranker.top(counts, len(grams)) == [position for _d, position in scored[:12]]


@pytest.mark.parametrize("guess", [0.01, 0.2, 0.5])
def test_candidates_are_exact_with_many_ties_and_long_messages(guess, monkeypatch):
    # few distinct words: many entries of equal size and equal score (ties at every
    # threshold), long ones sharing more trigrams than a byte level holds, and queries
    # too long for byte counts
    monkeypatch.setattr(merge_module, "_FIRST_BAR", guess)
    rnd = random.Random(int(guess * 100))
    words = ["calm", "breathe", "help", "now", "talk", "safe", "you", "are", "not", "alone"]

    def sentence(n: int) -> str:
        return " ".join(rnd.choice(words) for _ in range(n))

    real = sorted((e.msgid for e in _template().messages), key=len)[-40:]
    pool = [sentence(rnd.choice([2, 3, 3, 4, 12, 30])) for _ in range(300)] + real
    rnd.shuffle(pool)
    sets = [_trigrams(text) for text in pool]
    sizes = list(map(len, sets))
    ranker = merge_module._Ranker(sizes)
    queries = [sentence(rnd.choice([2, 3, 5, 25, 40])) for _ in range(60)]
    queries += [text.replace("the", "a") for text in real[::4]]
    queries += [" ".join(rnd.sample(real, 5)) for _ in range(5)]
    short = [_trigrams(q) for q in queries if len(_trigrams(q)) <= merge_module._BYTE]
    long = [_trigrams(q) for q in queries if len(_trigrams(q)) > merge_module._BYTE]
    assert long and max(max(len(g & s) for s in sets) for g in short) > merge_module._LEVELS
    for grams, counts in zip(short, merge_module._shared_counts(sets, short), strict=True):
        found = ranker.top(counts, len(grams))
        assert found == _plain_top(grams, sets)
        # asked again, the bar starts at exactly its last candidate's score
        assert ranker.top(counts, len(grams)) == found
    for grams, counts in zip(long, merge_module._shared_counts(sets, long, 2), strict=True):
        shared = memoryview(counts).cast("H")
        assert merge_module._top_counted(shared, len(grams), sizes) == _plain_top(grams, sets)


def _plain_top(grams: set[str], sets: list[set[str]]) -> list[int]:
    scored = sorted(
        (-2 * len(grams & own) / (len(grams) + len(own)), position)
        for position, own in enumerate(sets)
        if grams & own
    )
    return [position for _dice, position in scored[:12]]


def test_index_gives_the_same_answers_in_small_batches(monkeypatch):
    entries = _catalog("es").entries
    queries = _edited_queries(_template(), 40, seed=3)
    whole = FuzzyIndex(entries).best_many(queries)
    monkeypatch.setattr(merge_module, "_MATRIX_BYTES", 1)  # one query per pass
    assert FuzzyIndex(entries).best_many(queries) == whole
    assert [FuzzyIndex(entries).best(m, c) for m, c in queries[:10]] == whole[:10]


def test_ratio_is_difflibs_exactly():
    rnd = random.Random(11)
    msgids = [e.msgid for e in _template().messages][:120]
    pairs = [(a, b) for a in msgids[:40] for b in msgids]
    for alphabet in ("ab", "abc ", "aab c"):
        pairs += [
            (
                "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(25))),
                "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(25))),
            )
            for _ in range(1500)
        ]
    for a, b in pairs:
        assert merge_module._ratio(a, b) == SequenceMatcher(None, a, b, autojunk=False).ratio()


def _lcs(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for char in a:
        previous = 0
        for j, other in enumerate(b):
            previous, row[j + 1] = (
                row[j + 1],
                (previous + 1 if char == other else max(row[j + 1], row[j])),
            )
    return row[-1]


def test_early_stopping_lcs_bound_is_exact():
    rnd = random.Random(5)
    msgids = [e.msgid for e in _template().messages if 0 < len(e.msgid) < 60]
    for _ in range(400):
        a, b = rnd.choice(msgids), rnd.choice(msgids)
        if rnd.random() < 0.3:
            b = a.replace("e", "").upper() if rnd.random() < 0.5 else a[::-1]
        masks = merge_module._char_masks(b)
        common = _lcs(a, b)
        for need in range(max(common - 2, 0), common + 3):
            assert merge_module._lcs_reaches(a, masks, len(b), need) is (common >= need)


def test_equal_candidates_go_to_the_earlier_entry_whatever_the_hash_seed():
    date = 'msgid "Enter a valid date."\nmsgstr "Saisissez une date valide."\n\n'
    time = 'msgid "Enter a valid time."\nmsgstr "Saisissez une heure valide."\n\n'
    pot = parse_po(HEADER + 'msgid "Enter a valid domain name."\nmsgstr ""\n')
    first, _ = merge(parse_po(HEADER + date + time), pot)
    assert first.messages[0].msgstr == "Saisissez une date valide."
    second, _ = merge(parse_po(HEADER + time + date), pot)
    assert second.messages[0].msgstr == "Saisissez une heure valide."
    po_text = HEADER + date + time
    pot_text = HEADER + 'msgid "Enter a valid domain name."\nmsgstr ""\n'
    script = (
        "from localize.catalog.merge import merge\n"
        "from localize.catalog.po import parse_po\n"
        f"merged, _ = merge(parse_po({po_text!r}), parse_po({pot_text!r}))\n"
        "print(merged.messages[0].msgstr)\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "4", "7")
    }
    assert outputs == {"Saisissez une date valide.\n"}


def test_fuzzy_result_does_not_depend_on_where_an_obsolete_entry_comes_back():
    po_text = (
        HEADER
        + 'msgid "Keep going."\nmsgstr "Continuez."\n\n'
        + '#~ msgid "Breathe in slowly."\n#~ msgstr "Inspirez lentement."\n'
    )
    revive = 'msgid "Breathe in slowly."\nmsgstr ""\n\n'
    changed = 'msgid "Breathe in slowly, please."\nmsgstr ""\n\n'
    before, _ = merge(parse_po(po_text), parse_po(HEADER + revive + changed))
    after, _ = merge(parse_po(po_text), parse_po(HEADER + changed + revive))
    by_key = {e.msgid: e for e in after.messages}
    for merged in (before, after):
        entries = {e.msgid: e for e in merged.messages}
        assert entries["Breathe in slowly."].msgstr == "Inspirez lentement."
        assert not entries["Breathe in slowly."].fuzzy
        assert (
            entries["Breathe in slowly, please."].msgstr
            == by_key["Breathe in slowly, please."].msgstr
        )


def test_merge_takes_its_fuzzy_translations_from_the_index():
    queries = [
        (m, c)
        for m, c in _edited_queries(_template(), 40, seed=9)
        if '"' not in m and "\\" not in m
    ]
    pot = parse_po(
        HEADER
        + "".join(
            (f'msgctxt "{c}"\n' if c else "") + f'msgid "{m}"\nmsgstr ""\n\n' for m, c in queries
        )
    )
    known = {e.key for e in _catalog("ko").messages}
    expected = FuzzyIndex(_catalog("ko").entries).best_many(
        [(e.msgid, e.msgctxt) for e in pot.messages]
    )
    merged, stats = merge(_catalog("ko"), pot, nplurals=1)
    fuzzy = 0
    for template, entry, match in zip(pot.messages, merged.messages, expected, strict=True):
        assert entry.key == template.key
        if template.key in known:
            continue
        if match is None:
            assert not entry.fuzzy and entry.msgstr == ""
        else:
            fuzzy += 1
            assert entry.fuzzy and entry.previous_msgid == match[0].msgid
            assert entry.msgstr == match[0].translations[0]  # a plural source lends form 0
    assert stats.fuzzy == fuzzy > 5


@pytest.mark.parametrize(
    ("extra", "width"),
    [
        (["Données : {count} fichier", "ÀÉÎ õü ß"], 1),  # Latin-1: a byte a character
        (["Données… 3 fichiers", "ファイルを開く", "İstanbul", "ΣΑΣ Σ ΟΔΌΣ"], 2),  # the BMP
        (["Stay safe 💚", "💚💚💚"], 0),  # beyond the BMP: string trigrams
    ],
)
def test_packed_trigram_sets_are_the_string_trigrams(extra, width):
    # same sizes and same intersections as the plain trigram sets: the Dice coefficients
    texts = [e.msgid for e in _template().messages if max(e.msgid, default="") < "\u0100"][:150]
    texts += ["", "a", "ab", "A", "aaaa", "Aa aA", "a  b", " ", *extra]
    lowered = [text.lower() for text in texts]
    assert merge_module._char_width(lowered) == width
    packed = merge_module._gram_sets(lowered, width)
    plain = [_trigrams(text) for text in texts]
    assert [len(s) for s in packed] == [len(s) for s in plain]
    for a in range(len(texts)):
        for b in range(len(texts)):
            assert len(packed[a] & packed[b]) == len(plain[a] & plain[b])
