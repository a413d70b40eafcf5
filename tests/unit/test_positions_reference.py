"""Who a description refers to: a document named again, a title tagged with the name,
"another" judge, someone's associates (``positions.sources``, ``positions.described``)."""

from __future__ import annotations

from briefing.analysis.parties import resolve_parties
from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.aliases import called
from briefing.analysis.positions.sources import SourceResolver
from briefing.analysis.types import Party, Position
from tests.reading import analyse, at, holders, party, shown


def test_a_document_named_again_speaks_for_the_maker_it_was_named_with():
    a = analyse(
        "Judge Amy Berman Jackson ruled on Wednesday. The order signed by the judge was "
        "published. The order instructs the defendant to pay a fine of six million dollars."
    )
    position = at(a, "instructs")
    assert position.party == "amy-berman-jackson" and position.stance == "demands"
    b = analyse(  # named again and again, further back than a pronoun is looked for
        "Judge Amy Berman Jackson ruled on Wednesday. The order signed by the judge was "
        "published. Lawyers read it. The order was long. Reporters waited. Few spoke. The "
        "order instructs the defendant to pay a fine of six million dollars."
    )
    assert at(b, "instructs").party == "amy-berman-jackson"


def test_a_title_tagged_with_the_name_is_a_role():
    a = analyse(
        "On Thursday, Pope Francis announced a new church law in Rome. Later, the Pope urged "
        "priests to report abuse."
    )
    assert at(a, "urged").party == "francis"


def test_a_cited_ruling_is_not_the_ruling_named_again():
    a = analyse(
        "Judge Gray Miller ruled on Friday that the draft is unconstitutional. He cited the "
        "1981 Supreme Court ruling on women in combat. The ruling was a declaration, placing "
        "no injunction on the government."
    )
    assert not [p for p in a.positions if p.party == "supreme-court"]


def test_another_judge_is_not_the_judge_named():
    doc = load_pipeline().nlp(
        "Judge Amy Berman Jackson sentenced Paul Manafort to 73 months in prison on Wednesday. "
        "A federal judge ruled on it in May. Last week, another federal judge ordered a retrial."
    )
    resolver = SourceResolver(doc, resolve_parties(doc))
    first, second = [t for t in doc if t.text == "judge"]
    assert resolver.parties_of(first) != []  # the only judge named
    assert resolver.parties_of(second) == []


def test_someones_associates_are_a_party_of_their_own():
    a = analyse(
        "Senator Paul Grant was arrested in Ohio on Monday. His associates said the charges "
        "were invented."
    )
    assert party(a, at(a, "said").party).name == "Paul Grant's associates"


def test_someones_associates_are_one_group_however_the_article_names_them():
    """Wikinews: "His associates have alleged" and "Associates of Navalny alleged" (tagged
    as an organisation) were two parties, one of them a person."""
    a = analyse(
        "Opposition leader Oleg Varnov was flown to Berlin on Saturday. His associates have "
        "alleged Varnov was poisoned. Associates of Varnov alleged he drank tea laced with "
        "poison. Doctors at the hospital said he was stable."
    )
    assert holders(a, "have alleged") + holders(a, "alleged") == ["Oleg Varnov's associates"] * 2
    assert {p.kind for p in a.parties if "associates" in p.name} == {"GROUP"}


def test_per_a_named_source_is_according_to_it_but_not_per_gallon():
    a = analyse(
        "Per numbers reported by The Associated Press, 415 thousand priests are subject to "
        "the requirement. Petrol now costs five dollars per gallon in California."
    )
    assert at(a, "Per").party == "associated-press"
    assert [p for p in a.positions if a.article.text[slice(*p.cue)] == "per"] == []


def test_a_body_named_with_its_article_has_that_name_as_written_too():
    a = analyse("On Sunday, the Senate announced it would meet on Monday to vote on the nominee.")
    senate = next(p for p in a.parties if p.name == "Senate")
    assert "the Senate" in senate.aliases


def test_the_police_are_a_party_with_or_without_the_article():
    a = analyse(
        "A man appeared in court in Christchurch on Saturday. Police said further charges may "
        "be laid in the future. According to the police, he was arrested in the suburb."
    )
    assert party(a, at(a, "said").party).name == "Police"
    assert at(a, "According to").party == at(a, "said").party


def test_a_name_tagged_without_its_body_noun_also_goes_by_it():
    a = analyse("The Yemen-based Houthi movement claimed responsibility for the attacks.")
    houthi = party(a, at(a, "claimed").party)
    assert "Houthi movement" in houthi.aliases


