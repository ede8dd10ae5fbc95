"""`update`: merge a template (POT) into a translated catalog, the way msgmerge does, fast.

For each template message: the translation with the same (msgctxt, msgid) is kept; else
the most similar translated message *with the same msgctxt* (similarity >= 0.6, as
msgmerge's FUZZY_THRESHOLD) lends its translation, marked fuzzy, with the old msgid kept
as `#| msgid` so the translator sees what changed; else the message is new. A kept entry
whose `msgid_plural` changed is marked fuzzy too (the plural forms were written for the
old text). Messages no longer in the template become obsolete `#~` entries, or are
dropped; as with msgmerge, an old message whose translation went to a fuzzy entry is not
kept as well (its text is the fuzzy entry's `#| msgid`).

"Most similar", precisely: among the old catalog's translated entries with the same
msgctxt, obsolete ones included (msgmerge's sources too: a message taken out and put back
reworded gets its old translation back), the 12 sharing the most lowercase character
trigrams (Dice coefficient) are candidates, and the one with the best difflib ratio wins;
ties go to the earlier entry in the catalog, so the result never depends on hashing or on
template order.

Why not babel's `Catalog.update`: it compares every new message with every old one with
difflib (3 s on Sphinx's catalog). Here the messages that need a fuzzy match are
collected first and answered in one batch (`FuzzyIndex.best_many`): their trigrams are
indexed, each old entry is read once for all of them, and the candidates are picked and
checked with byte- and bit-level shortcuts that give exactly the result of the plain
computation above (tests/test_catalog_merge_index.py compares them).

Entries that do not change keep their original text (see `po.py`), so updating a catalog
that is already up to date leaves it byte-identical.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import compress, repeat
from operator import add, truediv

from ..records import TYPE_CHECKING, Record
from .po import Entry, PoFile

if TYPE_CHECKING:
    from array import array

FUZZY_THRESHOLD = 0.6
_CANDIDATES = 12
_FORMAT_SUFFIX = "-format"
_STRIDE = 4
"""Fewest characters `_lcs_reaches` steps between two checks of its bound."""
_BYTE = 255
"""Shared-trigram counts are packed one byte a query; a message with more distinct trigrams
than this (over ~250 characters) is counted on 16 bits in a pass of its own and its
candidates scored plainly (`_top_counted`)."""
_MATRIX_BYTES = 1 << 25
"""At most this many count bytes (pool entries x queries) exist at a time."""
_CHUNK = 512
"""Pool entries whose trigrams are made at a time: few enough to stay in the CPU cache."""
_BANDS = 8
_LEVELS = 32
"""Entries are ranked through one byte each: their size band (of `_BANDS`, by size
quantile) times `_LEVELS`, plus their shared-trigram count capped at `_LEVELS - 1`."""
_FIELD_FORMATS = {2: "H", 4: "I"}
_FIRST_BAR = 0.1
"""First guess of the half Dice coefficient of a query's last candidate (then the previous
query's); a wrong guess costs time only."""
_CAPPED = bytes(min(v, _LEVELS - 1) for v in range(256))
# _ABOVE[s]: for one band, 1 for the levels >= s, and always for the capped top level
_ABOVE = [bytes(s) + b"\x01" * (_LEVELS - s) for s in range(_LEVELS)] + [
    bytes(_LEVELS - 1) + b"\x01"
]


class MergeStats(Record):
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


def _char_width(lowered: Iterable[str]) -> int:
    """Bytes a character needs for `_gram_sets` to pack the lowercased texts' trigrams
    (1: Latin-1, 2: the BMP), or 0: texts beyond the BMP keep string trigrams."""
    text = "".join(lowered)
    if text.isascii():
        return 1
    try:
        text.encode("latin-1")
        return 1
    except UnicodeEncodeError:
        pass
    try:
        return 2 if len(text.encode("utf-16-le")) == 2 * len(text) else 0
    except UnicodeEncodeError:  # a lone surrogate
        return 0


