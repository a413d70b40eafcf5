"""The reader's commands in the palette: its own actions (with their help) and one
"Summarize with NAME" per summarizer once an article is analysed."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding

if TYPE_CHECKING:
    from briefing.ui.app import BriefingApp


def palette_commands(app: BriefingApp) -> Iterable[SystemCommand]:
    for binding in app.BINDINGS:
        if isinstance(binding, Binding) and binding.action in app.PALETTE:
            action = getattr(app, f"action_{binding.action}")
            yield SystemCommand(binding.description, binding.tooltip, action)
    if app.analysis is None:
        return
    from briefing.analysis.summarize import algorithms

    for name in algorithms():
        yield SystemCommand(
            f"Summarize with {name}",
            f"Rank the sentences with the {name} summarizer",
            partial(app.feed.use_algorithm, name),
        )
