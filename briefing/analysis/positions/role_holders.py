"""Whom a role names: the person who holds it ("the judge", "the prime minister", "The
minister also confirmed"), or whom a noun for a person means ("The father said", "The pop
star said"), a mixin of ``sources.SourceResolver``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import epithets, person_nouns
from briefing.analysis.names import HONORIFICS, TEAM_ROLES, TITLES
from briefing.analysis.positions import documents, inverted
from briefing.analysis.positions.antecedents import GROUPS
from briefing.analysis.positions.documents import ROLE_LOOKBACK
from briefing.analysis.positions.office_holders import known_holder
from briefing.analysis.positions.roles import (
    OFFICES,
    Mention,
    definite_holder,
    determiner_of,
    holds,
    introduced,
    leading,
    named_next,
    offices_unheld,
    only_holder,
    reporter_of,
    same_side,
    sides,
)

_OWNERS = frozenset({"PERSON", "ORG"})
_STAFF = frozenset({"manager", "boss", "coach", "chairman", "chief", "director", "owner"})
_PLAYERS = (TEAM_ROLES - _STAFF) | {"medallist", "sprinter", "hurdler", "jumper", "runner"}
"""A player's roles and an athlete's events, by which a sports report calls the person it has
just named ("Gallas has been given extra confidence ... And the French international defender
believes"); not a manager's, whom the role rules find among those named with it."""
_MEMBERS = frozenset({"mp", "mep"})
"""Members of a parliament, by which a report calls the politician it has just named ("Labour
backbencher Stephen Pound labelled ... The MP for Ealing North claimed"): the parser often
takes the word for a name."""
_ACADEMICS = frozenset({"professor", "lecturer"})
"""Posts by which a report calls the scholar it has just quoted ('"...," said study co-author
Karen Alley. The Wooster professor added') when it named nobody with them."""
_CABINET = frozenset({"secretary", "minister"})
"""Offices of a government's ministers, by which a report calls the person its lead is about
("Tessa Jowell has announced plans ... The Culture Secretary said"), as ``OFFICES``."""
_OPENERS = frozenset({"CCONJ", "ADV", "PUNCT", "DET", "ADJ", "NOUN", "PROPN", "SPACE"})


class RoleHolders:
    """Finds the holder of a role among the people an article names (with the resolver's
    ``party_of`` and the pronouns' ``person_like``)."""

    doc: Doc
    mentions: list[Mention]
    roles: dict[int, set[str]]
    kind: dict[str, str]
    sentence_of: dict[int, int]
    party_of_token: dict[int, str]
    quoted: set[int]

    def person_with_role(self, token: Token, role: str) -> str | None:
        """The person a role refers to. A definite role ("the judge"): the last one named
        with it; else the first one named with it after: anywhere after the headline's, in
        the next sentence after a body's ("The governor of Louisiana declared ... Governor
        John Bel Edwards addressed the public"), anywhere after a lead's title, or however
        far back (``definite_holder``); an office nobody is named with, the person the lead is
        about (``leading``: "Tessa Jowell has announced ... The Culture Secretary said").
        An indefinite but qualified one ("a federal judge in Texas"): the only person with
        that role in the article. An exact role ("vice president") wins over a wider one.
        The paper's own ("our correspondent") is definite: the one it named before. A group
        ("Imus's family") is no one person."""
        if role.split()[-1] in GROUPS:
            return None
        determiner = determiner_of(token)
        here = self.sentence_of[token.i]
        inside = {t.i for t in token.subtree}
        people = [m for m in self.mentions if m.token in self.roles and m.token not in inside]
        if sides(token, self.body_side):  # "the Labour spokesman": not Lib Dem Vince Cable
            people = [m for m in people if same_side(token, self.doc[m.token], self.body_side)]
        if determiner is not None and determiner.lower_ in ("another", "other"):
            return None  # "another federal judge": not the one named
        if determiner is not None and determiner.lower_ not in documents.DEFINITE:
            qualified = any(c.dep_ in ("amod", "prep", "compound") for c in token.children)
            people = self._of_body(token, people)
            found = only_holder(people, self.roles, role) if qualified else None
            found = found or introduced(people, self.roles, self.sentence_of[token.i], role)
            return found or named_next(token, here, self.mentions, self.roles, self.kind)
        ours = any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children)
        owned = token.tag_ == "NN" and not ours and any(c.dep_ == "poss" for c in token.children)
        if determiner is None and here != 0 and not owned and not ours:
            return None  # bare roles outside the headline are part of a name or generic;
            # but "his daughter" is the daughter named before ("his daughter Nettie Baker")
        people = self._alike(token, people)
        before = [m for m in reversed(people) if m.token < token.i]
        before = [m for m in before if here - m.sentence <= ROLE_LOOKBACK]
        far = here == 0 or (here == 1 and role.split()[-1] in TITLES)
        after = [  # "The governor of Louisiana declared ... Governor John Bel Edwards said";
            # a headline's or a lead's title anywhere after: "The home secretary has defended
            # ... New Home Secretary Charles Clarke said"
            m
            for m in people
            if m.token > token.i and (m.sentence - here <= 1 or far)
        ]
        for candidates in (before, after):
            for exact in (True, False) if not owned else (True,):
                for m in candidates:
                    if holds(self.roles[m.token], role, exact):
                        return m.party
        if here == 0 or ours or getattr(determiner, "lower_", "") == "the":
            found = definite_holder(token, people, self.roles, role)
            cabinet = role not in OFFICES and role.split()[-1] in _CABINET
            if found is not None or role in OFFICES or cabinet:
                lead = None if found else leading(token, self.mentions, self.roles, self.kind, role)
                reporter = reporter_of(token)  # not the lead reporting on the office
                held = found or (None if reporter and self.party_of(reporter) == lead else lead)
                held = held or (self._known_holder(token, role) if role in OFFICES else None)
                if held is not None or not cabinet:
                    return held
        return named_next(token, here, self.mentions, self.roles, self.kind)

    def _known_holder(self, token: Token, office: str) -> str | None:
        """ "Mr Blair" named, then "the prime minister said": the one person the article
        names who has held the office (``office_holders``), of those it names with no other
        office ("Chancellor Gordon Brown" is not the prime minister here) and who have held
        no other office it calls someone by ("the chancellor"); not "the French president",
        whose country may be another's."""
        if any(
            c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
            for c in token.children
        ):
            return None
        titled = [m for m in self.mentions if m.token in self.roles]
        other = {m.party for m in titled if self.roles[m.token] - HONORIFICS - {office}}
        people = [(p, names) for p, names in self.people.items() if p not in other]
        elsewhere = set(offices_unheld(self.doc, titled, self.roles)) - {office}
        return known_holder(office, people, elsewhere)

    def _alike(self, token: Token, people: list[Mention]) -> list[Mention]:
        """Those of ``people`` named with the country and rank the role has, if any."""
        countries = {
            documents.country(c.text)
            for c in token.children
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
        } - {None}
        if countries:  # "the French president" is not the Brazilian one named last
            people = [m for m in people if self._countries_around(m) in (set(), countries)]
        rank = _rank(token)
        if rank is not None:  # "the top seed" is not "seventh seed Feliciano Lopez"
            people = [m for m in people if self._rank_around(m, token.lemma_) in (None, rank)]
        return people

    def described_person(self, token: Token) -> str | None:
        """ "The father said" (``person_nouns.tsv``), '"...," said the lock': as "he" or "she"
        would be; "The pop star said" (``epithets.tsv``): the person the passage names most."""
        noun = token.pos_ == "NOUN" and token.tag_ == "NN"
        if not noun and not (token.tag_ == "NNP" and token.lower_ in _MEMBERS):
            return None  # but "the Salford MP", a title the parser took for a name
        if getattr(determiner_of(token), "lower_", None) != "the":
            return None
        of = [g for c in token.children if c.dep_ == "prep" for g in c.children]
        if any(self.kind.get(self.party_of_token.get(g.i, "")) in _OWNERS for g in of):
            return None  # "The mother of Harry Dunn said", "the chairman of the Police
            # Federation said": someone's or a body's, not the one named last
        before = documents.spokesperson_before(token)  # "A UKIP spokesman said"
        if before is not None:
            return self.party_of(before)
        found = person_nouns().get(token.lemma_.lower())
        lemma = token.lemma_.lower()
        if found is None and lemma in epithets() and not self._named_as(lemma, token.i):
            here = self.sentence_of[token.i]  # not "Paula" of '"... Paula ...," said the star'
            quoted = {
                m.party for m in self.mentions if m.token in self.quoted and m.sentence == here
            }
            fits = lambda party: self._is_person(party) and party not in quoted  # noqa: E731
            return self.most_named(token, fits) or self.person_like(token, None)
        spoke = found is not None or inverted.role_after_quote(token)  # '"...," said the lock'
        if spoke:
            return self.person_like(token, found)
        return self._about_before(token) if lemma in _PLAYERS | _MEMBERS | _ACADEMICS else None

    def _about_before(self, token: Token) -> str | None:
        """ "Captain Fabien Pelous has acknowledged ... The lock believes": a team's role
        opening a clause is the one person the sentence before is about (its main subject),
        unless the article names that person as a manager ("manager Graeme Souness ... The
        striker")."""
        start = token.sent.start
        if token.dep_ != "nsubj" or any(
            t.pos_ not in _OPENERS for t in self.doc[start : token.left_edge.i]
        ):
            return None
        before = self.sentence_of[token.i] - 1
        people = {
            m.party
            for m in self.mentions
            if m.sentence == before
            and m.subject
            and m.token not in self.quoted
            and self.doc[m.token].head.dep_ == "ROOT"
            and self._is_person(m.party)
        }
        if len(people) != 1:
            return None
        person = people.pop()
        held = [
            r for i, rs in self.roles.items() if self.party_of_token.get(i) == person for r in rs
        ]
        return None if any(r.split()[-1] in _STAFF for r in held) else person

    def _is_person(self, party: str) -> bool:
        return self.kind.get(party) == "PERSON"

    def _named_as(self, noun: str, before: int) -> bool:
        """Someone is named with ``noun`` before token ``before`` ("former champion Evander
        Holyfield"): then the role rule (``person_with_role``) alone says who "the champion"
        is; not someone named with it only after ("The Oscar winner said ... which stars
        Oscar winner Adrien Brody")."""
        return any(
            role.split()[-1] == noun
            for at, held in self.roles.items()
            if at < before
            for role in held
        )

    def _of_body(self, token: Token, people: list[Mention]) -> list[Mention]:
        """ "A spokesman for Manchester's Trafford Centre": only the people named in a
        sentence that names that body, not "Spokesman Alan Jones" of another centre."""
        bodies = {
            party
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for t in prep.subtree
            if self.kind.get(party := self.party_of_token.get(t.i, "")) == "ORG"
        }
        if not bodies:
            return people
        named = {self.sentence_of[i] for i, p in self.party_of_token.items() if p in bodies}
        return [m for m in people if m.sentence in named]

    def body_side(self, token: Token) -> str | None:
        """The body or people a word of a role names ("Labour" of "the Labour spokesman")."""
        party = self.party_of_token.get(token.i)
        return party if self.kind.get(party or "") in ("ORG", "NORP") else None

    def minister(self, token: Token, role: str | None) -> str | None:
        """ "The minister also confirmed", where the article named her "Education Secretary
        Ruth Kelly": the person spoken of before, found as "he" or "she" would be, not the
        organisation named last."""
        if role not in ("minister", "secretary") or token.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        return self.person_like(token, None)

    def _countries_around(self, m: Mention) -> set[str | None]:
        """The countries a person's mention names with its titles ("Brazilian President
        Jair Bolsonaro": Brazil)."""
        root = self.doc[m.token]
        tokens = list(root.subtree) + (list(root.head.subtree) if root.dep_ == "appos" else [])
        named = {documents.country(t.text) for t in tokens if t.ent_type_ in ("NORP", "GPE")}
        return named - {None}

    def _rank_around(self, m: Mention, noun: str) -> str | None:
        """The rank a person's mention gives them with the role ``noun`` ("seventh seed
        Feliciano Lopez": seventh)."""
        root = self.doc[m.token]
        tokens = list(root.subtree) + (list(root.head.subtree) if root.dep_ == "appos" else [])
        return next((r for t in tokens if t.lemma_ == noun and (r := _rank(t))), None)


_RANKS = frozenset(
    {"top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
    | {"ninth", "tenth", "eleventh", "twelfth", "last", "bottom"}
)


def _rank(noun: Token) -> str | None:
    """The rank word set on a role's noun ("the top seed", "second seed"), or None."""
    return next((c.lower_ for c in noun.children if c.lower_ in _RANKS), None)
