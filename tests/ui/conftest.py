"""Fixtures of the reader's tests: the frozen seed analysis with hand-made positions."""

from __future__ import annotations

import pytest
from builders import frozen_seed, with_positions

from briefing.analysis.types import Analysis


@pytest.fixture(scope="session")
def seed() -> Analysis:
    """The seed article's (frozen) analysis with three hand-made positions."""
    return with_positions(frozen_seed())
