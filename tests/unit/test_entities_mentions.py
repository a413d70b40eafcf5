"""Mentions of a party the model left untagged: a known surname after an honorific, and
initials the article spells out by a body's name with a possessive in it."""

from __future__ import annotations

from tests.reading import analyse, at, party


def test_a_known_surname_after_an_honorific_is_the_person():
    a = analyse(
        "The archive opens its vaults\n\n"
        "Historian David Prior says the records have never been seen. "
        '"It is a remarkable collection," he says. '
        "Mr Prior sees the changes as part of a wider revolution in archives."
    )
    assert party(a, at(a, "sees").party).name == "David Prior"


def test_initials_of_a_bodys_name_with_a_possessive_stand_for_it_when_done_by():
    a = analyse(
        "Bishop Emeritus dies at 79\n\n"
        "The bishop died early yesterday, according to the Catholic Bishops' Conference of "
        'the Philippines (CBCP). He was described by the CBCP as "a strong advocate for the '
        'poor".'
    )
    holder = party(a, at(a, "described by").party)
    assert holder.name == "Catholic Bishops' Conference of the Philippines"
