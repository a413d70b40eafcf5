"""``P`` (the briefing across articles) and ``c`` (the current article's story) by keyboard."""

from __future__ import annotations

from dataclasses import replace

from builders import app_for, position, settle, tiny_analysis
from textual.widgets import Static, Tree

from briefing.analysis.types import Analysis, Party
from briefing.ui.screens.across import AcrossScreen, StoryScreen
from briefing.ui.widgets.article_list import article_title

SIZE = (120, 36)

TALKS = (
    "Russian President Vladimir Putin has called for direct talks with Ukrainian officials in "
    "Istanbul on Thursday.\n"
    "Putin said Russia opposed any ceasefire before the talks on Ukraine.\n"
    "Ukraine's Volodymyr Zelensky demanded a ceasefire before talks with Putin.\n"
    "European leaders and the United States are advocating for a 30-day ceasefire, and the "
    "Kremlin spokesperson Dmitry Peskov said negotiations would begin without preconditions.\n"
    "Leaders from Germany, France, the United Kingdom and Poland met Zelensky in Kyiv; "
    "Western allies threatened Russia with severe sanctions."
)


def talks_report() -> Analysis:
    """A second report on the seed's story, where Putin holds two positions."""
    analysis = tiny_analysis(
        TALKS,
        [("Vladimir Putin", "PERSON"), ("Volodymyr Zelensky", "PERSON")],
        source="talks.txt",
    )
    putin = Party("putin", "Putin", "PERSON", ("Putin", "Vladimir Putin"), None, 3)
    zelensky = Party("zelensky", "Volodymyr Zelensky", "PERSON", ("Volodymyr Zelensky",), None, 1)
    analysis = replace(
        analysis,
        article=replace(analysis.article, title="Putin calls for talks in Istanbul"),
        parties=(putin, zelensky),
    )
    positions = (
        position(analysis, "Putin", "said", "Russia opposed any ceasefire", "opposes", "putin"),
        position(analysis, "Zelensky", "demanded", "a ceasefire", "demands", "zelensky"),
    )
    return replace(analysis, positions=positions)


async def opened(pilot, key: str) -> None:
    """Once the articles are analysed, ``key`` pressed and the screen it opens computed."""
    await settle(pilot)
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def party_labels(tree: Tree) -> list[str]:
    return [str(node.label) for node in tree.root.children]


async def test_P_lists_parties_across_articles_and_enter_jumps_to_a_position(seed):
    second = talks_report()
    app = app_for([seed, second])
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, "P")
        assert isinstance(app.screen, AcrossScreen)
        labels = party_labels(app.screen.query_one(Tree))
        # Putin: two positions in the seed, one in the talks report; most positions first
        assert labels[0].startswith("Vladimir Putin (person) · 3 positions in 2 articles")
        putin = app.screen.query_one(Tree).root.children[0]
        assert not putin.children  # its positions are added when it is opened
        await pilot.press("enter")
        await pilot.pause()
        assert [str(n.label).split(" · ")[0] for n in putin.children] == [
            article_title(seed.article),
            "Putin calls for talks in Istanbul",
        ]
        # the stance filter keeps only what matches
        await pilot.press("s", "s", "s", "s")  # every, proposes, demands, supports -> opposes
        assert app.screen.stance == "opposes"
        labels = party_labels(app.screen.query_one(Tree))
        assert labels == ["Vladimir Putin (person) · 1 position in 1 article"]
        # enter on the position: the talks report, its position marked
        await pilot.press("enter", "down", "down", "enter")  # open the party; its position
        await pilot.pause()
        assert not isinstance(app.screen, AcrossScreen)
        assert app.current == 1
        cue = second.positions[0].cue
        assert any(m.start <= cue[0] and cue[1] <= m.end for m in app.article_view.marks)


async def test_P_fits_a_partys_positions_to_a_narrow_screen(seed):
    """At 80x24 the positions, cut at 90 characters, ran past the screen's edge behind a
    horizontal scrollbar; they end in "…" at the tree's width now."""
    app = app_for([seed, talks_report()])
    async with app.run_test(size=(60, 24)) as pilot:
        await opened(pilot, "P")
        tree = app.screen.query_one(Tree)
        await pilot.press("enter")  # open the first party
        await pilot.pause()
        leaves = [leaf for article in tree.root.children[0].children for leaf in article.children]
        assert leaves and any(str(leaf.label).endswith("…") for leaf in leaves)
        assert all(len(str(leaf.label)) + 8 <= tree.size.width for leaf in leaves)
        assert not tree.show_horizontal_scrollbar


async def test_P_with_one_article_and_escape(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, "P")
        assert isinstance(app.screen, AcrossScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, AcrossScreen)
        assert app.current == 0


