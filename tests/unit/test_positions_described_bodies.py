"""Bodies and people named by what they are, found by reading blind round 92 (issue 10): a
lender called "the UK's biggest", a body's name the model cut after "of the", and a player
called by a rank that is not another's. One built text each, real English model."""

from __future__ import annotations

from tests.reading import analyse, at, holders, party


def test_a_country_s_biggest_lender_is_the_lender_named_before():
    a = analyse(
        "UK house prices increased by 1.1% in December, the Halifax has said. The UK's biggest "
        "mortgage lender said prices rose 15.1% over the whole of 2004."
    )
    assert holders(a, "said") == ["Halifax"]  # "The UK's biggest mortgage lender said"


def test_a_bodys_name_cut_after_of_the_runs_on_over_its_capitalised_words():
    a = analyse(
        "UK house prices dipped slightly in November, the Office of the Deputy Prime Minister "
        "(ODPM) has said. The ODPM said the figures were volatile."
    )
    office = party(a, at(a, "has said").party)
    assert "Office of the Deputy Prime Minister" in {office.name, *office.aliases}
    assert holders(a, "said") == [office.name]
    assert "Office of the" not in {p.name for p in a.parties}


def test_the_top_seed_is_not_the_seventh_seed_named_before():
    a = analyse(
        "Roger Federer reached the last four of the Qatar Open with an easy win over seventh "
        'seed Feliciano Lopez. Federer was happy with his form. "I think I played better than '
        'against Greg Rusedski," said the top seed.'
    )
    assert "Feliciano Lopez" not in holders(a, "said")
