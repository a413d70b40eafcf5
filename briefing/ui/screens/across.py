"""The briefing across articles (``P``) and the current article's story (``c``).

Both screens are given what a worker computed (``briefing.analysis.across``/``stories``) and
the analyses the reader already holds; they compute nothing themselves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static, Tree
from textual.widgets.tree import TreeNode

from briefing.analysis.across import CrossParty, PartyInArticle
from briefing.analysis.shifts import Shift
from briefing.analysis.types import STANCES, Analysis, kind_word
from briefing.safe_text import safe_line
from briefing.ui.screens.shifts import ShiftScreen, where

Jump = tuple[int, int]
"""Where ``enter`` on a position goes: (article index in the reader, position index)."""
SHIFTS = "shifts"
"""The last step of the stance filter: only the positions that take part in a shift."""
SHIFT_MARK = "⇄"


_LEAF_INDENT = 9
"""Columns the tree's guides take before a position (party, then article, then position),
and one to spare; an article's title starts three columns to the left of its positions."""


def _fit(line: str, width: int) -> str:
    """``line`` cut to ``width`` columns, with "…" when it was longer."""
    return line if len(line) <= width else line[: width - 1] + "…"


def _excerpt(analysis: Analysis, index: int, width: int = 90) -> str:
    position = analysis.positions[index]
    return _fit(safe_line(" ".join(analysis.held(position).split())), width)


class AcrossScreen(Screen[Jump | None]):
    """Every party over the loaded articles, most positions first; each opens onto its
    positions by article. A position in a shift (``analysis.shifts``) is marked ⇄ and ``x``
    shows it beside its opposite. Dismissed with the position chosen, or None."""

    DEFAULT_CSS = """
    AcrossScreen > Tree { height: 1fr; border: round $primary; overflow-x: hidden; }
    """
    COMPONENT_CLASSES = {"across--shift"}

    BINDINGS = [
        Binding("escape,P", "close", "Close", id="across.close", tooltip="Back to the article"),
        Binding("s", "cycle_stance", "Stance", id="across.stance",
                tooltip="Show only the positions of one stance, then only those in a shift "
                        "(cycles; all again after the last)"),
        Binding("x", "side_by_side", "Shift", id="across.shift",
                tooltip="A position marked ⇄ (or a party): it and its opposite stance, side "
                        "by side"),
    ]  # fmt: skip

    def __init__(
        self,
        parties: Sequence[CrossParty],
        analyses: Mapping[int, Analysis],
        shifts: Sequence[Shift] = (),
    ) -> None:
        super().__init__()
        self.parties = list(parties)
        self.analyses = dict(analyses)
        self.index_of = {a.article.id: i for i, a in self.analyses.items()}
        self.stance: str | None = None
        self.shifts = list(shifts)
        self.shifts_at: dict[tuple[str, int], list[Shift]] = {}
        for shift in self.shifts:
            for ref in shift.refs:
                self.shifts_at.setdefault((ref.article, ref.position), []).append(shift)

    def compose(self) -> ComposeResult:
        yield Tree("Parties", id="across-parties")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        tree = self.query_one(Tree)
        tree.show_root = False
        self._fill()
        tree.focus()

    def _fill(self) -> None:
        tree = self.query_one(Tree)
        tree.clear()
        self._places: dict[int, list[tuple[str, list[int]]]] = {}
        shown = 0
        for party in self.parties:
            places = [(a, self._kept(a)) for a in party.articles if a.article in self.index_of]
            count = sum(len(found) for _, found in places)
            if not count:
                continue
            shown += 1
            by_article: dict[str, list[int]] = {}  # two parties of one article may be one
            for place, found in places:
                by_article.setdefault(place.article, []).extend(found)
            articles = sum(1 for found in by_article.values() if found)
            label = f"{party.name} ({kind_word(party.kind)}) · {count} position"
            label += f"{'s' * (count != 1)} in {articles} article{'s' * (articles != 1)}"
            shifts = sum(s.party == party.id for s in self.shifts)
            if shifts:
                label += f" · {SHIFT_MARK} {shifts} shift{'s' * (shifts != 1)}"
            # its articles and positions are added when it is opened (hundreds of parties)
            node = tree.root.add(Text(safe_line(label)), data=party, allow_expand=True)
            self._places[node.id] = [(a, sorted(set(f))) for a, f in by_article.items() if f]
        stance = self.stance or "every stance"
        parties = "party" if shown == 1 else "parties"
        shifts = len(self.shifts)
        title = f"Across articles · {shown} {parties} · {stance}"
        title += f" · {SHIFT_MARK} {shifts} shift{'s' * (shifts != 1)}" if shifts else ""
        tree.border_title = title
        tree.border_subtitle = "enter: open · s: stance · x: shift side by side · escape: back"
        tree.cursor_line = 0

    def _add_article(self, node: TreeNode, article_id: str, found: list[int]) -> None:
        index = self.index_of[article_id]
        analysis = self.analyses[index]
        room = self.query_one(Tree).scrollable_content_region.width - _LEAF_INDENT
        title = _fit(where(analysis), max(30, room + 2))
        branch = node.add(Text(title, style="bold"), data=None, expand=True)
        marked = self.get_component_rich_style("across--shift")
        for i in found:
            stance = analysis.positions[i].stance
            shift = (article_id, i) in self.shifts_at
            excerpt = _excerpt(analysis, i, max(30, room - len(stance) - 2 - 2 * shift))
            label = Text.assemble((stance, "italic"), ": " + excerpt)
            if shift:
                italic = marked + Style(italic=True)
                label = Text.assemble((f"{SHIFT_MARK} ", marked), (stance, italic))
                label.append(": " + excerpt)
            branch.add_leaf(label, data=(index, i))

    def on_tree_node_expanded(self, event: Tree.NodeExpanded) -> None:
        event.stop()
        node = event.node
        if not node.children:
            for article_id, found in self._places.pop(node.id, []):
                self._add_article(node, article_id, found)

    def _kept(self, place: PartyInArticle) -> list[int]:
        """The positions of ``place`` that the stance filter keeps."""
        if self.stance == SHIFTS:
            return [i for i in place.positions if (place.article, i) in self.shifts_at]
        stances = zip(place.positions, place.stances, strict=True)
        return [i for i, s in stances if self.stance is None or s == self.stance]

    def on_tree_node_selected(self, event: Tree.NodeSelected) -> None:
        event.stop()
        if isinstance(event.node.data, tuple):
            self.dismiss(event.node.data)

    def action_cycle_stance(self) -> None:
        order = [None, *STANCES, SHIFTS]
        self.stance = order[(order.index(self.stance) + 1) % len(order)]
        self._fill()

    def action_side_by_side(self) -> None:
        """``x``: the shifts of the position under the cursor (or of the party), each pair of
        positions side by side."""
        node = self.query_one(Tree).cursor_node
        data = node.data if node is not None else None
        if isinstance(data, tuple):
            index, position = data
            article = self.analyses[index].article.id
            chosen = self.shifts_at.get((article, position), [])
        elif isinstance(data, CrossParty):
            chosen = [s for s in self.shifts if s.party == data.id]
        else:
            chosen = []
        if not chosen:
            self.notify(f"No shift here: positions in one are marked {SHIFT_MARK}", timeout=3)
            return
        by_id = {a.article.id: a for a in self.analyses.values()}
        self.app.push_screen(ShiftScreen(chosen, by_id))

    def action_close(self) -> None:
        self.dismiss(None)


