"""Feed subscriptions (with what a cheap refresh needs: ETag and Last-Modified) and the
reader's state (its last place), in the store.

Articles read from a feed carry the feed's URL as their ``origin``, which is how a feed
knows its articles and their links.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.store import Store


@dataclass(frozen=True)
class Feed:
    """A subscription and how its last refresh went."""

    url: str
    title: str | None
    tags: tuple[str, ...]
    etag: str | None
    last_modified: str | None
    added: float
    refreshed: float | None
    result: str | None
    """What the last refresh brought, or why it failed, in words."""
    failed: bool
    articles: int = 0


_COLUMNS = "url, title, tags, etag, last_modified, added, refreshed, result, failed"


class Feeds:
    """The subscriptions; every method may raise ``sqlite3.Error``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, url: str, title: str | None = None, tags: Sequence[str] = ()) -> bool:
        """Subscribe to ``url``; False when it already was (its title and tags are kept)."""
        return self.add_many([(url, title, tags)]) == 1

    def add_many(self, feeds: Iterable[tuple[str, str | None, Sequence[str]]]) -> int:
        """Subscribe to every (url, title, tags) in one transaction; how many were new."""
        now, added = time.time(), 0
        with self._store.transaction() as conn:
            for url, title, tags in feeds:
                cursor = conn.execute(
                    "INSERT INTO feeds (url, title, tags, added) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(url) DO NOTHING",
                    (url, title, json.dumps(list(tags)), now),
                )
                added += cursor.rowcount
        return added

    def remove(self, url: str) -> bool:
        """Unsubscribe; the feed's articles stay in the library. False if not subscribed."""
        with self._store.transaction() as conn:
            return conn.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0

    def all(self) -> list[Feed]:
        """Every subscription, in the order they were added, with its article count."""
        with self._store.reading() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS}, (SELECT count(*) FROM articles WHERE origin = feeds.url)"
                " FROM feeds ORDER BY added, rowid"
            ).fetchall()
        return [
            Feed(url, title, tuple(json.loads(tags)), etag, modified, added, refreshed,
                 result, bool(failed), count)
            for url, title, tags, etag, modified, added, refreshed, result, failed, count in rows
        ]  # fmt: skip

    def links(self, url: str) -> set[str]:
        """The URLs of the articles already read from the feed ``url``."""
        with self._store.reading() as conn:
            rows = conn.execute(
                "SELECT url FROM articles WHERE origin = ? AND url IS NOT NULL", (url,)
            ).fetchall()
        return {link for (link,) in rows}

    def record(
        self,
        url: str,
        result: str,
        *,
        failed: bool = False,
        title: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """Keep how a refresh of ``url`` went; validators and title only when given."""
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE feeds SET refreshed = ?, result = ?, failed = ?,"
                " title = coalesce(?, title), etag = coalesce(?, etag),"
                " last_modified = coalesce(?, last_modified) WHERE url = ?",
                (time.time(), result, int(failed), title, etag, last_modified, url),
            )


class State:
    """Small named values the reader keeps between runs (its last place)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> object | None:
        with self._store.reading() as conn:
            row = conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def set(self, key: str, value: object) -> None:
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT INTO state (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
