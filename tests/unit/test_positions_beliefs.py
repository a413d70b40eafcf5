"""A party's belief told by an adjective ("X is confident that ...": ``positions.beliefs``).
One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, at, holders, party


def test_a_party_confident_that_something_is_so_holds_that_view():
    a = analyse("Acme Motors is confident that its new van will sell well in Europe.")
    position = at(a, "is confident")
    assert party(a, position.party).name == "Acme Motors"
    assert position.stance == "states"
    assert [a.article.text[s:e] for s, e in position.content] == [
        "that its new van will sell well in Europe"
    ]


def test_the_belief_may_be_of_a_thing_and_held_by_a_named_person():
    a = analyse("The coach, Jan Vos, remains optimistic about the second leg in Madrid.")
    assert holders(a, "remains optimistic") == ["Jan Vos"]


def test_a_belief_in_a_quote_or_reported_by_another_verb_is_that_cue_s_alone():
    a = analyse(
        '"I am confident we will win," said Jan Vos. But Mr Vos, a Labour candidate, said he was '
        "confident the chancellor would meet his rules."
    )
    cues = [a.article.text[slice(*p.cue)] for p in a.positions]
    assert cues == ["said", "said"]


def test_a_question_or_a_belief_with_nothing_it_is_of_is_no_position():
    a = analyse("Is Jan Vos confident that the team will win? Acme Motors is confident.")
    assert a.positions == ()
