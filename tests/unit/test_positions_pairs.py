"""Two parties a plural means (``positions.pairs``): "both sides", "the two firms", "the
pair" are the two named together last, else the two named most. One built text each, real
model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_both_sides_are_the_two_parties_named_together_last():
    a = analyse(
        "A rail link between India and Pakistan was also announced. Both sides agreed to begin "
        "talks on nuclear risks and also said they planned to reopen their consulates."
    )
    assert holders(a, "agreed") == ["India", "Pakistan"]
    assert holders(a, "also said") == ["India", "Pakistan"]
    a = analyse(
        "Turkey and Greece had earlier had poor relations, but the leaders of the two "
        "countries spoke by telephone on Friday, and said they would help each other."
    )
    assert holders(a, "said") == ["Turkey", "Greece"]
    # BBC round 122: the only two the sentence before names, not joined by "and"
    a = analyse(
        "Peugeot is to supply Mitsubishi Motors with sports utility vehicles. The two firms "
        "say they expect to seal a final agreement by Spring 2005."
    )
    assert holders(a, "say") == ["Peugeot", "Mitsubishi Motors"]


def test_both_firms_are_the_two_named_most_when_no_pair_is_named_together():
    """BBC round 129: "Both firms asked the stock market to suspend trading", after Fosters
    and Southcorp were named apart, and a list of brands joined by "and" before; no one."""
    a = analyse(
        "Australian brewer Fosters has bought a stake in winemaker Southcorp. Fosters bought "
        "18% of Southcorp, the maker of the Penfolds, Lindemans and Rosemount brands. Fosters "
        "said it was in talks. Separately, Southcorp confirmed the talks.\n\nBoth firms asked "
        "the stock market to suspend trading in their shares."
    )
    assert sorted(holders(a, "asked")) == ["Fosters", "Southcorp"]


def test_the_pair_is_the_two_people_named_together_last():
    # bbc-sport development gold: both athletes claimed it, each a party
    a = analyse(
        "Kostas Kenteris and Katerina Thanou could be suspended. The duo withdrew from the "
        "Olympics after missing a test but claimed they had suffered a motorcycle crash."
    )
    assert holders(a, "claimed") == ["Kostas Kenteris", "Katerina Thanou"]
    # two places named together are no couple
    a = analyse("Sales rose in Germany and Japan. The pair said demand would hold up.")
    assert holders(a, "said") == []
    # BBC business: "The pair claim", parsed as a noun "claim" with "pair" its compound; the
    # tagger's source "The pair" is the pair, not its "The"
    a = analyse(
        "Mikhail Khodorkovsky and Platon Lebedev were jailed in June. The pair claim they are "
        "being punished by the authorities."
    )
    assert holders(a, "claim") == ["Mikhail Khodorkovsky", "Platon Lebedev"]


def test_both_clubs_are_the_two_clubs_not_their_chiefs_named_last():
    a = analyse(
        "Both Chelsea and Arsenal will be asked to give evidence to a league commission. "
        "Arsenal defender Tom Reed reportedly met Chelsea boss Mark Hughes and chief executive "
        "John Smith in a hotel. Now Arsenal have asked for an inquiry into the meeting. Both "
        "clubs have pledged to co-operate with the inquiry."
    )
    assert sorted(holders(a, "have pledged")) == ["Arsenal", "Chelsea"]
