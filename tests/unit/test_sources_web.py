"""URLs, HTML pages and feeds, against a local server started here (never the internet)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler

import pytest

from briefing.config import Fetching
from briefing.sources import SourceError, load, load_all
from tests.local_server import serving

FAST = Fetching(connect_timeout=1.0, total_timeout=0.6, max_bytes=200_000, max_redirects=3)

PARAGRAPHS = [
    "The transport minister said on Tuesday that the new rail line would open in the spring, "
    "two years later than first promised, after a review of the tunnel works.",
    'Opposition leaders demanded an inquiry into the delays. "Passengers have waited long '
    'enough," one of them told reporters outside parliament, calling the project a failure.',
    "The rail operator warned that fares could rise if the costs kept growing, while unions "
    "promised to support the opening timetable if staffing levels were guaranteed.",
]


def page(title: str, paragraphs: list[str] = PARAGRAPHS, author: str = "Ana Silva") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>"
        f'<meta name="author" content="{author}">'
        '<meta property="article:published_time" content="2024-05-14"></head>'
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright the paper</footer>"
        "</body></html>"
    )


def feed(base: str) -> str:
    full = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Local news</title><link>{base}/</link><description>Test feed</description>
<item><title>Rail line delayed again</title><link>{base}/full.html</link>
<pubDate>Tue, 14 May 2024 09:00:00 GMT</pubDate><author>desk@example.org (News desk)</author>
<description>The line opens in spring.</description>
<content:encoded><![CDATA[{full}]]></content:encoded></item>
<item><title>Unions back timetable</title><link>{base}/unions.html</link>
<description>Unions promised support...</description></item>
<item><title>Fares may rise</title><link>{base}/missing.html</link>
<description>The operator warned about fares. Read more</description></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/never":  # accepts the connection, then says nothing (bounded)
            time.sleep(3)
            return
        if path.startswith("/loop"):
            self._send(302, "text/html", b"", {"Location": "/loop"})
            return
        if path == "/huge":  # no Content-Length; streams until the client hangs up
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(2000):
                    self.wfile.write(b"word " * 2000)
            except OSError:
                pass
            return
        if path == "/moved":
            self._send(301, "text/html", b"", {"Location": "/page.html"})
            return
        status, kind, body = self.routes.get(path, (404, "text/html", b"<h1>Not Found</h1>"))
        self._send(status, kind, body)

    def _send(self, status: int, kind: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Handler) as base:  # requests come after the routes are set
        _Handler.routes = routes(base)
        yield base


def routes(base: str) -> dict[str, tuple[int, str, bytes]]:
    html = "text/html; charset=utf-8"
    return {
        "/page.html": (200, html, page("Rail line delayed again").encode()),
        "/full.html": (200, html, page("Rail line delayed again").encode()),
        "/unions.html": (200, html, page("Unions back timetable", PARAGRAPHS[1:] * 2).encode()),
        "/empty.html": (200, html, b"<html><body><nav>Home | World</nav></body></html>"),
        "/feed.xml": (200, "application/rss+xml", feed(base).encode()),
        "/broken.xml": (200, "application/rss+xml", b"<rss><channel><item><title>x</ti"),
        "/slow.xml": (
            200,
            "application/rss+xml",
            feed(base).replace("/unions.html", "/never").encode(),
        ),
        "/plain.txt": (200, "text/plain; charset=latin-1", " ".join(PARAGRAPHS).encode("latin-1")),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        "/error": (500, html, b"<h1>Internal Server Error</h1>"),
    }


def test_html_page_gives_text_and_metadata(server):
    (article,) = load(f"{server}/page.html", FAST)
    assert article.title == "Rail line delayed again"
    assert article.author == "Ana Silva" and article.date == "2024-05-14"
    assert article.source == f"{server}/page.html" and article.url == f"{server}/page.html"
    assert article.text.startswith("The transport minister said")
    assert "Home" not in article.text and "Copyright" not in article.text


def test_redirect_is_followed_and_the_final_url_kept(server):
    (article,) = load(f"{server}/moved", FAST)
    assert article.source == f"{server}/moved" and article.url == f"{server}/page.html"


def test_plain_text_url_uses_the_declared_charset(server):
    (article,) = load(f"{server}/plain.txt", FAST)
    assert article.text == " ".join(PARAGRAPHS)


def test_feed_gives_one_article_per_item_fetching_teasers(server):
    articles = load(f"{server}/feed.xml", FAST)
    assert [a.title for a in articles] == [
        "Rail line delayed again",
        "Unions back timetable",
        "Fares may rise",
    ]
    full, fetched, teaser = articles
    assert full.text.count("transport minister") == 3 and not full.notes
    assert full.date == "2024-05-14T09:00:00Z" and full.url == f"{server}/full.html"
    assert fetched.text.startswith("Opposition leaders demanded") and len(fetched.text) > 300
    assert fetched.author == "Ana Silva" and not fetched.notes
    assert teaser.text.startswith("The operator warned about fares")
    (note,) = teaser.notes
    assert "only the feed's teaser" in note and "HTTP 404" in note


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/nowhere.html", "HTTP 404 Not Found"),
        ("/error", "HTTP 500 Internal Server Error"),
        ("/never", "no answer within 0.6 s"),
        ("/loop", "too many redirects (more than 3"),
        ("/huge", "response too large"),
        ("/image.png", "not a text document (content type image/png)"),
        ("/empty.html", "no article text found"),
        ("/broken.xml", "malformed feed"),
    ],
)
def test_bad_urls_give_one_clean_reason_quickly(server, path, reason):
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        load(f"{server}{path}", FAST)
    assert time.monotonic() - started < 5
    message = str(info.value)
    assert message.startswith(f"{server}{path}: ") and reason in message
    assert "\n" not in message


def test_unreachable_server_and_other_schemes(server):
    port = int(server.rsplit(":", 1)[1])
    loaded = load_all(
        [
            f"http://127.0.0.1:{port + 1 if port < 65535 else 1}/x",
            "ftp://example.org/a",
            "file:///etc/passwd",
        ],
        FAST,
    )
    assert not loaded.articles
    reasons = [e.reason for e in loaded.errors]
    assert reasons[0].startswith(("cannot connect", "could not connect"))
    assert reasons[1:] == [
        "unsupported URL scheme 'ftp': only http and https",
        "unsupported URL scheme 'file': only http and https",
    ]


def test_feed_and_html_files_in_a_folder(tmp_path, server):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Headline here\n\n" + " ".join(PARAGRAPHS))
    (folder / "b.html").write_text(page("A page"))
    (folder / "sub" / "c.xml").write_text(feed("http://127.0.0.1:9"))  # links unreachable
    (folder / "sub" / "d.rss").write_text(feed(server))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    loaded = load_all([str(folder)], FAST)
    assert not loaded.errors
    titles = [a.title for a in loaded.articles]
    assert titles[:2] == ["Headline here", "A page"] and len(titles) == 6
    unreachable = loaded.articles[2:5]  # c.xml's; d.rss gives the same first and last again
    assert [a.title for a in loaded.articles[5:]] == ["Unions back timetable"]  # fetched
    rail, unions, fares = unreachable
    assert rail.notes == ()  # its full text is in the feed
    assert ["the full text failed" in n for n in unions.notes] == [True]  # fetched for d.rss
    assert ["the full text failed" in n for n in fares.notes] == [True]
    copied = f"has the same text as in {folder / 'sub' / 'c.xml'}, shown once"
    d_rss = folder / "sub" / "d.rss"
    assert loaded.copies == [f'{d_rss}: "{a.title}" {copied}' for a in (rail, fares)]


def test_teaser_fetching_stops_at_the_feed_budget(server):
    budget = replace(FAST, teaser_budget=0.25)  # 0.15 s, less than one request timeout
    started = time.monotonic()
    articles = load(f"{server}/slow.xml", budget)
    assert time.monotonic() - started < 2.5  # /never holds a request for 3 s
    slow = articles[1]
    assert slow.text == "Unions promised support..."
    assert "no time left to fetch" in slow.notes[-1]
