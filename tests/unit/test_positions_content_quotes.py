"""A position's content as a reader sees it: quotation marks that open also close. One
built sentence each, real English model, and the span rule on its own."""

from __future__ import annotations

from briefing.analysis.positions.spans import closed_quotes
from tests.reading import analyse, at


def _content(text: str, cue: str) -> str:
    a = analyse(text)
    return " | ".join(text[s:e] for s, e in at(a, cue).content)


def test_a_content_that_stops_before_its_closing_mark_takes_it():
    text = 'Mr Blake told party members the Greens offered a "hard right agenda". Dr Pike left.'
    assert _content(text, "told") == 'the Greens offered a "hard right agenda"'


def test_the_span_rule_closes_or_opens_a_mark_and_leaves_the_next_quotes_opening_alone():
    text = 'He said "our nation" was lost. "We will act. "But not now," she said.'
    closing = text.index("our") - 1, text.index('" was')  # '"our nation'
    opening = text.index("our"), text.index('" was') + 1  # 'our nation"'
    runs_on = text.index("We"), text.index('"But') - 1  # a paragraph's quote running on
    assert [text[s:e] for s, e in closed_quotes(text, (closing, opening, runs_on))] == [
        '"our nation"',
        '"our nation"',
        "We will act.",
    ]
