"""What a party might do, could do or is able to do is not its position."""

from __future__ import annotations

import pytest

from tests.reading import analyse as _analyse
from tests.reading import shown as _shown


@pytest.mark.parametrize(
    "text",
    [
        "Jennifer Daskal wrote that Austria could demand that Facebook remove posts.",
        # BBC business and sport: what a party is able to do ("can now demand", "can appeal")
        "Jennifer Daskal wrote a report. Air passengers can now demand greater compensation.",
        "Jennifer Daskal wrote a report. The Greek government can appeal the decision.",
    ],
)
def test_what_a_party_might_do_is_not_its_position(text: str) -> None:
    assert {party for party, _, _ in _shown(_analyse(text))} <= {"jennifer-daskal"}


def test_what_a_party_cannot_do_refuses() -> None:
    """ "cannot back the plan" is a refusal, not an ability: it stays a position."""
    a = _analyse("The Liberal Democrats cannot back the plan.")
    assert [(party, stance) for party, stance, _ in _shown(a)] == [("liberal-democrats", "opposes")]
