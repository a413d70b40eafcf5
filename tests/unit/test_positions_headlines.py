"""Headlines that give a name and its words: "Hughes: Referee 'got it wrong'", "Pensions must
be fair - Kennedy"."""

from __future__ import annotations

import pytest

from tests.reading import analyse, at, cues, holders


@pytest.mark.parametrize(
    ("text", "cue", "holder"),
    [
        (
            "Hughes: Referee 'got it wrong'\n\nWales manager Mark Hughes has criticised the "
            "referee after the defeat in Cardiff. Hughes said the penalty decision was wrong.\n",
            ":",
            "Mark Hughes",
        ),
        (
            "Pensions must be fair - Kennedy\n\nLiberal Democrat leader Charles Kennedy has said "
            "pensions must be fair to women. He spoke in London.\n",
            "-",
            "Charles Kennedy",
        ),
    ],
)
def test_a_name_before_a_colon_or_after_a_dash_holds_the_headlines_words(
    text: str, cue: str, holder: str
) -> None:
    assert holders(analyse(text), cue) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: Hughes and the referee\n\nWales manager Mark Hughes has criticised the "
        "referee after the defeat in Cardiff.\n",
        "US hacker breaks into T-Mobile\n\nA man is facing charges of hacking into T-Mobile. "
        "T-Mobile said no data was lost.\n",
    ],
)
def test_a_label_or_a_hyphen_in_a_name_is_no_one_speaking(text: str) -> None:
    assert not {":", "-"} & set(cues(analyse(text)))


def test_a_headline_whose_source_names_nobody_is_the_leads_speaker():
    """BBC politics and sport: "Jamieson issues warning to bigots" above "Scotland's justice
    minister has warned ... Cathy Jamieson said", "Rovers reject third Ferguson bid" above
    "Blackburn Rovers have rejected" were nobody's."""
    a = analyse(
        "Jamieson issues warning to bigots\n\nScotland's justice minister has warned that "
        "bigots will face tough action.\n\nCathy Jamieson said the law would be enforced."
    )
    assert holders(a, "warning to") == ["Cathy Jamieson"]
    b = analyse(
        "Rovers reject third Ferguson bid\n\nBlackburn Rovers have rejected a third bid from "
        "Rangers for Barry Ferguson."
    )
    assert holders(b, "reject") == ["Blackburn Rovers"]


def test_a_leads_ally_of_someone_named_is_the_person_the_next_sentence_names():
    """BBC politics and sport: "Chancellor Gordon Brown's closest ally has denied ... Ed Balls
    said" was a party "Gordon Brown's ally"; the headline's "Brown ally" was nobody."""
    a = analyse(
        "Brown ally rejects Budget spree\n\nChancellor Gordon Brown's closest ally has denied "
        "suggestions there will be a Budget giveaway.\n\nEd Balls said there would be no "
        "spending spree before polling day."
    )
    assert holders(a, "has denied") == ["Ed Balls"]
    assert holders(a, "rejects") == ["Ed Balls"]


def test_a_headline_verb_in_ies_is_its_verb():
    """BBC politics: "Hewitt decries 'career sexism'" was no position ("decries" is "decry")."""
    a = analyse(
        "Hewitt decries 'career sexism'\n\nSexism at work still holds women back, the trade "
        "secretary has said.\n\nPatricia Hewitt said the cost of the proposals was high."
    )
    assert holders(a, "decries") == ["Patricia Hewitt"]


def test_a_headline_verb_the_parser_took_for_the_speaker_is_not_the_speaker():
    """BBC sport: "Benitez issues warning to Gerrard": the parser made "issues" a noun and the
    one warning, so the warning was nobody's."""
    a = analyse(
        "Benitez issues warning to Gerrard\n\nLiverpool manager Rafael Benitez says Steven "
        "Gerrard must stay at the club."
    )
    assert holders(a, "issues warning to") == ["Rafael Benitez"]


