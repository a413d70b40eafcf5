"""The summary pane: the summary sentences in document order, each with its rank.

The rank ("#1" is the summarizer's best sentence) compares across summarizers; their own
scores do not (LexRank's 0.005 and Edmundson's 8.0 are on different scales), so the pane
leaves those to the JSON export."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.analysis.types import Analysis
from briefing.safe_text import safe_line
from briefing.ui.bindings import list_movement
from briefing.ui.literal import printable


class SummaryPane(OptionList):
    """``enter`` on a sentence posts ``OptionSelected``; the option id is the sentence index."""

    COMPONENT_CLASSES = {"summary--rank"}

    BINDINGS = [
        *list_movement("summary"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.analysis: Analysis | None = None

    def show_summary(self, analysis: Analysis | None) -> None:
        """List the summary of ``analysis`` and say which algorithm and length made it."""
        self.analysis = analysis
        highlighted = self.highlighted
        self.clear_options()
        if analysis is None:
            self.border_subtitle = ""
            return
        rank_style = self.get_component_rich_style("summary--rank", partial=True)
        width = len(str(len(analysis.summary_sentences))) + 2
        text = printable(analysis.article.text)
        options = []
        for sentence in analysis.summary_sentences:
            body = " ".join(text[sentence.start : sentence.end].split())
            prompt = Text.assemble((f"#{sentence.rank}".ljust(width), rank_style), body)
            options.append(Option(prompt, id=str(sentence.index)))
        self.add_options(options)
        if options:
            self.highlighted = min(highlighted or 0, len(options) - 1)
        summary = analysis.summary
        count = len(options)
        subtitle = f"{safe_line(summary.algorithm)} · {count} sentence{'s' * (count != 1)}"
        self.border_subtitle = Content(subtitle)  # literal: the name comes from the cache too

    @property
    def sentence_indices(self) -> list[int]:
        return [int(self.get_option_at_index(i).id or 0) for i in range(self.option_count)]
