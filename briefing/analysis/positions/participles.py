"""Whether a participle's words are said by who does the clause it hangs in, not by the noun
the parser hung it on: "posted a message on Twitter blaming Iran", "attacked the plans for
pensioners saying they needed more", "have opposed the LSE bid for some time saying it would
destroy shareholder value" (for ``subjects.subject_of``)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import described_actors, lexicon, person_nouns
from briefing.analysis.positions.documents import made
from briefing.analysis.positions.subject_names import SUBJECTS

_WHERE = frozenset({"on", "in", "at", "via", "through"})
"""Prepositions whose object a participle after it does not speak for ("posted a message on
Twitter blaming Iran"), nor, when it speaks, these ("attacked the plans for pensioners saying
they needed more"; but "the law banning the sale" bans)."""
_ABOUT = frozenset({"for", "about", "against"})
_TAKEN_IN = frozenset(
    {"see", "obtain", "read", "review", "quote", "cite", "hear", "find", "get", "receive"}
)
"""Verbs of who came by a writing, a call or a person's words, not of who says what they say
("received a telephone call saying")."""


def clause_speaks(verb: Token) -> bool:
    """Whether who does the clause says what the participle ``verb`` says: it hangs on a
    place, on a thing spoken about, or on a thing done that cannot speak."""
    head = verb.head
    about = head.head.lower_ in _ABOUT and lexicon().speaks(verb.lemma_)
    if head.dep_ == "pobj" and (head.head.lower_ in _WHERE or about):
        return True
    return _thing_done(verb)


def _thing_done(verb: Token) -> bool:
    """A speech participle the parser hung on the object of a clause, when the object is a
    thing that cannot speak, not a person, body, writing or channel ("opposed the bid ...
    saying")."""
    head, lex = verb.head, lexicon()
    if head.dep_ != "dobj" or head.pos_ != "NOUN" or head.ent_type_ or not lex.speaks(verb.lemma_):
        return False
    word = head.lemma_.lower()
    people = lex.source_nouns | person_nouns().keys() | described_actors().keys()
    return (
        word not in people
        and not made(word)
        and head.head.lemma_ not in _TAKEN_IN
        and any(c.dep_ in SUBJECTS for c in head.head.children)
    )
