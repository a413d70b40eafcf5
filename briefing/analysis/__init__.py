"""The headless analysis core: sentences, entities, parties, positions and summaries.

Never imports ``textual``; the reader and the exporter both read its ``Analysis``. Names are
imported lazily, so that reading ``briefing.analysis.types`` does not load spaCy.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Options": "analyze",
    "analyze": "analyze",
    "analyze_many": "analyze",
    "SummaryLength": "summarize",
    "algorithms": "summarize",
    "STANCES": "types",
    "Analysis": "types",
    "Article": "types",
    "Entity": "types",
    "Party": "types",
    "Position": "types",
    "Sentence": "types",
    "Summary": "types",
    "SummarySentence": "types",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
