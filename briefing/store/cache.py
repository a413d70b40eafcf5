"""The analysis cache: analyses keyed by what determines them, so a stale one is never served.

The key is a hash of the article text, the spaCy pipeline that would be loaded (package and
version, found without importing spaCy), the options, and a fingerprint of the analysis code
itself (every file under ``briefing/analysis``), so that a changed algorithm misses the cache
instead of returning yesterday's answer. Metadata (source, title, notes from reading) is not
part of the key: a hit is re-bound to the article as it was read this time.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import time
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.analysis.model_choice import fingerprint
from briefing.analysis.types import Analysis, Article
from briefing.store import codec

if TYPE_CHECKING:
    from briefing.analysis.options import Options
    from briefing.store import Store

_ANALYSIS_DIR = Path(__file__).resolve().parent.parent / "analysis"


@cache
def code_fingerprint() -> str:
    """A hash of the analysis code and data and the versions it runs on; once per process."""
    digest = hashlib.sha256()
    digest.update(f"briefing {__version__} codec {codec.FORMAT}\n".encode())
    for package in ("spacy", "sumy", "numpy"):
        digest.update(f"{package} {_version(package)}\n".encode())
    for path in sorted(_ANALYSIS_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(_ANALYSIS_DIR).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _version(distribution: str) -> str | None:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None


def cache_key(article: Article, options: Options) -> str:
    parts = [
        article.id,
        fingerprint(options.model),  # analysis.model_choice decides which pipeline
        options.algorithm,
        str(options.length),
        code_fingerprint(),
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def rebind(cached: Analysis, article: Article) -> Analysis:
    """``cached`` as the analysis of ``article`` (same text, maybe other metadata)."""
    from_analysis = tuple(n for n in cached.notes if n not in cached.article.notes)
    return replace(cached, article=article, notes=article.notes + from_analysis)


class AnalysisCache:
    """Get and put analyses in the store; every method may raise ``sqlite3.Error``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get_many(self, articles: Sequence[Article], options: Options) -> dict[int, Analysis]:
        """The cached analyses of ``articles``, by position in the sequence."""
        return self.lookup(articles, options)[0]

    def lookup(
        self, articles: Sequence[Article], options: Options
    ) -> tuple[dict[int, Analysis], set[int]]:
        """The cached analyses of ``articles`` by position, and the positions whose entry
        could not be read (damaged, or of the wrong shape): those are misses, and the next
        ``put`` of their analysis replaces the entry."""
        hits: dict[int, Analysis] = {}
        unreadable: set[int] = set()
        with self._store.reading() as conn:
            for i, article in enumerate(articles):
                row = conn.execute(
                    "SELECT data FROM analyses WHERE key = ?", (cache_key(article, options),)
                ).fetchone()
                if row is None:
                    continue
                try:
                    cached = codec.loads(row[0])
                except Exception:  # whatever the entry holds, it is only a miss
                    unreadable.add(i)
                    continue
                if cached.article.text == article.text:
                    hits[i] = rebind(cached, article)
                else:
                    unreadable.add(i)
        return hits, unreadable

    def get(self, article: Article, options: Options) -> Analysis | None:
        return self.get_many([article], options).get(0)

    def put(self, analysis: Analysis, options: Options) -> None:
        key = cache_key(analysis.article, options)
        data = codec.dumps(analysis)
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO analyses (key, article_id, data, created) "
                "VALUES (?, ?, ?, ?)",
                (key, analysis.article.id, data, time.time()),
            )

    def clear(self) -> int:
        """Forget every cached analysis (the library stays); how many were dropped."""
        with self._store.transaction() as conn:
            return conn.execute("DELETE FROM analyses").rowcount
