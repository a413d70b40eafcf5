"""A view set in a condition ("if they want", "whether she backs"), or an announcement yet
to come of what is only named ("is set to announce his squad"), is held by nobody yet."""

from __future__ import annotations

import pytest

from tests.reading import analyse as _analyse
from tests.reading import cues as _cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Argentina has recently left the programme of the IMF. It is for each government to "
            "decide if they want IMF loans.",
            "want",
        ),
        ("Mr Jones said Mr Smith would be hiding if he refused calls for a debate.", "refused"),
        (
            "Tom Reed is ranked 40th. Reed would be sure to get a place in the draw if he "
            "requested one.",
            "requested",
        ),
    ],
)
def test_a_view_on_a_condition_is_no_position(text: str, cue: str) -> None:
    assert cue not in _cues(_analyse(text))


def test_a_concession_tells_what_was_said() -> None:
    a = _analyse(
        "The coach, Andy Robinson, praised his forwards, even if Robinson admitted the pitch "
        "was poor."
    )
    assert _cues(a) == ["praised", "admitted"]


@pytest.mark.parametrize(
    "text",
    [
        "The health secretary, Jane Moss, is expected to announce her plans for hospitals next "
        "week.",
        "Sony is still to announce which format it will back in the next console.",
        "England coach Andy Robinson is set to announce his squad for the autumn tests next month.",
    ],
)
def test_an_announcement_to_come_of_what_is_only_named_is_no_position(text: str) -> None:
    assert "announce" not in _cues(_analyse(text))


def test_an_announcement_to_come_that_tells_what_is_a_position() -> None:
    a = _analyse(
        "The home secretary, Jane Moss, is expected to announce an end to the right to appeal."
    )
    assert _cues(a) == ["announce"]
