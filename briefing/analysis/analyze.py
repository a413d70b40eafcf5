"""``analyze``: one spaCy pass per article, and everything else computed from it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.tokens import Doc

from briefing.analysis.options import Options
from briefing.analysis.parties import resolve_parties
from briefing.analysis.pipeline import Pipeline, load_pipeline
from briefing.analysis.positions import extract_positions, tagger
from briefing.analysis.positions.tagger import Tagged
from briefing.analysis.prose import is_prose
from briefing.analysis.summarize import LENGTH_DEPENDENT, SummaryLength, summarize, summary_size
from briefing.analysis.types import Analysis, Article, Sentence

BATCH_SIZE = 32


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
    positions = extract_positions(doc, sentences, parties, tagged)
    summary = summarize(
        article.text, sentences, options.algorithm, options.length, title=article.title
    )
    notes = article.notes + ((pipeline.warning,) if pipeline.warning else ())
    return Analysis(
        article=article,
        model=pipeline.name,
        sentences=sentences,
        entities=parties.entities,
        parties=parties.parties,
        positions=positions,
        summary=summary,
        notes=notes,
    )


def analyze_many(articles: Iterable[Article], options: Options = Options()) -> Iterator[Analysis]:
    """Analyse ``articles`` in one ``nlp.pipe`` batch, yielding each analysis as it is ready."""
    pipeline = load_pipeline(options.model)
    articles = list(articles)
    docs = pipeline.nlp.pipe((a.text for a in articles), batch_size=BATCH_SIZE)
    pairs = zip(articles, docs, strict=True)
    while batch := list(islice(pairs, BATCH_SIZE)):
        spans = tagger.tag_many([doc for _, doc in batch]) if tagger.ENABLED else []
        for i, (article, doc) in enumerate(batch):
            yield analysis_of(article, doc, pipeline, options, spans[i] if spans else None)


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
