"""Entities the English model gets wrong, corrected before parties are made (issue 10): laws,
common nouns and acronyms tagged as names, names cut short or hung on a date. One built
sentence each, real English model."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.entities import entity_spans, never_acts
from briefing.analysis.parties import resolve_parties
from briefing.analysis.pipeline import load_pipeline
from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import party as _party


def test_a_law_is_not_a_party():
    a = _analyse(
        'Republic Act No. 3846, also known as the "Radio Control Law", states "no person '
        'shall operate a station without a franchise".'
    )
    assert not [p for p in a.parties if "act" in p.id]


def test_a_named_persons_surname_the_model_left_untagged_still_holds_views():
    a = _analyse(
        "US Speaker Pelosi announces Trump impeachment investigation\n\n"
        "On Tuesday, the Democrat Nancy Pelosi announced an impeachment inquiry into "
        "President Donald Trump. Pelosi had previously opposed impeachment proceedings."
    )
    assert _at(a, "opposed").party == "nancy-pelosi"
    assert _at(a, "announces").party == "nancy-pelosi"
    b = _analyse(
        "Kyle Rittenhouse was released from jail on Friday. Rittenhouse, in remarks to The "
        "Washington Post, contended he would have died had he not been armed that night."
    )
    assert _at(b, "contended").party == "kyle-rittenhouse"


def test_an_organisation_of_a_place_is_one_name():
    a = _analyse(
        "On Thursday, the American Civil Liberties Union of Montana filed a lawsuit against "
        "the state of Montana over its ballot law."
    )
    assert _party(a, _at(a, "filed").party).name == "American Civil Liberties Union of Montana"


def test_a_plural_common_noun_tagged_as_a_place_is_no_party():
    doc = load_pipeline().nlp("Protesters marched from Hyde Park Corner to Parliament.")
    assert never_acts(Span(doc, 0, 1, "GPE"))
    assert not never_acts(Span(doc, 3, 6, "LOC"))


def test_a_bodys_common_noun_tagged_as_a_name_is_no_party():
    nlp = load_pipeline().nlp
    doc = nlp("State prosecutors charged the suspect. The Department issued a statement.")
    assert never_acts(Span(doc, 0, 1, "ORG"))
    assert never_acts(Span(doc, 6, 8, "ORG"))
    named = nlp("Donald Trump spoke. Trump has cited an audit.")
    named.ents = [Span(named, 0, 2, "PERSON")]
    assert not never_acts(Span(named, 4, 5, "ORG"))


def test_a_name_the_parser_hangs_on_the_date_is_who_acts():
    a = _analyse(
        "Senator Elizabeth Warren spoke on Sunday. On Monday, Warren, along with Senator Ron "
        "Wyden of Oregon, introduced a bill to require voting by mail."
    )
    assert _at(a, "introduced").party == "elizabeth-warren"


def test_a_first_name_the_model_left_out_and_a_title_it_took_in():
    a = _analyse(
        "Pierluisi was sworn in on Friday.\n\n  Carmen Yulín Cruz, the mayor of the capitol city "
        "of San Juan, said she would challenge Pierluisi's oath of office in court."
    )
    assert _party(a, _at(a, "said").party).name == "Carmen Yulín Cruz"
    b = _analyse(
        "Court Commissioner Loren Keating said he considered Rittenhouse a flight risk, prior "
        "to setting the bond."
    )
    assert _party(b, _at(b, "said").party).name == "Loren Keating"
    c = _analyse(
        'Police Senior Superintendent Yolanda Yu Hoi-kwan said at a press conference: "The '
        "officers' lives were seriously threatened.\""
    )
    assert _party(c, _at(c, "said").party).name == "Yolanda Yu Hoi-kwan"


def test_the_last_word_of_a_description_before_a_name_is_not_the_first_name():
    a = _analyse("New Yorker John Hallam said the plan was wrong.")
    assert _party(a, _at(a, "said").party).name == "John Hallam"


def test_a_name_with_a_persons_role_beside_it_is_a_person():
    a = _analyse(
        "Magyar Nemzet published an interview with Gáspár Maróth, the Hungarian Government "
        "commissioner responsible for defence, in which the deal was announced. While not "
        "naming any other bidders, Maróth said the Hungarian bid won after long negotiations."
    )
    maroth = _party(a, _at(a, "said").party)
    assert maroth.name == "Gáspár Maróth" and maroth.kind == "PERSON"
    # BBC round 125: a lawyer set beside his name ("he told" went to his client)
    b = _analyse(
        "Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments. "
        '"Comments like these only help to embarrass the sporting bodies," he told BBC Sport.'
    )
    assert _party(b, _at(b, "told").party).name == "Gregory Ioannidis"


def test_a_capitalised_function_word_is_no_name_but_an_acronym_that_spells_one_is():
    doc = load_pipeline().nlp("Amongst them were priests.")
    assert never_acts(Span(doc, 0, 1, "LOC"))
    doc = load_pipeline().nlp("WHO said the number of cases rose.")
    assert not never_acts(Span(doc, 0, 1, "ORG"))


def test_a_surname_tagged_as_an_event_is_the_person():
    doc = load_pipeline().nlp("Nancy Pelosi spoke on Tuesday. Pelosi also mentioned the trial.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 6, 7, "EVENT")]
    assert [(e.text, e.label_) for e in entity_spans(doc)][-1] == ("Pelosi", "PERSON")


def test_a_country_the_model_ran_into_a_persons_name_is_cut_off():
    doc = load_pipeline().nlp(
        "Prime Minister of India Narendra Modi wrote on Twitter that the nation grieves."
    )
    found = [(e.text, e.label_) for e in entity_spans(doc)]
    assert ("India", "GPE") in found and ("Narendra Modi", "PERSON") in found


def test_an_untagged_surname_that_goes_on_to_say_speaks():
    a = _analyse(
        "Judge Bernard Schwartz sentenced the parents on Friday. Schwartz went on to say he was "
        "not giving them the longest possible sentence."
    )
    assert _at(a, "went on to say").party == "bernard-schwartz"


def test_a_first_name_tagged_as_an_organisation_joins_the_persons_name_but_a_title_does_not():
    doc = load_pipeline().nlp("Arnel dela Vega of the army said the group was to blame.")
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 1, 3, "PERSON")]
    assert [(e.text, e.label_) for e in entity_spans(doc)][0] == ("Arnel dela Vega", "PERSON")
    doc = load_pipeline().nlp("It was criticised by archbishop Monsenor Jorge Eduardo Scheinig.")
    doc.ents = [Span(doc, 5, 6, "ORG"), Span(doc, 6, 9, "PERSON")]
    assert ("Jorge Eduardo Scheinig", "PERSON") in [(e.text, e.label_) for e in entity_spans(doc)]
    doc = load_pipeline().nlp("It was co-sponsored by Senators Marco Rubio of Florida.")
    senators = next(t.i for t in doc if t.text == "Senators")
    doc.ents = [
        Span(doc, senators, senators + 1, "ORG"),
        Span(doc, senators + 1, senators + 3, "PERSON"),
    ]
    assert ("Marco Rubio", "PERSON") in [(e.text, e.label_) for e in entity_spans(doc)]


def test_a_surname_read_as_a_plural_is_still_part_of_the_name_and_speaks_later():
    a = _analyse(
        "According to Chief Superintendent Graciano Mijares of the police, fourteen civilians "
        "died. Mijares further claimed 90 civilians were wounded."
    )
    assert _party(a, _at(a, "claimed").party).name == "Graciano Mijares"


def test_an_organisation_named_of_two_places_is_one_name():
    a = _analyse(
        "The Islamic State of Iraq and the Levant, which is linked to the Abu Sayyaf Group, "
        "subsequently claimed responsibility for the attack."
    )
    assert _party(a, _at(a, "claimed").party).name == "Islamic State of Iraq and the Levant"
    assert not [p for p in a.parties if p.name == "Levant"]


def test_a_surname_several_named_people_share_is_the_one_named_first():
    doc = load_pipeline().nlp(
        "Elijah Cummings was born in 1951. His parents, Robert Cummings and Ruth Cummings, "
        "were farmers. Cummings said he wanted to be a lawyer."
    )
    names = {"Elijah Cummings": None, "Robert Cummings": None, "Ruth Cummings": None}
    spans = [
        Span(doc, t.i, t.i + 2, "PERSON")
        for t in doc
        if t.i + 2 <= len(doc) and doc[t.i : t.i + 2].text in names
    ]
    alone = next(t.i for t in doc if t.text == "Cummings" and t.i > spans[-1].end)
    doc.ents = [*spans, Span(doc, alone, alone + 1, "PERSON")]
    parties = resolve_parties(doc)
    assert parties.party_of_token[alone] == parties.party_of_token[spans[0].start]


def test_a_surname_before_the_only_full_name_it_fits_is_still_that_person():
    doc = load_pipeline().nlp("Lam withdraws the bill. Carrie Lam said the bill is dead.")
    full = next(t.i for t in doc if t.text == "Carrie")
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, full, full + 2, "PERSON")]
    parties = resolve_parties(doc)
    assert parties.party_of_token[0] == parties.party_of_token[full]


def test_a_tagged_persons_surname_left_untagged_elsewhere_is_a_mention_of_them():
    doc = load_pipeline().nlp(
        "Elijah Cummings chaired the committee. In that role, Cummings oversaw the inquiry."
    )
    doc.ents = [Span(doc, 0, 2, "PERSON")]
    later = next(t.i for t in doc if t.text == "Cummings" and t.i > 2)
    assert (later, "PERSON") in [(e.start, e.label_) for e in entity_spans(doc)]


def test_a_name_with_a_generational_suffix_shares_the_surname():
    doc = load_pipeline().nlp("Robert Cummings Sr. farmed in Maryland. Cummings said it was hard.")
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 8, 9, "PERSON")]
    assert doc[8].text == "Cummings"
    parties = resolve_parties(doc)
    assert parties.party_of_token[8] == parties.party_of_token[1]


def test_a_name_read_as_a_plural_that_keeps_its_capital_within_a_sentence_is_a_name():
    doc = load_pipeline().nlp("Coles reported a shortage. Shoppers emptied the shelves at Coles.")
    doc.ents = [Span(doc, 0, 1, "PERSON")]
    assert doc[0].tag_ == "NNS"  # the model's reading this test is about
    assert not never_acts(doc.ents[0])
    protesters = load_pipeline().nlp("Protesters marched. The protesters were many.")
    protesters.ents = [Span(protesters, 0, 1, "GPE")]
    assert protesters[0].tag_ == "NNS"
    assert never_acts(protesters.ents[0])


def test_a_university_and_its_campus_are_one_name():
    doc = load_pipeline().nlp(
        "The death of oceanographer Walter Munk was announced by the University of "
        "California, San Diego on Friday."
    )
    names = [e.text for e in entity_spans(doc)]
    assert "the University of California, San Diego" in names and "San Diego" not in names


def test_a_partys_short_name_tagged_as_a_person_is_an_organisation():
    doc = load_pipeline().nlp("Labour had left millions of people trapped on welfare.")
    doc.ents = [Span(doc, 0, 1, "PERSON")]
    assert [(e.text, e.label_) for e in entity_spans(doc)] == [("Labour", "ORG")]


def test_a_verb_the_model_ran_into_a_name_is_cut_off():
    doc = load_pipeline().nlp("Germany's Spiegel Online quoted the Belgian minister as saying so.")
    doc.ents = [Span(doc, 2, 5, "ORG")]
    assert doc[4].text == "quoted" and doc[4].tag_ == "VBD"
    assert [e.text for e in entity_spans(doc) if e.label_ == "ORG"] == ["Spiegel Online"]


def test_a_name_tagged_once_is_that_name_wherever_else_it_is_written():
    doc = load_pipeline().nlp(
        "The Lost 52 Project found the submarine. The Lost 52 Project announced the find on "
        "Sunday, and the Navy confirmed it."
    )
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 10, 11, "CARDINAL"), Span(doc, 11, 12, "ORG")]
    names = [(e.text, e.label_) for e in entity_spans(doc) if e.label_ in ("ORG", "CARDINAL")]
    assert names == [("Lost 52 Project", "ORG"), ("Lost 52 Project", "ORG")]


def test_a_name_tagged_with_its_article_is_that_name_written_without_it():
    doc = load_pipeline().nlp(
        "Lost 52 Project announces discovery\n\nThe Lost 52 Project announced the find."
    )
    doc.ents = [Span(doc, 1, 2, "CARDINAL"), Span(doc, 2, 3, "ORG"), Span(doc, 6, 10, "ORG")]
    names = [e.text for e in entity_spans(doc) if e.label_ == "ORG"]
    assert names == ["Lost 52 Project", "The Lost 52 Project"]


def test_a_title_of_a_town_before_a_name_is_neither_a_party_nor_part_of_the_name():
    a = _analyse("Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.")
    assert [_party(a, p.party).name for p in a.positions] == ["Piotr Jedlinski"]
    assert [p.name for p in a.parties] == ["Piotr Jedlinski"]


def test_a_first_name_with_a_named_persons_surname_is_a_person_though_tagged_otherwise():
    doc = load_pipeline().nlp(
        "Michael Lurie took his daughter to the zoo. Terra Lurie said the cheetahs were curious."
    )
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 9, 11, "ORG")]
    assert [(e.text, e.label_) for e in entity_spans(doc)][-1] == ("Terra Lurie", "PERSON")


def test_an_organisation_tagged_without_its_head_noun_runs_on_over_it():
    doc = load_pipeline().nlp(
        "Turkey's Disaster and Emergency Management Presidency reported the magnitude was 6.6."
    )
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 6, "ORG")]
    assert doc[6].text == "Presidency" and doc[5].head.i == 6
    names = [e.text for e in entity_spans(doc) if e.label_ == "ORG"]
    assert names == ["Disaster and Emergency Management Presidency"]


def test_the_surname_of_a_name_ending_in_a_generation_is_the_person_untagged():
    a = _analyse(
        "Kenneth Morgan Stancil III appeared in court on Monday. The judge asked whether he "
        'understood the charges. "Yes, I know that," Stancil fired back.'
    )
    assert _party(a, _at(a, "fired back").party).name == "Kenneth Morgan Stancil III"


def test_a_state_run_into_a_senators_name_after_from_is_split_off():
    a = _analyse(
        "On Monday, United States Senator from Vermont Bernie Sanders endorsed former Vice "
        "President Joe Biden for president. Sanders had suspended his campaign in April."
    )
    assert _party(a, _at(a, "endorsed").party).name == "Bernie Sanders"


def test_an_untagged_speakers_name_keeps_its_first_word_the_parser_hung_on_the_second():
    a = _analyse(
        "The wrestler has died, wrestling promotion World Wonder Ring Stardom announced yesterday."
    )
    assert _party(a, _at(a, "announced yesterday").party).name == "World Wonder Ring Stardom"


def test_a_captions_label_named_nowhere_else_is_no_party_but_an_interviews_speaker_is():
    a = _analyse(
        "Scroll down for video Impoverished: Dozens of Syrians queue for food in Raqqa. Abu "
        "Ibrahim Raqqawi posted the picture. 'The city suffers,' he wrote in another tweet."
    )
    assert [p.name for p in a.parties if p.kind == "PERSON"] == ["Abu Ibrahim Raqqawi"]
    b = _analyse(
        "Wikinews spoke with Natasha Gownaris about the study.\n\n"
        "Natasha Gownaris: We looked at penguins for ten years."
    )
    assert [p.name for p in b.parties] == ["Natasha Gownaris"]


def test_a_persons_names_tagged_apart_from_their_surname_are_one_person():
    doc = load_pipeline().nlp("Judge Amy Berman Jackson sentenced Manafort on Wednesday.")
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 3, 4, "PERSON"), Span(doc, 5, 6, "PERSON")]
    people = [e.text for e in entity_spans(doc) if e.label_ == "PERSON"]
    assert people == ["Amy Berman Jackson", "Manafort"]
    doc = load_pipeline().nlp("Kamloops RCMP Constable Gary Gray said it was found.")
    doc.ents = [Span(doc, 0, 3, "PERSON"), Span(doc, 3, 5, "PERSON")]
    assert "Gary Gray" in [e.text for e in entity_spans(doc)]


def test_a_persons_possessive_run_into_a_name_is_the_person_and_what_is_theirs():
    doc = load_pipeline().nlp("Liana Barrientos wed. Barrientos' Facebook says she married.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 7, "ORG")]
    assert [(e.text, e.label_) for e in entity_spans(doc)] == [
        ("Liana Barrientos", "PERSON"),
        ("Barrientos", "PERSON"),
        ("Facebook", "ORG"),
    ]
    doc = load_pipeline().nlp(
        "Lee Thompson spoke. Lee agreed. Lee 'Uncle Poodle' Thompson said so."
    )
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 5, "PERSON"), Span(doc, 7, 13, "PERSON")]
    # a nickname's quote is no possessive
    assert "Lee 'Uncle Poodle' Thompson" in [e.text for e in entity_spans(doc)]


def test_an_acronym_set_after_the_kind_of_body_it_is_is_an_organisation_everywhere():
    a = _analyse(
        "French stock market regulator AMF has filed complaints against Vivendi. It believes "
        "the prospectus was unclear. AMF has begun proceedings against Vivendi."
    )
    assert _party(a, _at(a, "believes").party).name == "AMF"
    assert _party(a, _at(a, "believes").party).kind == "ORG"
    doc = load_pipeline().nlp(a.article.text)
    assert [e.text for e in entity_spans(doc) if e.label_ == "ORG"].count("AMF") == 2


def test_a_body_named_noun_for_place_that_speaks_is_an_organisation():
    a = _analyse(
        "The travelator broke down at Bank station on Monday. Transport for London (TfL) told "
        "morning rush-hour passengers to take a longer way around."
    )
    assert _party(a, _at(a, "told").party).name == "Transport for London"


def test_a_product_cited_as_the_source_of_a_report_is_an_outlet():
    a = _analyse(
        "Greece will not pay the IMF. Sources close to the ruling party claimed the government "
        "was prioritising wages, according to the Telegraph."
    )
    assert _party(a, _at(a, "according to").party).kind == "ORG"


def test_an_event_cited_as_the_source_of_a_report_is_an_outlet():
    a = _analyse(
        "Gloria was taken to the emergency department shortly before her death. By this time, "
        '"her skin was weeping, her body malnourished and her corneas melting", according to '
        "the Sydney Morning Herald."
    )
    outlet = _party(a, _at(a, "according to").party)
    assert (outlet.name, outlet.kind) == ("Sydney Morning Herald", "ORG")
