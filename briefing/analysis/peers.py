"""Peers named by their title and place: "Lord Roberts of Conwy", "Baroness Morgan of Drefelin"
(for ``entities``). The model tags the surname a person and the place apart; the peer is one
person, not the "Roberts" the article also names ("Sion Aubrey Roberts")."""

from __future__ import annotations

from spacy.tokens import Span

PEERAGES = frozenset({"lord", "baroness", "lady", "viscount", "earl"})


def peers(ents: list[Span]) -> list[Span]:
    """``ents`` with a peer's "of <Place>" joined to the name before it, and a peer the model
    took whole for an organisation a person."""
    joined: list[Span] = []
    skip: set[int] = set()
    for n, ent in enumerate(ents):
        if n in skip:
            continue
        doc, end = ent.doc, ent.end
        if ent.label_ == "ORG" and ent[0].lower_ in PEERAGES and "of" in ent.text.split()[2:3]:
            ent = Span(doc, ent.start, end, "PERSON")  # "Lord Campbell of Alloway", whole
        titled = ent.label_ == "PERSON" and (
            any(t.lower_ in PEERAGES for t in ent)
            or (ent.start > 0 and doc[ent.start - 1].lower_ in PEERAGES)
        )
        place = end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title
        if not (titled and place):
            joined.append(ent)
            continue
        last = end + 1
        while last + 1 < len(doc) and doc[last + 1].is_title and doc[last + 1].pos_ == "PROPN":
            last += 1
        skip |= {m for m in range(n + 1, len(ents)) if ents[m].start <= last}
        joined.append(Span(doc, ent.start, last + 1, "PERSON"))
    return joined