async def test_c_shows_the_story_with_who_each_article_quotes(seed):
    second = talks_report()
    app = app_for([seed, second])
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, "c")
        assert isinstance(app.screen, StoryScreen)
        assert [a.article.id for a in app.screen.story] == [
            seed.article.id,
            second.article.id,
        ]
        seed_column, talks_column = (str(s.render()) for s in app.screen.query(Static))
        assert (
            "Emmanuel Macron" in seed_column
            and "Emmanuel Macron" not in talks_column.split("Silent here")[0]
        )
        assert "Silent here" in talks_column and "Emmanuel Macron" in talks_column
        await pilot.press("escape")
        assert not isinstance(app.screen, StoryScreen)


async def test_a_storys_two_articles_fit_side_by_side_at_80_columns(seed):
    """At 80x24 the second article's column ran off the screen (each column 48 wide)."""
    app = app_for([seed, talks_report()])
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "c")
        columns = list(app.screen.query(".story-article"))
        assert len(columns) == 2
        assert all(c.region.width >= 30 and c.region.right <= 80 for c in columns)


async def test_a_second_result_does_not_stack_a_second_screen(seed):
    from briefing.analysis.across import cross_parties

    second = talks_report()
    app = app_for([seed, second])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        parties = cross_parties([seed, second])
        app.across.open_across(parties, dict(app.analyses))  # P pressed twice while computing
        app.across.open_across(parties, dict(app.analyses))
        await pilot.pause()
        assert sum(isinstance(s, AcrossScreen) for s in app.screen_stack) == 1


async def test_P_and_c_before_any_analysis_say_so(seed, notified):
    app = app_for([seed], analyse=lambda articles, options: iter(()))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("P", "c")
        await pilot.pause()
        assert not isinstance(app.screen, (AcrossScreen, StoryScreen))
        assert [n.message for n in notified].count("The analysis is still running") == 2


async def test_the_articles_keys_rest_while_another_screen_covers_it(seed):
    from briefing.ui.widgets.article_view import ArticleView

    app = app_for([seed, seed])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("c")  # the story covers the article
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("n", "right_square_bracket")
        await pilot.pause()
        assert view.entity is None and app.current == 0
        await pilot.press("escape")
        await pilot.press("n")
        assert view.entity is not None


async def test_two_parties_of_one_article_merged_across_list_the_article_once():
    """ "Senate" and "Puerto Rico Senate" in one article are one actor across articles: the
    article is one branch with both parties' positions, and counts once."""
    from briefing.analysis.across import CrossParty, PartyInArticle

    report = talks_report()
    senate = CrossParty(
        "senate",
        "Senate",
        "ORG",
        ("Senate",),
        (
            PartyInArticle(report.article.id, "putin", (0,), ("opposes",)),
            PartyInArticle(report.article.id, "zelensky", (1,), ("demands",)),
        ),
    )
    app = app_for([report])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(AcrossScreen([senate], {0: report}))
        await pilot.pause()
        tree = app.screen.query_one(Tree)
        assert party_labels(tree) == ["Senate (org) · 2 positions in 1 article"]
        await pilot.press("enter")
        await pilot.pause()
        (branch,) = tree.root.children[0].children
        assert len(branch.children) == 2


async def test_P_and_c_are_computed_once_ahead_of_their_keys(seed, monkeypatch):
    """Once the last analysis has arrived the reader computes what ``P`` and ``c`` show, so
    that both open at once, and computes it again only when the articles change."""
    import briefing.analysis.across as across

    calls = []
    real = across.cross_parties
    monkeypatch.setattr(across, "cross_parties", lambda *a: calls.append(1) or real(*a))
    app = app_for([seed, talks_report()])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        assert len(calls) == 1 and app.across.computed.stories is not None
        for key, screen in (("P", AcrossScreen), ("escape", None), ("c", StoryScreen)):
            await pilot.press(key)
            await pilot.pause()
            assert screen is None or isinstance(app.screen, screen)
        assert len(calls) == 1


async def test_P_names_an_article_by_title_file_and_date_and_a_country_a_place(seed):
    """An article read from deep in the folders showed its whole path after its title, which
    pushed the title's end out of an 80-column row; and a country's kind read "gpe"."""
    deep = "/home/reader/news/archive/2025/politics/europe/talks.txt"
    second = talks_report()
    second = replace(second, article=replace(second.article, source=deep, date="2025-05-12"))
    france = Party("france", "France", "GPE", ("France",), None, 1)
    said = position(second, "Putin", "said", "Russia opposed any ceasefire", "opposes", "france")
    second = replace(second, parties=(*second.parties, france), positions=(said,))
    app = app_for([seed, second])
    async with app.run_test(size=(80, 24)) as pilot:
        await opened(pilot, "P")
        tree = app.screen.query_one(Tree)
        labels = party_labels(tree)
        assert "France (place) · 1 position in 1 article" in labels
        tree.cursor_line = labels.index("France (place) · 1 position in 1 article")
        await pilot.press("enter")
        await pilot.pause()
        node = tree.root.children[labels.index("France (place) · 1 position in 1 article")]
        assert [str(n.label) for n in node.children] == [
            "Putin calls for talks in Istanbul · talks.txt · 2025-05-12"
        ]
