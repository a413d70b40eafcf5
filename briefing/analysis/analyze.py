"""``analyze``: one spaCy pass per article, and everything else computed from it."""

from __future__ import annotations

import ctypes
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.tokens import Doc

from briefing.analysis.options import Options
from briefing.analysis.parties import resolve_parties
from briefing.analysis.pipeline import Pipeline, load_pipeline
from briefing.analysis.positions import extract_positions, tagger
from briefing.analysis.positions.aliases import called
from briefing.analysis.positions.tagger import Tagged
from briefing.analysis.prose import is_prose
from briefing.analysis.segments import join, segment_bounds
from briefing.analysis.summarize import LENGTH_DEPENDENT, SummaryLength, summarize, summary_size
from briefing.analysis.types import Analysis, Article, Sentence, Span

BATCH_SIZE = 32
"""Most texts parsed together in one ``nlp.pipe`` batch."""
BATCH_CHARS = 20_000
"""About the most characters parsed together: spaCy's memory grows with a batch's text."""


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """The sentences of ``doc``, trimmed of surrounding white space, numbered in order."""
    text = doc.text
    # One pass over arrays, not Token objects: this runs on every article (hot path).
    strings = doc.vocab.strings
    attrs = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).tolist() if len(doc) else []
    sentences: list[Sentence] = []
    paragraph = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if sentences and "\n" in text[sentences[-1].end : start]:
            paragraph += 1
        words = tuple(
            strings[orth]
            for orth, punct, space in attrs[sent.start : sent.end]
            if not (punct or space)
        )
        prose = is_prose(text, start, end, len(words))
        sentences.append(Sentence(len(sentences), start, end, paragraph, words, prose))
    return tuple(sentences)


def analysis_of(
    article: Article,
    doc: Doc,
    pipeline: Pipeline,
    options: Options,
    tagged: list[Tagged] | None = None,
) -> Analysis:
    """The analysis of ``article`` from its parsed ``doc`` (and the attribution tagger's spans,
    when ``analyze_many`` tagged a batch beforehand)."""
    sentences = sentences_of(doc)
    parties = resolve_parties(doc)
    positions, described = extract_positions(doc, sentences, parties, tagged)
    summary = summarize(
        article.text, sentences, options.algorithm, options.length, title=article.title
    )
    warnings = [pipeline.warning]
    if pipeline.trained:
        warnings.append(tagger.missing(doc.vocab))
    notes = article.notes + tuple(w for w in warnings if w)
    return Analysis(
        article=article,
        model=pipeline.name,
        sentences=sentences,
        entities=parties.entities,
        parties=called(parties.parties, positions, article.text) + described,
        positions=positions,
        summary=summary,
        notes=notes,
    )


@dataclass
class _Work:
    """An article on its way through: where its segments are, and their analyses so far."""

    article: Article
    bounds: list[Span]
    done: list[Analysis] = field(default_factory=list)


def analyze_many(articles: Iterable[Article], options: Options = Options()) -> Iterator[Analysis]:
    """Analyse ``articles`` in ``nlp.pipe`` batches, yielding each analysis as it is ready.

    Nothing of spaCy outlives its batch: a batch holds at most ``BATCH_SIZE`` texts and about
    ``BATCH_CHARS`` characters, its ``Doc``s are dropped once their analyses are made, and a
    text longer than ``SEGMENT_CHARS`` is parsed in segments. Memory therefore stays flat
    however many articles go through, and does not grow with the length of one article.
    """
    pipeline = load_pipeline(options.model)
    works: deque[_Work] = deque()

    def pieces() -> Iterator[tuple[_Work, Article]]:
        for article in articles:
            work = _Work(article, segment_bounds(article.text))
            works.append(work)
            if len(work.bounds) == 1:
                yield work, article
                continue
            for start, end in work.bounds:
                yield work, replace(article, text=article.text[start:end])

    for batch in _batches(pieces()):
        analysed = _analyse_batch([piece for _, piece in batch], pipeline, options)
        give_back_memory()
        for (work, _), analysis in zip(batch, analysed, strict=True):
            work.done.append(analysis)
        while works and len(works[0].done) == len(works[0].bounds):
            work = works.popleft()
            yield work.done[0] if len(work.bounds) == 1 else _joined(work, pipeline, options)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, where there is one."""
    try:
        return ctypes.CDLL(None).malloc_trim  # the C library the interpreter runs on
    except (OSError, AttributeError):
        return None


def give_back_memory() -> None:
    """Return the heap memory a batch freed to the system. glibc keeps it otherwise (most of
    all in the arenas of worker threads): the reader held 420 MB after analysing the 263
    Wikinews articles instead of 250 MB."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _batches(
    pieces: Iterable[tuple[_Work, Article]],
) -> Iterator[list[tuple[_Work, Article]]]:
    batch: list[tuple[_Work, Article]] = []
    chars = 0
    for piece in pieces:
        size = len(piece[1].text)
        if batch and (len(batch) >= BATCH_SIZE or chars + size > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(piece)
        chars += size
    if batch:
        yield batch


def _analyse_batch(articles: list[Article], pipeline: Pipeline, options: Options) -> list[Analysis]:
    """The analyses of ``articles``; their ``Doc``s live only as long as this call."""
    docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=len(articles)))
    # a pipeline without a parser (the blank fallback) finds no attribution to tag
    spans = tagger.tag_many(docs) if any(d.has_annotation("DEP") for d in docs) else []
    return [
        analysis_of(article, doc, pipeline, options, spans[i] if spans else None)
        for i, (article, doc) in enumerate(zip(articles, docs, strict=True))
    ]


def _joined(work: _Work, pipeline: Pipeline, options: Options) -> Analysis:
    """The analysis of a long article from the analyses of its segments."""
    article = work.article
    parts = join(article.text, work.done, work.bounds)
    summary = summarize(
        article.text, parts.sentences, options.algorithm, options.length, title=article.title
    )
    return Analysis(
        article=article,
        model=pipeline.name,
        sentences=parts.sentences,
        entities=parts.entities,
        parties=parts.parties,
        positions=parts.positions,
        summary=summary,
        notes=work.done[0].notes,
    )


def analyze(article: Article, options: Options = Options()) -> Analysis:
    """Analyse one article."""
    return next(analyze_many([article], options))


def resummarize(analysis: Analysis, algorithm: str, length: SummaryLength) -> Analysis:
    """The same analysis with a summary by another algorithm or of another length (no parse)."""
    summary = analysis.summary
    article = analysis.article
    k = summary_size(length, article.text, analysis.sentences, article.title)
    # A length-dependent ranking is only right for the length it was made for.
    if algorithm != summary.algorithm or (algorithm in LENGTH_DEPENDENT and k != summary.k):
        summary = summarize(
            analysis.article.text,
            analysis.sentences,
            algorithm,
            length,
            title=analysis.article.title,
        )
    return replace(analysis, summary=replace(summary, k=k))