def test_critics_which_include_a_named_group_speak_for_that_group():
    a = analyse(
        "Bolsonaro has said the forest should be opened up to farming, and his critics, which "
        "include non-governmental environmental activism group Greenpeace, blame him for "
        "encouraging farmers to set fires."
    )
    assert at(a, "blame").party == "greenpeace"
    # BBC round 122: a firm named is not the brands its clause lists
    firm = analyse(
        "Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the "
        "offer as inadequate."
    )
    assert holders(firm, "dismissed") == ["Southcorp"]


def test_officers_are_a_party_named_by_their_description():
    a = analyse(
        "The two police officers were convicted of rape on Thursday in Paris. Both officers "
        "indicated they would appeal."
    )
    officers = party(a, at(a, "indicated").party)
    assert officers.name == "Officers" and "Both officers" in officers.aliases


def test_the_head_of_an_unnamed_body_is_a_party_but_a_bare_head_is_not():
    a = analyse(
        "The head of the police's internal investigators told the court \"Basic "
        'investigations were not done." The head said nothing more.'
    )
    assert party(a, at(a, "told").party).name == "Head of the police's internal investigators"
    assert [p for p in a.positions if p.sentence == 1 and p.party is not None] == []
    b = analyse("The director of the animal shelter said the cat licks the ears of the dogs.")
    assert party(b, at(b, "said").party).name == "Director of the animal shelter"


def test_a_top_role_nobody_holds_in_the_article_is_a_party_of_its_own():
    a = analyse(
        "Samoa ends measles emergency\n\nAt the time, the prime minister called for a 100% "
        "immunization rate, and stated 92% had been reached."
    )
    pm = party(a, at(a, "called for").party)
    assert pm.name == "Prime minister" and "the prime minister" in pm.aliases
    b = analyse(
        "Prime Minister Jacinda Ardern visited Christchurch. The prime minister called for calm."
    )
    assert at(b, "called for").party == "jacinda-ardern"
    c = analyse("On Thursday the local health secretary reported one more case in the village.")
    assert party(c, at(c, "reported").party).name == "Local health secretary"


def test_a_qualified_spokesperson_of_no_named_body_is_a_party():
    a = analyse(
        "Wiranto was stabbed in Pandeglang on Thursday. According to a hospital spokesperson, "
        "Wiranto suffered two deep wounds in the stomach."
    )
    assert party(a, at(a, "According to").party).name == "Hospital spokesperson"


def test_a_release_a_study_or_an_investigation_speaks_for_its_maker():
    a = analyse(
        "According to a NATO press release, Hungary spent 1.2% of its GDP on defence in 2018. "
        "A study by Harvard University found that the drug lowered deaths by a third."
    )
    assert at(a, "According to").party == "nato"
    assert at(a, "found").party == "harvard-university"


def test_a_named_organisation_in_apposition_names_the_source():
    a = analyse("One news site, Znak.com, claims FSB sources have ascribed the blast to terror.")
    assert party(a, at(a, "claims").party).name == "Znak.com"


def test_a_fuller_name_or_the_government_the_source_is_called_is_an_alias_as_written():
    a = analyse(
        "Voters in the Philippines approved a new region on Friday. The government announced "
        "the region would govern itself from 2022. Speaking to Reuters, an attendee Om Prakash "
        'said, "We have been drinking cow urine for 21 years." Prakash said more would come.'
    )
    assert "The government" in party(a, at(a, "announced").party).aliases
    assert "an attendee Om Prakash" in party(a, at(a, "said").party).aliases


def test_a_persons_title_as_written_before_their_name_is_an_alias():
    a = analyse(
        '"We need to look at it," Lord Falconer told the BBC. Lady Boothroyd agreed with him.'
    )
    assert "Lord Falconer" in party(a, at(a, "told").party).aliases


def _said_by(text: str, *held: tuple[str, str]) -> tuple[Position, ...]:
    """A position of each (party id, source as written) pair, its source found in ``text``."""
    starts = [(pid, text.index(source), len(source)) for pid, source in held]
    return tuple(
        Position(pid, "states", (s, s + n), (s + n + 1, s + n + 5), (), False, 0)
        for pid, s, n in starts
    )


