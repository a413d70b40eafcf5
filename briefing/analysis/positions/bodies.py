"""The organisation a description stands for: "the court", "The appeals court", "the
ministry" is the one named before with those words in its name ("Second Circuit Court of
Appeals"); in a headline, which names nobody before it, the one its article's first
sentences name ("Swedish academy announces ..." -> "Royal Swedish Academy of Sciences");
"the party" is also a political party named without the word ("the Lib Dems"); a lead's body
described and not named is the organisation that speaks next ("..., the elections watchdog has
said. ... the Electoral Commission says"); "the agency", when no organisation named has the
word, the one named last ("NASA said ... the agency noted")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.names import FIRMS, political_parties
from briefing.analysis.positions import documents
from briefing.analysis.positions.documents import ROLE_LOOKBACK
from briefing.analysis.positions.headline import title_of
from briefing.analysis.positions.hyphens import hyphenated

if TYPE_CHECKING:
    from briefing.analysis.positions.sources import SourceResolver

_BODY_NOUNS = frozenset({"society", "association", "union", "federation", "body", "trust"})
"""Nouns set after an organisation's name ("the Nationwide building society")."""


def body_named(sources: SourceResolver, token: Token, definite: bool = False) -> str | None:
    """The organisation ``token`` describes, the one the article names most when several
    fit, the latest when they tie; ``definite`` when the determiner is on another word ("the
    appeals court ruling"). Out of a headline, only with "the" ("the court")."""
    if token.tag_ == "NNS":
        return None  # "the Westminster parties": no one body
    title = title_of(token.doc)
    headline = title is not None and title.start <= token.i < title.end
    if not (headline or definite) and not any(
        c.dep_ == "det" and c.lower_ in documents.DEFINITE for c in token.children
    ):
        return None
    words = {token.lemma_.lower()} | {
        c.lower_
        for c in token.children
        if c.dep_ == "compound" and c.is_alpha and c.ent_type_ not in ("NORP", "GPE")
    }
    here = sources.sentence_of[token.i]
    countries = {  # "the American space agency" is no Russian one
        documents.country(c.text)
        for c in token.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
    } - {None}
    fitting: dict[str, int] = {}
    for order, m in enumerate(sources.mentions):
        if countries and _country_of(sources, m.party) not in countries | {None}:
            continue
        if headline:
            if m.sentence == here or m.sentence - here > ROLE_LOOKBACK:
                continue  # the headline's own words, or further than the first sentences
        elif m.token >= token.i or here - m.sentence > ROLE_LOOKBACK:
            continue
        names = sources.names.get(m.party, set())
        if sources.kind.get(m.party) in ("ORG", "GROUP") and all(
            w in names or w.rstrip("s") in names for w in words
        ):
            fitting[m.party] = order
        elif headline and not token.is_upper and _described(sources.doc[m.token], token.lemma_):
            fitting[m.party] = order  # "Winemaker rejects ..." above "Australian winemaker
            # Southcorp has rejected"
        elif words == {"party"} and token.tag_ == "NN" and _political(sources, m.party):
            fitting[m.party] = order  # "The party says", of the Liberal Democrats (not "All
            # the major parties")
    if not fitting:
        return None if headline or words != {"agency"} else _agency(sources, token, countries)
    if words == {"party"}:  # "Labour hit back ... The party on Tuesday challenged the
        # Tories": the party the sentence before spoke of, as its subject
        spoke = [
            m
            for m in sources.mentions
            if m.party in fitting and m.subject and m.token < token.i and here - m.sentence <= 1
        ]
        if spoke:
            return spoke[-1].party
    return max(fitting, key=lambda p: (sources.mentions_of[p], fitting[p]))


def _agency(sources: SourceResolver, token: Token, countries: set[str]) -> str | None:
    """ "NASA released images ... the American space agency said": the organisation named
    last (of the country said: not the Russian Federal Space Agency named before)."""
    return sources.recent(
        token,
        lambda p: (
            sources.kind.get(p) == "ORG"
            and (not countries or _country_of(sources, p) in countries | {None})
        ),
    )


def _described(name: Token, noun: str) -> bool:
    """A name set beside a noun that says what it is ("winemaker Southcorp", "Southcorp, the
    winemaker")."""
    beside = [c for c in name.children if c.dep_ in ("compound", "appos")]
    beside += [name.head] if name.dep_ in ("appos", "compound") else []
    return any(t.lemma_.lower() == noun.lower() and t.pos_ == "NOUN" for t in beside)


def _country_of(sources: SourceResolver, party: str) -> str | None:
    """A body's country: the one the article ties it to, or the one its name says
    ("Russian Federal Space Agency")."""
    found = sources.affiliation.get(party)
    words = sources.names.get(party, set())
    return found or next((c for w in sorted(words) if (c := documents.country(w))), None)


