"""The export dialog: which format, and which file."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

SUFFIXES = {"json": ".json", "md": ".md"}


def default_file_name(title: str, format: str) -> str:
    """A file name made from the article's title, safe on every file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].strip("-") or "briefing"
    return f"{slug}{SUFFIXES[format]}"


class ExportScreen(ModalScreen[tuple[str, Path] | None]):
    """Dismissed with ``(format, path)``, or ``None`` when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="Cancel")]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.article_title = title
        self.format = "json"

    def compose(self) -> ComposeResult:
        with Vertical(id="export"):
            yield Label("Format")
            with RadioSet(id="export-format"):
                yield RadioButton("JSON", value=True, id="json")
                yield RadioButton("Markdown", id="md")
            yield Label("File")
            yield Input(default_file_name(self.article_title, "json"), id="export-path")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export").border_title = "Export briefing"
        self.query_one(RadioSet).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.format = event.pressed.id or "json"
        path = self.query_one("#export-path", Input)
        stem = Path(path.value).with_suffix("") if path.value else Path("briefing")
        path.value = str(stem) + SUFFIXES[self.format]

    def on_input_submitted(self) -> None:
        self._finish()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self._finish()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _finish(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("Give a file name to export to", severity="warning")
            return
        self.dismiss((self.format, Path(value).expanduser()))
