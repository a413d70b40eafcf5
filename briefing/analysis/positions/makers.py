"""Who made a document or a writing that speaks ("The proclamation said", "a statement by
the spokesperson Harry Roque", "a NATO press release"): the maker it names, or the party that
last did the act that makes such a document ("Trump declared a national emergency ... The
proclamation said"); a report or figures the lead brings in without a maker ("..., official
figures show") are the first body's that speaks in the sentences after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.names import PLATFORMS
from briefing.analysis.positions import bodies
from briefing.analysis.positions.documents import (
    CHANNELS,
    DEFINITE,
    DOCUMENTS,
    ISSUING,
    LOOKBACK,
    WRITINGS,
    background,
    made,
    named_of,
    printed_in,
)
from briefing.analysis.positions.speakers import SUBJECT_DEPS

if TYPE_CHECKING:
    from briefing.analysis.positions.sources import SourceResolver

_READ = frozenset({"see", "obtain", "read", "review", "examine", "quote", "cite", "leak", "edit"})
"""Verbs of who came by a document or worked on it for its maker, not of who made it."""
NEARBY = 6
"""Sentences around a writing searched for the one that names its maker."""
_CONDUCTING = frozenset({"conduct", "carry", "commission", "undertake", "compile", "produce"})
"""Verbs of making a survey, study or report: who conducted or commissioned it made it."""
_MAKING = ISSUING | _CONDUCTING


def maker(sources: SourceResolver, token: Token) -> str | None:
    """The party a document or channel names as its maker: "a statement by the
    spokesperson Harry Roque", "the judge's statement", "The appeals court ruling"."""
    word = token.lemma_.lower()
    if not made(word):
        return None
    if token.dep_ == "dobj" and token.head.lemma_ in _MAKING:
        # "Sean Conley issued a statement saying ...", "PwC conducted the same survey": who
        # issued or conducted it made it
        subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return sources.party_of(subject)
    if token.dep_ == "nsubjpass" and token.head.lemma_ in _MAKING:
        # "The survey ... was carried out by consultancy group Capgemini" (not by several:
        # "by the UK Film Council and Skillset" is neither alone)
        by = next((c for c in token.head.children if c.dep_ == "agent"), None)
        named = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        others = [c for c in token.head.children if c.dep_ == "conj" and c.pos_ != "VERB"]
        if named is not None and not others and not any(t.dep_ == "conj" for t in named.subtree):
            return sources.party_of(named)
    for child in token.children:
        if child.dep_ in ("compound", "nmod") and child.ent_type_ == "GPE":
            continue  # "US study finds": where it was made, not who made it
        named = child.pos_ in ("NOUN", "PROPN") or (  # "the latest WHO report": a "who"
            child.pos_ == "PRON" and child.is_upper and sources.party_of(child) is not None
        )
        if child.dep_ == "amod":  # "The Envisional reports": a firm's name the parser took
            # for an adjective (not "British" of "a British Retail Consortium survey")
            named = child.ent_type_ in ("ORG", "PERSON") and _alone(child)
        if child.dep_ in ("poss", "compound", "nmod", "amod") and named:
            party = sources.party_of(child)
            if party is None and child.pos_ == "NOUN":
                party = sources.body_named(child, definite=True)
            if party is None:  # "a NATO press release": the maker names the kind
                party = next(
                    (
                        p
                        for c in child.children
                        if c.dep_ == "compound" and (p := sources.party_of(c)) is not None
                    ),
                    None,
                )
            if party is not None:
                return party
        elif child.dep_ == "poss" and child.pos_ == "PRON":
            return sources.pronoun(child)
        elif (by := _made_by(child)) is not None and (party := sources.party_of(by)) is not None:
            return party
        elif (outlet := printed_in(token, child)) is not None:
            return sources.party_of(outlet)
        elif (channel := _posted_on(child)) is not None and (party := maker(sources, channel)):
            return party
    named = named_of(token)  # "The opinion of the Court"
    party = sources.party_of(named) if named is not None else None
    return party if party is not None else _said_in(sources, token)


def named_writing(sources: SourceResolver, token: Token) -> str | None:
    """ "Research from Halifax suggests": the maker a writing names, when the model took the
    writing for a name of its own (a party "Research")."""
    if token.i not in sources.party_of_token or token.lemma_.lower() not in WRITINGS:
        return None
    return maker(sources, token)


def _said_in(sources: SourceResolver, token: Token) -> str | None:
    """ "In an advisory issued yesterday, the National Hurricane Center confirmed": who says
    something in a writing made it."""
    prep, lex = token.head, lexicon()
    if token.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return None
    if not (lex.speaks(prep.head.lemma_) or lex.states_a_view(prep.head.lemma_)):
        return None  # "charged in a criminal complaint": the complaint is not theirs
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return sources.party_of(subject) if subject is not None else None


