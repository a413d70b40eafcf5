"""Which body an unnamed speaker or a description stands for, and names the model cut with a
dash or gave in brackets (BBC round 85, annotated blind)."""

from __future__ import annotations

import pytest

from tests.reading import analyse, holders


def test_a_name_after_a_headlines_dash_is_the_person_and_no_role_of_theirs():
    a = analyse(
        "Abortion not a poll issue - Blair\n\nTony Blair does not believe abortion should be "
        "an election issue.\n\nThe prime minister has made it clear he has no plans to change "
        "the law."
    )
    assert holders(a, "has made it clear") == ["Tony Blair"]
    assert not any(p.name.startswith("-") for p in a.parties)


def test_a_dash_before_a_role_inside_a_sentence_still_names_the_role():
    a = analyse(
        "Labour's election co-ordinator - Alan Milburn - said the poll was close. The "
        "election co-ordinator added that it would be won."
    )
    assert holders(a, "said") == ["Alan Milburn"]


def test_the_organisation_after_a_passive_is_the_one_doing_it():
    a = analyse(
        "The Video Relay Service is being piloted by the Royal National Institute for Deaf "
        "People (RNID), but the organisation says unless the service is provided at the same "
        "rate as voice calls it will be beyond most people's pockets. The RNID is urging "
        "telecoms regulator Ofcom to reduce the cost of the service."
    )
    said, urged = holders(a, "says"), holders(a, "is urging")
    assert said == urged and len(said) == 1
    assert "Royal National Institute for Deaf People" in _aliases(a, said[0])


def test_a_spokesman_speaks_for_the_body_that_last_acted_not_the_thing_named_last():
    a = analyse(
        "Ofcom says it has plans to review the services that telecoms companies provide. And "
        "new technology, including the Video Relay Service, will be discussed with interested "
        "parties. But a spokesman said its powers were limited by legislation.\n\n"
        "The League Against Cruel Sports and the RSPCA say they will monitor hunts. The "
        "Association of Chief Police Officers has issued guidance to forces. A spokesman "
        'said: "It will be based on intelligence."'
    )
    assert holders(a, "said") == ["Ofcom", "Association of Chief Police Officers"]


def _aliases(a, name: str) -> set[str]:
    party = next(p for p in a.parties if p.name == name)
    return {party.name, *party.aliases}


def test_a_report_by_a_magazine_the_model_took_for_a_place_is_the_magazines():
    a = analyse(
        "According to a recent report by The Atlantic, the Watch Tower maintains a database. "
        "The storm moved over the Atlantic, a report by forecasters said."
    )
    assert holders(a, "According to") == ["Atlantic"]
    assert "Atlantic" not in holders(a, "said")


def test_names_after_a_title_that_the_model_left_untagged_are_a_person():
    a = analyse(
        "His words came as Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, "
        "backed Mr Howard's stance. In a statement, he said abortion was a key issue."
    )
    assert holders(a, "said") == ["Cormac Murphy O'Connor"]


def test_he_after_an_unnamed_office_is_not_a_minister_named_last():
    a = analyse(
        "Home Secretary Charles Clarke wants a points system for migrants. Tony Blair has said "
        "people are right to be concerned. Mr Clarke is expected to announce an end to the "
        "automatic right to settle. The prime minister on Sunday said immigration would be "
        "toughened up. But he rejected the Tories' call for a quota on economic migrants."
    )
    assert "Charles Clarke" not in holders(a, "rejected")


def test_a_spokesman_speaks_for_the_party_that_they_go_on_acting_for():
    """BBC politics: the Conservatives insisted, "They said ... whether the Home Office would
    deliver", "And they pledged", then "a spokesman said": the party's spokesman, not the Home
    Office (the subject of a clause inside another), however many sentences "they" runs on."""
    a = analyse(
        "Despite backing the scheme, the Conservatives insisted they would hold ministers to "
        "account. They said they would press Labour over whether the Home Office would deliver "
        'it. And they pledged to assess its cost. "It will do nothing for years," a spokesman '
        "said."
    )
    assert holders(a, "said")[-1] == "Conservatives"


@pytest.mark.parametrize(
    ("text", "cue", "firms"),
    [
        (
            "The Sunday Times reported that hedge funds TCI and Atticus were planning to demand "
            "the removal of the chairman.",
            "demand",
            ["TCI", "Atticus"],
        ),
        (
            "Research by technology firms Earthlink and Webroot revealed that 90% of Windows "
            "machines have the malware.",
            "revealed",
            ["Earthlink", "Webroot"],
        ),
    ],
)
def test_firms_a_noun_lists_by_name_each_hold_what_they_say_or_made(
    text: str, cue: str, firms: list[str]
) -> None:
    """BBC business and technology: "hedge funds TCI and Atticus were planning to demand" and
    "Research by technology firms Earthlink and Webroot revealed" were only the first
    firm's."""
    assert holders(analyse(text), cue) == firms
