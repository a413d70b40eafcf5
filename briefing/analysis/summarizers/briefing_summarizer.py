"""The ``briefing`` summarizer: the lede for a short summary, centrality for a long one.

News is written top-down (the lede states the story, the rest develops it), yet a long summary
needs coverage more than the lede. Measured on two reference sets (``benchmarks/summaries.py``,
parameters chosen by 5-fold cross-validation): 3-sentence highlights of CNN/DailyMail news
reward the first sentences, while BBC extractive summaries of ~45% of an article reward
centrality. The requested share of the article, ``k / n``, is the switch:

- A short summary (``k / n`` under LEDE_SHARE) is the lede: the article's sentences of at
  least LEDE_WORDS words, in order. Short sentences near the top of news copy are mostly
  teasers and scene-setting ("It was pretty impressive."); skipping them is what carried over
  from fold to fold, where trading lede sentences for central ones did not.
- A long summary takes the most central sentences: each sentence's summed cosine similarity
  (stemmed content words) to every other sentence, scaled so the most central scores 1.

Sentences are then taken greedily, each time the best score minus REDUNDANCY times its highest
similarity to a sentence already taken (MMR), so the summary does not repeat itself; a
near-duplicate of a sentence taken comes after every other sentence. Only the first
MMR_PICKS choices pay that cost; the rest follow by score. Everything is linear in the number
of sentences (``vectors.py``): no sentence-by-sentence matrix is ever built.

Sentences the caller marks as not eligible (not prose, or the headline) get no score of their
own (0) and come last, in document order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sumy.models.dom import ObjectDocumentModel
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo

from briefing.analysis.summarizers.vectors import SentenceVectors, vectorize

LEDE_SHARE = 0.35
"""A summary of fewer than this share of the article's sentences is its lede."""
LEDE_WORDS = 15
"""Sentences shorter than this are not part of the lede."""
REDUNDANCY = 0.3
"""MMR penalty per unit of cosine similarity to a sentence already in the summary."""
DUPLICATE = 0.9
"""Cosine similarity from which a sentence repeats one already taken: it goes after the rest."""
MMR_PICKS = 100
"""Redundancy control for the first this many choices; later ones follow by score."""

_LEDE_TIER = 1e3
"""Added to the priority of lede sentences, far above any centrality (at most 1)."""


@dataclass(frozen=True)
class Tuning:
    """The two fitted parameters (the benchmark's cross-validation tries others through this,
    never by changing the module's constants)."""

    lede_words: int = LEDE_WORDS
    redundancy: float = REDUNDANCY


def is_lede_length(k: int, n: int) -> bool:
    """Is a summary of ``k`` of ``n`` sentences short enough to be the lede?"""
    return n > 0 and k / n < LEDE_SHARE


class BriefingSummarizer(AbstractSummarizer):
    """The lede for short summaries, centrality for long ones, with MMR redundancy control."""

    def __init__(
        self,
        stemmer: Callable[[str], str],
        stop_words: frozenset[str] = frozenset(),
        eligible: Sequence[bool] | None = None,
        tuning: Tuning = Tuning(),
    ) -> None:
        super().__init__(stemmer)
        self.stop_words = stop_words
        self.eligible = eligible
        """Which sentences may be summary sentences (default: all)."""
        self.tuning = tuning
        self._stem = lru_cache(maxsize=None)(self.stem_word)

    def __call__(self, document: ObjectDocumentModel, sentences_count: int) -> tuple:
        """sumy's interface: the best ``sentences_count`` sentences, in document order."""
        chosen = self.rank(document, int(sentences_count))[: int(sentences_count)]
        return tuple(info.sentence for info in sorted(chosen, key=lambda info: info.order))

    def rank(self, document: ObjectDocumentModel, k: int) -> list[SentenceInfo]:
        """Every sentence, best first for a summary of ``k``, each with its own score."""
        sentences = list(document.sentences)
        n = len(sentences)
        eligible = list(self.eligible) if self.eligible is not None else [True] * n
        body = [i for i in range(n) if eligible[i]]
        scores = np.zeros(n)
        order: list[int] = []
        if body:
            vectors = vectorize((sentences[i].words for i in body), self._stem, self.stop_words)
            lengths = np.array([len(sentences[i].words) for i in body])
            k = min(k, len(body))
            priority, body_scores = _scores(vectors, lengths, k, self.tuning.lede_words)
            scores[body] = body_scores
            order = [body[j] for j in _greedy(priority, vectors, self.tuning.redundancy)]
        order += [i for i in range(n) if not eligible[i]]
        return [SentenceInfo(sentences[i], i, float(scores[i])) for i in order]


def _scores(
    vectors: SentenceVectors, lengths: np.ndarray, k: int, lede_words: int
) -> tuple[np.ndarray, ...]:
    """The greedy choice's priorities, and the scores shown: centrality in [0, 1], and for
    the lede of a short summary (sentences of ``lede_words`` or more) 1 + its place from the
    end of the lede, over its length."""
    after, before = vectors.directed()
    centrality = after + before
    peak = np.abs(centrality).max()
    if peak > 0:
        centrality = centrality / peak
    n = len(centrality)
    if not is_lede_length(k, n):
        return centrality, centrality
    lede = lengths >= lede_words
    from_end = lede.sum() - np.cumsum(lede) + 1  # the first lede sentence has the most
    priority = centrality + np.where(lede, _LEDE_TIER * from_end, 0.0)
    shown = np.where(lede, 1.0 + from_end / max(1, lede.sum()), centrality)
    return priority, shown


_REPEAT_TIER = 1e9
"""Far below any priority: repeats are ranked after every other sentence, in their own order."""


def _greedy(priority: np.ndarray, vectors: SentenceVectors, redundancy: float) -> list[int]:
    """All indices: MMR_PICKS times the best priority less ``redundancy`` x similarity to those
    taken (a near-duplicate of one taken waits for the rest), then the rest by priority."""
    n = len(priority)
    taken: list[int] = []
    left = np.ones(n, dtype=bool)
    overlap = np.zeros(n)
    for _ in range(min(n, MMR_PICKS)):
        gain = priority - redundancy * overlap
        gain = np.where(overlap >= DUPLICATE, gain - _REPEAT_TIER, gain)
        gain = np.where(left, gain, -np.inf)
        best = int(np.argmax(gain))  # ties go to the earlier sentence
        taken.append(best)
        left[best] = False
        overlap = np.maximum(overlap, vectors.similarity_to(best))
    rest = np.flatnonzero(left)
    repeats = overlap[rest] >= DUPLICATE
    key = np.where(repeats, priority[rest] - _REPEAT_TIER, priority[rest])
    # Stable sort on descending key keeps document order among equals.
    return taken + [int(i) for i in rest[np.argsort(-key, kind="stable")]]
