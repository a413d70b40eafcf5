"""Text from outside made safe for a terminal: every character a terminal could act on is
written as a visible escape instead.

Titles, file names, URLs, feed names and server messages come from the web and the disk, and
any of them may carry an escape sequence (OSC 52 sets the clipboard, OSC 0 the window title),
a C1 control (0x9b is a one-byte CSI), a bidirectional override that reorders what is shown,
or a lone surrogate (a file name that was not UTF-8), which a terminal cannot even be sent.
``safe_text`` writes each of them as a Python-style escape (``\\x1b``, ``\\u202e``,
``\\udcff``), so the reader sees that they were there and the terminal never acts on them.
The reader's article pane keeps offsets one to one instead (``briefing.ui.literal``).
"""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls; the bidirectional embeddings, overrides and isolates
# (the marks LRM, RLM and ALM stay: right-to-left titles need them, and they move nothing
# but their neighbours); the line and paragraph separators; and lone surrogates.
_OTHERS = r"\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_IN_TEXT = re.compile(f"[\\x00-\\x08{_OTHERS}]")
_UNSAFE_IN_LINE = re.compile(f"[\\x00-\\x0a{_OTHERS}]")


_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with every control, bidi and surrogate character escaped; keeps ``\\n``, ``\\t``."""
    return _UNSAFE_IN_TEXT.sub(_escape, text)


def safe_line(text: str) -> str:
    """``text`` made safe and kept on one line: newlines and tabs are escaped too."""
    return _UNSAFE_IN_LINE.sub(_escape, text)


def is_safe(text: str) -> bool:
    """True when ``text`` holds nothing a terminal would act on (newline and tab aside)."""
    return _UNSAFE_IN_TEXT.search(text) is None
