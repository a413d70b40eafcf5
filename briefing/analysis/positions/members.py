"""The named members a source stands for: those a group is said to include ("countries
including Algeria and Morocco"), a plural noun lists ("technology firms Sony and Philips") or
who made a writing together ("projections by CNN and NPR", "Mr Magnier and Mr McManus issued a
statement") (for ``sources``)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.documents import ISSUING, made, printed_in
from briefing.analysis.positions.subject_names import SUBJECTS


def made_by(head: Token) -> list[Token]:
    """Who made a document or a writing "by" or "from" several, printed a report "in" them,
    or issued it together: "projections by CNN and NPR" are CNN's and NPR's."""
    if not made(head.lemma_.lower()):
        return []
    if head.dep_ == "dobj" and head.head.lemma_ in ISSUING:  # "A and B issued a statement"
        subject = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.ent_type_ and subject.conjuncts:
            return [subject, *(c for c in subject.conjuncts if _named(c))]
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ in ("by", "from") or printed_in(head, prep)):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ and pobj.conjuncts:
                return [pobj, *(c for c in pobj.conjuncts if _named(c))]
            if pobj is not None and pobj.tag_ == "NNS" and pobj.is_lower:
                return _firms_named(head, pobj)  # "Research by firms Earthlink and Webroot"
    return []


def _firms_named(writing: Token, noun: Token) -> list[Token]:
    """The names a plural noun that made ``writing`` goes on to list, where the parser hung
    them (on the noun or on the writing)."""
    named = included(noun)
    if not named:
        after = [c for c in writing.children if c.dep_ == "appos" and c.i == noun.i + 1]
        named = [a for c in after if c.ent_type_ for a in (c, *c.conjuncts) if a.ent_type_]
    return named if len(named) > 1 else []


def _naming(prep: Token) -> bool:
    """ "including", "such as", and "like" after a plural subject ("Companies like Microsoft
    and Sony believe"; not "services offered by companies like BT"): the words that name some
    members of a group."""
    return (
        prep.lower_ == "including"
        or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))
        or (prep.lower_ == "like" and prep.head.tag_ == "NNS" and prep.head.dep_ == "nsubj")
    )


def included(head: Token) -> list[Token]:
    """The named members of "countries including Algeria and Morocco", "some Democrats, such
    as Beto O'Rourke", "Companies like Microsoft and Sony", "critics, which include
    Greenpeace", "technology firms Sony and Philips"; not the brands of a firm named
    ("Southcorp, whose brands include Penfolds")."""
    prep = next((c for c in head.children if c.dep_ == "prep" and _naming(c)), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if pobj is None and not head.ent_type_:  # "his critics, which include the group Greenpeace"
        clause = next(
            (
                c
                for c in head.children
                if c.dep_ == "relcl"
                and c.lemma_ == "include"
                and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)
            ),
            None,
        )
        pobj = next((c for c in clause.children if c.dep_ == "dobj"), None) if clause else None
    if pobj is None and head.tag_ == "NNS" and head.is_lower:  # "firms Sony and Philips"
        pobj = next((c for c in head.children if c.dep_ == "appos" and c.conjuncts), None)
    if pobj is None or not pobj.ent_type_:
        return []
    return [pobj, *(c for c in pobj.conjuncts if _named(c))]


def _named(token: Token) -> bool:
    """A name in a list: tagged, or capitalised where the model left it untagged ("Body Shop"
    among "HMV, Monsoon, Jessops, Body Shop and Tesco"; ``listed_bodies`` made it a party)."""
    return bool(token.ent_type_) or (token.pos_ == "PROPN" and token.is_title)
