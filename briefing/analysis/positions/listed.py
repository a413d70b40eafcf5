"""Subjects named together that the parser does not join with "and": each holds the
position ("UK-based retailer Tesco and Denmark-based retailer Salling Group announced",
"Labour, the Tories and the Lib Dems said", "The League Against Cruel Sports and the RSPCA
say")."""

from __future__ import annotations

from spacy.tokens import Token


def listed(
    head: Token, own: str | None, party_of_token: dict[int, str], kind: dict[str, str]
) -> list[Token]:
    """The other subjects named with ``head`` (whose party is ``own``) that are not its
    conjuncts: a name run into its words (``_run_in``), listed in an apposition
    (``_appositions``), joined to its name's last word (``_after_the_name``), made a
    subject of its own before it (``_second_subject``) or set after a role the parser made
    the conjunct (``_after_the_role``)."""
    if own is None:
        return []
    return (
        _run_in(head, own, party_of_token, kind)
        + _appositions(head, own, party_of_token)
        + _after_the_name(head, own, party_of_token, kind)
        + _second_subject(head, own, party_of_token, kind)
        + _after_the_role(head, own, party_of_token, kind)
    )


def _run_in(
    head: Token, own: str, party_of_token: dict[int, str], kind: dict[str, str]
) -> list[Token]:
    """ "UK-based retailer Tesco and Denmark-based retailer Salling Group announced": a
    name the parser hung on the subject's words, with its "and", is a subject too; one of
    the subject's kind ("Road Transport and Bridges Minister Obaidul Quader" is one); not
    one of a pair that tells the subject's role ("former Spurs and England midfielder Tom
    Reed": his clubs, whatever the model took "Spurs" for)."""
    return [
        t
        for left in head.lefts
        for t in left.subtree
        if t.dep_ in ("nmod", "compound")
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)
        and not any(c.dep_ == "conj" for c in t.children)
        and party_of_token.get(t.i) not in (None, own)
        and kind.get(party_of_token[t.i]) == kind.get(own)
    ]


def _appositions(head: Token, own: str, party_of_token: dict[int, str]) -> list[Token]:
    """ "Labour, the Tories and the Lib Dems said", which the parser reads as "Labour" with
    an apposition after a comma that has its own "and": the names listed ("Lane's cousin,
    Steve Smith, told" is one; so is "Wilson of the Center for Oceanography: Research and
    Education")."""
    return [
        t
        for c in head.children
        if c.dep_ == "appos"
        and c.left_edge.i > 0
        and head.doc[c.left_edge.i - 1].text == ","
        and any(d.dep_ == "cc" and d.lower_ == "and" for d in c.children)
        and party_of_token.get(c.i) not in (None, own)
        and c.ent_type_  # a name, not a role ("Peter Mandelson, former Labour minister and")
        for t in (c, *c.conjuncts)
    ]


def _after_the_name(
    head: Token, own: str, party_of_token: dict[int, str], kind: dict[str, str]
) -> list[Token]:
    """ "The League Against Cruel Sports and the RSPCA say", where the parser joins the
    second organisation to the first one's last word ("Sports"), not to its head ("League");
    not a name's own last words cut off ("Union of Rationalist Atheists and Agnostics")."""
    return [
        c
        for t in head.rights
        for inside in t.subtree
        if party_of_token.get(inside.i) == own
        for c in inside.children
        if c.dep_ == "conj"
        and party_of_token.get(c.i) not in (None, own)
        and kind.get(party_of_token[c.i]) == kind.get(own) == "ORG"
    ]


def _second_subject(
    head: Token, own: str, party_of_token: dict[int, str], kind: dict[str, str]
) -> list[Token]:
    """ "the British Retail Consortium and accountants KPMG said": the parser joins the
    description ("accountants") to the first name and makes the second name a subject of
    the verb of its own; the first is a subject too (a name of the same kind)."""
    if head.dep_ != "nsubj":
        return []
    return [
        c
        for c in head.head.children
        if c.dep_ == "nsubj"
        and c.i < head.i
        and any(j.i == head.left_edge.i - 1 for j in c.conjuncts)
        and party_of_token.get(c.i) not in (None, own)
        and kind.get(party_of_token[c.i]) == kind.get(own)
    ]


def _after_the_role(
    head: Token, own: str, party_of_token: dict[int, str], kind: dict[str, str]
) -> list[Token]:
    """ "chief executive William Harrison and chief operating officer James Dimon said": the
    parser joins the second one's role ("officer") to the first name, and hangs the second
    name on the first as an apposition or makes it the subject, the first left aside; the
    person named right after the role and the one it is joined to are both subjects."""
    doc = head.doc
    roles = {c.i for c in head.conjuncts if c.pos_ == "NOUN" and c.i not in party_of_token}
    found = [c for c in head.children if c.dep_ == "appos" and _name_start(c) - 1 in roles]
    role = doc[max(_name_start(head) - 1, 0)]
    if role.dep_ == "conj" and role.pos_ == "NOUN" and role.i not in party_of_token:
        found.append(role.head)  # '"...," chief executive X and chief operating officer Y said'
    return [
        c
        for c in found
        if party_of_token.get(c.i) not in (None, own)
        and kind.get(party_of_token[c.i]) == kind.get(own) == "PERSON"
    ]


def _name_start(token: Token) -> int:
    """Where the name ``token`` ends is first written (its entity's first word)."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i
