"""Who says a participle's words ("..., saying it would"): the noun the parser hung it on
when that can speak, else who does the clause (``subjects._participle_subject``). Built
sentences, the real English model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_participle_hung_on_a_thing_done_is_said_by_who_does_it():
    a = analyse(
        "Hedge funds TCI and Atticus have opposed the LSE bid for some time saying it would "
        "destroy shareholder value."
    )
    assert holders(a, "saying") == ["TCI", "Atticus"]


def test_a_participle_hung_on_a_person_quoted_is_not_the_quoters():
    a = analyse("The Guardian quoted an official saying the plan was wrong.")
    assert holders(a, "saying") == []


def test_a_call_received_saying_something_is_not_the_receivers_word():
    a = analyse(
        "The Basque newspaper Gara received a telephone call saying a bomb was due to explode."
    )
    assert "Gara" not in holders(a, "saying")
