"""The reader as a daily tool: the article list with marks, u b f o y m r, and the last place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import app_for, seed_positions, settle, tiny_analysis

from briefing.analysis.types import Analysis
from briefing.store import Store
from briefing.ui.widgets.article_list import ArticleList

SIZE = (120, 36)


def _with(analysis: Analysis, **metadata) -> Analysis:
    return replace(analysis, article=replace(analysis.article, **metadata))


@pytest.fixture
def three(seed) -> list[Analysis]:
    """The seed (with a web address, a site and a date) and two small articles."""
    first = _with(
        seed,
        title="Putin calls for direct talks",
        url="https://www.example.org/world/talks",
        date="2024-05-14T09:00:00Z",
        author="Ana Silva",
    )
    second = _with(
        tiny_analysis("Reuters said so.\nThe EU agreed.", [("Reuters", "ORG")], "b.txt"),
        title="EU agrees",
    )
    third = tiny_analysis("A third one.", source="c.txt")
    return [first, second, third]


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "home") as opened:
        yield opened


def _prompts(app) -> list[str]:
    listing = app.query_one(ArticleList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_the_list_shows_unread_marker_title_site_and_date(three):
    app = app_for(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first, second, third = _prompts(app)
        assert first.startswith("●  Putin calls") and first.endswith(" 2024-05-14")
        assert second.startswith("●  EU agrees") and third.startswith("●  c.txt")
        assert app.query_one(ArticleList).border_subtitle == "3"
    async with app_for(three).run_test(size=(200, 50)) as pilot:  # room for the site too
        await settle(pilot)
        assert _prompts(pilot.app)[0].endswith(" example.org 2024-05-14")


async def test_u_and_b_mark_and_the_marks_persist(three, tmp_path):
    home = tmp_path / "home"
    with Store.open(home) as store:
        app = app_for(three, store=store)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("u")  # the first article: read
            assert _prompts(app)[0].startswith("   Putin")
            await pilot.press("right_square_bracket", "b")
            assert _prompts(app)[1].startswith("●★ EU agrees")
            assert "★" in str(app.article_view.border_subtitle)
    with Store.open(home) as store:
        entries = {e.article.id: e for e in store.library.entries()}
        assert entries[three[0].article.id].read is not None
        assert entries[three[1].article.id].bookmarked
        again = app_for(three, store=store)
        async with again.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert again.current == 1  # the last place
            first, second, _ = _prompts(again)
            assert first.startswith("   Putin") and second.startswith("●★ EU")
            await pilot.press("left_square_bracket", "u")  # the first, unread again
            assert again.current == 0 and _prompts(again)[0].startswith("●")
        assert store.library.get(three[0].article.id).read is None


async def test_an_article_on_screen_for_a_moment_counts_as_read(three, store):
    app = app_for(three, store=store)
    app.library.read_after = 0.05
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for _ in range(100):
            await pilot.pause(0.02)
            if three[0].article.id in app.library.marks.read:
                break
        assert _prompts(app)[0].startswith("   ")
        assert store.library.get(three[0].article.id).read is not None
        assert three[1].article.id not in app.library.marks.read  # never opened


async def test_f_filters_unread_bookmarked_and_search_matches(three):
    app = app_for(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.query_one(ArticleList)
        await pilot.press("u", "right_square_bracket", "b", "f")
        assert listing.filter == "unread" and listing.shown == [1, 2]
        assert listing.border_title == "Articles · unread"
        assert listing.border_subtitle == "2 of 3"
        await pilot.press("f")
        assert listing.filter == "bookmarked" and listing.shown == [1]
        assert listing.border_subtitle == "1 of 3" and app.current == 1
        await pilot.press("f")  # no search: back to all
        assert listing.filter == "all" and listing.option_count == 3
        await pilot.press("slash", *"agreed", "enter", "f", "f", "f")
        assert listing.filter == "matches" and listing.shown == [1]
        assert listing.border_subtitle == "1 of 3"
        await pilot.press("slash", "escape")  # the search ends, and its filter
        assert listing.filter == "all" and listing.option_count == 3


async def test_o_opens_the_address_in_the_browser(three, monkeypatch, notified):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)
    app = app_for(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await app.workers.wait_for_complete()
        assert opened == ["https://www.example.org/world/talks"]
        await pilot.press("right_square_bracket", "o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened == ["https://www.example.org/world/talks"]
        assert any("has no web address" in n.message for n in notified)


async def test_y_copies_the_position_or_sentence_with_its_article(three):
    app = app_for(three)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard == "Putin calls for direct talks https://www.example.org/world/talks"
        await pilot.press("p", "enter", "down")  # the first party's first position
        await pilot.press("y")
        assert app.clipboard.startswith("Vladimir Putin has called for: “direct talks” with")
        assert app.clipboard.endswith(
            "\n— Putin calls for direct talks https://www.example.org/world/talks"
        )
        app.summary_pane.focus()
        await pilot.press("y")
        first = app.analysis.summary_sentences[0]
        sentence = " ".join(app.analysis.article.text[first.start : first.end].split())
        assert app.clipboard.startswith(sentence)


async def test_m_keeps_a_note_on_the_article_or_the_position(three, store):
    app = app_for(three, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", *"check this", "enter")
        await pilot.press("p", "enter", "down", "m", *"who else?", "enter")
        await pilot.press("m", "escape")  # cancelled: nothing kept
    notes = store.library.notes(three[0].article.id)
    assert [n.body for n in notes] == ["check this", "who else?"]
    assert notes[0].span is None
    position = seed_positions(three[0])[0]
    assert notes[1].span[0] <= position.cue[0] < notes[1].span[1]


async def test_r_refreshes_the_feeds_and_new_articles_join_the_list(three, store, notified):
    from feed_server import feed_server, item, rss

    from briefing.config import Fetching

    fast = Fetching(connect_timeout=1.0, total_timeout=2.0)
    with feed_server() as server:
        server.feeds["/news.xml"] = rss(server.base, "Local news", [item(server.base, 1)])
        store.feeds.add(f"{server.base}/news.xml")
        app = app_for(three, store=store, analyse=_known_or_tiny(three), fetching=fast)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("r")
            await settle(pilot)
            listing = app.query_one(ArticleList)
            assert listing.option_count == 4
            assert _prompts(app)[0].startswith("●  Story 1")
            assert listing.shown[0] == 3 and app.articles[3].title == "Story 1"
            assert 3 in app.analyses  # analysed once it came
            assert any("1 new article from 1 feed" in n.message for n in notified)
            assert app.query_one("#refresh-bar").display is False


def _known_or_tiny(known: list[Analysis]):
    by_id = {a.article.id: a for a in known}

    def analyse(articles, options):
        return [
            by_id.get(a.id) or replace(tiny_analysis(a.text, source=a.source), article=a)
            for a in articles
        ]

    return analyse


async def test_the_header_shows_title_site_author_date_and_notes(three, store):
    from briefing.ui.widgets.article_header import ArticleHeader

    app = app_for(three, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        header = app.query_one(ArticleHeader)
        shown = str(header.render())
        assert shown.splitlines() == [
            "Putin calls for direct talks",
            "example.org · Ana Silva · 2024-05-14",
        ]
        await pilot.press("m", *"[b]check[/b] this", "enter")
        assert str(header.render()).splitlines()[-1] == "✎ [b]check[/b] this"
        await pilot.press("right_square_bracket", "right_square_bracket")  # c.txt: nothing known
        assert header.display is False


async def test_a_relaunch_opens_with_the_last_summarizer_and_length(three, store):
    app = app_for(three, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "plus", "plus")
        await settle(pilot)
        other, chosen = app.analysis.summary.algorithm, app.analysis.summary.k
        assert other != three[0].summary.algorithm
        await pilot.press("q")
    again = app_for(three, store=store)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.analysis.summary.algorithm == other
        assert again.analysis.summary.k == chosen == three[0].summary.k + 2


async def test_no_sources_opens_the_library_newest_first_or_the_samples(store):
    from briefing.analysis.types import Article
    from briefing.ui.launch import create_app

    samples = create_app(store=store)  # an empty library: the bundled samples
    assert samples.articles and all("seeds" in a.source for a in samples.articles)
    older = Article("Older news.", "http://a/1", title="Older", date="2024-05-01")
    newer = Article("Newer news.", "http://a/2", title="Newer", date="2024-05-20")
    store.library.add_many([newer, older])
    library = create_app(store=store)
    assert [a.title for a in library.articles] == ["Newer", "Older"]


async def test_notes_go_into_the_markdown_export(three, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = app_for(three)  # no store: the notes are kept for the session
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", *"ask the ministry", "enter")
        await pilot.press("e", "down", "space", "tab")
        app.focused.value = "brief.md"
        await pilot.press("enter")
        await pilot.pause()
    written = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert written.rstrip().endswith("## Notes\n\n- ask the ministry")


async def test_r_without_subscriptions_or_without_a_store_says_so(three, store, notified):
    for app, said in (
        (app_for(three, store=store), "No subscriptions yet"),
        (app_for(three), "No library to refresh into"),
    ):
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("r")
            await settle(pilot)
            assert any(said in n.message for n in notified)
            assert app.query_one("#refresh-bar").display is False


async def test_the_read_timer_firing_while_the_reader_closes_is_ignored(three, store):
    """The read mark's timer can fire while the reader shuts down, its panes already gone;
    it once raised NoMatches there (seen in slow runs of other pilots)."""
    app = app_for(three, store=store)
    app.library.read_after = 3600
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
    app.library.read_now(0)  # what the timer calls, once the panes are gone
    assert three[0].article.id not in app.library.marks.read
