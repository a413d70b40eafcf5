"""Articles from HTML pages: main text and metadata by ``trafilatura`` (no hand-written scraping).

The page's boilerplate (navigation, footers, comments) is left out; title, author and date
come from the page's metadata. A page whose main text is missing or a mere fragment is a
``SourceError``, not an empty article.
"""

from __future__ import annotations

import logging

from briefing.analysis.types import Article
from briefing.sources.display import clean_line
from briefing.sources.errors import SourceError
from briefing.sources.text import check_text, normalise

log = logging.getLogger(__name__)

MIN_BODY_CHARS = 40
"""Shorter extracted text is navigation or a caption, not an article body."""

# trafilatura and its helpers log warnings about odd pages; the user gets our one line
# instead, so keep their records away from Python's last-resort stderr handler.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def article_from_html(
    data: bytes | str, source: str, url: str | None = None, notes: tuple[str, ...] = ()
) -> Article:
    """The article in the HTML ``data``; ``url`` (where it was fetched from) helps metadata."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on junk
        raise SourceError(source, f"cannot parse the HTML ({type(exc).__name__})") from None
    text = normalise(doc.text or "").strip() if doc is not None else ""
    if len(text) < MIN_BODY_CHARS:
        raise SourceError(source, "no article text found in the page")
    title = _clean(doc.title)
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():  # the headline repeated as the first line
            text = rest.lstrip("\n")
    return Article(
        text=check_text(text, source),
        source=source,
        title=title,
        date=_clean(doc.date),
        author=_clean(doc.author),
        url=url or _clean(doc.url),
        notes=notes,
    )


def text_of_fragment(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs on their own lines."""
    import trafilatura

    wrapped = f"<html><body><article>{fragment}</article></body></html>"
    try:
        doc = trafilatura.bare_extraction(wrapped, include_comments=False, include_tables=False)
        text = doc.text if doc is not None else ""
    except Exception as exc:  # lxml/parser errors on junk: the plain-text fallback below reads it
        log.debug(
            "feed item fragment not extracted (%s: %s); reading it as text", type(exc).__name__, exc
        )
        text = ""
    if not text or len(text) < len(trafilatura.html2txt(wrapped) or "") * 0.8:
        text = trafilatura.html2txt(wrapped) or ""  # short fragments the extractor drops
    return normalise(text).strip()


def _clean(value: object) -> str | None:
    return clean_line(value) if isinstance(value, str) else None
