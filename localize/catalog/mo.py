"""MO files exactly as GNU msgfmt writes them.

Why our own writer: babel (2.18) writes keys unsorted when msgctxt is used and no hash
table, and C gettext's binary search then misses entries; polib writes no hash table.
GNU libintl looks a key up by its hash first and falls back to binary search over the
keys sorted by their bytes, so both must be right. This module reproduces msgfmt's
layout (gettext-tools `write-mo.c`, format revision 0): header, sorted original and
translation descriptor tables, the open-addressing hash table (size: the next prime
>= 4/3 of the strings, double hashing with `1 + h % (size - 2)`), then the strings,
NUL-terminated and unaligned. Like msgfmt 0.20+, the `POT-Creation-Date` header line is
dropped so builds are reproducible. System-dependent strings (`<PRIu64>` in c-format)
are not produced; Python catalogs do not use them.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import itemgetter

from ..records import TYPE_CHECKING, Record

if TYPE_CHECKING:
    from .po import Entry

MAGIC = 0x950412DE


class MoMessage(Record):
    """One message to store: context, id (and plural id), the translated form(s)."""

    msgid: str
    msgstr: tuple[str, ...]
    msgctxt: str | None = None
    msgid_plural: str | None = None


def hash_string(data: bytes) -> int:
    """gettext's `hash_string` (hash-string.c, the PJW/ELF hash) on 32 bits, as msgfmt computes it.

    Each step shifts in a byte; when bits 28-31 fill, they are folded into bits 4-7 and
    cleared. After a step the value is below 2**28, so `(h << 4) + byte` is below 2**33 and
    keeping bits 28-31 only (`>> 24 & 0xF0`) is the same as first truncating to 32 bits.
    """
    h = 0
    for byte in data:
        h = (h << 4) + byte
        if h > 0x0FFFFFFF:
            h = (h & 0x0FFFFFFF) ^ ((h >> 24) & 0xF0)
    return h


def hash_strings(keys: Sequence[bytes]) -> list[int]:
    """`hash_string` of every key, computed for many keys at once (same values).

    Why: byte by byte in Python, hashing 50,000 keys takes a quarter of a second. Here
    keys of similar length are hashed together, each in its own lane of one big integer,
    so every Python-level step works on a whole group (see `_hash_lanes`). Left-padding a
    key with NUL bytes leaves its hash unchanged (a NUL step on 0 stays 0), so a group's
    keys are right-aligned to its longest. Small groups, where a step's overhead would
    outweigh its work, are hashed one key at a time.
    """
    count = len(keys)
    hashes = [0] * count
    sizes = list(map(len, keys))
    order = sorted(range(count), key=sizes.__getitem__)
    lengths = list(map(sizes.__getitem__, order))
    start = 0
    while start < count:
        # a group: lengths up to 1.5 times the shortest (+8), so padding stays moderate
        limit = lengths[start] + (lengths[start] >> 1) + 8
        end = start + 1
        while end < count and lengths[end] <= limit:
            end += 1
        members = order[start:end]
        group = list(map(keys.__getitem__, members))
        if len(group) < _MIN_LANES:
            values = [hash_string(key) for key in group]
        else:
            values = _hash_lanes(group, lengths[end - 1])
        for i, value in zip(members, values, strict=True):
            hashes[i] = value
        start = end
    return hashes


_MIN_LANES = 12
_LANE = 5
"""Bytes per lane: a step's value stays below 2**33 (`(h << 4) + byte` with h < 2**28)."""


def _hash_lanes(group: Sequence[bytes], width: int) -> list[int]:
    """`hash_string` of each key (none longer than `width`), one 40-bit lane per key.

    Per byte position, for all lanes at once: `h = (h << 4) + column` (the keys' bytes at
    that position, one per lane), then the fold `h = (h & 0x0FFFFFFF) ^ ((h & 0xF0000000)
    >> 24)` per lane: exactly `hash_string`'s step, since no lane's value reaches into
    the next one. Columns are cut from the padded keys by slicing, at C speed.
    """
    lanes = len(group)
    size = lanes * _LANE
    blob = b"".join([key.rjust(width, b"\x00") for key in group])
    low = int.from_bytes(b"\xff\xff\xff\x0f\x00" * lanes, "little")
    high = int.from_bytes(b"\x00\x00\x00\xf0\x00" * lanes, "little")
    column = bytearray(size)
    from_bytes = int.from_bytes
    h = 0
    for position in range(width):
        column[0::_LANE] = blob[position::width]
        h = (h << 4) + from_bytes(column, "little")
        h = (h & low) ^ ((h & high) >> 24)
    packed = h.to_bytes(size, "little")
    words = bytearray(4 * lanes)  # each lane's low 4 bytes (its value is below 2**28)
    for offset in range(4):
        words[offset::4] = packed[offset::_LANE]
    values = array(_U32, words)
    if sys.byteorder != "little":
        values.byteswap()
    return values.tolist()


def _is_prime(candidate: int) -> bool:
    """gnulib's is_prime (hash.c), which msgfmt's table size comes from, transcribed: it
    is only meant for odd numbers above 3, and calls 1 prime and 3 not, so a catalog of
    two messages gets a table of 5 slots, not 3."""
    divisor = 3
    square = divisor * divisor
    while square < candidate and candidate % divisor:
        divisor += 1
        square += 4 * divisor
        divisor += 1
    return candidate % divisor != 0


