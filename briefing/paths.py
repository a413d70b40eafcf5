"""Where the packaged folders are: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _packaged(name: str) -> Path:
    inside = _PACKAGE / name  # an installed wheel (force-included by hatchling)
    return inside if inside.is_dir() else _PACKAGE.parent / name  # a source checkout


def seeds_dir() -> Path:
    """The sample articles opened when ``briefing`` is run with no arguments."""
    return _packaged("seeds")


def styles_dir() -> Path:
    """The Textual stylesheets (``*.tcss``)."""
    return _packaged("styles")
