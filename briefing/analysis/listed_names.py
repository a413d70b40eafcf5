"""Names the model ran together, cut apart (for ``entities``): a pair ("Biden and Sanders",
"The Progressive and The New York Times") and a list ("The Council of Mortgage Lenders (CML),
British Bankers Association (BBA) and Building Societies Association (BSA) all said")."""

from __future__ import annotations

from spacy.tokens import Span


def split_pair(span: Span, people: set[str]) -> list[Span]:
    """ "Biden and Sanders" as two people named apart in the article, "Barrientos' Facebook"
    as one and what is theirs; "The Progressive and The New York Times", "Center for
    Biological Diversity and Center for Food Safety", or two names run over a line break, as
    two."""
    space = next((t.i for t in span if t.is_space), None)
    if space is not None:
        parts = (span.doc[span.start : space], span.doc[space + 1 : span.end])
        return [Span(span.doc, p.start, p.end, span.label_) for p in parts if len(p)]
    owner = next((t.i for t in span[1:-1] if t.dep_ == "case"), None)
    before = span.doc[owner - 1] if owner is not None else None
    if before is not None and before.text in people and not before.whitespace_:
        return [
            Span(span.doc, span.start, owner, "PERSON"),
            Span(span.doc, owner + 1, span.end, span.label_),
        ]
    cut = next((t.i for t in span if t.lower_ in ("and", "&")), None)
    if cut is None or cut == span.start or cut == span.end - 1:
        return [span]
    left, right = span.doc[span.start : cut], span.doc[cut + 1 : span.end]
    first = left[1] if left[0].lower_ == "the" and len(left) > 1 else left[0]
    again = len(right) > 1 and right[0].text == first.text and first.is_title  # "Center for
    # Biological Diversity and Center for Food Safety"
    if span.label_ == "ORG" and (right[0].text == "The" or again):  # not "Iraq and the Levant"
        return [Span(span.doc, p.start, p.end, "ORG") for p in (left, right)]
    if left[-1].text in people and right[-1].text in people:
        return [
            Span(span.doc, left.start, left.end, "PERSON"),
            Span(span.doc, right.start, right.end, "PERSON"),
        ]
    return [span]


def split_list(span: Span) -> list[Span]:
    """ "Council of Mortgage Lenders (CML), British Bankers Association (BBA) and Building
    Societies Association", one organisation to the model: a list of names, cut at its commas
    and its last "and" when each part is a name of two words or more; not "the Department for
    Culture, Media and Sport" nor "Smith & Nephew"."""
    doc = span.doc
    if span.label_ != "ORG" or not any(t.text == "," for t in span):
        return [span]
    cuts = [t.i for t in span if t.text == "," or t.lower_ == "and"]
    if doc[cuts[-1]].lower_ != "and":
        return [span]
    bounds = [span.start - 1, *cuts, span.end]
    parts = [doc[a + 1 : b] for a, b in zip(bounds, bounds[1:], strict=False)]
    parts = [p[1:] if len(p) > 1 and p[0].lower_ == "and" else p for p in parts]
    opening = [p[1:] if len(p) > 1 and p[0].lower_ == "the" else p for p in parts]
    if len(parts) < 3 or not all(len(p) > 1 and p[0].is_title for p in opening):
        return [span]
    return [Span(doc, p.start, p.end, "ORG") for p in parts]
