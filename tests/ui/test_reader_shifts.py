"""Shifts in the briefing across articles (``P``): positions of one party with opposite
stances on one thing in two articles are marked ⇄, filtered by ``s``, and ``x`` shows them
side by side."""

from __future__ import annotations

from dataclasses import replace

from builders import app_for, position, settle, tiny_analysis
from textual.widgets import Static, Tree

from briefing.analysis.types import Analysis, Party
from briefing.ui.screens.across import AcrossScreen
from briefing.ui.screens.shifts import ShiftScreen

SIZE = (120, 36)
PUTIN = Party("putin", "Vladimir Putin", "PERSON", ("Putin", "Vladimir Putin"), None, 2)


def report(text: str, title: str, cue: str, content: str, stance: str) -> Analysis:
    analysis = tiny_analysis(text, [("Vladimir Putin", "PERSON")], source=f"{title}.txt")
    analysis = replace(analysis, article=replace(analysis.article, title=title), parties=(PUTIN,))
    said = position(analysis, "Vladimir Putin", cue, content, stance, "putin")
    return replace(analysis, positions=(said,))


def reports() -> list[Analysis]:
    backs = report(
        "Vladimir Putin backed a ceasefire in eastern Ukraine [bold]now[/bold].\nTalks went on.",
        "Putin backs a ceasefire",
        "backed",
        "a ceasefire in eastern Ukraine [bold]now[/bold]",
        "supports",
    )
    rejects = report(
        "Vladimir Putin rejected a ceasefire in eastern Ukraine.\nFighting went on.",
        "Putin rejects a ceasefire",
        "rejected",
        "a ceasefire in eastern Ukraine",
        "opposes",
    )
    calls = report(
        "Vladimir Putin called for talks in Istanbul.\nNothing else.",
        "Putin calls for talks",
        "called for",
        "talks in Istanbul",
        "demands",
    )
    return [backs, rejects, calls]


async def _across(pilot) -> AcrossScreen:
    await settle(pilot)
    await pilot.press("P")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(pilot.app.screen, AcrossScreen)
    return pilot.app.screen


async def test_positions_in_a_shift_are_marked_and_x_shows_them_side_by_side(notified):
    backs, rejects, calls = reports()
    app = app_for([backs, rejects, calls])
    async with app.run_test(size=SIZE) as pilot:
        screen = await _across(pilot)
        tree = screen.query_one(Tree)
        assert str(tree.root.children[0].label) == (
            "Vladimir Putin (person) · 3 positions in 3 articles · ⇄ 1 shift"
        )
        assert "⇄ 1 shift" in str(tree.border_title)
        await pilot.press("enter")  # open the party: its three articles
        await pilot.pause()
        leaves = [leaf for branch in tree.root.children[0].children for leaf in branch.children]
        labels = [str(leaf.label) for leaf in leaves]
        assert labels[0].startswith("⇄ supports: a ceasefire in eastern Ukraine [bold]now")
        assert labels[1].startswith("⇄ opposes: a ceasefire")
        assert labels[2].startswith("demands: talks in Istanbul")  # no shift, no mark
        marked = screen.get_component_rich_style("across--shift")
        assert leaves[0].label.spans[0].style == marked  # the mark has its own style
        # x on a position in no shift says so
        tree.move_cursor(leaves[2])
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, AcrossScreen)
        assert "No shift here" in notified[-1].message
        # x on a marked position: the two side by side, the article's words as written
        tree.move_cursor(leaves[0])
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ShiftScreen)
        sides = list(app.screen.query(".shift-side").results(Static))
        assert [s.border_title for s in sides] == [
            "Putin backs a ceasefire · Putin backs a ceasefire.txt",
            "Putin rejects a ceasefire · Putin rejects a ceasefire.txt",
        ]
        left, right = (str(s.render()) for s in sides)
        assert left.startswith("supports (backed)") and right.startswith("opposes (rejected)")
        assert "[bold]now[/bold]" in left  # literal, never markup
        heading = app.screen.query_one(".shift-heading", Static)
        assert "Vladimir Putin, on “ceasefire eastern Ukraine”" in str(heading.render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AcrossScreen)


async def test_the_stance_filter_ends_with_the_shifts_and_x_on_a_party():
    app = app_for(reports())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _across(pilot)
        await pilot.press(*["s"] * 8)  # every stance, then the seven stances, then shifts
        assert screen.stance == "shifts"
        tree = screen.query_one(Tree)
        assert str(tree.root.children[0].label).startswith(
            "Vladimir Putin (person) · 2 positions in 2 articles"
        )
        await pilot.press("x")  # on the party: its shifts
        await pilot.pause()
        assert isinstance(app.screen, ShiftScreen) and len(app.screen.shifts) == 1
        await pilot.press("x")
        await pilot.press("s")  # and round again to every stance
        assert screen.stance is None


async def test_the_help_lists_the_across_keys_with_x():
    from briefing.ui.screens.help import HelpScreen

    app = app_for(reports())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        across = app.screen.markdown.split("## Across articles (P)")[1].split("\n## ")[0]
        assert "| `x` | A position marked ⇄ (or a party): it and its opposite stance" in across
        assert "| `s` | Show only the positions of one stance, then only those in a shift" in across


def test_a_shift_side_by_side(snap_compare):
    async def side_by_side(pilot) -> None:
        await _across(pilot)
        await pilot.press("enter", "down", "down", "x")  # the party, its first article, x
        await pilot.pause()

    assert snap_compare(app_for(reports()), terminal_size=SIZE, run_before=side_by_side)
