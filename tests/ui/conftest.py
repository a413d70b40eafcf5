"""Fixtures of the reader's tests: the frozen seed analysis with hand-made positions."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from builders import frozen_seed, with_positions

from briefing.analysis.types import Analysis


@pytest.fixture(scope="session")
def seed() -> Analysis:
    """The seed article's (frozen) analysis with three hand-made positions."""
    return with_positions(frozen_seed())


@dataclass(frozen=True)
class Notice:
    message: str
    severity: str
    markup: bool


@pytest.fixture
def notified(monkeypatch) -> list[Notice]:
    """Every notification the reader gives, as Textual's public ``App.notify`` receives it
    (after the reader has made it safe)."""
    from textual.app import App

    given: list[Notice] = []
    real = App.notify

    def notify(self, message, *, title="", severity="information", timeout=None, markup=True):
        given.append(Notice(str(message), severity, markup))
        return real(self, message, title=title, severity=severity, timeout=timeout, markup=markup)

    monkeypatch.setattr(App, "notify", notify)
    return given
