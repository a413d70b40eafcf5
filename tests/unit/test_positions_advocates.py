"""Who is called a supporter or an opponent of something (``positions.advocates``)."""

from __future__ import annotations

from tests.reading import analyse, at, party


def test_a_supporter_or_an_opponent_of_something_holds_that_stance():
    a = analyse(
        "Pawel Adamowicz was an early supporter of democracy, and has been mayor since 1998. "
        "Jacques Chirac was an outspoken opponent of the Iraq War."
    )
    supporter, opponent = at(a, "supporter"), at(a, "opponent")
    assert party(a, supporter.party).name == "Pawel Adamowicz"
    assert supporter.stance == "supports"
    assert party(a, opponent.party).name == "Jacques Chirac" and opponent.stance == "opposes"
    assert a.article.text[slice(*opponent.content[0])] == "the Iraq War"


def test_a_critic_named_in_apposition_opposes_but_critics_of_no_one_hold_nothing():
    a = analyse("Greta Thunberg, a critic of government inaction, spoke in New York on Monday.")
    assert at(a, "critic").stance == "opposes"
    b = analyse("Critics were quick to respond on Monday.")
    assert not b.positions
