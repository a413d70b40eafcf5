"""A person's name as a careless writer spells it (issue 10): a surname ending in "s" whose
possessive is written "'s" on the name cut short ("Mr Gate's speech" for "Mr Gates' speech")
is the person named in full. One built text each, real English model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_possessive_that_cuts_a_surnames_s_is_the_person_named_in_full():
    a = analyse(
        "The show opened with a keynote by software chief Peter Hollis. Despite several "
        "glitches during Mr Holli's speech, he announced new partnerships."
    )
    assert holders(a, "announced") == ["Peter Hollis"]
    assert not any(p.name.endswith("Holli") for p in a.parties)


def test_a_surname_a_letter_short_with_no_possessive_is_not_taken_for_the_full_name():
    a = analyse(
        "Chef Anna Rogers opened a restaurant in May. Her rival Tom Roger said the menu was "
        "too short."
    )
    assert holders(a, "said") == ["Tom Roger"]