def test_a_description_of_something_else_is_no_alias():
    text = "Omsk hospital officials said no poison was found. The judge said it was calm."
    omsk = Party("omsk", "Omsk", "GPE", ("Omsk",))
    judge = Party("amy-jackson", "Amy Jackson", "PERSON", ("Amy Jackson",))
    positions = _said_by(text, ("omsk", "Omsk hospital officials"), ("amy-jackson", "The judge"))
    assert called((omsk, judge), positions, text) == (omsk, judge)
    text = "Republican President Trump said no. Nancy Pelosi, the Speaker, said yes."
    trump = Party("donald-trump", "Trump", "PERSON", ("Trump",))
    pelosi = Party("nancy-pelosi", "Nancy Pelosi", "PERSON", ("Nancy Pelosi",))
    positions = _said_by(
        text,
        ("donald-trump", "Republican President Trump"),
        ("nancy-pelosi", "Nancy Pelosi, the Speaker"),
    )
    assert called((trump, pelosi), positions, text) == (trump, pelosi)  # names across articles


def test_a_statement_speaks_for_who_issued_it_and_a_notice_for_its_maker():
    a = analyse(
        "Presidential physician Sean Conley issued a statement saying Trump has been given "
        "zinc. RIAA's DMCA notice alleged the script's purpose was to circumvent protection."
    )
    assert at(a, "issued a statement").party == "sean-conley"
    assert party(a, at(a, "alleged").party).name == "RIAA"


def test_the_government_of_a_country_named_so_is_an_alias_and_a_niece_a_person_of_her_own():
    a = analyse(
        "President Pierre Nkurunziza of Burundi died on Monday. The government of Burundi on "
        "Tuesday announced his death. Christine O'Donnell's niece claimed Biden commented on "
        "her looks when she was an intern."
    )
    assert "The government of Burundi" in party(a, at(a, "announced").party).aliases
    assert party(a, at(a, "claimed").party).name == "Christine O'Donnell's niece"


def test_a_countrys_embassy_named_with_the_country_is_an_alias_but_the_embassy_is_not():
    a = analyse(
        "The virus has killed 813 people in China. According to the U.S. embassy in Beijing, "
        "an American died of it. The embassy said his family had been told. Many guests were "
        "Indian; the Myanma embassy confirmed two pilgrims from Myanmar also died."
    )
    us = party(a, at(a, "According to").party)
    assert "the U.S. embassy in Beijing" in us.aliases and "The embassy" not in us.aliases
    assert "the Myanma embassy" in party(a, at(a, "confirmed").party).aliases


def test_a_named_magazine_or_network_speaks_as_itself():
    a = analyse(
        "On Wednesday, Time magazine announced its selection of Greta Thunberg as its Person "
        "of the Year."
    )
    assert party(a, at(a, "announced").party).name == "Time"


def test_the_company_is_the_company_named_before():
    a = analyse(
        "PG&E began cutting power to half a million customers on Wednesday. The company "
        "apologized for its website being inaccessible due to high traffic."
    )
    assert party(a, at(a, "apologized").party).name == "PG&E"
    b = analyse(
        "The Aviation Herald covered the crash on Monday. The industry publication stated "
        "the aircraft overran the runway."
    )
    assert party(b, at(b, "stated").party).name == "Aviation Herald"


def test_the_brand_or_the_terror_group_is_the_organisation_named_before():
    a = analyse(
        "Topshop will open a second store in Sydney next month. The British brand promised to "
        "bring 180 new styles from London each week."
    )
    assert party(a, at(a, "promised").party).name == "Topshop"
    b = analyse(
        "The Islamic State has banned skinny jeans in Raqqa. The terror group said it would "
        "also imprison anyone caught with music."
    )
    assert party(b, at(b, "said").party).name == "Islamic State"
    c = analyse(
        "The Islamic State has banned skinny jeans in Raqqa. The group of protesters said "
        "they would march again."
    )
    assert [cue for _, _, cue in shown(c)] == ["has banned"]


def test_the_army_is_a_party_of_its_own_not_the_place_named_last():
    a = analyse(
        "An Iranian cargo plane crashed near Fath Airport on Monday. The army said the plane "
        "was bringing meat from Bishkek."
    )
    assert party(a, at(a, "said").party).name.lower() == "army"


def test_a_lead_role_named_in_the_next_sentence_is_that_person():
    a = analyse(
        "Louisiana declares state of emergency\n\n"
        "The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state of "
        "emergency for the state on Thursday.\n\n"
        'Governor John Bel Edwards addressed the public: "No one should take this lightly."'
    )
    assert party(a, at(a, "declared").party).name == "John Bel Edwards"


