"""Names that list a portfolio, "the Department for Culture, Media and Sport", are one
organisation (``briefing.analysis.portfolios``)."""

from __future__ import annotations

from tests.reading import analyse, at, party


def test_a_department_named_by_its_portfolio_is_one_party_not_three():
    a = analyse(
        "A spokesman for the Department for Culture, Media and Sport said there were no "
        "plans to sell the channel."
    )
    holder = party(a, at(a, "said").party)
    assert holder.name == "Department for Culture, Media and Sport"
    assert not {"Media", "Sport"} & {p.name for p in a.parties}
    assert len(a.positions) == 1


def test_a_list_of_bodies_or_places_after_a_name_is_not_its_portfolio():
    a = analyse(
        "Researchers at the University of California, Berkeley and Stanford University said "
        "the drug works."
    )
    names = {p.name for p in a.parties}
    assert "Stanford University" in names
    assert not any("Berkeley and Stanford" in n for n in names)


def test_a_ministers_portfolio_is_no_party_and_the_minister_holds_the_quote():
    a = analyse(
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: "
        '"You wouldn\'t let your child watch it." Minister for Children, Young People and '
        "Families Margaret Hodge said new plans will ensure fairness. Ms Jamieson and First "
        "Minister Jack McConnell agreed to talk."
    )
    assert [party(a, p.party).name for p in a.positions if p.stance == "states"] == [
        "Tessa Jowell",
        "Margaret Hodge",
    ]
    names = {p.name for p in a.parties}
    assert not {"Culture", "Media", "Sport", "Young People"} & names
    assert {"Jamieson", "Jack McConnell"} <= names  # a person before "and": no portfolio


def test_one_portfolio_before_a_ministers_name_is_no_party_nor_the_ministers_side():
    a = analyse(
        "Indonesia does not need the debt freeze, Economics Minister Ana Putri said on "
        "Monday. Defence Secretary John Hale said the troops would stay. US Treasury "
        "Secretary Tom Reed said the dollar was strong."
    )
    names = {p.name for p in a.parties}
    assert not {"Economics", "Defence"} & names
    assert "US Treasury" in names  # a body of its own
    putri = party(a, at(a, "said").party)
    assert putri.name == "Ana Putri" and putri.affiliation is None


def test_a_nationality_before_a_ministers_title_is_his_side_not_a_portfolio():
    a = analyse("Iraqi Minister Karim Hadi said the vote would go ahead.")
    hadi = party(a, at(a, "said").party)
    assert hadi.name == "Karim Hadi" and hadi.affiliation == "iraq"


def test_a_portfolio_the_article_names_as_a_department_is_the_ministers_side():
    a = analyse(
        "The Department for Education will review the tests. Education Secretary Jo Brand "
        "said the tests were fair."
    )
    brand = party(a, at(a, "said").party)
    assert brand.name == "Jo Brand" and brand.affiliation == "department-for-education"


def test_a_body_and_a_firm_with_an_ampersand_are_no_portfolio():
    a = analyse("House of Fraser, Marks & Spencer and Big Food reported weak winter sales.")
    names = {p.name for p in a.parties}
    assert {"House of Fraser", "Marks & Spencer"} <= names
