"""Refreshing the subscribed feeds into the library: a few feeds at a time, each with a
conditional GET (the ETag and Last-Modified of its last answer), so a feed with nothing new
costs one empty 304 answer, and items already read are not fetched again.

A feed that fails is recorded with its reason and never stops the others. Used by
``briefing refresh`` and by the reader's ``r`` (in a worker); it never imports ``textual``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources.display import one_line
from briefing.sources.errors import SourceError
from briefing.store import Feed, Store

CONCURRENCY = 4
"""Feeds fetched at once."""
_NO_ITEMS = "the feed has no items"


@dataclass(frozen=True)
class FeedResult:
    """How one feed's refresh went: its new articles, or why it failed (``error``)."""

    feed: Feed
    new: tuple[Article, ...] = ()
    error: str | None = None
    not_modified: bool = False

    @property
    def name(self) -> str:
        return self.feed.title or self.feed.url


@dataclass
class Refreshed:
    """Every feed's result, in the order they finished."""

    results: list[FeedResult] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(len(r.new) for r in self.results)

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.results if r.error is not None]

    def summary(self) -> str:
        """One line: "3 new articles from 2 feeds, 1 failed: Local news (HTTP 404)"."""
        n, feeds = self.new, len(self.results)
        line = f"{n} new article{'s' * (n != 1)} from {feeds} feed{'s' * (feeds != 1)}"
        failed = self.failed
        if failed:
            reasons = ", ".join(f"{r.name} ({r.error})" for r in failed)
            line += f", {len(failed)} failed: {reasons}"
        return line


Progress = Callable[[FeedResult, int, int], None]
"""Called as each feed is done: its result, how many are done, how many in all."""


def refresh(
    store: Store,
    fetching: Fetching | None = None,
    *,
    progress: Progress | None = None,
    concurrency: int = CONCURRENCY,
) -> Refreshed:
    """Fetch every subscribed feed into ``store``'s library; raises ``sqlite3.Error`` only
    when the subscriptions cannot be read at all."""
    fetching = fetching or Fetching()
    feeds = store.feeds.all()
    refreshed = Refreshed()
    if not feeds:
        return refreshed
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(feeds)))) as pool:
        futures = [pool.submit(refresh_feed, store, feed, fetching) for feed in feeds]
        for done, future in enumerate(as_completed(futures), 1):
            result = future.result()
            refreshed.results.append(result)
            if progress is not None:
                progress(result, done, len(feeds))
    return refreshed


def refresh_feed(store: Store, feed: Feed, fetching: Fetching) -> FeedResult:
    """Fetch one feed (conditionally) and keep its new articles; never raises."""
    from briefing.sources.feeds import read_feed
    from briefing.sources.urls import fetch

    try:
        page = fetch(feed.url, fetching, etag=feed.etag, last_modified=feed.last_modified)
        if page.status == 304:
            store.feeds.record(feed.url, "not modified")
            return FeedResult(feed, not_modified=True)
        try:
            title, articles = read_feed(
                page.content, feed.url, page.url, fetching, known=store.feeds.links(feed.url)
            )
        except SourceError as exc:
            if exc.reason != _NO_ITEMS:
                raise
            title, articles = None, []
        new = store.library.add_new(articles, origin=feed.url)
        store.feeds.record(
            feed.url,
            f"{len(new)} new",
            title=title,
            etag=page.etag,
            last_modified=page.last_modified,
        )
        return FeedResult(feed, tuple(new))
    except SourceError as exc:
        return _failed(store, feed, exc.reason)
    except (sqlite3.Error, UnicodeError) as exc:
        return _failed(store, feed, f"library not updated: {exc}")
    except Exception as exc:  # a bug for one feed must not stop the others
        return _failed(store, feed, f"{type(exc).__name__}: {exc}")


def _failed(store: Store, feed: Feed, reason: str) -> FeedResult:
    reason = one_line(reason)
    with contextlib.suppress(sqlite3.Error):  # the reason is still said to the user
        store.feeds.record(feed.url, reason, failed=True)
    return FeedResult(feed, error=reason)
