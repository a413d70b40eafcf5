"""The summarizers: full rankings, lengths, the ``briefing`` default and its behaviour."""

from __future__ import annotations

import functools
import importlib.util
import math
import re
import sys

import pytest

from briefing.analysis.analyze import Options, resummarize
from briefing.analysis.summarize import (
    DEFAULT_ALGORITHM,
    SummaryLength,
    algorithms,
    summarize,
)
from briefing.analysis.summarizers.briefing_summarizer import LEDE_SHARE, lede_strength
from briefing.analysis.types import Sentence
from tests.conftest import ROOT


def build(texts: list[str]) -> tuple[str, tuple[Sentence, ...]]:
    """An article of ``texts`` joined by spaces, with its sentences (words by a regex)."""
    text = ""
    sentences = []
    for index, sentence in enumerate(texts):
        start = len(text)
        text += sentence
        words = tuple(re.findall(r"\w+", sentence))
        sentences.append(Sentence(index, start, len(text), 0, words))
        text += " "
    return text, tuple(sentences)


BUDGET = [
    "The council voted on Tuesday to cut the library budget by a third.",
    "The library budget cut will close three branches, the council said.",
    "Councillors who opposed the budget cut warned that the branches serve schools.",
    "The council leader said the budget cut was the only way to balance the books.",
    "Library staff will be offered jobs elsewhere in the council.",
    "Parents protested outside the council meeting against the library cut.",
    "The vote on the library budget passed by twelve votes to nine.",
    "A final council decision on which branches close is due in March.",
]
QUIET_MORNING = "It was a grey and windy morning with rain over the hills."


@pytest.mark.parametrize("algorithm", algorithms())
def test_every_algorithm_gives_a_full_ranking_with_finite_scores(algorithm):
    text, sentences = build(BUDGET)
    summary = summarize(text, sentences, algorithm, SummaryLength(3))
    assert sorted(summary.ranking) == list(range(len(sentences)))
    assert len(summary.scores) == len(sentences)
    assert all(math.isfinite(score) for score in summary.scores)
    assert summary.algorithm == algorithm and summary.k == 3


def test_summary_sentences_carry_the_offsets_and_scores_of_their_sentences():
    text, sentences = build(BUDGET)
    summary = summarize(text, sentences, "briefing", SummaryLength(3))
    chosen = summary.sentences(sentences)
    assert [s.index for s in chosen] == sorted(summary.ranking[:3])
    for s in chosen:
        assert text[s.start : s.end] == BUDGET[s.index]
        assert s.score == summary.scores[s.index]


@pytest.mark.parametrize(
    ("spec", "n", "k"),
    [("3", 8, 3), ("3", 2, 2), ("50%", 7, 4), ("100%", 5, 5), ("1%", 5, 1), ("4", 0, 0)],
)
def test_lengths_resolve_to_sentence_counts(spec, n, k):
    assert SummaryLength.parse(spec).resolve(n) == k


@pytest.mark.parametrize("spec", ["0", "150%", "2.5", "three", "-1", "0%"])
def test_bad_lengths_are_refused_with_a_reason(spec):
    with pytest.raises(ValueError, match="summary length"):
        SummaryLength.parse(spec)


def test_the_default_summarizer_is_briefing(seed_analysis):
    assert DEFAULT_ALGORITHM == "briefing" == Options().algorithm
    assert seed_analysis.summary.algorithm == "briefing"
    assert "briefing" in algorithms()


def test_an_uninformative_opening_is_left_out_where_lead_takes_it():
    text, sentences = build([QUIET_MORNING, *BUDGET])
    length = SummaryLength.parse("50%")
    briefing = summarize(text, sentences, "briefing", length)
    lead = summarize(text, sentences, "lead", length)
    assert 0 in lead.ranking[: lead.k]
    assert 0 not in briefing.ranking[: briefing.k]
    assert briefing.ranking[-1] == 0


