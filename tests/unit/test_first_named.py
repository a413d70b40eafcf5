"""A person's name the model tagged as a body or a place ("Antoine Quirin" an organisation,
"Quirin" later a place) is a person's when it opens with a known first name and the article
uses its last word alone (``analysis.first_named``). Built texts, the real English model."""

from __future__ import annotations

import pytest

from briefing.analysis.first_named import first_named_people
from briefing.analysis.pipeline import load_pipeline
from tests.reading import analyse, holders


def test_a_known_first_name_and_a_surname_used_alone_make_a_person():
    """Wikinews: "Quirin denied any sexual activity" went to nobody, "Antoine Quirin" being
    tagged an organisation and "Quirin" a place."""
    a = analyse(
        "Emily Spanton met officers Antoine Quirin and Nicolas Redouane at an Irish pub. "
        "Quirin denied any sexual activity."
    )
    assert holders(a, "denied") == ["Antoine Quirin"]


def test_a_body_or_place_opening_with_a_first_name_stays_what_it_is():
    nlp = load_pipeline().nlp
    doc = nlp(
        "Students at Howard University and Virginia Tech met in Lincoln County. The university "
        "and Tech said the County would pay. Fox News reported it from Washington D.C."
    )
    ents = [e for e in doc.ents if e.label_ != "PERSON"]
    assert [e.label_ for e in first_named_people(doc, ents)] == [e.label_ for e in ents]


def test_a_person_tagged_on_capitals_alone_is_an_organisation():
    """BBC politics: "MI6" was tagged a person, so "he says" in a spy's story went to MI6;
    "the G8 group ... would save £3bn, he said" went to the G8."""
    a = analyse(
        "Gordon Brown spoke in London. An agreement by the G8 group would save countries "
        "£3bn a year, he said. He spied for MI6 for two years."
    )
    assert holders(a, "said") == ["Gordon Brown"]
    assert {p.name: p.kind for p in a.parties}.get("MI6") == "ORG"


def test_a_known_first_name_after_a_title_makes_a_person():
    nlp = load_pipeline().nlp
    doc = nlp("Liberal Democrat shadow chancellor Vince Cable warned the picture was not rosy.")
    ents = [e for e in doc.ents if e.text == "Vince Cable"]
    assert [e.label_ for e in first_named_people(doc, ents)] == ["PERSON"]


def test_a_hyphenated_first_name_after_a_title_makes_a_person():
    """BBC round 118: "England coach Sven-Goran Eriksson" was tagged an organisation, so "The
    England coach said" was nobody's and "he added" went to a player named after."""
    a = analyse(
        "England coach Sven-Goran Eriksson has revealed Shaun Wright-Phillips will start. "
        "Eriksson also revealed that Wes Brown will start. The England coach said that he "
        "had been impressed. And he added that Andy Johnson would also get a chance."
    )
    assert holders(a, "said") == ["Sven-Goran Eriksson"]
    assert holders(a, "added") == ["Sven-Goran Eriksson"]


def test_a_name_the_model_left_untagged_is_a_person_but_not_one_run_on_by_a_hyphen():
    """BBC politics: "Michael Howard is to make a pitch", just after the headline, was tagged
    nothing, so "He will say" went to Tony Blair, named after him; "Charity Bite-Back" is a
    charity's name run on, no person "Charity Bite"."""
    a = analyse(
        "Howard pitches for UK ethnic vote\n\nMichael Howard is to make a pitch for the ethnic "
        'vote, urging people who feel "taken for granted" by Tony Blair to vote Conservative.'
        '\n\nHe will say the Conservatives "share the same values" as minorities. Mr Howard '
        "will speak in London."
    )
    assert holders(a, "will say") == ["Michael Howard"]
    nlp = load_pipeline().nlp
    doc = nlp("Charity Bite-Back reported the restaurant. Bite-Back believes the trade is cruel.")
    assert not any(e.text.startswith("Charity") for e in first_named_people(doc, []))


