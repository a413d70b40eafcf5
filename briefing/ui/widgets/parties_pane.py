"""The parties panel: the parties with positions, most positions first (``a``: every party);
each expands into its positions."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from briefing.analysis.types import Analysis, Party, Position, kind_word
from briefing.ui.bindings import list_movement
from briefing.ui.literal import printable

EXCERPT = 80
"""Characters of a position's content shown in the panel."""

NodeData = Party | Position | None
_QUOTE_MARKS = frozenset('“"‘«')


def _one_line(text: str) -> str:
    return " ".join(printable(text).split())


def _excerpt(text: str, limit: int = EXCERPT) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def ordered_parties(analysis: Analysis) -> list[Party]:
    """Parties with the most positions first, then the most mentioned, then by name."""
    counts = {p.id: len(analysis.positions_of(p.id)) for p in analysis.parties}
    return sorted(analysis.parties, key=lambda p: (-counts[p.id], -p.mentions, p.name.lower()))


class PartiesPane(Tree[NodeData]):
    """``enter`` toggles a party open; on a position it posts ``NodeSelected`` to jump to it."""

    COMPONENT_CLASSES = {
        "parties--name",
        "parties--details",
        "parties--stance",
        "parties--source",
        "parties--cue",
        "parties--content",
    }

    BINDINGS = [
        *list_movement("parties", first="scroll_home", last="scroll_end"),
    ]

    show_all: reactive[bool] = reactive(False, init=False)
    """Every party, or (the default) only those holding positions."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Parties", id=id)
        self.show_root = False
        self.guide_depth = 2
        self.analysis: Analysis | None = None

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all

    def watch_show_all(self) -> None:
        self.show_parties(self.analysis)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def show_parties(self, analysis: Analysis | None) -> None:
        """List the parties of ``analysis`` (collapsed)."""
        self.analysis = analysis
        self.clear()
        if analysis is None:
            return
        listed = 0
        for party in ordered_parties(analysis):
            positions = analysis.positions_of(party.id)
            if not positions and not self.show_all:
                continue
            listed += 1
            node = self.root.add(self._party_label(analysis, party, len(positions)), data=party)
            for position in positions:
                node.add_leaf(self._position_label(analysis, position), data=position)
            if not positions:
                node.add_leaf(Text("no positions found", self._style("parties--details")))
        hidden = len(analysis.parties) - listed
        if hidden:
            note = (
                f"{hidden} more part{'ies' if hidden != 1 else 'y'} without positions: a lists all"
            )
            self.root.add_leaf(Text(note, self._style("parties--details")))
        elif self.show_all and analysis.parties:
            self.root.add_leaf(
                Text("a: only parties with positions", self._style("parties--details"))
            )
        if self.root.children:
            self.move_cursor_to_line(0)

    def _party_label(self, analysis: Analysis, party: Party, positions: int) -> Text:
        details = [kind_word(party.kind)]
        if party.affiliation:
            affiliation = analysis.party(party.affiliation)
            details.append(affiliation.name if affiliation else party.affiliation)
        details.append(f"{positions} position{'s' * (positions != 1)}")
        return Text.assemble(
            (_one_line(party.name), self._style("parties--name")),
            (f"  {' · '.join(_one_line(d) for d in details)}", self._style("parties--details")),
        )

    def _position_label(self, analysis: Analysis, position: Position) -> Text:
        text = analysis.article.text
        source = _one_line(text[slice(*position.source)]) if position.source else "—"
        cue = _one_line(text[slice(*position.cue)])
        content = analysis.held(position)
        opens = content.lstrip()[:1] in _QUOTE_MARKS
        quote = "“" if position.direct_quote and not opens else ""
        return Text.assemble(
            (f"[{position.stance}]", self._style("parties--stance")),
            " ",
            (source, self._style("parties--source")),
            " ",
            (cue, self._style("parties--cue")),
            ": ",
            (f"{quote}{_excerpt(content)}{quote and '”'}", self._style("parties--content")),
        )

    def party_node(self, party_id: str) -> TreeNode[NodeData] | None:
        return next(
            (n for n in self.root.children if isinstance(n.data, Party) and n.data.id == party_id),
            None,
        )

    def open_party(self, party_id: str) -> bool:
        """Expand ``party_id``'s node and put the cursor on it; False if it is not listed."""
        node = self.party_node(party_id)
        if node is None and not self.show_all and self.analysis and self.analysis.party(party_id):
            self.show_all = True  # a party without positions, opened from its entity
            node = self.party_node(party_id)
        if node is None:
            return False
        node.expand()
        self.move_cursor(node)
        self.scroll_to_node(node, animate=False)
        return True


class PartyDetail(Static):
    """The whole of the party or position under the panel's cursor, wrapped (the tree's
    one-line labels are cut at the pane's edge)."""

    COMPONENT_CLASSES = {"detail--label"}

    def show_node(self, analysis: Analysis | None, data: NodeData) -> None:
        if analysis is None or data is None:
            self.update("")
            return
        label = self.get_component_rich_style("detail--label", partial=True)
        text = analysis.article.text
        if isinstance(data, Party):
            details = [kind_word(data.kind)]
            if data.affiliation:
                affiliation = analysis.party(data.affiliation)
                details.append(affiliation.name if affiliation else data.affiliation)
            positions = len(analysis.positions_of(data.id))
            self.update(
                Text.assemble(
                    (_one_line(data.name), "bold"),
                    f" ({', '.join(_one_line(d) for d in details)})\n",
                    ("named ", label),
                    ", ".join(f"“{_one_line(a)}”" for a in data.aliases),
                    ("; ", label),
                    f"{data.mentions} mention{'s' * (data.mentions != 1)}, ",
                    f"{positions} position{'s' * (positions != 1)}",
                )
            )
            return
        source = _one_line(text[slice(*data.source)]) if data.source else "—"
        content = _one_line(analysis.held(data))
        self.update(
            Text.assemble(
                (data.stance, "bold"),
                (" quote" if data.direct_quote else "", label),
                "  ",
                source,
                (" · ", label),
                (_one_line(text[slice(*data.cue)]), "italic"),
                "\n",
                ("" if data.content else "(no content found; said in) ", label),
                content,
            )
        )
