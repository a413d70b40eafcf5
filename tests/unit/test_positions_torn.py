"""Views told in a relative clause whose reported words the parser tore off
(``positions.torn``). One built text each, real model."""

from __future__ import annotations

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.torn import torn_views
from tests.reading import analyse, at, holders, text_at


def test_a_view_in_a_relative_clause_whose_clause_the_parser_tore_off_is_its_subjects():
    """BBC business: "the powers - which President Chavez argues are needed to help" gave
    no position: the parser hung "are needed" on the main clause, and "argues" reported only
    the relative word."""
    a = analyse(
        "The council is selling off old parks, which Mayor Jane Doyle argues are lying unused."
    )
    assert holders(a, "argues") == ["Jane Doyle"]
    assert [text_at(a, span) for span in at(a, "argues").content] == ["are lying unused"]


def test_a_belief_in_a_what_clause_made_a_subject_is_its_holders():
    doc = load_pipeline(None).nlp("Jones has built what Jones believes is the best team here.")
    (view,) = torn_views(doc)
    assert (view.key, view.source.text) == ("believe", "Jones")
    assert [doc.text[s:e] for s, e in view.content] == ["is the best team here"]


def test_a_relative_clause_that_reports_nothing_or_hopes_is_no_torn_view():
    nlp = load_pipeline(None).nlp
    for text in (
        "The parks, which Jane Doyle mentioned on Monday, were sold.",
        "The council sold the parks, which Jane Doyle argues.",
        "The council passed the budget, which Jane Doyle hopes will cut taxes.",
    ):
        assert torn_views(nlp(text)) == [], text


def test_a_cue_read_as_a_noun_after_a_relative_word_and_a_name_is_the_names_view():
    """BBC business: "the sale of Yugansk, which Yukos claims was illegally sold": the parser
    read "claims" as a noun, the subject of "was sold"."""
    doc = load_pipeline(None).nlp(
        "The ruling is a blow to efforts to win damages for the sale of the plant, which Acme "
        "claims was sold under a long-term lease - a sham."
    )
    (view,) = torn_views(doc)
    assert (view.key, view.source.text) == ("claim", "Acme")
    assert [doc.text[s:e] for s, e in view.content] == ["was sold under a long-term lease"]


def test_what_a_torn_view_tells_runs_over_the_commas_of_a_list():
    doc = load_pipeline(None).nlp(
        "The bill, which ministers claim will tackle crime, terrorism and illegal immigration, "
        "is expected to be opposed."
    )
    (view,) = torn_views(doc)
    assert view.source.text == "ministers"
    assert [doc.text[s:e] for s, e in view.content] == [
        "will tackle crime, terrorism and illegal immigration"
    ]
