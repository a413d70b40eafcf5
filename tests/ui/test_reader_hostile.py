"""Hostile text in the reader: titles, file names and notes with markup and escape sequences
are shown literally and safely, and the mouse cannot crash the article pane."""

from __future__ import annotations

from dataclasses import replace

from builders import app_for, settle, tiny_analysis

from briefing.safe_text import is_safe
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView

SIZE = (120, 36)
OSC52 = "\x1b]52;c;cHduZWQ=\x07"  # sets the terminal's clipboard
RAW = ("\x1b", "\x07", "\x9b", "\x9d", "\u202e")


def _hostile_pair():
    first = tiny_analysis("Ministers met.\nThey talked about [b]tax[/b].", [("Ministers", "NORP")])
    title = f"Budget talks [/] resume{OSC52} over [b]tax[/b] \u202eevil"
    first = replace(
        first,
        article=replace(first.article, title=title),
        notes=(f"decoded as latin-1 [/] {OSC52}\x9b2J",),
        summary=replace(first.summary, algorithm="lead[/]\x1b]0;t\x07"),  # e.g. a damaged cache
    )
    second = tiny_analysis("Other news.", source="evil\x1b]0;pwned\x07[red].txt")
    return first, second


def _assert_literal_screen(app) -> str:
    svg = app.export_screenshot()
    assert not any(raw in svg for raw in RAW)
    return svg


async def test_titles_with_markup_and_escapes_are_shown_literally():
    first, second = _hostile_pair()
    app = app_for([first, second])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        view = app.query_one(ArticleView)
        assert "Budget talks [/] resume\\x1b]52;c;cHduZWQ=\\x07 over [b]tax[/b]" in (
            view.border_subtitle.replace("\\[", "[")
        )
        titles = app.query_one(ArticleList).titles
        assert titles[1] == "evil\\x1b]0;pwned\\x07[red].txt"
        assert all(is_safe(t) for t in titles)
        svg = _assert_literal_screen(app)
        assert "[b]tax[/b]" in svg and "pwned\\x07[r" in svg  # the title is cut to fit
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert app.is_running
        _assert_literal_screen(app)


async def test_notifications_carry_outside_text_made_safe_and_literal(notified):
    first, second = _hostile_pair()
    app = app_for([first, second])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"[/]\x1b", "enter")  # no match for what the reader typed
        await pilot.pause()
        assert app.is_running
        messages = [n.message for n in notified]
        assert any("decoded as latin-1 [/] \\x1b]52;c;" in m and "\\x9b2J" in m for m in messages)
        assert any("[/]" in m and "No match" in m for m in messages)
        assert all(is_safe(n.message) and not n.markup for n in notified)
        _assert_literal_screen(app)


async def test_a_failing_analysis_message_is_made_safe(notified):
    first, _ = _hostile_pair()

    def broken(articles, options):
        raise RuntimeError(f"server said [/]{OSC52}")

    app = app_for([first], analyse=broken)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        (error,) = [n for n in notified if n.severity == "error"]
        assert error.message == "RuntimeError: server said [/]\\x1b]52;c;cHduZWQ=\\x07"
        assert not error.markup


async def test_double_clicking_the_article_pane_does_not_crash(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.click(ArticleView, offset=(5, 3), times=2)
        await pilot.click(ArticleView, offset=(8, 4), times=3)
        await pilot.pause()
        assert app.is_running and app.return_code is None


async def _export_to(app, pilot, path) -> None:
    await pilot.press("e", "tab")
    app.focused.value = str(path)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_export_dialog_keeps_links_modes_and_fifos(seed, tmp_path, notified):
    import os
    import stat

    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _export_to(app, pilot, link)
        assert link.is_symlink() and stat.S_IMODE(real.stat().st_mode) == 0o600
        assert real.read_text(encoding="utf-8").startswith('{"briefing_version"')
        await _export_to(app, pilot, fifo)  # nobody reads it: said, not waited on
        (error,) = [n for n in notified if n.severity == "error"]
        assert "a FIFO that no process is reading" in error.message
        assert stat.S_ISFIFO(fifo.stat().st_mode) and app.is_running
