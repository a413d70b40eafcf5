"""``briefing feeds`` and ``briefing refresh`` against feeds served on 127.0.0.1."""

from __future__ import annotations

import pytest
from feed_server import feed_server, item, rss

from briefing.cli import main
from briefing.store import Store

FAST = ["--timeout", "2", "--connect-timeout", "1"]


@pytest.fixture
def server():
    with feed_server() as served:
        base = served.base
        served.feeds["/news.xml"] = rss(base, "Local news", [item(base, 1), item(base, 2)])
        served.feeds["/world.xml"] = rss(base, "World", [item(base, 3)])
        served.pages["/page.html"] = b"<html><body><p>Not a feed at all.</p></body></html>"
        yield served


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


def run(capsys, home, *args):
    code = main([*args, "--data-dir", str(home), *FAST])
    out, err = capsys.readouterr()
    return code, out, err


def feeds_in(home) -> list[str]:
    with Store.open(home) as store:
        return [f.url for f in store.feeds.all()]


def test_add_subscribes_a_feed_with_its_title(capsys, home, server):
    code, out, err = run(capsys, home, "feeds", "add", f"{server.base}/news.xml")
    assert code == 0, err
    assert "subscribed" in out and "Local news" in out
    assert feeds_in(home) == [f"{server.base}/news.xml"]
    server.requests.clear()
    code, out, _ = run(capsys, home, "feeds", "add", f"{server.base}/news.xml")
    assert code == 0 and "already subscribed" in out and server.requests == []


@pytest.mark.parametrize(
    ("path", "reason"),
    [("/page.html", "not an RSS or Atom feed"), ("/gone.xml", "HTTP 404")],
)
def test_add_refuses_what_is_not_a_feed_in_one_line(capsys, home, server, path, reason):
    code, out, err = run(capsys, home, "feeds", "add", f"{server.base}{path}")
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert reason in err and "not subscribed" in err and path in err
    assert feeds_in(home) == []


def test_add_a_slow_or_malformed_feed(capsys, home, server):
    code, _, err = main_with(capsys, home, "feeds", "add", f"{server.base}/slow.xml", timeout="0.5")
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert "no answer within 0.5 s" in err and "not subscribed" in err
    server.feeds["/broken.xml"] = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x'
    code, _, err = run(capsys, home, "feeds", "add", f"{server.base}/broken.xml")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "malformed feed" in err
    assert feeds_in(home) == []


def main_with(capsys, home, *args, timeout: str):
    code = main([*args, "--data-dir", str(home), "--timeout", timeout])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_an_unreachable_url(capsys, home):
    code, _, err = run(capsys, home, "feeds", "add", "http://127.0.0.1:9/feed.xml")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "cannot connect" in err
    assert feeds_in(home) == []


def test_remove_and_list(capsys, home, server):
    run(capsys, home, "feeds", "add", f"{server.base}/news.xml", f"{server.base}/world.xml")
    code, out, _ = run(capsys, home, "feeds", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].split("\t")[:3] == [f"{server.base}/news.xml", "Local news", "0 articles"]
    assert "never refreshed" in lines[0]
    code, out, _ = run(capsys, home, "feeds", "remove", f"{server.base}/news.xml")
    assert code == 0 and feeds_in(home) == [f"{server.base}/world.xml"]
    code, _, err = run(capsys, home, "feeds", "remove", f"{server.base}/news.xml")
    assert code == 1 and "not subscribed" in err


def test_refresh_without_subscriptions_says_so(capsys, home):
    code, out, err = run(capsys, home, "refresh")
    assert code == 1 and "no subscriptions" in err and out == ""