def test_any_first_name_after_a_role_word_with_the_surname_used_alone_is_a_person():
    """BBC round 91: "Milan Baros" was tagged an organisation (Milan, the city), "Baros" a
    place, and his quotes went to his manager."""
    a = analyse(
        "Liverpool forward Milan Baros is uncertain whether he remains part of boss Rafa "
        "Benitez's plans. Baros denied reports of a row with Benitez but claims he is "
        "mystified. He told a Czech newspaper: \"I don't know why I didn't play.\""
    )
    assert holders(a, "told") == ["Milan Baros"]


def test_one_word_with_a_firms_chief_executive_or_shares_after_it_is_a_body():
    """BBC round 96: "Yukos" was tagged a person throughout, so "The company added" went to
    "Yuganskneftegas", the one firm tagged a firm, named two sentences before."""
    a = analyse(
        "Russian authorities are forcing the sale of the firm's most lucrative asset "
        'Yuganskneftegas to pay a tax bill owed by Yukos. Filing for bankruptcy was "a last '
        'resort", said Yukos chief executive Steven Theede. The company added it had opted to '
        "take action through American courts."
    )
    assert holders(a, "added") == ["Yukos"]
    assert next(p for p in a.parties if p.name == "Yukos").kind == "ORG"
    b = analyse("Tony Blair spoke. Blair aide Alastair Campbell said the plan would work.")
    assert next(p for p in b.parties if p.name == "Tony Blair").kind == "PERSON"


def test_one_word_that_the_article_names_with_its_trade_is_that_firm():
    """BBC round 97: "Cairn" was tagged a person throughout and stood apart from "Cairn
    Energy", so the firm's statements went to two parties; "Lord Dubs" is no firm for a
    "Dubs' Succession" bill, which names no trade."""
    a = analyse(
        "Cairn shares slump\n\nShares in Cairn Energy fell on Friday. Cairn said the tax "
        "would wipe 5% off its value. Cairn argues that the government is wrong."
    )
    firm = next(p for p in a.parties if p.name.startswith("Cairn"))
    assert firm.kind == "ORG" and "Cairn Energy" in (firm.name, *firm.aliases)
    assert {p.party for p in a.positions} == {firm.id}


def test_a_person_set_beside_the_kind_of_work_it_is_is_a_works_title():
    """BBC round 98: "The film, A Different Story, chronicles Michael's life" tagged the title
    a person, named last before "The 41-year-old chart-topper told reporters", which then
    went to the film, and every "he" after it."""
    a = analyse(
        "Singer George Michael has said that a new film about his life is the start of a "
        "retirement. The film, A Different Story, chronicles Michael's life and career. The "
        "41-year-old chart-topper told reporters that he wanted to move his career into a "
        "different form."
    )
    assert holders(a, "told") == ["George Michael"]
    assert not any(p.name == "Different Story" for p in a.parties)


def test_a_person_after_the_star_of_is_a_works_title():
    """BBC round 119: "The star of Rain Man and Tootsie" tagged Tootsie a person, named last
    before "The 67-year-old also said", which then went to the film."""
    a = analyse(
        "Hollywood legend Dustin Hoffman has hit out at the quality of current films. The star "
        'of Rain Man and Tootsie said the film culture was "in the craphouse" at a press '
        "conference. The 67-year-old also said he stopped working a few years ago."
    )
    assert holders(a, "also said") == ["Dustin Hoffman"]
    assert "Tootsie" not in {p.name for p in a.parties}


def test_a_first_name_tagged_a_body_with_its_surname_untagged_and_ms_make_a_person():
    """BBC round 120: "local resident Francesca Detakats" was tagged "Francesca", a body, and
    "Ms Detakats said" another body, so "she said" after them went to Raquel Welch."""
    a = analyse(
        "A rare portrait of Raquel Welch lined the walls. But local resident Francesca Detakats "
        'came specially to the stall. Ms Detakats said she was a collector. "If you like '
        "something, you don't really count it like that,\" she said."
    )
    assert holders(a, "said") == ["Francesca Detakats", "Francesca Detakats"]
    assert [p.kind for p in a.parties if "Detakats" in p.name] == ["PERSON"]


