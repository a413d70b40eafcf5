"""Bodies and people named by what they are, found by reading blind round 92 (issue 10): a
lender called "the UK's biggest", a body's name the model cut after "of the", and a player
called by a rank that is not another's. One built text each, real English model."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.prep_names import at_preposition
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


def test_a_bodys_name_before_its_noun_is_the_body():
    a = analyse(
        "Prices of homes in the UK rose a seasonally adjusted 0.5% in February, says the "
        "Nationwide building society."
    )
    assert holders(a, "says") == ["Nationwide"]


def test_a_headline_with_a_name_after_says_is_that_names():
    a = analyse(
        "House prices rebound says Halifax\n\nUK house prices increased by 1.1% in December, "
        "the Halifax has said."
    )
    assert holders(a, "says") == ["Halifax"]


def test_a_person_of_a_body_tagged_as_one_name_is_the_person_and_the_body():
    """BBC round 90: "Yonca Brunini of Yahoo", tagged as one organisation, and "Ms Brunini"
    were two parties."""
    doc = load_pipeline().nlp("It said Yonca Brunini of Yahoo. Ms Brunini told the BBC.")
    name = Span(doc, 2, 6, "ORG")
    mended = at_preposition(name, set(), {"Brunini"})
    assert [(s.text, s.label_) for s in mended] == [("Yonca Brunini", "PERSON"), ("Yahoo", "ORG")]
    lord = Span(doc, 2, 6, "PERSON")
    assert at_preposition(lord, set(), set()) == [lord]


def test_a_peer_of_a_place_keeps_his_title():
    a = analyse(
        "Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were involved. "
        "Sion Aubrey Roberts was jailed in 1993."
    )
    assert holders(a, "denied") != ["Sion Aubrey Roberts"]


def test_a_named_party_believing_a_clause_holds_it():
    a = analyse(
        "Britain is more crowded than India. Ms Roche, Labour MP for Hornsey and Wood Green, "
        "believes legal migration is something we should welcome. Mr Law, from voluntary body "
        "Alcohol Focus Scotland, believed damage had been done to Scotland's fight against "
        "binge drinking."
    )
    assert holders(a, "believes") == ["Roche"]
    assert holders(a, "believed") == ["Law"]


def test_the_newspaper_is_the_outlet_that_spoke_not_a_body_named_since_in_passing():
    """BBC round 94: "the newspaper suggested" went to the LSE, named last in passing."""
    a = analyse(
        "The Sunday Telegraph said the LSE's plan was evidence it wants control. The Sunday "
        "Telegraph report added that Deutsche Boerse chief executive Werner Seifert is "
        "becoming impatient with the LSE's managed bid process. The newspaper suggested he "
        "may pull out of the process."
    )
    assert holders(a, "suggested") == ["Telegraph"]


def test_a_body_introduced_with_its_kind_is_it_though_its_name_has_an_and():
    """BBC round 102: "the group said", after "Irish publishing group Independent News &
    Media", was nobody's: the "&" read as two bodies joined."""
    a = analyse(
        "Irish publishing group Independent News & Media is buying a stake in Indian newspaper "
        "company Jagran. Jagran publishes India's top-selling daily newspaper. The deal was "
        "welcomed in Delhi. Shares rose in Dublin. Group advertising revenues were up over "
        "10%, the group said."
    )
    assert holders(a, "said") == ["Independent News & Media"]


def test_the_paper_and_then_it_are_the_newspaper_that_spoke_not_a_thing_found():
    """BBC politics: "The paper said" after "The Mirror newspaper said" was a party called
    "Paper", and "It said" after "the document had been found" was nobody's (the document
    was taken for a speaker)."""
    a = analyse(
        "The Mirror newspaper said on Tuesday it had been handed a sensitive dossier. The "
        "paper said the document had been found in a London street by a member of the public. "
        "It said the dossier contained details about his movements."
    )
    assert holders(a, "said") == ["Mirror", "Mirror", "Mirror"]


