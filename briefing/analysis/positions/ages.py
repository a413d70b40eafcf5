"""A person described by age: "The 36-year-old publican told", "the 20-year-old said" is the
one person the article named before with that age ("James Boase, 36,", "Boase, aged 36",
"36-year-old James Boase"), or else the person named last who is given no other age.
Daily Mail prose names people this way more than by pronoun; sports reports by nationality
("the Czech added", "the 27-year-old Austrian said", "The Frenchman"), which is a person,
not the country."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.positions.documents import ROLE_LOOKBACK

if TYPE_CHECKING:
    from briefing.analysis.positions.sources import SourceResolver


def age_of(token: Token) -> str | None:
    """The age a source describes someone by: "the 36-year-old publican", "the 20-year-old"
    (with "the": "a 14-year-old girl" is somebody new)."""
    if token.lower_ == "old":
        olds = [token]
    else:
        olds = [c for c in token.children if c.dep_ == "amod" and c.lower_ == "old"]
    if not olds or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    return next((t.text for old in olds for t in old.subtree if t.like_num), None)


def age_given(name: Token) -> str | None:
    """The age the article gives the person named at ``name`` (the name's last word): right
    after it ("Boase, 36," "Boase, aged 36") or as "36-year-old" just before it."""
    doc = name.doc
    after = list(doc[name.i + 1 : name.i + 4])
    if len(after) > 1 and after[0].text == "," and after[1].like_num:
        return after[1].text
    if len(after) > 2 and after[0].text == "," and after[1].lower_ == "aged":
        return after[2].text if after[2].like_num else None
    before = [t.text for t in doc[max(0, name.i - 8) : name.i]]
    found = [
        word for k, word in enumerate(before) if before[k + 1 : k + 5] == ["-", "year", "-", "old"]
    ]
    return found[-1] if found else None


_COLLECTIVE = ("ish", "ese", "s", "french", "dutch")
"""Endings of nationality words that, after "the", name a people or a party: "the British",
"the Swiss", "the Greens"."""


def demonym(token: Token) -> bool:
    """ "the Czech", "the 27-year-old Austrian", "The Frenchman": one person named by a
    country's nationality (a noun in the singular with "the", the whole subject), not "the
    French", "the Austrian team" or "newspaper The Hindu"."""
    if token.tag_ not in ("NN", "NNP") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if token.lower_.endswith(("man", "woman")):  # "The Frenchman", tagged as anything
        return lookup_country(token.text) is not None
    return (
        token.ent_type_ == "NORP"
        and not token.lower_.endswith(_COLLECTIVE)
        and lookup_country(token.text) is not None
    )


def aged(sources: SourceResolver, token: Token, age: str | None) -> str | None:
    """The one person named before ``token`` with ``age``, or else the person named last
    (its sentence, then those before) who is given no other age; with no age ("the Czech
    added"), the person named last."""
    if age is None:  # "And the American remains critical", after "The American had cast
        # doubt": the one that nationality named before, though someone else was named since
        before = next((t for t in reversed(token.doc[: token.i]) if _same(t, token)), None)
        if before is not None:
            return sources.party_of(before)
    given: dict[str, str | None] = {}
    for m in sources.mentions:
        if m.token < token.i and sources.kind.get(m.party) == "PERSON":
            given[m.party] = given.get(m.party) or age_given(sources.doc[m.token])
    same = {party for party, their in given.items() if their == age and age}
    if same:
        return same.pop() if len(same) == 1 else None

    def fits(party: str) -> bool:
        return party in given and (age is None or given[party] in (None, age))

    return sources.recent(token, fits, ROLE_LOOKBACK)


def _same(before: Token, token: Token) -> bool:
    return before.lower_ == token.lower_ and demonym(before)
