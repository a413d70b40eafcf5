"""Whom a high office means when the article names its holder without it
(``positions.office_holders``)."""

from __future__ import annotations

from tests.reading import analyse, at, party, shown


def test_the_office_is_the_one_named_person_who_has_held_it():
    a = analyse(
        "Schools to get more money\n\n"
        "Chancellor Gordon Brown and Tony Blair visited a school in Leeds on Monday with "
        "Jack Straw. Pupils asked about exams and homework. The prime minister said the new "
        "budget would help every pupil in the country."
    )
    assert party(a, at(a, "said").party).name == "Tony Blair"


def test_the_office_means_nobody_when_two_named_have_held_it():
    a = analyse(
        "Schools to get more money\n\n"
        "Gordon Brown and Tony Blair visited a school in Leeds on Monday with Jack Straw. "
        "Pupils asked about exams and homework. The prime minister said the new budget "
        "would help every pupil in the country."
    )
    assert party(a, at(a, "said").party).name not in ("Tony Blair", "Gordon Brown")


def test_one_who_has_held_another_office_the_article_calls_someone_by_holds_that_one():
    a = analyse(
        "Schools to get more money\n\n"
        "Gordon Brown and Tony Blair visited a school in Leeds on Monday with Jack Straw. "
        "The chancellor said the budget had room for more teachers. The prime minister said "
        "the new budget would help every pupil in the country."
    )
    assert shown(a) == [("gordon-brown", "states", "said"), ("tony-blair", "states", "said")]
