"""``Options``: what the user chose for an analysis; cheap to import (no spaCy).

Kept apart from ``analyze`` so that the CLI and the analysis cache can build and hash options
without loading spaCy, which a run served wholly from the cache never needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.analysis.summarize import DEFAULT_ALGORITHM, DEFAULT_LENGTH, SummaryLength


@dataclass(frozen=True)
class Options:
    """What the user chose; part of the cache key together with the pipeline's name."""

    algorithm: str = DEFAULT_ALGORITHM
    length: SummaryLength = DEFAULT_LENGTH
    model: str | None = None
