"""Resolving the source of an attribution to the parties it names or refers to.

A source names its party directly ("Putin", "Ukrainian officials" through the demonym, "the
Kremlin's spokesperson" through the possessor), or refers back: a relative pronoun to its
antecedent, a personal pronoun to the nearest fitting party before it (the subject of the
sentence first, then of the sentences before; "he"/"she" only to people, "they" only to
groups, countries and organisations), and a bare description ("officials", "the
government") to the country or organisation in context. What cannot be resolved stays
``None``: a wrong party is worse than none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from briefing.analysis.parties import PartyResolution
from briefing.analysis.positions.lexicon import lexicon

_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_GROUP = frozenset({"they", "them", "their", "theirs", "themselves"})
_THING = frozenset({"it", "its", "itself"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK = 3
"""Sentences searched back for the referent of a pronoun or description."""


@dataclass(frozen=True)
class _Mention:
    token: int
    party: str
    sentence: int
    subject: bool


class SourceResolver:
    """Resolves source tokens of one document to party ids."""

    def __init__(self, doc: Doc, parties: PartyResolution) -> None:
        self.doc = doc
        self.party_of_token = parties.party_of_token
        self.kind = {p.id: p.kind for p in parties.parties}
        self.members = parties.members
        self.sentence_of = {}
        for n, sent in enumerate(doc.sents):
            for t in range(sent.start, sent.end):
                self.sentence_of[t] = n
        mentions: dict[tuple[int, str], _Mention] = {}
        for i, party in sorted(self.party_of_token.items()):
            token = doc[i]
            root = token
            while root.head.i in self.party_of_token and root.head.i != root.i:
                if self.party_of_token[root.head.i] != party:
                    break
                root = root.head
            key = (root.i, party)
            if key not in mentions:
                subject = root.dep_ in _SUBJECT_DEPS or (
                    root.dep_ in _MODIFIERS and root.head.dep_ in _SUBJECT_DEPS
                )
                mentions[key] = _Mention(root.i, party, self.sentence_of[root.i], subject)
        self.mentions = sorted(mentions.values(), key=lambda m: m.token)
        # the role words a person is named with ("Kremlin *spokesperson* Dmitry Peskov")
        self.roles: dict[int, str] = {}
        for m in self.mentions:
            root = doc[m.token]
            for child in root.children:
                if child.dep_ == "compound" and child.i not in self.party_of_token:
                    self.roles[m.token] = child.lemma_.lower()

    def parties_of(self, head: Token | None) -> list[str]:
        """The parties a source headed by ``head`` stands for (several when conjoined)."""
        if head is None:
            return []
        if head.lower_ in _RELATIVE and head.head.dep_ in ("relcl", "acl"):
            return self.parties_of(head.head.head)
        heads = [head] + ([] if head.pos_ == "PRON" else list(head.conjuncts))
        found: list[str] = []
        for h in heads:
            party = self.party_of(h)
            if party is not None and party not in found:
                found.append(party)
        # a member named beside its group ("leaders from Germany ... and Poland") is the group
        return [p for p in found if not any(p in self.members.get(q, ()) for q in found)]

    def party_of(self, token: Token) -> str | None:
        party = self.party_of_token.get(token.i)
        if party is not None:
            return party
        if token.pos_ == "PRON":
            return self.pronoun(token)
        for child in token.children:
            if child.dep_ in _MODIFIERS:
                party = self.party_of_token.get(child.i)
                if party is None and child.pos_ == "PRON" and child.dep_ == "poss":
                    party = self.pronoun(child)
                if party is not None:
                    return party
        for child in token.children:  # "a spokesman for the Kremlin", "officials in Kyiv"
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "from", "at", "in"):
                for pobj in child.children:
                    party = self.party_of_token.get(pobj.i)
                    if party is not None and pobj.dep_ == "pobj":
                        return party
        role = token.lemma_.lower()
        if role in lexicon().source_nouns:
            if token.tag_ == "NN" and role in self.roles.values():
                # "the spokesperson" after "Kremlin spokesperson Dmitry Peskov"
                person = self._recent(token, lambda kind: kind == "PERSON", role)
                if person is not None:
                    return person
            return self._recent(token, lambda kind: kind != "PERSON")
        return None

    def pronoun(self, token: Token) -> str | None:
        word = token.lower_
        if word in _PERSONAL:
            return self._recent(token, lambda kind: kind == "PERSON")
        if word in _GROUP or word in _THING:
            return self._recent(token, lambda kind: kind != "PERSON")
        return None

    def _recent(self, token: Token, fits, role: str | None = None) -> str | None:
        """The nearest fitting party before ``token``: its sentence, then earlier ones (only
        people named with ``role``, when given)."""
        here = self.sentence_of[token.i]
        inside = {t.i for t in token.subtree}
        for sentence in range(here, here - LOOKBACK - 1, -1):
            candidates = [
                m
                for m in self.mentions
                if m.sentence == sentence
                and m.token < token.i
                and m.token not in inside
                and fits(self.kind.get(m.party, ""))
                and (role is None or self.roles.get(m.token) == role)
            ]
            if not candidates:
                continue
            if sentence == here:
                candidates.reverse()  # nearest first in the sentence itself
            subjects = [m for m in candidates if m.subject]
            return (subjects or candidates)[0].party
        return None
