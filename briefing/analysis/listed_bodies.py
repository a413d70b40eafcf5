"""Organisations listed together that the model tagged as places or people, or left untagged
(for ``entities``): in "other retailers - including HMV, Monsoon, Jessops, Body Shop and
Tesco - reported", "Monsoon" and "Jessops" are tagged places and "Body Shop" nothing; in
"Nokia, Intel, Philips, Alcatel, France Telecom, Thomson and Telefonica", "Philips" and
"Alcatel" are places and "Telefonica" a person. A list whose tagged members are mostly
organisations, two or more, is a list of organisations: its one-word members tagged as a
place that is no country or as a person nobody else is, and its untagged capitalised members,
are organisations too, when the sentence names what they are in the plural before them
("retailers including", "firms like")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.names import TITLES
from briefing.analysis.scan import tokens_where


def listed_bodies(doc: Doc, spans: list[Span], people: set[str]) -> list[Span]:
    """``spans`` with the members of lists of organisations made organisations."""
    at = {i: s for s in spans for i in range(s.start, s.end)}
    changed: dict[int, Span] = {}  # by start: the spans relabelled or added
    heads = sorted({t.head.i for t in tokens_where(doc, "DEP", ("conj",))})
    for head in (doc[i] for i in heads):  # the first of each list
        if head.dep_ == "conj" or not _members_of_a_kind(head):
            continue
        members = [head, *head.conjuncts]
        tagged = [at[m.i] for m in members if m.i in at]
        bodies = [s for s in tagged if s.label_ == "ORG"]
        if len(bodies) < 2 or 2 * len(bodies) < len(tagged):
            continue
        for member in members:
            span = at.get(member.i)
            if span is None:
                span = _untagged_name(member, at)
            elif not _mistaken(span, people):
                continue
            if span is not None:
                changed[span.start] = Span(doc, span.start, span.end, "ORG")
    if not changed:
        return spans
    kept = [s for s in spans if s.start not in changed]
    return sorted(kept + list(changed.values()), key=lambda s: s.start)


def _members_of_a_kind(head: Token) -> bool:
    """A list that names members of a kind the sentence gives in the plural: "retailers -
    including HMV, ...", "firms like Dell, ...", "companies such as ...", "technology firms
    Sony and Philips" (not a team sheet, nor places an event went to)."""
    kind = head.head
    if head.dep_ == "pobj" and kind.dep_ == "prep":
        naming = kind.lower_ in ("including", "like") or (
            kind.lower_ == "as" and any(c.lower_ == "such" for c in kind.children)
        )
        kind = kind.head if naming else kind
    elif head.dep_ != "appos":
        return False
    return kind.tag_ == "NNS" and kind.pos_ == "NOUN"


def _mistaken(span: Span, people: set[str]) -> bool:
    """A one-word member tagged as a place that is no country ("Alcatel") or as a person no
    other mention makes one ("Telefonica")."""
    if len(span) != 1:
        return False
    if span.label_ == "GPE":
        return lookup_country(span.text) is None
    return span.label_ == "PERSON" and span.text not in people


def _untagged_name(member: Token, at: dict[int, Span]) -> Span | None:
    """A member's capitalised words ("Body Shop") when the model tagged none of them."""
    words = [c for c in member.children if c.dep_ == "compound" and c.i < member.i]
    start = min((c.i for c in words), default=member.i)
    name = member.doc[start : member.i + 1]
    if any(t.i in at or t.pos_ != "PROPN" or not t.is_title for t in name):
        return None
    if any(t.lower_ in TITLES for t in name):
        return None
    return Span(member.doc, start, member.i + 1, "ORG")
