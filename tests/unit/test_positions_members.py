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


def test_the_firms_of_a_list_the_model_took_for_places_or_left_untagged_are_firms():
    a = analyse(
        "Yet, other retailers - including HMV, Monsoon, Jessops, Body Shop and Tesco - "
        "reported that festive sales were strong."
    )
    assert holders(a, "reported") == ["HMV", "Monsoon", "Jessops", "Body Shop", "Tesco"]
    assert {p.kind for p in a.parties} == {"ORG"}


def test_a_list_of_countries_and_one_firm_stays_a_list_of_countries():
    a = analyse("Leaders of France, Germany, Italy and Nokia said the plan was sound.")
    assert {p.name: p.kind for p in a.parties}.get("France") == "GPE"
