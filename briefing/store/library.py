"""The reader's library: articles with their metadata and origin, read state, bookmarks, notes.

Every write is one transaction. Articles are keyed by the hash of their text (``Article.id``),
so the same article read again from another place is one entry whose metadata is refreshed.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.analysis.types import Article, Span

if TYPE_CHECKING:
    from briefing.store import Store


@dataclass(frozen=True)
class Entry:
    """An article in the library and what the reader did with it."""

    article: Article
    origin: str | None
    added: float
    read: float | None
    bookmarked: bool


@dataclass(frozen=True)
class Note:
    id: int
    article_id: str
    body: str
    span: Span | None
    created: float


_ENTRY_COLUMNS = (
    "id, text, source, title, date, author, url, notes, origin, added, read, bookmarked"
)


_NEWEST_FIRST = (
    "coalesce(CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN date END,"
    " strftime('%Y-%m-%dT%H:%M:%SZ', added, 'unixepoch')) DESC, added DESC, rowid DESC"
)


def _entry(row: tuple) -> Entry:
    _id, text, source, title, date, author, url, notes, origin, added, read, mark = row
    article = Article(text, source, title, date, author, url, tuple(json.loads(notes)))
    return Entry(article, origin, added, read, bool(mark))


class Library:
    """The library API; every method may raise ``sqlite3.Error``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, article: Article, origin: str | None = None) -> str:
        """Keep ``article`` (or refresh its metadata); its id. Read state and notes stay."""
        self.add_many([article], origin)
        return article.id

    def add_many(self, articles: Iterable[Article], origin: str | None = None) -> list[str]:
        """Keep every article of ``articles`` in one transaction; their ids, in order."""
        now = time.time()
        ids = []
        with self._store.transaction() as conn:
            for article in articles:
                ids.append(article.id)
                self._upsert(conn, article, origin, now)
        return ids

    def add_new(self, articles: Iterable[Article], origin: str | None = None) -> list[Article]:
        """Keep every article of ``articles`` in one transaction; those that were not kept
        before (the same text already in the library is not new)."""
        now = time.time()
        new = []
        with self._store.transaction() as conn:
            for article in articles:
                known = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article.id,))
                if known.fetchone() is None:
                    new.append(article)
                self._upsert(conn, article, origin, now)
        return new

    @staticmethod
    def _upsert(conn, article: Article, origin: str | None, now: float) -> None:
        conn.execute(
            "INSERT INTO articles (id, text, source, title, date, author, url, notes, origin,"
            " added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " source = excluded.source, title = coalesce(excluded.title, title),"
            " date = coalesce(excluded.date, date), author = coalesce(excluded.author, author),"
            " url = coalesce(excluded.url, url), notes = excluded.notes,"
            " origin = coalesce(excluded.origin, origin)",
            (
                article.id,
                article.text,
                article.source,
                article.title,
                article.date,
                article.author,
                article.url,
                json.dumps(list(article.notes)),
                origin,
                now,
            ),
        )

    def get(self, article_id: str) -> Entry | None:
        with self._store.reading() as conn:
            row = conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return None if row is None else _entry(row)

    def entries(self, *, bookmarked: bool | None = None, unread: bool = False) -> list[Entry]:
        """Library entries, newest first: by the article's date where it has one in ISO
        form, else by when it was added."""
        where, params = [], []
        if bookmarked is not None:
            where.append("bookmarked = ?")
            params.append(int(bookmarked))
        if unread:
            where.append("read IS NULL")
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        with self._store.reading() as conn:
            rows = conn.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles{clause} ORDER BY {_NEWEST_FIRST}",
                params,
            ).fetchall()
        return [_entry(r) for r in rows]

    def marks(self) -> dict[str, tuple[bool, bool]]:
        """(read, bookmarked) of every article that is read or bookmarked, by id: what the
        reader's list shows, in one query that reads no text."""
        with self._store.reading() as conn:
            rows = conn.execute(
                "SELECT id, read IS NOT NULL, bookmarked FROM articles"
                " WHERE read IS NOT NULL OR bookmarked"
            ).fetchall()
        return {article_id: (bool(read), bool(mark)) for article_id, read, mark in rows}

    def _set(self, article_id: str, column: str, value: object) -> bool:
        with self._store.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE articles SET {column} = ? WHERE id = ?", (value, article_id)
            )
        return cursor.rowcount > 0

    def mark_read(self, article_id: str, read: bool = True) -> bool:
        """Set or clear the read state; False when the article is not in the library."""
        return self._set(article_id, "read", time.time() if read else None)

    def set_bookmark(self, article_id: str, bookmarked: bool = True) -> bool:
        return self._set(article_id, "bookmarked", int(bookmarked))

    def add_note(self, article_id: str, body: str, span: Span | None = None) -> Note:
        """Attach a note (optionally to a span of the text); the article must be in the library."""
        now = time.time()
        start, end = span if span is not None else (None, None)
        with self._store.transaction() as conn:
            cursor = conn.execute(
                'INSERT INTO notes (article_id, body, start, "end", created)'
                " VALUES (?, ?, ?, ?, ?)",
                (article_id, body, start, end, now),
            )
        return Note(cursor.lastrowid, article_id, body, span, now)

    def notes(self, article_id: str) -> list[Note]:
        with self._store.reading() as conn:
            rows = conn.execute(
                'SELECT id, article_id, body, start, "end", created FROM notes'
                " WHERE article_id = ? ORDER BY created, id",
                (article_id,),
            ).fetchall()
        return [
            Note(i, a, body, None if start is None else (start, end), created)
            for i, a, body, start, end, created in rows
        ]
