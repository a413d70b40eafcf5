"""Rule cues the trained tagger leaves out that are still a party's view
(``positions.views``). One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_described_actors_report_the_tagger_left_out_is_theirs():
    a = analyse(
        "A building collapsed in Aleppo, Syria. State media on Saturday reported a war-damaged "
        "five-storey block of flats collapsed in a former rebel-held neighbourhood of Aleppo."
    )
    assert holders(a, "reported") == ["State media"]
