"""Where the reader was: the last article, summarizer and length, kept in the store's state
table so that a relaunch opens there; and the library's articles for a bare ``briefing``."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.analysis.types import Article

if TYPE_CHECKING:
    from briefing.store import Store

KEY = "place"


@dataclass(frozen=True)
class Place:
    article: str | None = None
    """The id of the article on screen."""
    algorithm: str | None = None
    length: int | None = None
    """Summary sentences, when the reader chose a length."""


def load_place(store: Store | None) -> Place:
    """The place kept last time (an empty one when there is none or it cannot be read)."""
    if store is None:
        return Place()
    try:
        value = store.state.get(KEY)
    except sqlite3.Error:
        return Place()
    if not isinstance(value, dict):
        return Place()
    article, algorithm, length = (value.get(k) for k in ("article", "algorithm", "length"))
    return Place(
        article if isinstance(article, str) else None,
        algorithm if isinstance(algorithm, str) and algorithm else None,
        length if isinstance(length, int) and not isinstance(length, bool) and length > 0 else None,
    )


def save_place(store: Store | None, place: Place) -> None:
    """Keep ``place``; a store that cannot take it is no reason to stop the reader."""
    if store is None:
        return
    value = {"article": place.article, "algorithm": place.algorithm, "length": place.length}
    with contextlib.suppress(sqlite3.Error):
        store.state.set(KEY, value)


def library_articles(store: Store | None) -> list[Article]:
    """The library's articles, newest first ([] without a readable library)."""
    if store is None:
        return []
    try:
        return [entry.article for entry in store.library.entries()]
    except sqlite3.Error:
        return []
