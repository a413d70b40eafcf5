"""Process-wide settings the command line chooses: where data lives, the cache, network limits.

The CLI sets them once (``configure``); the sources and the service read them as their
defaults, so the reader and ``briefing export`` behave alike without threading every option
through every call.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
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


@dataclass(frozen=True)
class Settings:
    data_dir: Path | None = None
    """Where the store lives; None: ``BRIEFING_HOME`` or the platform's user data directory."""
    cache: bool = True
    """Serve and keep analyses in the store's cache (``--no-cache`` turns it off)."""
    fetching: Fetching = Fetching()


_current = Settings()


def settings() -> Settings:
    return _current


def configure(**changes) -> Settings:
    """Replace some settings for the rest of the process (the CLI calls this once)."""
    global _current
    _current = replace(_current, **changes)
    return _current


def reset() -> None:
    """Back to the defaults (for tests)."""
    global _current
    _current = Settings()


def data_dir() -> Path:
    """The data directory: ``--data-dir``, else ``BRIEFING_HOME``, else the platform's."""
    if _current.data_dir is not None:
        return _current.data_dir
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)
