"""Making and running the reader: ``create_app`` (for the CLI and the tests) and
``run_reader`` (what the command line opens, and one line when it cannot)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.safe_text import safe_line
from briefing.sources import SourceError, load_all
from briefing.ui.app import Analyse, BriefingApp
from briefing.ui.place import library_articles

if TYPE_CHECKING:
    from briefing.analysis.options import Options
    from briefing.analysis.types import Article
    from briefing.config import Fetching, Settings
    from briefing.store import Store


def create_app(
    sources: Sequence[str] = (),
    options: Options | None = None,
    *,
    articles: Sequence[Article] | None = None,
    errors: Sequence[SourceError] = (),
    copies: Sequence[str] = (),
    analyse: Analyse | None = None,
    store: Store | None = None,
    fetching: Fetching | None = None,
) -> BriefingApp:
    """The reader over ``sources`` (or ready ``articles``); with neither, over the library
    of ``store``, newest first, or the bundled samples when it is empty. Raises
    ``SourceError`` if nothing loads. With a ``store`` the reader's marks are kept in its
    library, and it opens where it was last (article, summarizer, length). ``analyse``
    defaults to a ``Service`` with the default settings; ``fetching`` bounds the feed
    refresh (``r``)."""
    if articles is None:
        articles = [] if sources else library_articles(store)
    if not articles:
        from briefing.paths import seeds_dir

        sources = list(sources) or [str(seeds_dir())]
        loaded = load_all(sources, fetching)
        articles, errors, copies = loaded.articles, loaded.errors, loaded.copies
        if not articles:
            raise errors[0] if errors else SourceError(", ".join(sources), "no articles")
    if analyse is None:
        from briefing.service import Service

        analyse = Service().remember_and_analyse
    return BriefingApp(
        articles,
        options=options,
        errors=errors,
        copies=copies,
        analyse=analyse,
        store=store,
        fetching=fetching,
    )


def run_reader(
    sources: Sequence[str], options: Options | None = None, settings: Settings | None = None
) -> int:
    """Run the reader over ``sources``, or the library when there are none; the exit
    status for the CLI."""
    from briefing.service import Service

    service = Service(settings)
    fetching = service.settings.fetching
    articles, errors, copies = None, [], []
    if sources:
        loaded = load_all(sources, fetching)
        articles, errors, copies = loaded.articles, loaded.errors, loaded.copies
        if not articles:
            for error in errors or [SourceError(", ".join(sources), "no articles")]:
                print(f"briefing: {safe_line(str(error))}", file=sys.stderr)
            return 1
    try:
        app = create_app(
            options=options,
            articles=articles,
            errors=errors,
            copies=copies,
            analyse=service.remember_and_analyse,
            store=service.store(),
            fetching=fetching,
        )
    except SourceError as exc:  # not even the samples
        print(f"briefing: {safe_line(str(exc))}", file=sys.stderr)
        return 1
    return app.run() or 0
