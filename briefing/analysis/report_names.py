"""A body's name the model ran on into its report's ("The latest World Health Organization
Report confirmed"): the body is the party, the report what it made."""

from __future__ import annotations

from spacy.tokens import Span

_WRITINGS = frozenset({"report", "survey", "study", "review", "poll", "statement", "bulletin"})
_BODY_ENDS = frozenset(
    {"organization", "organisation", "office", "agency", "institute", "council", "commission"}
    | {"committee", "bank", "fund", "department", "ministry", "association", "foundation"}
    | {"service", "board", "authority", "bureau", "centre", "center", "society", "union"}
)
"""Last words of a body's name (not "the Human Development Report", a report's own name)."""


def without_report(span: Span) -> Span:
    """``span`` less a writing's noun after a body's name, when the model tagged both as one
    organisation."""
    if (
        span.label_ != "ORG"
        or len(span) < 3
        or span[-1].lower_ not in _WRITINGS
        or span[-2].lower_ not in _BODY_ENDS
    ):
        return span
    return Span(span.doc, span.start, span.end - 1, "ORG")
