"""The words a position shows for its source (issue 10, a selected position's detail): the
speaker's words, not a day or a time the sentence puts beside them. One built text each, real
English model."""

from __future__ import annotations

import pytest

from tests.reading import analyse, at, text_at


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Tony Blair faces questions. On Wednesday Mr Blair directly denied Mr Brown made "
            "that quote.",
            "directly denied",
            "Mr Blair",
        ),
        (
            "The talks failed. Friday Ford Motor Company said it would close two plants.",
            "said",
            "Ford Motor Company",
        ),
        (
            "The prime minister on Sunday said the election would be in May.",
            "said",
            "The prime minister",
        ),
    ],
)
def test_a_day_before_or_after_the_speaker_is_no_part_of_the_source(text, cue, source):
    a = analyse(text)
    assert text_at(a, at(a, cue).source) == source


def test_a_date_inside_the_speakers_description_stays():
    a = analyse("The report released in March by the charity Shelter said rents were rising.")
    assert text_at(a, at(a, "said").source).endswith("Shelter")


def test_a_name_or_a_month_owning_the_speaker_stays():
    a = analyse("Last April's report by the Electoral Commission said turnout had fallen.")
    assert text_at(a, at(a, "said").source).startswith("Last April's report")
