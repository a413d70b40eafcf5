"""Questions: one still to be decided or looked into is nobody's view yet, one raised is a
doubt (``positions/questions.py``)."""

from __future__ import annotations

from tests.reading import analyse, shown


def test_a_question_still_to_be_decided_or_looked_into_is_no_view_yet():
    a = analyse(
        "The FDA will decide if the benefits to patients justify the risks. Police are "
        "looking into whether the shooting was a hate crime. The court will rule on whether "
        "the ban is lawful. Amnesty questioned whether the decisions were based on torture "
        "evidence. The court ruled that the ban was unlawful."
    )
    assert [(party, cue) for party, _, cue in shown(a)] == [
        ("amnesty", "questioned"),
        ("court", "ruled"),
    ]


def test_a_condition_said_is_still_a_view():
    a = analyse("John Smith said if the party was in government again it would repeal the law.")
    assert [(party, cue) for party, _, cue in shown(a)] == [("john-smith", "said")]
