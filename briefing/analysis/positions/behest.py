"""What was done at a party's request: "She did so at the request of Justin Trudeau", "At
his own request, Sirhan was transferred to the general population", "at the insistence of
the unions". The one who asked demands what the clause says was done (less the "at" phrase);
"his own request" before the clause's named subject is that subject's."""

from __future__ import annotations

from itertools import groupby

from spacy.tokens import Doc, Token

from briefing.analysis.positions.attribution import Attribution
from briefing.analysis.positions.spans import span_of
from briefing.analysis.positions.subjects import SUBJECTS
from briefing.analysis.scan import tokens_where

_ASKING = ("request", "behest", "insistence", "urging")


def behests(doc: Doc) -> list[Attribution]:
    """An attribution for each "at the request of X" (or "at X's request") in ``doc``."""
    found = []
    for noun in tokens_where(doc, "LOWER", _ASKING):
        at = noun.head
        if noun.dep_ != "pobj" or at.lower_ != "at" or at.head.pos_ not in ("VERB", "AUX"):
            continue
        holder = _holder(noun)
        if holder is None:
            continue
        clause = at.head
        source = _named_subject(holder, clause)
        apart = (at,) if source is holder else (at, source)  # the named subject is no content
        found.append(
            Attribution(
                [noun],
                noun.lemma_,
                "NOUN",
                source=source,
                content=_without(clause, *apart),
                content_root=clause,
                stance_key=noun.lemma_,
                kind="noun",
            )
        )
    return found


def _without(clause: Token, *phrases: Token) -> list[tuple[int, int]]:
    """The character spans of ``clause`` less the ``phrases`` (their heads): "She did so [at
    the request of ...]"; "[At his own request,] [Sirhan] was transferred"."""
    left = {t.i for head in phrases for t in head.subtree}
    runs = [list(run) for kept, run in groupby(clause.subtree, lambda t: t.i not in left) if kept]
    return [span_of(run) for run in runs if not all(t.is_punct for t in run)]


def _holder(noun: Token) -> Token | None:
    own = next((c for c in noun.children if c.dep_ == "poss"), None)
    if own is not None:
        return own
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of else None


def _named_subject(holder: Token, clause: Token) -> Token:
    """ "At his own request, Sirhan was transferred": "his" is Sirhan, named after it."""
    if holder.pos_ != "PRON":
        return holder
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    named = subject is not None and subject.pos_ == "PROPN" and subject.i > holder.i
    return subject if named else holder
