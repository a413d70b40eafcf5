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


def test_library_list_with_marks_and_header(snap_compare, seed, tmp_path):
    """The list: the first article read, the second bookmarked and on screen with a note."""
    from dataclasses import replace

    from builders import tiny_analysis

    from briefing.store import Store

    first = replace(
        seed,
        article=replace(
            seed.article,
            title="Putin calls for direct talks with Ukraine in Istanbul",
            url="https://www.example.org/world/talks",
            date="2024-05-14T09:00:00Z",
            author="Ana Silva",
        ),
    )
    second = tiny_analysis("Reuters said so.\nThe EU agreed.", [("Reuters", "ORG")], "b.txt")
    second = replace(second, article=replace(second.article, title="EU agrees", date="2024-05-13"))
    third = tiny_analysis("A third one.", source="c.txt")
    store = Store.open(tmp_path)
    store.library.add(first.article)
    store.library.mark_read(first.article.id)
    store.library.add(second.article)
    store.library.set_bookmark(second.article.id)
    store.library.add_note(second.article.id, "ask Brussels [b]tomorrow[/b]")

    async def second_on_screen(pilot):
        await _analysed(pilot)
        await pilot.press("right_square_bracket")
        await _analysed(pilot)

    app = app_for([first, second, third], store=store)
    app.library.read_after = 3600  # nothing turns read while the picture is taken
    try:
        assert snap_compare(app, terminal_size=(120, 30), run_before=second_on_screen)
    finally:
        store.close()


def test_across_articles_with_a_party_open(snap_compare, seed):
    from test_reader_across import talks_report

    async def across(pilot) -> None:
        await _analysed(pilot)
        await pilot.press("P")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app_for([seed, talks_report()]), terminal_size=(120, 36), run_before=across)


def test_story_side_by_side(snap_compare, seed):
    from test_reader_across import talks_report

    async def story(pilot) -> None:
        await _analysed(pilot)
        await pilot.press("c")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app_for([seed, talks_report()]), terminal_size=(120, 36), run_before=story)
