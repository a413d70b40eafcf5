"""Reading an analysis the way the positions tests do: analyse a built text, then find the
position at a cue and its party."""

from __future__ import annotations

from briefing.analysis.analyze import analyze
from briefing.analysis.types import Analysis, Article, Party, Position


def analyse(text: str) -> Analysis:
    return analyze(Article(text, "test"))


def shown(analysis: Analysis) -> list[tuple[str | None, str, str]]:
    """(party, stance, cue) of every position the reader is shown."""
    text = analysis.article.text
    return [(p.party, p.stance, text[slice(*p.cue)]) for p in analysis.positions]


def cues(analysis: Analysis) -> list[str]:
    """The cue words of every position held by a party, in text order."""
    text = analysis.article.text
    return [text[slice(*p.cue)] for p in analysis.positions if p.party is not None]


def holders(analysis: Analysis, cue: str) -> list[str]:
    """The names of the parties of the positions whose cue is ``cue``, in text order."""
    text = analysis.article.text
    return [party(analysis, p.party).name for p in analysis.positions if text[slice(*p.cue)] == cue]


def at(analysis: Analysis, cue: str) -> Position:
    """The first position whose cue holds ``cue``."""
    text = analysis.article.text
    found = [p for p in analysis.positions if cue in text[slice(*p.cue)]]
    assert found, f"no position at {cue!r}: {shown(analysis)}"
    return found[0]


def party(analysis: Analysis, party_id: str | None) -> Party:
    return next(p for p in analysis.parties if p.id == party_id)


def text_at(analysis: Analysis, span: tuple[int, int]) -> str:
    """The article's words at a character span (a cue, a source, a piece of content)."""
    return analysis.article.text[slice(*span)]


def content_at(analysis: Analysis, cue: str) -> str:
    """The words of what the first position whose cue holds ``cue`` says, its pieces joined."""
    return " ".join(text_at(analysis, span) for span in at(analysis, cue).content)
