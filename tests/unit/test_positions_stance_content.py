"""A neutral cue's stance from what its content says (``stance``, ``asks``): what a
judging cue calls something, what others should have done, what the speaker had to do. One
built text each, real English model."""

from __future__ import annotations

from tests.reading import analyse, at


def test_what_a_judging_cue_calls_something_gives_its_stance():
    """Development sets: "called the announcement 'hugely disappointing'", "called it 'a
    mess'", "called Biden a 'decent man'" were statements."""
    a = analyse('Senator Ann Lee spoke on Friday. She called the offer "deeply disappointing".')
    assert at(a, "called").stance == "opposes"
    b = analyse('Senator Ann Lee spoke on Friday. She called the plan "a mess".')
    assert at(b, "called").stance == "opposes"
    c = analyse('Senator Ann Lee spoke on Friday. She called the plan "impressive".')
    assert at(c, "called").stance == "supports"


def test_saying_others_should_have_done_something_blames_them():
    """Development sets: "said the government should have acted sooner" asked for nothing."""
    a = analyse("Senator Ann Lee said the government should have acted sooner.")
    assert at(a, "said").stance == "opposes"
    b = analyse("Senator Ann Lee said the government should act sooner.")
    assert at(b, "said").stance == "demands"
    c = analyse("Senator Ann Lee said we should have won the vote.")
    assert at(c, "said").stance != "opposes"


def test_what_the_speaker_had_to_do_is_told_not_asked():
    """Development sets: '"I had to find a way of reading them myself," she told' demanded."""
    a = analyse('"I had to find a way of reading the images myself," Ann Lee said.')
    assert at(a, "said").stance == "states"
    b = analyse('"We need to find a way of reading the images ourselves," Ann Lee said.')
    assert at(b, "said").stance == "demands"


def test_what_will_be_done_to_the_speaker_or_what_they_guess_binds_them_to_nothing():
    """Development sets: "I know I will be criticised", "We hope we will be rewarded", "I do
    not think I will live it again" were commitments."""
    a = analyse('"I know I will be criticised if the team loses," Ann Lee said.')
    assert at(a, "said").stance == "states"
    b = analyse('"I do not think we will see a spending spree," Ann Lee said.')
    assert at(b, "said").stance == "states"
    c = analyse('"We will cut the waiting lists," Ann Lee said.')
    assert at(c, "said").stance == "commits"


def test_what_the_speaker_would_say_or_think_binds_them_to_nothing():
    """Development sets: '"I would think that we would try to get our numbers up," said' and
    '"We will no longer say that Ebola is incurable"' were commitments."""
    a = analyse('"I would think the club will finish third this season," Ann Lee said.')
    assert at(a, "said").stance == "states"
    b = analyse('"We will build two new hospitals this year," Ann Lee said.')
    assert at(b, "said").stance == "commits"


def test_announcing_what_one_is_now_doing_commits_to_it():
    """Development sets: "announced on Monday that it is quitting the LCD panel market" and
    "announced she was running for president" were statements."""
    a = analyse("Hitachi announced on Monday that it is quitting the display market.")
    assert at(a, "announced").stance == "commits"
    b = analyse("Hitachi announced on Monday that profits had risen sharply.")
    assert at(b, "announced").stance == "states"
