"""Hostile servers (issue 11): compression bombs, dripping headers, fetches that outlive a feed.

Every server runs on 127.0.0.1 inside the test. Time bounds are loose (a slow machine passes
them by far); what they tell apart is "ends at the deadline" from "runs as long as the server
likes" (the dripping server keeps going for a minute).
"""

from __future__ import annotations

import contextlib
import gzip
import struct
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler

import pytest

from briefing.config import Fetching
from briefing.sources import SourceError, load, load_all
from tests.local_server import serving

CAP = 200_000
FAST = Fetching(connect_timeout=1.0, total_timeout=0.5, max_bytes=CAP, max_redirects=3)
DRIP_SECONDS = 60
ARTICLE = "<p>" + "The minister said the budget would be balanced next year. " * 20 + "</p>"


@cache
def gzip_bomb(megabytes: int = 1100) -> bytes:
    """A valid gzip stream of ``megabytes`` MB of zeros, built without compressing them all:
    after a full flush, every further megabyte of zeros deflates to the same bytes."""
    zeros = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    first = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(zeros) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    body = first + again * (megabytes - 1) + deflate.flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + body + struct.pack("<II", crc, (megabytes << 20) & 0xFFFFFFFF)


@cache
def double_gzip_bomb() -> bytes:
    """About 3 KB on the wire, 1.1 GB once both layers of ``gzip, gzip`` are undone."""
    return gzip.compress(gzip_bomb(), 9)


def feed(base: str, link: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Budget news</title><link>{base}{link}</link>"
        "<description>The budget would be balanced...</description></item>"
        "</channel></rss>"
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        try:
            if self.path == "/bomb.html":
                self._send(double_gzip_bomb(), "text/html", "gzip, gzip")
            elif self.path == "/triple-bomb.html":
                self._send(deflate_gzip_bomb(), "text/html", "gzip, deflate, gzip")
            elif self.path == "/brotli.html":
                self._send(b"\x0b\x02\x80hello\x03", "text/html", "br")
            elif self.path == "/gzipped.html":
                page = f"<html><body><article>{ARTICLE}</article></body></html>".encode()
                self._send(gzip.compress(zlib.compress(page)), "text/html", "deflate, gzip")
            elif self.path == "/drip-headers":
                self._drip(b"HTTP/1.1 200 OK\r\n", b"X-Drip: a\r\n")
            elif self.path == "/drip-body":
                head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
                self._drip(head, b"word ")
            elif self.path.startswith("/feed-"):
                self._send(feed(base, "/" + self.path[len("/feed-") :]), "application/rss+xml")
        except OSError:  # the client hung up, as it should
            pass

    def _send(self, body: bytes, kind: str, encoding: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, head: bytes, piece: bytes) -> None:
        self.close_connection = True
        self.wfile.write(head)
        ends = time.monotonic() + DRIP_SECONDS
        while time.monotonic() < ends:
            self.wfile.write(piece)
            self.wfile.flush()
            time.sleep(0.05)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Handler) as base:
        yield base


@cache
def deflate_gzip_bomb() -> bytes:
    """Three layers: ``gzip, deflate, gzip``, 1.1 GB of zeros inside."""
    return gzip.compress(zlib.compress(gzip_bomb(), 9))


def _peak_bytes(call) -> tuple[object, int]:
    import feedparser  # noqa: F401  (imports are not what is measured)
    import trafilatura  # noqa: F401

    double_gzip_bomb(), deflate_gzip_bomb()  # built before measuring
    tracemalloc.start()
    try:
        try:
            result = call()
        except SourceError as exc:
            result = exc
        peak = tracemalloc.get_traced_memory()[1]
        print(f"peak traced memory: {peak / 1e6:.1f} MB")
        return result, peak
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("path", ["/bomb.html", "/triple-bomb.html"])
def test_nested_compression_bomb_stops_at_the_cap_in_bounded_memory(server, path):
    error, peak = _peak_bytes(lambda: load(f"{server}{path}", FAST))
    assert isinstance(error, SourceError)
    assert error.reason == f"response too large: more than {CAP / 1e6:g} MB, the limit is 0.2 MB"
    assert peak < 30_000_000  # the bomb holds 1.1 GB; the cap is 0.2 MB


