"""A feed server on 127.0.0.1 for the library's tests: feeds that gain items, validators
(ETag, Last-Modified) and a log of every request with its conditional headers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from tests.local_server import serving

PARAGRAPH = (
    "The transport minister said on Tuesday that the new rail line would open in the spring, "
    "two years later than first promised, after a review of the tunnel works. "
)


def item(base: str, n: int, *, teaser: bool = False) -> str:
    """Item ``n``: full text in the feed, or (``teaser``) a teaser linking to a page."""
    body = "<description>Short teaser. Read more</description>" if teaser else (
        f"<content:encoded><![CDATA[<p>Story {n}. {PARAGRAPH * 8}</p>]]></content:encoded>"
    )  # fmt: skip
    return (
        f"<item><title>Story {n}</title><link>{base}/story/{n}</link>"
        f"<pubDate>Tue, {10 + n:02d} May 2024 09:00:00 GMT</pubDate>"
        f"<author>desk@example.org (Desk {n})</author>{body}</item>"
    )


def rss(base: str, title: str, items: list[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


@dataclass
class FeedServer:
    base: str = ""
    feeds: dict[str, bytes] = field(default_factory=dict)
    """Path -> feed body; changing one changes its ETag."""
    pages: dict[str, bytes] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """Every request: its path and its conditional headers."""

    def seen(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    state = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            conditions = {
                k: v for k in ("If-None-Match", "If-Modified-Since") if (v := self.headers.get(k))
            }
            state.requests.append((self.path, conditions))
            if self.path == "/slow.xml":  # says nothing for longer than the tests wait
                time.sleep(3)
                return
            if self.path in state.feeds:
                body = state.feeds[self.path]
                etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
                if conditions.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self._send(200, "application/rss+xml", body, etag)
            elif self.path in state.pages:
                self._send(200, "text/html", state.pages[self.path])
            else:
                self._send(404, "text/plain", b"not here")

        def _send(self, status: int, kind: str, body: bytes, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Tue, 14 May 2024 09:00:00 GMT")
            self.end_headers()
            self.wfile.write(body)

    with serving(Handler) as base:
        state.base = base
        yield state
