"""Articles from files and directories (read recursively, in a stable order).

A file is plain text, an HTML page or a feed, decided by its suffix and confirmed by sniffing
its first bytes; the same decision serves bytes from standard input and from URLs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources.errors import SourceError
from briefing.sources.text import MAX_CHARS, check_text, decode, headline, looks_binary

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
MAX_BYTES = MAX_CHARS * 4
"""Largest text file read (4 bytes per character at most in UTF-8); larger is refused unread."""
MAX_MARKUP_BYTES = 10_000_000
"""Largest HTML or feed file read: markup weighs more than the text it holds."""

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
        "application/feed+xml",
    }
)
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})


_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|article|p)[\s>]", re.I)


def looks_like_html(data: bytes) -> bool:
    return _HTML_START.search(data[:4096]) is not None


def kind_of(data: bytes, suffix: str = "", media_type: str = "") -> str:
    """``"text"``, ``"html"`` or ``"feed"``: the suffix or content type, checked by sniffing."""
    from briefing.sources.feeds import looks_like_feed

    if suffix in TEXT_SUFFIXES or media_type in TEXT_TYPES:
        return "text"
    if looks_like_feed(data):
        return "feed"
    if suffix in HTML_SUFFIXES or media_type in HTML_TYPES or looks_like_html(data):
        return "html"
    if suffix in FEED_SUFFIXES or media_type in FEED_TYPES:
        return "feed"  # not recognisably a feed: feedparser gives the precise reason
    return "text"


def articles_from_bytes(
    data: bytes,
    source: str,
    suffix: str = "",
    *,
    media_type: str = "",
    charset: str | None = None,
    url: str | None = None,
    fetching: Fetching | None = None,
) -> list[Article]:
    """The articles in ``data`` read from ``source`` (a file, standard input or a URL)."""
    if not data.strip():
        raise SourceError(source, "empty file: no text to read")
    if looks_binary(data):
        raise SourceError(source, "binary file, not text")
    kind = kind_of(data, suffix.lower(), media_type)
    if kind == "feed":
        from briefing.sources.feeds import articles_from_feed

        return articles_from_feed(data, source, base_url=url, fetching=fetching)
    if kind == "html":
        from briefing.sources.html import article_from_html

        return [article_from_html(data, source, url=url)]
    decoded = decode(data, source, charset)
    text = check_text(decoded.text, source)
    return [Article(text=text, source=source, title=headline(text), url=url, notes=decoded.notes)]


def read_file(
    path: Path, source: str | None = None, fetching: Fetching | None = None
) -> list[Article]:
    """The articles in the file at ``path``; ``source`` is the path as the user gave it."""
    source = source or str(path)
    suffix = path.suffix.lower()
    limit = MAX_BYTES if suffix in TEXT_SUFFIXES else max(MAX_BYTES, MAX_MARKUP_BYTES)
    try:
        size = path.stat().st_size
        if size > limit:
            raise SourceError(
                source,
                f"too large: {size / 1e6:.1f} MB; the limit is {MAX_CHARS:,} characters of text"
                f" ({limit / 1e6:g} MB of file)",
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError:
        raise SourceError(source, "permission denied") from None
    except IsADirectoryError:
        raise SourceError(source, "is a directory") from None
    except OSError as exc:
        raise SourceError(source, exc.strerror or str(exc)) from None
    if len(data) > limit:  # a file that grew, or a pipe or device reporting no size
        raise SourceError(source, f"too large: more than {limit / 1e6:g} MB")
    return articles_from_bytes(data, source, suffix, fetching=fetching)


def read_text_file(path: Path, source: str | None = None) -> Article:
    """One article from a plain-text file (kept for callers that want exactly one)."""
    articles = read_file(path, source)
    if len(articles) != 1:
        raise SourceError(source or str(path), f"holds {len(articles)} articles, not one")
    return articles[0]


# A folder's own paperwork is not news: "briefing folder/" skips these (by stem, any suffix).
NOT_ARTICLES = frozenset({"readme", "credits", "license", "licence", "changelog", "authors"})


def article_files(directory: Path) -> Iterator[Path]:
    """The article files under ``directory``, recursively, sorted; hidden files and a
    folder's README/CREDITS/LICENSE skipped (name them directly to read them)."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if (
                not name.startswith(".")
                and path.suffix.lower() in ARTICLE_SUFFIXES
                and path.stem.lower() not in NOT_ARTICLES
            ):
                yield path
