"""Writing a file as ``-o FILE`` promises (DESIGN §6): atomically, keeping what is there.

Used by ``briefing export -o`` and the reader's export dialog alike (through ``export``).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def write_file(path: str | Path, content: str | Iterable[str]) -> None:
    """Write ``content`` (a string, or pieces written as they come) to ``path`` (see
    ``open_output`` for what happens to what is there)."""
    with open_output(path) as handle:
        handle.writelines([content] if isinstance(content, str) else content)


@contextmanager
def open_output(path: str | Path) -> Iterator[TextIO]:
    """A UTF-8 text handle whose content becomes ``path`` when the block ends without error.

    What ``-o FILE`` does with what is there (DESIGN §6), like a shell's ``> FILE`` but safer:
    - nothing, or a regular file: a new file is written beside it and renamed over it, so a
      failed write never leaves half a file; an existing file keeps its permissions (and its
      owner and group where the system allows);
    - a symbolic link: the file it points to is written that way, the link stays a link;
    - a FIFO or a character device (``/dev/stdout``, ``/dev/null``, a terminal): written
      through, as a shell would; a FIFO that no process reads is refused, not waited on;
    - a directory, a block device or a socket: refused.
    Refusals and failures raise ``OSError`` whose ``strerror`` says why in a few words.
    """
    target = Path(path)
    try:
        existing = target.stat()  # follows links, /proc/self/fd/N included
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with _write_through(target, existing.st_mode) as handle:
            yield handle
        return
    if target.is_symlink():  # to a regular file, or dangling: write where it points
        target = Path(os.path.realpath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
            _take_over(handle.fileno(), existing)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _take_over(fd: int, existing: os.stat_result | None) -> None:
    """Give the new file the old one's mode and owner, or the umask's mode if it is new."""
    if existing is None:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes private files; an export is not one
        return
    mode = stat.S_IMODE(existing.st_mode) & 0o777
    for uid, gid in ((existing.st_uid, existing.st_gid), (-1, existing.st_gid)):
        try:
            os.fchown(fd, uid, gid)
            break
        except OSError:  # not ours to give away
            continue
    if os.fstat(fd).st_gid != existing.st_gid:
        mode &= ~0o070  # another group than the old file's: it gets no access
    os.fchmod(fd, mode)


@contextmanager
def _write_through(target: Path, mode: int) -> Iterator[TextIO]:
    if stat.S_ISDIR(mode):
        raise OSError(errno.EISDIR, "is a directory")
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise OSError(errno.EINVAL, "not a regular file, FIFO or character device")
    flags = os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK  # a FIFO nobody reads: ENXIO, no hang
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO and stat.S_ISFIFO(mode):
            raise OSError(exc.errno, "a FIFO that no process is reading") from None
        raise
    os.set_blocking(fd, True)
    with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="") as handle:
        yield handle
