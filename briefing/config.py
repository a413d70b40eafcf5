"""The settings the command line chooses: where data lives, the cache, network limits.

The CLI builds one ``Settings`` value from its options and hands it to what needs it (the
``Service``, the reader, the library commands); nothing here is process-wide state.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "BRIEFING_HOME"
APP_NAME = "briefing"


@dataclass(frozen=True)
class Fetching:
    """Limits for reading URLs and feed items over HTTP."""

    connect_timeout: float = 5.0
    """Seconds to wait for a connection."""
    total_timeout: float = 10.0
    """Seconds one request may take in all, from connecting to the last byte."""
    max_bytes: int = 10_000_000
    """Largest response body read; a bigger one is abandoned mid-stream."""
    max_redirects: int = 5
    concurrency: int = 4
    """Feed items fetched at once when a feed carries only teasers."""
    teaser_budget: float = 2
    """Teaser fetches of one feed end after this many request timeouts, done or not."""


@dataclass(frozen=True)
class Settings:
    """What one run of ``briefing`` was told: the CLI's options, else the defaults."""

    data_dir: Path | None = None
    """Where the store lives; None: ``BRIEFING_HOME`` or the platform's user data directory."""
    cache: bool = True
    """Serve and keep analyses in the store's cache (``--no-cache`` turns it off)."""
    fetching: Fetching = Fetching()

    def directory(self) -> Path:
        """The data directory: ``--data-dir``, else ``BRIEFING_HOME``, else the platform's."""
        if self.data_dir is not None:
            return self.data_dir
        home = os.environ.get(ENV_HOME)
        if home:
            return Path(home).expanduser()
        from platformdirs import user_data_path

        return user_data_path(APP_NAME, appauthor=False)
