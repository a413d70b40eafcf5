"""What the reader looks like: the seed article at two sizes, the help screen, a party open.

The analysis is the frozen one (``data/seed_analysis.json``) with hand-made positions, so the
pictures change only when the UI does. Update with ``pytest --snapshot-update`` after looking
at the report.
"""

from __future__ import annotations

from builders import app_for, settle


async def _analysed(pilot) -> None:
    await settle(pilot)


def test_seed_at_120x36(snap_compare, seed):
    assert snap_compare(app_for([seed]), terminal_size=(120, 36), run_before=_analysed)


def test_seed_at_80x24(snap_compare, seed):
    assert snap_compare(app_for([seed]), terminal_size=(80, 24), run_before=_analysed)


def test_seed_at_200x60(snap_compare, seed):
    assert snap_compare(app_for([seed]), terminal_size=(200, 60), run_before=_analysed)


def test_help_screen(snap_compare, seed):
    assert snap_compare(
        app_for([seed]), terminal_size=(120, 36), run_before=_analysed, press=["question_mark"]
    )


def test_party_expanded_and_position_marked(snap_compare, seed):
    assert snap_compare(
        app_for([seed]),
        terminal_size=(120, 36),
        run_before=_analysed,
        press=["p", "enter", "down", "enter"],
    )


def test_entity_cursor_and_search(snap_compare, seed):
    async def search(pilot) -> None:
        await _analysed(pilot)
        await pilot.press("n", "n", "n", "slash", *"putin", "enter")
        await pilot.pause()

    assert snap_compare(app_for([seed]), terminal_size=(120, 36), run_before=search)


def test_every_party_after_a(snap_compare, seed):
    assert snap_compare(
        app_for([seed]), terminal_size=(120, 36), run_before=_analysed, press=["p", "a"]
    )


def test_a_position_in_full_at_80x24(snap_compare, seed):
    assert snap_compare(
        app_for([seed]),
        terminal_size=(80, 24),
        run_before=_analysed,
        press=["p", "enter", "down", "down"],
    )
