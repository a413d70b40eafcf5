"""Articles from RSS and Atom feeds with ``feedparser``: one article per item.

An item that carries its full text is used as it is. An item that carries only a teaser has
its link fetched and the page's main text extracted (a few at a time, each request bounded
by the configured timeouts); when that fails the teaser is kept and the article's notes say
why, so the reader knows it holds only the teaser.
"""

from __future__ import annotations

import re
import time
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import replace

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources.display import clean_line, display_name, one_line
from briefing.sources.errors import SourceError
from briefing.sources.kinds import HTML_TYPES, looks_like_feed  # noqa: F401  (re-exported)

TEASER_CHARS = 700
"""An item text shorter than this is taken for a teaser, unless it has no link to follow."""
_ELLIPSIS = re.compile(r"(\.\.\.|…|\[…\]|\[\.\.\.\]|read more\W*|continue reading\W*)\s*$", re.I)


def articles_from_feed(
    data: bytes,
    source: str,
    base_url: str | None = None,
    fetching: Fetching | None = None,
    notes: tuple[str, ...] = (),
) -> list[Article]:
    """Every item of the feed in ``data`` as an article (full text fetched for teasers);
    ``notes`` (on how the bytes were read) go with every article."""
    return read_feed(data, source, base_url, fetching, notes)[1]


def feed_title(data: bytes, source: str, base_url: str | None = None) -> str | None:
    """The title of the feed in ``data`` (fetching nothing); ``SourceError`` if ``data``
    is not an RSS or Atom feed (one with no items yet is a feed)."""
    parsed = _parsed(data, source, base_url, need_items=False)
    return clean_line(parsed.get("feed", {}).get("title"))


def read_feed(
    data: bytes,
    source: str,
    base_url: str | None = None,
    fetching: Fetching | None = None,
    notes: tuple[str, ...] = (),
    *,
    known: Collection[str] = (),
) -> tuple[str | None, list[Article]]:
    """The feed's title and its items as articles, but for the items whose link is in
    ``known`` (already read: their full text is not fetched again)."""
    parsed = _parsed(data, source, base_url)
    title = clean_line(parsed.get("feed", {}).get("title"))
    feed_notes = notes
    if parsed.get("bozo"):
        reason = _first_line(parsed.get("bozo_exception"))
        feed_notes += (f"{source}: the feed is not well-formed ({reason}); read what could be",)
    items = [_item(entry, source, feed_notes) for entry in parsed.entries]
    items = [item for item in items if not (item[1] and display_name(item[1]) in known)]
    if not items:
        return title, []
    teasers = [i for i, (article, link, teaser) in enumerate(items) if teaser and link]
    articles = [article for article, _, _ in items]
    if teasers:
        fetched = _full_texts([items[i] for i in teasers], fetching or Fetching())
        for i, article in zip(teasers, fetched, strict=True):
            articles[i] = article
    articles = [a for a in articles if a.text.strip()]
    if not articles:
        if parsed.get("bozo"):
            reason = _first_line(parsed.get("bozo_exception"))
            raise SourceError(source, f"malformed feed: {reason}")
        raise SourceError(source, "no item of the feed holds any text")
    return title, articles


def _parsed(data: bytes, source: str, base_url: str | None, *, need_items: bool = True):
    """feedparser's reading of ``data``; ``SourceError`` unless it is a feed with items."""
    import feedparser

    # feedparser resolves relative links against content-location; the type keeps it from
    # complaining that the (already checked) bytes came without a content type
    headers = {"content-location": base_url, "content-type": "application/xml"} if base_url else {}
    try:
        parsed = feedparser.parse(data, response_headers=headers)
    except Exception as exc:  # its loose parser trips over e.g. "&#xd800;" (a lone surrogate)
        raise SourceError(source, f"cannot parse the feed ({type(exc).__name__})") from None
    benign = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if isinstance(parsed.get("bozo_exception"), benign):
        parsed["bozo"] = 0
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = _first_line(parsed.get("bozo_exception"))
            raise SourceError(source, f"malformed feed: {reason}")
        if not parsed.get("version"):
            raise SourceError(source, "not an RSS or Atom feed")
        if need_items:
            raise SourceError(source, "the feed has no items")
    return parsed


def _item(entry, source: str, notes: tuple[str, ...]) -> tuple[Article, str | None, bool]:
    """The article of one feed entry, its link, and whether its text is only a teaser."""
    from briefing.sources.html import text_of_fragment

    # feedparser leaves None where a broken item opens an element it never closes
    values = (c.get("value") or "" for c in entry.get("content") or [])
    content = max(values, key=len, default="")
    summary = entry.get("summary") or ""
    body = content if len(content) >= len(summary) else summary
    text = text_of_fragment(body) if body else ""
    link = entry.get("link") if isinstance(entry.get("link"), str) else None
    title = clean_line(entry.get("title"))
    teaser = len(text) < TEASER_CHARS or _ELLIPSIS.search(text) is not None
    article = Article(
        text=text,
        source=source,
        title=title,
        date=clean_line(_date(entry)),
        author=clean_line(entry.get("author")),
        url=display_name(link) if link else None,
        notes=notes,
    )
    return article, link, teaser


def _date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
            except (ValueError, TypeError, OverflowError):  # a date out of range
                pass
    return entry.get("published") or entry.get("updated") or None


def _full_texts(
    items: Sequence[tuple[Article, str | None, bool]], fetching: Fetching
) -> list[Article]:
    """The full text of each teaser item, fetched a few at a time within one overall budget
    (``fetching.teaser_budget`` request timeouts), so a feed of slow links cannot stall the reader.
    Fetches still running when the budget is spent are cancelled (their sockets shut), so
    none outlives the feed's reading by more than a moment."""
    from briefing.sources.urls import Cancel, client

    http = client(fetching)
    cancel = Cancel()
    pool = ThreadPoolExecutor(max_workers=fetching.concurrency)
    futures = [
        pool.submit(_full_text, article, link, fetching, http, cancel) for article, link, _ in items
    ]
    done, _ = wait(futures, timeout=fetching.total_timeout * fetching.teaser_budget)
    pool.shutdown(wait=False, cancel_futures=True)
    cancel.cancel()
    results = []
    for future, (article, link, _) in zip(futures, items, strict=True):
        if future in done:
            results.append(future.result())
        else:
            shown = display_name(link)
            note = (
                f"{article.title or shown}: only the feed's teaser; no time left to fetch {shown}"
            )
            results.append(replace(article, notes=(*article.notes, note)))
    if all(f.done() for f in futures):
        http.close()  # else the cancelled stragglers still hold it for a moment
    return results


def _full_text(teaser: Article, link: str, fetching: Fetching, http, cancel) -> Article:
    from briefing.sources.html import article_from_html
    from briefing.sources.urls import fetch

    try:
        page = fetch(link, fetching, http=http, cancel=cancel)
        if page.media_type and page.media_type not in HTML_TYPES:
            raise SourceError(link, f"not an HTML page ({page.media_type})")
        full = article_from_html(page.content, link, url=page.url)
    except SourceError as exc:
        shown = teaser.title or display_name(link)
        note = f"{shown}: only the feed's teaser; the full text failed: {exc}"
        if not teaser.text.strip():
            return teaser
        return replace(teaser, notes=(*teaser.notes, note))
    if len(full.text) <= len(teaser.text):
        return teaser
    return replace(
        teaser,
        text=full.text,
        author=teaser.author or full.author,
        date=teaser.date or full.date,
        url=page.url,
    )


def _first_line(value: object) -> str:
    text = str(value or "unreadable").strip()
    return one_line(text.splitlines()[0]) if text else "unreadable"
