"""Who speaks in British political reports (issue 10, found on the BBC politics round of
2026-12-03): a lead that names a role before the person ("Scotland's justice minister has
warned ... Cathy Jamieson said"), a speaker after the verb behind a lowercase title with a
party's name in it. One built text each, real English model."""

from __future__ import annotations

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.quotes import quotes
from briefing.analysis.positions.roles import Mention, leading
from tests.reading import analyse, at, holders, party


def test_a_speaker_after_the_verb_past_a_lowercase_title_and_a_party_name_said_it():
    a = analyse(
        'The Conservatives claimed the plans would amount to an extra tax. "This is typical '
        'of Lib Dem hypocrisy," said Tory shadow local government secretary Caroline Spelman.'
    )
    assert holders(a, "said") == ["Caroline Spelman"]


def test_a_leads_role_nobody_holds_is_the_person_the_next_sentence_opens_with():
    a = analyse(
        "Minister warns football bigots\n\nScotland's justice minister has warned bigoted "
        "fans that she wants to ban them from matches.\n\nCathy Jamieson said exclusion "
        "orders are one of a series of measures being considered."
    )
    assert party(a, at(a, "has warned").party).name == "Cathy Jamieson"


def test_a_leads_ally_of_a_named_party_is_the_person_named_next_with_a_role_of_their_own():
    a = analyse(
        "Chancellor Tom Reed's closest ally has denied suggestions there will be a tax "
        "giveaway in March. Ed Lane, former chief adviser to the Treasury, said there would "
        "be no spending spree before the vote."
    )
    assert holders(a, "has denied") == ["Ed Lane"]
    assert "Tom Reed's ally" not in {p.name for p in a.parties}


def test_a_leads_capitalised_office_nobody_holds_is_the_person_named_next():
    """BBC politics: "..., the Trade and Industry Secretary has said. Patricia Hewitt said"
    showed a party "Trade and Industry Secretary" beside her (the office tagged NNP)."""
    a = analyse(
        "Hewitt backs longer leave\n\nPaid leave should be extended, the Trade and Industry "
        "Secretary has said.\n\nPatricia Hewitt said the cost was being evaluated."
    )
    assert holders(a, "has said") == ["Patricia Hewitt"]
    assert "Trade and Industry Secretary" not in {p.name for p in a.parties}


def test_a_leads_office_is_the_one_named_with_it_sentences_later():
    """BBC politics: "The home secretary has defended ... New Home Secretary Charles Clarke
    said" three sentences on (the model tagging "New Home" an organisation)."""
    a = analyse(
        "Clarke defends terror detentions\n\nThe home secretary has defended his decision not "
        "to release foreign terror suspects.\n\nHouse of Lords law lords ruled against the "
        "detention measures last week. They said it was wrong. New Home Secretary Charles "
        "Clarke said he would carefully consider the ruling."
    )
    assert holders(a, "has defended") == ["Charles Clarke"]


def test_a_ministers_office_nobody_is_named_with_is_the_person_the_lead_is_about():
    """BBC politics: "Tessa Jowell has announced plans ... The Culture Secretary said" showed a
    party "Culture Secretary" beside her."""
    a = analyse(
        "Jowell confirms casino climbdown\n\nTessa Jowell has announced plans to limit the "
        "number of new casinos to 24. It puts an end to plans for up to 40 super casinos. The "
        "Culture Secretary said the move showed she listened to critics."
    )
    assert holders(a, "said") == ["Tessa Jowell"]
    assert "Culture Secretary" not in {p.name for p in a.parties}


def test_a_peer_named_next_holds_the_leads_role():
    """BBC politics: "The UK's top judge has revealed ... Lord Woolf said": "Lord" is a rank,
    not another office."""
    a = analyse(
        "Judge clashes with ministers\n\nThe country's top judge has revealed he has clashed "
        "with ministers about how inquiry heads are chosen.\n\nLord Woolf said his veto "
        "should continue."
    )
    assert party(a, at(a, "has revealed").party).name == "Woolf"


def test_the_boss_is_the_manager_or_chief_executive_named_before():
    """BBC sport: "the Arsenal boss is quoted as saying", after "Arsenal manager Arsene
    Wenger"."""
    a = analyse(
        "Arsenal manager Arsene Wenger was unhappy on Sunday. The Arsenal boss said the "
        "referee had been wrong."
    )
    assert holders(a, "said") == ["Arsene Wenger"]