def test_a_headline_is_the_leads_after_a_dateline_and_a_description_keeps_its_own():
    """Wikinews: "Driver ... pleads not guilty" above a dateline and "Zhukovskyy pleaded not
    guilty" was nobody's; "World leaders call for ..." stays the world leaders'."""
    a = analyse(
        "Driver in New Hampshire motorcycle crash pleads not guilty to homicide\n\nSaturday, "
        "June 15, 2019\n\nVolodymyr Zhukovskyy pleaded not guilty on Tuesday to seven counts of "
        "negligent homicide."
    )
    assert holders(a, "pleads") == ["Volodymyr Zhukovskyy"]
    b = analyse(
        "World leaders call for calm in Gulf\n\nSaturday, June 15, 2019\n\nFrench President "
        "Emmanuel Macron called for calm after the tanker attacks."
    )
    assert holders(b, "call for") == ["World leaders"]


@pytest.mark.parametrize(
    ("text", "cue", "holder", "stance"),
    [
        (
            "Owen delighted with Real display\n\nMichael Owen revelled in his return to the "
            "Real Madrid side.",
            "delighted with",
            "Michael Owen",
            "supports",
        ),
        (
            "Celtic unhappy over Bulgaria date\n\nCeltic manager Martin O'Neill hopes to block "
            "the call-up.",
            "unhappy over",
            "Celtic",
            "opposes",
        ),
        (
            "Johnson uncertain about Euro bid\n\nJade Johnson is undecided about whether to "
            "compete.",
            "uncertain about",
            "Jade Johnson",
            "states",
        ),
    ],
)
def test_a_headlines_name_and_feeling_about_something_is_a_position(text, cue, holder, stance):
    """BBC sport: "Owen delighted with Real display", "Celtic unhappy over Bulgaria date",
    "Johnson uncertain about Euro bid" were no positions."""
    a = analyse(text)
    assert holders(a, cue) == [holder]
    assert at(a, cue).stance == stance


def test_a_leads_agent_of_someone_named_is_not_that_person():
    """BBC sport: "Harry Kewell's agent" is somebody else than Kewell, whom the next sentence
    names."""
    a = analyse(
        "Kewell waits on injury\n\nLiverpool winger Harry Kewell's agent has said the winger "
        "may be out until March.\n\nKewell said he hoped to play against Fulham."
    )
    assert "Harry Kewell" not in holders(a, "has said")


@pytest.mark.parametrize(
    ("headline", "lead", "cue", "holder"),
    [
        # BBC politics: "Short attacks US over tsunami aid": "Short" an adjective to the
        # parser, so the headline's attack had nobody to hold it
        (
            "Short attacks US over flood aid",
            "Clare Short has criticised the US for its response to the floods.",
            "attacks",
            "Clare Short",
        ),
        # BBC sport and business: "McClaren eyes Uefa Cup top spot", "Costin aims for
        # comeback", "Ferguson rues failure to cut gap", "News Corp eyes video games market":
        # verbs that headlines, not sentences, tell a view with
        (
            "Mayhew eyes Uefa Cup top spot",
            "Middlesbrough boss Tom Mayhew said his side could win the group.",
            "eyes",
            "Tom Mayhew",
        ),
        (
            "Costner aims for comeback in 2006",
            "Jamie Costner, the jockey, said he would ride again next year.",
            "aims",
            "Jamie Costner",
        ),
        (
            "Fergus rues failure to cut gap",
            "Manager Alan Fergus said his side had been unlucky on Saturday.",
            "rues",
            "Alan Fergus",
        ),
    ],
    ids=["a surname read as an adjective", "eyes", "aims for", "rues"],
)
def test_a_headlines_verb_is_held_by_the_name_before_it(headline, lead, cue, holder):
    """A headline's view, told by a verb the parser missed or one of headlines' own, is the
    position of the one its name before the verb is."""
    a = analyse(f"{headline}\n\n{lead}")
    assert holders(a, cue) == [holder]
