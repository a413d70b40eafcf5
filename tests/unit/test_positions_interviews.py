"""Interviews (issue 10): "I" and "we" in an answer are the one interviewed; the labels of
the turns are no parties."""

from __future__ import annotations

from briefing.analysis.positions.interviews import answers, speaker, turns
from tests.reading import analyse, party

INTERVIEW = """Penguins pine for pairings: Wikinews interviews biologist Natasha Gownaris

Biologist Natasha Gownaris of the University of Washington led a study of penguins.


((WN))  How did you approach putting together such a large-scale study?


NG: This study started in 1982. I believe the colony has declined because fish stocks fell.


((WN))  What should policy makers do?


NG: I think governments should protect the feeding grounds of the penguins.
"""


def test_the_turns_of_an_interview_and_who_answers():
    labels = [t.label for t in turns(INTERVIEW)]
    assert labels == ["WN", "NG", "WN", "NG"]
    people = {"natasha-gownaris": ("Natasha Gownaris",), "nora-green": ("Nora Green",)}
    assert speaker("NG", people) is None  # two people with those initials: nobody
    people = {"natasha-gownaris": ("Natasha Gownaris",)}
    spans = answers(INTERVIEW, people)
    assert [INTERVIEW[s:e].split()[0] for s, e, _ in spans] == ["This", "I"]
    assert {p for _, _, p in spans} == {"natasha-gownaris"}


def test_initials_without_a_colon_open_turns_only_beside_wikinews_questions():
    text = "US officials said so.\n\nUS troops left.\n\nUN envoys met."
    assert turns(text) == []
    interview = "((WN)) Why?\n\nMS We found a link.\n\n((WN)) And then?\n\nMS We went on."
    assert [t.label for t in turns(interview)] == ["WN", "MS", "WN", "MS"]


def test_i_and_we_in_an_answer_are_the_one_interviewed_and_labels_are_no_parties():
    a = analyse(INTERVIEW)
    held = {party(a, p.party).name for p in a.positions}
    assert held == {"Natasha Gownaris"}
    cues = sorted(a.article.text[slice(*p.cue)] for p in a.positions)
    assert cues == ["believe", "think"]
    assert not {"WN", "NG"} & {p.name for p in a.parties}
