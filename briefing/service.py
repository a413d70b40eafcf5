"""The one seam through which the reader and the exporter get analyses.

Today it runs ``analyze_many``; the store (analysis cache) plugs in here, so that both
front ends share the cache without knowing about it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from briefing.analysis.analyze import Options, analyze_many
from briefing.analysis.types import Analysis, Article


def analyses(articles: Iterable[Article], options: Options = Options()) -> Iterator[Analysis]:
    """The analysis of every article, in order, computed in one batch."""
    yield from analyze_many(articles, options)
