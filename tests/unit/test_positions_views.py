"""Rule cues the trained tagger leaves out that are still a party's view
(``positions.views``). One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders, party, shown


def test_a_described_actors_report_the_tagger_left_out_is_theirs():
    a = analyse(
        "A building collapsed in Aleppo, Syria. State media on Saturday reported a war-damaged "
        "five-storey block of flats collapsed in a former rebel-held neighbourhood of Aleppo."
    )
    assert holders(a, "reported") == ["State media"]


def test_what_a_party_wants_of_others_now_is_a_demand_but_not_what_it_wants_to_do():
    """BBC politics: "Acpo wants pubs and clubs ... to pay", "Mr Lewis wants a public inquiry"
    were left out with every "want"; a past wish for a thing ("wanted a new job") stays out
    (an aim, "wants to implant the embryos", is ``test_positions_wants``'s)."""
    a = analyse(
        "Dan Lewis, of the Institute of Directors, wants a public inquiry into regional "
        "development agencies. Public sector unions want the government to withdraw the "
        "regulations. William Hague wanted a new job."
    )
    wants = [(party(a, p).name, stance) for p, stance, cue in shown(a) if "want" in cue]
    assert wants == [("Dan Lewis", "demands"), ("Public sector unions", "demands")]
