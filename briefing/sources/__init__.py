"""Where articles come from: files and directories (more kinds plug in here).

``load_all`` never raises for a bad input: it returns the articles it could read and one
``SourceError`` per input it could not, so one bad file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefing.analysis.types import Article
from briefing.sources.errors import SourceError
from briefing.sources.files import article_files, read_text_file

__all__ = ["Loaded", "SourceError", "load", "load_all"]


@dataclass
class Loaded:
    articles: list[Article] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)


def load(spec: str) -> list[Article]:
    """The articles that ``spec`` (a path) holds; raises ``SourceError`` when there are none."""
    path = Path(spec)
    if not path.exists():
        raise SourceError(spec, "no such file or directory")
    if path.is_dir():
        files = list(article_files(path))
        if not files:
            raise SourceError(spec, "directory holds no articles (.txt or .md files)")
        return [read_text_file(f) for f in files]
    return [read_text_file(path, spec)]


def load_all(specs: Iterable[str]) -> Loaded:
    """Every article from ``specs``; inputs that fail are collected, not raised."""
    loaded = Loaded()
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            files = list(article_files(path))
            if not files:
                loaded.errors.append(SourceError(spec, "directory holds no articles"))
            for f in files:
                _collect(loaded, lambda f=f: [read_text_file(f)])
        else:
            _collect(loaded, lambda spec=spec: load(spec))
    return loaded


def _collect(loaded: Loaded, read) -> None:
    try:
        loaded.articles.extend(read())
    except SourceError as exc:
        loaded.errors.append(exc)
