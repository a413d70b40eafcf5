"""Institutions named by a number the model reads as a count: "Number 10 said", "a No 10
spokeswoman" (the British prime minister's office, as "Downing Street" is: ``countries.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.scan import tokens_where

_NUMBERED = frozenset({("Number", "10"), ("No", "10"), ("Number", "Ten")})
_MISREAD = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "EVENT", "DATE"})
"""What the model takes "Number 10" for ("No 10" an event)."""
_FIRST = tuple({first for first, _ in _NUMBERED})


def numbered_institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with "Number 10" an organisation wherever the model tagged it a count, an
    event or nothing; left as it is inside another name."""
    found = [
        Span(doc, t.i, t.i + 2, "ORG")
        for t in tokens_where(doc, "ORTH", _FIRST)
        if t.i + 1 < len(doc)
        and (t.text, doc[t.i + 1].text) in _NUMBERED
        and not doc[t.i + 1].is_sent_end
    ]
    if not found:
        return spans
    named = {i for s in spans if s.label_ not in _MISREAD for i in range(s.start, s.end)}
    found = [s for s in found if not named & {s.start, s.end - 1}]
    taken = {i for s in found for i in range(s.start, s.end)}
    kept = [s for s in spans if not taken & set(range(s.start, s.end))]
    return sorted(kept + found, key=lambda s: s.start)
