"""What the reader marked: read state, bookmarks and notes of its articles, kept in the
library (and so across runs) when there is one, else for this session only.

A store that fails mid-session does not stop the reader: the mark holds for the session and
the failure comes back as one line for a notification.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing.analysis.types import Article, Span

if TYPE_CHECKING:
    from briefing.store import Library, Note


class Marks:
    """Read, bookmarked and noted articles by id; writes go through to ``library``."""

    def __init__(self, library: Library | None) -> None:
        self.library = library
        self.read: set[str] = set()
        self.bookmarked: set[str] = set()
        self._notes: dict[str, list[Note]] = {}

    def load(self, articles: Iterable[Article]) -> str | None:
        """Read the marks of ``articles`` from the library; a failure, said in one line."""
        if self.library is None:
            return None
        try:
            marks = self.library.marks()
        except sqlite3.Error as exc:
            return f"library unreadable, marks not shown: {exc}"
        for article in articles:
            read, bookmarked = marks.get(article.id, (False, False))
            if read:
                self.read.add(article.id)
            if bookmarked:
                self.bookmarked.add(article.id)
        return None

    def set_read(self, article: Article, read: bool) -> str | None:
        (self.read.add if read else self.read.discard)(article.id)
        return self._write(article, lambda lib: lib.mark_read(article.id, read))

    def set_bookmark(self, article: Article, bookmarked: bool) -> str | None:
        (self.bookmarked.add if bookmarked else self.bookmarked.discard)(article.id)
        return self._write(article, lambda lib: lib.set_bookmark(article.id, bookmarked))

    def add_note(self, article: Article, body: str, span: Span | None = None) -> str | None:
        from briefing.store import Note

        if self.library is None:
            notes = self._notes.setdefault(article.id, [])
            notes.append(Note(len(notes), article.id, body, span, 0.0))
            return None
        return self._write(article, lambda lib: lib.add_note(article.id, body, span))

    def notes(self, article: Article) -> list[Note]:
        if self.library is None:
            return list(self._notes.get(article.id, []))
        try:
            return self.library.notes(article.id)
        except sqlite3.Error:
            return []

    def _write(self, article: Article, write) -> str | None:
        if self.library is None:
            return None
        try:
            if self.library.get(article.id) is None:
                self.library.add(article)
            write(self.library)
        except (sqlite3.Error, UnicodeError) as exc:
            return f"library not updated (kept for this session): {exc}"
        return None
