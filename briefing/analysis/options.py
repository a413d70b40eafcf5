"""``Options``: what the user chose for an analysis, and the summary length it is given in.

Cheap to import (no spaCy, no sumy, no numpy): the CLI and the analysis cache build and hash
options without loading the analysis, which a run served wholly from the cache never needs.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

DEFAULT_ALGORITHM = "briefing"
"""Measured best on both reference sets (``benchmarks/summaries.py``)."""


@dataclass(frozen=True)
class SummaryLength:
    """A summary length: a number of sentences, or a percentage of the article's sentences."""

    value: float
    percent: bool = False

    @classmethod
    def parse(cls, spec: str | int) -> SummaryLength:
        text = str(spec).strip()
        match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(%?)", text)
        if not match or float(match.group(1)) <= 0:
            raise ValueError(f"summary length must be N sentences or N% (got {text!r})")
        if match.group(2) and float(match.group(1)) > 100:
            raise ValueError(f"summary length cannot exceed 100% (got {text!r})")
        if not match.group(2) and not float(match.group(1)).is_integer():
            raise ValueError(f"summary length in sentences must be whole (got {text!r})")
        return cls(float(match.group(1)), bool(match.group(2)))

    def resolve(self, n_sentences: int) -> int:
        """How many sentences this length means for an article of ``n_sentences``."""
        if n_sentences == 0:
            return 0
        k = math.ceil(n_sentences * self.value / 100) if self.percent else int(self.value)
        return max(1, min(k, n_sentences))

    def __str__(self) -> str:
        return f"{self.value:g}%" if self.percent else f"{int(self.value)}"


DEFAULT_LENGTH = SummaryLength(3)


@dataclass(frozen=True)
class Options:
    """What the user chose; part of the cache key together with the pipeline's name."""

    algorithm: str = DEFAULT_ALGORITHM
    length: SummaryLength = DEFAULT_LENGTH
    model: str | None = None
