"""What "who" or "it" stands for where the parser lost the clause or the sentence names no
party (``positions.antecedents``, ``positions.pronouns``). One built text each, real model."""

from __future__ import annotations

import pytest

from tests.reading import analyse, at, holders, party


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "The shooting began at 10:39 a.m. local time, according to police, who said "
            "officers arrived at the Walmart six minutes later.",
            "said",
            "police",
        ),  # and Wikinews: "according to CNN who reported", no comma
        (
            "Bermuda is rarely hit, according to CNN who reported that few storms came.",
            "reported",
            "cnn",
        ),
    ],
)
def test_who_after_a_noun_is_that_noun_where_the_parser_lost_the_clause(
    text: str, cue: str, name: str
) -> None:
    a = analyse(text)
    assert party(a, at(a, cue).party).name.lower() == name


def test_it_saying_something_after_a_body_said_something_is_that_body():
    a = analyse(
        "Greece is hoping approval of its reforms will unlock funds. Sources close to the "
        "ruling party claimed the government was prioritising wages, according to the "
        "Telegraph. It reported that the nation no longer has the funds to repay the debt. "
        "The Department of Justice said on Monday it had opened an inquiry. It added that the "
        "inquiry would take months."
    )
    # "the Telegraph", tagged a product by the model, is an outlet that speaks (not Greece)
    assert party(a, at(a, "reported").party).name == "Telegraph"
    assert party(a, at(a, "added").party).name == "Department of Justice"


def test_it_also_said_two_sentences_after_a_paper_names_no_party_named_in_between():
    a = analyse(
        "Omar's older brother joined al-Shabab in Somalia, leaving Minnesota in 2007, according "
        "to the complaint. Ahmed Omar remains a fugitive. It also said agents went to the "
        "younger Omar's house."
    )
    assert not [p for p in a.positions if a.article.text[slice(*p.cue)] == "also said"]


def test_the_officials_are_those_named_with_their_body_just_before():
    """Wikinews: "citing sources within the United States Department of Defense. Per
    reports, the sources said he died" went to nobody."""
    a = analyse(
        "News outlets reported him dead, citing sources within the United States Department "
        "of Defense. Per reports, the sources said he died two years before. Officials at the "
        "Treasury spoke on Monday. The officials said the payments had stopped."
    )
    assert holders(a, "said") == ["United States Department of Defense", "Treasury"]


def test_the_studios_are_not_the_one_studio_named_before():
    """BBC technology: "Disney is the latest studio to announce ... the studios would prefer
    to use one standard" is no view of Disney's."""
    a = analyse(
        "Disney is the latest studio to announce which format it is backing. The studios "
        "would prefer to use one standard."
    )
    assert holders(a, "would prefer") == []


def test_who_after_a_thing_a_persons_description_names_is_that_person():
    a = analyse(
        "The claim was backed by Anna Pell - a former Oxford historian, and a leading expert "
        "on code-breaking, who has confirmed the letter was genuine."
    )
    assert party(a, at(a, "confirmed").party).name == "Anna Pell"
