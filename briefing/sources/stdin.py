"""An article from standard input (``-``): text, HTML or a feed, told apart by sniffing.

At most ``MAX_BYTES`` + 1 bytes are read, so a huge pipe is refused without reading it all.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from briefing.analysis.types import Article
from briefing.sources.errors import SourceError
from briefing.sources.files import MAX_BYTES, MAX_MARKUP_BYTES, articles_from_bytes

STDIN = "<stdin>"


def read_stdin(stream: BinaryIO | None = None) -> list[Article]:
    """The articles piped in on ``stream`` (default: standard input)."""
    if stream is None:
        if sys.stdin is None:
            raise SourceError(STDIN, "no standard input")
        stream = sys.stdin.buffer
        if sys.stdin.isatty():
            print(
                "briefing: reading an article from standard input (end with Ctrl-D)",
                file=sys.stderr,
            )
    limit = max(MAX_BYTES, MAX_MARKUP_BYTES)
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise SourceError(STDIN, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise SourceError(STDIN, f"too large: more than {limit / 1e6:g} MB")
    return articles_from_bytes(data, STDIN, suffix="")
