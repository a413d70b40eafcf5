"""A shift side by side (``x`` in the briefing across articles): one party's two opposite
positions on one thing, each with its article, cue and sentence, as literal text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from briefing.analysis.shifts import PositionRef, Shift
from briefing.analysis.types import Analysis
from briefing.safe_text import safe_line
from briefing.ui.widgets.article_list import article_date, article_site, article_title


def where(analysis: Analysis) -> str:
    """The article's title, site and date on one line; a file's name after its title when the
    title is not the name already (not the whole path, which would crowd the title out)."""
    article = analysis.article
    site = article_site(article)
    if not site and article.title:
        site = PurePath(article.source).name or article.source
    parts = [article_title(article), site, article_date(article)]
    return safe_line(" · ".join(p for p in parts if p))


def position_text(analysis: Analysis, ref: PositionRef) -> Text:
    """The position as the reader reads it: stance and cue, its sentence, what it holds."""
    position = analysis.positions[ref.position]
    text = analysis.article.text
    cue = safe_line(" ".join(text[slice(*position.cue)].split()))
    body = Text()
    body.append(position.stance, style="bold")
    body.append(f" ({cue})\n\n")
    if position.sentence < len(analysis.sentences):
        sentence = analysis.sentences[position.sentence]
        body.append(safe_line(" ".join(text[sentence.start : sentence.end].split())))
        body.append("\n\n")
    held = " … ".join(" ".join(text[s:e].split()) for s, e in position.content)
    body.append("Holds: ", style="italic")
    body.append(safe_line(held))
    return body


class ShiftScreen(ModalScreen[None]):
    """Each given shift: a heading (the party, what it is about), then its two positions in
    two columns."""

    DEFAULT_CSS = """
    ShiftScreen > VerticalScroll { border: round $warning; margin: 1 2; }
    ShiftScreen .shift-heading { padding: 1 1 0 1; text-style: bold; }
    ShiftScreen .shift-pair { height: auto; }
    ShiftScreen .shift-side { width: 1fr; height: auto; border: round $primary; padding: 0 1; }
    """

    BINDINGS = [Binding("escape,x", "close", "Close", id="shift.close", tooltip="Back")]

    def __init__(self, shifts: Sequence[Shift], analyses: Mapping[str, Analysis]) -> None:
        super().__init__()
        self.shifts = list(shifts)
        self.analyses = dict(analyses)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="shifts"):
            for shift in self.shifts:
                heading = f"⇄ {shift.name}, on “{shift.about}”: {' / '.join(shift.stances)}"
                yield Static(Text(safe_line(heading)), classes="shift-heading")
                with Horizontal(classes="shift-pair"):
                    for ref in shift.refs:
                        analysis = self.analyses[ref.article]
                        side = Static(position_text(analysis, ref), classes="shift-side")
                        side.border_title = where(analysis)
                        yield side
        yield Footer(compact=True)

    def on_mount(self) -> None:
        box = self.query_one("#shifts")
        count = len(self.shifts)
        box.border_title = f"Shifts · {count} pair{'s' * (count != 1)} of opposite stances"
        box.focus()

    def action_close(self) -> None:
        self.dismiss(None)