def test_an_organisations_role_in_the_lead_is_who_speaks_a_sentence_later():
    """BBC business: "..., its chief executive has said. The Netherlands-based company is
    due to ... However, Lakshmi Mittal has told investors"."""
    a = analyse(
        "Steel firm to cut jobs\n\nMittal Steel could cut up to 45,000 jobs over five years, "
        "its chief executive has said.\n\nThe company is due to complete its acquisition of "
        "ISG next month. However, Lakshmi Mittal has told investors the company will have to "
        "shed jobs."
    )
    assert holders(a, "has said") == ["Lakshmi Mittal"]


def test_a_leads_role_is_nobody_named_next_who_holds_another_role():
    a = analyse(
        "Minister warns football bigots\n\nScotland's justice minister has warned bigoted "
        "fans that she wants to ban them from matches.\n\nPolice chief Tom Wood said "
        "exclusion orders would help."
    )
    assert party(a, at(a, "has warned").party).name != "Tom Wood"


def test_a_leads_unnamed_person_is_the_person_the_next_sentence_opens_with():
    for lead, cue in (
        (
            "An artist critical of arts funding has denied comparing it with dictatorships.",
            "has denied",
        ),
        (
            "A midwife has accepted her mistakes contributed to the deaths of two babies.",
            "has accepted",
        ),
    ):
        a = analyse(f"Arts row\n\n{lead}\n\nShani Rhys James is worried about the council.")
        assert party(a, at(a, cue).party).name == "Shani Rhys James"


def test_a_leads_company_is_not_the_person_the_next_sentence_opens_with():
    a = analyse(
        "Jobs row\n\nA company has warned that the factory will close.\n\nShani Rhys James "
        "is worried about the town."
    )
    assert all(party(a, p.party).name != "Shani Rhys James" for p in a.positions)


def test_a_leads_body_is_the_organisation_that_speaks_next():
    """BBC politics: "..., the elections watchdog has said. ... the Electoral Commission
    says"; but not an organisation that only acts next."""
    a = analyse(
        "Postal votes under review\n\nPostal voting rules should be tightened to stop fraud, "
        "the elections watchdog has said.\n\nThe Electoral Commission said the present system "
        "was open to abuse."
    )
    assert holders(a, "has said") == ["Electoral Commission"]
    b = analyse(
        "Postal votes under review\n\nPostal voting rules should be tightened to stop fraud, "
        "the elections watchdog has said.\n\nThe Electoral Commission met on Monday."
    )
    assert holders(b, "has said") == []


def test_the_leads_body_described_again_further_on_is_the_same_organisation():
    """BBC politics: "..., the elections watchdog has said. ... the Electoral Commission says
    ... Candidates should get a free mailshot, says the watchdog." was nobody's."""
    a = analyse(
        "Postal votes under review\n\nPostal voting rules should be tightened to stop fraud, "
        "the elections watchdog has said.\n\nThe Electoral Commission said the present system "
        "was open to abuse. Turnout fell in 2001.\n\nAll candidates should be entitled to a "
        "free mailshot, says the watchdog."
    )
    assert holders(a, "says") == ["Electoral Commission"]


def test_a_quote_run_on_over_sentences_opens_each_with_a_mark_and_closes_the_last():
    text = (
        'In a statement Lord Woolf said: "I have no doubt the council improved the final '
        'guidelines. "I am confident judges will be better placed to deliver sentences." '
        "Director of Public Prosecutions, Ken Macdonald QC, who sits on the council, said the "
        'principle is set down by parliament. "What the new guideline does is bring clarity to '
        'this process. "It represents a tougher regime than existed previously," he said.'
    )
    found = [text[s:e] for s, e in quotes(text)]
    assert found[0].startswith('"I have no doubt') and found[0].rstrip().endswith("guidelines.")
    assert found[1] == '"I am confident judges will be better placed to deliver sentences."'
    assert found[-1] == '"It represents a tougher regime than existed previously,"'
    a = analyse(text)
    assert holders(a, "said")[-1] == "Ken Macdonald"


def test_a_name_the_parser_hangs_on_the_body_a_role_heads_is_the_roles_holder():
    a = analyse(
        "But director of the Victims of Crime Trust, Norman Brennan, accused Lord Woolf of "
        "having an arrogant contempt for victims of crime."
    )
    assert holders(a, "accused") == ["Norman Brennan"]
    assert not any("," in p.name for p in a.parties)


def test_plans_unveiled_or_outlined_are_proposals():
    a = analyse(
        "The Liberal Democrats have unveiled plans to build 100,000 new homes on publicly owned "
        "land. The Conservatives outlined proposals to cut council tax for pensioners."
    )
    text = a.article.text
    assert [(text[slice(*p.cue)], p.stance) for p in a.positions if p.party] == [
        ("unveiled plans", "proposes"),
        ("outlined proposals", "proposes"),
    ]


