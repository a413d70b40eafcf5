"""The store: exact analysis round trip, cache keys, the library, and bad database files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace

import pytest

from briefing.analysis.options import Options
from briefing.analysis.summarize import SummaryLength
from briefing.analysis.types import Article
from briefing.store import FILE_NAME, Store, StoreError, codec
from briefing.store.cache import cache_key, code_fingerprint


def _assert_identical(a, b):
    assert a == b
    # Sentence.words is excluded from equality; the summarizers need it, so check it too
    assert [s.words for s in a.sentences] == [s.words for s in b.sentences]
    assert codec.dumps(a) == codec.dumps(b)


def test_analysis_round_trips_exactly(seed_analysis):
    assert seed_analysis.positions or seed_analysis.parties  # something real to round-trip
    _assert_identical(codec.loads(codec.dumps(seed_analysis)), seed_analysis)


def test_round_trip_keeps_floats_spans_and_nulls(seed_analysis):
    from briefing.analysis.types import Position

    odd = replace(
        seed_analysis,
        positions=(
            Position(None, "warns", None, (3, 9), ((10, 20), (25, 30)), True, 0),
            Position("x", "states", (0, 2), (3, 9), (), False, 1),
        ),
        summary=replace(
            seed_analysis.summary,
            scores=(0.1 + 0.2, 1e-300, -0.0, *seed_analysis.summary.scores[3:]),
        ),
        article=replace(seed_analysis.article, notes=("a note",), title="T\x1b]0;x\x07"),
    )
    _assert_identical(codec.loads(codec.dumps(odd)), odd)


def test_round_trip_keeps_which_sentences_are_not_prose(seed_analysis):
    first, *rest = seed_analysis.sentences
    odd = replace(seed_analysis, sentences=(replace(first, prose=False), *rest))
    back = codec.loads(codec.dumps(odd))
    _assert_identical(back, odd)
    assert not back.sentences[0].prose and all(s.prose for s in back.sentences[1:])


def test_cache_serves_what_was_put_rebound_to_the_new_metadata(tmp_path, seed_analysis):
    with Store.open(tmp_path) as store:
        options = Options()
        store.cache.put(seed_analysis, options)
        again = replace(seed_analysis.article, source="elsewhere.txt", title="Other")
        hit = store.cache.get(again, options)
        assert hit is not None and hit.article == again
        assert hit.sentences == seed_analysis.sentences and hit.summary == seed_analysis.summary
        other_options = Options(length=SummaryLength(5))
        assert store.cache.get(again, other_options) is None
        assert store.cache.get(Article("Different text.", "x"), options) is None


def test_cache_key_depends_on_text_options_and_code(monkeypatch):
    a = Article("One text.", "a")
    b = Article("Another text.", "a")
    base = cache_key(a, Options())
    assert base == cache_key(replace(a, source="b", title="t"), Options())
    assert base != cache_key(b, Options())
    assert base != cache_key(a, Options(algorithm="lead"))
    assert base != cache_key(a, Options(length=SummaryLength(10, percent=True)))
    assert base != cache_key(a, Options(model="some_other_model"))
    import briefing.store.cache as cache_module

    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "changed analysis code")
    assert base != cache_key(a, Options())


def test_code_fingerprint_changes_when_analysis_code_changes(tmp_path, monkeypatch):
    import briefing.store.cache as cache_module

    fake = tmp_path / "analysis"
    fake.mkdir()
    (fake / "rules.py").write_text("X = 1\n")
    monkeypatch.setattr(cache_module, "_ANALYSIS_DIR", fake)
    cache_module.code_fingerprint.cache_clear()
    try:
        before = code_fingerprint()
        (fake / "rules.py").write_text("X = 2\n")
        cache_module.code_fingerprint.cache_clear()
        assert code_fingerprint() != before
    finally:
        cache_module.code_fingerprint.cache_clear()


def test_library_keeps_articles_read_state_bookmarks_and_notes(tmp_path):
    article = Article("The minister said so.", "a.txt", title="Minister", url="http://x/a")
    with Store.open(tmp_path) as store:
        lib = store.library
        assert lib.add(article, origin="feed.xml") == article.id
        assert lib.mark_read(article.id) and lib.set_bookmark(article.id)
        note = lib.add_note(article.id, "check this", (4, 12))
        lib.add_note(article.id, "and this")
        assert not lib.mark_read("no-such-id")
    with Store.open(tmp_path) as store:  # survives reopening
        lib = store.library
        (entry,) = lib.entries()
        assert entry.article == article and entry.origin == "feed.xml"
        assert entry.read is not None and entry.bookmarked
        assert [n.body for n in lib.notes(article.id)] == ["check this", "and this"]
        assert lib.notes(article.id)[0].span == (4, 12)
        assert lib.entries(unread=True) == [] and lib.entries(bookmarked=True) == [entry]
        # reading it again from elsewhere refreshes metadata, keeps state and notes
        lib.add(replace(article, source="b.txt", title=None))
        entry = lib.get(article.id)
        assert entry.article.source == "b.txt" and entry.article.title == "Minister"
        assert entry.bookmarked and len(lib.notes(article.id)) == 2
        assert note.span == (4, 12) and lib.notes(article.id)[0].id == note.id


def test_a_failed_write_leaves_nothing_behind(tmp_path):
    with Store.open(tmp_path) as store:
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
            conn.execute("INSERT INTO articles (id, text, source, added) VALUES ('a', 't', 's', 0)")
            conn.execute("INSERT INTO articles (id, text, source, added) VALUES ('a', 't', 's', 0)")
        assert store.library.get("a") is None
        store.library.add(Article("still works", "s"))


def test_wal_and_busy_timeout(tmp_path):
    with Store.open(tmp_path) as store, store.reading() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_two_processes_write_at_once(tmp_path):
    script = (
        "import sys\n"
        "from briefing.store import Store\n"
        "from briefing.analysis.types import Article\n"
        "s = Store.open(sys.argv[1])\n"
        "for i in range(40):\n"
        "    s.library.add(Article(f'{sys.argv[2]} {i}', 'x'))\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), name])
        for name in ("first", "second")
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    with Store.open(tmp_path) as store:
        assert len(store.library.entries()) == 80


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_corrupt_file_is_moved_aside_and_replaced(tmp_path, content):
    (tmp_path / FILE_NAME).write_bytes(content)
    with Store.open(tmp_path) as store:
        (note,) = store.notes
        assert "moved it aside" in note and str(tmp_path / FILE_NAME) in note
        store.library.add(Article("fresh", "x"))
    aside = [p for p in tmp_path.iterdir() if ".broken-" in p.name and not p.name.endswith("-wal")]
    aside = [p for p in aside if not p.name.endswith("-shm")]
    assert len(aside) == 1 and aside[0].read_bytes() == content  # kept, never dropped
    with Store.open(tmp_path) as store:
        assert store.notes == [] and len(store.library.entries()) == 1


def test_foreign_sqlite_database_is_moved_aside(tmp_path):
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    conn.execute("CREATE TABLE accounts (name TEXT)")
    conn.execute("INSERT INTO accounts VALUES ('precious')")
    conn.commit()
    conn.close()
    with Store.open(tmp_path) as store:
        assert "another program's" in store.notes[0]
    (aside,) = tmp_path.glob(f"{FILE_NAME}.broken-*[0-9]")
    assert sqlite3.connect(aside).execute("SELECT name FROM accounts").fetchone() == ("precious",)


def test_database_from_a_newer_version_is_left_alone(tmp_path):
    Store.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer briefing"):
        Store.open(tmp_path)
    assert [p.name for p in tmp_path.glob("*.broken-*")] == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory_is_a_store_error(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            Store.open(tmp_path / "sub")
    finally:
        tmp_path.chmod(0o700)


def test_unwritable_location_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create"):
        Store.open(blocker / "sub")


def test_a_file_another_process_already_replaced_is_not_moved_aside(tmp_path, monkeypatch):
    import briefing.store.database as database

    path = tmp_path / FILE_NAME
    path.write_bytes(b"corrupt" * 100)
    real_open = database._open
    calls = []

    def racing_open(p):
        if not calls:  # this process finds the corrupt file while another replaces it
            calls.append(p)
            p.rename(tmp_path / "theirs-moved-aside")
            real_open(p).close()
            raise database._Unusable("not a usable database (file is not a database)")
        return real_open(p)

    monkeypatch.setattr(database, "_open", racing_open)
    with Store.open(tmp_path) as store:
        assert store.notes == []
    assert not list(tmp_path.glob("*.broken-*"))


def test_data_dir_precedence(tmp_path, monkeypatch):
    from platformdirs import user_data_path

    from briefing.config import Settings

    monkeypatch.delenv("BRIEFING_HOME", raising=False)
    assert Settings().directory() == user_data_path("briefing", appauthor=False)
    monkeypatch.setenv("BRIEFING_HOME", str(tmp_path / "home"))
    assert Settings().directory() == tmp_path / "home"
    flag = Settings(data_dir=tmp_path / "flag")
    assert flag.directory() == tmp_path / "flag"  # --data-dir wins over BRIEFING_HOME


def test_a_connection_is_closed_whatever_preparing_it_raises(tmp_path, monkeypatch):
    import sqlite3

    from briefing.store import database

    closed: list[bool] = []

    class Tracked(sqlite3.Connection):
        def close(self):
            closed.append(True)
            super().close()

    real_connect = sqlite3.connect
    monkeypatch.setattr(
        database.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=Tracked, **k)
    )

    def broken(conn):
        raise OSError("disk went away")

    monkeypatch.setattr(database, "_prepare", broken)
    with pytest.raises(OSError):
        database._open(tmp_path / "x.sqlite3")
    assert closed == [True]
