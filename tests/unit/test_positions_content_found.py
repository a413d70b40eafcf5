"""What a speaker said, when the parser hangs it away from the speech verb (issue 10: a
selected position shows the whole content): a clause the parser took for an adverbial one
("He said after seven years Labour had changed"), and a "that" clause it hung on the noun of a
phrase between them ("said in its submission before the Budget that ..."). One built text
each, real English model."""

from __future__ import annotations

from tests.reading import analyse, content_at


def test_a_clause_with_its_own_subject_hung_as_adverbial_is_what_was_said():
    a = analyse(
        "Tony Blair spoke in Gateshead. He said after seven years Labour had transformed "
        "from a party of protest into a party of government."
    )
    assert content_at(a, "said").startswith("after seven years Labour had transformed")


def test_a_that_clause_after_a_phrase_of_the_verb_is_what_was_said():
    a = analyse(
        "The TUC said in its submission before the Budget that action was needed to help "
        "manufacturers."
    )
    assert content_at(a, "said") == "that action was needed to help manufacturers"


def test_an_adverbial_clause_with_its_own_marker_is_not_what_was_said():
    a = analyse("Tony Blair said nothing when the minister resigned, and left the room.")
    assert "minister resigned" not in "".join(
        a.article.text[s:e] for p in a.positions for s, e in p.content
    )


def test_a_speech_set_aside_by_commas_reports_the_rest_of_its_sentence():
    a = analyse(
        "Tom Cox tested both machines. By contrast, says Mr Cox, the Mac mini is almost disposable."
    )
    assert content_at(a, "says") == "By contrast the Mac mini is almost disposable"
    b = analyse("Tom Cox played the game. At a mere £20, it is as cheap as chips, as the man says.")
    assert content_at(b, "says") == "At a mere £20, it is as cheap as chips"


def test_what_describes_the_speaker_after_the_aside_is_not_what_was_said():
    a = analyse(
        "Or so says actress Jane Doe, who made the comments in an interview with a weekly magazine."
    )
    said = [p for p in a.positions if "says" in a.article.text[slice(*p.cue)]]
    assert not any("made the comments" in content_at(a, "says") for _ in said)


def test_what_a_cue_ending_in_its_object_is_about_is_the_phrase_after_it():
    a = analyse(
        "Tom Brand and Ann Lee have pleaded guilty to charges that they shared films online."
    )
    assert content_at(a, "pleaded guilty") == "to charges that they shared films online"
