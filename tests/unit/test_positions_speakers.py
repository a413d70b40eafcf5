"""Who speaks, found by reading blind rounds 25 and 26 (issue 10): a name the parser took
for the subject though it only possesses the speaker, and other speakers hidden by the parse.
One built sentence each, real English model."""

from __future__ import annotations

from tests.reading import analyse, at, holders, party


def test_a_name_with_and_in_it_possesses_the_speaker_it_is_not_one():
    a = analyse(
        "The Centers for Disease Control and Prevention's director, Robert Redfield, said the "
        "virus is spreading. The National Institute of Allergy and Infectious Disease's "
        "director, Anthony Fauci, said it would get worse."
    )
    assert sorted(holders(a, "said")) == ["Anthony Fauci", "Robert Redfield"]


def test_according_to_a_body_of_a_named_one_is_according_to_the_body():
    a = analyse(
        "According to the University of Washington's Institute for Health Metrics and "
        "Evaluation, the coronavirus may cause roughly 32,000 more deaths."
    )
    assert holders(a, "According to") == ["Institute for Health Metrics and Evaluation"]


def test_the_letters_after_a_name_are_not_part_of_it():
    a = analyse(
        "Judge Stephen Kramer QC today ordered Allen to pay back the money. Kramer added that "
        "the fraud had been planned for years."
    )
    judge = party(a, at(a, "ordered").party)
    assert judge.name == "Stephen Kramer"
    assert at(a, "added").party == judge.id


def test_a_possessive_set_before_its_clauses_subject_is_the_subjects():
    a = analyse(
        "The game at Chesapeake Energy Arena was called off. According to its press release, "
        "the NBA was suspending game play until further notice."
    )
    assert party(a, at(a, "According to").party).name == "NBA"


def test_someone_described_by_age_is_the_one_named_before_with_that_age():
    a = analyse(
        "James Boase, 36, was convicted on Monday. The 36-year-old publican told the court "
        "that he had been asleep. 19-year-old Kevin Smith was also there. The 19-year-old "
        "claimed he was innocent. The 52-year-old denied the charge."
    )
    assert party(a, at(a, "told").party).name == "James Boase"
    assert party(a, at(a, "claimed").party).name == "Kevin Smith"
    assert "publican" not in {p.name for p in a.parties}
    denied = [p for p in a.positions if a.article.text[slice(*p.cue)] == "denied"]
    assert all(p.party is None for p in denied)  # nobody named is 52


def test_someone_described_by_an_age_not_given_before_is_the_person_named_last():
    a = analyse(
        "James Boase, landlord of the Coppa Dolla pub, had been drinking with a friend. The "
        "36-year-old publican told the court that he had been asleep."
    )
    assert party(a, at(a, "told").party).name == "James Boase"


def test_a_caption_pictured_set_after_a_name_does_not_take_the_names_verb():
    a = analyse(
        "Scroll down for video Gordon Brown, pictured campaigning this week, has warned that the "
        "nationalists would force another referendum."
    )
    assert party(a, at(a, "warned").party).name == "Gordon Brown"


def test_an_attack_launched_on_someone_opposes_them_but_one_on_a_city_is_no_view():
    a = analyse(
        "David Cameron this morning launched a furious attack on Labour MPs over poverty. "
        "Russia launched an attack on the city."
    )
    attack = at(a, "launched a furious attack")
    assert party(a, attack.party).name == "David Cameron" and attack.stance == "opposes"
    assert [p.party for p in a.positions] == [attack.party]


def test_he_saying_something_is_whoever_said_something_last_unless_someone_is_named_since():
    a = analyse(
        "President Barack Obama is trying to use executive powers to expand immigration "
        "policies Alabama Sen. Jeff Sessions, who has been a leader in the immigration debate, "
        "said in a letter to the New York Times that an increase of immigrants will hurt the "
        "middle class. He wrote: 'It defies reason to argue that admissions are good.' David "
        "Cameron said the relationship was special. It was first coined in a 1944 speech by "
        "Winston Churchill, when he said it was his deepest conviction."
    )
    assert party(a, at(a, "wrote").party).name == "Jeff Sessions"
    assert holders(a, "said")[-1] == "Winston Churchill"


