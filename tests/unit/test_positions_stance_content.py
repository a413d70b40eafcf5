"""A neutral cue's stance from what its content says (``stance``, ``asks``, ``commitments``).
Each case was a wrong stance on the development sets ("called the announcement 'hugely
disappointing'" and "said the government should have acted sooner" were statements or
demands; "I had to find a way", "I should tell you" demanded; "I know I will be
criticised", "I would think that we would try", "We will assess it in the morning" late in a
long quote committed; "announced that it is quitting the LCD panel market" stated), with its
counterpart the rule must leave alone. One built text each, real English model."""

from __future__ import annotations

import pytest

from tests.reading import analyse, at, shown

CASES = [
    # what a judging cue calls something
    (
        'Senator Ann Lee spoke on Friday. She called the offer "deeply disappointing".',
        "called",
        "opposes",
    ),
    ('Senator Ann Lee spoke on Friday. She called the plan "a mess".', "called", "opposes"),
    ('Senator Ann Lee spoke on Friday. She called the plan "impressive".', "called", "supports"),
    (
        'Senator Ann Lee spoke on Friday. She described the sentence as "harsh".',
        "described",
        "opposes",
    ),
    (
        'Senator Ann Lee spoke on Friday. She described Tom Reed as "very talented".',
        "described",
        "supports",
    ),
    (
        'Senator Ann Lee spoke on Friday. She called the attack "the cowardly killing of a '
        'courageous reporter".',
        "called",
        "opposes",
    ),
    # what others should have done (not what they should do)
    ("Senator Ann Lee said the government should have acted sooner.", "said", "opposes"),
    ("Senator Ann Lee said the government should act sooner.", "said", "demands"),
    # what the speaker had to do (not what they need to do)
    ('"I had to find a way of reading the images myself," Ann Lee said.', "said", "states"),
    ('"We need to find a way of reading the images ourselves," Ann Lee said.', "said", "demands"),
    # what the speaker should or has to do (not what others should, nor what one asks)
    ('"I should tell you that the coach has resigned," Ann Lee said.', "said", "states"),
    ('"I have to be positive about the season," Ann Lee said.', "said", "states"),
    ('"The board should tell the coach to resign," Ann Lee said.', "said", "demands"),
    ('"I am asking every voter to turn out on Thursday," Ann Lee said.', "said", "demands"),
    # what is vital, crucial or needed is asked for; not what would be, or is not
    ("Ann Lee said it was vital that young people were told of the risks.", "said", "demands"),
    ("Ann Lee said action was needed on poverty and debt.", "said", "demands"),
    ("Ann Lee said it would be vital to act if prices rose.", "said", "states"),
    ("Ann Lee said no change was needed.", "said", "states"),
    ('"There needs to be more European bands," Ann Lee said.', "said", "demands"),
    ('"There will need to be more European bands," Ann Lee said.', "said", "states"),
    # a bare verb with no subject tells someone to do something
    ('"Tear the tickets up," Ann Lee said. "Do not let your children go."', "said", "demands"),
    ('"Look, we won the game," Ann Lee said.', "said", "states"),
    # what will be done to the speaker, what they guess, would say or think (not a promise)
    ('"I know I will be criticised if the team loses," Ann Lee said.', "said", "states"),
    ('"I do not think we will see a spending spree," Ann Lee said.', "said", "states"),
    ('"I would think the club will finish third this season," Ann Lee said.', "said", "states"),
    ('"We will cut the waiting lists," Ann Lee said.', "said", "commits"),
    ('"We will build two new hospitals this year," Ann Lee said.', "said", "commits"),
    # a promise in the first sentence of a quote (not a plan for later in a long one)
    (
        '"We are very disappointed with the result. We will assess the injury in the '
        'morning," Ann Lee said.',
        "said",
        "states",
    ),
    ('"We will cut the waiting lists. It is a promise," Ann Lee said.', "said", "commits"),
    # a bare verb after "that" asks (but not one whose subject is a share of a plural)
    ("Ann Lee insisted that the budget include funding for schools.", "insisted", "demands"),
    ("Ann Lee said that 90% of the machines have the virus.", "said", "states"),
    # what one announces one is now doing (not news)
    ("Hitachi announced on Monday that it is quitting the display market.", "announced", "commits"),
    ("Hitachi announced on Monday that profits had risen sharply.", "announced", "states"),
]


@pytest.mark.parametrize(("text", "cue", "stance"), CASES)
def test_the_content_gives_a_neutral_cue_its_stance(text: str, cue: str, stance: str) -> None:
    assert at(analyse(text), cue).stance == stance


def test_what_the_speaker_should_have_done_is_no_reproach():
    """ "we should have won the vote": regret, not blame."""
    a = analyse("Senator Ann Lee said we should have won the vote.")
    assert at(a, "said").stance != "opposes"


def test_what_a_body_says_it_would_do_commits_it_but_a_persons_it_would_does_not():
    a = analyse(
        "The tour's sponsor, Mercedes, said it would also contribute to the fund. Jane Smith, "
        "the founder, said it would cost a huge amount to rebrand the cheese."
    )
    assert [(party, stance) for party, stance, _ in shown(a)] == [
        ("mercedes", "commits"),
        ("jane-smith", "states"),
    ]
