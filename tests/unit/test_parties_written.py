"""One actor, one party, however the article writes its name: a body's initials after a
country ("FBI" of the "US Federal Bureau of Investigation"), its long name written two ways,
its short name ("the Fed"); a person's name with a political party's word before it.
One built text each, real English model."""

from __future__ import annotations

from briefing.analysis.types import Party
from tests.reading import analyse


def _one_body(text: str) -> Party:
    """The one organisation ``text`` names, whichever way it writes it."""
    bodies = [p for p in analyse(text).parties if p.kind == "ORG"]
    assert len(bodies) == 1, bodies
    return bodies[0]


def test_initials_name_the_body_whose_name_a_country_opens():
    fbi = _one_body(
        "The US Federal Bureau of Investigation is warning that a virus is spreading. The "
        "messages claim to come from the FBI. The FBI said it never sends such e-mails."
    )
    assert {"FBI", "US Federal Bureau of Investigation"} <= set(fbi.aliases)


def test_a_long_name_written_two_ways_and_its_initials_are_one_body():
    a = analyse(
        "A spokesman for the World Summit on the Information Society said the divide was "
        "real. A spokesman for the World Summit for the Information Society (WSIS), which "
        "meets in Geneva, said the gap remained. The WSIS said the fund was voluntary."
    )
    bodies = [p for p in a.parties if p.kind == "ORG"]
    assert len(bodies) == 1
    assert {
        "WSIS",
        "World Summit on the Information Society",
        "World Summit for the Information Society",
    } <= set(bodies[0].aliases)
    assert {a.party(p.party).name for p in a.positions} == {bodies[0].name}


def test_long_names_that_differ_by_more_than_small_words_stay_apart():
    a = analyse(
        "The National Union of Teachers welcomed the plan. The National Union of Students "
        "said it was unfair."
    )
    assert len([p for p in a.parties if p.kind == "ORG"]) == 2


def test_the_fed_is_the_federal_reserve_the_article_names():
    fed = _one_body(
        "The US Federal Reserve said the economy grew in December. The Fed said that prices "
        "were rising. Inflation was low, the Fed said."
    )
    assert {"Fed", "US Federal Reserve"} <= set(fed.aliases)


def test_a_political_partys_word_before_a_full_name_is_no_part_of_it():
    a = analyse(
        "Conservative Graham Brady said the rebate was fair. Mr Brady said ministers had "
        "failed. Tory David Heathcoat-Amory said the plan was wrong."
    )
    assert {p.name for p in a.parties if p.kind == "PERSON"} == {
        "Graham Brady",
        "David Heathcoat-Amory",
    }
