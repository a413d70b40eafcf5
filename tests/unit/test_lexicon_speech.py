"""Speech verbs PolNeAR train has too rarely to learn (``data/speech_verbs.tsv``) are cues.
One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, at, holders


def test_a_quip_is_said():
    a = analyse(
        'Brendan Fraser arrived from South Africa. He quipped "I still have dust in my shoes."'
    )
    assert holders(a, "quipped") == ["Brendan Fraser"]


def test_imploring_someone_to_act_demands_it():
    a = analyse("Mayor Anne Smith implored voters to turn out on Tuesday.")
    assert at(a, "implored").stance == "demands"


def test_british_spellings_are_the_american_cues():
    a = analyse('Andrzej Duda spoke on Sunday. Duda also characterised the deaths as "crushing".')
    assert holders(a, "also characterised") == ["Andrzej Duda"]


def test_calling_a_statement_false_judges_it():
    a = analyse(
        'The Biden campaign responded on Friday. The campaign called the statement "absolutely '
        'false."'
    )
    assert holders(a, "called") == ["Biden campaign"]
    assert at(a, "called").stance == "opposes"  # "false" condemns


def test_a_capitalised_word_of_a_name_is_no_judgement():
    a = analyse(
        "Alison Towner said the sharks left in 2017. She has reported a correlation with the "
        "entry of orcas into False Bay."
    )
    assert at(a, "has reported").stance == "states"


def test_the_british_press_s_verbs_are_cues():
    a = analyse("The controller of BBC Radio 3, Alan Davey, has branded audiences ignorant.")
    assert at(a, "has branded").stance == "opposes"
    b = analyse("Manchester United boss Louis van Gaal reckons his side can win the league.")
    assert holders(b, "reckons") == ["Louis van Gaal"]
    c = analyse("Minister Anna Soubry rubbished claims that the plan had failed.")
    assert at(c, "rubbished").stance == "opposes"


def test_texted_words_are_said_though_the_model_lemmatises_texted_as_texte():
    a = analyse("'He is not coming to this house,' Cheryl Silvonek texted to her daughter.")
    assert holders(a, "texted") == ["Cheryl Silvonek"]


def test_a_quote_before_the_speaker_of_a_verb_that_speaks_only_with_quotes_is_theirs():
    text = (
        "ESPN reporter Britt McHenry was suspended. 'That's why I have a degree and you don't - "
        "I wouldn't work in a scumbag place like this,' McHenry responds. The firm responded to "
        "the complaint on Monday."
    )
    a = analyse(text)
    assert holders(a, "responds") == ["Britt McHenry"]
    assert text[slice(*at(a, "responds").content[0])].startswith("'That's why")
    assert holders(a, "responded") == []  # an act, with no quote


def test_an_apology_is_a_partys_position_in_either_spelling():
    a = analyse(
        "Manchester City have apologised to supporters after coaches arrived late. Hasbro "
        "apologized for the error on Monday. Britt McHenry was suspended. On Thursday, she "
        "turned to social media to apologize for her actions."
    )
    assert holders(a, "to apologize for") == ["Britt McHenry"]
    assert holders(a, "have apologised to") == ["Manchester City"]
    assert holders(a, "apologized for") == ["Hasbro"]


def test_any_verb_between_a_quote_ending_in_a_comma_and_the_full_stop_says_it():
    """'"The passion I had, I don't know if you can find that," he admitted.': no speech verb
    in the lexicon, but the frame says who said the quote (one in BBC sport, found)."""
    a = analyse(
        "Margaret Hollis spoke to reporters on Monday. 'She is careful and she is always "
        "right,' Hollis smiled. She left early."
    )
    assert holders(a, "smiled") == ["Margaret Hollis"]
    assert analyse("Margaret Hollis smiled at the cameras and left.").positions == ()
