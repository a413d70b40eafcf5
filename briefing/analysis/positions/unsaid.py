"""What a party did not say: a negated cue that makes no claim ("did not say he'd ordered
it"), what one is blamed for not doing ("criticized Biden for not denouncing Antifa"), and a
refusal to comment ("declined to comment", "refused to say whether"), and a remark made with
none of its words here or none made ("made his announcement via a post", "made no comment")."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.attribution import Attribution
from briefing.analysis.positions.stance import plea


def negated_statement(a: Attribution) -> bool:
    """ "did not say he'd ordered it", "did not concede or admit defeat": no claim at all (a
    negated stance verb turns its stance instead: "did not support" opposes); nor what one is
    blamed for not doing ("criticized Biden for not denouncing Antifa", "attacked him for
    failing to condemn"); nor "said nothing about" it."""
    head = a.head
    if head.dep_ == "xcomp" and head.head.lemma_ in ("fail", "neglect"):
        return True
    if head.lemma_ == "say" and any(
        c.dep_ == "dobj" and c.lower_ == "nothing" for c in head.children
    ):
        return True  # "said nothing about supporting the dollar" (but "said nothing had changed")
    if head.dep_ == "pcomp" and any(c.dep_ == "neg" for c in head.children):
        return True
    negated = any(c.dep_ == "neg" for t in {a.head, *a.cue} for c in t.children)
    if a.kind not in ("verb", "tagged") or not negated or plea(a) is not None:
        return False  # "pleaded not guilty" denies the charges
    if negative_finding(a) or a.head.lemma_ in _HELD_NOT:
        return False
    return lexicon().verb_stance(a.key) is None


_HELD_NOT = frozenset({"believe", "think", "consider"})
"""Verbs of belief whose negation is a belief held ("does not believe abortion should be an
election issue" holds that it should not): a view, unlike "did not say"."""


_SILENT = frozenset({"comment", "elaborate", "say", "discuss", "answer", "speculate", "specify"})
_TOLD = frozenset({"detail", "information", "comment", "name", "reason"})
_REFUSING = frozenset({"decline", "refuse"})


def no_comment(a: Attribution) -> bool:
    """ "declined to comment", "refused to discuss reports", "refused to give any more
    details" (``_SILENT``, ``_TOLD``), "refused to say whether" (the cue on "say"), "declined
    to be drawn on": a party saying nothing."""
    head = a.head
    if head.lemma_ in _SILENT and head.dep_ == "xcomp" and head.head.lemma_ in _REFUSING:
        return True
    if head.lemma_ not in _REFUSING or any(c.dep_ == "dobj" for c in head.children):
        return False  # "refusing his pleas to discuss the issue" refuses the pleas
    told = [c for c in head.children if c.dep_ == "xcomp"]
    drawn = any(  # "refuses to be drawn on the Lions": the British way of not commenting
        c.lemma_ == "draw" and any(a.dep_ == "auxpass" for a in c.children) for c in told
    )
    return (
        drawn
        or any(c.lemma_ in _SILENT for c in told)
        or any(c.lemma_ == "give" and any(o.lemma_ in _TOLD for o in c.children) for c in told)
    )


def negative_finding(a: Attribution) -> bool:
    """ "the Senate did not find the network had breached laws": a finding all the same."""
    return a.head.lemma_ == "find" and a.clausal


_REMARKS = frozenset({"comment", "mention", "remark", "reference", "announcement", "statement"})
_MAKING = frozenset({"make", "issue", "give", "offer"})


def made_no_remark(a: Attribution) -> bool:
    """ "made no comment about the future", "made no mention of health concerns": nothing said;
    and "made his announcement via a post on Medium", "made his comments at the start of a
    day": a remark whose words are not here (said before, or nowhere)."""
    if a.key not in _MAKING:
        return False
    said = [c for c in a.head.children if c.dep_ == "dobj" and c.lemma_ in _REMARKS]
    if any(d.lower_ == "no" for c in said for d in c.children):
        return True
    return any(_bare(c) for c in said)


def _bare(remark: Token) -> bool:
    """A remark with nothing of what it said beside it: "his announcement", not "remarks
    about Fauci" nor "an announcement that he was running"."""
    owned = any(c.dep_ == "poss" for c in remark.children)
    told = any(c.dep_ in ("prep", "acl", "relcl", "ccomp") for c in remark.children)
    return owned and not told