class StoryScreen(Screen[None]):
    """The articles of one story side by side: each with its summary and the parties it
    quotes, and those it leaves silent that another article of the story quotes."""

    DEFAULT_CSS = """
    StoryScreen > HorizontalScroll { height: 1fr; border: round $accent; }
    StoryScreen .story-article { width: 1fr; min-width: 36; height: 1fr;
                                 border: round $primary; padding: 0 1; }
    """

    BINDINGS = [Binding("escape,c", "close", "Close", id="story.close", tooltip="Back")]

    def __init__(
        self, label: str, analyses: Sequence[Analysis], parties: Sequence[CrossParty]
    ) -> None:
        super().__init__()
        self.label = label
        self.story = list(analyses)
        self.parties = list(parties)

    def compose(self) -> ComposeResult:
        with HorizontalScroll(id="story"):
            for analysis in self.story:
                with VerticalScroll(classes="story-article") as column:
                    column.border_title = where(analysis)
                    yield Static(Content(self._column(analysis)))
        yield Footer(compact=True)

    def on_mount(self) -> None:
        box = self.query_one("#story")
        count = len(self.story)
        box.border_title = safe_line(f"Story: {self.label} · {count} article{'s' * (count > 1)}")
        self.query_one(".story-article").focus()

    def _quoted(self, analysis: Analysis) -> list[str]:
        article = analysis.article.id
        return [
            p.name
            for p in self.parties
            if any(a.article == article and a.positions for a in p.articles)
        ]

    def _column(self, analysis: Analysis) -> str:
        text = analysis.article.text
        lines = ["Summary"]
        for s in analysis.summary_sentences:
            lines.append("• " + safe_line(" ".join(text[s.start : s.end].split())))
        quoted = self._quoted(analysis)
        lines += ["", "Quotes"] + ([f"• {safe_line(n)}" for n in quoted] or ["• nobody"])
        others = {n for a in self.story if a is not analysis for n in self._quoted(a)}
        silent = sorted(others - set(quoted))
        if silent:
            lines += ["", "Silent here (quoted in another report)"]
            lines += [f"• {safe_line(n)}" for n in silent]
        return "\n".join(lines)

    def action_close(self) -> None:
        self.dismiss(None)