def test_a_captions_label_is_no_party_and_does_not_hide_who_is_named_after_it():
    a = analyse(
        "Scroll down for video Guilty: School English teacher Brianne Altice, 35, pictured here "
        "in court on Wednesday, pleaded guilty to three counts of abuse."
    )
    assert [p.name for p in a.parties] == ["Brianne Altice"]
    assert party(a, at(a, "pleaded").party).name == "Brianne Altice"


def test_a_quote_before_a_described_speaker_who_told_someone_is_theirs():
    a = analyse(
        "'This is a huge breach in security,' national security expert Manny Gomez told WABC. "
        "'If he had been successful, they would never find him,' Deputy Utah County Attorney "
        "Craig Johnson told KSL.com."
    )
    told = [p for p in a.positions if a.article.text[slice(*p.cue)] == "told"]
    assert holders(a, "told") == ["Manny Gomez", "Craig Johnson"]
    assert all(a.article.text[slice(*p.content[0])].startswith("'") for p in told)


def test_a_speaker_named_after_the_verb_that_follows_a_quote_said_it():
    a = analyse(
        '"I am in awe of the people who ran towards danger" tweeted Mayor of London Sadiq Khan '
        '(no relation). "We stand ready" tweeted Johnson "to provide whatever help we can". '
        "Prime Minister David Cameron spoke on Monday. The PM added: That destroyed aspiration."
    )
    assert holders(a, "tweeted") == ["Sadiq Khan", "Johnson"]
    assert party(a, at(a, "added").party).name == "David Cameron"


def test_a_study_is_made_neither_by_the_source_of_its_data_nor_by_its_country():
    a = analyse(
        "US study finds correlation between youth suicide, household gun ownership. Siegel and "
        "colleagues compared data from the Centers for Disease Control and Prevention from "
        "2005 to 2015. The study reports that gun ownership matters."
    )
    for cue in ("finds", "reports"):
        held = [p for p in a.positions if a.article.text[slice(*p.cue)].startswith(cue)]
        names = {party(a, p.party).name for p in held if p.party}
        assert not names & {"United States", "Centers for Disease Control and Prevention"}


def test_she_is_the_subject_before_her_in_her_sentence_not_a_woman_named_earlier():
    a = analyse(
        "Margaret Atwood, the novelist, said she found her drab. Meanwhile Kim Toksvig caused "
        "outrage when she said the Duchess does not have a single opinion of her own, while "
        "Joan Smith produced a similar storm. The girl was asleep, CBS 13 reported."
    )
    assert holders(a, "said") == ["Margaret Atwood", "Kim Toksvig"]
    assert party(a, at(a, "reported").party).name == "CBS 13"


def test_a_paper_saying_after_it_reported_and_its_polling_are_its():
    a = analyse(
        "The Las Vegas Review-Journal reported the possibility of the 2020 caucuses being "
        "Nevada's last, saying the state could switch to holding a primary election instead. "
        "According to its polling, roughly two-thirds of voters backed the caucus."
    )
    for cue in ("reported", "saying", "According to"):
        assert party(a, at(a, cue).party).name == "Las Vegas Review-Journal"


def test_an_outlets_capitals_the_model_left_untagged_speak():
    a = analyse(
        "Billy Thompson has been out of work and recently suffered a difficult split from the "
        "mother of his children, reports TMZ."
    )
    assert party(a, at(a, "reports").party).name == "TMZ"


def test_an_outlets_capitals_with_digits_the_model_left_untagged_speak():
    a = analyse('The mayor was in a "serious" condition; TVN24 reported he received surgery.')
    assert party(a, at(a, "reported").party).name == "TVN24"


def test_an_outlet_cited_the_model_left_untagged_speaks():
    a = analyse(
        "Ford started its investigation by hiring law firm Sidley Austin, according to The "
        "Verge. The judge recommended treatment, according to WSET-TV."
    )
    held = {party(a, p.party).name for p in a.positions if p.party is not None}
    assert held == {"Verge", "WSET-TV"}


def test_a_quote_opened_with_a_curly_mark_may_close_with_a_straight_one():
    from briefing.analysis.positions.quotes import quotes

    text = "‘I think she’s watching her back,' continued the author. Miliband's 'plan' failed."
    assert [text[s:e] for s, e in quotes(text)] == ["‘I think she’s watching her back,'"]


def test_state_media_are_a_party_but_local_media_are_vague():
    a = analyse(
        "The stampede delayed the burial, according to state media. At least 56 people died, "
        "according to state television. Local media said the fires were out."
    )
    held = [party(a, p.party).name for p in a.positions if p.party is not None]
    assert held == ["State media", "State television"]


