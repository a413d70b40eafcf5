"""The parties "they" stands for when a subject names them together: "Michael Howard and John
Redwood launched plans ... They say", "Both the IMF and World Bank have urged Egypt to remove
obstacles to the private sector, which they say has a vital role", "France and Germany left
the pact when they persuaded fellow members": every one of them, not the nearest alone.

The subject looked at is the nearest one over "they" in its own sentence (a clause it heads),
else the main subject of the sentence before, else another subject there ("complaints that
Mr Howard and Oliver Letwin have taken too long ... Now they have promised"); it counts when
it names two or more parties, all people or all bodies (organisations, countries, political
groups). Measured on the development sets: 6 more found, and 2 parties that were wrong
("The Department of Justice said that both men pleaded guilty ... They also pleaded") now the
two men."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Span, Token

from briefing.analysis.positions.speakers import SUBJECT_DEPS

_PEOPLE = frozenset({"PERSON"})
_BODIES = frozenset({"ORG", "GPE", "NORP"})


def named_together(
    they: Token,
    before: Span | None,
    parties_of: Callable[[Token], list[str]],
    kind: Mapping[str, str],
) -> list[str]:
    """The parties the subject over ``they`` (or of the sentence ``before`` its own) names
    together, when it names two or more of one sort; else none."""
    if they.lower_ != "they" or they.dep_ not in SUBJECT_DEPS:
        return []
    subject = _subject_over(they)
    if subject is None and before is not None:
        subject = _subject_of(before.root)
    if subject is None or subject.pos_ == "PRON":
        return []
    found = _together(subject, parties_of, kind)
    if found or before is None or subject.sent == they.sent:
        return found
    for other in before:  # the last subject there to name several
        if other.dep_ in SUBJECT_DEPS and other.i != subject.i and other.pos_ != "PRON":
            found = _together(other, parties_of, kind) or found
    return found


def _together(
    subject: Token, parties_of: Callable[[Token], list[str]], kind: Mapping[str, str]
) -> list[str]:
    found = parties_of(subject)
    sorts = {kind.get(p) for p in found}
    return found if len(found) > 1 and (sorts <= _PEOPLE or sorts <= _BODIES) else []


def _subject_over(they: Token) -> Token | None:
    """The subject of the nearest verb above the clause ``they`` is the subject of."""
    verb = they.head
    while verb.head.i != verb.i:
        verb = verb.head
        subject = _subject_of(verb)
        if subject is not None:
            return subject
    return None


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
