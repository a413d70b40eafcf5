"""The summarizer picker (``S``): every algorithm by name, the one in use highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class SummarizerScreen(ModalScreen[str | None]):
    """Dismissed with the chosen algorithm's name, or ``None`` when cancelled."""

    DEFAULT_CSS = """
    SummarizerScreen { align: center middle; }
    SummarizerScreen > OptionList { width: 36; height: auto; max-height: 80%; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="summarizer.cancel", tooltip="Cancel")]

    def __init__(self, names: Sequence[str], current: str) -> None:
        super().__init__()
        self.names = list(names)
        self.current = current

    def compose(self) -> ComposeResult:
        options = [
            Option(f"{name}  (in use)" if name == self.current else name, id=name)
            for name in self.names
        ]
        yield OptionList(*options, id="summarizers", markup=False)

    def on_mount(self) -> None:
        picker = self.query_one(OptionList)
        picker.border_title = "Summarizer"
        if self.current in self.names:
            picker.highlighted = self.names.index(self.current)
        picker.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
