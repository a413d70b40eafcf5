"""The one error type of the sources layer: it names the input and the reason."""

from __future__ import annotations


class SourceError(Exception):
    """An input that could not be read; ``str()`` is the one line shown to the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
