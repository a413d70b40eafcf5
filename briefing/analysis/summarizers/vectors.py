"""Sentences as sparse unit vectors of stemmed content words, and what is linear to ask of them.

A dense sentence-by-word matrix, or a sentence-by-sentence similarity matrix, grows with the
square of the article: 20,000 short paragraphs needed 8.6 GB. Here a sentence is a row of a
CSR-like layout (``indptr``, ``indices``, ``data``: numpy arrays, no scipy), and every quantity
the summarizer needs costs time and memory in proportion to the number of words:

- similarity to the article's centroid (the sum of all the other sentences);
- directed centrality: the summed cosine similarity to the sentences after it, and to those
  before it (PacSum), through running prefix sums instead of all pairs;
- similarity of every sentence to one given sentence (for redundancy control), through a
  dense word vector of that one sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class SentenceVectors:
    """Unit-length bag-of-stems rows, one per sentence (a sentence without words is all zero)."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    n_terms: int

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    def row_sums(self, values: np.ndarray) -> np.ndarray:
        """For each sentence, the sum of ``values`` (one per stored entry) over its entries."""
        totals = np.zeros(self.n)
        rows = np.repeat(np.arange(self.n), np.diff(self.indptr))
        np.add.at(totals, rows, values)
        return totals

    def dot(self, dense: np.ndarray) -> np.ndarray:
        """Every sentence's dot product with one dense word vector."""
        return self.row_sums(self.data * dense[self.indices])

    def dense(self, i: int) -> np.ndarray:
        vector = np.zeros(self.n_terms)
        lo, hi = self.indptr[i], self.indptr[i + 1]
        vector[self.indices[lo:hi]] = self.data[lo:hi]
        return vector

    def total(self) -> np.ndarray:
        """The sum of every row: the article's (unnormalised) centroid."""
        vector = np.zeros(self.n_terms)
        np.add.at(vector, self.indices, self.data)
        return vector

    def nonempty(self) -> np.ndarray:
        return np.diff(self.indptr) > 0

    def similarity_to(self, i: int) -> np.ndarray:
        """Cosine similarity of every sentence to sentence ``i``."""
        return self.dot(self.dense(i))

    def directed(self) -> tuple[np.ndarray, np.ndarray]:
        """Summed similarity of each sentence to those after it and to those before it."""
        total = self.total()
        before = np.zeros(self.n)
        running = np.zeros(self.n_terms)
        for i in range(self.n):
            lo, hi = self.indptr[i], self.indptr[i + 1]
            columns, values = self.indices[lo:hi], self.data[lo:hi]
            before[i] = values @ running[columns]
            running[columns] += values
        own = self.row_sums(self.data * self.data)
        after = self.dot(total) - before - own
        return after, before

    def centroid_similarity(self) -> np.ndarray:
        """Cosine similarity of each sentence to the sum of all the others."""
        total = self.total()
        own = self.row_sums(self.data * self.data)
        dots = self.dot(total) - own
        # |total - u_i|^2 = |total|^2 - 2 u_i.total + |u_i|^2
        norms = np.sqrt(np.maximum(total @ total - 2 * self.dot(total) + own, 0.0))
        norms[norms == 0] = 1.0
        return dots / norms


def vectorize(
    sentences: Sequence[Iterable[str]],
    stem: Callable[[str], str],
    stop_words: frozenset[str],
) -> SentenceVectors:
    """The rows of ``sentences`` (each an iterable of words): stemmed, stop words left out."""
    vocabulary: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for words in sentences:
        counts: dict[int, int] = {}
        for word in words:
            lowered = word.casefold()
            if lowered in stop_words or not any(c.isalnum() for c in lowered):
                continue
            term = vocabulary.setdefault(stem(lowered), len(vocabulary))
            counts[term] = counts.get(term, 0) + 1
        norm = sum(c * c for c in counts.values()) ** 0.5
        indices.extend(counts)
        data.extend(c / norm for c in counts.values())
        indptr.append(len(indices))
    return SentenceVectors(
        np.asarray(indptr, dtype=np.int64),
        np.asarray(indices, dtype=np.int64),
        np.asarray(data, dtype=float),
        max(1, len(vocabulary)),
    )
