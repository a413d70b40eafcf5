"""The store (DESIGN §5): one SQLite file holding the analysis cache and the reader's library.

``Store.open(directory)`` opens the store of a data directory (without one, ``BRIEFING_HOME``
or the platform's user data directory). Every write runs in a transaction; the connection uses
WAL and a busy timeout so that two readers at once are safe. One connection is shared by the
threads of a process under a lock (the reader analyses in worker threads).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.store.cache import AnalysisCache
from briefing.store.database import FILE_NAME, StoreError, open_database
from briefing.store.feeds import Feed, Feeds, State
from briefing.store.library import Entry, Library, Note

__all__ = ["FILE_NAME", "Entry", "Feed", "Feeds", "Library", "Note", "State", "Store", "StoreError"]


class Store:
    """An open store. ``notes`` says what opening it took (e.g. a broken file moved aside)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, notes: list[str]) -> None:
        self.path = path
        self.notes = notes
        self._conn = conn
        self._lock = threading.RLock()
        self.cache = AnalysisCache(self)
        self.library = Library(self)
        self.feeds = Feeds(self)
        self.state = State(self)

    @classmethod
    def open(cls, directory: Path | None = None) -> Store:
        """The store in ``directory`` (default: ``BRIEFING_HOME`` or the platform's)."""
        if directory is None:
            from briefing.config import Settings

            directory = Settings().directory()
        path = Path(directory) / FILE_NAME
        conn, notes = open_database(path)
        return cls(path, conn, notes)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
                raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection for reads (one consistent snapshot for the block)."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
