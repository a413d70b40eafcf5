"""The note dialog: one line of text on the article or on the selected position."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from briefing.safe_text import safe_line


class NoteScreen(ModalScreen[str | None]):
    """Dismissed with the note written, or ``None`` when cancelled (escape, or nothing)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel", tooltip="Cancel")]

    def __init__(self, about: str) -> None:
        super().__init__()
        self.about = about

    def compose(self) -> ComposeResult:
        with Vertical(id="note"):
            yield Label(Content(safe_line(self.about)), id="note-about")
            yield Input(placeholder="Your note (enter: keep it, escape: cancel)", id="note-body")

    def on_mount(self) -> None:
        self.query_one("#note").border_title = "Note"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
