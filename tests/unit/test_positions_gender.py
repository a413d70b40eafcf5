"""Which person "he" and "she" are (``positions.gender`` and the pronouns of ``sources``)."""

from __future__ import annotations

from briefing.analysis.parties import resolve_parties
from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.gender import genders
from tests.reading import analyse, at, holders, party


def _genders(text: str) -> dict[str, str]:
    doc = load_pipeline().nlp(text)
    found = resolve_parties(doc)
    return genders(doc, found.party_of_token, {p.id: p.kind for p in found.parties})


def test_she_is_the_woman_named_before_not_the_nearest_man():
    a = analyse(
        "Emily Hart said her attackers had lied to the police. The court heard from "
        "Nicolas Rubel on Monday. She told the court she had been threatened."
    )
    assert party(a, at(a, "told").party).name == "Emily Hart"


def test_he_is_never_a_woman_the_article_calls_she():
    a = analyse(
        "Nicolas Rubel denied the charges at the trial in Paris. Emily Hart said her "
        "attackers had lied. He claimed the meeting had been friendly."
    )
    assert party(a, at(a, "claimed").party).name == "Nicolas Rubel"


def test_he_is_still_the_nearest_person_named_just_before():
    a = analyse(
        "Donald Trump flew above the rally on his helicopter. Retired general Michael Flynn "
        "was on stage while Trump flew over. He said the crowd was the largest he had seen."
    )
    assert party(a, at(a, "said").party).name == "Michael Flynn"


def test_titles_nouns_and_pronouns_after_a_subject_tell_the_gender():
    assert _genders(
        "Mrs Ann Lee met Kim Grant. Joan Smith, the spokeswoman, spoke. Tom Hill said his plan "
        'worked. Jean Ross said: "She lied to me."'
    ) == {
        "ann-lee": "she",
        "joan-smith": "she",
        "tom-hill": "he",
    }


def test_he_after_his_as_the_subjects_possessor_is_the_same_man_not_a_name_in_between():
    a = analyse(
        "John Hickenlooper ended his bid for president on Thursday. His moderate politics have "
        "clashed with the stances of national leaders of his party such as Bernie Sanders and "
        "Elizabeth Warren; he has notably come out against Medicare for all."
    )
    assert at(a, "come out against").party == "john-hickenlooper"


def test_he_inside_a_direct_quote_is_not_the_one_quoted():
    a = analyse(
        "The CIA's involvement remained a secret until 1997. Ben Affleck tweeted, \"Tony Mendez "
        "was a true American hero. He was a man of extraordinary grace. He never sought the "
        'spotlight for his actions, he merely sought to serve his country."'
    )
    sought = [p for p in a.positions if "sought" in a.article.text[slice(*p.cue)]]
    assert sought and {party(a, p.party).name for p in sought} == {"Tony Mendez"}


def test_a_name_after_a_quote_speaks_it_only_by_a_speech_verb():
    from briefing.analysis.parties import resolve_parties
    from briefing.analysis.pipeline import load_pipeline
    from briefing.analysis.positions.sources import SourceResolver

    doc = load_pipeline().nlp(
        "Jurgen Klopp will leave Dortmund. Per Mertesacker admits he cannot explain it. He "
        "said: 'It is his decision. He worked hard, so even if he said he is not tired, maybe "
        "he takes a breather.' Klopp has been tipped to replace Arsene Wenger."
    )
    resolver = SourceResolver(doc, resolve_parties(doc))
    inside = next(t for t in doc if t.text == "he" and t.nbor(1).text == "said")
    assert resolver.pronoun(inside) == "jurgen-klopp"  # Mertesacker speaks, of Klopp


def test_a_pronoun_in_a_quote_that_its_speaker_refers_back_to_is_resolved_once():
    a = analyse('Senator John Smith spoke on Monday. "He is wrong about it," he said of Jones.')
    assert party(a, at(a, "said").party).name == "John Smith"  # no endless regress


def test_a_person_said_to_be_a_girl_is_she():
    a = analyse(
        "Mr Hussen told The Times he felt ashamed. Amira Abase, pictured, was one of three "
        "girls who flew from Gatwick to Turkey. Asked why he was at the front of the mob, he "
        "said the crowd pushed him."
    )
    assert party(a, at(a, "said").party).name == "Hussen"


def test_a_first_name_that_is_nearly_always_one_gender_tells_he_from_she():
    a = analyse(
        "David Miller spoke to Sarah Watson on Monday. 'I just wish I had never got involved,' "
        "she said later."
    )
    assert holders(a, "said later") == ["Sarah Watson"]


def test_a_pronoun_a_man_acts_on_does_not_make_him_she():
    # "her" as the object of Kyle's acts is someone else, not Kyle: he stays "he"
    assert _genders(
        "Kyle Brennan sued her in May. Kyle Brennan paid her a large sum later. "
        "Kyle Brennan said his lawyers had acted for him."
    ) == {"kyle-brennan": "he"}


def test_a_name_inside_a_quote_takes_no_gender_from_the_pronoun_of_whoever_quotes_it():
    assert _genders(
        "Robert Brennan met the press on Monday. ‘Robert Brennan lied to me,’ she said."
    ) == {"robert-brennan": "he"}


def test_a_chairman_may_be_she():
    a = analyse(
        "Mr Hockney said the law was clear. UKIP chairman Petrina Holdsworth urged the men to "
        'step down in a letter.\n\nShe said: "The party has taken legal advice."'
    )
    assert holders(a, "said") == ["Hockney", "Petrina Holdsworth"]


def test_a_name_set_beside_the_subject_of_is_an_actress_is_a_woman():
    genders_found = _genders(
        "Clint Eastwood took the best director prize while its star Hilary Swank was best actress."
    )
    assert genders_found.get("hilary-swank") == "she"
