"""Opening the SQLite file: schema, WAL, busy timeout, and what to do with a bad file.

A file that is not a briefing database (corrupt, or some other program's) is renamed
aside with a timestamp and a fresh one is started; the caller gets a note saying so, so the
user can recover notes from the old file. A store that cannot be opened at all (read-only
directory, a database from a newer briefing) raises ``StoreError`` and nothing is moved.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

FILE_NAME = "briefing.sqlite3"
APPLICATION_ID = 0x42524946  # "BRIF": marks the file as ours (PRAGMA application_id)
SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 5000
QUICK_CHECK_MAX_BYTES = 256_000_000
"""Stores up to this size get an integrity check (about 25 ms per 5 MB) every time they open."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    key TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    data TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT,
    date TEXT,
    author TEXT,
    url TEXT,
    origin TEXT,
    notes TEXT NOT NULL DEFAULT '[]',
    added REAL NOT NULL,
    opened REAL,  -- unused since schema 2, kept for the files of schema 1
    read REAL,
    bookmarked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_article ON notes(article_id);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    etag TEXT,
    last_modified TEXT,
    added REAL NOT NULL,
    refreshed REAL,
    result TEXT,
    failed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_by_origin ON articles(origin);
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""
# Version 2 added feeds (subscriptions) and state (the reader's last place). Every statement
# above can run again, so an older store is brought up to date by running them all.


class StoreError(Exception):
    """The store cannot be used; ``str()`` is one line for the user."""


class _Unusable(Exception):
    """The file is there but is not (or no longer) a briefing database."""


def open_database(path: Path, *, retry: bool = True) -> tuple[sqlite3.Connection, list[str]]:
    """A connection to the store at ``path``, and notes about anything done to get it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create: {exc.strerror or exc}") from None
    notes: list[str] = []
    checked = _identity(path)
    try:
        return _open(path), notes
    except _Unusable as exc:
        if retry and _identity(path) != checked:  # another process replaced it: use theirs
            return open_database(path, retry=False)
        aside = _move_aside(path)
        notes.append(
            f"{path}: {exc}; moved it aside to {aside.name} (your old library is there) "
            "and started a fresh store"
        )
    try:
        return _open(path), notes
    except _Unusable as exc:  # pragma: no cover - a fresh file is always usable
        raise StoreError(f"{path}: {exc}") from None


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open: {exc}") from None
    try:
        _prepare(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if isinstance(exc, sqlite3.OperationalError) and not _is_corruption(exc):
            raise StoreError(f"{path}: cannot use: {exc}") from None
        raise _Unusable(f"not a usable database ({exc})") from None
    except BaseException:  # _Unusable, a StoreError, an OSError: never leave it open
        conn.close()
        raise
    return conn


def _is_corruption(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _prepare(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id == 0 and tables == 0:  # a new, empty file
            _create(conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        elif app_id != APPLICATION_ID:
            raise _Unusable("not a briefing database (another program's file)")
        elif version > SCHEMA_VERSION:
            raise StoreError(
                f"made by a newer briefing (schema {version}, this one reads {SCHEMA_VERSION})"
            )
        elif version < SCHEMA_VERSION:  # an older briefing's store: add what is new
            _create(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if database_bytes(conn) > QUICK_CHECK_MAX_BYTES:
        return  # too big to scan at every start; damage found later degrades to no cache
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise _Unusable(f"the database is corrupt ({check})")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL. The switch needs the file to itself and SQLite does not wait for it
    (no busy handler): another process creating the same new store makes it fail at once,
    so it is retried for as long as the busy timeout would have waited."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _create(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def database_bytes(conn: sqlite3.Connection) -> int:
    """The size of the open database in bytes (pages times page size)."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    return page_size * conn.execute("PRAGMA page_count").fetchone()[0]


def _move_aside(path: Path) -> Path:
    """Rename ``path`` (and its WAL files) to ``<name>.broken-<timestamp>``; never delete it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.broken-{stamp}-{n}")
        n += 1
    try:
        path.rename(aside)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.rename(aside.with_name(aside.name + suffix))
    except OSError as exc:
        raise StoreError(
            f"{path}: not a usable database, and it cannot be moved aside: {exc.strerror or exc}"
        ) from None
    return aside
