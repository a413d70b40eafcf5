"""The Parties panel's positions as a reader meets them: what each one shows."""

from __future__ import annotations

from dataclasses import replace

from builders import app_for, settle

from briefing.ui.widgets.parties_pane import PartyDetail


async def test_the_detail_of_a_position_with_no_content_shows_its_sentence(seed):
    first, *rest = seed.positions
    sentence = seed.sentences[first.sentence]
    words = " ".join(seed.article.text[sentence.start : sentence.end].split())
    app = app_for([replace(seed, positions=(replace(first, content=()), *rest))])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p", "enter", "down")
        await pilot.pause()
        detail = str(app.query_one(PartyDetail).render())
        assert "(no content found; said in) " + words in " ".join(detail.split())
