"""Reading a list of subscriptions: an OPML file (with ``listparser``) or newsboat's ``urls``
file (one feed URL a line, its tags after it, ``"~Title"`` a title tag, ``#`` comments).

The whole file is read before anything is subscribed, so a malformed or empty file adds
nothing. Entries that are not http(s) feeds (newsboat's ``query:``, ``exec:`` and
``filter:`` feeds, an OPML outline with another scheme) are skipped, each said in one line.
"""

from __future__ import annotations

import os
import shlex
import stat
import xml.parsers.expat
from dataclasses import dataclass

from briefing.sources.display import clean_line, display_name, one_line
from briefing.sources.urls import url_scheme

MAX_BYTES = 5_000_000
"""A subscription list larger than this is not one."""


class SubscriptionsError(Exception):
    """The file cannot be imported; ``str()`` is one line naming it and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{display_name(path)}: {one_line(reason)}; nothing imported")


@dataclass(frozen=True)
class Subscription:
    url: str
    title: str | None = None
    tags: tuple[str, ...] = ()


def read_subscriptions(path: str) -> tuple[list[Subscription], list[str]]:
    """The feeds ``path`` lists, and one line for each entry skipped."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; it is refused below
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError) as exc:
        raise SubscriptionsError(path, getattr(exc, "strerror", None) or str(exc)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise SubscriptionsError(path, "not a regular file")
    with os.fdopen(fd, "rb") as file:
        try:
            data = file.read(MAX_BYTES + 1)
        except OSError as exc:
            raise SubscriptionsError(path, exc.strerror or str(exc)) from None
    if len(data) > MAX_BYTES:
        raise SubscriptionsError(path, f"too large for a subscription list ({MAX_BYTES:,} bytes)")
    if not data.strip():
        raise SubscriptionsError(path, "the file is empty")
    opml = data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    found, skipped = _opml(path, data) if opml else _newsboat(path, data)
    if not found:
        raise SubscriptionsError(path, "no http(s) feed in it")
    return list({s.url: s for s in found}.values()), skipped


def _opml(path: str, data: bytes) -> tuple[list[Subscription], list[str]]:
    import listparser

    try:  # listparser reads broken XML leniently: half a file must not pass as a list
        xml.parsers.expat.ParserCreate().Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise SubscriptionsError(path, f"malformed OPML: {exc}") from None
    parsed = listparser.parse(data)  # bytes: never taken for a URL to fetch
    if parsed.get("bozo"):
        reason = str(parsed.get("bozo_exception") or "unreadable").strip().splitlines()[0]
        raise SubscriptionsError(path, f"malformed OPML: {reason}")
    if not parsed.get("version") and not parsed.get("feeds"):
        raise SubscriptionsError(path, "not an OPML file")
    found, skipped = [], []
    for feed in parsed.get("feeds", []):
        url = str(feed.get("url") or "").strip()
        if url_scheme(url) in ("http", "https"):
            tags = tuple(str(t) for t in feed.get("categories_flat", feed.get("tags", [])))
            found.append(Subscription(url, clean_line(feed.get("title")), tags))
        else:
            skipped.append(f"{display_name(path)}: skipped {display_name(url)!r}: not http(s)")
    return found, skipped


def _newsboat(path: str, data: bytes) -> tuple[list[Subscription], list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SubscriptionsError(path, "neither OPML nor a newsboat urls file (not text)") from None
    found, skipped = [], []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            url, *tags = shlex.split(line)
        except ValueError as exc:  # an unclosed quote
            raise SubscriptionsError(path, f"line {number}: {exc}") from None
        scheme = url_scheme(url)
        if scheme in ("http", "https"):
            title = next((t[1:] for t in tags if t.startswith("~")), None)
            kept = tuple(t for t in tags if not t.startswith(("~", "!")))
            found.append(Subscription(url, clean_line(title), kept))
        elif url.startswith(("query:", "exec:", "filter:")):
            kind = url.split(":", 1)[0]
            skipped.append(f"{display_name(path)}: line {number}: skipped a newsboat {kind} feed")
        else:
            raise SubscriptionsError(path, f"line {number}: not a feed URL: {url[:80]!r}")
    return found, skipped