def _gram_sets(lowered: Sequence[str], width: int) -> list[set[int]] | list[set[str]]:
    """For lowercased texts, what `_grams` gives, as sets of integers: each trigram packed
    into one (`width` bytes a character), a text without any (the empty one) {-1}.

    Sets of the same sizes and the same intersections as `_grams`' sets of strings, made
    about twice as fast: making and hashing a three-character string for every position
    of every text was the index's largest cost. Here all the texts are written, padded,
    into one line, its characters copied into every fourth byte (or 16-bit unit) of a
    buffer three times, shifted by one, so that each 4-byte (8-byte) word of the buffer
    holds the trigram starting at its position; the words are read as integers in one
    call and each text's slice of them makes its set.
    """
    if not width:
        return [_grams(text) for text in lowered]  # lowering twice changes nothing
    if not lowered:
        return []
    line = " " + "  ".join(lowered) + " "
    size = len(line) - 2  # trigram positions
    if width == 1:
        chars: bytes | array[int] = line.encode("latin-1")
        words: bytearray | array[int] = bytearray(4 * size)
        word = "I"
    else:
        from array import array  # here: loading the extension costs start-up time

        chars = array("H", line.encode("utf-16-le"))
        words = array("H", bytes(8 * size))
        word = "Q"
    words[0::4] = chars[:size]
    words[1::4] = chars[1 : size + 1]
    words[2::4] = chars[2:]
    codes = memoryview(words).cast("B").cast(word).tolist()
    sets = []
    start = 0
    for text in lowered:
        end = start + len(text)
        sets.append(set(codes[start:end]) if end > start else {-1})
        start = end + 2
    return sets


def _char_masks(text: str) -> dict[str, int]:
    """For each character of `text`, the bit set of its positions (for `_lcs_reaches`)."""
    masks: dict[str, int] = {}
    bit = 1
    for char in text:
        masks[char] = masks.get(char, 0) | bit
        bit <<= 1
    return masks


def _lcs_reaches(other: str, masks: dict[str, int], length: int, need: int) -> bool:
    """Whether the longest common subsequence of `other` and the text of `masks` (`length`
    characters) is at least `need` long.

    Bit-parallel (Allison-Dix / Hyyroe): one big-int step per character of `other`, the
    row holding, for every prefix of the text, its LCS with the characters read so far.
    It stops as soon as the result cannot reach `need`: with `r` characters of `other`
    left, the LCS is at most that of the text's first `length - r` characters (the zeros
    of the row's low bits) plus `r`; that bound drops by at most one a character, so the
    next check is placed where it first could fall below `need` (at least a few
    characters on, checks cost more than steps).
    """
    size = len(other)
    row = (1 << length) - 1
    get = masks.get
    done = 0
    slack = min(size, length) - need
    while True:
        stop = min(size, done + max(slack + 1, _STRIDE))
        for char in other[done:stop]:
            matched = row & get(char, 0)
            row = (row + matched) | (row - matched)
        done = stop
        left = size - done
        head = length - left
        bound = left + (head - (row & ((1 << head) - 1)).bit_count() if head > 0 else 0)
        if done == size:
            return bound >= need
        slack = bound - need
        if slack < 0:
            return False


