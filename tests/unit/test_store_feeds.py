"""The store's subscriptions and state, and a store of the first schema brought up to date."""

from __future__ import annotations

import sqlite3

from briefing.analysis.types import Article
from briefing.store import FILE_NAME, Store


def test_subscriptions_keep_validators_results_and_article_counts(tmp_path):
    with Store.open(tmp_path) as store:
        assert store.feeds.add("http://a/feed", "A", ["news"])
        assert not store.feeds.add("http://a/feed", "other title")
        assert store.feeds.add_many([("http://b/feed", None, ()), ("http://a/feed", None, ())]) == 1
        store.library.add(Article("one", "http://a/feed", url="http://a/1"), origin="http://a/feed")
        store.feeds.record("http://a/feed", "1 new", title="A!", etag='"x"', last_modified="L")
        store.feeds.record("http://b/feed", "HTTP 500", failed=True)
    with Store.open(tmp_path) as store:
        a, b = store.feeds.all()
        assert (a.title, a.tags, a.etag, a.last_modified, a.articles) == (
            "A!",
            ("news",),
            '"x"',
            "L",
            1,
        )
        assert (a.result, a.failed, b.result, b.failed) == ("1 new", False, "HTTP 500", True)
        assert store.feeds.links("http://a/feed") == {"http://a/1"}
        assert store.feeds.remove("http://a/feed") and not store.feeds.remove("http://a/feed")
        assert len(store.library.entries()) == 1  # its articles stay


def test_add_new_says_which_articles_are_new(tmp_path):
    with Store.open(tmp_path) as store:
        one, two = Article("one", "s"), Article("two", "s")
        assert store.library.add_new([one]) == [one]
        assert store.library.add_new([one, two]) == [two]


def test_marks_are_read_in_one_query(tmp_path):
    with Store.open(tmp_path) as store:
        one, two, three = (Article(t, "s") for t in ("one", "two", "three"))
        store.library.add_many([one, two, three])
        store.library.mark_read(one.id)
        store.library.set_bookmark(two.id)
        assert store.library.marks() == {one.id: (True, False), two.id: (False, True)}


def test_state_round_trips_json_values(tmp_path):
    with Store.open(tmp_path) as store:
        assert store.state.get("place") is None
        store.state.set("place", {"article": "abc", "length": 4})
        store.state.set("place", {"article": "def", "length": 5})
    with Store.open(tmp_path) as store:
        assert store.state.get("place") == {"article": "def", "length": 5}


def test_a_store_of_the_first_schema_gains_the_new_tables(tmp_path):
    with Store.open(tmp_path) as store:
        store.library.add(Article("kept", "s"))
    conn = sqlite3.connect(tmp_path / FILE_NAME)
    conn.executescript("DROP TABLE feeds; DROP TABLE state; PRAGMA user_version = 1;")
    conn.close()
    with Store.open(tmp_path) as store:
        assert store.notes == []
        assert store.feeds.add("http://a/feed")
        store.state.set("k", 1)
        assert [e.article.text for e in store.library.entries()] == ["kept"]


def test_a_new_store_waits_for_another_process_holding_the_file(tmp_path):
    """Switching to WAL fails at once (SQLite calls no busy handler for it) while another
    connection holds a fresh file; opening the store waits for it instead."""
    import threading

    path = tmp_path / FILE_NAME
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with Store.open(tmp_path) as store:
            assert store.feeds.add("http://a/feed")
    finally:
        release.join()
        other.close()


def test_fetch_asks_conditionally_and_a_304_is_an_empty_answer():
    from feed_server import feed_server, item, rss

    from briefing.config import Fetching
    from briefing.sources.urls import fetch

    fast = Fetching(connect_timeout=1.0, total_timeout=2.0)
    with feed_server() as server:
        server.feeds["/f.xml"] = rss(server.base, "F", [item(server.base, 1)])
        first = fetch(f"{server.base}/f.xml", fast)
        assert first.status == 200 and first.content and first.etag and first.last_modified
        again = fetch(f"{server.base}/f.xml", fast, etag=first.etag, last_modified="x")
        assert (again.status, again.content, again.etag) == (304, b"", first.etag)
        assert server.seen("/f.xml")[1] == {"If-None-Match": first.etag, "If-Modified-Since": "x"}
        server.feeds["/f.xml"] = rss(server.base, "F", [item(server.base, 2)])
        changed = fetch(f"{server.base}/f.xml", fast, etag=first.etag)
        assert changed.status == 200 and changed.etag != first.etag
