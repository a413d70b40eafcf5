"""The summary keys of DESIGN §4 (``s``, ``S``, ``+``, ``-``, the palette's summarizers),
pressed in the running reader, asserted on what the summary pane holds."""

from __future__ import annotations

from builders import app_for, settle
from textual.widgets import OptionList

from briefing.ui import highlights as hl
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.summary_pane import SummaryPane

SIZE = (120, 36)


async def test_s_cycles_the_summarizer_and_the_pane_says_which(seed):
    from briefing.analysis.summarize import algorithms

    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        names = algorithms()
        first = seed.summary.algorithm
        assert summary.border_subtitle == f"{first} · 3 sentences"
        await pilot.press("s")
        await settle(pilot)
        second = names[(names.index(first) + 1) % len(names)]
        assert app.analysis.summary.algorithm == second
        assert summary.border_subtitle == f"{second} · 3 sentences"
        assert summary.sentence_indices == sorted(app.analysis.summary.ranking[:3])
        assert summary.loading is False
        # pressed twice in a row, before the first result: two steps on, not one
        await pilot.press("s", "s")
        await settle(pilot)
        fourth = names[(names.index(first) + 3) % len(names)]
        assert app.analysis.summary.algorithm == fourth
        assert summary.border_subtitle == f"{fourth} · 3 sentences"


async def test_summary_sentences_show_their_rank_not_the_raw_score(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        prompts = [str(summary.get_option_at_index(i).prompt) for i in range(3)]
        ranks = {i: r for r, i in enumerate(seed.summary.ranking[:3], 1)}
        for prompt, index in zip(prompts, summary.sentence_indices, strict=True):
            assert prompt.startswith(f"#{ranks[index]} ")
        assert sorted(p.split()[0] for p in prompts) == ["#1", "#2", "#3"]
        shown = zip(prompts, summary.sentence_indices, strict=True)
        assert not any(f"{seed.summary.scores[i]:5.3f}" in p for p, i in shown)


async def test_shift_s_picks_a_summarizer_by_name(seed):
    from briefing.ui.screens.summarizer import SummarizerScreen

    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, SummarizerScreen)
        await pilot.press("escape")  # cancelled: nothing changes
        await pilot.pause()
        assert not isinstance(app.screen, SummarizerScreen)
        assert app.analysis.summary.algorithm == seed.summary.algorithm
        await pilot.press("S")
        await pilot.pause()
        picker = app.screen.query_one(OptionList)
        picker.highlighted = picker.get_option_index("reduction")
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, SummarizerScreen)
        assert app.analysis.summary.algorithm == "reduction"
        assert summary.border_subtitle == "reduction · 3 sentences"
        assert summary.sentence_indices == sorted(app.analysis.summary.ranking[:3])


async def test_the_command_palette_picks_a_summarizer_by_name(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        commands = {c.title: c for c in app.get_system_commands(app.screen)}
        assert {"Summarize with lexrank", "Summarize with lead", "Pick summarizer"} <= set(commands)
        commands["Summarize with lexrank"].callback()
        await settle(pilot)
        assert app.analysis.summary.algorithm == "lexrank"
        assert app.query_one(SummaryPane).border_subtitle == "lexrank · 3 sentences"


async def test_plus_and_minus_change_the_summary_length(seed, notified):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        view = app.query_one(ArticleView)
        await pilot.press("plus")
        await settle(pilot)
        assert summary.option_count == 4
        assert summary.border_subtitle.endswith("· 4 sentences")
        # a length-dependent ranking (the default) is re-ranked for 4: the shown four are its top
        assert summary.sentence_indices == sorted(app.analysis.summary.ranking[:4])
        summary_marks = [h for h in view._base.highlights if h.component == hl.SUMMARY]
        assert len(summary_marks) == 4
        await pilot.press("plus", "plus")  # in a row, before the first result
        await settle(pilot)
        assert summary.option_count == 6
        await pilot.press("minus", "minus", "minus", "minus", "minus")
        await settle(pilot)
        assert summary.border_subtitle.endswith("· 1 sentence")
        await pilot.press("minus")
        await settle(pilot)
        assert summary.option_count == 1
        assert any("already has 1 sentence" in n.message for n in notified)


async def test_plus_stops_at_the_prose_sentences_of_the_article(seed, notified):
    from dataclasses import replace

    # Only four sentences are prose: a longer summary would quote datelines and captions.
    from briefing.analysis.summarize import SummaryLength, summarize

    sentences = tuple(replace(s, prose=s.index < 4) for s in seed.sentences)
    text, algorithm = seed.article.text, seed.summary.algorithm
    summary = summarize(text, sentences, algorithm, SummaryLength(3), title=seed.article.title)
    app = app_for([replace(seed, sentences=sentences, summary=summary)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        await pilot.press("plus")
        await settle(pilot)
        assert summary.option_count == 4 and summary.loading is False
        assert summary.sentence_indices == [0, 1, 2, 3]
        await pilot.press("plus")
        await settle(pilot)
        assert summary.option_count == 4 and summary.loading is False
        assert any("already has 4 sentences" in n.message for n in notified)
