"""One actor, one party, however the article writes its name: a body's initials after a
country ("FBI" of the "US Federal Bureau of Investigation"), its long name written two ways,
its short name ("the Fed"); a person's name with a political party's word before it.
One built text each, real English model."""

from __future__ import annotations

import pytest

from briefing.analysis.names import strip_titles
from briefing.analysis.types import Party
from tests.reading import analyse


def _one_body(text: str) -> Party:
    """The one organisation ``text`` names, whichever way it writes it."""
    bodies = [p for p in analyse(text).parties if p.kind == "ORG"]
    assert len(bodies) == 1, bodies
    return bodies[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (  # initials after a country
            "The US Federal Bureau of Investigation is warning that a virus is spreading. The "
            "messages claim to come from the FBI. The FBI said it never sends such e-mails.",
            {"FBI", "US Federal Bureau of Investigation"},
        ),
        (  # a short name that is no word of the name
            "The US Federal Reserve said the economy grew in December. The Fed said that "
            "prices were rising. Inflation was low, the Fed said.",
            {"Fed", "US Federal Reserve"},
        ),
    ],
    ids=["initials after a country", "the Fed"],
)
def test_a_body_and_its_short_name_are_one_party(text, names):
    assert names <= set(_one_body(text).aliases)


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


def test_a_political_partys_word_before_a_full_name_is_no_part_of_it():
    a = analyse(
        "Conservative Graham Brady said the rebate was fair. Mr Brady said ministers had "
        "failed. Tory David Heathcoat-Amory said the plan was wrong."
    )
    assert {p.name for p in a.parties if p.kind == "PERSON"} == {
        "Graham Brady",
        "David Heathcoat-Amory",
    }


def test_a_demonym_before_a_full_name_is_no_part_of_it_but_a_bodys_stays():
    a = analyse(
        "Spaniard Guillermo Garcia-Lopez beat Carlos Moya in the first round. Garcia-Lopez "
        "said he had played the best match of his life."
    )
    assert "Guillermo Garcia-Lopez" in {p.name for p in a.parties if p.kind == "PERSON"}
    assert strip_titles("Labour Friends of Israel") == "Labour Friends of Israel"
    assert strip_titles("British Medical Association") == "British Medical Association"


def test_a_short_name_is_the_one_of_two_long_names_written_before_it():
    """Wikinews: "the Post" after "the New York Post" stood apart, a third paper beside it
    and "The Washington Post", named later; it is the one named before it."""
    a = analyse(
        "On Monday the New York Post published an article about a laptop. According to the "
        "Post, an adviser told them of its existence. According to The Washington Post, "
        "officials warned the administration."
    )
    names = sorted(p.name for p in a.parties if "Post" in p.name)
    assert names == ["New York Post", "Washington Post"]


def test_a_body_named_with_its_country_written_two_ways_and_without_it_is_one_party():
    """Wikinews: "the US Supreme Court", "the United States Supreme Court" and "the Supreme
    Court" were three parties; "the U.S. Navy", "the United States Navy", "the Navy" too."""
    a = analyse(
        "The US Supreme Court heard the case on Monday. The United States Supreme Court had "
        "refused it before. The Supreme Court said the law was valid. The U.S. Navy sent a "
        "ship. The United States Navy said the ship was safe. The Navy said it would stay."
    )
    courts = [p.name for p in a.parties if "Court" in p.name]
    navies = [p.name for p in a.parties if "Navy" in p.name]
    assert (len(courts), len(navies)) == (1, 1)


def test_an_acronym_written_as_a_word_is_the_body_with_those_initials():
    """BBC politics: "Acpo said" and "Defra had improved", the BBC's way of writing ACPO and
    DEFRA, were listed as people beside the bodies named in full."""
    a = analyse(
        "Association of Chief Police Officers president Chris Fox said the rules had failed. "
        "Acpo said the plan would work. The Department for Environment, Food and Rural "
        "Affairs was criticised. Defra said it had learnt lessons."
    )
    kinds = {p.name: p.kind for p in a.parties}
    assert "Acpo" not in kinds and "Defra" not in kinds
    assert kinds["Association of Chief Police Officers"] == "ORG"
    assert [p.name for p in a.parties if "Acpo" in p.aliases] == [
        "Association of Chief Police Officers"
    ]


def test_a_name_written_with_and_without_its_accents_is_one_person():
    """Wikinews: "Interior Minister Joachim Brudziński wrote ... Brudzinski also ordered" made
    a second party "Brudzinski" (an organisation); "Jarosław Kaczyński" and a later
    "Jaroslaw Kaczynski" were two people."""
    a = analyse(
        "Interior Minister Joachim Brudziński wrote he had ordered fire safety checks. "
        "Brudzinski also ordered the installation of safety improvements. Jarosław Kaczyński "
        "said the law would change. Jaroslaw Kaczynski added that the church must act."
    )
    people = sorted(p.name for p in a.parties if p.kind == "PERSON")
    assert people == ["Jarosław Kaczyński", "Joachim Brudziński"]
    assert {p.name for p in a.parties} == set(people)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("McDonald's announced it was to scrap its supersized meals.", "McDonald's"),
        ("Sainsbury's said sales rose over Christmas.", "Sainsbury's"),
        ("Sony said its chip, not Sony's, would lead. It is Sony's which is ahead.", "Sony"),
        ("Tesco's profits rose, Tesco said.", "Tesco"),
    ],
)
def test_a_firm_whose_name_ends_in_s_keeps_it_where_it_owns_nothing(text: str, name: str):
    """BBC entertainment: "McDonald's announced it was to scrap" was listed as "McDonald"."""
    assert _one_body(text).name == name
