"""Who speaks and what counts, found by reading fresh Wikinews articles (issue 10): parties
named by a description, documents and their makers, passives, reported speech, stance of
lawsuits and judgements. One built sentence each, real English model."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from briefing.analysis.entities import never_acts
from briefing.analysis.pipeline import load_pipeline
from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import party as _party

# -- described actors ----------------------------------------------------------------------


def test_an_unnamed_but_identifiable_source_is_a_party_named_by_its_description():
    a = _analyse(
        "The mayor admitted to taking the payments, according to prosecutors. "
        "Several conservative groups claimed the vote was rigged. "
        "A federal judge dismissed the lawsuit on Friday."
    )
    names = {_party(a, _at(a, cue).party).name for cue in ("according", "claimed", "dismissed")}
    assert names == {"Prosecutors", "Conservative groups", "Federal judge"}
    groups = _party(a, _at(a, "claimed").party)
    assert groups.kind == "GROUP" and "Several conservative groups" in groups.aliases


def test_qualified_leaders_are_a_party_of_their_own():
    a = _analyse("World leaders call to address Amazon rainforest fires at G7")
    assert _party(a, _at(a, "call").party).name == "World leaders"


def test_someones_lawyers_speak_for_them_and_unnamed_experts_for_nobody():
    a = _analyse(
        "Senator Ron Wyden spoke on Monday. Wyden's lawyers argued that the search was "
        "illegal. Unnamed industry experts said the plan would fail."
    )
    assert [_party(a, p.party).name.split()[-1] for p in a.positions] == ["Wyden"]


def test_vague_sources_and_named_roles_found_no_party():
    a = _analyse(
        "Analysts say the plan will fail. Some experts said the cost is too high. "
        "The judge said the law stands. People expect too much of forensic science, real "
        "experts say. Leading economists said growth would slow."
    )
    assert a.positions == ()
    assert a.parties == ()


def test_the_agent_of_a_passive_cue_holds_the_view():
    a = _analyse("The new abortion law was criticised by archbishop Jorge Scheinig on Sunday.")
    p = _at(a, "criticised")
    assert p.party == "jorge-scheinig" and p.stance == "opposes"
    assert a.article.text[slice(*p.content[0])] == "The new abortion law"


def test_a_second_speech_verb_hung_on_the_reported_clause_is_the_speakers():
    a = _analyse(
        "Michael Flynn spoke on Saturday. Flynn said there was a lack of transparency in "
        "the count and urged the crowd to consider what the counters are hiding."
    )
    assert _at(a, "urged").party == "michael-flynn"


def test_a_document_is_made_by_the_main_act_not_one_told_as_its_time():
    a = _analyse(
        "On Friday, President Donald Trump declared a national emergency. The move came two "
        "days after the World Health Organization declared the outbreak a pandemic. "
        'The proclamation said "the outbreak constitutes a national emergency".'
    )
    assert _at(a, "said").party == "donald-trump"


def test_a_document_speaks_for_the_maker_it_names():
    a = _analyse(
        "Katigbak apologized during the hearing, which was accepted, according to a statement "
        "by the presidential spokesperson Harry Roque."
    )
    assert _at(a, "according to").party == "harry-roque"
    b = _analyse(
        "U.S. District Judge Gray Miller ruled on Friday that the draft is unconstitutional. "
        'Part of the judge\'s statement reads "the average woman could be better suited".'
    )
    assert _at(b, "reads").party == "gray-miller"
    c = _analyse(
        "Measles spread across the islands. According to data from the World Health "
        "Organization, ten thousand children died of measles in 2018."
    )
    assert _at(c, "According to").party == "world-health-organization"


def test_a_participle_describing_a_thing_holds_nothing():
    a = _analyse(
        "The last time the Philippine government ordered the network to shut down was during "
        "the martial law imposed by former Philippine President Ferdinand Marcos in 1972."
    )
    assert [p for p in a.positions if "imposed" in a.article.text[slice(*p.cue)]] == []


def test_a_group_including_named_members_gives_each_member_the_position():
    a = _analyse(
        "Neighbouring countries including Algeria and Morocco have cited security concerns "
        "to impose bans."
    )
    assert {p.party for p in a.positions} == {"algeria", "morocco"}


def test_others_in_a_body_speak_for_that_body():
    a = _analyse(
        "Biden and others in the Democratic Party warned the delayed transition could be a "
        "threat to national security."
    )
    assert {p.party for p in a.positions} == {"biden", "democratic-party"}


def test_committing_to_an_action_is_a_commitment_and_saying_is_the_speakers():
    a = _analyse(
        "Mitch McConnell, the Senate Majority Leader, committed to proceeding with a trial. "
        "He stated the trial would not be impartial, saying he expected a partisan outcome."
    )
    assert _at(a, "committed").stance == "commits"
    assert _at(a, "saying").party == "mitch-mcconnell"


def test_those_who_did_something_to_the_subject_do_not_lend_it_their_verb():
    a = _analyse(
        "Chief Executive Carrie Lam gave her annual speech on Wednesday. Speaking in the "
        "Legislative Council, Lam was interrupted by protesting legislators."
    )
    assert a.positions == ()


def test_a_content_that_is_only_a_pronoun_is_no_position():
    a = _analyse(
        "Philippine President Rodrigo Duterte spoke on Monday. Katigbak apologized to Duterte "
        "during the hearing, which the President accepted according to a statement."
    )
    assert [p for p in a.positions if "accepted" in a.article.text[slice(*p.cue)]] == []


def test_a_partys_view_reported_inside_anothers_is_its_position_too():
    a = _analyse(
        "French President Emmanuel Macron spoke on Friday. Brazilian President Jair Bolsonaro "
        "opposed Macron's statement: \"The French president's suggestion that Amazon issues be "
        'discussed at the G-7 evokes a colonialist mentality."'
    )
    assert _at(a, "suggestion").party == "emmanuel-macron"
    assert _at(a, "opposed").party == "jair-bolsonaro"


def test_a_role_qualified_by_a_country_is_not_another_countrys_holder():
    a = _analyse(
        "French President Emmanuel Macron met Brazilian President Jair Bolsonaro. "
        "The French president said the fires are an international crisis."
    )
    assert _at(a, "said").party == "emmanuel-macron"


def test_listing_someone_and_a_constitution_are_no_positions():
    a = _analyse(
        "The plaintiffs were listed as Western Native Voice and Montana Native Vote. The "
        "United States Constitution specifies that officials are removed after conviction."
    )
    assert a.positions == ()


def test_a_lawsuit_against_something_opposes_it():
    a = _analyse(
        "The American Civil Liberties Union filed a lawsuit against the state of Montana over "
        "its ballot law."
    )
    assert _at(a, "filed a lawsuit").stance == "opposes"
    b = _analyse("Native American groups sue the state of Montana over its ballot law.")
    assert _at(b, "sue").stance == "opposes"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ('Senate leader Chuck Schumer called the offer a "non-starter" on Saturday.', "opposes"),
        ('Steve Scalise called the inquiry a "Soviet-style" coup on Tuesday.', "opposes"),
        ("President Trump repeatedly called the investigation a witch hunt.", "opposes"),
        ("Senator Ann Smith called the agreement a historic milestone.", "supports"),
    ],
)
def test_calling_something_a_name_judges_it(sentence, stance):
    assert _at(_analyse(sentence), "called").stance == stance


def test_he_with_nobody_named_just_before_is_the_one_person_named_further_back():
    a = _analyse(
        "U.S. District Judge Gray Miller ruled the male-only draft unconstitutional. Women "
        "have served in combat roles since 2015. By law, all men over 18 must register. "
        "This renders them eligible for the draft. Combat roles no longer require muscle. "
        "He went on to cite the Supreme Court ruling permitting same-sex marriage."
    )
    assert _at(a, "cite").party == "gray-miller"


def test_seconding_a_call_supports_it():
    a = _analyse(
        "French President Emmanuel Macron called for action on the fires. The call was "
        "quickly seconded by German Chancellor Angela Merkel and British Prime Minister "
        "Boris Johnson."
    )
    seconded = [p for p in a.positions if "seconded" in a.article.text[slice(*p.cue)]]
    assert {p.party for p in seconded} == {"angela-merkel", "boris-johnson"}
    assert {p.stance for p in seconded} == {"supports"}


def test_putting_a_stay_and_a_negative_finding_are_positions():
    a = _analyse(
        "U.S. District Judge Clark Waddoups ruled on Thursday. Instead, he put a stay on his "
        "ruling until the issue is resolved. After a hearing, the Senate of the Philippines "
        "did not find the network had breached laws."
    )
    assert _at(a, "put a stay").stance == "demands"
    assert _at(a, "find").party is not None


def test_deeds_are_no_positions_and_protesters_are_a_crowd():
    a = _analyse(
        "Judith Negron was convicted of conspiracy to commit money laundering. Anti-Brexit "
        "protesters called on the government to revoke Article 50."
    )
    assert a.positions == ()


def test_a_plea_of_not_guilty_denies_the_charges_and_a_guilty_plea_admits_them():
    # every blind annotator counted pleas (nine in our gold): a plea is said in court
    a = _analyse(
        "Liana Barrientos, 39, of the Bronx, pleaded not guilty on Friday to two felony "
        "charges of filing a false instrument. Bruce McArthur pleaded guilty to each crime."
    )
    assert [(p.party, p.stance) for p in a.positions] == [
        ("liana-barrientos", "opposes"),
        ("bruce-mcarthur", "states"),
    ]


def test_what_the_speaker_says_of_themself_is_one_position():
    a = _analyse(
        "Wanda Vázquez Garced was sworn in on Wednesday. In a statement posted to her Twitter "
        "account, then-Secretary Vázquez affirmed her willingness to accept the role."
    )
    assert [a.article.text[slice(*p.cue)] for p in a.positions] == ["affirmed"]


def test_a_speaker_saying_they_would_act_commits():
    a = _analyse(
        "Governor Pedro Pierluisi stated he would leave the governorship if the Senate "
        "rejected him. Senator Ron Wyden said he would prefer a deal."
    )
    assert _at(a, "stated").stance == "commits"
    assert _at(a, "said").stance != "commits"


def test_an_act_done_by_someone_is_their_position():
    a = _analyse(
        "The Supreme Court rejected a lawsuit filed by Texas which tried to overturn the "
        "results in Georgia."
    )
    p = _at(a, "lawsuit filed")
    assert p.party == "texas" and p.stance == "demands"


def test_one_mp_and_health_officials_are_described_parties_and_senior_officials_nobody():
    a = _analyse(
        "Not everyone agreed. One MP said the referendum had been a mistake. According to "
        "health officials, sixty-six people were injured on Sunday. Senior officials said "
        "the talks would resume."
    )
    names = {_party(a, p.party).name for p in a.positions}
    assert names == {"MP", "Health officials"}


def test_authorities_unnamed_are_a_party_and_a_countrys_authorities_are_the_country():
    a = _analyse(
        "Two men were arrested in the port on Monday. Authorities said the fire was set "
        "deliberately. Chinese authorities said the ship had left Shanghai on Friday."
    )
    names = {_party(a, p.party).name for p in a.positions}
    assert names == {"Authorities", "China"}


def test_a_court_overturning_or_vacating_opposes_and_remanding_demands():
    a = _analyse(
        "Yesterday, the United States Supreme Court overturned the criminal convictions of "
        "Bridget Anne Kelly and William Baroni. In 2019, the Court of Appeals for the "
        "District of Columbia Circuit vacated his conviction and remanded the case."
    )
    assert _at(a, "overturned").stance == "opposes"
    assert _at(a, "vacated").stance == "opposes"


def test_reversing_course_and_a_second_verb_of_the_same_aim_are_no_positions():
    a = _analyse(
        "President Donald Trump dropped the question, before reversing course the next day. "
        "Trump and his supporters sought to overturn the results. Trump sought a recount."
    )
    # "sought to overturn": an attempt (no gold of ours or the shared set holds "sought to")
    assert [a.article.text[slice(*p.cue)] for p in a.positions] == ["sought"]
    assert a.positions[0].cue[0] > a.article.text.index("a recount") - 10


def test_members_named_with_such_as_hold_the_groups_position():
    a = _analyse(
        "Both President Trump and some Democrats, such as former Representative Beto "
        "O'Rourke, have expressed favorable interest in Congressional term limits."
    )
    assert "beto-o-rourke" in {p.party for p in a.positions}


def test_an_organisations_noun_after_its_name_and_a_participle_after_a_platform():
    a = _analyse(
        "The Yemen-based Houthi movement claimed responsibility for the attacks. US "
        "Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
        "attacks."
    )
    assert _party(a, _at(a, "claimed").party).name.startswith("Houthi")
    assert _at(a, "blaming").party == "mike-pompeo"


def test_the_government_is_the_country_named_before_and_every_state_is_a_country():
    a = _analyse(
        "Samoa declared a state of emergency on November 15. The World Health Organization "
        "praised the Mass Vaccination Campaign. Since then, the government has reported more "
        "cases of measles."
    )
    assert _at(a, "reported").party == "samoa"


def test_introducing_a_bill_proposes_it():
    a = _analyse(
        "On Monday, Senator Amy Klobuchar introduced a bill to require voting by mail in all "
        "states as an emergency measure."
    )
    assert _at(a, "introduced").stance == "proposes"


def test_along_with_someone_they_hold_the_position_too():
    a = _analyse(
        "Senator Amy Klobuchar, along with Senator Ron Wyden of Oregon, introduced a bill to "
        "require voting by mail in all states."
    )
    assert {p.party for p in a.positions} >= {"amy-klobuchar", "ron-wyden"}


def test_a_courts_ruling_runs_on_in_its_participles():
    a = _analyse(
        "The unanimous Supreme Court decided their actions did not qualify, reversing the "
        "convictions and remanding the case back to the Court of Appeals."
    )
    assert _at(a, "reversing").stance == "opposes"
    assert _at(a, "reversing").party == _at(a, "decided").party


def test_announcing_ones_resignation_is_an_act_and_an_open_bracket_ends_a_name():
    a = _analyse(
        "Governor Ricardo Rosselló announced his resignation shortly before midnight. The "
        "National Emergency Operation Centre (NEOC announced the decision that night."
    )
    assert [
        a.article.text[slice(*p.cue)]
        for p in a.positions
        if "resignation" in a.article.text[slice(*p.content[0])]
    ] == []
    assert "National Emergency Operation Centre" in {p.name for p in a.parties}


def test_projections_by_two_outlets_are_both_theirs_and_an_acronym_is_a_name():
    a = _analyse("According to projections by CNN and NPR, Sanders won in Vermont.")
    assert {p.party for p in a.positions} == {"cnn", "npr"}
    doc = load_pipeline().nlp("UNICEF reported it had delivered 105 thousand doses.")
    assert not never_acts(Span(doc, 0, 1, "ORG"))


def test_content_pieces_that_overlap_are_one():
    from briefing.analysis.positions import _merged

    # "their actions did not qualify, … the convictions … the convictions and remanding"
    assert _merged([(60, 75), (10, 40), (60, 110), (60, 75), (5, 5)]) == ((10, 40), (60, 110))
    assert _merged([(0, 10), (8, 20), (20, 30)]) == ((0, 20), (20, 30))


def test_a_relative_is_a_person_of_their_own_named_by_whose_they_are():
    a = _analyse(
        "Kyle Rittenhouse was released on bond. His sister made public requests for help in "
        "raising funds for her brother. Harry Dunn died in August. Dunn's mother said the "
        "family wants justice."
    )
    names = {_party(a, p.party).name for p in a.positions}
    assert names == {"Kyle Rittenhouse's sister", "Harry Dunn's mother"}  # as the reader
    # knows him; "Dunn's mother" as written is an alias
    assert "Dunn's mother" in _party(a, _at(a, "said").party).aliases
