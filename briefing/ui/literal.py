"""Article text made safe and laid out for the terminal, keeping offsets one to one.

Article text is shown literally: markup-like text stays text (it only ever goes into
``rich.text.Text``), and control characters are swapped for visible symbols of the same
length, so escape and OSC sequences are shown, never sent to the terminal. Because each
character maps to exactly one character, every ``Analysis`` offset still applies. (Titles,
file names and messages need no offsets: ``briefing.safe_text`` escapes them instead.)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len

_CONTROL = re.compile(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_WORD = re.compile(r"\S+\s*|\s+")
_REPLACEMENT = "\ufffd"

Line = tuple[int, int]


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char == "\t":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛, ␇, ␍, ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return _REPLACEMENT  # C1 controls, bidirectional marks and overrides, lone surrogates


def printable(text: str) -> str:
    """``text`` with every control character (except newline) replaced by one visible one."""
    return _CONTROL.sub(_visible, text)


def wrap_lines(text: str, width: int) -> list[Line]:
    """Word-wrap ``text`` to ``width`` cells: the ``(start, end)`` offsets of each screen line.

    Newlines end paragraphs (and are in no line); words wider than the screen are folded.
    """
    width = max(1, width)
    lines: list[Line] = []
    position = 0
    for paragraph in text.split("\n"):
        end = position + len(paragraph)
        line_start, cells = position, 0
        for match in _WORD.finditer(paragraph):
            word_start = position + match.start()
            word = match.group()
            word_cells = cell_len(word.rstrip())
            if cells and cells + word_cells > width:
                lines.append((line_start, word_start))
                line_start, cells = word_start, 0
            while word_cells > width:  # fold a word that fits no line
                cut = _fold(word, width)
                # from line_start: zero-width spaces (U+2028) before the word stay in a line
                lines.append((line_start, word_start + cut))
                word, word_start = word[cut:], word_start + cut
                line_start, word_cells = word_start, cell_len(word.rstrip())
            cells += cell_len(word)
        lines.append((line_start, end))
        position = end + 1
    return lines


def _fold(word: str, width: int) -> int:
    """How many characters of ``word`` fit in ``width`` cells (at least one)."""
    used = 0
    for index, char in enumerate(word):
        used += cell_len(char)
        if used > width and index:
            return index
    return len(word)


def line_of(starts: list[int], offset: int) -> int:
    """The index of the screen line showing character ``offset``, given the lines' starts."""
    return max(0, bisect_right(starts, offset) - 1)
