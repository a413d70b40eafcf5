"""What a party did not say is no position (``positions/unsaid.py``)."""

from __future__ import annotations

from tests.reading import analyse, shown


def test_declining_to_be_drawn_is_saying_nothing_but_refusing_to_draw_a_line_is_a_view():
    a = analyse(
        "Paul O'Connell refuses to be drawn on the Lions. The minister, Jane Smith, declined "
        "to be drawn on the row. John Brown refused to draw a line under the affair."
    )
    assert [(party, cue) for party, _, cue in shown(a)] == [("john-brown", "refused")]


def test_a_remark_made_with_none_of_its_words_here_is_no_position():
    a = analyse(
        "Beto O'Rourke announced the end of his campaign. He made his announcement via a post "
        "on Medium. Later the group made no comment about the future of the paper. Kanye West "
        "made a surprise announcement on Twitter that he was running for president. Donald "
        "Trump made critical remarks about Anthony Fauci."
    )
    cues = [a.article.text[slice(*p.cue)] for p in a.positions]
    assert not [c for c in cues if "his announcement" in c or "no comment" in c]
    assert len([c for c in cues if c.startswith("made")]) == 2


def test_not_believing_something_is_a_view_held_but_not_saying_it_is_none():
    a = analyse(
        "Jane Morton does not believe the new tax will raise any money. Peter Hale did not "
        "say he would vote for the plan."
    )
    assert [(party, cue) for party, _, cue in shown(a)] == [("jane-morton", "does not believe")]
