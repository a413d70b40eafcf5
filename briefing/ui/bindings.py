"""The reader's app-wide keys (DESIGN §4): shown in the footer, the help screen and the palette.

Each binding carries an ``id`` (its action, so a keymap can rebind it) and a ``tooltip``,
the longer description that the help screen and the command palette show.
"""

from __future__ import annotations

from typing import Any

from textual.binding import Binding


def _binding(key: str, action: str, description: str, tooltip: str, **kw: Any) -> Binding:
    return Binding(key, action, description, id=action, tooltip=tooltip, **kw)


APP_BINDINGS = [
    _binding("tab", "focus_next", "Next pane", "Move focus to the next pane", show=False),
    _binding("shift+tab", "focus_previous", "Previous pane", "Move focus back", show=False),
    _binding("n", "next", "Entity", "Next entity highlight (or next search match)"),
    _binding(
        "N",
        "previous",
        "Previous entity",
        "Previous entity highlight (or search match)",
        show=False,
    ),
    _binding("p", "focus_parties", "Parties", "Focus the parties panel"),
    _binding(
        "a",
        "toggle_all_parties",
        "All parties",
        "Parties panel: every party, or only those with positions (the default)",
        show=False,
    ),
    _binding("s", "cycle_algorithm", "Summarizer", "Cycle the summarizer algorithm"),
    _binding(
        "S",
        "pick_algorithm",
        "Pick summarizer",
        "Choose the summarizer algorithm by name",
        show=False,
    ),
    _binding(
        "plus,equals_sign",
        "lengthen_summary",
        "Longer",
        "Lengthen the summary",
        show=False,
        key_display="+",
    ),
    _binding("minus", "shorten_summary", "Shorter", "Shorten the summary", show=False),
    _binding(
        "left_square_bracket",
        "previous_article",
        "Previous article",
        "Go to the previous article",
        show=False,
    ),
    _binding(
        "right_square_bracket",
        "next_article",
        "Next article",
        "Go to the next article",
        show=False,
    ),
    _binding("slash", "search", "Search", "Search the article text"),
    _binding("escape", "end_search", "End search", "End the search", show=False),
    _binding("e", "export", "Export", "Export this briefing as JSON or Markdown"),
    _binding("question_mark,f1", "help", "Help", "Show every key", key_display="?"),
    _binding("q", "quit", "Quit", "Quit briefing"),
    # the library (issue 12)
    _binding("u", "toggle_read", "Read/unread", "Mark the article read / unread", show=False),
    _binding("b", "toggle_bookmark", "Bookmark", "Bookmark the article (or remove it)", show=False),
    _binding(
        "m", "note", "Note", "Write a note on the article or the selected position", show=False
    ),
    _binding(
        "o", "open_url", "Open", "Open the article's original address in the browser", show=False
    ),
    _binding(
        "y",
        "copy",
        "Copy",
        "Copy the selected position or summary sentence, with its article",
        show=False,
    ),
    _binding(
        "f",
        "cycle_filter",
        "Filter",
        "Filter the article list: all / unread / bookmarked / search matches",
        show=False,
    ),
    _binding(
        "r", "refresh", "Refresh", "Refresh the subscribed feeds into the library", show=False
    ),
    # across articles (issue 14)
    _binding(
        "P",
        "across",
        "Across articles",
        "Every party's positions across the loaded articles (enter jumps to one)",
        show=False,
    ),
    _binding("c", "story", "Story", "The article's story: its articles side by side", show=False),
]

ARTICLE_ACTIONS = frozenset(b.action for b in APP_BINDINGS) - {
    "quit",
    "help",
    "focus_next",
    "focus_previous",
}
"""The keys that act on the article on screen: held back while another screen covers it."""

PALETTE_ACTIONS = (
    "next", "previous", "focus_parties", "toggle_all_parties", "cycle_algorithm",
    "pick_algorithm", "lengthen_summary", "shorten_summary", "previous_article",
    "next_article", "search", "export", "help", "toggle_read", "toggle_bookmark", "note",
    "open_url", "copy", "cycle_filter", "refresh", "across", "story",
)  # fmt: skip
"""Actions offered in the command palette too."""


def list_movement(
    pane: str,
    first: str = "first",
    last: str = "last",
) -> list[Binding]:
    """``j`` ``k`` ``g`` ``G`` for a pane that moves a cursor (or scrolls): one definition for
    every pane, ids ``<pane>.down`` and so on so that a keymap can rebind each."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{pane}.down", tooltip="Next"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{pane}.up", tooltip="Previous"),
        Binding("g", first, "First", show=False, id=f"{pane}.first", tooltip="First"),
        Binding("G", last, "Last", show=False, id=f"{pane}.last", tooltip="Last"),
    ]