def test_compression_bomb_behind_a_feed_teaser_keeps_the_teaser(server):
    load(f"{server}/feed-gzipped.html", FAST)  # trafilatura's first use is not what is measured
    articles, peak = _peak_bytes(lambda: load(f"{server}/feed-bomb.html", FAST))
    (article,) = articles
    assert article.text == "The budget would be balanced..."
    assert "only the feed's teaser" in article.notes[-1]
    assert "response too large" in article.notes[-1]
    assert peak < 30_000_000


def test_nested_encodings_are_undone(server):
    (article,) = load(f"{server}/gzipped.html", FAST)
    assert article.text.startswith("The minister said the budget")


def test_an_encoding_that_cannot_be_undone_is_named(server):
    with pytest.raises(SourceError, match="unsupported content encoding 'br'"):
        load(f"{server}/brotli.html", FAST)


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body"])
def test_a_dripping_server_is_cut_off_at_the_total_timeout(server, path):
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        load(f"{server}{path}", FAST)
    assert time.monotonic() - started < DRIP_SECONDS / 3
    assert info.value.reason == "no answer within 0.5 s (timed out)"


def test_teaser_fetches_still_running_are_ended_when_the_feed_budget_is_spent(server):
    # 0.25 s of the 20 s request timeout
    slow = Fetching(connect_timeout=1.0, total_timeout=20.0, max_bytes=CAP, teaser_budget=0.0125)
    before = set(threading.enumerate())
    (article,) = load(f"{server}/feed-drip-headers", slow)
    assert "no time left to fetch" in article.notes[-1]
    started = [t for t in threading.enumerate() if t not in before and not t.daemon]
    for thread in started:
        thread.join(timeout=slow.total_timeout / 4)
    assert not [t.name for t in started if t.is_alive()]


def test_urls_httpx_cannot_use_are_one_error_each_and_the_batch_goes_on(server):
    bad = ["http://" + "a" * 300 + ".example/", "http://a..b/", "http://\x1b]0;x\x07/"]
    loaded = load_all([*bad, f"{server}/gzipped.html"], FAST)
    assert len(loaded.articles) == 1
    assert [e.source for e in loaded.errors] == [bad[0], bad[1], "http://\\x1b]0;x\\x07/"]
    assert all(e.reason.startswith("not a valid URL: ") for e in loaded.errors)


def test_a_tls_server_dripping_its_headers_is_cut_off_too():
    """Under TLS the socket httpcore connects is replaced by the TLS one: the watchdog must
    shut the one that lives. (A certificate made for this test, for 127.0.0.1.)"""
    import socket
    import ssl
    from pathlib import Path

    from briefing.sources.urls import client, fetch

    tls = Path(__file__).parent / "tls"
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(tls / "localhost-cert.pem", tls / "localhost-key.pem")
    listener = socket.create_server(("127.0.0.1", 0))

    def drip() -> None:
        conn, _ = listener.accept()
        with contextlib.suppress(OSError), server_context.wrap_socket(conn, server_side=True) as s:
            s.recv(4096)
            s.sendall(b"HTTP/1.1 200 OK\r\n")
            ends = time.monotonic() + DRIP_SECONDS
            while time.monotonic() < ends:
                s.sendall(b"X-Drip: a\r\n")
                time.sleep(0.05)

    threading.Thread(target=drip, daemon=True).start()
    trust = ssl.create_default_context(cafile=str(tls / "localhost-cert.pem"))
    http = client(FAST, verify=trust)
    started = time.monotonic()
    try:
        with pytest.raises(SourceError) as info:
            fetch(f"https://127.0.0.1:{listener.getsockname()[1]}/", FAST, http=http)
    finally:
        http.close()
        listener.close()
    assert time.monotonic() - started < DRIP_SECONDS / 3
    assert info.value.reason == "no answer within 0.5 s (timed out)"
