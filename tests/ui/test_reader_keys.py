"""Every key of DESIGN §4, pressed in the running reader, asserted on what the panes hold."""

from __future__ import annotations

from builders import app_for, settle, tiny_analysis

from briefing.analysis.types import Party, Position
from briefing.ui import highlights as hl
from briefing.ui.literal import line_of
from briefing.ui.widgets.article_list import ArticleList
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.parties_pane import PartiesPane
from briefing.ui.widgets.summary_pane import SummaryPane

SIZE = (120, 36)


def visible_lines(view: ArticleView) -> range:
    top = int(view.scroll_y)
    return range(top, top + view.scrollable_content_region.height)


async def test_tab_and_shift_tab_move_between_panes(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, SummaryPane)
        await pilot.press("tab")
        assert isinstance(app.focused, PartiesPane)
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, ArticleView)


async def test_movement_keys_scroll_the_article(seed):
    app = app_for([seed])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        assert view.scroll_y == 0 and view.max_scroll_y > 3
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("down")
        assert view.scroll_y == 2
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        assert view.scroll_y > 2
        await pilot.press("pageup")
        assert view.scroll_y == 0


async def test_n_and_shift_n_move_a_visible_cursor_over_entities(seed):
    app = app_for([seed])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        entities = sorted(seed.entities, key=lambda e: (e.start, e.end))
        await pilot.press("n")
        assert view.entity == entities[0]
        await pilot.press("n", "n")
        assert view.entity == entities[2]
        await pilot.press("N")
        assert view.entity == entities[1]
        # the cursor is painted: its segment carries the cursor style
        cursor = view.get_component_rich_style(hl.CURSOR, partial=True)
        line = line_of(view._starts, entities[1].start)
        strip = view._render_text_line(line, view.rich_style)
        painted = "".join(s.text for s in strip if s.style and s.style.bgcolor == cursor.bgcolor)
        assert painted == entities[1].text
        # going on past the first entity wraps to the last, scrolling the text to it
        await pilot.press("N", "N")
        assert view.entity == entities[-1]
        assert view.scroll_y > 0
        assert line_of(view._starts, view.entity.start) in visible_lines(view)


async def test_enter_on_an_entity_opens_its_party(seed, notified):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("n")  # "Istanbul": a place, no party
        assert view.entity.party is None
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleView)
        assert any("not a party" in n.message for n in notified)
        while view.entity.party != "vladimir-putin":
            await pilot.press("n")
        await pilot.press("tab")  # n from another pane brings the focus back to the text
        await pilot.press("n", "N")
        assert app.focused is view
        await pilot.press("enter")
        parties = app.query_one(PartiesPane)
        assert app.focused is parties
        node = parties.cursor_node
        assert isinstance(node.data, Party) and node.data.id == "vladimir-putin"
        assert node.is_expanded
        assert [child.data for child in node.children] == seed.positions_of("vladimir-putin")


async def test_enter_on_a_summary_sentence_scrolls_the_text_to_it(seed):
    app = app_for([seed])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryPane)
        view = app.query_one(ArticleView)
        chosen = seed.summary_sentences
        assert summary.sentence_indices == [s.index for s in chosen]
        await pilot.press("tab", "end", "enter")
        last = chosen[-1]
        assert [(m.start, m.end, m.component) for m in view.marks] == [
            (last.start, last.end, hl.MARKED)
        ]
        assert view.scroll_y > 0
        assert line_of(view._starts, last.start) in visible_lines(view)