def test_it_after_a_body_said_something_is_the_body_not_the_subject_of_its_report():
    """BBC business: "Deloitte said the UK economy had enjoyed a golden period ... But it
    warned" was nobody's: the economy, which enjoyed, was taken for the last speaker."""
    a = analyse(
        "In its quarterly review, the consultancy Deloitte said the UK economy had enjoyed a "
        "golden period during the past decade. But it warned that this growth had been "
        "achieved at the expense of creating imbalances."
    )
    assert holders(a, "warned") == ["Deloitte"]
    a = analyse(  # but "it" in its report is, often, the speaker
        "Reuters also managed to slow a decline in its revenues. The news and financial data "
        "seller said the year had begun well, adding it expected further improvement. It "
        "added it was planning a further round of savings."
    )
    assert holders(a, "added") == ["Reuters"]


def test_it_is_the_body_a_country_s_adjective_describes_not_the_country():
    """BBC business: "German football club ... Borussia Dortmund has warned ... after it said"
    was Germany's; "the German government" still is."""
    a = analyse(
        "Club near bust\n\nGerman football club and former European champion Borussia "
        "Dortmund has warned it will go bankrupt. The club's shares fell after it said it had "
        "entered a difficult period."
    )
    assert "Germany" not in holders(a, "said")
    a = analyse(
        "The German government has warned it will cut spending. Shares fell after it said it "
        "had entered a difficult period."
    )
    assert holders(a, "said") == ["Germany"]


def test_it_after_a_body_described_is_that_body_and_its_name_keeps_its_first_word():
    """BBC politics: "an all-party committee said ... It blamed the Department" was nobody's,
    and the committee was called "-party committee"."""
    a = analyse(
        "From next month anyone will have the power to demand information from public bodies. "
        'But an all-party committee said it was "not confident" many would be ready. It blamed '
        "the Department for Constitutional Affairs for a lack of leadership."
    )
    assert holders(a, "said") == ["All-party committee"]
    assert holders(a, "blamed") == ["All-party committee"]


def test_experts_of_a_side_are_a_party_and_experts_of_a_field_are_vague():
    """Over the development sets, experts of a field ("Legal experts said", "security
    experts") were a party the gold left out 13 times of 15; "Republican national security
    experts" are a side's."""
    a = analyse(
        "Legal experts said the ruling was flawed. Keen net users said the service was slow. "
        "Republican national security experts warned that the plan was dangerous."
    )
    assert [party(a, p.party).name for p in a.positions] == ["Republican national security experts"]


def test_the_office_of_a_role_nobody_holds_is_a_party() -> None:
    """CNN: "The Bronx district attorney's office says she faces two counts" had no party
    (the office was read as its attorney's, whom the article never names); a named holder's
    office is still the holder's."""
    a = analyse(
        "The Manhattan district attorney's office says she faces two counts of fraud. "
        "Mr Spitzer's office said it would appeal."
    )
    names = sorted((party(a, p.party).name, a.article.text[slice(*p.cue)]) for p in a.positions)
    assert names == [("Manhattan district attorney's office", "says"), ("Spitzer", "said")]


def test_a_bodys_initials_in_brackets_are_no_part_of_a_described_holder():
    a = analyse(
        "Wales were fined after the match. The head of the Football Association of Wales (FAW) "
        "had called the fans a disgrace. The FAW said it would appeal."
    )
    assert holders(a, "had called") == ["Head of the Football Association of Wales"]


def test_the_inquiry_is_the_inquiry_described_before() -> None:
    """BBC business: "A subsequent ... state inquiry criticised ... In September, the inquiry
    found" had no holder (an inquiry or a committee is described only with a qualifying
    word, and "the inquiry" has none)."""
    a = analyse(
        "A Victorian state inquiry criticised the builder. In June, the inquiry found that the "
        "firm had hidden its debts. An all-party committee of MPs said the plan was flawed. "
        "The committee found that ministers had ignored advice."
    )
    assert holders(a, "found") == ["Victorian state inquiry", "All-party committee of MPs"]
