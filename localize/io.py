"""The only module that touches the disk.

Reads turn every way a file can be wrong (missing, a directory, binary, not UTF-8, empty)
into one `LocalizeError` that names the file and the line. Writes are atomic: the bytes go
to a temporary file in the same directory, are flushed to disk (not for MO files, which
the next build recreates), then renamed over the target, so an interrupted run never
leaves half a catalog, glossary or memory behind. A
write whose bytes equal the file's leaves the file untouched (no mtime churn, no diff).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

from .errors import InputFileError, LocalizeError, WriteError
from .i18n import _
from .records import TYPE_CHECKING

if TYPE_CHECKING:
    from os import PathLike

    StrPath = str | PathLike[str]


def read_bytes(path: StrPath, *, error: type[LocalizeError] = InputFileError) -> bytes:
    """The file's bytes, or a clear error saying why it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise _read_error(exc, path, error) from None


def _read_error(exc: OSError, path: StrPath, error: type[LocalizeError]) -> LocalizeError:
    """The one-line reason a file cannot be opened, naming the file."""
    if isinstance(exc, FileNotFoundError):
        return error(_("file not found"), path=path)
    if isinstance(exc, IsADirectoryError):
        return error(_("is a directory, not a file"), path=path)
    if isinstance(exc, PermissionError):
        return error(_("permission denied"), path=path)
    return error(_("cannot read file: {reason}").format(reason=exc.strerror or exc), path=path)


def decode_text(
    data: bytes,
    path: StrPath,
    *,
    encoding: str = "utf-8",
    allow_empty: bool = False,
    error: type[LocalizeError] = InputFileError,
) -> str:
    """Decode bytes as text, naming the line of the first bad byte.

    A UTF-8 byte-order mark is dropped. NUL bytes mean a binary file, which no text format
    the toolkit reads may contain.
    """
    if (not data or data.isspace()) and not allow_empty:  # no copy of a large file
        raise error(_("file is empty"), path=path)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise error(_("binary file (NUL byte), expected text"), path=path, line=line)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(
            _("invalid {encoding} byte 0x{byte:02x} (wrong encoding?)").format(
                encoding=encoding.upper(), byte=data[exc.start]
            ),
            path=path,
            line=line,
        ) from None
    except LookupError:
        raise error(
            _("unknown encoding {encoding!r}").format(encoding=encoding), path=path
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_text(
    path: StrPath,
    *,
    encoding: str = "utf-8",
    allow_empty: bool = False,
    error: type[LocalizeError] = InputFileError,
) -> str:
    """Read a text file; see `decode_text` for what counts as bad input."""
    return decode_text(
        read_bytes(path, error=error), path, encoding=encoding, allow_empty=allow_empty, error=error
    )


def iter_lines(path: StrPath, *, encoding: str = "utf-8") -> Iterator[tuple[int, str]]:
    """Stream (line number, text) pairs of a large file in constant memory.

    A line that is not valid text raises InputFileError with its line number.
    """
    p = os.fspath(path)
    try:
        handle = open(p, "rb")  # closed by the `with` below
    except OSError as exc:
        raise _read_error(exc, p, InputFileError) from None
    with handle:
        for number, raw in enumerate(handle, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if b"\x00" in raw:
                raise InputFileError(
                    _("binary file (NUL byte), expected text"), path=p, line=number
                )
            try:
                yield number, raw.decode(encoding).rstrip("\r\n")
            except UnicodeDecodeError:
                raise InputFileError(
                    _("invalid {encoding} text (wrong encoding?)").format(
                        encoding=encoding.upper()
                    ),
                    path=p,
                    line=number,
                ) from None


def _new_file_mode() -> int:
    """The mode `open()` would give a new file (mkstemp's is 0600, too strict for catalogs)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_TEMP_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _new_temp_file(directory: str, name: str) -> tuple[int, str]:
    """A new file `.<name>.<pid>-<n>.tmp` in `directory`, open for writing, mode 0600.

    What `tempfile.mkstemp` does (O_EXCL: the name is ours alone), without importing
    tempfile and random, which a compile writing a handful of MO files would otherwise
    spend more time on than on writing them.
    """
    for attempt in range(1000):
        tmp_name = os.path.join(directory, f".{name}.{os.getpid()}-{attempt}.tmp")
        try:
            return os.open(tmp_name, _TEMP_FLAGS, 0o600), tmp_name
        except FileExistsError:  # left by a killed run of the same pid: take the next
            continue
    import errno

    raise FileExistsError(errno.EEXIST, "No usable temporary file name found")  # as mkstemp


def atomic_write_bytes(path: StrPath, data: bytes, *, durable: bool = True) -> bool:
    """Write `data` to `path` atomically; return False (and touch nothing) when unchanged.

    Readers see the old file or the new one, never a part. `durable` also flushes the new
    file to disk before it replaces the old one, so a power cut cannot leave an empty file
    where a translator's work was. Build outputs that the next build recreates from their
    sources (MO files) skip it, as msgfmt does: an fsync costs about as much as compiling
    a catalog.
    """
    p = os.fspath(path)
    try:
        existing: os.stat_result | None = os.stat(p)
    except OSError:
        existing = None
    if existing is not None and stat.S_ISREG(existing.st_mode) and existing.st_size == len(data):
        try:
            with open(p, "rb") as old:
                if old.read() == data:
                    return False
        except OSError:
            pass
    directory = os.path.dirname(p) or "."
    if not os.path.isdir(directory):
        raise WriteError(_("directory does not exist"), path=directory)
    mode = existing.st_mode & 0o7777 if existing is not None else None
    try:
        fd, tmp_name = _new_temp_file(directory, os.path.basename(p))
    except PermissionError:
        raise WriteError(_("permission denied (read-only location)"), path=p) from None
    except OSError as exc:
        raise WriteError(
            _("cannot write: {reason}").format(reason=exc.strerror or exc), path=p
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp_name, mode if mode is not None else _new_file_mode())
        if existing is not None and not os.access(p, os.W_OK):
            raise WriteError(_("permission denied (file is read-only)"), path=p)
        os.replace(tmp_name, p)
    except BaseException as exc:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(exc, LocalizeError):
            raise
        if isinstance(exc, PermissionError):
            raise WriteError(_("permission denied"), path=p) from None
        if isinstance(exc, OSError):
            raise WriteError(
                _("cannot write: {reason}").format(reason=exc.strerror or exc), path=p
            ) from None
        raise
    return True


def atomic_write_text(path: StrPath, text: str, *, encoding: str = "utf-8") -> bool:
    """Atomic text write (UTF-8, newlines as given); False when the file already had this text."""
    return atomic_write_bytes(path, text.encode(encoding))


def ensure_dir(path: StrPath) -> str:
    """Create a directory (and parents) for output, with a clear error if that is impossible."""
    p = os.fspath(path) or "."
    try:
        os.makedirs(p, exist_ok=True)
    except PermissionError:
        raise WriteError(_("permission denied (cannot create directory)"), path=p) from None
    except (FileExistsError, NotADirectoryError):
        raise WriteError(_("exists and is not a directory"), path=p) from None
    return p
