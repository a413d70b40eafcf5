"""Words an outlet relays (issue 10, "who speaks"): one quoted or reported "as saying"
holds what they said, not the newspaper or agency that quoted them. One built text each,
real English model."""

from __future__ import annotations

from tests.reading import analyse, at, holders, text_at


def test_one_quoted_or_reported_as_saying_holds_what_they_said_not_the_outlet():
    """Development sets: "Reuters reported BaFin as saying" was Reuters', and "the paper
    quoted Peter Chernin as saying", after the quote, nobody's."""
    a = analyse("Traders could face jail, Reuters reported BaFin as saying.")
    assert holders(a, "as saying") == ["BaFin"]
    assert [text_at(a, c) for c in at(a, "as saying").content] == ["Traders could face jail"]
    b = analyse('"Games are big business," the paper quoted Peter Chernin as saying.')
    assert holders(b, "as saying") == ["Peter Chernin"]
    assert holders(b, "quoted") == []


def test_the_website_is_the_outlet_that_spoke_or_whose_records_the_sentence_reads():
    """wikinews-fresh: "The website further reported", after a news site reported, was
    nobody's; so was "the website noted" after "X's database had no sighting;"."""
    a = analyse(
        "The Daily Herald reported that three officers were killed. According to Newsline.com, "
        "two men fled. The website further reported that the men were armed."
    )
    assert holders(a, "further reported") == ["Newsline.com"]
    b = analyse(
        "ShipFinder listed no results. Marine Tracker's database had no sighting of the ship on "
        "Tuesday; the website noted the signal received from the port."
    )
    assert holders(b, "noted") == ["Marine Tracker"]
    c = analyse("Yahoo is giving links. The Auction Drop website is asking people to donate.")
    assert "Yahoo" not in holders(c, "is asking")
