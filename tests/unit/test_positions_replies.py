"""Who answers whom, found by reading blind round 90 (issue 10): a reply set beside a report
that the parser hangs inside it, a pronoun inside a quote that is not the speaker, and an
outlet the model tagged only as a place. One built text each, real English model."""

from __future__ import annotations

from tests.reading import analyse, holders

_COURTS = (
    "Australian tennis' top official has defended the courts at Melbourne Park after "
    "criticism of the playing surface by Lleyton Hewitt.\n\nHewitt said he had had a "
    '"gutful" of trying to persuade them to make the surface faster but Tennis Australia\'s '
    'Geoff Pollard rejected his comments. "We did ask for it to be made faster than last '
    'year," he said. Pollard said the surface had been speeded up since last year. But he '
    "refused to accept that the surface had a bearing on Hewitt's results. \"Lleyton's "
    'proving how versatile he is on all surfaces," he said.'
)


def test_the_one_who_rejects_a_report_speaks_the_quote_after_it():
    assert holders(analyse(_COURTS), "said")[:2] == ["Lleyton Hewitt", "Geoff Pollard"]


def test_a_pronoun_inside_a_quote_is_not_the_speaker_of_it():
    assert holders(analyse(_COURTS), "said")[3] == "Geoff Pollard"


def test_an_outlet_tagged_only_by_its_place_is_the_outlet():
    a = analyse(
        "Director Quentin Tarantino is in talks to write and direct a new instalment in the "
        "Friday the 13th horror franchise, according to the Hollywood Reporter."
    )
    assert holders(a, "according to") == ["Hollywood Reporter"]


def test_an_untagged_name_beside_a_persons_noun_is_a_person_that_he_refers_to():
    a = analyse(
        "Steve Gallagher, US chief economist at SG Corporate & Investment Banking, said the "
        "figures were decent. Sales at clothing stores jumped 1.8%. Parul Jain, deputy chief "
        "economist at Nomura Securities International, said consumer spending would rise. "
        '"Consumers continue to retain their strength in the first quarter," he said.'
    )
    assert holders(a, "said") == ["Steve Gallagher", "Parul Jain", "Parul Jain"]


def test_a_name_told_something_before_a_colon_is_no_caption_label():
    a = analyse(
        "The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr McConnell "
        "on Tuesday. In a furious response, the first minister said his comments had been "
        'distorted. He told Ms Sturgeon: "It is disappointing that you have contributed."'
    )
    assert holders(a, "told") == ["McConnell"]
