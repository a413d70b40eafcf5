"""A question put to someone is nobody's position: "asked the crown prince: 'It happened
under your watch?'", "Wikinews asked Stamenković if he had any ideas"; one asked of nobody
named, about no one at hand, challenges ("asked why the government was agreeing to it"). Nor
is a question still to be decided or looked into ("will decide whether", ``undecided``), nor
an announcement yet to come of what is only named ("is set to announce his squad",
``unannounced``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefing.analysis.positions.cues import Attribution

_ASKING = frozenset({"ask", "question", "inquire", "enquire", "query", "wonder", "press"})
"""Verbs of putting a question to someone: what they ask is nobody's view."""
_ASKED = frozenset({"why", "how", "if", "whether"})
"""Words that open a question reported ("asked why the government ...")."""
_DELIBERATING = frozenset(
    {"decide", "determine", "consider", "weigh", "assess", "examine", "investigate", "review"}
    | {"study", "recommend", "rule", "judge", "learn", "see", "look", "establish", "probe"}
)
"""Verbs of a decision or an inquiry: over an open question, no view is held yet."""
_OPEN = re.compile(r"\W*(?:on|into|about|over)?\W*(?:whether|if)\b", re.IGNORECASE)
_PEOPLE = frozenset({"he", "she", "you", "i", "his", "her", "your", "my", "they", "their"})


def question(a: Attribution, text: str) -> bool:
    """A question put to someone ("asked the crown prince: “It happened under your
    watch?”") is nobody's position; but one said is a point made ("said, “so why should
    the bishops be exempt?”"), and one raised with nobody asked a doubt ("questioned whether
    the decisions had been based on torture evidence")."""
    if not a.content or a.head.lemma_ not in _ASKING:
        return False  # "joked: 'What was it somebody said about children and dogs?'"
    if a.head.lemma_ == "question" and not _addressed(a):
        return False  # "Amnesty questioned whether the decisions had been based on": a doubt
    if challenge(a):
        return False
    return _asks(a, text)  # "Wikinews asked Stamenković if he had any ideas": not a request


def undecided(a: Attribution, text: str) -> bool:
    """ "The FDA will decide if the benefits justify the risks", "police are looking into
    whether the shooting was a hate crime", "will consider on Thursday whether to impose": a
    decision or an inquiry over an open question is no view yet; but "questioned whether"
    doubts, and "said if ..." sets a condition."""
    if a.head.lemma_ not in _DELIBERATING or not a.content:
        return False
    after_cue = a.cue[-1].idx + len(a.cue[-1])  # "will rule on whether": the content may be
    # the question alone, or start after the preposition
    return any(_OPEN.match(text, i) is not None for i in (min(a.content)[0], after_cue))


def challenge(a: Attribution) -> bool:
    """ "'How can it be right that the poorest pay more?' he asked", "Mr Fallon asked whether
    the Treasury had leaned on ONS", "asked why the government was agreeing to it": a
    question asked of nobody named, in a debate, challenges the other side (it opposes)."""
    if not a.content or a.head.lemma_ not in ("question", "ask") or _addressed(a):
        return False
    asked = [c for c in a.head.children if c.dep_ == "ccomp"]
    if any(_personal(c) for c in asked):
        return False  # "asked whether he wanted a lawyer", "if she would": a plain question
    reported = any(t.lower_ in _ASKED for c in asked for t in c.children)
    return reported or a.direct_quote and _asks(a, a.head.doc.text)  # not "ask for more if"


def _personal(clause: Token) -> bool:
    """The question is about a person at hand: its subject is "he", "she", "you", or theirs
    ("whether his technique was legal")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return any(t is not None and t.lower_ in _PEOPLE for t in (subject, owner))


def _addressed(a: Attribution) -> bool:
    """Someone is asked: "asked the crown prince", "asked him whether"."""
    return any(c.dep_ in ("dobj", "dative") for c in a.head.children)


def _asks(a: Attribution, text: str) -> bool:
    """What is asked is a question: it ends with "?" or opens with "if" or "whether"."""
    last = text[a.content[-1][0] : a.content[-1][1]].rstrip(" \"”’'")
    return last.endswith("?") or any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether")
        for c in a.head.children
        if c.dep_ in ("ccomp", "advcl")
        for m in c.children
    )


_ANNOUNCING = frozenset({"announce", "unveil", "reveal", "name", "disclose", "publish"})
_PLACEHOLDERS = frozenset(
    {"plan", "detail", "decision", "location", "squad", "team", "name", "result", "verdict"}
    | {"choice", "date", "winner", "finding", "line-up", "lineup", "pick", "successor"}
)
"""What an announcement to come is of, named but not told ("announce *its decision*")."""


def unannounced(a: Attribution) -> bool:
    """ "is expected to announce her plans", "will announce the venue at a later date",
    "is still to announce which format it will back": what is yet to be announced is
    named, not told, so nothing is held yet; but "is expected to announce an end to the
    right to appeal" tells what."""
    verb = a.head
    if verb.lemma_ not in _ANNOUNCING or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("to", "will", "'ll") for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _PLACEHOLDERS:
            return True
        if c.dep_ == "ccomp" and any(t.tag_ in ("WDT", "WP", "WRB") for t in c.subtree):
            return True
    return False
