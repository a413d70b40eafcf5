"""Extractive summaries: sumy's summarizers, fed spaCy's sentences, as full rankings.

sumy's own tokenizer needs NLTK downloads, so it is never used. A sumy document is built
from our ``Sentence`` objects through ``_SentenceWords``, an adapter that answers
``to_words`` with the words spaCy already found. Each summarizer then rates every sentence;
we keep the whole ranking, so a summary of any length is a prefix of it.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from briefing.analysis.options import DEFAULT_ALGORITHM, DEFAULT_LENGTH, SummaryLength
from briefing.analysis.summarizers.briefing_summarizer import BriefingSummarizer, Tuning
from briefing.analysis.types import Sentence, Summary

LANGUAGE = "english"

# Edmundson's cue method wants words that signal an important sentence (bonus) and words
# that signal a hedge or aside (stigma). In news, reporting and decision verbs carry the news.
_BONUS = [
    "said",
    "announced",
    "agreed",
    "warned",
    "urged",
    "demanded",
    "proposed",
    "rejected",
    "confirmed",
    "called",
    "decided",
    "approved",
    "signed",
    "launched",
    "killed",
    "died",
    "arrested",
    "elected",
    "won",
    "lost",
    "ruled",
    "first",
    "new",
    "major",
    "deal",
    "talks",
    "ceasefire",
    "sanctions",
]
_STIGMA = [
    "perhaps",
    "maybe",
    "hardly",
    "meanwhile",
    "also",
    "however",
    "although",
    "reportedly",
    "seemingly",
]


@cache
def _stemmer() -> Callable[[str], str]:
    """sumy's Snowball stemmer, memoised: news repeats its words, and stemming is the cost."""
    return lru_cache(maxsize=200_000)(Stemmer(LANGUAGE))


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(get_stop_words(LANGUAGE))


def _with_stop_words(cls: type[AbstractSummarizer]) -> Callable[[], AbstractSummarizer]:
    def make() -> AbstractSummarizer:
        summarizer = cls(_stemmer())
        summarizer.stop_words = _stop_words()
        return summarizer

    return make


def _edmundson() -> AbstractSummarizer:
    summarizer = EdmundsonSummarizer(_stemmer(), cue_weight=1.0, key_weight=1.0)
    summarizer.bonus_words = _BONUS
    summarizer.stigma_words = _STIGMA
    summarizer.null_words = _stop_words()
    return summarizer


def _briefing_summarizer() -> AbstractSummarizer:
    return BriefingSummarizer(_stemmer(), _stop_words())


SUMMARIZERS: dict[str, Callable[[], AbstractSummarizer]] = {
    "briefing": _briefing_summarizer,
    "lexrank": _with_stop_words(LexRankSummarizer),
    "textrank": _with_stop_words(TextRankSummarizer),
    "lsa": _with_stop_words(LsaSummarizer),
    "luhn": _with_stop_words(LuhnSummarizer),
    "sumbasic": _with_stop_words(SumBasicSummarizer),
    "kl": _with_stop_words(KLSummarizer),
    "reduction": _with_stop_words(ReductionSummarizer),
    "edmundson": _edmundson,
}
"""Every summarizer by name. ``lead`` (document order) is added below as a baseline."""

LENGTH_DEPENDENT = frozenset({"briefing"})
"""Algorithms whose ranking depends on the requested length: re-rank when it changes."""


def algorithms() -> list[str]:
    return [*SUMMARIZERS, "lead"]


class _SentenceWords:
    """sumy tokenizer adapter: the words of each sentence, as spaCy tokenised them."""

    def __init__(self, words_by_text: dict[str, tuple[str, ...]]) -> None:
        self._words = words_by_text

    def to_words(self, text: str) -> tuple[str, ...]:
        return self._words.get(text, ())


def sumy_document(texts: Sequence[str], sentences: Sequence[Sentence]) -> ObjectDocumentModel:
    """A sumy document of ``sentences`` (texts given alongside), one paragraph per text block."""
    words = {text.strip(): s.words for text, s in zip(texts, sentences, strict=True)}
    adapter = _SentenceWords(words)
    paragraphs: list[list[SumySentence]] = []
    last_paragraph = None
    for text, sentence in zip(texts, sentences, strict=True):
        if sentence.paragraph != last_paragraph:
            paragraphs.append([])
            last_paragraph = sentence.paragraph
        paragraphs[-1].append(SumySentence(text, adapter))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


def _rate_all(summarizer: AbstractSummarizer, document: ObjectDocumentModel) -> list[SentenceInfo]:
    """Every sentence with its rating, best first (sumy sorts them before taking ``count``)."""
    captured: list[SentenceInfo] = []

    def take_all(infos: list[SentenceInfo]) -> list[SentenceInfo]:
        captured.extend(infos)
        return infos

    # LexRank divides by a zero norm on tiny documents; the NaN it gets is scored 0 below, and
    # numpy's RuntimeWarning (like LSA's UserWarning on few words) must not reach the terminal.
    with numpy.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        summarizer(document, take_all)
    return captured


