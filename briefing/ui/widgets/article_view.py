"""The article pane: the literal text, wrapped, with entity highlights and a cursor.

A line-API ``ScrollView``: it wraps the text itself, so that every character offset of an
``Analysis`` maps to a screen line, which is what the cursor, the jumps from the summary and
the parties panel, and search need in order to scroll to the right place.
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.analysis.types import Analysis, Article, Entity, Position
from briefing.ui import highlights as hl
from briefing.ui.literal import line_of, printable, wrap_lines


class ArticleView(ScrollView, can_focus=True):
    """The article text; highlights fill in when its analysis arrives."""

    COMPONENT_CLASSES = set(hl.COMPONENT_CLASSES)

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="article.down", tooltip="Scroll down"),
        Binding("k", "scroll_up", "Up", show=False, id="article.up", tooltip="Scroll up"),
        Binding("g", "scroll_home", "Top", show=False, id="article.top", tooltip="Go to the top"),
        Binding(
            "G", "scroll_end", "Bottom", show=False, id="article.bottom", tooltip="Go to the end"
        ),
        Binding(
            "enter",
            "open_entity",
            "Open party",
            show=False,
            id="article.open",
            tooltip="Open the party of the entity under the cursor",
        ),
    ]

    class EntityOpened(Message):
        """The reader asked for the party of the entity under the cursor."""

        def __init__(self, entity: Entity) -> None:
            super().__init__()
            self.entity = entity

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._text = ""
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._starts: list[int] = [0]
        self._wrapped_width = -1
        self._base = hl.Layer()
        self._marks = hl.Layer()
        self._entities: list[Entity] = []
        self.cursor: int | None = None
        """Index into the entities (in reading order) of the entity cursor."""
        self.matches: list[tuple[int, int]] = []
        self._match_layer = hl.Layer()
        self.match_index: int | None = None
        self.search_query: str | None = None
        """What is searched for (None: no search); not `query`, which is Widget.query()."""
        self._cache: dict[int, Strip] = {}

    # -- content -------------------------------------------------------------------------

    def show_article(self, article: Article, analysis: Analysis | None = None) -> None:
        """Show ``article`` at once; highlights come with ``analysis`` (now or later)."""
        self.article = article
        self._text = printable(article.text)
        self._wrapped_width = -1
        self.cursor = None
        self._marks = hl.Layer()
        self.end_search()
        self.set_analysis(analysis)
        self._rewrap()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Highlight the entities and summary sentences of ``analysis``."""
        self.analysis = analysis
        if analysis is None:
            self._base, self._entities = hl.Layer(), []
        else:
            self._base = hl.Layer(hl.analysis_highlights(analysis))
            self._entities = sorted(analysis.entities, key=lambda e: (e.start, e.end))
        if self.cursor is not None and self.cursor >= len(self._entities):
            self.cursor = None
        self._refresh_lines()

    @property
    def text(self) -> str:
        """The text as shown (control characters made visible)."""
        return self._text

    @property
    def entity(self) -> Entity | None:
        """The entity under the cursor."""
        return None if self.cursor is None else self._entities[self.cursor]

    def line_text(self, line: int) -> str:
        start, end = self._lines[line]
        return self._text[start:end]

    @property
    def line_count(self) -> int:
        return len(self._lines)

    # -- cursor, marks and search --------------------------------------------------------

    def move_cursor(self, step: int) -> Entity | None:
        """Move the entity cursor ``step`` highlights on, in reading order, and show it."""
        if not self._entities:
            return None
        if self.cursor is None:
            top = self._lines[min(int(self.scroll_y), len(self._lines) - 1)][0]
            after = [i for i, e in enumerate(self._entities) if e.start >= top]
            if step > 0:
                self.cursor = after[0] if after else 0
            else:
                self.cursor = (after[0] - 1 if after else len(self._entities) - 1) % len(
                    self._entities
                )
        else:
            self.cursor = (self.cursor + step) % len(self._entities)
        entity = self._entities[self.cursor]
        self._show_offset(entity.start)
        self._refresh_lines()
        return entity

    def mark(self, highlights: list[hl.Highlight]) -> None:
        """Mark ``highlights`` (a sentence, a position's parts) and scroll to the first."""
        self._marks = hl.Layer(highlights)
        if highlights:
            self._show_offset(min(h.start for h in highlights), jump=True)
        self._refresh_lines()

    def mark_sentence(self, index: int) -> None:
        if self.analysis and 0 <= index < len(self.analysis.sentences):
            sentence = self.analysis.sentences[index]
            self.mark([hl.Highlight(sentence.start, sentence.end, hl.MARKED)])

    def mark_position(self, position: Position) -> None:
        if self.analysis:
            self.mark(hl.position_highlights(self.analysis, position))

    @property
    def marks(self) -> list[hl.Highlight]:
        return list(self._marks.highlights)

    @property
    def searching(self) -> bool:
        return self.search_query is not None

    def search(self, query: str) -> int:
        """Highlight every case-insensitive match of ``query``; the number of matches."""
        self.search_query = query
        pattern = re.compile(re.escape(query), re.IGNORECASE) if query else None
        self.matches = [m.span() for m in pattern.finditer(self._text)] if pattern else []
        self._match_layer = hl.Layer(hl.Highlight(s, e, hl.MATCH) for s, e in self.matches)
        self.match_index = None
        if self.matches:
            top = self._lines[min(int(self.scroll_y), len(self._lines) - 1)][0]
            first = next((i for i, (s, _) in enumerate(self.matches) if s >= top), 0)
            self.match_index = first
            self._show_offset(self.matches[first][0])
        self._refresh_lines()
        return len(self.matches)

    def move_match(self, step: int) -> tuple[int, int] | None:
        if not self.matches:
            return None
        current = self.match_index if self.match_index is not None else -step
        self.match_index = (current + step) % len(self.matches)
        match = self.matches[self.match_index]
        self._show_offset(match[0])
        self._refresh_lines()
        return match

    def end_search(self) -> None:
        self.search_query, self.matches, self.match_index = None, [], None
        self._match_layer = hl.Layer()
        self._refresh_lines()

    def action_open_entity(self) -> None:
        if self.entity is not None:
            self.post_message(self.EntityOpened(self.entity))
        elif self.analysis is not None:
            self.notify("Press n to put the cursor on an entity first", timeout=3)

    # -- layout and rendering ------------------------------------------------------------

    def _show_offset(self, offset: int, jump: bool = False) -> None:
        self._rewrap()
        line = line_of(self._starts, offset)
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if jump or not top <= line < top + height:
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)

    def _refresh_lines(self) -> None:
        self._cache.clear()
        self.refresh()

    def _rewrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines = wrap_lines(self._text, width)
        self._starts = [start for start, _ in self._lines]
        self._cache.clear()
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._rewrap()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        self._rewrap()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._cache[index] = self._render_text_line(index, base)
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _render_text_line(self, index: int, base: Style) -> Strip:
        start, end = self._lines[index]
        text = Text(self._text[start:end], style=base, end="", no_wrap=True)

        def paint(s: int, e: int, component: str) -> None:
            style = self.get_component_rich_style(component, partial=True)
            text.stylize(style, max(s, start) - start, min(e, end) - start)

        for h in self._base.between(start, end):
            paint(h.start, h.end, h.component)
        for h in self._marks.between(start, end):
            paint(h.start, h.end, h.component)
        for h in self._match_layer.between(start, end):
            paint(h.start, h.end, h.component)
        if self.match_index is not None:
            s, e = self.matches[self.match_index]
            if s < end and e > start:
                paint(s, e, hl.CURRENT_MATCH)
        entity = self.entity
        if entity is not None and entity.start < end and entity.end > start:
            paint(entity.start, entity.end, hl.CURSOR)
        segments: list[Segment] = list(text.render(self.app.console))
        return Strip(segments)