def _made_by(child: Token, preps: tuple[str, ...] = ("by", "from")) -> Token | None:
    """Who a document's phrase says made it: "a statement *by* the spokesperson", "a report
    *from* the WHO", "a lawsuit *filed by* Texas", "a tweet *sent from* Biden's account" (not
    "a document seen by The Mail")."""
    if child.dep_ == "prep" and child.lower_ in preps:
        return next((c for c in child.children if c.dep_ == "pobj"), None)
    if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ not in _READ:
        by = next((c for c in child.children if c.dep_ == "agent"), None)
        if by is None and "from" in preps:  # "A tweet sent from Biden's Twitter account"
            by = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "from"), None)
        return next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    return None


_POSTED = frozenset({"on", "to"})


def _posted_on(child: Token) -> Token | None:
    """The channel a writing was put on: "a statement *on her website*", "a statement
    *posted to his official Twitter account*" (not "a letter to the court")."""
    prep = child
    if child.dep_ == "acl" and child.tag_ == "VBN":
        prep = next((c for c in child.children if c.dep_ == "prep"), child)
    if prep.dep_ != "prep" or prep.lower_ not in _POSTED:
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    channel = place is not None and place.lemma_.lower() in CHANNELS | PLATFORMS
    return place if channel else None


def maker_named(token: Token) -> Token | None:
    """The words that name a document's maker in its own phrase, party or not: "her family"
    in "a statement released by her family", "the clinic's" in "the clinic's website"."""
    if not made(token.lemma_.lower()):
        return None
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "NOUN":
            return child
        by = _made_by(child, ("by",))
        if by is not None:
            return by
    return None


def _made_nearby(sources: SourceResolver, token: Token) -> str | None:
    """ "The memo for members of Congress states ... The document - prepared by the
    Congressional Research Service - states": a writing named with "the" is the one whose
    maker the article names nearest, before or after (``NEARBY`` sentences), or else the
    last one of its kind named before whose maker the article names; one brought in with
    "a", the one whose maker the sentence after names. Asked again
    for a writing while its own search runs ("The report's figures": the figures' maker is
    the report's), it has none."""
    dets = {c.lower_ for c in token.children if c.dep_ == "det"}
    lead = sources.sentence_of[token.i] <= _LEAD
    if not dets and lead and token.lemma_.lower() in _DATA:
        dets = {"a"}  # "..., official figures show.": brought in as "a report" is
    if not dets & (DEFINITE | _INDEFINITE):
        return None
    if token.i in sources.searching:
        return None
    sources.searching.add(token.i)
    try:
        if dets & _INDEFINITE:  # "..., a report says. The study, undertaken by the European
            # Commission, ...": a writing brought in is the one named just after it
            found = _maker_after(sources, token)
            if found is None and lead and maker_named(token) is None:
                # "..., a survey says." in the lead is the survey the article is about,
                # whoever the article says made it further on (not "a report by
                # forecasters", which names its makers), or else the first body that
                # speaks after it ("The Federal Trade Commission said")
                found = _nearest_maker(sources, token) or _speaking_after(sources, token)
            return found
        return _nearest_maker(sources, token)
    finally:
        sources.searching.discard(token.i)


_INDEFINITE = frozenset({"a", "an"})
_AFTER = 1
"""Sentences after a writing brought in ("a report says") searched for its maker."""
_LEAD = 1
"""The headline and the first sentence (sentences 0 and 1)."""


def _maker_after(sources: SourceResolver, token: Token) -> str | None:
    here = sources.sentence_of[token.i]
    end = sources.sentences[min(here + _AFTER, len(sources.sentences) - 1)].end
    kinds = WRITINGS - _DATA
    after = (
        t
        for t in sources.doc[token.i + 1 : end]
        if t.lemma_.lower() in kinds and t.i not in sources.party_of_token
    )
    return next((party for t in after if (party := maker(sources, t)) is not None), None)


_DATA = frozenset({"data", "datum", "number", "figure", "statistic", "tally", "estimate"})
"""Writings that are figures: "data from the CDC" is not the study that compared them."""