def _ratio(a: str, b: str) -> float:
    """`difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()`, exactly, faster.

    difflib's matching blocks: the longest common substring of the two (the one that
    starts first in `a`, then first in `b`), then recursively the same left and right of
    it; the ratio is twice their total length over the total length. difflib finds each
    block with a Python loop over every pair of equal characters; here it is found with
    substring searches (C): for each start in `a`, test only whether a block longer than
    the best so far starts there.
    """
    total = len(a) + len(b)
    if not total:
        return 1.0
    matched = 0
    todo = [(0, len(a), 0, len(b))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        part = b[blo:bhi]
        size = 0
        start = alo
        i = alo
        while i + size < ahi:
            if a[i : i + size + 1] in part:
                size += 1
                while i + size < ahi and a[i : i + size + 1] in part:
                    size += 1
                start = i
            i += 1
        if size:
            j = part.find(a[start : start + size]) + blo
            matched += size
            if alo < start and blo < j:
                todo.append((alo, start, blo, j))
            if start + size < ahi and j + size < bhi:
                todo.append((start + size, ahi, j + size, bhi))
    return 2.0 * matched / total


def _least(total: int, floor: float, strict: bool) -> int:
    """The least `n` with `2.0 * n / total` at least (`strict`: above) `floor`, computed
    with the same float expression as difflib's ratio, so the comparison is exact."""
    n = int(floor * total / 2)  # never above the answer: the product errs by far below 1
    if strict:
        while 2.0 * n / total <= floor:
            n += 1
    else:
        while 2.0 * n / total < floor:
            n += 1
    return n


class _Ranker:
    """Picks, for queries against one pool, the (at most `_CANDIDATES`) entries with the
    highest trigram Dice coefficient 2s / (k + n), best first, ties to the earlier entry
    (`s`: trigrams shared with the query, `k`: the query's, `n`: the entry's own).

    Scoring every entry sharing a trigram would cost a Python step each (hundreds a
    query). Instead each entry gets one byte holding its size band and its shared count
    (capped), and one `bytes.translate` keeps the entries whose count could reach a given
    coefficient for the smallest size in their band; only those are scored. When fewer
    than `_CANDIDATES` of them reach it, the bar is lowered (to the last score found) and
    the selection redone. The kept set always holds every entry at or above the bar, so
    the result is exactly the top of a full scoring; the bar carries over from the
    previous query as a first guess.
    """

    def __init__(self, sizes: list[int]) -> None:
        self.sizes = sizes
        self.every = list(range(len(sizes)))
        ordered = sorted(sizes)
        self.edges = sorted({ordered[len(sizes) * b // _BANDS] for b in range(_BANDS)})
        # an entry's band: that of the last edge at or below its size (the first edge is
        # the smallest size), looked up by size
        band_of: list[int] = []
        for band, edge in enumerate(self.edges):
            band_of += [band - 1] * (edge - len(band_of))
        last = len(band_of)
        band_of.append(len(self.edges) - 1)
        bands = [band_of[min(n, last)] for n in sizes]
        self.base = int.from_bytes(bytes(band * _LEVELS for band in bands), "little")
        self.unused = bytes(256 - len(self.edges) * _LEVELS)  # bands left empty by ties
        self.bar = _FIRST_BAR

    def top(self, counts: bytes, k: int) -> list[int]:
        size = len(counts)
        present = size - counts.count(0)
        if not present:
            return []
        sizes = self.sizes
        if present <= _CANDIDATES:
            chosen = list(compress(self.every, counts))
            selected = None
        else:
            capped = int.from_bytes(counts.translate(_CAPPED), "little") + self.base
            selected = capped.to_bytes(size, "little")
        bar = self.bar
        while True:
            if selected is not None:
                table = b"".join([_ABOVE[_least_shared(k + e, bar)] for e in self.edges])
                table += self.unused
                chosen = list(compress(self.every, selected.translate(table)))
            # s / (k + n): half the Dice coefficient, exactly (a float halves exactly), so
            # the same order and the same ties as scoring 2s / (k + n)
            scores = list(
                map(
                    truediv,
                    map(counts.__getitem__, chosen),
                    map(add, map(sizes.__getitem__, chosen), repeat(k)),
                )
            )
            order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
            del order[_CANDIDATES:]
            if selected is None or len(chosen) == present:
                break
            if len(order) == _CANDIDATES:
                last = scores[order[-1]]
                if last >= bar:
                    break
                bar = last
            else:
                bar /= 3
        if len(order) == _CANDIDATES:
            self.bar = scores[order[-1]]
        return [chosen[j] for j in order]


def _least_shared(denominator: int, bar: float) -> int:
    """The least shared count `s` >= 1 with `s / denominator >= bar` (as floats), at most
    `_LEVELS`: an entry whose size is at least `denominator - k` scores below the bar
    with fewer shared trigrams."""
    s = max(int(bar * denominator), 1)
    while s > 1 and (s - 1) / denominator >= bar:
        s -= 1
    while s / denominator < bar and s < _LEVELS:
        s += 1
    return min(s, _LEVELS)


def _top_counted(counts: Sequence[int], k: int, sizes: Sequence[int]) -> list[int]:
    """`_Ranker.top` for queries too long for byte counts (rare): every sharing entry scored."""
    ranked = sorted(
        (-2 * shared / (k + n), i)
        for i, (shared, n) in enumerate(zip(counts, sizes, strict=True))
        if shared
    )
    return [i for _dice, i in ranked[:_CANDIDATES]]


def _shared_counts(
    pool: Iterable[set[str]], queries: Sequence[set[str]], field: int = 1
) -> list[bytes]:
    """For each query, `field` bytes (little-endian) per pool entry: how many trigrams the
    two share.

    The query side is indexed (few messages need a fuzzy match): each trigram maps to an
    integer with a 1 in the field of every query containing it, so summing those integers
    over one entry's trigrams counts, in one C-level pass, its shared trigrams with every
    query at once (a field cannot overflow: a count is at most the query's trigram count,
    which the caller makes fit).
    """
    width = len(queries) * field
    index: dict[str, int] = {}
    get = index.get
    for j, grams in enumerate(queries):
        bit = 1 << (8 * field * j)
        for gram in grams:
            index[gram] = get(gram, 0) | bit
    # trigrams in no query are left out before summing (adding 0 to a big integer
    # still makes a new one)
    rows = b"".join(
        [sum(filter(None, map(get, grams))).to_bytes(width, "little") for grams in pool]
    )
    if field == 1:
        return [rows[j::width] for j in range(width)]
    fields = memoryview(rows).cast(_FIELD_FORMATS[field])
    return [fields[j :: len(queries)].tobytes() for j in range(len(queries))]


def _pick(
    msgid: str,
    pool: Sequence[Entry],
    ranked: Sequence[int],
    reach: dict[int, int] | None = None,
) -> tuple[Entry, float] | None:
    """Among the ranked candidates, the one with the best difflib ratio (>= the threshold),
    ties to the better-ranked one.

    difflib's ratio is costly; twice the longest common subsequence over the total length
    bounds it from above (its matching blocks are a common subsequence), so a candidate is
    scored only when that bound can beat the best so far, and the bound itself is computed
    only as far as needed to tell. `reach` caches, by total length, the common length the
    threshold needs (the same for every query).
    """
    if reach is None:
        reach = {}
    length = len(msgid)
    masks: dict[str, int] | None = None
    best: tuple[Entry, float] | None = None
    for index in ranked:
        entry = pool[index]
        other = entry.msgid
        total = length + len(other)
        if not total:  # both empty: identical
            if best is None:
                best = (entry, 1.0)
            continue
        if best is None:
            need = reach.get(total)
            if need is None:
                need = reach[total] = _least(total, FUZZY_THRESHOLD, strict=False)
        else:
            need = _least(total, best[1], strict=True)
        if need > length or need > len(other):
            continue
        if masks is None:
            masks = _char_masks(msgid)
        if not _lcs_reaches(other, masks, length, need):
            continue
        score = _ratio(other, msgid)
        if score >= FUZZY_THRESHOLD and (best is None or score > best[1]):
            best = (entry, score)
    return best


class FuzzyIndex:
    """Finds, for msgids, the most similar translated msgid with the same msgctxt, the way
    msgmerge does: the candidates sharing the most character trigrams (Dice coefficient),
    then the best difflib ratio among them.

    Searches are answered in batches (`best_many`): the handful of messages that need a
    fuzzy match are indexed, and each translated entry is read once for all of them.
    Nothing is built before a search, so an update where every message is found by its
    key (the common CI check) costs no trigram at all.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._pools: dict[str | None, list[Entry]] = {}
        for entry in entries:
            # translated (a first form), not the header: `Entry.translations` and
            # `is_header` spelled out, without a property call and a list per entry
            if entry.msgid_plural is None:
                if not entry.msgstr:
                    continue
            elif not entry.msgstr_plural or not entry.msgstr_plural[0]:
                continue
            if not entry.msgid and entry.msgctxt is None:
                continue
            pool = self._pools.get(entry.msgctxt)
            if pool is None:
                pool = self._pools[entry.msgctxt] = []
            pool.append(entry)

    def _rank(self, msgctxt: str | None, msgids: Sequence[str]) -> list[list[int]]:
        """For each msgid, the positions in the context's pool of its fuzzy candidates.

        One pass over the pool per batch of queries (usually one for all): the entries'
        trigrams are made `_CHUNK` entries at a time, counted while still in the CPU cache
        and then dropped, so memory stays at the count bytes whatever the catalog's size.
        """
        pool = self._pools[msgctxt]
        texts = [entry.msgid.lower() for entry in pool]
        queries = [msgid.lower() for msgid in msgids]
        char_width = _char_width(texts + queries)
        grams = _gram_sets(queries, char_width)
        short = [j for j, g in enumerate(grams) if len(g) <= _BYTE]
        long = [j for j, g in enumerate(grams) if len(g) > _BYTE]
        step = max(1, _MATRIX_BYTES // len(pool))
        batches = [(short[s : s + step], 1) for s in range(0, len(short), step)]
        field = 2 if all(len(grams[j]) <= 0xFFFF for j in long) else 4
        step = max(1, step // field)
        batches += [(long[s : s + step], field) for s in range(0, len(long), step)]
        sizes: list[int] = []

        def pool_grams() -> Iterator[set[int] | set[str]]:
            for start in range(0, len(texts), _CHUNK):
                chunk = _gram_sets(texts[start : start + _CHUNK], char_width)
                if len(sizes) < len(texts):
                    sizes.extend(map(len, chunk))
                yield from chunk

        ranked: list[list[int]] = [[] for _ in msgids]
        ranker: _Ranker | None = None
        for batch, width in batches:
            columns = _shared_counts(pool_grams(), [grams[j] for j in batch], width)
            for j, counts in zip(batch, columns, strict=True):
                if width == 1:
                    if ranker is None:
                        ranker = _Ranker(sizes)
                    ranked[j] = ranker.top(counts, len(grams[j]))
                else:
                    shared = memoryview(counts).cast(_FIELD_FORMATS[width])
                    ranked[j] = _top_counted(shared, len(grams[j]), sizes)
        return ranked

    def best(self, msgid: str, msgctxt: str | None) -> tuple[Entry, float] | None:
        return self.best_many([(msgid, msgctxt)])[0]

    def best_many(
        self, queries: Sequence[tuple[str, str | None]]
    ) -> list[tuple[Entry, float] | None]:
        """For each (msgid, msgctxt), the best match and its similarity, or None."""
        results: list[tuple[Entry, float] | None] = [None] * len(queries)
        by_context: dict[str | None, list[int]] = {}
        for position, (_msgid, msgctxt) in enumerate(queries):
            if msgctxt in self._pools:
                by_context.setdefault(msgctxt, []).append(position)
        reach: dict[int, int] = {}
        for msgctxt, asked in by_context.items():
            pool = self._pools[msgctxt]
            msgids = [queries[p][0] for p in asked]
            for position, msgid, candidates in zip(
                asked, msgids, self._rank(msgctxt, msgids), strict=True
            ):
                results[position] = _pick(msgid, pool, candidates, reach)
        return results


def _merged_flags(template: Entry, old: Entry, fuzzy: bool) -> list[str]:
    """Format flags come from the template; the translator's own flags stay."""
    if not fuzzy and old.flags == template.flags and "fuzzy" not in old.flags:
        return old.flags  # what the general case returns for equal flags, without the lists
    wanted = ["fuzzy"] if fuzzy else []
    wanted += [f for f in template.flags if f != "fuzzy"]
    wanted += [
        f for f in old.flags if f != "fuzzy" and not f.endswith(_FORMAT_SUFFIX) and f not in wanted
    ]
    if sorted(wanted) == sorted(old.flags):
        return old.flags
    return wanted


def _fit_forms(entry: Entry, template: Entry, forms: Callable[[], int]) -> bool:
    """Make the entry singular or plural like the template; True when its shape changed."""
    if template.msgid_plural is not None and entry.msgid_plural is None:
        entry.msgstr_plural = [entry.msgstr] + [""] * (forms() - 1)
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
    nplurals: int | Callable[[], int] = 2,
    keep_obsolete: bool = True,
    fuzzy_matching: bool = True,
) -> tuple[PoFile, MergeStats]:
    """The catalog updated to the template, and what happened (see the module docstring).

    `nplurals` may be a function: it is called once, and only if a plural entry is made or
    reshaped (judging a catalog's Plural-Forms costs more than many whole updates).
    """

    @cache
    def forms() -> int:
        return max(nplurals() if callable(nplurals) else nplurals, 1)

    live: dict[tuple[str | None, str], Entry] = {}
    dead: dict[tuple[str | None, str], Entry] = {}
    # (`Entry.is_header` and `key` spelled out in the loops over every entry)
    for entry in po.entries:
        if entry.obsolete:
            dead.setdefault((entry.msgctxt, entry.msgid), entry)
        elif entry.msgid or entry.msgctxt is not None:
            live.setdefault((entry.msgctxt, entry.msgid), entry)
    # which template message keeps which old entry; the others look for a fuzzy match,
    # all at once, among the old catalog's translated entries
    templates = [t for t in pot.entries if not t.obsolete and (t.msgid or t.msgctxt is not None)]
    olds: list[Entry | None] = []
    used: set[int] = set()
    queries: list[Entry] = []
    for template in templates:
        key = (template.msgctxt, template.msgid)
        old = live.get(key)
        if old is None:
            old = dead.get(key)
        if old is not None and id(old) not in used:
            used.add(id(old))
        else:
            old = None
            queries.append(template)
        olds.append(old)
    found = (
        FuzzyIndex(po.entries).best_many([(t.msgid, t.msgctxt) for t in queries])
        if fuzzy_matching and queries
        else [None] * len(queries)
    )
    used.update(id(match[0]) for match in found if match is not None)
    matches = iter(found)
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
    for template, old in zip(templates, olds, strict=True):
        if old is not None:
            entry = old
            if entry.obsolete:
                entry.obsolete = False
                revived += 1
            plural = template.msgid_plural
            old_plural = entry.msgid_plural
            changed_plural = old_plural is not None and plural is not None and old_plural != plural
            # (the calls only where they can change something: most entries keep both)
            reshaped = (plural is None) != (old_plural is None) and _fit_forms(
                entry, template, forms
            )
            was_fuzzy = "fuzzy" in entry.flags
            make_fuzzy = was_fuzzy or reshaped or changed_plural
            if changed_plural:
                plural_changed += 1
                entry.previous_msgid = entry.msgid
                entry.previous_msgid_plural = old_plural
                entry.msgid_plural = plural
            if make_fuzzy and not entry.untranslated:
                fuzzy += not was_fuzzy
            else:
                make_fuzzy = False
                entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
            if make_fuzzy or was_fuzzy or entry.flags != template.flags:
                entry.flags = _merged_flags(template, entry, make_fuzzy)
            if entry.references != template.references:
                entry.references = list(template.references)
            if entry.extracted != template.extracted:
                entry.extracted = list(template.extracted)
            kept += not make_fuzzy
            out.append(entry)
            continue
        match = next(matches)
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
                translations = list(source.translations)
                entry.msgstr_plural = (
                    translations + [""] * (forms() - len(translations))
                    if source.msgid_plural
                    else [translations[0]] + [""] * (forms() - 1)
                )
            else:
                entry.msgstr = source.translations[0]
            entry.flags = ["fuzzy", *(f for f in template.flags if f != "fuzzy")]
            fuzzy += 1
        else:
            if template.msgid_plural is not None:
                entry.msgstr_plural = [""] * forms()
            entry.flags = [f for f in template.flags if f != "fuzzy"]
            new += 1
        out.append(entry)
    obsolete = dropped = 0
    for entry in po.entries:
        if id(entry) in used or not (entry.obsolete or entry.msgid or entry.msgctxt is not None):
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
