"""Resolving the source of an attribution to the parties it names or refers to.

A source names its party directly ("Putin", "Ukrainian officials" through the demonym, "the
Kremlin's spokesperson" through the possessor), names a person beside a role ("The Vice
President, Mike Pence"; "a federal judge in Texas, Gray Miller": the person, not the country),
or refers back: a relative pronoun to its antecedent, a personal pronoun to the nearest fitting
party before it (``pronouns``), a role ("the judge", "his daughter") to the person last named
with it (in a headline or a lead, the first one named after it), and a bare description
("officials", "the government") to the country or organisation in context.

Only a representative ("the Kremlin's spokesperson", "Ukrainian officials") speaks for the
party that qualifies it: "Dunn's mother" or "a Trump adviser" is somebody else. What cannot be
resolved stays ``None``: a wrong party is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.names import FIRMS, TITLES, political_parties
from briefing.analysis.parties import PartyResolution
from briefing.analysis.positions import ages, bodies, documents, inverted, makers, salience, towns
from briefing.analysis.positions.antecedents import antecedent
from briefing.analysis.positions.beside import named_beside
from briefing.analysis.positions.described import study_team
from briefing.analysis.positions.documents import ROLE_LOOKBACK, SPOKESPEOPLE
from briefing.analysis.positions.gender import genders
from briefing.analysis.positions.listed import listed
from briefing.analysis.positions.members import included, made_by
from briefing.analysis.positions.pairs import pair_named_last, refers_to_pair
from briefing.analysis.positions.pronouns import Pronouns
from briefing.analysis.positions.role_holders import RoleHolders
from briefing.analysis.positions.roles import Mention, named_roles, role_of, sides
from briefing.analysis.positions.speakers import SUBJECT_DEPS, unowned
from briefing.analysis.positions.spokesmen import office_spoken_for
from briefing.analysis.positions.subject_names import joined_before
from briefing.analysis.positions.subjects import in_the_singular
from briefing.analysis.positions.together import named_together

_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
_NAMING = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod", "appos"})
"""How a mention hangs on a subject and is it ("Lane's cousin, Steve Smith, told"): not "Lane's"."""
_NOT_BODIES = frozenset({"PERSON", "NORP"})
"""Kinds a bare description ("officials", "the government") never stands for."""
_CIRCLE = frozenset({"ally", "aide", "adviser", "advisor", "associate", "colleague"})
"""Who stands near a person and is not them ("Gordon Brown's closest ally")."""
_UNNAMED = frozenset({"official", "authority"})
"""Plural sources that, bare, name no one ("officials said"), unlike "Russian officials"."""


def _set_off(name: Token) -> bool:
    """An apposition is the subject it names when commas set it off ("Lane's cousin, Steve
    Smith, told") or it follows the role it names ("Wenger's counterpart Felix Magath"), not
    when hung on a word in a quote ("'the devil inside' Peter O'Toole")."""
    start = name.left_edge.i
    role = name.head.pos_ == "NOUN" and name.head.i == start - 1
    return name.dep_ != "appos" or role or (start > 0 and name.doc[start - 1].text == ",")


def _main_verb(verb: Token) -> bool:
    """The verb of its sentence's main clause, or one joined to it by "and" ("They said ...
    and pledged"), not of a clause inside it ("whether the Home Office would deliver")."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _they_act(sentence: Span) -> bool:
    """Whether the subject of the sentence's main verb is "they" ("And they pledged to")."""
    return any(c.dep_ == "nsubj" and c.lower_ == "they" for c in sentence.root.children)


class SourceResolver(RoleHolders, Pronouns):
    """Resolves source tokens of one document to party ids."""

    def __init__(self, doc: Doc, parties: PartyResolution) -> None:
        self.doc = doc
        self.party_of_token = parties.party_of_token
        self.kind = {p.id: p.kind for p in parties.parties}
        self.named = {p.id: p.name for p in parties.parties}
        self.affiliation = {p.id: self.named.get(p.affiliation or "") for p in parties.parties}
        self.mentions_of = {p.id: p.mentions for p in parties.parties}
        self.names = {
            p.id: {w.casefold() for a in p.aliases for w in a.split()} for p in parties.parties
        }
        self.members = parties.members
        self.people = {p.id: (p.name, *p.aliases) for p in parties.parties if p.kind == "PERSON"}
        sentences = enumerate(doc.sents)
        self.sentence_of = {t: n for n, sent in sentences for t in range(sent.start, sent.end)}
        mentions: dict[tuple[int, str], Mention] = {}
        for i, party in sorted(self.party_of_token.items()):
            root = doc[i]
            while root.head.i in self.party_of_token and root.head.i != root.i:
                if self.party_of_token[root.head.i] != party:
                    break
                root = root.head
            key = (root.i, party)
            if key not in mentions:
                subject = root.dep_ in SUBJECT_DEPS or (
                    root.dep_ in _NAMING and root.head.dep_ in SUBJECT_DEPS and _set_off(root)
                )
                mentions[key] = Mention(root.i, party, self.sentence_of[root.i], subject)
        self.mentions = sorted(mentions.values(), key=lambda m: m.token)
        self.resolved: dict[int, str | None] = {}
        self.searching: set[int] = set()
        """Writings whose maker is being looked for nearby (``makers``)."""
        self._parties: dict[int, list[str]] = {}  # ``parties_of``, by token
        self._asking = 0  # how deep ``parties_of`` is in itself
        self.roles = named_roles(doc, self.mentions, self.kind, self.party_of_token)
        self.gender = genders(doc, self.party_of_token, self.kind, self.quote_spans)

    def parties_of(self, head: Token | None) -> list[str]:
        """The parties a source headed by ``head`` stands for (several when conjoined); read
        once per token when asked from outside (inside, a pronoun being worked out may stand
        unresolved, so what is found then is not kept)."""
        if head is None:
            return []
        known = self._parties.get(head.i) if not self._asking else None
        if known is None:
            self._asking += 1
            try:
                known = self._find_parties(head)
            finally:
                self._asking -= 1
            if not self._asking:
                self._parties[head.i] = known
        return list(known)

    def _find_parties(self, head: Token) -> list[str]:
        before = antecedent(head)
        if before is not None:
            return self.parties_of(before)
        if study_team(head) is not None:
            return []  # "scientists from the University of Bristol say": the study's team
        if refers_to_pair(head):  # "Both sides agreed", "The parties said"
            pair = pair_named_last(head, self.party_of_token, self.kind, self.parties_of)
            if pair:
                return pair
        people = self._people_before(head)
        if people:
            return people
        owned, clients = documents.possessed(head), documents.clients(head)
        if len(clients) > 1:  # "Lawyers for Mr Fawcett and Mr McDonald"
            heads = clients
        elif owned is not None:  # not the name the parser joined it to
            head, heads = owned, [owned, *(c for c in owned.conjuncts if c != head)]
        else:
            own = self.party_of_token.get(head.i)  # a name's words joined are one source
            joined = [
                c for c in _listed_with(head) if not own or self.party_of_token.get(c.i) != own
            ]
            joined += listed(head, own, self.party_of_token, self.kind)
            heads = [head] + ([] if head.pos_ == "PRON" else joined)
            heads = heads[-1:] if joined and in_the_singular(head) else heads
            if own is None and head.lower_ in TITLES and any(self._person(c) for c in joined):
                heads = joined  # "Recording Academy president and CEO Neil Portnow": him
        # "countries including Algeria and Morocco", "some Democrats, such as O'Rourke": the
        # ones it names
        heads = [named for h in heads for named in included(h) or made_by(h) or [h]]
        found: list[str] = []
        for h in heads:
            party = self.party_of(h) if h.lemma_.lower() != "other" else bodies.others_body(self, h)
            if party is not None and party not in found:
                found.append(party)
        # a member named beside its group ("leaders from Germany ... and Poland") is the group
        return [p for p in found if not any(p in self.members.get(q, ()) for q in found)]

    def _people_before(self, head: Token) -> list[str]:
        """ "Michael Howard and John Redwood launched plans ... They say": the parties a
        subject names together, over "they" or in the sentence before (``together``)."""
        here = self.sentence_of[head.i]
        before = self.sentences[here - 1] if here else None
        return named_together(head, before, self.parties_of, self.kind)

    def _person(self, token: Token) -> bool:
        return self.kind.get(self.party_of_token.get(token.i, "")) == "PERSON"

    def names_party(self, token: Token | None) -> bool:
        """Whether a source names or qualifies a party at all ("Dunn's mother" does), which
        is what the attribution layer asks when it keeps a stance verb (PolNeAR marks
        "Dunn's mother said" as much as "Dunn said")."""
        if token is None:
            return False
        if token.lower_ == "they" and antecedent(token) is not None:
            return True  # "The family said they planned": a group its sentence names
        return bool(self.parties_of(token)) or self._represented(token) is not None

    def party_of(self, token: Token) -> str | None:
        owner = documents.platform_owner(token)
        if owner is not None:
            return self.party_of(owner)
        party = named_beside(token, self.party_of_token, self.kind)
        if party is not None:
            return party
        own = makers.named_writing(self, token) or self.party_of_token.get(token.i)
        party = None if ages.demonym(token) else own
        if party is not None and not token.ent_type_ and token.tag_ in ("NN", "NNP"):
            # "Tunisian Prime Minister": a role word that joined its country as a group is,
            # in the singular, the person who holds the role when the article names one
            role = role_of(token, {})
            person = self.person_with_role(token, role) if role else None
            return person or party
        if party is not None:
            return party
        if token.pos_ == "PRON":
            return self.pronoun(token)
        age = ages.age_of(token)
        if age is not None or ages.demonym(token):  # "The 36-year-old publican told"
            return ages.aged(self, token, age)
        role = role_of(token, self.party_of_token)
        person = self.person_with_role(token, role) if role else None
        side = sides(token, self.body_side) and not inverted.role_after_quote(token)
        person = person or (None if side else self.described_person(token))
        person = person or self.minister(token, role)
        return person if person is not None else self._unnamed(token)  # "the Labour
        # spokesman" who is nobody named speaks for Labour

    def _unnamed(self, token: Token) -> str | None:
        """The party of a source that names none: a part of a document, an organisation
        described, a document's maker, a channel, a town, an official (``party_of``)."""
        part = documents.whole(token)
        if part is not None:  # "Part of the judge's statement reads"
            return self.party_of(part)
        named = bodies.organisation_named(self, token)
        if named is not None:
            return named
        if token.pos_ in ("NOUN", "PROPN"):  # no party's name: "the court", "The Department",
            # "the memo", "the magazine's columnist"
            found = self.body_named(token) or bodies.members_body(self, token)
            found = found or makers.maker(self, token) or makers.author(self, token)
            found = found or bodies.body_named_next(self, token)
            if found is not None:
                return found
        if token.lemma_.lower() in documents.CHANNELS - documents.SPOKESPEOPLE:
            return self._channel(token)  # "A spokesman said": as "officials said", below
        if token.tag_ == "NN" and documents.named_paper(token):  # "The paper said"
            return self.outlet_before(token)
        if token.tag_ == "NN" and documents.named_before(token):
            return self._company_before(token)
        if towns.is_town(token):  # "the city said": its place's party, when it is one
            return self._town(token)
        if token.lemma_.lower() == "source":  # "FBI sources", "sources within the party":
            # the body named; sources unnamed are nobody, and a paper's own ("its anonymous
            # source claimed") are not the paper
            owned = any(c.dep_ == "poss" for c in token.children)
            return None if owned else self._represented(token)
        if token.lemma_.lower() not in lexicon().source_nouns:
            return None  # "Dunn's mother", "a Trump adviser": not the party named beside
        if any(c.dep_ in ("amod", "compound") for c in token.children):
            return self._represented(token)  # "health officials", "The Seoul government"
            # (a place that is no party): not the body named last
        if token.tag_ == "NNS" and token.lemma_.lower() in _UNNAMED:
            # "officials said": unnamed; a country's when its sentence names it first
            return self._represented(token) or self._country_before(token)
        if documents.bare_ministers(token):
            return None  # "ministers said": the government, named as written (``described``)
        if token.lemma_.lower() in documents.RULERS:  # "the government": a country's, never
            # the organisation named last ("PE"); with none near, "Government" (``described``)
            return self._represented(token) or self.recent(
                token, lambda party: self.kind.get(party) == "GPE", ROLE_LOOKBACK
            )
        return self._spoken_for(token)

    def _spoken_for(self, token: Token) -> str | None:
        """ "officials said", "a spokesman said", "the campaign said": the body they speak for,
        named beside them or last; a bare spokesman or campaign never a country's."""
        spokesperson = token.lemma_.lower() in SPOKESPEOPLE
        if token.lemma_.lower() == "campaign":  # a candidate's
            return self._represented(token)

        def body(party: str) -> bool:
            kind = self.kind.get(party, "")
            return kind not in _NOT_BODIES and not (spokesperson and kind == "GPE")

        def speaks_for(party: str) -> bool:  # a political party too ("the Conservatives")
            political = self.named.get(party, "").casefold() in political_parties()
            return body(party) or (self.kind.get(party) == "NORP" and political)

        return (
            self._represented(token)
            or (self._body_that_acted(token, speaks_for) if spokesperson else None)
            or self.recent(token, body)
        )

    def _channel(self, token: Token) -> str | None:
        """ "The IRS website advises": the party it speaks for, as "officials said"; "The
        website further reported", whose it does not say: the outlet that spoke last."""
        found = self._represented(token)
        if found is None and token.lemma_.lower() == "website" and unowned(token):
            found = self.outlet_before(token)
        return found

    def _company_before(self, token: Token) -> str | None:
        """ "the company said": the company the article keeps as its actor (``salience``);
        "the group said": the organisation named last."""
        found = documents.introduced_as(token, self.party_of_token)
        found = found or self.outlet_before(token) or self._agent_before(token)
        if found is not None or token.lemma_.lower() not in FIRMS:
            return found or self.recent(token, self._organisation)
        return salience.company_meant(self, token, self._organisation)

    def _body_that_acted(self, token: Token, body: Callable[[str], bool]) -> str | None:
        """ "Ofcom says it has plans to review ... the Video Relay Service will be discussed
        ... But a spokesman said": the body that last did something in the sentences just
        before (the subject of an active verb), not one only named or done to."""
        here = self.sentence_of[token.i]
        while here > 1 and _they_act(self.sentences[here - 1]):
            here -= 1  # "They said ... And they pledged": the body acts on, named before
        for m in reversed(self.mentions):
            if m.token >= token.i or not body(m.party):
                continue
            if m.sentence < here - 2:
                return None
            if self.doc[m.token].dep_ == "nsubj" and _main_verb(self.doc[m.token].head):
                return m.party
        return None

    def _organisation(self, party: str) -> bool:
        return self.kind.get(party) == "ORG"

    def _agent_before(self, token: Token) -> str | None:
        """ "The Video Relay Service is being piloted by the RNID, but the organisation says":
        the organisation that does what its sentence says before, not the thing done."""
        for verb in token.doc[token.sent.start : token.i]:
            if not any(c.dep_ == "nsubjpass" for c in verb.children):
                continue
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
            found = {self.party_of_token.get(g.i) for g in agents} - {None}
            if len(found) == 1 and self._organisation(next(iter(found))):
                return found.pop()
        return None

    def _town(self, token: Token) -> str | None:
        at = towns.place_at(token)
        return None if at is None else self.party_of_token.get(at)

    def _country_before(self, token: Token) -> str | None:
        """The country its sentence names before ``token`` (the nearest), not as a word
        describing something else ("United States basketball player Kobe Bryant")."""
        here = self.sentence_of[token.i]
        countries = [
            m
            for m in self.mentions
            if m.sentence == here
            and m.token < token.i
            and self.kind.get(m.party) == "GPE"
            and self.doc[m.token].dep_ not in ("compound", "amod", "nmod")
        ]
        return countries[-1].party if countries else None

    def _represented(self, token: Token) -> str | None:
        """The party a representative speaks for: "the Kremlin's spokesperson", "officials
        in Kyiv", "a spokesman for the ministry"; not a person's ally or aide ("Gordon
        Brown's closest ally": someone else, ``described``)."""
        kin = token.lemma_.lower() in _CIRCLE
        for child in token.children:
            if kin and child.dep_ == "poss" and child.ent_type_ == "PERSON":
                return None
            if child.dep_ in _MODIFIERS:
                party = (
                    office_spoken_for(token, child, self.party_of_token)
                    if child.dep_ == "poss"
                    else None
                )
                party = party or self.party_of_token.get(child.i)
                if party is None and child.dep_ == "poss":  # "his", "The rapper's spokesman"
                    party = self.pronoun(child) if child.pos_ == "PRON" else self.party_of(child)
                if party is None and child.dep_ == "compound":  # "a Labour party spokesman"
                    party = self.body_side(next(child.children, child))
                if party is not None:
                    return party
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "from", "at", "in", "within"):
                for pobj in child.children:
                    party = self.party_of_token.get(pobj.i)
                    if party is not None and pobj.dep_ == "pobj":
                        return party
        return None

    def body_named(self, token: Token, definite: bool = False) -> str | None:
        """ "the court", "The appeals court": the organisation so named (``bodies``)."""
        return bodies.body_named(self, token, definite)


def _listed_with(head: Token) -> list[Token]:
    """The names listed with a source; not those of a list the parser ran a speaker into with
    a comma alone ("visitors from both the European Union and the rest of the world, the Office
    for National Statistics said": the Office alone; but "Tom Hart and Gary Vos, who observed")."""
    if head.dep_ != "conj":
        return list(head.conjuncts)
    after = head.doc[min(head.right_edge.i + 1, len(head.doc) - 1)]
    verb = after.head if after.dep_ == "aux" else after
    if joined_before(verb) == head:
        return []  # "by the police and the IMF has called for": the IMF alone
    before = max((c for c in head.conjuncts if c.i < head.i), key=lambda c: c.i, default=None)
    between = head.doc[before.i + 1 : head.left_edge.i] if before is not None else ()
    return list(head.conjuncts) if any(t.dep_ == "cc" for t in between) else []
