"""The named members a source stands for (``positions.members``): people who issued a
statement together, the firms a plural names after "like". Built texts, the real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_statement_two_named_people_issued_together_is_each_ones():
    a = analyse(
        "Mr Magnier and Mr McManus issued a statement late on Friday saying that they would "
        "not sell their shares."
    )
    assert sorted(holders(a, "issued a statement late on Friday saying")) == ["Magnier", "McManus"]


def test_the_firms_a_plural_names_after_like_hold_its_view():
    a = analyse(
        "Companies like Microsoft and Sony believe that there is a lot of money to be made by "
        "putting a computer in the living room."
    )
    assert holders(a, "believe") == ["Microsoft", "Sony"]


def test_a_service_offered_by_firms_like_these_is_no_view_of_theirs():
    a = analyse(
        "Public wi-fi hotspots offered by companies like BT Openzone and The Cloud are "
        "accessible after users pay."
    )
    assert holders(a, "offered") == []