def test_refresh_counts_then_asks_conditionally_and_brings_only_the_new_item(capsys, home, server):
    news, world = f"{server.base}/news.xml", f"{server.base}/world.xml"
    run(capsys, home, "feeds", "add", news, world)
    server.requests.clear()
    code, out, err = run(capsys, home, "refresh")
    assert code == 0, err
    assert out.strip() == "3 new articles from 2 feeds"
    assert server.seen("/news.xml") == [{}]  # the first refresh has nothing to compare with
    with Store.open(home) as store:
        entries = store.library.entries()
        assert len(entries) == 3
        first = next(e.article for e in entries if e.article.title == "Story 1")
        assert first.url == f"{server.base}/story/1" and first.author
        assert first.date == "2024-05-11T09:00:00Z" and entries[0].origin in (news, world)

    base = server.base
    server.feeds["/news.xml"] = rss(base, "Local news", [item(base, n) for n in (1, 2, 4)])
    server.requests.clear()
    code, out, err = run(capsys, home, "refresh")
    assert code == 0, err
    assert out.strip() == "1 new article from 2 feeds"
    news_asked, world_asked = server.seen("/news.xml"), server.seen("/world.xml")
    assert len(news_asked) == 1 and news_asked[0]["If-None-Match"]
    assert news_asked[0]["If-Modified-Since"] == "Tue, 14 May 2024 09:00:00 GMT"
    assert len(world_asked) == 1 and world_asked[0]["If-None-Match"]  # answered 304
    with Store.open(home) as store:
        assert len(store.library.entries()) == 4
    code, out, _ = run(capsys, home, "feeds", "list")
    assert "3 articles" in out and "(1 new)" in out and "not modified" in out


def test_teasers_are_fetched_once(capsys, home, server):
    base = server.base
    server.feeds["/teasers.xml"] = rss(base, "Teasers", [item(base, 5, teaser=True)])
    server.pages["/story/5"] = (
        "<html><head><title>Story 5</title></head><body><article>"
        + "".join(f"<p>Paragraph {i}. {'Words of the full story. ' * 12}</p>" for i in range(6))
        + "</article></body></html>"
    ).encode()
    run(capsys, home, "feeds", "add", f"{base}/teasers.xml")
    code, out, err = run(capsys, home, "refresh")
    assert code == 0 and out.startswith("1 new article from 1 feed"), err
    with Store.open(home) as store:
        (entry,) = store.library.entries()
        assert "Words of the full story" in entry.article.text
    server.feeds["/teasers.xml"] = rss(base, "Teasers", [item(base, 5, teaser=True), item(base, 6)])
    code, out, _ = run(capsys, home, "refresh")
    assert out.strip() == "1 new article from 1 feed"
    assert len(server.seen("/story/5")) == 1  # its full text is not fetched again


def test_a_failing_feed_is_named_and_the_others_go_on(capsys, home, server):
    run(capsys, home, "feeds", "add", f"{server.base}/news.xml")
    del server.feeds["/news.xml"]
    with Store.open(home) as store:
        store.feeds.add(f"{server.base}/world.xml")
    server.feeds["/news.xml"] = b"<html>gone to html</html>"
    code, out, _ = run(capsys, home, "refresh")
    assert code == 1
    assert out.strip() == (
        "1 new article from 2 feeds, 1 failed: Local news (not an RSS or Atom feed)"
    )


OPML = """<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
<outline text="Tech"><outline text="World" type="rss" xmlUrl="{base}/world.xml"/></outline>
<outline text="Gopher" type="rss" xmlUrl="gopher://old.example/feed"/>
</body></opml>"""


def test_import_opml(capsys, home, server, tmp_path):
    path = tmp_path / "subs.opml"
    path.write_text(OPML.format(base=server.base), encoding="utf-8")
    code, out, err = run(capsys, home, "feeds", "import", str(path))
    assert code == 0, err
    assert "subscribed to 1 feed" in out and "gopher" in err and "skipped" in err
    assert feeds_in(home) == [f"{server.base}/world.xml"]


