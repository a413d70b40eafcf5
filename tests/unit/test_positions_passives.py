"""Passives whose subject is what was done to (``positions.passives``): no position of it."""

from __future__ import annotations

import pytest

from tests.reading import analyse as _analyse
from tests.reading import shown as _shown


def test_a_headlines_x_urged_to_is_done_to_x_but_asked_to_and_told_to_vima_are_not():
    """BBC round 96: the headline "Holmes urged to compete at Worlds" (and "Snoop Dogg sued
    for 'rape'") was listed as hers; "Thanou told To Vima newspaper" is still Thanou's."""
    sued = _analyse("Rapper Snoop Dogg sued for 'rape'\n\nA woman has sued Snoop Dogg.")
    assert [(p, cue) for p, _, cue in _shown(sued)] == [("woman", "has sued")]
    a = _analyse(
        "Holmes urged to compete at Worlds\n\nJolanda Ceplak has urged Britain's Kelly Holmes "
        'to continue competing. Katerina Thanou was suspended. "The IAAF will decide," Thanou '
        "told To Vima newspaper. Mary Jones asked to speak to the judge."
    )
    assert [(p, cue) for p, _, cue in _shown(a)] == [
        ("jolanda-ceplak", "has urged"),
        ("katerina-thanou", "told"),
        ("mary-jones", "asked"),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Labour accused of broken pledge",  # BBC politics: Labour accused nobody
        "Ministers attacked on school meals",
        "Yukos accused of lying to court",
        "Chelsea denied by late heroics",
    ],
)
def test_a_headlines_past_form_is_done_to_its_subject(headline: str) -> None:
    """A headline tells in the present what a party does ("Labour accuses"): a past form
    after its subject is a passive with "is" left out, and the subject holds nothing."""
    a = _analyse(headline + "\n\nThe committee met in London on Monday.")
    assert _shown(a) == []


def test_a_headlines_past_form_with_its_agent_is_the_agents() -> None:
    """ "Housing plans criticised by MPs": the MPs criticise; and a past form in the body
    ("Labour accused the Tories of") is the active verb it reads as."""
    a = _analyse(
        "Housing plans criticised by MPs\n\nLabour accused the Tories of hiding the cost. "
        "The plans were published on Monday."
    )
    assert sorted((p, cue) for p, _, cue in _shown(a)) == [
        ("labour", "accused"),
        ("mps", "criticised"),
    ]


def test_a_first_line_that_is_a_sentence_is_no_headline_passive() -> None:
    """A text opened without a headline: its first paragraph, a sentence with its full stop
    ("Putin said the talks would go ahead."), says what Putin said."""
    a = _analyse(
        "Putin said the talks in Istanbul would go ahead.\n\nThe Kremlin confirmed the date."
    )
    assert ("putin", "said") in [(p, cue) for p, _, cue in _shown(a)]
