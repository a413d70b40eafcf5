"""A question put to someone is nobody's position: "asked the crown prince: 'It happened
under your watch?'", "Wikinews asked Stamenković if he had any ideas"."""

from __future__ import annotations

from briefing.analysis.positions.cues import Attribution

_ASKING = frozenset({"ask", "question", "inquire", "enquire", "query", "wonder", "press"})
"""Verbs of putting a question to someone: what they ask is nobody's view."""


def question(a: Attribution, text: str) -> bool:
    """A question put to someone ("asked the crown prince: “It happened under your
    watch?”") is nobody's position; but one said is a point made ("said, “so why should
    the bishops be exempt?”")."""
    if not a.content or a.head.lemma_ not in _ASKING:
        return False  # "joked: 'What was it somebody said about children and dogs?'"
    last = text[a.content[-1][0] : a.content[-1][1]].rstrip(" \"”’'")
    # "Wikinews asked Stamenković if he had any ideas": a question told, not a request
    return last.endswith("?") or any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether")
        for c in a.head.children
        if c.dep_ in ("ccomp", "advcl")
        for m in c.children
    )
