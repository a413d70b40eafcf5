"""Running the reader from the command line: what it opens, and one line when it cannot."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.safe_text import safe_line
from briefing.sources import SourceError, load_all
from briefing.ui.app import create_app

if TYPE_CHECKING:
    from briefing.analysis.options import Options


def run_reader(sources: Sequence[str], options: Options | None = None) -> int:
    """Run the reader over ``sources``, or the library when there are none; the exit
    status for the CLI."""
    from briefing import service

    articles, errors = None, []
    if sources:
        loaded = load_all(sources)
        articles, errors = loaded.articles, loaded.errors
        if not articles:
            for error in errors or [SourceError(", ".join(sources), "no articles")]:
                print(f"briefing: {safe_line(str(error))}", file=sys.stderr)
            return 1
    try:
        app = create_app(options=options, articles=articles, errors=errors, store=service.store())
    except SourceError as exc:  # not even the samples
        print(f"briefing: {safe_line(str(exc))}", file=sys.stderr)
        return 1
    return app.run() or 0