def test_a_body_the_model_left_untagged_ends_before_the_title_of_its_officer():
    a = analyse(
        "Police urge pub closure power\n\nNew powers are needed to close disorderly pubs, "
        "police chiefs have said. Association of Chief Police Officers president Chris Fox said "
        "the current closure power did not have enough impact on bad landlords."
    )
    assert "Association of Chief Police Officers" in {p.name for p in a.parties}
    assert not any("president" in p.name for p in a.parties)


def test_a_title_to_a_country_before_a_name_is_that_person():
    a = analyse(
        "The team was allowed into the country. According to Afghan Ambassador to the United "
        "States Hamdullah Mohib, the participation of this team is a message of hope."
    )
    assert holders(a, "According to") == ["Hamdullah Mohib"]


def test_a_speech_verb_with_its_own_subject_is_that_subjects_whatever_the_tagger_marked():
    a = analyse(
        "It quoted critics like immigration barrister Colin Yeo, and Joint Council for the "
        'Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating: "People '
        "fleeing desperate circumstances clearly need this government to make quicker and "
        'fairer asylum decisions."'
    )
    assert holders(a, "stating") == ["Caitlin Boswell"]


def test_a_persons_name_run_into_the_body_before_it_is_that_person():
    a = analyse(
        "Executive director of the Dallas chapter of the Council on American-Islamic "
        "Relations Alia Salem said Mohamed wishes to use his fame."
    )
    assert holders(a, "said") == ["Alia Salem"]
    assert "Council on American-Islamic Relations" in {p.name for p in a.parties}


def test_a_chairman_of_a_committee_then_a_name_with_letters_after_it_is_that_person():
    a = analyse(
        'Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The '
        "government's housing policy is an alarming example of disjointed thinking.\""
    )
    assert holders(a, "said") == ["Peter Ainsworth"]
    b = analyse(
        "Former welfare minister Frank Field MP said the prime minister should sack Mr Brown."
    )
    assert holders(b, "said") == ["Frank Field"]


def test_all_the_major_parties_are_no_party_named_before_nor_a_survey_in_their_sentence():
    a = analyse(
        "The Lib Dems unveiled a housing plan on Monday. All the major parties are focusing on "
        "the issue in the run-up to the election after a survey suggested first-time buyers "
        "could not afford a home in 92% of UK towns."
    )
    assert holders(a, "are focusing on") == []


def test_a_quote_closed_after_a_bracket_before_a_coach_named_is_the_coachs():
    a = analyse(
        'The team won on Sunday. "I am [pretty happy with that]", Caloundra coach Geoff '
        "Ingram said."
    )
    assert holders(a, "said") == ["Geoff Ingram"]


def test_a_name_the_parser_made_the_object_of_a_role_read_as_a_verb_is_the_speaker():
    """BBC sport: "Ireland and Munster lock Paul O'Connell has dismissed media reports" was
    nobody's ("lock" parsed as a verb, the name its object)."""
    for text in (
        "Ireland and Munster lock Paul O'Connell has dismissed media reports linking him to "
        "the captaincy of the Lions tour.",
        "O'Connell rejects Lions rumours\n\nIreland and Munster lock Paul O'Connell has "
        "dismissed media reports linking him to the captaincy of the Lions tour.",
    ):
        assert holders(analyse(text), "has dismissed") == ["Paul O'Connell"]


def test_a_lead_called_mrs_with_a_full_stop_holds_the_office_the_report_calls_her_by():
    """CNN: "Mrs. Obama said ... the first lady also encouraged": "mrs." (the American way,
    with a full stop) was taken for another office, so "the first lady" was nobody."""
    doc = load_pipeline(None).nlp(
        "Michelle Obama visited a school on Wednesday. The first lady asked the children to "
        "plant gardens."
    )
    obama = next(t for t in doc if t.text == "Obama")
    lady = next(t for t in doc if t.text == "lady")
    mentions = [Mention(obama.i, "michelle-obama", 0, True)]
    held = {obama.i: {"mrs."}}  # "Mrs. Obama" elsewhere in the report
    assert leading(lady, mentions, held, {"michelle-obama": "PERSON"}, "first lady") == (
        "michelle-obama"
    )


def test_a_name_after_said_that_is_the_subject_of_what_was_said_is_not_the_speaker():
    a = analyse(
        "Spectator editor Boris Johnson, who was forced to apologise last year for an article "
        'in the magazine he edits, said Mr Blair "should butt out of" the row.'
    )
    assert holders(a, "said") == ["Boris Johnson"]
