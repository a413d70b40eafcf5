"""Articles from files and directories (read recursively, in a stable order).

A file is plain text, an HTML page or a feed (``kinds``); the same decision serves bytes from
standard input and from URLs. Only regular files are opened: a FIFO or a device given by name
or met in a folder is refused with a reason, never waited on. A folder's parts that cannot be
read (an unreadable subfolder, a path too long for the system) are reported, not skipped.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources.display import display_name
from briefing.sources.errors import SourceError
from briefing.sources.kinds import (  # noqa: F401  (re-exported: the sources' vocabulary)
    ARTICLE_SUFFIXES,
    FEED_SUFFIXES,
    FEED_TYPES,
    HTML_SUFFIXES,
    HTML_TYPES,
    TEXT_SUFFIXES,
    TEXT_TYPES,
    kind_of,
    looks_like_html,
)
from briefing.sources.text import (
    MAX_CHARS,
    check_text,
    dateline,
    decode,
    headline,
    looks_binary,
    unbom,
)

MAX_BYTES = MAX_CHARS * 4
"""Largest text file read (4 bytes per character at most in UTF-8); larger is refused unread."""
MAX_MARKUP_BYTES = 10_000_000
"""Largest HTML or feed file read: markup weighs more than the text it holds."""

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def articles_from_bytes(
    data: bytes,
    source: str,
    suffix: str = "",
    *,
    media_type: str = "",
    charset: str | None = None,
    url: str | None = None,
    fetching: Fetching | None = None,
) -> list[Article]:
    """The articles in ``data`` read from ``source`` (a file, standard input or a URL)."""
    source = display_name(source)
    if not data.strip():
        raise SourceError(source, "empty file: no text to read")
    original = data
    data, notes = unbom(data, source)
    if looks_binary(data):
        raise SourceError(source, "binary file, not text")
    kind = kind_of(data, suffix.lower(), media_type)
    if kind == "feed":
        from briefing.sources.feeds import articles_from_feed

        # feedparser reads byte order marks itself, and the XML declaration names the encoding
        return articles_from_feed(original, source, base_url=url, fetching=fetching, notes=notes)
    if kind == "html":
        from briefing.sources.html import article_from_html

        return [article_from_html(data, source, url=url, notes=notes)]
    decoded = decode(data, source, None if notes else charset)
    text = check_text(decoded.text, source)
    notes = (*notes, *decoded.notes)
    title, date = headline(text), dateline(text)
    return [Article(text=text, source=source, title=title, date=date, url=url, notes=notes)]


def read_file(
    path: Path, source: str | None = None, fetching: Fetching | None = None
) -> list[Article]:
    """The articles in the file at ``path``; ``source`` is the path as the user gave it."""
    source = display_name(source or str(path))
    suffix = path.suffix.lower()
    limit = MAX_BYTES if suffix in TEXT_SUFFIXES else max(MAX_BYTES, MAX_MARKUP_BYTES)
    data = _read_bytes(path, source, limit)
    return articles_from_bytes(data, source, suffix, fetching=fetching)


def _read_bytes(path: Path, source: str, limit: int) -> bytes:
    """At most ``limit`` bytes of the regular file at ``path`` (checked before it is opened,
    and again on the open file, which is opened without blocking)."""
    try:
        _check_regular(os.stat(path).st_mode, source)
        with open(os.open(path, _OPEN_FLAGS), "rb") as handle:
            info = os.fstat(handle.fileno())
            _check_regular(info.st_mode, source)
            if info.st_size > limit:
                raise SourceError(
                    source,
                    f"too large: {info.st_size / 1e6:.1f} MB; the limit is {MAX_CHARS:,} "
                    f"characters of text ({limit / 1e6:g} MB of file)",
                )
            data = handle.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise SourceError(source, os_reason(exc)) from None
    if len(data) > limit:  # a file that grew while it was read
        raise SourceError(source, f"too large: more than {limit / 1e6:g} MB")
    return data


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_regular(mode: int, source: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise SourceError(source, "is a directory")
    what = next((name for test, name in _NOT_REGULAR if test(mode)), "a special file")
    raise SourceError(source, f"not a regular file: {what}; not read")


def os_reason(exc: OSError | ValueError) -> str:
    """The reason an operating-system call on a path failed, in a few words."""
    if isinstance(exc, ValueError):  # a NUL byte in the name
        return f"not a valid file name ({exc})"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    reason = exc.strerror or str(exc) or type(exc).__name__
    return reason[:1].lower() + reason[1:]


# A folder's own paperwork is not news: "briefing folder/" skips these (by stem, any suffix).
NOT_ARTICLES = frozenset({"readme", "credits", "license", "licence", "changelog", "authors"})


def folder_entries(directory: Path) -> list[Path | SourceError]:
    """The article files under ``directory``, recursively, sorted, with a ``SourceError`` in
    place of each part that could not be listed; hidden files and a folder's
    README/CREDITS/LICENSE skipped (name them directly to read them)."""
    entries: list[Path | SourceError] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else directory
        reason = f"folder not read, its articles are missing: {os_reason(exc)}"
        entries.append(SourceError(os.fsdecode(where), reason))

    for root, dirs, files in os.walk(directory, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if (
                not name.startswith(".")
                and path.suffix.lower() in ARTICLE_SUFFIXES
                and path.stem.lower() not in NOT_ARTICLES
            ):
                entries.append(path)
    return entries


def article_files(directory: Path) -> list[Path]:
    """The article files under ``directory`` (``folder_entries`` without its errors)."""
    return [e for e in folder_entries(directory) if isinstance(e, Path)]
