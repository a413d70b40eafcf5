"""The one seam through which the reader and the exporter get analyses.

A ``Service`` is made from the run's ``Settings`` by whoever runs (the CLI's export, the
reader's launch) and owns the store it opens. ``Service.analyses`` serves what the store's
cache holds and analyses the rest in one ``nlp.pipe`` batch, keeping each new analysis in the
cache as it is made. spaCy is imported only when at least one article misses, so a run served
wholly from the cache never loads it. The cache is an optimisation, never a requirement: if
the store cannot be opened or written (read-only directory, disk full, a database from a
newer version), analysis goes on without it and each analysis carries a note saying so.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.analysis.types import Analysis, Article
from briefing.config import Settings

if TYPE_CHECKING:
    from briefing.analysis.options import Options
    from briefing.store import Library, Store

_UNREADABLE = (
    "analysis cache: an entry could not be read (damaged, or of another shape); "
    "analysed afresh and the entry replaced"
)
WINDOW = 64
"""Articles looked up in the cache together: what is held at once, however many there are."""


class Service:
    """Analyses for one run's ``settings``, with the store of its data directory (opened on
    first use, once) and what happened to that store since last asked (``take_notices``)."""

    def __init__(self, settings: Settings | None = None, *, window: int = WINDOW) -> None:
        self.settings = settings or Settings()
        self.window = window
        """Articles looked up in the cache together."""
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._opened = False
        self._notices: list[str] = []

    def store(self) -> Store | None:
        """The store in the settings' data directory, opened once; None if unusable."""
        from briefing.store import Store, StoreError

        with self._lock:
            if not self._opened:
                self._opened = True
                try:
                    self._store = Store.open(self.settings.directory())
                except StoreError as exc:
                    self._notices.append(f"analysis cache unavailable, analysing without it: {exc}")
                else:
                    self._notices.extend(self._store.notes)
            return self._store

    def library(self) -> Library | None:
        """The reader's library in the store (None without a usable store).

        Its methods raise ``sqlite3.Error`` when the store fails; callers report that and go on.
        """
        opened = self.store()
        return opened.library if opened is not None else None

    def remember(self, articles: Iterable[Article]) -> None:
        """Keep ``articles`` in the library (what the reader opened, and where from).

        A library that cannot be written is said once as a notice; reading goes on.
        """
        opened = self.library()
        if opened is None:
            return
        try:
            opened.add_many(articles)
        except (sqlite3.Error, UnicodeError) as exc:  # UnicodeError: a name SQLite cannot hold
            with self._lock:
                self._notices.append(f"library not updated: {exc}")

    def take_notices(self) -> list[str]:
        """What happened to the store since last asked (moved aside, unavailable), oldest
        first."""
        with self._lock:
            taken = list(self._notices)
            self._notices.clear()
            return taken

    def close(self) -> None:
        """Close the store this service opened (tests and a clean exit)."""
        with self._lock:
            if self._store is not None:
                self._store.close()
            self._store, self._opened = None, False
            self._notices.clear()

    def remember_and_analyse(
        self, articles: list[Article], options: Options | None
    ) -> Iterable[Analysis]:
        """What the reader does with the articles it opens: keep them, then analyse them."""
        self.remember(articles)
        return self.analyses(articles, options)

    def analyses(
        self,
        articles: Iterable[Article],
        options: Options | None = None,
        *,
        cache: bool | None = None,
    ) -> Iterator[Analysis]:
        """The analysis of every article, in order: from the cache, else computed in batches.

        Articles are taken ``window`` at a time, so that neither cached nor new analyses pile
        up while a long list is exported. ``cache`` None follows the settings (``--no-cache``
        turns it off); False bypasses it.
        """
        if options is None:
            from briefing.analysis.options import Options

            options = Options()
        use_cache = self.settings.cache if cache is None else cache
        opened = self.store() if use_cache else None
        notes = tuple(self.take_notices()) if use_cache else ()
        yield from _served(list(articles), options, opened, notes, self.window)


def _served(
    articles: list[Article],
    options: Options,
    opened: Store | None,
    notes: tuple[str, ...],
    size: int,
) -> Iterator[Analysis]:
    for start in range(0, len(articles), size):
        window = articles[start : start + size]
        hits: dict[int, Analysis] = {}
        unreadable: set[int] = set()
        if opened is not None:
            try:
                hits, unreadable = opened.cache.lookup(window, options)
            except sqlite3.Error as exc:
                opened, notes = (
                    None,
                    (*notes, f"analysis cache unreadable, analysing without it: {exc}"),
                )
        misses = [a for i, a in enumerate(window) if i not in hits]
        computed = _analyze(misses, options) if misses else iter(())
        for i in range(len(window)):
            if i in hits:
                yield hits.pop(i)
                continue
            analysis = next(computed)
            if opened is not None:
                try:
                    opened.cache.put(analysis, options)
                except sqlite3.Error as exc:
                    opened = None
                    notes = (*notes, f"analysis cache not written, continuing without it: {exc}")
            said = (_UNREADABLE,) if i in unreadable else ()
            if notes or said:
                analysis = replace(analysis, notes=analysis.notes + notes + said)
            yield analysis


def _analyze(articles: list[Article], options: Options) -> Iterator[Analysis]:
    from briefing.analysis.spacy_import import import_spacy

    import_spacy()  # before anything imports it: without its command line, for a faster start
    from briefing.analysis.analyze import analyze_many

    return analyze_many(articles, options)