SUMY_LIMIT = 400
"""sumy's algorithms build sentence-by-sentence (or word-by-sentence) matrices, and some choose
greedily over every sentence: they rate at most this many sentences (fewer for the costliest,
``SUMY_LIMITS``), the first of the article; the rest follow in the default summarizer's order,
and the summary says so in its notes. Each stays near a second on a long article."""
SUMY_LIMITS = {"kl": 100, "lsa": 150, "lexrank": 300}
"""Measured on 8-word sentences: KL is cubic (100 sentences 0.7 s, 200 5 s), LSA's dense
SVD and LexRank's power method are quadratic or worse."""


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _eligible(text: str, sentences: Sequence[Sentence], title: str | None) -> list[bool]:
    """Which sentences may be summary sentences: prose, and not the headline repeated."""
    headline = _normal(title) if title else None
    return [s.prose and _normal(text[s.start : s.end]) != headline for s in sentences]


def summary_size(
    length: SummaryLength, text: str, sentences: Sequence[Sentence], title: str | None = None
) -> int:
    """How many sentences a summary of ``length`` has: the length resolved over the article's
    sentences, but never more than it has prose sentences other than the headline (a
    dateline is no summary, even of an article with nothing else)."""
    return min(length.resolve(len(sentences)), sum(_eligible(text, sentences, title)))


def _briefing(
    texts: Sequence[str],
    sentences: Sequence[Sentence],
    k: int,
    eligible: Sequence[bool],
    tuning: Tuning = Tuning(),
) -> tuple[list[int], list[float]]:
    summarizer = BriefingSummarizer(_stemmer(), _stop_words(), eligible, tuning)
    infos = summarizer.rank(sumy_document(texts, sentences), k)
    scores = [0.0] * len(sentences)
    for info in infos:
        scores[info.order] = float(info.rating)
    return [info.order for info in infos], scores


def _sumy(
    algorithm: str,
    texts: Sequence[str],
    sentences: Sequence[Sentence],
    k: int,
    eligible: Sequence[bool],
) -> tuple[list[int], list[float], tuple[str, ...]]:
    """A sumy algorithm's ranking of the article's first sentences (up to its limit), then
    the rest in the default's order, each with the lowest score the algorithm gave."""
    head = min(len(sentences), SUMY_LIMITS.get(algorithm, SUMY_LIMIT))
    document = sumy_document(texts[:head], sentences[:head])
    infos = _rate_all(SUMMARIZERS[algorithm](), document)
    scores = [0.0] * len(sentences)
    ranking: list[int] = []
    for info in infos:
        rating = float(info.rating)
        scores[info.order] = rating if math.isfinite(rating) else 0.0
        ranking.append(info.order)
    # A summarizer that skips sentences (none here so far) must still give a full ranking.
    seen = set(ranking)
    ranking.extend(i for i in range(head) if i not in seen)
    if head == len(sentences):
        return ranking, scores, ()
    lowest = min(scores[:head])
    fallback, _ = _briefing(texts, sentences, k, eligible)
    ranking.extend(i for i in fallback if i >= head)
    for i in range(head, len(sentences)):
        scores[i] = lowest
    note = (
        f"{algorithm} rated the first {head} of {len(sentences)} sentences; the rest follow "
        f"in the order of {DEFAULT_ALGORITHM}"
    )
    return ranking, scores, (note,)


def summarize(
    text: str,
    sentences: Sequence[Sentence],
    algorithm: str = DEFAULT_ALGORITHM,
    length: SummaryLength = DEFAULT_LENGTH,
    *,
    title: str | None = None,
    tuning: Tuning = Tuning(),
) -> Summary:
    """Rank every sentence of ``text`` with ``algorithm``; the summary is the top ``length``.

    Whatever the algorithm, sentences that are not prose (``Sentence.prose``) and a sentence
    repeating the headline ``title`` come after all the others, in the algorithm's order, and
    are never summary sentences: the summary is shorter than ``length`` when the article has
    fewer prose sentences (``summary_size``). For algorithms in
    ``LENGTH_DEPENDENT`` the ranking is the one for this ``length``. ``tuning``: the default
    summarizer's parameters (the benchmark's cross-validation tries others).
    """
    n = len(sentences)
    if algorithm != "lead" and algorithm not in SUMMARIZERS:
        raise ValueError(f"unknown summarizer {algorithm!r}; choose from {', '.join(algorithms())}")
    eligible = _eligible(text, sentences, title)
    k = min(length.resolve(n), sum(eligible))
    notes: tuple[str, ...] = ()
    if algorithm == "lead" or n <= 1:
        ranking = list(range(n))
        scores = [float(n - i) / max(n, 1) for i in range(n)]
    else:
        texts = [text[s.start : s.end] for s in sentences]
        if algorithm == "briefing":
            ranking, scores = _briefing(texts, sentences, k, eligible, tuning)
        else:
            ranking, scores, notes = _sumy(algorithm, texts, sentences, k, eligible)
    ranking = [i for i in ranking if eligible[i]] + [i for i in ranking if not eligible[i]]
    return Summary(algorithm, tuple(ranking), tuple(scores), k, notes)
