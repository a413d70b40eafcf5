"""Messages from the analysis workers back to the reader (posted from threads)."""

from __future__ import annotations

from textual.message import Message

from briefing.analysis.types import Analysis


class AnalysisReady(Message):
    """The analysis of article ``index`` is ready."""

    def __init__(self, index: int, analysis: Analysis) -> None:
        super().__init__()
        self.index = index
        self.analysis = analysis


class SummaryReady(Message):
    """Article ``index`` has been resummarized (another algorithm or length)."""

    def __init__(self, index: int, analysis: Analysis) -> None:
        super().__init__()
        self.index = index
        self.analysis = analysis
