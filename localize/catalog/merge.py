"""`update`: merge a template (POT) into a translated catalog, the way msgmerge does, fast.

For each template message: the translation with the same (msgctxt, msgid) is kept; else
the most similar translated message *with the same msgctxt* (similarity >= 0.6, as
msgmerge's FUZZY_THRESHOLD) lends its translation, marked fuzzy, with the old msgid kept
as `#| msgid` so the translator sees what changed; else the message is new. A kept entry
whose `msgid_plural` changed is marked fuzzy too (the plural forms were written for the
old text). Messages no longer in the template become obsolete `#~` entries, or are
dropped.

Why not babel's `Catalog.update`: it compares every new message with every old one with
difflib (3 s on Sphinx's catalog). Here a character-trigram index proposes a handful of
candidates per message and only those are scored, so the cost grows with the catalog,
not with its square.

Entries that do not change keep their original text (see `po.py`), so updating a catalog
that is already up to date leaves it byte-identical.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from heapq import nsmallest
from itertools import chain

from .po import Entry, PoFile

FUZZY_THRESHOLD = 0.6
_CANDIDATES = 12
_FORMAT_SUFFIX = "-format"


@dataclass(frozen=True)
class MergeStats:
    kept: int
    fuzzy: int
    new: int
    obsolete: int
    revived: int
    dropped: int
    plural_changed: int


def _grams(text: str) -> set[str]:
    text = f" {text.lower()} "
    if len(text) < 3:
        return {text}
    return set(map("".join, zip(text, text[1:], text[2:], strict=False)))


def _char_masks(text: str) -> dict[str, int]:
    """For each character of `text`, the bit set of its positions (for `_lcs_length`)."""
    masks: dict[str, int] = {}
    bit = 1
    for char in text:
        masks[char] = masks.get(char, 0) | bit
        bit <<= 1
    return masks


def _lcs_length(other: str, masks: dict[str, int], length: int) -> int:
    """Length of the longest common subsequence of `other` and the text of `masks`
    (`length` characters), bit-parallel (Allison-Dix / Hyyroe): one big-int step per
    character of `other` instead of difflib's quadratic search."""
    full = (1 << length) - 1
    row = full
    get = masks.get
    for char in other:
        matched = row & get(char, 0)
        row = (row + matched) | (row - matched)
    return length - (row & full).bit_count()


class FuzzyIndex:
    """Finds, for a msgid, the most similar translated msgid with the same msgctxt.

    The trigram index is built on the first search, so an update where every message
    is found by its key (the common CI check) never builds it.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._source = entries
        self._entries: list[Entry] = []
        self._grams: list[int] = []
        self._postings: dict[str | None, dict[str, list[int]]] | None = None

    def _build(self) -> dict[str | None, dict[str, list[int]]]:
        postings: dict[str | None, dict[str, list[int]]] = {}
        for entry in self._source:
            forms = entry.translations
            if entry.obsolete or entry.is_header or not forms or not forms[0]:
                continue
            index = len(self._entries)
            grams = _grams(entry.msgid)
            self._entries.append(entry)
            self._grams.append(len(grams))
            context = postings.get(entry.msgctxt)
            if context is None:
                context = postings[entry.msgctxt] = defaultdict(list)
            for gram in grams:
                context[gram].append(index)
        self._postings = postings
        return postings

    def best(self, msgid: str, msgctxt: str | None) -> tuple[Entry, float] | None:
        postings = self._postings if self._postings is not None else self._build()
        context = postings.get(msgctxt)
        if context is None:
            return None
        grams = _grams(msgid)
        counts = Counter(chain.from_iterable(context.get(gram, ()) for gram in grams))
        if not counts:
            return None
        size = len(grams)
        sizes = self._grams
        items = list(counts.items())
        # the most trigram-similar candidates (Dice coefficient), ties in first-seen order
        dice = [-2 * shared / (size + sizes[index]) for index, shared in items]
        ranked = [items[k] for k in nsmallest(_CANDIDATES, range(len(items)), key=dice.__getitem__)]
        # difflib's ratio() is costly; twice the longest common subsequence over the total
        # length bounds it from above (its matching blocks are a common subsequence). Score
        # the candidates from the highest bound down and stop when no bound can beat (or
        # tie) the best score; ties go to the higher-ranked candidate, as when scoring all.
        length = len(msgid)
        masks = _char_masks(msgid)
        bounded: list[tuple[float, int, Entry]] = []
        for rank, (index, _shared) in enumerate(ranked):
            entry = self._entries[index]
            other = len(entry.msgid)
            if 2 * min(length, other) / (length + other) < FUZZY_THRESHOLD:
                continue
            bound = 2.0 * _lcs_length(entry.msgid, masks, length) / (length + other)
            if bound >= FUZZY_THRESHOLD:
                bounded.append((bound, rank, entry))
        bounded.sort(key=lambda item: (-item[0], item[1]))
        best: tuple[Entry, float] | None = None
        best_rank = len(ranked)
        matcher: SequenceMatcher[str] | None = None
        for bound, rank, entry in bounded:
            if best is not None and bound < best[1]:
                break
            if matcher is None:
                matcher = SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(msgid)
            matcher.set_seq1(entry.msgid)
            score = matcher.ratio()
            if score >= FUZZY_THRESHOLD and (
                best is None or score > best[1] or (score == best[1] and rank < best_rank)
            ):
                best, best_rank = (entry, score), rank
        return best


def _merged_flags(template: Entry, old: Entry, fuzzy: bool) -> list[str]:
    """Format flags come from the template; the translator's own flags stay."""
    wanted = ["fuzzy"] if fuzzy else []
    wanted += [f for f in template.flags if f != "fuzzy"]
    wanted += [
        f for f in old.flags if f != "fuzzy" and not f.endswith(_FORMAT_SUFFIX) and f not in wanted
    ]
    if sorted(wanted) == sorted(old.flags):
        return old.flags
    return wanted


