"""Messages from the analysis workers back to the reader (posted from threads).

Small frozen-shape dataclasses, as toolong's ``messages.py``: Textual's ``Message`` runs its
own set-up from ``__post_init__``. They are posted by the app's workers, not by one widget, so
they live here rather than nested in a widget class.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.analysis.types import Analysis


@dataclass
class AnalysisReady(Message):
    """The analysis of article ``index`` is ready."""

    index: int
    analysis: Analysis


@dataclass
class SummaryReady(Message):
    """Article ``index`` has been resummarized (another algorithm or length)."""

    index: int
    analysis: Analysis
