"""The ``briefing`` summarizer: position-aware centrality, a lede prior that fades with length.

News is written top-down (the lede states the story, the rest develops it), yet a long summary
needs coverage more than the lede. Measured on two reference sets (``benchmarks/summaries.py``):
3-sentence highlights of CNN/DailyMail news reward the first sentences, while BBC extractive
summaries of ~45% of an article reward centrality. The requested share of the article,
``k / n``, is the switch. Each sentence's score is

    score = centrality + LEDE_WEIGHT * lede * 1 / (position + 1)

- ``centrality`` is PacSum-style directed centrality (Zheng & Lapata, 2019): the sentence's
  cosine similarity (stemmed content words) to the sentences after it, plus ``backward`` times
  its similarity to those before it, divided by the largest value in the article so the most
  central sentence scores 1. Similarity to what follows means "this sentence introduces what
  the article goes on to say"; similarity to what came before means "this repeats".
- ``lede`` = max(0, 1 - (k / n) / LEDE_SHARE): 1 for a very short summary, 0 from
  LEDE_SHARE of the article up. It also sets ``backward`` from 1 (plain centrality, as in
  sumy's reduction and TextRank) down to BACKWARD_AT_LEDE.

Sentences are then taken greedily, each time the best score minus REDUNDANCY times its
highest similarity to a sentence already taken (MMR), so the first k do not repeat each other;
a near-duplicate of a sentence taken comes after every other sentence.
Every sentence is taken in the end, so the order is a full ranking; it is the ranking for the
requested k (its prefixes are the greedy choices under that k's weights). A headline that
stands in the text as a sentence is ranked last: the summary sits beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from sumy.models.dom import ObjectDocumentModel
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo

LEDE_SHARE = 0.35
"""Summaries shorter than this share of the article's sentences lean on the lede."""
LEDE_WEIGHT = 1.0
"""Bonus of the first sentence at full lede strength (the most central sentence scores 1)."""
BACKWARD_AT_LEDE = -1.0
"""Weight of similarity to earlier sentences at full lede strength (PacSum's negative weight)."""
REDUNDANCY = 0.3
"""MMR penalty per unit of cosine similarity to a sentence already in the summary."""
DUPLICATE = 0.9
"""Cosine similarity from which a sentence repeats one already taken: it goes after the rest."""


def lede_strength(k: int, n: int) -> float:
    """How much the lede matters for a summary of ``k`` of ``n`` sentences, from 0 to 1."""
    if n <= 0:
        return 0.0
    return max(0.0, 1.0 - (k / n) / LEDE_SHARE)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


class BriefingSummarizer(AbstractSummarizer):
    """Directed centrality plus a length-dependent lede prior, with MMR redundancy control."""

    def __init__(
        self,
        stemmer: Callable[[str], str],
        stop_words: frozenset[str] = frozenset(),
        title: str | None = None,
    ) -> None:
        super().__init__(stemmer)
        self.stop_words = stop_words
        self.title = title
        self._stem = lru_cache(maxsize=None)(self.stem_word)

    def __call__(self, document: ObjectDocumentModel, sentences_count: int) -> tuple:
        """sumy's interface: the best ``sentences_count`` sentences, in document order."""
        chosen = self.rank(document, int(sentences_count))[: int(sentences_count)]
        return tuple(info.sentence for info in sorted(chosen, key=lambda info: info.order))

    def rank(self, document: ObjectDocumentModel, k: int) -> list[SentenceInfo]:
        """Every sentence, best first for a summary of ``k``, each with its own score."""
        sentences = list(document.sentences)
        n = len(sentences)
        if n == 0:
            return []
        is_headline = [
            self.title is not None and _normal(str(s)) == _normal(self.title) for s in sentences
        ]
        body = [i for i in range(n) if not is_headline[i]]
        scores = np.zeros(n)
        order: list[int] = []
        if body:
            similarity = self._similarity([sentences[i] for i in body])
            body_scores = self._scores(similarity, min(k, len(body)))
            scores[body] = body_scores
            order = [body[j] for j in _greedy(body_scores, similarity)]
        order += [i for i in range(n) if is_headline[i]]
        return [SentenceInfo(sentences[i], i, float(scores[i])) for i in order]

    def _similarity(self, sentences: Sequence) -> np.ndarray:
        """Cosine similarity of the sentences' stemmed content-word counts (diagonal 0)."""
        vocabulary: dict[str, int] = {}
        rows: list[list[int]] = []
        for sentence in sentences:
            words = (self.normalize_word(w) for w in sentence.words)
            terms = [self._stem(w) for w in words if w not in self.stop_words]
            rows.append([vocabulary.setdefault(t, len(vocabulary)) for t in terms])
        counts = np.zeros((len(sentences), max(1, len(vocabulary))))
        for i, row in enumerate(rows):
            np.add.at(counts[i], row, 1.0)
        norms = np.linalg.norm(counts, axis=1)
        norms[norms == 0] = 1.0
        unit = counts / norms[:, None]
        similarity = unit @ unit.T
        np.fill_diagonal(similarity, 0.0)
        return similarity

    @staticmethod
    def _scores(similarity: np.ndarray, k: int) -> np.ndarray:
        n = len(similarity)
        lede = lede_strength(k, n)
        backward = 1.0 - lede * (1.0 - BACKWARD_AT_LEDE)
        forward_sum = np.triu(similarity, 1).sum(axis=1)
        backward_sum = np.tril(similarity, -1).sum(axis=1)
        centrality = forward_sum + backward * backward_sum
        peak = np.abs(centrality).max()
        if peak > 0:
            centrality = centrality / peak
        return centrality + LEDE_WEIGHT * lede / (np.arange(n) + 1.0)


_REPEAT_TIER = 1e6
"""Far below any score: repeats are ranked after every other sentence, in their own order."""


def _greedy(scores: np.ndarray, similarity: np.ndarray) -> list[int]:
    """All indices, each time the best score less REDUNDANCY x similarity to those taken.

    A near-duplicate (similarity of DUPLICATE or more) of a sentence taken waits for the rest.
    """
    n = len(scores)
    taken: list[int] = []
    left = np.ones(n, dtype=bool)
    overlap = np.zeros(n)
    for _ in range(n):
        gain = scores - REDUNDANCY * overlap
        gain = np.where(overlap >= DUPLICATE, gain - _REPEAT_TIER, gain)
        gain = np.where(left, gain, -np.inf)
        best = int(np.argmax(gain))  # ties go to the earlier sentence
        taken.append(best)
        left[best] = False
        overlap = np.maximum(overlap, similarity[best])
    return taken