def test_a_short_summary_of_a_long_article_leans_on_the_lede():
    # The lede shares fewer words with the rest than the most central sentence does, yet a
    # one-sentence summary of a long article is its lede; a half-length summary is not led by it.
    lede = "Parents protested as the council cut the library budget."
    text, sentences = build([lede, *BUDGET, *BUDGET[1:]])
    short = summarize(text, sentences, "briefing", SummaryLength(1))
    half = summarize(text, sentences, "briefing", SummaryLength.parse("50%"))
    assert short.ranking[0] == 0
    assert half.ranking[0] != 0
    assert lede_strength(1, len(sentences)) > 0 == lede_strength(len(sentences) // 2, 15)


def test_lede_strength_fades_with_the_share_of_the_article():
    assert lede_strength(0, 0) == 0.0
    assert lede_strength(1, 100) > lede_strength(3, 20) > lede_strength(3, 10) > 0.0
    assert lede_strength(math.ceil(LEDE_SHARE * 20), 20) == 0.0


def test_a_repeated_sentence_is_not_taken_twice():
    text, sentences = build([BUDGET[0], BUDGET[1], BUDGET[1], *BUDGET[2:]])
    summary = summarize(text, sentences, "briefing", SummaryLength.parse("40%"))
    top = summary.ranking[: summary.k]
    assert not {1, 2} <= set(top)


def test_a_sentence_repeating_the_headline_is_ranked_last():
    title = "Council cuts library budget"
    text, sentences = build([title, *BUDGET])
    summary = summarize(text, sentences, "briefing", SummaryLength(3), title=title)
    assert summary.ranking[-1] == 0
    assert 0 in summarize(text, sentences, "briefing", SummaryLength(3)).ranking[:3]


@pytest.mark.parametrize("algorithm", ["briefing", "lead", "lexrank", "reduction"])
@pytest.mark.parametrize(
    "texts",
    [[], ["Only one sentence here."], ["First of two.", "Second of two."], ["Same."] * 4],
    ids=["none", "one", "two", "duplicates"],
)
def test_tiny_and_repetitive_articles_give_full_rankings(algorithm, texts):
    text, sentences = build(texts)
    summary = summarize(text, sentences, algorithm, SummaryLength(3))
    assert sorted(summary.ranking) == list(range(len(texts)))
    assert summary.k == min(3, len(texts))
    assert all(math.isfinite(score) for score in summary.scores)


def test_sentences_without_words_are_ranked_not_crashed():
    text, sentences = build(["—", *BUDGET[:3], "…"])
    summary = summarize(text, sentences, "briefing", SummaryLength(2))
    assert sorted(summary.ranking) == list(range(5))
    assert all(math.isfinite(score) for score in summary.scores)


@pytest.mark.parametrize("n", [0, 1, 5])
def test_an_unknown_algorithm_is_refused_whatever_the_article(n):
    text, sentences = build(BUDGET[:n])
    with pytest.raises(ValueError, match="unknown summarizer 'nope'"):
        summarize(text, sentences, "nope", SummaryLength(3))


def test_resummarize_reranks_briefing_when_the_length_changes(seed_analysis):
    half = SummaryLength.parse("50%")
    other = resummarize(seed_analysis, "briefing", half)
    fresh = summarize(
        seed_analysis.article.text,
        seed_analysis.sentences,
        "briefing",
        half,
        title=seed_analysis.article.title,
    )
    assert other.summary == fresh
    assert other.summary.k == half.resolve(len(seed_analysis.sentences))


@functools.cache
def _benchmark():
    spec = importlib.util.spec_from_file_location("summaries", ROOT / "benchmarks/summaries.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["summaries"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_ptb_highlights_are_detokenised():
    detokenize = _benchmark().detokenize
    assert detokenize("He said -LRB- twice -RRB- it 's `` fine '' , did n't he ?") == (
        "He said (twice) it's \"fine\", didn't he?"
    )


def test_the_benchmark_scores_both_sets(shared, capsys):
    code = _benchmark().main(
        ["--data", str(shared / "data"), "--limit", "2", "--algorithms", "briefing,lead"]
    )
    out = capsys.readouterr().out
    assert code == 0
    rows = [line for line in out.splitlines() if line.startswith("| briefing |")]
    assert len(rows) == 1 and len(rows[0].split("|")) == 10
    assert "whole analysis incl. spaCy parse" in out