def test_a_person_in_apposition_to_an_apposition_names_the_source():
    a = analyse(
        "National LGBT news source Daily Xtra's editorial director, Rachel Giese, said she "
        "felt the pleas might provide some solace."
    )
    assert party(a, at(a, "said").party).name == "Rachel Giese"


def test_he_after_a_quote_is_not_someone_named_inside_it():
    a = analyse(
        "Ginger Baker began playing drums in his teens. \"I'd never sat behind a kit before. "
        "One of the musicians turned round and said, 'Bloody hell, we've got a drummer', and "
        "I thought, 'Bloody hell, I'm a drummer' \", he recalled in a 2009 retelling."
    )
    assert party(a, at(a, "recalled").party).name == "Ginger Baker"


def test_his_daughter_is_the_daughter_named_before_but_a_deputy_is_not_the_governor():
    a = analyse(
        "The news was confirmed by Associated Press with his daughter Nettie Baker. Although "
        "known to have lived his latter years in South Africa, his daughter said he died in "
        "Britain."
    )
    assert party(a, at(a, "said").party).name == "Nettie Baker"
    assert not [p for p in a.positions if a.article.text[slice(*p.cue)] == "known"]
    b = analyse(
        "Deputy Governor Oleg Klimov indicated 68 people were missing. Chelyabinsk's governor "
        "has promised each victim will be paid."
    )
    assert not [p for p in b.positions if "promised" in b.article.text[slice(*p.cue)]]


def test_bare_authorities_are_not_a_country_named_only_to_describe_someone():
    a = analyse(
        "On Sunday morning, a helicopter with United States basketball player Kobe Bryant on "
        "board crashed, according to authorities."
    )
    assert party(a, at(a, "according").party).name == "Authorities"  # not United States
    b = analyse("While Russia has indicated a willingness to talk, officials assert it is late.")
    assert party(b, at(b, "assert").party).name == "Russia"


def test_a_memo_speaks_for_the_maker_the_article_names_near_it_not_for_who_saw_it():
    a = analyse(
        "Washington believes the relationship is over, according to a secret briefing "
        "document seen by The Mail on Sunday. The memo for members of Congress states that "
        "the UK may not be viewed as centrally relevant. The memo also warns that the UK faces "
        "turmoil. The document, prepared by the Congressional Research Service, states that "
        "Britain and the US will remain partners."
    )
    crs = {p.party for p in a.positions if a.article.text[slice(*p.cue)].startswith("states")}
    assert {party(a, p).name for p in crs} == {"Congressional Research Service"}
    assert party(a, at(a, "warns").party).name == "Congressional Research Service"
    assert "The Mail on Sunday" not in {party(a, p.party).name for p in a.positions}


def test_a_name_after_a_roles_field_names_the_source_but_a_relative_of_someone_is_the_relative():
    a = analyse(
        "CIS director of research Steven Camarota said that the growth in immigrant "
        "population has important implications. The mother of Harry Dunn said she was angry."
    )
    names = [party(a, p.party).name for p in a.positions]
    assert names == ["Steven Camarota", "Harry Dunn's mother"]


def test_a_writing_whose_maker_is_another_writing_named_with_the_is_analysed_in_finite_time():
    # "The report's figures": the figures' maker is the report, whose maker is looked for
    # among the writings near it, the figures among them (an endless regress once)
    a = analyse(
        "The report's figures show that unemployment rose sharply last year. The document, "
        "prepared by the Office for National Statistics, states that wages fell."
    )
    assert {party(a, p.party).name for p in a.positions} == {"Office for National Statistics"}


def test_associates_of_someone_tagged_as_an_organisation_are_that_persons_associates():
    """Wikinews: the model tagged "Associates of Navalny" as one organisation, a party apart
    from "His associates"."""
    from briefing.analysis.entities import entity_spans

    doc = load_pipeline().nlp("Associates of Navalny alleged he drank tea laced with poison.")
    assert [e.text for e in doc.ents][:1] == ["Associates of Navalny"]  # the model's tag
    assert [(s.text, s.label_) for s in entity_spans(doc)][:1] == [("Navalny", "ORG")]
    a = analyse(
        "Russian opposition leader Alexei Navalny was flown to Berlin. His associates have "
        "alleged Navalny was poisoned. Associates of Navalny alleged he drank tea laced with "
        "poison."
    )
    assert holders(a, "have alleged") + holders(a, "alleged") == ["Alexei Navalny's associates"] * 2
