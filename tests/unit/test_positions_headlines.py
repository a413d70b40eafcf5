"""Headlines that give a name and its words: "Hughes: Referee 'got it wrong'", "Pensions must
be fair - Kennedy"."""

from __future__ import annotations

import pytest

from tests.reading import analyse, cues, holders


@pytest.mark.parametrize(
    ("text", "cue", "holder"),
    [
        (
            "Hughes: Referee 'got it wrong'\n\nWales manager Mark Hughes has criticised the "
            "referee after the defeat in Cardiff. Hughes said the penalty decision was wrong.\n",
            ":",
            "Mark Hughes",
        ),
        (
            "Pensions must be fair - Kennedy\n\nLiberal Democrat leader Charles Kennedy has said "
            "pensions must be fair to women. He spoke in London.\n",
            "-",
            "Charles Kennedy",
        ),
    ],
)
def test_a_name_before_a_colon_or_after_a_dash_holds_the_headlines_words(
    text: str, cue: str, holder: str
) -> None:
    assert holders(analyse(text), cue) == [holder]


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: Hughes and the referee\n\nWales manager Mark Hughes has criticised the "
        "referee after the defeat in Cardiff.\n",
        "US hacker breaks into T-Mobile\n\nA man is facing charges of hacking into T-Mobile. "
        "T-Mobile said no data was lost.\n",
    ],
)
def test_a_label_or_a_hyphen_in_a_name_is_no_one_speaking(text: str) -> None:
    assert not {":", "-"} & set(cues(analyse(text)))
