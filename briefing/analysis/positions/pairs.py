"""Two parties a plural refers to: "Both sides agreed", "the two leaders said", "both
newspapers said", "The parties said" (of a deal): the two parties of one kind named together
last, joined by "and" ("India and Pakistan") or as the subject of an earlier sentence ("UK-based
retailer Tesco and Denmark-based retailer Salling Group announced")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from briefing.analysis.positions import documents

SIDES = frozenset(
    {"side", "country", "nation", "government", "leader", "party", "man", "team"}
    | {"company", "firm", "newspaper", "paper", "club", "union"}
)
"""Plural nouns that "both" or "two" make the pair named last; "the parties" are the pair
too."""
_BODIES = frozenset({"company", "firm", "newspaper", "paper", "club", "union", "party"})
"""Plurals that name bodies: "both clubs" are two organisations, never their chiefs."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LOOKBACK = 12
"""Sentences searched back for a subject that names two."""


def refers_to_pair(head: Token) -> bool:
    """Whether the source headed by ``head`` means a pair ("Lawyers for the pair" too)."""
    clients = documents.clients(head)[:1]
    pair = [
        w
        for w in (head, *documents.of_objects(head)[:1], *clients)
        if w.tag_ == "NNS" and w.lemma_.lower() in SIDES
    ]
    both = any(c.lower_ in ("both", "two") for w in pair for c in w.children)
    both = both or head.lower_ == "parties" and [c.lower_ for c in head.lefts] == ["the"]
    lefts = [c.lower_ for c in head.lefts]
    the = lefts == ["the"] or (not lefts and head.i > 0 and head.nbor(-1).lower_ == "the")
    couple = any(
        w.tag_ == "NN" and w.lemma_.lower() in documents.COUPLES
        for w in (*clients, *([head] if the else []))
    )  # "Lawyers for the pair", "The pair claim" (its "The" hung on "claim" when the parse
    # takes "pair" for a compound)
    return bool(pair and both) or couple


def pair_named_last(
    head: Token,
    party_of_token: dict[int, str],
    kind: dict[str, str],
    parties_of: Callable[[Token], list[str]],
) -> list[str]:
    """The two parties of one kind (no group) named together last before ``head``: a name
    joined to another by "and", else the subject of a sentence before that stands for two
    (``parties_of``), else the only two the sentence just before names. "The pair" and "the
    couple" are two people."""
    people = head.lemma_.lower() in documents.COUPLES
    if head.lemma_.lower() in _BODIES:  # "Both clubs have pledged": not the two chiefs
        kind = {p: k for p, k in kind.items() if k != "PERSON"}
    before = head.doc[: head.i]
    for t in reversed(before):
        first, second = party_of_token.get(t.head.i), party_of_token.get(t.i)
        if t.dep_ != "conj" or first is None or second is None or first == second:
            continue
        if len(t.head.conjuncts) > 1 or t.head.dep_ == "compound":
            continue  # three or more, or names of things ("the Penfolds, Lindemans and
            # Rosemount brands")
        if _alike(kind.get(first), kind.get(second), people):
            return [first, second]
    sentences = list(head.doc.sents)
    here = next(n for n, s in enumerate(sentences) if s.start <= head.i < s.end)
    for sentence in reversed(sentences[max(0, here - _LOOKBACK) : here]):
        for t in (t for t in sentence if t.dep_ in _SUBJECTS):
            found = parties_of(t)
            if len(found) == 2 and _alike(kind.get(found[0]), kind.get(found[1]), people):
                return found
    if here > 0:  # "Peugeot is to supply Mitsubishi Motors ... The two firms say": the only
        # two the sentence before names
        named = list(
            dict.fromkeys(party_of_token[t.i] for t in sentences[here - 1] if t.i in party_of_token)
        )
        if len(named) == 2 and _alike(kind.get(named[0]), kind.get(named[1]), people):
            return named
    return _two_most_named(head, party_of_token, kind, people)


def _two_most_named(
    head: Token, party_of_token: dict[int, str], kind: dict[str, str], people: bool
) -> list[str]:
    """ "Fosters bought 18.8% of Southcorp ... Both firms asked": the two of one kind the
    article names most before ``head``, each at least twice and more than any other."""
    counts = Counter(  # names, not their words
        p for i, p in party_of_token.items() if i < head.i and party_of_token.get(i - 1) != p
    )
    top = [p for p, _ in counts.most_common() if kind.get(p) != "GPE"][:3]
    if len(top) < 2 or counts[top[1]] < 2 or (len(top) == 3 and counts[top[2]] == counts[top[1]]):
        return []
    return top[:2] if _alike(kind.get(top[0]), kind.get(top[1]), people) else []


def _alike(first: str | None, second: str | None, people: bool = False) -> bool:
    """Two parties of one kind, a group neither; a body and a people are alike ("Labour and
    the Conservatives", the model tagging the second as a people); two persons if ``people``."""
    if people:
        return first == second == "PERSON"
    if first is None or second is None:
        return False
    return first == second != "GROUP" or {first, second} == {"ORG", "NORP"}