def test_a_study_whose_makers_are_not_named_speaks_for_itself_but_studies_do_not():
    a = analyse(
        "US study finds correlation between youth suicide and household gun ownership. The "
        "study reports that gun ownership matters. Formal studies indicated it had less "
        "benefit."
    )
    held = [party(a, p.party).name for p in a.positions if p.party is not None]
    assert held == ["US study", "US study"]


def test_the_father_or_the_mother_is_the_man_or_woman_named_before():
    a = analyse(
        "David Turpin and Louise Turpin pleaded guilty to torture on Friday. They kept their "
        'thirteen children captive for years.\n\nThe father said "I love my children."\n\n'
        'The mother said "I look forward to seeing them."'
    )
    assert holders(a, "said") == ["David Turpin", "Louise Turpin"]
    b = analyse(
        "Louis Jordan was rescued from his disabled boat on Thursday. Frank Jordan waited for "
        'him at the dock in Virginia. "I thought I lost you," the relieved father said.'
    )
    assert holders(b, "said") == ["Frank Jordan"]


def test_a_leads_unnamed_one_is_the_person_named_next_with_the_same_word():
    a = analyse(
        "A pub landlord who was convicted of drink driving has vowed never to drink again. "
        "James Boase, landlord of the Anchor pub in Devon, had been drinking with a friend. "
        "A spokesman for the court said the case was closed."
    )
    assert holders(a, "has vowed") == ["James Boase"]
    assert holders(a, "said") != ["James Boase"]


def test_a_service_named_before_its_word_speaks_for_the_named_body():
    a = analyse(
        "The French Civil Security service said water bombing by aircraft was disallowed as "
        "it might cause the collapse of the whole structure."
    )
    assert holders(a, "said") == ["French Civil Security"]


def test_data_named_after_its_maker_speak_for_it():
    a = analyse(
        "Yesterday, the total number of confirmed cases surpassed one million in the United "
        "States, Johns Hopkins University (JHU) data indicated."
    )
    assert holders(a, "indicated") == ["Johns Hopkins University"]


def test_records_and_a_description_speak_for_their_maker():
    a = analyse(
        "The plane was registered in Middlesex County, and was manufactured in 1944 according "
        "to Federal Aviation Administration records."
    )
    assert holders(a, "according to") == ["Federal Aviation Administration"]
    b = analyse(
        "It all began on June 27, when Matty Roberts posted an event invitation on Facebook. "
        'The event description read, "We will all meet up at the Area 51 Alien Center."'
    )
    assert holders(b, "read") == ["Matty Roberts"]


def test_he_after_a_quote_of_several_sentences_is_the_one_who_spoke_it():
    """The quote's sentences do not count as sentences between, nor the people it names as
    people named since."""
    a = analyse(
        "'The size of the organs is a reflection of how the apes are organised,' explained "
        "Professor Darren Curnoe. 'Why the difference? Well, it is pretty straightforward. "
        "Charles Darwin thought so too.' But he said there was no clear reason for the size "
        "of the human brain."
    )
    assert holders(a, "said") == ["Darren Curnoe"]


def test_it_after_a_quote_is_the_body_that_spoke_before_not_a_subject_in_the_quote():
    a = analyse(
        "The docking was postponed to Thursday but has now been canceled, NASA said in its "
        'latest update. "Docking has been called off for the Progress 59 spacecraft," it said.'
    )
    assert holders(a, "said") == ["NASA", "NASA"]


def test_they_after_a_statement_and_its_quote_is_the_body_that_issued_it():
    a = analyse(
        "The California Department of Corrections and Rehabilitation did not identify Sirhan "
        "as the victim. Rather, government sources confirmed his identity to news outlets "
        "anonymously.\n\nThe Department issued a statement that an inmate had been stabbed: "
        '"There was an assault on an inmate on Friday. Officers responded quickly and found an '
        "inmate with stab wound injuries. He was transported to an outside hospital for medical "
        'care." They also said they believed they had identified the attacker.'
    )
    body = "California Department of Corrections and Rehabilitation"
    assert holders(a, "issued a statement") == holders(a, "also said") == [body]