async def test_p_focuses_parties_and_enter_expands_positions_then_jumps(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        parties = app.query_one(PartiesPane)
        view = app.query_one(ArticleView)
        await pilot.press("p")
        assert app.focused is parties
        top = parties.cursor_node
        assert top.data.id == "vladimir-putin"  # most positions first
        assert not top.is_expanded
        await pilot.press("enter")
        assert top.is_expanded
        labels = [str(child.label) for child in top.children]
        assert labels[0].startswith("[proposes] Vladimir Putin has called for: ")
        assert "“We are prepared for serious discussions with Ukraine”" in labels[1]
        await pilot.press("down", "down", "enter")
        position = parties.cursor_node.data
        assert isinstance(position, Position) and position.stance == "commits"
        marks = {(m.start, m.end): m.component for m in view.marks}
        assert marks[position.source] == hl.SOURCE
        assert marks[position.cue] == hl.CUE
        assert marks[position.content[0]] == hl.CONTENT
        sentence = seed.sentences[position.sentence]
        assert marks[(sentence.start, sentence.end)] == hl.MARKED
        styles = {view.get_component_rich_style(c, partial=True) for c in marks.values()}
        assert len(styles) == 4
        assert line_of(view._starts, position.cue[0]) in visible_lines(view)


async def test_parties_panel_lists_parties_with_positions_and_a_lists_every_party(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        parties = app.query_one(PartiesPane)
        listed = [n.data for n in parties.root.children if isinstance(n.data, Party)]
        assert listed and all(seed.positions_of(p.id) for p in listed)
        assert parties.party_node("nato") is None  # named, but holds no position
        hidden = len(seed.parties) - len(listed)
        assert f"{hidden} more part" in str(parties.root.children[-1].label)

        await pilot.press("a")
        node = parties.party_node("nato")
        assert "0 positions" in str(node.label)
        assert [str(child.label) for child in node.children] == ["no positions found"]
        every = [n.data for n in parties.root.children if isinstance(n.data, Party)]
        assert len(every) == len(seed.parties)

        await pilot.press("a")
        assert parties.party_node("nato") is None


async def test_brackets_switch_articles_analysed_in_one_background_batch(seed):
    other = tiny_analysis("Reuters said so.\nThe EU agreed.", [("Reuters", "ORG")], "b.txt")
    third = tiny_analysis("A third one.", source="c.txt")
    batches = []
    by_id = {a.article.id: a for a in (seed, other, third)}

    def analyse(articles, options):
        batches.append([a.source for a in articles])
        return [by_id[a.id] for a in articles]

    app = app_for([seed, other, third], analyse=analyse)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert batches == [[seed.article.source], ["b.txt", "c.txt"]]
        listing = app.query_one(ArticleList)
        assert listing.display and listing.border_title == "Articles"
        assert listing.option_count == 3
        view = app.query_one(ArticleView)
        await pilot.press("right_square_bracket")
        assert app.current == 1 and view.article == other.article
        assert listing.highlighted == 1
        assert app.query_one(SummaryPane).loading is False
        assert "2/3" in view.border_subtitle
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert app.current == 2 and view.article == third.article
        # a search counts its matches in every article and goes on across them
        await pilot.press("slash", *"the", "enter")
        counts = [a.article.text.lower().count("the") for a in (seed, other, third)]
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(3)]
        assert [p.rsplit(" (", 1)[1] for p in prompts] == [f"{c})" for c in counts]
        await pilot.press("right_square_bracket")
        assert app.current == 0 and len(view.matches) == counts[0]
        await pilot.press("escape")
        assert str(listing.get_option_at_index(1).prompt) == "●  b.txt"  # unread, no count
        # the list itself: moving in it switches, enter goes to the text
        listing.focus()
        await pilot.press("down")
        assert app.current == 1 and view.article == other.article
        await pilot.press("enter")
        assert app.focused is view


async def test_a_single_article_has_no_article_list(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert (
            app.query_one(ArticleList).display is False
            or not app.query_one(ArticleList).region.area
        )


async def test_slash_searches_and_n_goes_through_matches_until_escape(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"peskov")
        expected = [
            (i, i + 6)
            for i in range(len(seed.article.text))
            if seed.article.text[i : i + 6] == "Peskov"
        ]
        assert view.matches == expected and len(expected) == 2
        assert view.border_subtitle.endswith("· 2 matches")
        await pilot.press("enter")
        assert app.focused is view
        first = view.match_index
        await pilot.press("n")
        assert view.match_index == (first + 1) % 2
        assert view.entity is None  # n went through matches, not entities
        await pilot.press("N")
        assert view.match_index == first
        await pilot.press("escape")
        assert not view.searching and view.matches == []
        assert "matches" not in view.border_subtitle
        await pilot.press("n")
        assert view.entity is not None


async def test_e_exports_markdown_or_json_and_says_where(seed, tmp_path, monkeypatch, notified):
    import os

    monkeypatch.chdir(tmp_path)
    previous = os.umask(0o022)
    try:
        await _export_both(seed, tmp_path, notified)
    finally:
        os.umask(previous)


async def _export_both(seed, tmp_path, notified):
    import json

    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.press("down", "space")  # Markdown
        await pilot.press("tab")
        app.focused.value = "brief.md"
        await pilot.press("enter")
        await pilot.pause()
        written = tmp_path / "brief.md"
        assert written.read_text(encoding="utf-8").startswith("# ")
        assert "## Parties" in written.read_text(encoding="utf-8")
        assert any(str(written) in n.message for n in notified)

        await pilot.press("e", "tab", "enter")  # JSON, the default name
        await pilot.pause()
        exported = list(tmp_path.glob("*.json"))
        assert [p.name for p in exported] == ["000-ba72d959d0682f81.json"]
        assert exported[0].stat().st_mode & 0o044 == written.stat().st_mode & 0o044 == 0o044
        document = json.loads(exported[0].read_text(encoding="utf-8"))
        assert document["articles"][0]["text"] == seed.article.text
        assert len(document["articles"][0]["positions"]) == len(seed.positions)


async def test_export_to_an_unwritable_place_is_a_notification(seed, tmp_path, notified):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "tab")
        app.focused.value = str(tmp_path / "missing" / "dir" / "x.json")
        await pilot.press("enter")
        await pilot.pause()
        assert any(n.severity == "error" for n in notified)
        assert app.is_running


async def test_question_mark_lists_every_key(seed):
    from textual.widgets import Markdown

    from briefing.ui.screens.help import HelpScreen

    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        source = app.screen.markdown
        for key in ("tab", "shift+tab", "j", "k", "↑", "↓", "pgup", "pgdn", "g", "G", "n", "N"):
            assert f"`{key}`" in source, key
        for key in ("enter", "p", "s", "+", "-", "[", "]", "/", "e", "?", "q", "escape"):
            assert f"`{key}`" in source, key
        assert "Next entity highlight" in source and "Open the party" in source
        for key in ("u", "b", "m", "o", "y", "f", "r"):
            assert f"`{key}`" in source, key
        # briefing's own keys first, Textual's generic ones (the palette, ctrl+q) last
        generic = source.index("## Textual's own keys")
        assert source.index("`u`") < generic < source.index("`ctrl+p`")
        assert source.index("## Articles") < generic
        assert app.screen.query_one(Markdown)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_actions_are_in_the_command_palette(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Entity", "Parties", "Summarizer", "Search", "Export", "Help"} <= titles
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Parties")
        command.callback()
        await pilot.pause()
        assert isinstance(app.focused, PartiesPane)


async def test_footer_shows_the_important_keys(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = {b.key for _, b, enabled, _ in app.active_bindings.values() if b.show}
        assert {"n", "p", "s", "slash", "e", "question_mark", "q"} <= shown
        assert "j" not in shown and "left_square_bracket" not in shown


async def test_q_quits(seed):
    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_the_detail_under_the_parties_shows_a_whole_position(seed):
    from briefing.ui.widgets.parties_pane import PartyDetail

    app = app_for([seed])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("p", "enter", "down", "down")
        await pilot.pause()
        widget = app.query_one(PartyDetail)
        detail = str(widget.render())
        assert detail.startswith("commits quote")
        assert "We are prepared for serious discussions with Ukraine" in detail
        # the whole content is on screen at 80x24: the lines it wraps to all fit
        await pilot.pause()
        lines = widget.render().wrap(widget.content_region.width)
        assert len(lines) > 2 and widget.content_region.height >= len(lines)


async def test_the_detail_of_a_party_named_once_says_one_mention(seed):
    from briefing.ui.widgets.parties_pane import PartyDetail

    app = app_for([seed])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p", "a")
        pane = app.query_one(PartiesPane)
        once = next(p for p in app.analysis.parties if p.mentions == 1)
        pane.move_cursor(pane.party_node(once.id))
        await pilot.pause()
        detail = str(app.query_one(PartyDetail).render())
        assert "1 mention, " in detail and "1 mentions" not in detail
