"""What a party wants: its aim when the article tells it, not a wish someone else reports."""

from __future__ import annotations

import pytest

from tests.reading import analyse as _analyse
from tests.reading import cues as _cues
from tests.reading import shown as _shown


def test_an_aim_the_article_tells_is_a_position() -> None:
    """BBC technology and politics: "Ofcom wants to ensure ...", "Jarvis wants to scale back
    the division": a party's aim, told in a main clause outside quotes."""
    a = _analyse("Ofcom wants to ensure that new wireless devices do not interfere with radio.")
    assert [(party, cue) for party, _, cue in _shown(a)] == [("ofcom", "wants")]


@pytest.mark.parametrize(
    "text",
    [
        "Loeb has said he believes life begins at fertilization and wants to implant the embryos.",
        '"If he wants to make a newspaper article, he makes one," Arsene Wenger said.',
        "Users of the service can watch what they want on their phones, Ofcom said.",
        "Kiara Perkins missed the show at first. Why did she so badly want to attend?",
    ],
)
def test_a_wish_reported_quoted_or_in_a_clause_is_no_position_of_its_own(text: str) -> None:
    assert not [c for c in _cues(_analyse(text)) if c.startswith("want")]


def test_what_a_party_wanted_of_others_is_a_demand() -> None:
    """BBC business: "Prosecutors wanted the cigarette firms to "disgorge" $280bn"."""
    a = _analyse("Prosecutors wanted the cigarette firms to give up $280bn in profits.")
    assert [(party, stance, cue) for party, stance, cue in _shown(a)] == [
        ("prosecutors", "demands", "wanted")
    ]


def test_a_past_wish_someone_else_tells_is_theirs_to_tell() -> None:
    a = _analyse("Jamie Silvonek told Caleb Barnes she wanted her parents dead.")
    assert _cues(a) == ["told"]


@pytest.mark.parametrize(
    "text",
    [
        'Samsung is selling a new tablet. "They want a cheaper screen because they love the '
        'phone," said Tom Reed, editor of Tablet Weekly.',
        'Leeds have been linked with the winger. "I get on well with Mark Hughes - he has always '
        'said he wants me to join," said Edu.',
        'Leeds need Tom Reed. "I think he enjoys and wants the job of leading the side," Mark '
        "Hughes said.",
    ],
)
def test_what_a_quoted_speaker_says_he_or_they_want_is_no_demand_of_theirs(text: str) -> None:
    """What "he" or "they" want, told inside another speaker's quote, is that speaker's
    account: the quote is the position, and the pronoun's party holds nothing of it."""
    assert not [c for c in _cues(_analyse(text)) if c.startswith("want")]


@pytest.mark.parametrize(
    "text",
    [
        "The Labour candidate John Smith spoke in Calais. Calais is a popular stop for Britons "
        "who want a taste of French wine.",
        "Smith launched his campaign in a video. \"I've met so many Texans who want me to stand "
        'for the Senate," Smith said in the video.',
    ],
)
def test_a_wish_in_a_restrictive_relative_clause_is_no_demand(text: str) -> None:
    """ "Britons who want a taste of French wine" picks out which Britons; it is no demand."""
    assert not [c for c in _cues(_analyse(text)) if c.startswith("want")]


def test_a_wish_told_beside_its_holder_is_still_a_demand() -> None:
    a = _analyse(
        "The talks were with the Tamil Tigers, who want an independent state in the north, "
        'and they rejected the offer. "I am honoured Andy wants me to be his captain," said '
        "Martin Corry."
    )
    assert [(party, stance, cue) for party, stance, cue in _shown(a) if cue.startswith("want")] == [
        ("tamil-tigers", "demands", "want"),
        ("andy", "demands", "wants"),
    ]


def test_what_was_done_at_a_partys_request_is_what_it_demanded() -> None:
    """Wikinews: "She did so at the request of Justin Trudeau", "At his own request, Sirhan
    was transferred": the one who asked demands what was done (built sentences)."""
    a = _analyse(
        "Julie Payette, the Governor General, dissolved the Parliament on Wednesday. She did "
        "so at the request of Justin Trudeau. At his own request, Tom Reid was transferred to "
        "another prison."
    )
    asked = {party: (stance, content) for party, stance, content in _asked(a)}
    assert asked["justin-trudeau"] == ("demands", "She did so")
    assert asked["tom-reid"][0] == "demands"
    assert "transferred to another prison" in asked["tom-reid"][1]


def _asked(a):
    text = a.article.text
    return [
        (p.party, p.stance, " ".join(text[s:e] for s, e in p.content))
        for p in a.positions
        if "request" in text[slice(*p.cue)]
    ]
