"""The reader before, during and after analysis, and when things go wrong."""

from __future__ import annotations

import threading

from builders import app_for, settle, tiny_analysis

from briefing.ui.launch import create_app
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.parties_pane import PartiesPane
from briefing.ui.widgets.summary_pane import SummaryPane

SIZE = (120, 36)


async def test_text_shows_at_once_and_panes_fill_in_when_the_analysis_arrives(seed):
    release = threading.Event()

    def slow(articles, options):
        assert release.wait(10)
        return [seed]

    app = app_for([seed], analyse=slow)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        summary, parties = app.query_one(SummaryPane), app.query_one(PartiesPane)
        assert view.article == seed.article and view.line_count > 10
        assert "analysing…" in view.border_subtitle
        assert summary.loading and parties.loading
        assert summary.option_count == 0 and view.analysis is None
        await pilot.press("j", "n")  # keys stay live while the worker runs
        assert view.scroll_y == 1
        release.set()
        await settle(pilot)
        assert not summary.loading and not parties.loading
        assert summary.option_count == seed.summary.k
        assert view.analysis == seed and "53 entities" in view.border_subtitle
        assert app.query_one("#parties-box").border_subtitle == "16 parties"


async def test_a_failing_analysis_is_a_notification_not_a_crash(seed, notified):
    def broken(articles, options):
        raise RuntimeError("model exploded")

    app = app_for([seed], analyse=broken)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.is_running
        errors = [n for n in notified if n.severity == "error"]
        assert len(errors) == 1 and "RuntimeError: model exploded" in errors[0].message
        view = app.query_one(ArticleView)
        assert "analysis failed" in view.border_subtitle
        assert not app.query_one(SummaryPane).loading
        await pilot.press("n", "s", "e")  # nothing to do, said politely
        await pilot.pause()
        assert app.is_running and view.entity is None


async def test_analysis_notes_are_shown_once(seed, notified):
    from dataclasses import replace

    noted = replace(seed, notes=("decoded as latin-1",))
    app = app_for([noted])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        notes = [n.message for n in notified]
        assert notes == ["decoded as latin-1"]


async def test_sources_that_cannot_be_read_are_notified(tmp_path, seed, notified):
    good = tmp_path / "good.txt"
    good.write_text(seed.article.text, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    by_text = {seed.article.text: seed}

    app = create_app(
        [str(good), str(missing)],
        analyse=lambda articles, options: [by_text[a.text] for a in articles],
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [n.message for n in notified if n.severity == "error"]
        assert len(messages) == 1 and "missing.txt" in messages[0]
        assert app.query_one(ArticleView).article.source == str(good)


async def test_quitting_does_not_wait_for_a_running_analysis(seed):
    import asyncio

    never = threading.Event()

    def stuck(articles, options):  # like spaCy's import: cannot be interrupted
        never.wait(30)
        return [seed]

    app = app_for([seed], analyse=stuck)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("q")
        # asyncio.run() ends by joining the worker threads: they must all be free
        loop = asyncio.get_running_loop()
        await asyncio.wait_for(loop.shutdown_default_executor(), timeout=2)
    finally:
        never.set()


async def test_an_article_left_without_analysis_stops_waiting(seed, notified):
    other = tiny_analysis("Reuters said so.", [("Reuters", "ORG")], "b.txt")

    def forgetful(articles, options):
        return [seed] if articles[0] == seed.article else []

    app = app_for([seed, other], analyse=forgetful)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right_square_bracket")
        view = app.query_one(ArticleView)
        assert "analysis failed" in view.border_subtitle
        assert not app.query_one(SummaryPane).loading
        assert any("b.txt" in n.message for n in notified if n.severity == "error")
