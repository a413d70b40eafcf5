"""A view set in a condition ("if they want", "whether she backs") is held by nobody yet."""

from __future__ import annotations

import pytest

from tests.reading import analyse as _analyse
from tests.reading import cues as _cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Indonesia has recently left the programme of the IMF. It is up to governments to "
            "decide if they want IMF help.",
            "want",
        ),
        (
            "Mr Howard said Mr Blair would be running scared if he refused calls for a debate.",
            "refused",
        ),
        (
            "Kim Clijsters is ranked 22nd. Clijsters would be certain to get a wild card if she "
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
