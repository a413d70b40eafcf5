"""Where articles come from: text, HTML and feed files, directories, URLs and standard input.

``load(spec)`` reads one input as the user wrote it: ``-`` (standard input), an ``http(s)``
URL (a page, a feed or plain text), a file, or a directory (every article file under it).
``load_all`` never raises for a bad input: it returns the articles it could read and one
``SourceError`` per input (or file or unreadable part of a directory) it could not, so one
bad file never stops a batch; a copy of an article (a copied file) is read once, and named.
Every article that does not look like English carries a note saying so. Names are kept in
displayable form (``display.display_name``): a file name that is not UTF-8 is read all the
same, and its bytes are written ``\\xNN`` in ``Article.source``.

The modules depend one way: ``display``, ``errors``, ``kinds``, ``text`` <- ``html`` <-
``inflate``, ``urls`` <- ``feeds`` <- ``files`` <- ``stdin`` <- this package.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources.errors import SourceError
from briefing.sources.files import (
    ARTICLE_SUFFIXES,
    articles_from_bytes,
    folder_entries,
    os_reason,
    read_file,
)
from briefing.sources.language import language_note
from briefing.sources.urls import url_scheme

__all__ = ["Loaded", "SourceError", "load", "load_all"]

STDIN = "-"

Reader = Callable[[], list[Article]]


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    """One line for each article read again under another name and left out."""


def load(spec: str, fetching: Fetching | None = None) -> list[Article]:
    """The articles that ``spec`` holds; raises ``SourceError`` when one part cannot be read."""
    return [_checked(a) for read in _readers(spec, fetching) for a in read()]


def load_all(specs: Iterable[str], fetching: Fetching | None = None) -> Loaded:
    """Every article from ``specs``; inputs that fail are collected, not raised."""
    loaded = Loaded()
    for spec in specs:
        try:
            readers = _readers(spec, fetching)
        except SourceError as exc:
            loaded.errors.append(exc)
            continue
        for read in readers:
            try:
                loaded.articles.extend(_checked(a) for a in read())
            except SourceError as exc:
                loaded.errors.append(exc)
    loaded.articles, loaded.copies = _once(loaded.articles)
    return loaded


def _once(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """``articles`` with each copy once (the same text and title), and a line naming each
    copy left out: an article's id is its text's hash, so a copy would count its parties and
    stories twice. Feed items of one text but their own titles all stay."""
    first: dict[tuple[str, str | None], Article] = {}
    kept: list[Article] = []
    copies: list[str] = []
    for article in articles:
        seen = first.setdefault((article.id, article.title), article)
        if seen is article:
            kept.append(article)
        elif article.source != seen.source:
            name = f'{article.source}: "{article.title}"' if article.title else article.source
            copies.append(f"{name} has the same text as in {seen.source}, shown once")
    return kept, copies


_NO_ARTICLES = "directory holds no articles (" + ", ".join(sorted(ARTICLE_SUFFIXES)) + " files)"


def _readers(spec: str, fetching: Fetching | None) -> list[Reader]:
    """One reader per input ``spec`` names: itself, or each article file of a directory (a
    part of it that cannot be listed is a reader raising its ``SourceError``). Any failure
    of the operating system on ``spec`` is a ``SourceError`` naming it."""
    if spec == STDIN:
        from briefing.sources.stdin import read_stdin

        return [read_stdin]
    if url_scheme(spec) is not None:
        return [partial(_read_url, spec, fetching)]
    try:
        mode = os.stat(spec).st_mode
    except (OSError, ValueError) as exc:
        raise SourceError(spec, os_reason(exc)) from None
    if not stat.S_ISDIR(mode):
        return [partial(read_file, Path(spec), spec, fetching)]
    entries = folder_entries(Path(spec))
    if not entries:
        raise SourceError(spec, _NO_ARTICLES)
    return [
        partial(read_file, e, None, fetching) if isinstance(e, Path) else partial(_fail, e)
        for e in entries
    ]


def _fail(error: SourceError) -> list[Article]:
    raise error


def _read_url(url: str, fetching: Fetching | None) -> list[Article]:
    from briefing.sources.urls import fetch

    page = fetch(url, fetching)
    suffix = Path(page.url.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    return articles_from_bytes(
        page.content,
        url,
        suffix if suffix in ARTICLE_SUFFIXES else "",
        media_type=page.media_type,
        charset=page.charset,
        url=page.url,
        fetching=fetching,
    )


def _checked(article: Article) -> Article:
    """``article`` with a note when it does not look like English."""
    note = language_note(article.text, article.source)
    return replace(article, notes=(*article.notes, note)) if note else article
