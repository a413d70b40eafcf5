"""The one error type of the sources layer: it names the input and the reason."""

from __future__ import annotations

from briefing.sources.display import display_name, one_line


class SourceError(Exception):
    """An input that could not be read; ``str()`` is the one line shown to the user.

    ``source`` and ``reason`` are kept in displayable form (valid UTF-8, one line, control
    characters escaped), whatever file name or server message they came from."""

    def __init__(self, source: str, reason: str) -> None:
        source, reason = display_name(source), one_line(reason)
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
