"""Whom a source described by a role or a common noun stands for: the person named beside
the role (``positions.beside``), a candidate's campaign or a bare spokesman never a country
(``positions.sources``).
One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_role_after_a_name_with_a_comma_in_it_is_the_person_named_beside_it():
    """Wikinews: "said University of California, San Diego's chancellor, Pradeep Khosla"
    gave the praise to the university as well as to him."""
    a = analyse(
        '"Walter was the most brilliant scientist I have ever known," said University of '
        "California, San Diego's chancellor, Pradeep Khosla."
    )
    assert holders(a, "said") == ["Pradeep Khosla"]


def test_a_person_and_a_role_joined_by_and_are_two_sources():
    a = analyse(
        "Danny Grewcock was sent off on Saturday. The player himself and his captain Jason "
        "Robinson have both said that the clash with Peel was accidental."
    )
    assert "Jason Robinson" in holders(a, "have both said")


def test_a_campaign_named_bare_is_no_country_named_before():
    """Wikinews: "a niece of Biden's 2008 US Senate opponent ... The campaign called the
    statement 'absolutely false'" was the United States'."""
    a = analyse(
        "Joe Biden spoke in Ohio. A niece of Biden's 2008 US Senate opponent claimed Biden "
        'made remarks about her. The campaign called the statement "absolutely false."'
    )
    assert "United States" not in holders(a, "called")


def test_a_bare_spokesman_speaks_for_a_body_not_a_country_named_last():
    """BBC business: "This approval has come from the Indian government. A spokesman said
    the company's ..." was India's, not Cairn's."""
    a = analyse(
        "Cairn Energy has found more oil in Rajasthan. Cairn has also been granted approval to "
        "extend its exploration area. This approval has come from the Indian government. A "
        "spokesman said the company's drilling would continue."
    )
    assert holders(a, "said") == ["Cairn Energy"]


def test_unions_and_an_inquiry_described_are_parties_of_their_own():
    """BBC business and technology: "Unions criticised the possible move", "A subsequent New
    South Wales state inquiry criticised Hardie's actions" were nobody's."""
    a = analyse("The chancellor plans to axe 104,000 jobs. Unions oppose the plans.")
    assert holders(a, "oppose") == ["Unions"]
    b = analyse("A subsequent New South Wales state inquiry criticised the firm's actions.")
    assert "inquiry" in holders(b, "criticised")[0]
