"""Shared fixtures: the seed article, the real model's analysis of it, the evaluation data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_ba72d959d0682f81.txt"


def shared_dir() -> Path:
    """``../shared`` beside the checkout (or ``BRIEFING_SHARED``), where evaluation data lives."""
    return Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session", autouse=True)
def _private_data_dir(tmp_path_factory):
    """The store (analysis cache, library) of every test lives in a temporary directory,
    never in the user's data directory; subprocesses inherit it through the environment."""
    previous = os.environ.get("BRIEFING_HOME")
    os.environ["BRIEFING_HOME"] = str(tmp_path_factory.mktemp("briefing-home"))
    yield
    if previous is None:
        os.environ.pop("BRIEFING_HOME", None)
    else:
        os.environ["BRIEFING_HOME"] = previous


def missing(what: str) -> None:
    """A test that needs ``../shared`` fails in CI (``CI=true``), where it must be there, and
    skips with a message on a newcomer's machine."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{what} (CI=true: the evaluation data must be there)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        missing(f"evaluation data not found at {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    from briefing.analysis.analyze import analyze
    from briefing.analysis.types import Article

    return analyze(Article(seed_text, str(SEED)))
