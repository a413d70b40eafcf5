"""What a party did not say is no position (``positions/unsaid.py``)."""

from __future__ import annotations

from tests.reading import analyse, shown


def test_declining_to_be_drawn_is_saying_nothing_but_refusing_to_draw_a_line_is_a_view():
    a = analyse(
        "Paul O'Connell refuses to be drawn on the Lions. The minister, Jane Smith, declined "
        "to be drawn on the row. John Brown refused to draw a line under the affair."
    )
    assert [(party, cue) for party, _, cue in shown(a)] == [("john-brown", "refused")]
