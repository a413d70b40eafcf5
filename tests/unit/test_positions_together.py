"""Whom "they" means when a subject names several parties together
(``positions.together``): all of them, not the nearest. One built text each, real model."""

from __future__ import annotations

import pytest

from tests.reading import analyse, holders


def test_they_in_a_clause_under_two_bodies_is_both():
    """BBC business: "Both the IMF and World Bank have urged Egypt ... which they say" gave
    the claim to the World Bank alone."""
    a = analyse(
        "Both the IMF and the World Bank have urged Egypt to remove obstacles to the "
        "development of the private sector, which they say has a vital role to play in "
        "reducing poverty."
    )
    assert holders(a, "say") == ["IMF", "World Bank"]


def test_they_after_two_companies_as_a_subject_is_both():
    """BBC technology: "Sony and IBM want ... they hope" was Sony alone."""
    a = analyse(
        "Sony and IBM want to make sure that Microsoft does not dominate the market. By "
        "creating a new architecture, they hope that the Cell processor can become the "
        "dominant technology."
    )
    assert holders(a, "hope") == ["Sony", "IBM"]


def test_they_after_two_people_in_a_clause_of_the_sentence_before_is_both():
    """BBC politics: "complaints ... that Mr Howard and shadow chancellor Oliver Letwin have
    taken too long ... Now they have promised" was the Tories of "The Tory tax plan"."""
    a = analyse(
        "The Tory tax plan follows complaints from some of the party's MPs that Mr Howard "
        "and shadow chancellor Oliver Letwin have taken too long to publish the proposals. "
        "Now they have promised a figure but have yet to reveal which taxes would be cut."
    )
    assert holders(a, "have promised") == ["Howard", "Oliver Letwin"]


def test_they_under_a_subject_that_names_one_party_is_not_a_pair_named_before():
    a = analyse(
        "Sony and IBM launched a new chip on Monday. Rival Intel said they would struggle "
        "to sell it."
    )
    assert holders(a, "said") == ["Intel"]


@pytest.mark.parametrize(
    "text",
    [
        "Acme chief executive Laura Stone and chief operating officer Peter Grant said in a "
        "letter that the company had been wrong.",
        '"We know our history and the history of the trade were intertwined," Acme chief '
        "executive Laura Stone and chief operating officer Peter Grant said in the letter.",
    ],
)
def test_two_people_each_named_after_a_role_both_speak(text: str) -> None:
    """BBC business: "chief executive William Harrison and chief operating officer James
    Dimon said": the parser joins the second role to the first name and hangs the second
    name on it (or on the verb, the first name set aside); the statement was one man's."""
    assert sorted(holders(analyse(text), "said")) == ["Laura Stone", "Peter Grant"]


def test_a_list_of_names_the_parser_split_before_the_cue_holds_it_each_once():
    """BBC business: "X, Y, House of Fraser, Marks & Spencer and Big Food all said" gave the
    statement to the first two alone (the parser hung the rest of the list on "of")."""
    a = analyse(
        "Argos, Boots, House of Fraser, Marks & Spencer and Big Food all said that their "
        "winter sales had been weak."
    )
    said = holders(a, "said")
    assert {"House of Fraser", "Marks & Spencer", "Big Food"} <= set(said)
    assert len(said) == len(set(said))


def test_names_before_a_cue_that_end_with_no_and_are_no_list():
    a = analyse("Maria Lopez, Director, Ipsos Scotland said the poll was clear.")
    assert holders(a, "said") == ["Maria Lopez"]
