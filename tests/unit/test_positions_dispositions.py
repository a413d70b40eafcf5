"""What a party means or is minded to do, told with a possessive ("its commitment to", "their
plans for"), is the writer's account of it, not a view the party put forward."""

from __future__ import annotations

import pytest

from tests.reading import analyse, cues


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Microsoft is spending $50m over three years to strengthen its commitment to open "
            "software.",
            "commitment",
        ),
        (
            "The Conservatives will set out more details of their plans for new checks at the "
            "border on Tuesday.",
            "plans",
        ),
        (
            "Jane Moss said she would not stand again. Her determination to stay on the back "
            "benches will disappoint some Tories.",
            "determination",
        ),
    ],
)
def test_a_disposition_told_with_a_possessive_pronoun_is_no_position(text: str, noun: str) -> None:
    assert noun not in cues(analyse(text))


def test_plans_told_with_their_holders_name_are_still_its_proposal() -> None:
    a = analyse("The Conservatives' plans for new checks at the border were criticised by Labour.")
    assert cues(a) == ["plans", "were criticised"]


def test_one_keen_or_quick_to_say_something_says_it() -> None:
    """BBC: "Manager Brian Kerr was keen to mention ...", "Lissavetzky was quick to give his
    backing to ...": the subject of the copula does the infinitive (built sentences)."""
    a = analyse(
        "Manager Brian Kerr was keen to mention the contribution of Stephen Carr. Sports "
        "minister Jaime Lissavetzky was quick to give his backing to the Federation's decision."
    )
    assert [p.party for p in a.positions] == ["brian-kerr", "jaime-lissavetzky"]