def _nearest_maker(sources: SourceResolver, token: Token) -> str | None:
    here = sources.sentence_of[token.i]
    kinds = WRITINGS if token.lemma_.lower() in _DATA else WRITINGS - _DATA
    near = [
        t
        for t in sources.doc
        if t.i != token.i
        and t.lemma_.lower() in kinds
        and t.i not in sources.party_of_token  # "the Office of Naval Research" is no writing
        and abs(sources.sentence_of[t.i] - here) <= NEARBY
    ]
    near.sort(key=lambda t: (abs(sources.sentence_of[t.i] - here), t.i > token.i))
    found = next((party for t in near if (party := maker(sources, t)) is not None), None)
    if found is not None:
        return found  # else "The report suggests", far below "In a new report, the
        # Electoral Commission says": the one whose maker the article named before
    same = [t for t in sources.doc[: token.i] if t.lemma_ == token.lemma_ and t not in near]
    found = next((party for t in reversed(same) if (party := maker(sources, t)) is not None), None)
    return found if found is not None else _only_maker(sources, token, kinds)


def _only_maker(sources: SourceResolver, token: Token, kinds: frozenset[str]) -> str | None:
    """The one organisation the article names before as the maker of a writing, when it
    names only one: "A study by the Pew Internet and American Life Project found ..." far
    above "the survey found" (not a scientist named as a study's author: her team's study
    is the team's)."""
    makers = {
        maker(sources, t)
        for t in sources.doc[: token.i]
        if t.lemma_.lower() in kinds and t.i not in sources.party_of_token
    } - {None}
    only = makers.pop() if len(makers) == 1 else None
    return only if only is not None and sources.kind.get(only) == "ORG" else None


def _alone(token: Token) -> bool:
    """A name of one word: the model's entity is this token alone."""
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def acted_by(token: Token) -> Token | None:
    """Who did the act that made the document ``token`` names, party or not, in the
    ``LOOKBACK`` sentences before it: "attorneys general from sixteen states filed a combined
    lawsuit ... The motion claims" -> "attorneys" (a maker the article only describes)."""
    acts = DOCUMENTS.get(token.lemma_.lower())
    if acts is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return None
    start, starts = token.i, 0  # back to the start of the ``LOOKBACK``-th sentence before
    for t in reversed(token.doc[: token.i]):  # (``Token.sent`` walks the whole document)
        start, starts = t.i, starts + t.is_sent_start
        if starts > LOOKBACK:
            break
    acting = (
        _doer(verb) for verb in reversed(token.doc[start : token.i]) if verb.lemma_.lower() in acts
    )
    return next((doer for doer in acting if doer is not None), None)


def _doer(act: Token) -> Token | None:
    """Who did an act that makes a document ("signed a decree", "filed a lawsuit", "a lawsuit
    was filed by"), told as what the article is about (not ``background``); not the one a
    passive's subject names ("Wal-Mart is sued ... The lawsuit alleges": the one sued made no
    lawsuit; the one it was by did)."""
    verb = act.head if act.pos_ == "NOUN" and act.dep_ in ("dobj", "nsubjpass") else act
    if background(verb):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        subject = next((g for c in verb.children if c.dep_ == "agent" for g in c.children), None)
    return subject


def author(sources: SourceResolver, token: Token) -> str | None:
    """The party that made the document ``token`` names: "Trump declared a national
    emergency ... The proclamation said" -> Trump; a writing's maker named near it."""
    if token.lemma_.lower() in WRITINGS:
        return _made_nearby(sources, token)
    acts = DOCUMENTS.get(token.lemma_.lower())
    if acts is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return None
    if any(c.dep_ == "compound" for c in token.children):
        return None  # "the appeals court ruling": whose, the words say (or nobody)
    here = sources.sentence_of[token.i]
    start = min(i for i, n in sources.sentence_of.items() if n >= here - LOOKBACK)
    for verb in reversed(sources.doc[start : token.i]):
        word = verb.lemma_.lower()
        cited = any(c.dep_ in ("compound", "poss") for c in verb.children)
        if word == token.lemma_.lower() and not cited:  # not "the Supreme Court ruling"
            # "The decree signed by the Pope read ... The decree also mentions"
            found = maker(sources, verb) or author(sources, verb)
            if found is not None:
                return found
        subject = _doer(verb) if word in acts else None
        if subject is None:
            continue
        party = sources.party_of_token.get(subject.i)
        if party is None and subject.pos_ == "PRON":
            party = sources.pronoun(subject)
        if party is not None:
            return party
    return None


_SPEAKER_AFTER = 3
"""Sentences after a lead's writing searched for the body that speaks for it."""


def _speaking_after(sources: SourceResolver, token: Token) -> str | None:
    """ "..., a report suggests. ... The National Institute of Economic and Social Research
    claims": a writing the lead brings in without its maker was made by the first
    organisation that speaks in the ``_SPEAKER_AFTER`` sentences after it."""
    return bodies.speaking_after(sources, sources.sentence_of[token.i], _SPEAKER_AFTER)
