"""Cues in a clause that modifies what they are about (``positions.modifiers``)."""

from __future__ import annotations

import pytest

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.modifiers import modifier_attributions
from tests.reading import analyse, at, party


def test_a_relative_clause_cue_is_its_subjects_view_of_the_noun():
    a = analyse(
        "Senator Paul Grant criticised the new tax plan, which Governor Ann Smith described "
        'as "a disaster for farmers".'
    )
    position = at(a, "described")
    assert party(a, position.party).name == "Ann Smith"
    text = a.article.text
    content = " ".join(text[slice(*piece)] for piece in position.content)
    assert "the new tax plan" in content and "a disaster for farmers" in content


def test_a_report_by_an_outlet_as_something_is_the_outlets_statement():
    a = analyse(
        "The assailant, reported by The Guardian as convicted of assaults and bank robberies, "
        "was released from prison in December."
    )
    position = at(a, "reported")
    assert party(a, position.party).name == "Guardian" and position.stance == "states"


def test_a_participle_with_a_by_agent_is_the_agents_view():
    a = analyse(
        "Lawmakers in Lisbon debated the budget cuts proposed by Finance Minister Jorge Costa "
        "on Tuesday."
    )
    position = at(a, "proposed")
    assert party(a, position.party).name == "Jorge Costa"
    assert position.stance == "proposes"


def test_a_possessors_proposed_deal_is_their_proposal():
    a = analyse("Labour MPs rejected Prime Minister Theresa May's proposed Brexit deal.")
    position = at(a, "proposed")
    assert party(a, position.party).name == "Theresa May"
    assert a.article.text[slice(*position.content[0])] == "Brexit deal"


@pytest.mark.parametrize(
    "text",
    [
        "The official who proposed the plan resigned on Monday.",  # the subject is "who"
        "Ann Smith visited the farm that the storm destroyed.",  # no stance verb
        "The reforms Ann Smith might propose remain unclear.",  # hedged
        "He spoke at the rally in which Ann Smith supported his bid.",  # where, not what
        "Ann Smith read the books you would suggest.",  # the reader's, and hedged
        "The state's pledged delegates met Ann Smith.",  # a term, not a view
    ],
)
def test_other_modifying_clauses_are_no_cue_about_their_noun(text):
    assert modifier_attributions(load_pipeline().nlp(text)) == []