def test_a_first_name_of_either_gender_after_a_title_makes_a_person():
    """BBC politics: "Conservative local government spokesman Glyn Davies" was tagged an
    organisation, and listed as one in the Parties panel: "Glyn" is a man's name nine times
    in ten, so the table of names nearly always one gender left it out."""
    a = analyse(
        "Labour spokesman Sam Brandon welcomed the budget. Conservative local government "
        "spokesman Glyn Davies said that the minister was wrong about the council tax."
    )
    kinds = {p.name: p.kind for p in a.parties}
    assert kinds.get("Glyn Davies") == "PERSON"
    assert holders(a, "said") == ["Glyn Davies"]


def test_names_of_either_gender_are_first_names_that_tell_no_gender():
    from briefing.analysis.lexicon import first_names, given_names

    assert {"glyn", "george", "jane"} <= given_names()
    assert first_names().keys() <= given_names()
    assert first_names().get("mary") == "she"
    assert "george" not in first_names() and "jane" not in first_names()
    assert "jordan" not in given_names()  # a country's name
    assert "blue" not in given_names()  # a name of either gender as often as not, and a word


def test_a_paper_whose_name_holds_a_first_name_stays_one_body():
    """With "York" a first name (mostly a man's), "the New York Times had reported" was split
    into a body "New" and a person "York Times"."""
    a = analyse(
        "Earlier, the New York Times had reported that the payments were required. "
        "According to the New York Post, the adviser left."
    )
    assert {p.name: p.kind for p in a.parties} == {"New York Times": "ORG", "New York Post": "ORG"}


@pytest.mark.parametrize("role", ["chancellor", "Chancellor"])
def test_a_name_set_beside_a_persons_role_is_that_persons(role):
    """Wikinews: "said University of California, San Diego's chancellor, Pradeep Khosla" went
    to the university, the model tagging no name and the table knowing no "Pradeep"."""
    a = analyse(
        'The oceanographer died on Friday. Tributes came in from colleagues. "He was the '
        f"finest scientist I knew,\" said the university's {role}, Pradeep Khosla."
    )
    assert holders(a, "said") == ["Pradeep Khosla"]
    assert {p.name: p.kind for p in a.parties}.get("Pradeep Khosla") == "PERSON"


def test_an_initial_and_a_surname_are_a_person_not_a_place_nor_a_walk():
    a = analyse(
        "Wales: K Morgan; S Lamont, G Thomas; M Davies, C Jones.\n\n"
        "Italy: S Parisse, M Bortolami, C Stoica; R Ibanez (capt).\n\n"
        "He won the 50K Walk in Athens, and growth in S Asia slowed."
    )
    kinds = {p.name: p.kind for p in a.parties}
    for name in ("S Lamont", "M Davies", "C Jones", "M Bortolami", "R Ibanez"):
        assert kinds.get(name) == "PERSON", name
    assert kinds.get("K Walk") != "PERSON" and kinds.get("S Asia") != "PERSON"


def test_an_untagged_initial_and_surname_that_speak_are_a_person():
    a = analyse(
        "Many players call the game an addiction. T Hayden, writing in the culture blogzine "
        'Paper Culture, said recently: "I used to play it a lot."'
    )
    assert holders(a, "said recently") == ["T Hayden"]
    assert {p.name: p.kind for p in a.parties}["T Hayden"] == "PERSON"


def test_a_first_name_tagged_a_nationality_with_its_surname_untagged_makes_a_person():
    """BBC sport: "signing Adrian Mutu" was tagged "Adrian", a nationality, and "Mutu" alone
    a body, so "He told the Sunday Mirror" after "Mutu has hit out" went to Arsene Wenger."""
    a = analyse(
        "Arsenal boss Arsene Wenger would consider signing Adrian Mutu once the striker has "
        "served his drugs ban. Mutu has hit out at the club's decision. He told the Sunday "
        'Mirror: "I am shocked."'
    )
    assert [p.kind for p in a.parties if "Mutu" in p.name] == ["PERSON"]
    assert holders(a, "told") == ["Adrian Mutu"]
