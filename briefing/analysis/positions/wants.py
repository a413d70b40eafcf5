"""What someone wants, means or plans: a demand when they want something of others now, no
view of theirs otherwise (for ``shown``)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.quotes import quotes

_WANTS = frozenset({"want", "intend", "wish"})


def wanting(a: Attribution, text: str) -> bool:
    """ "Loeb wants to implant the embryos", "Avenatti intended to appeal": what someone
    wants, means or looks to do, told by another, is no view they stated; nor what they
    planned, told in the past ("Thailand planned to implement a curfew", "Widodo was planning
    to visit"), where a plan said now is a commitment ("Democrats plan to address the
    shutdown"). But what someone wants of others now is a demand ("Acpo wants pubs and clubs
    to pay", "The Tories want a public inquiry": ``_of_others``)."""
    if a.kind not in ("verb", "tagged"):
        return False
    head = a.head
    if head.lemma_ == "look" and any(
        c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(t.lower_ == "to" for t in c.children))
        for c in head.children
    ):
        return True  # "Atletico Madrid will look to consolidate": an aim, said by nobody
    past = head.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children)
    if head.lemma_ == "want" and head.tag_ in ("VBZ", "VBP"):
        if _of_others(head):  # "Acpo wants pubs and clubs to pay", "The Tories want an inquiry"
            return not _held(head, text)
        if _told_as_aim(head, text):
            return False  # "Ofcom wants to ensure that ...": an aim the article reports
    if head.lemma_ == "want" and head.tag_ == "VBD" and _of_others(head, acting=True):
        return head.dep_ not in ("ROOT", "conj", "relcl")  # "Prosecutors wanted the firms to
        # disgorge $280bn": told as the article's own account; not when someone else reports
        # it ("told Barnes she wanted her parents dead", "asked whether he wanted a lawyer")
    return head.lemma_ in _WANTS or (head.lemma_ == "plan" and past)


def _of_others(want: Token, acting: bool = False) -> bool:
    """What a verb of wanting asks of others: a thing ("a public inquiry") or someone else to
    act ("the government to withdraw"), not to act oneself ("wants to go"); only someone
    else to act when ``acting`` ("wanted the firms to disgorge", not "wanted a new job")."""
    for c in want.children:
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not acting:
            return True
        clause = c.dep_ in ("ccomp", "xcomp")
        if clause and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return True
    return False


_THIRD_PERSON = frozenset({"he", "she", "they", "it"})


def _held(want: Token, text: str) -> bool:
    """Whether a wish of others is its subject's demand: not in a restrictive relative clause
    ("voters who want him to run", "the policy they want the council to adopt"), but after a
    comma ("the rebels, who want a state of their own"); not what a quoted speaker says
    "he" or "they" want ("they want a cheaper phone", told by an analyst), which the quote's
    speaker holds, if anyone."""
    if want.dep_ == "relcl":
        first = min(t.i for t in want.subtree)
        if first == 0 or want.doc[first - 1].text != ",":
            return False
    holder = want.head if want.dep_ == "conj" else want  # "he likes and wants"
    subject = next((c for c in [*want.children, *holder.children] if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in _THIRD_PERSON:
        return not any(s <= want.idx < e for s, e in quotes(text))
    return True


def _told_as_aim(want: Token, text: str) -> bool:
    """ "Ofcom wants to ensure that the arrival of UWB ...", "Jarvis wants to scale back the
    division": what a party wants to do now, told as the article's own account (a main
    clause, outside quotes), is its aim; not a wish in a quote ("If he wants to make a
    newspaper article"), a clause ("what they want to see"), a condition or a question."""
    if want.dep_ not in ("ROOT", "conj") or (want.dep_ == "conj" and want.head.dep_ != "ROOT"):
        return False
    if any(c.dep_ == "mark" for c in want.children) or "?" in want.sent.text:
        return False  # "if he wants", "Why did she so badly want to attend?"
    at = want.idx
    return not any(s <= at < e for s, e in quotes(text))
