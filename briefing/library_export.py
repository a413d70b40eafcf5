"""``briefing export --library [--unread] [--bookmarked]``: the library's articles as the
briefing's sources, each exported with what the reader did with it: read state, bookmark
and notes (JSON: a ``library`` field per article; Markdown: a "Notes" section).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from briefing.analysis.types import Analysis, Article
from briefing.export import notes_markdown
from briefing.sources import Loaded, SourceError
from briefing.store import Entry, Note, Store, StoreError

if TYPE_CHECKING:
    from briefing.service import Service


class LibraryUnavailable(Exception):
    """The library cannot be read; ``str()`` is one line for the user."""


def from_args(args: argparse.Namespace, service: Service) -> tuple[LibraryExport | None, Loaded]:
    """What ``briefing export --library`` reads: the library's articles and what the reader
    did with them. A usage error is ``UsageError``; a library that cannot be read is one
    error in ``Loaded``."""
    from briefing.cli_common import UsageError

    if not args.library:
        raise UsageError("--unread and --bookmarked go with --library")
    if args.sources:
        raise UsageError("give either SOURCEs or --library, not both")
    try:
        chosen = from_library(service.store(), unread=args.unread, bookmarked=args.bookmarked)
    except LibraryUnavailable as exc:
        return None, Loaded(errors=[SourceError("library", str(exc))])
    if not chosen.entries:
        which = " and ".join(w for w, on in (("unread", args.unread),
                                            ("bookmarked", args.bookmarked)) if on)  # fmt: skip
        print(f"briefing: the library holds no {which or 'articles'}{' articles' * bool(which)}",
              file=sys.stderr)  # fmt: skip
    return chosen, Loaded(articles=chosen.articles)


@dataclass
class LibraryExport:
    """The chosen entries and their notes, by article id."""

    entries: dict[str, Entry] = field(default_factory=dict)
    notes: dict[str, list[Note]] = field(default_factory=dict)

    @property
    def articles(self) -> list[Article]:
        return [entry.article for entry in self.entries.values()]

    def fields(self, analysis: Analysis) -> dict[str, Any]:
        """The ``library`` field of an article in the JSON export."""
        entry = self.entries.get(analysis.article.id)
        if entry is None:
            return {}
        return {
            "library": {
                "read": entry.read is not None,
                "bookmarked": entry.bookmarked,
                "origin": entry.origin,
                "notes": [
                    {"text": n.body, "span": list(n.span) if n.span else None}
                    for n in self.notes.get(entry.article.id, [])
                ],
            }
        }

    def markdown(self, analysis: Analysis) -> str:
        """The reader's notes on an article, as a Markdown section ("" when there are none)."""
        notes = self.notes.get(analysis.article.id)
        return notes_markdown(notes, analysis.article.text) if notes else ""


def from_library(
    store: Store | None = None, *, unread: bool = False, bookmarked: bool = False
) -> LibraryExport:
    """The library's entries (newest first), only the unread or bookmarked ones if asked."""
    try:
        opened = store or Store.open()
    except StoreError as exc:
        raise LibraryUnavailable(str(exc)) from None
    own = store is None
    try:
        entries = opened.library.entries(bookmarked=True if bookmarked else None, unread=unread)
        chosen = LibraryExport({e.article.id: e for e in entries})
        for article_id in chosen.entries:
            chosen.notes[article_id] = opened.library.notes(article_id)
    except sqlite3.Error as exc:
        raise LibraryUnavailable(f"{opened.path}: the library cannot be read: {exc}") from None
    finally:
        if own:
            opened.close()
    return chosen