def _fit_forms(entry: Entry, template: Entry, nplurals: int) -> bool:
    """Make the entry singular or plural like the template; True when its shape changed."""
    if template.msgid_plural is not None and entry.msgid_plural is None:
        entry.msgstr_plural = [entry.msgstr] + [""] * (max(nplurals, 1) - 1)
        entry.msgstr = ""
        entry.msgid_plural = template.msgid_plural
        return True
    if template.msgid_plural is None and entry.msgid_plural is not None:
        entry.msgstr = entry.msgstr_plural[0] if entry.msgstr_plural else ""
        entry.msgstr_plural = []
        entry.msgid_plural = None
        return True
    return False


def merge(
    po: PoFile,
    pot: PoFile,
    *,
    nplurals: int = 2,
    keep_obsolete: bool = True,
    fuzzy_matching: bool = True,
) -> tuple[PoFile, MergeStats]:
    """The catalog updated to the template, and what happened (see the module docstring)."""
    live: dict[tuple[str | None, str], Entry] = {}
    dead: dict[tuple[str | None, str], Entry] = {}
    for entry in po.entries:
        if entry.is_header and not entry.obsolete:
            continue
        (dead if entry.obsolete else live).setdefault(entry.key, entry)
    index = FuzzyIndex(po.entries) if fuzzy_matching else None
    used: set[int] = set()
    out: list[Entry] = []
    header = po.header
    if header is not None:
        template_header = pot.header
        if template_header is not None:
            created = template_header.msgstr and _field(template_header.msgstr, "POT-Creation-Date")
            if created and _field(header.msgstr, "POT-Creation-Date") != created:
                po_fields = po.metadata()
                if "POT-Creation-Date" in po_fields:
                    po.set_metadata("POT-Creation-Date", created)
        out.append(header)
    kept = fuzzy = new = revived = plural_changed = 0
    for template in pot.entries:
        if template.obsolete or template.is_header:
            continue
        old = live.get(template.key)
        was_dead = False
        if old is None and template.key in dead:
            old = dead[template.key]
            was_dead = True
        if old is not None and id(old) not in used:
            used.add(id(old))
            entry = old
            entry.obsolete = False
            revived += was_dead
            changed_plural = (
                entry.msgid_plural is not None
                and template.msgid_plural is not None
                and entry.msgid_plural != template.msgid_plural
            )
            reshaped = _fit_forms(entry, template, nplurals)
            make_fuzzy = entry.fuzzy or reshaped or changed_plural
            if changed_plural:
                plural_changed += 1
                entry.previous_msgid = entry.msgid
                entry.previous_msgid_plural = entry.msgid_plural
                entry.msgid_plural = template.msgid_plural
            if make_fuzzy and not entry.untranslated:
                if not entry.fuzzy:
                    fuzzy += 1
            else:
                make_fuzzy = False
                entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
            entry.flags = _merged_flags(template, entry, make_fuzzy)
            if entry.references != template.references:
                entry.references = list(template.references)
            if entry.extracted != template.extracted:
                entry.extracted = list(template.extracted)
            kept += not make_fuzzy
            out.append(entry)
            continue
        match = index.best(template.msgid, template.msgctxt) if index is not None else None
        entry = Entry(
            template.msgid,
            msgctxt=template.msgctxt,
            msgid_plural=template.msgid_plural,
            extracted=list(template.extracted),
            references=list(template.references),
        )
        if match is not None:
            source = match[0]
            entry.comments = list(source.comments)
            entry.previous_msgctxt = source.msgctxt
            entry.previous_msgid = source.msgid
            entry.previous_msgid_plural = source.msgid_plural
            if template.msgid_plural is not None:
                forms = list(source.translations)
                entry.msgstr_plural = (
                    forms + [""] * (max(nplurals, 1) - len(forms))
                    if source.msgid_plural
                    else [forms[0]] + [""] * (max(nplurals, 1) - 1)
                )
            else:
                entry.msgstr = source.translations[0]
            entry.flags = ["fuzzy", *(f for f in template.flags if f != "fuzzy")]
            fuzzy += 1
        else:
            if template.msgid_plural is not None:
                entry.msgstr_plural = [""] * max(nplurals, 1)
            entry.flags = [f for f in template.flags if f != "fuzzy"]
            new += 1
        out.append(entry)
    obsolete = dropped = 0
    for entry in po.entries:
        if id(entry) in used or (entry.is_header and not entry.obsolete):
            continue
        if keep_obsolete:
            if not entry.obsolete:
                entry.obsolete = True
                entry.references = []
                entry.extracted = []
                obsolete += 1
            out.append(entry)
        else:
            dropped += 1
    merged = PoFile(out, path=po.path, trailing=po.trailing, newline=po.newline, width=po.width)
    return merged, MergeStats(kept, fuzzy, new, obsolete, revived, dropped, plural_changed)


def _field(msgstr: str, name: str) -> str | None:
    for line in msgstr.split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == name.lower():
            return value.strip()
    return None
