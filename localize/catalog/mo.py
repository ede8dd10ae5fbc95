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
from collections.abc import Iterable
from dataclasses import dataclass

MAGIC = 0x950412DE


@dataclass(frozen=True)
class MoMessage:
    """One message to store: context, id (and plural id), the translated form(s)."""

    msgid: str
    msgstr: tuple[str, ...]
    msgctxt: str | None = None
    msgid_plural: str | None = None


def hash_string(data: bytes) -> int:
    """gettext's `hash_string` (hash-string.c, the PJW/ELF hash) on 32 bits."""
    hval = 0
    for byte in data:
        hval = ((hval << 4) + byte) & 0xFFFFFFFF
        g = hval & 0xF0000000
        if g:
            hval ^= g >> 24
            hval ^= g
    return hval


def _is_prime(candidate: int) -> bool:
    if candidate < 4:
        return candidate > 1 or candidate == 1  # gnulib's is_prime says 1 is prime
    if candidate % 2 == 0:
        return False
    divisor = 3
    while divisor * divisor <= candidate:
        if candidate % divisor == 0:
            return False
        divisor += 2
    return True


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
    pairs: list[tuple[bytes, bytes, bytes]] = []
    for m in messages:
        key = m.msgid if m.msgctxt is None else f"{m.msgctxt}\x04{m.msgid}"
        msgstr = m.msgstr
        if m.msgid == "" and m.msgctxt is None:
            msgstr = (drop_header_field(msgstr[0], "POT-Creation-Date"),)
        plural = (m.msgid_plural.encode("utf-8") + b"\x00") if m.msgid_plural is not None else b""
        pairs.append((key.encode("utf-8"), plural, "\x00".join(msgstr).encode("utf-8")))
    pairs.sort(key=lambda p: p[0])
    n = len(pairs)
    hash_size = next_prime((n * 4) // 3)
    if hash_size <= 2:
        hash_size = 3
    orig_offset = 28
    trans_offset = orig_offset + 8 * n
    hash_offset = trans_offset + 8 * n
    offset = hash_offset + 4 * hash_size

    orig_table: list[int] = []
    trans_table: list[int] = []
    strings: list[bytes] = []
    for key, plural, _value in pairs:
        length = len(key) + 1 + len(plural)
        orig_table += (length - 1, offset)
        strings.append(key)
        strings.append(b"\x00")
        if plural:
            strings.append(plural)
        offset += length
    for _key, _plural, value in pairs:
        trans_table += (len(value), offset)
        strings.append(value)
        strings.append(b"\x00")
        offset += len(value) + 1

    table = [0] * hash_size
    for index, (key, _plural, _value) in enumerate(pairs):
        hval = hash_string(key)
        idx = hval % hash_size
        if table[idx]:
            incr = 1 + (hval % (hash_size - 2))
            while table[idx]:
                if idx >= hash_size - incr:
                    idx -= hash_size - incr
                else:
                    idx += incr
        table[idx] = index + 1

    header = struct.pack("<7I", MAGIC, 0, n, orig_offset, trans_offset, hash_size, hash_offset)
    return b"".join(
        (
            header,
            struct.pack(f"<{2 * n}I", *orig_table),
            struct.pack(f"<{2 * n}I", *trans_table),
            struct.pack(f"<{hash_size}I", *table),
            *strings,
        )
    )
