"""What kind of document some bytes are: plain text, an HTML page or a feed.

Decided by the file suffix or the content type, confirmed by sniffing the first bytes. Every
other module of the sources package may use this one; it uses none of them.
"""

from __future__ import annotations

import re

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".rdf"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES

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
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` starts like an RSS, Atom or RDF document."""
    return _FEED_ROOT.search(data[:4096]) is not None


def looks_like_html(data: bytes) -> bool:
    return _HTML_START.search(data[:4096]) is not None


def kind_of(data: bytes, suffix: str = "", media_type: str = "") -> str:
    """``"text"``, ``"html"`` or ``"feed"``: the suffix or content type, checked by sniffing."""
    if suffix in TEXT_SUFFIXES or media_type in TEXT_TYPES:
        return "text"
    if looks_like_feed(data):
        return "feed"
    if suffix in HTML_SUFFIXES or media_type in HTML_TYPES or looks_like_html(data):
        return "html"
    if suffix in FEED_SUFFIXES or media_type in FEED_TYPES:
        return "feed"  # not recognisably a feed: feedparser gives the precise reason
    return "text"
