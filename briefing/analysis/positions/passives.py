"""Passive cues whose subject is what was done to, not who spoke: "was questioned", "has been
alleged", "Holmes urged to compete", and a headline's past form ("Labour accused of broken
pledge"). ``shown`` leaves their positions out; one with its agent named ("criticised by
MPs") is the agent's."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.headline import title_of

_DIRECT_KINDS = frozenset({"according", "quoted", "noun", "backing", "light"})


def done_to_source(a: Attribution) -> bool:
    """A passive cue whose subject is not its agent: "was questioned", "has been alleged";
    "Although known to have lived in South Africa, his daughter said": known by nobody said;
    "Asked why, Smith said": a bare participle before its verb, done to that verb's subject."""
    if a.kind in _DIRECT_KINDS or a.source is None or a.pos == "ADJ":
        return False  # "Owen delighted with Real display": a headline's feeling is Owen's
    children = {c.dep_ for c in a.head.children}
    bare = a.head.tag_ == "VBN" and not children & {"aux", "auxpass", "nsubj", "nsubjpass"}
    if bare and a.head.dep_ == "advcl" and a.head.i < a.head.head.i:
        return "agent" not in children  # "Asked why, Smith said": Smith was asked
    if a.head.tag_ == "VBN" and "xcomp" in children and not children & {"aux", "auxpass"}:
        return "agent" not in children  # a bare participle, its subject another verb's
    if _told_to(a.head, children) or _headline_past(a.head, a.source, children):
        return True
    passive = bool(children & {"auxpass", "nsubjpass"})
    # "Bogdanovic and Murray both pulled out ... but are expected to be fit": a passive
    # joined to a verb whose subject it shares, by nobody named
    shared = a.head.dep_ == "conj" and "agent" not in children and "nsubjpass" not in children
    return passive and (a.source.dep_ == "nsubjpass" or shared)


_DIRECTING = frozenset({"urge", "tell", "order", "press", "encourage", "advise", "invite"})


def _told_to(verb: Token, children: set[str]) -> bool:
    """ "Holmes urged to compete at Worlds", "Rapper Snoop Dogg sued for 'rape'": a
    headline's passive, its subject the one urged or sued (urging or suing someone takes an
    object: "Ceplak has urged Holmes to"); "asked to speak" asks."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    if children & {"dobj", "dative", "aux", "auxpass", "agent"}:
        return False
    if verb.lemma_.lower() == "sue":
        return after.lower_ == "for" and verb.sent.start == 0
    return (
        verb.lemma_.lower() in _DIRECTING
        and after.lower_ == "to"
        and after.head.dep_ == "xcomp"  # not "told To Vima newspaper"
        and after.head.head.i == verb.i
    )


def _headline_past(verb: Token, source: Token, children: set[str]) -> bool:
    """ "Labour accused of broken pledge", "Arnold congratulated on Oscar win", "British
    stars denied major Oscars": a headline tells what a party does in the present ("Labour
    accuses"), so a past form after its subject is a passive with "is" left out, its subject
    the one accused; with its agent ("criticised by MPs") the agent speaks, and "Chelsea
    denied by late heroics" is still done to Chelsea."""
    if verb.tag_ not in ("VBD", "VBN") or children & {"aux", "auxpass"}:
        return False
    title = title_of(verb.doc)
    if title is None or not title.start <= verb.i < title.end:
        return False
    return source.i < verb.i and source.head.i == verb.i and source.dep_ == "nsubj"