def next_prime(seed: int) -> int:
    """gnulib's next_prime: the first odd prime-tested number at or above `seed`."""
    seed |= 1
    while not _is_prime(seed):
        seed += 2
    return seed


def drop_header_field(header: str, name: str) -> str:
    """Remove one `Name: value` line from a header msgstr (msgfmt drops POT-Creation-Date)."""
    prefix = name.lower() + ":"
    lines = header.split("\n")
    kept = [line for line in lines if not line.lower().startswith(prefix)]
    return "\n".join(kept)


def build_mo(messages: Iterable[MoMessage]) -> bytes:
    """The bytes of an MO file holding `messages` (already filtered to what ships)."""
    return build_mo_fields((m.msgctxt, m.msgid, m.msgid_plural, m.msgstr) for m in messages)


def shipped_fields(
    entries: Iterable[Entry],
) -> list[tuple[str | None, str, str | None, Sequence[str]]]:
    """(msgctxt, msgid, msgid_plural, forms) of what an MO carries from PO entries: the
    live, translated, non-fuzzy ones (the header included), as `build_mo_fields` takes them."""
    return [
        (e.msgctxt, e.msgid, e.msgid_plural, e.translations)
        for e in entries
        if not e.obsolete and e.translated
    ]


def build_mo_fields(
    messages: Iterable[tuple[str | None, str, str | None, Sequence[str]]],
    known_hashes: dict[bytes, int] | None = None,
) -> bytes:
    """`build_mo` on plain (msgctxt, msgid, msgid_plural, forms) tuples.

    Written for large catalogs: tables are computed with `accumulate` and `array`, and
    the keys are hashed together (`hash_strings`), so 50,000 messages take a fraction of a
    second. `known_hashes` (key -> hash), shared by the calls for one domain's catalogs,
    whose keys are mostly the same, is filled with and read for the keys hashed.
    """
    # (key, original string, translation), each without its terminating NUL
    items: list[tuple[bytes, bytes, bytes]] = []
    append = items.append
    for msgctxt, msgid, msgid_plural, forms in messages:
        if msgctxt is None:
            key = msgid.encode("utf-8")
            if msgid == "":
                forms = (drop_header_field(forms[0], "POT-Creation-Date"),)
        else:
            key = f"{msgctxt}\x04{msgid}".encode()
        value = (forms[0] if len(forms) == 1 else "\x00".join(forms)).encode("utf-8")
        if msgid_plural is None:
            append((key, key, value))
        else:
            append((key, b"".join((key, b"\x00", msgid_plural.encode("utf-8"))), value))
    items.sort(key=itemgetter(0))
    n = len(items)
    hash_size = next_prime((n * 4) // 3)
    if hash_size <= 2:
        hash_size = 3
    orig_offset = 28
    trans_offset = orig_offset + 8 * n
    hash_offset = trans_offset + 8 * n
    start = hash_offset + 4 * hash_size

    keys = [item[0] for item in items]
    originals = [item[1] for item in items]
    values = [item[2] for item in items]
    # descriptor tables: (length without the NUL, offset) per string; strings back to back,
    # each followed by a NUL
    orig_lengths = list(map(len, originals))
    orig_starts = list(accumulate(map(_PLUS_ONE, orig_lengths), initial=start))
    trans_lengths = list(map(len, values))
    trans_starts = list(accumulate(map(_PLUS_ONE, trans_lengths), initial=orig_starts[-1]))
    orig_table = array(_U32, bytes(8 * n))
    orig_table[0::2] = array(_U32, orig_lengths)
    orig_table[1::2] = array(_U32, orig_starts[:-1])
    trans_table = array(_U32, bytes(8 * n))
    trans_table[0::2] = array(_U32, trans_lengths)
    trans_table[1::2] = array(_U32, trans_starts[:-1])

    # the hash table, as write-mo.c fills it
    table = [0] * hash_size
    step_range = hash_size - 2
    if known_hashes is None:
        hashes = hash_strings(keys)
    else:
        missing = [key for key in keys if key not in known_hashes]
        known_hashes.update(zip(missing, hash_strings(missing), strict=True))
        hashes = list(map(known_hashes.__getitem__, keys))
    homes = [h % hash_size for h in hashes]
    for index, idx in enumerate(homes, 1):
        if table[idx]:  # taken: double hashing, as write-mo.c probes
            h = hashes[index - 1]
            incr = 1 + (h % step_range)
            while table[idx]:
                if idx >= hash_size - incr:
                    idx -= hash_size - incr
                else:
                    idx += incr
        table[idx] = index
    hash_table = array(_U32, table)
    if sys.byteorder != "little":
        for part in (orig_table, trans_table, hash_table):
            part.byteswap()
    header = struct.pack("<7I", MAGIC, 0, n, orig_offset, trans_offset, hash_size, hash_offset)
    strings = b"\x00".join(originals) + b"\x00" + b"\x00".join(values) + b"\x00" if items else b""
    return b"".join(
        (header, orig_table.tobytes(), trans_table.tobytes(), hash_table.tobytes(), strings)
    )


_U32 = "I" if array("I").itemsize == 4 else "L"
_PLUS_ONE = (1).__add__
