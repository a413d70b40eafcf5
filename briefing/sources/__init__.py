"""Where articles come from: text, HTML and feed files, directories, URLs and standard input.

``load(spec)`` reads one input as the user wrote it: ``-`` (standard input), an ``http(s)``
URL (a page, a feed or plain text), a file, or a directory (every article file under it).
``load_all`` never raises for a bad input: it returns the articles it could read and one
``SourceError`` per input (or file of a directory) it could not, so one bad file never stops
a batch. Every article that does not look like English carries a note saying so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.analysis.types import Article
from briefing.config import Fetching
from briefing.sources.errors import SourceError
from briefing.sources.files import ARTICLE_SUFFIXES, article_files, read_file
from briefing.sources.language import language_note

__all__ = ["Loaded", "SourceError", "load", "load_all"]

STDIN = "-"


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)


def load(spec: str, fetching: Fetching | None = None) -> list[Article]:
    """The articles that ``spec`` holds; raises ``SourceError`` when there are none."""
    return [_checked(a) for a in _read(spec, fetching)]


def load_all(specs: Iterable[str], fetching: Fetching | None = None) -> Loaded:
    """Every article from ``specs``; inputs that fail are collected, not raised."""
    loaded = Loaded()
    for spec in specs:
        path = Path(spec)
        if spec != STDIN and _scheme(spec) is None and path.is_dir():
            files = list(article_files(path))
            if not files:
                loaded.errors.append(SourceError(spec, _NO_ARTICLES))
            for f in files:
                _collect(loaded, lambda f=f: [_checked(a) for a in read_file(f, None, fetching)])
        else:
            _collect(loaded, lambda spec=spec: load(spec, fetching))
    return loaded


_NO_ARTICLES = "directory holds no articles (" + ", ".join(sorted(ARTICLE_SUFFIXES)) + " files)"


def _read(spec: str, fetching: Fetching | None) -> list[Article]:
    if spec == STDIN:
        from briefing.sources.stdin import read_stdin

        return read_stdin()
    scheme = _scheme(spec)
    if scheme is not None:
        return _read_url(spec, fetching)
    path = Path(spec)
    if not path.exists():
        raise SourceError(spec, "no such file or directory")
    if path.is_dir():
        files = list(article_files(path))
        if not files:
            raise SourceError(spec, _NO_ARTICLES)
        return [a for f in files for a in read_file(f, None, fetching)]
    return read_file(path, spec, fetching)


def _read_url(url: str, fetching: Fetching | None) -> list[Article]:
    from briefing.sources.files import articles_from_bytes
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


def _scheme(spec: str) -> str | None:
    from briefing.sources.urls import url_scheme

    return url_scheme(spec)


def _checked(article: Article) -> Article:
    """``article`` with a note when it does not look like English."""
    note = language_note(article.text, article.source)
    return replace(article, notes=(*article.notes, note)) if note else article


def _collect(loaded: Loaded, read) -> None:
    try:
        loaded.articles.extend(read())
    except SourceError as exc:
        loaded.errors.append(exc)
