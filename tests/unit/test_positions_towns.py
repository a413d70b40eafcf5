"""What "the city" says (``positions.towns``): the place named before it that is no country,
the town and not its state, or the place named after "of". One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_the_city_is_the_town_named_before_not_its_state():
    a = analyse(
        "A water main broke in White Plains, New York on Monday. Crews worked through the "
        "night. By 5:00 pm the city issued an advisory of water outages and stated the "
        "Department of Public Works had located the break."
    )
    assert holders(a, "stated") == ["White Plains"]


def test_the_city_named_after_of_speaks_as_written():
    a = analyse(
        "Kobe Bryant died in a crash on Sunday. The city of Calabasas announced on Twitter "
        "the Federal Aviation Administration would investigate."
    )
    assert holders(a, "announced") == ["The city of Calabasas"]


def test_a_country_is_not_the_city():
    a = analyse("Protesters gathered in France on Sunday. The city said the march was peaceful.")
    assert holders(a, "said") == []


def test_the_city_named_by_the_first_word_of_the_article_is_that_party():
    # a place at token 0 was once taken for no place, and the city became a second party
    a = analyse("Paris said it would close the roads. The city said the march was peaceful.")
    assert [p.party for p in a.positions] == ["paris", "paris"]
    assert [p.id for p in a.parties] == ["paris"]
