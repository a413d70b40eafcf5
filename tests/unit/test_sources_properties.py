"""Property-based checks of the source readers (Hypothesis): whatever the bytes and whatever
the file name, a reader returns articles or raises ``SourceError``, never anything else, and
what it returns can be written as UTF-8 and shown on one line where it is one line.

What the readers promise (and these tests hold them to):
- ``Article.text`` is a ``str`` that encodes as UTF-8, with ``\\n`` line endings only (no
  ``\\r``); other characters stay as they were read, so offsets stay offsets into the file.
- ``Article.title``, ``author``, ``date`` and ``url`` are None or one line with no C0/C1
  control characters; ``Article.source``, the notes and every ``SourceError`` line hold none
  either (undecodable bytes and control characters of names are written ``\\xNN``).
- A response body's content encodings are undone in pieces of at most ``inflate.STEP``
  bytes, or fail with ``DecodingError``.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import tempfile
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources import SourceError, load
from briefing.sources.files import ARTICLE_SUFFIXES, articles_from_bytes
from briefing.sources.inflate import STEP, DecodingError, decoded, encodings
from briefing.sources.text import decode
from tests.local_server import serving

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# links in generated feeds point at the discard port: refused at once, never the internet
NOWHERE = Fetching(connect_timeout=0.2, total_timeout=0.3, max_bytes=100_000, concurrency=2)
# CI runs a fixed sample in a few seconds; BRIEFING_HYPOTHESIS_EXAMPLES=5000 searches wider
_WIDER = os.environ.get("BRIEFING_HYPOTHESIS_EXAMPLES")
SETTINGS = settings(
    max_examples=int(_WIDER or 100),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=not _WIDER,
    database=None,
)

FRAGMENTS = [
    b"<html>",
    b"<head><title>",
    b"</title></head>",
    b"<body>",
    b"<article>",
    b"<p>",
    b"</p>",
    b"<br>",
    b"<script>x()</script>",
    b"<![CDATA[",
    b"]]>",
    b"&amp;",
    b"&#x1b;",
    b"&#0;",
    b"&#xd800;",
    b"<?xml version='1.0' encoding='utf-8'?>",
    b'<rss version="2.0"><channel>',
    b"<item><title>",
    b"</title><description>",
    b"</description><link>http://127.0.0.1:9/x</link></item>",
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>',
    b"</title><content>",
    b"</content></entry>",
    b"The minister said the budget would be balanced next year. ",
    b"Opposition parties warned it would hurt pensioners.\n\n",
    b"\x1b]0;pwned\x07",
    b"\x1b[31m",
    b"\x9b",
    b"\r\n",
    b"\r",
    b"\xc2\xa0",
    b"\xff\xfe",
    b"\xe9",
    b"\x00",
    "\u202e".encode(),
]

fragment = st.sampled_from(FRAGMENTS)
FOUND = [  # by Hypothesis: feedparser raised on these (a lone surrogate; an item's None summary)
    b'<html>&#xd800;<rss version="2.0"><channel>',
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title></content>',
]
markupish = st.lists(
    st.one_of(fragment, fragment, fragment, st.binary(max_size=8)), max_size=40
).map(b"".join)
names = (
    st.binary(min_size=1, max_size=80)
    .map(lambda b: b.replace(b"/", b"_").replace(b"\0", b"_"))
    .filter(lambda b: b not in (b".", b".."))
)
suffixes = st.sampled_from(sorted(ARTICLE_SUFFIXES) + ["", ".pdf", ".TXT"])


def _check_article(article: Article) -> None:
    assert isinstance(article, Article)
    article.text.encode("utf-8")
    assert article.text.strip() and "\r" not in article.text
    assert not CONTROL.search(article.source), article.source
    article.source.encode("utf-8")
    for line in (article.title, article.author, article.date, article.url, *article.notes):
        if line is not None:
            assert line and not CONTROL.search(line), line
            line.encode("utf-8")


def _check_error(error: SourceError) -> None:
    line = str(error)
    line.encode("utf-8")
    assert not CONTROL.search(line), line
    assert line == f"{error.source}: {error.reason}"


def _read(call) -> None:
    try:
        articles = call()
    except SourceError as exc:
        _check_error(exc)
        event(f"error: {exc.reason[:24]}")  # --hypothesis-show-statistics shows the mix
        return
    assert articles
    event("articles")
    for article in articles:
        _check_article(article)


@SETTINGS
@given(name=names, suffix=suffixes, content=st.one_of(st.binary(max_size=400), markupish))
def test_any_file_under_any_name_gives_articles_or_one_source_error(name, suffix, content):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(os.fsencode(folder), name + suffix.encode())
        with open(path, "wb") as handle:
            handle.write(content)
        _read(lambda: load(os.fsdecode(path), NOWHERE))
        _read(lambda: load(folder, NOWHERE))  # and found in a folder


@SETTINGS
@given(content=markupish, suffix=suffixes, media=st.sampled_from(["", "text/html", "text/xml"]))
@example(content=b'<html>&#xd800;<rss version="2.0"><channel>', suffix=".atom", media="")
@example(
    content=b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title></content>',
    suffix="",
    media="",
)
def test_markup_like_bytes_give_articles_or_one_source_error(content, suffix, media):
    _read(
        lambda: articles_from_bytes(
            content, "http://127.0.0.1:9/x", suffix, media_type=media, fetching=NOWHERE
        )
    )


@SETTINGS
@given(content=st.binary(max_size=2000), charset=st.sampled_from([None, "utf-8", "latin-1", "x"]))
def test_decoding_any_bytes_gives_text_or_one_source_error(content, charset):
    try:
        decoded = decode(content, "in.txt", charset)
    except SourceError as exc:
        _check_error(exc)
        return
    decoded.text.encode("utf-8")
    assert "\r" not in decoded.text


@SETTINGS
@given(name=st.text(max_size=60))
def test_any_spec_gives_articles_or_one_source_error(name):
    # specs as typed: missing files, control characters, lone surrogates, NUL, URL-ish text
    with tempfile.TemporaryDirectory() as folder:
        _read(lambda: load(str(Path(folder) / name) if name else "", NOWHERE))
        if "://" in name:
            _read(lambda: load(name, NOWHERE))


@SETTINGS
@given(
    body=st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=3000).map(gzip.compress),
        st.binary(max_size=3000).map(lambda b: gzip.compress(zlib.compress(b))),
        st.binary(max_size=3000).map(lambda b: zlib.compress(b)[2:-4]),  # raw deflate
    ),
    header=st.sampled_from(["", "gzip", "deflate", "gzip, deflate", "deflate, gzip", "x-gzip"]),
    cut=st.integers(min_value=1, max_value=50),
)
@example(body=b"\xff\xff\xff", header="deflate", cut=1)  # looped forever, neither zlib nor raw
def test_any_encoded_body_is_decoded_in_bounded_pieces_or_refused(body, header, cut):
    chunks = [body[i : i + cut] for i in range(0, len(body), cut)]
    try:
        pieces = list(decoded(chunks, encodings(header)))
    except DecodingError as exc:
        assert str(exc)
        return
    assert all(len(piece) <= STEP for piece in pieces)


class _Canned(BaseHTTPRequestHandler):
    """Answers each path with the status line, headers and body stored for it, as raw bytes
    (so a header may say anything: a wrong length, an odd encoding, a broken type)."""

    responses: dict[str, bytes] = {}

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.write(self.responses.pop(self.path, b"HTTP/1.1 404 Not Found\r\n\r\n"))


@pytest.fixture(scope="module")
def canned() -> Iterator[str]:
    with serving(_Canned) as base:
        yield base


header_values = st.one_of(
    st.sampled_from(
        [
            "text/html",
            "text/plain; charset=latin-1",
            "text/plain; charset=nonsense",
            "application/rss+xml",
            "image/png",
            "gzip",
            "gzip, gzip",
            "deflate",
            "br",
            "identity",
            "0",
            "99999999999",
            "",
        ]
    ),
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=20),
)
headers = st.lists(
    st.tuples(
        st.sampled_from(["Content-Type", "Content-Encoding", "Content-Length", "Location", "X"]),
        header_values,
    ),
    max_size=4,
)


@SETTINGS
@given(
    status=st.sampled_from([200, 200, 200, 204, 301, 404, 500]),
    header_lines=headers,
    body=st.one_of(markupish, markupish.map(gzip.compress)),
)
def test_any_server_answer_gives_articles_or_one_source_error(canned, status, header_lines, body):
    path = f"/{len(_Canned.responses)}-{id(body)}"
    head = f"HTTP/1.1 {status} Whatever\r\n" + "".join(f"{k}: {v}\r\n" for k, v in header_lines)
    _Canned.responses[path] = head.encode() + b"\r\n" + body
    _read(lambda: load(canned + path, NOWHERE))
