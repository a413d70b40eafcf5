"""The help screen: ``help.md`` with a table of keys generated from the bindings."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

GENERIC = "Textual's own keys"
"""The section, last, for the keys every Textual app and widget has."""


def _bindings(cls: type, own: bool) -> list[Binding]:
    """The bindings of ``cls`` and its bases, base classes first: those briefing defines
    (``own``), or those it inherits from Textual."""
    found: list[BindingType] = []
    for klass in reversed(cls.__mro__):
        if klass.__module__.startswith("briefing") == own:
            found.extend(klass.__dict__.get("BINDINGS", []))
    return list(Binding.make_bindings(found))


def key_rows(app: App, panes: Iterable[tuple[str, type]]) -> list[tuple[str, str, str]]:
    """``(where, keys, what)`` for every described binding, keys of one action together:
    briefing's own keys pane by pane, then Textual's generic ones in one section at the end."""
    panes = list(panes)
    rows: list[tuple[str, str, str]] = []
    for where, cls in panes:
        rows += _rows(app, where, _bindings(cls, own=True))
    generic = [b for _, cls in panes for b in _bindings(cls, own=False)]
    seen: set[tuple[str, str]] = set()
    for row in _rows(app, GENERIC, generic):
        if row[1:] not in seen:
            seen.add(row[1:])
            rows.append(row)
    return rows


def _rows(app: App, where: str, bindings: list[Binding]) -> list[tuple[str, str, str]]:
    actions: dict[str, tuple[list[str], str]] = {}
    for binding in bindings:
        if not binding.description:
            continue
        keys, what = actions.setdefault(binding.action, ([], binding.tooltip))
        what = what or binding.tooltip or binding.description
        actions[binding.action] = (keys, what)
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
    return [(where, " ".join(keys), what) for keys, what in actions.values()]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def help_markdown(app: App, panes: Iterable[tuple[str, type]]) -> str:
    """``help.md`` with one table of keys per pane in place of ``{keys}``."""
    sections: dict[str, list[str]] = {}
    for where, keys, what in key_rows(app, panes):
        codes = " ".join(f"`{k}`" for k in keys.split(" "))
        sections.setdefault(where, ["| keys | action |", "|---|---|"])
        sections[where].append(f"| {_cell(codes)} | {_cell(what)} |")
    tables = "\n\n".join(f"## {where}\n\n" + "\n".join(rows) for where, rows in sections.items())
    template = files("briefing.ui").joinpath("help.md").read_text(encoding="utf-8")
    return template.replace("{keys}", tables)


class HelpScreen(ModalScreen[None]):
    """Every key of the reader, generated from the bindings so that it cannot go stale."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close", tooltip="Close"),
    ]

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(self.markdown)

    def on_mount(self) -> None:
        help_pane = self.query_one("#help")
        help_pane.border_title = "Help"
        help_pane.focus()  # so that the arrows and page keys scroll it
