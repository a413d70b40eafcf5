"""Names that list a portfolio: "the Department for Culture, Media and Sport said", where the
model tagged "the Department for Culture", "Media" and "Sport" apart, three parties where
there is one. An organisation's name with "for" or "of" in it, followed by ", Media and
Sport" (capitalised words, commas and a last "and", up to a lower-case word) runs to the
list's end; not when an item is a body of its own ("the Ministry of Defence, Home Office and
Treasury"), a place or a person ("the University of California, Berkeley and ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

_BODY_WORDS = frozenset(
    {
        "office",
        "treasury",
        "department",
        "ministry",
        "agency",
        "council",
        "commission",
        "committee",
        "bank",
        "service",
        "party",
        "board",
        "authority",
        "court",
        "police",
        "university",
        "college",
        "institute",
        "school",
    }
)
"""An item ending in one of these names a body of its own, not a part of a portfolio."""
_NOT_ITEMS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def _item_end(doc: Doc, start: int) -> int | None:
    """The end of one to three capitalised words at ``start`` that are no body, place or
    person; None if there are none."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or doc[end - 1].lower_ in _BODY_WORDS:
        return None
    if any(doc[i].ent_type_ in _NOT_ITEMS for i in range(start, end)):
        return None
    return end


def portfolio_end(doc: Doc, name: Span) -> int | None:
    """Where ``name`` ends when it lists a portfolio (``, Media and Sport``), else None."""
    if name.label_ != "ORG" or not any(t.lower_ in ("for", "of") for t in name[1:-1]):
        return None
    i, items = name.end, 0
    while i + 1 < len(doc) and doc[i].text == ",":
        end = _item_end(doc, i + 1)
        if end is None:
            return None
        i, items = end, items + 1
    if items == 0 or i >= len(doc) or doc[i].lower_ not in ("and", "&"):
        return None
    end = _item_end(doc, i + 1)
    if end is None or (end < len(doc) and doc[end].is_title):
        return None
    return end


def portfolio_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name that lists a portfolio (``portfolio_end``) run to the list's
    end, in place of the spans the model tagged in the list."""
    for name in list(spans):
        end = portfolio_end(doc, name)
        if end is None:
            continue
        inside = [s for s in spans if name.end <= s.start and s.end <= end]
        across = [s for s in spans if name.end <= s.start < end and s.end > end]
        if across:
            continue
        whole = Span(doc, name.start, end, "ORG")
        spans = [s for s in spans if s is not name and s not in inside] + [whole]
    return sorted(spans, key=lambda s: s.start)