def members_body(sources: SourceResolver, token: Token) -> str | None:
    """ "Committee members said", "Members of the committee said": the body they sit on,
    named before (``body_named``: "the committee") or here ("members of the Public Accounts
    Committee")."""
    if token.lower_ == "mps" and not any(c.dep_ in ("compound", "amod") for c in token.children):
        return _committee(sources)  # "MPs said" in a committee's report
    if token.lemma_.lower() != "member" or token.tag_ != "NNS":
        return None
    body = next((c for c in token.children if c.dep_ == "compound"), None)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = body or next((c for c in (of.children if of else ()) if c.dep_ == "pobj"), None)
    if body is None:
        return None
    if body.lemma_.lower() not in _SEATED:  # "members of the public": nobody's
        return sources.party_of_token.get(body.i)
    return sources.party_of_token.get(body.i) or body_named(sources, body, definite=True)


def _committee(sources: SourceResolver) -> str | None:
    """The one committee the article names ("MPs have said ... The Public Accounts Committee
    found": the committee's members speak in its report), if only one."""
    named = {
        m.party
        for m in sources.mentions
        if sources.kind.get(m.party) == "ORG" and "committee" in sources.names.get(m.party, ())
    }
    return named.pop() if len(named) == 1 else None


_SEATED = frozenset(
    {"committee", "council", "board", "panel", "commission", "assembly", "parliament", "union"}
) | {"party", "cabinet", "senate", "house", "court", "jury", "club", "team", "group", "body"}
"""What members sit on."""


def _political(sources: SourceResolver, party: str) -> bool:
    """A political party the article names without the word "party" ("the Lib Dems")."""
    return sources.kind.get(party) in ("ORG", "NORP") and any(
        name in political_parties() for name in sources.names.get(party, ())
    )


def others_body(sources: SourceResolver, token: Token) -> str | None:
    """ "Biden and others in the Democratic Party": the body the others belong to (the
    parser often hangs "in ..." on the first conjunct)."""
    for holder in (token, token.head):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                party = sources.party_of_token.get(pobj.i) if pobj is not None else None
                if party is not None and sources.kind.get(party) != "PERSON":
                    return party
    return None


def organisation_named(sources: SourceResolver, token: Token) -> str | None:
    """ "The Yemen-based Houthi movement", "the Nationwide building society": an
    organisation's noun after its name."""
    if token.lemma_.lower() not in documents.ORGANISATIONS | FIRMS | _BODY_NOUNS:
        return None
    for child in token.children:
        party = sources.party_of_token.get(child.i) if child.dep_ == "compound" else None
        if party is not None and sources.kind.get(party) == "ORG":
            return party
    return None


_DESCRIBED_BODIES = frozenset(
    {"watchdog", "regulator", "think-tank", "body", "group", "charity", "lender", "retailer"}
    | {"distributor", "agency", "organisation", "organization", "institute", "airline"}
    | {"drugmaker", "carmaker", "automaker", "chipmaker", "bank"}
)
"""Words a lead describes an organisation by before it names it ("a trade body")."""


def body_named_next(sources: SourceResolver, token: Token) -> str | None:
    """ "A cap on donations should not be introduced yet, the elections watchdog has said.
    ... In a new report, the Electoral Commission says": a body the headline or the lead (the
    first sentence of the body) describes and does not name is the organisation that speaks
    first in the two sentences after it (``speaking_after``); and so is that description
    used again further on ("..., says the watchdog")."""
    here = sources.sentence_of[token.i]
    word = "-".join(t.text for t in hyphenated(token)).lower()
    lead = 0 if title_of(token.doc) is None else 1
    if token.tag_ != "NN" or word not in _DESCRIBED_BODIES:
        return None
    if here > lead:  # "..., says the watchdog" further on: the lead's watchdog, if it has one
        first = next((t for t in token.doc[: token.i] if t.lower_ == word), None)
        return body_named_next(sources, first) if first is not None else None
    return speaking_after(sources, here, 2)


def speaking_after(sources: SourceResolver, here: int, sentences: int) -> str | None:
    """The first organisation that speaks in the ``sentences`` after sentence ``here``: the
    subject of a verb of speech or of a view ("the Federal Trade Commission said"), or the
    one named after "according to" ("According to INSEE")."""
    lex = lexicon()
    for m in sources.mentions:
        if not here < m.sentence <= here + sentences:
            continue
        name = sources.doc[m.token]
        verb = name.head
        speaks = m.subject and (lex.speaks(verb.lemma_) or lex.states_a_view(verb.lemma_))
        according = name.dep_ == "pobj" and verb.lower_ == "to" and verb.i > 0
        according = according and name.doc[verb.i - 1].lower_ == "according"
        party = sources.party_of(name) if speaks or according else None
        if party is not None and sources.kind.get(party) == "ORG":
            return party  # (a writing the model took for a name, its maker: ``party_of``)
    return None