def test_in_someones_view_is_their_position_but_not_again_inside_what_they_noted():
    a = analyse(
        "Alexander Gagay came to watch. In his opinion, the hardest part was the theory. In "
        "Sufianov's view, this is a nationwide problem. Julia noted that in her opinion, women "
        "are more open."
    )
    assert [party(a, at(a, c).party).name for c in ("In his opinion", "In Sufianov's view")] == [
        "Alexander Gagay",
        "Sufianov",
    ]
    assert "in her opinion" not in [a.article.text[slice(*p.cue)] for p in a.positions]


def test_a_name_in_a_caption_set_into_the_text_is_not_whom_the_next_he_means():
    text = (
        "Inspector Li Wei, of the county police, said that the new road was not open yet. "
        "Aftermath: The cart was found 30 metres from the van Sad: Apples grown by Mr Chen "
        "were found in the cart after the crash He added that drivers using it were doing "
        "so illegally."
    )
    a = analyse(text)
    assert holders(a, "added") == ["Li Wei"]


def test_the_office_of_the_leads_untitled_person_is_that_person():
    a = analyse(
        "David Cameron this morning launched a furious attack on Labour. The PM added: "
        "'That destroyed aspiration.' The Prime Minister said Labour had left millions behind."
    )
    assert holders(a, "added") == ["David Cameron"]
    assert holders(a, "said") == ["David Cameron"]


def test_a_lead_named_with_another_office_is_not_the_prime_minister():
    a = analyse(
        "President Barack Obama this morning met the leaders of Europe in Brussels. The prime "
        "minister said the talks had gone well."
    )
    assert "Barack Obama" not in holders(a, "said")


def test_a_places_government_is_not_the_body_named_before_it():
    a = analyse(
        "Seoul mayor Park Won-soon was found dead on Friday, The Korea Herald reported. "
        "Officials of South Korea confirmed the death. The Seoul government said Park had "
        "cancelled his schedule."
    )
    assert holders(a, "said") == ["Seoul government"]  # a party of its own (described)


def test_an_untagged_outlet_after_the_is_a_party_but_a_title_is_not():
    a = analyse(
        "Rickie Fowler defended his girlfriend. He told the troll to 'get your facts "
        "straight', reports the Golf Channel. The President said nothing."
    )
    assert holders(a, "reports") == ["Golf Channel"]
    assert "President" not in [p.name for p in a.parties]


def test_a_name_said_after_the_quote_is_the_speaker_whatever_the_parser_hung_it_on():
    a = analyse(
        'Kenneth Stancil appeared in court on Monday. "No, I don\'t need one," said Stancil, '
        "who stood before the judge with his legs shackled and his arms handcuffed in front "
        "of him."
    )
    assert holders(a, "said") == ["Kenneth Stancil"]


def test_a_bare_word_parsed_as_a_second_subject_is_not_the_speaker():
    a = analyse(
        "Adeli was jailed on Friday. Judge Philip Head, sentencing said: 'It was your "
        "intention to have full sexual activity with someone you believed to be 14.'"
    )
    assert holders(a, "said") == ["Philip Head"]


def test_an_outlet_named_after_its_report_is_the_source_and_the_clause_before_is_said():
    text = (
        "Brianne Altice was jailed. Earlier this month, another student sued the district "
        "for hiring Altice, reported The Salt Lake Tribune."
    )
    a = analyse(text)
    assert holders(a, "reported") == ["Salt Lake Tribune"]
    content = " ".join(text[slice(*c)] for c in at(a, "reported").content)
    assert content.startswith("Earlier this month, another student sued the district")


def test_whom_a_speaker_told_after_a_comma_is_not_the_speaker():
    a = analyse(
        'The archbishop said: "I am sorry for every wound inflicted by people of the '
        'church."  Calling it as "just another apology", Anna Franowska of "Have no fear", an '
        'abuse victim support charity, told Reuters "it almost appears as if the statement '
        'was prepared before the film".'
    )
    assert "Reuters" not in holders(a, "told")


def test_it_said_after_another_body_acted_since_the_last_report_is_that_body():
    """BBC technology: "Research by Earthlink and Webroot revealed ... Before now Microsoft
    has left the market to specialist firms. It said its program would not stop machines
    being infected" was Earthlink's, the body that reported two sentences back."""
    a = analyse(
        "Research by technology firms Earthlink and Webroot revealed that 90% of machines have "
        "spyware on board. Before now Microsoft has left the market for security software to "
        "specialist firms. It said that its program would not stop machines being infected."
    )
    assert holders(a, "said") == ["Microsoft"]