def test_import_newsboat_urls(capsys, home, server, tmp_path):
    path = tmp_path / "urls"
    path.write_text(
        "# my feeds\n\n"
        f'{server.base}/news.xml tech "~Local paper"\n'
        f"{server.base}/world.xml\n"
        '"query:Unread:unread = \\"yes\\""\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, home, "feeds", "import", str(path))
    assert code == 0, err
    assert "subscribed to 2 feeds" in out and "query" in err
    with Store.open(home) as store:
        first, second = store.feeds.all()
    assert (first.title, first.tags) == ("Local paper", ("tech",))
    assert second.url == f"{server.base}/world.xml"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b'<?xml version="1.0"?><opml version="2.0"><body></body></opml>', "no http(s) feed"),
        (b"<opml><body><outline xmlUrl='http://a/b'></body", "malformed OPML"),
        (b"http://127.0.0.1/a.xml\nnot a url at all\n", "line 2: not a feed URL"),
        (b'http://127.0.0.1/a.xml "~unclosed\n', "line 1"),
        (b"\x00\xff\xfe binary", "not text"),
    ],
)
def test_a_bad_subscription_file_imports_nothing(capsys, home, tmp_path, content, reason):
    path = tmp_path / "subs"
    path.write_bytes(content)
    code, out, err = run(capsys, home, "feeds", "import", str(path))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert reason in err and "nothing imported" in err and str(path) in err
    assert feeds_in(home) == []


def test_import_a_missing_file(capsys, home, tmp_path):
    code, _, err = run(capsys, home, "feeds", "import", str(tmp_path / "nope.opml"))
    assert code == 1 and "No such file" in err


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_import_what_is_not_a_file_is_refused_at_once(capsys, home, tmp_path, kind):
    import os

    path = tmp_path / "subs"
    if kind == "fifo":
        os.mkfifo(path)  # no writer: reading would wait for ever
    elif kind == "directory":
        path.mkdir()
    else:
        path = "/dev/zero"
    code, out, err = run(capsys, home, "feeds", "import", str(path))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "nothing imported" in err


def test_a_new_users_session_from_subscribing_to_exporting(capsys, home, server, tmp_path):
    """Add a feed, import another, list, refresh; marks made in the reader then decide what
    `export --library --unread` and `--bookmarked` hold; notes go into the Markdown."""
    import json

    base = server.base
    assert run(capsys, home, "feeds", "add", f"{base}/news.xml")[0] == 0
    opml = tmp_path / "more.opml"
    opml.write_text(OPML.format(base=base), encoding="utf-8")
    assert run(capsys, home, "feeds", "import", str(opml))[0] == 0
    code, out, _ = run(capsys, home, "feeds", "list")
    assert len(out.splitlines()) == 2
    code, out, _ = run(capsys, home, "refresh")
    assert out.strip() == "3 new articles from 2 feeds"
    with Store.open(home) as store:
        first, second, _ = store.library.entries()
        store.library.mark_read(first.article.id)
        store.library.set_bookmark(second.article.id)
        store.library.add_note(second.article.id, "follow this up", (0, 5))

    def exported(*flags: str, format: str = "json"):
        code, out, err = run(capsys, home, "export", "--library", *flags, "--format", format)
        assert code == 0, err
        return json.loads(out)["articles"] if format == "json" else out

    assert len(exported()) == 3
    unread = exported("--unread")
    assert len(unread) == 2 and first.article.id not in {a["id"] for a in unread}
    (bookmarked,) = exported("--bookmarked")
    assert bookmarked["id"] == second.article.id
    assert bookmarked["library"]["notes"] == [{"text": "follow this up", "span": [0, 5]}]
    assert bookmarked["library"]["bookmarked"] and not bookmarked["library"]["read"]
    markdown = exported("--bookmarked", format="md")
    assert "## Notes\n\n- follow this up (on “Story" in markdown


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["export"], "give a SOURCE to export, or --library"),
        (["export", "--unread"], "--unread and --bookmarked go with --library"),
        (["export", "--library", "a.txt"], "not both"),
    ],
)
def test_export_library_usage(capsys, home, args, reason):
    code, out, err = run(capsys, home, *args)
    assert code == 2 and out == "" and reason in err
