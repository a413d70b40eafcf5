"""What speaks for a party besides its own name: its documents ("The proclamation said"),
its channels ("the IRS website", "Trump's lawyers"), a portion of them ("Part of the judge's
statement"), the named members of a group ("countries including Algeria and Morocco")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.names import FIRMS, PLATFORMS, clean
from briefing.analysis.positions.subject_names import SUBJECTS

DEFINITE = frozenset({"the", "this", "that"})
"""Determiners of something named before ("the decree", "this statement")."""
LOOKBACK = 3
"""Sentences searched back for what a pronoun, a description or a document refers to."""
ROLE_LOOKBACK = 12
"""Sentences searched back for the person a role ("the judge") refers to."""

DOCUMENTS = {
    "ruling": ("rule", "ruling"),
    "judgement": ("rule", "judgement", "judgment"),
    "judgment": ("rule", "judgement", "judgment"),
    "decision": ("rule", "decide", "decision"),
    "opinion": ("rule", "write", "opinion"),
    "proclamation": ("declare", "proclaim", "proclamation"),
    "declaration": ("declare", "declaration"),
    "order": ("order", "sign", "issue"),
    "decree": ("decree", "sign"),
    "motion": ("motion", "file"),
    "lawsuit": ("lawsuit", "sue", "suit"),
    "suit": ("lawsuit", "sue", "suit"),
    "complaint": ("complaint", "file"),
    "statement": ("statement", "release", "issue"),
    "letter": ("letter", "write", "send"),
    "book": ("book", "write", "publish"),
}
"""A document that speaks ("the ruling reads", "The proclamation said") and the words of the
act that made it: its author is the party that last did one of them before."""
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
CHANNELS = frozenset(
    {"website", "account", "office", "statement", "spokesperson", "lawyer", "attorney", "counsel"}
)
"""What a party speaks through: "The Internal Revenue Service website advises", "Trump's
lawyers argued", "the rapper's spokesperson said"."""
COUPLES = frozenset({"pair", "couple", "duo"})
"""Nouns for two people named together: "Lawyers for the pair denied"."""
_ADVOCATES = SPOKESPEOPLE | {"lawyer", "attorney", "counsel", "solicitor", "representative"}
"""Who speaks for someone else, named after "for": "Lawyers for Mr Fawcett"."""


def spoken_for(head: Token) -> Token | None:
    """ "the prime minister's official spokesman said": the unnamed one a spokesperson
    speaks for, described ("the prime minister")."""
    if head.lemma_.lower() not in SPOKESPEOPLE:
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)


def clients(head: Token) -> list[Token]:
    """ "Lawyers for Mr Fawcett and Mr McDonald denied", "Lawyers for the pair": whom a
    channel ("lawyers", "a spokesman") speaks for, each of them."""
    if head.lemma_.lower() not in _ADVOCATES:
        return []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return [pobj, *pobj.conjuncts]
    return []


SPOKESPERSON_LOOKBACK = 300
"""Words searched back for the spokesperson "the spokesman" means."""


def spokesperson_before(token: Token) -> Token | None:
    """ "the spokesman added" after "A UKIP spokesman said": that spokesperson, named with
    the body they speak for."""
    if token.lemma_.lower() not in SPOKESPEOPLE:
        return None
    doc = token.doc
    for t in reversed(doc[max(0, token.i - SPOKESPERSON_LOOKBACK) : token.i]):
        if t.lemma_.lower() in SPOKESPEOPLE and not any(c.lower_ == "the" for c in t.children):
            return t
    return None


def speaks_for(said: Token, pronoun: Token) -> bool:
    """Whether ``said`` is one spokesperson whom ``pronoun`` ("he", "she") can be: "A
    spokeswoman for the commission said ... She said"."""
    fits = {"spokesman": "he", "spokeswoman": "she"}.get(said.lemma_.lower(), pronoun.lower_)
    return said.tag_ == "NN" and said.lemma_.lower() in SPOKESPEOPLE and fits == pronoun.lower_


def platform_owner(token: Token) -> Token | None:
    """Whose account on a platform ``token`` names: "Barrientos' Facebook", "her Twitter"."""
    if token.lower_ not in PLATFORMS:
        return None
    return next((c for c in token.children if c.dep_ == "poss"), None)


WRITINGS = frozenset(
    {"tweet", "post", "report", "estimate", "memo", "filing", "brief", "projection", "data"}
    | {
        "datum",  # the lemma spaCy gives "data"
        "minute",  # "the Bank's minutes said"
        "tally",
        "number",  # "numbers reported by The Associated Press"
        "figure",
        "statistic",
        "release",  # "a NATO press release"
        "notice",  # "RIAA's take-down notice claimed"
        "guideline",
        "study",
        "research",  # "Research carried out by the Forsa Institute found"
        "survey",
        "poll",
        "polling",  # "According to its polling"
        "analysis",
        "investigation",  # "an investigation by the FBI found"
        "document",  # "The document - prepared by the Congressional Research Service"
        "record",  # "Federal Aviation Administration records"
        "affidavit",  # "according to a police affidavit"
        "description",  # "The event description read" (after "Roberts posted a invitation")
        "invitation",
        "information",  # "according to NASA information on the Progress"
        "schedule",  # "According to PG&E's schedule"
        "book",  # "a new book, Brown's Britain by Robert Peston ... The book claims"
        "memoir",  # "according to her memoirs"
        "autobiography",
        "biography",
        "bio",  # "Karo's self-penned online bio describes"
        "profile",  # "Barrientos' Facebook profile says"
        "page",
        "blog",
        "advisory",  # "the NHC advisory indicated"
        "forecast",
        "bulletin",
        "update",  # "NASA said in an update"
        "graph",  # "A new Facebook graph reveals"
        "chart",
        "map",
        "announcement",
        "transcript",
        "table",  # "according to a table drawn up by Le Figaro"
        "ranking",
    }
)
"""Writings that speak for their maker, besides ``DOCUMENTS`` and ``CHANNELS``."""
PORTIONS = frozenset({"part", "some", "much", "most", "all", "half", "rest"})
OUTCOMES = frozenset({"result", "finding", "conclusion"})


def country(word: str) -> str | None:
    match = lookup_country(word)
    return match.country.name if match else None


ISSUING = frozenset({"issue", "release", "publish", "send", "write", "post", "put", "file"})
"""Verbs of making a document: who issued a statement made it, and said what it says."""


def made(word: str) -> bool:
    """A document, channel or writing: something made that speaks for its maker."""
    return word in DOCUMENTS or word in CHANNELS or word in WRITINGS


def issued(verb: Token) -> bool:
    """ "The Department issued a statement": a document made is something said."""
    return verb.lemma_ in ISSUING and any(
        c.dep_ == "dobj" and made(c.lemma_.lower()) for c in verb.children
    )


_PRINTED = frozenset({"report", "story", "article", "editorial", "column"})
"""Writings an outlet prints: "Reports in the Wall Street Journal suggested"."""


def printed_in(writing: Token, prep: Token) -> Token | None:
    """The outlet a report is in: "Reports in the Guardian said" (an organisation named; not
    "a report in March", "the story in Iraq")."""
    if writing.lemma_.lower() not in _PRINTED or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    outlet = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return outlet if outlet is not None and outlet.ent_type_ == "ORG" else None


def of_objects(head: Token) -> list[Token]:
    """What "of" after ``head`` names: "the leaders *of the two countries*", "The opinion *of
    the Court*"."""
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def whole(token: Token) -> Token | None:
    """What a portion or an outcome is of: "Part *of the judge's statement*", "The results
    *of the Australian National Iodine Nutrition Study*"."""
    if token.lemma_.lower() not in PORTIONS | OUTCOMES:
        return None
    return next(iter(of_objects(token)), None)


def background(verb: Token) -> bool:
    """An act told as the time of another ("two days after the WHO declared a pandemic"):
    what the article is about was made in a main clause."""
    return verb.dep_ in ("advcl", "pcomp") or any(c.dep_ == "mark" for c in verb.children)


ORGANISATIONS = frozenset(
    {
        "movement",
        "group",
        "organisation",
        "organization",
        "party",
        "company",
        "militia",
        "magazine",  # "Time magazine announced"
        "newspaper",
        "network",
        "broadcaster",
        "agency",
    }
)
GROUPS = frozenset(
    {"group", "movement", "organisation", "organization", "militia", "charity", "union"}
)
"""Descriptions of an organisation named before: "The terror group said" (not "the group of
protesters")."""
RULERS = frozenset({"government", "authority", "regime", "cabinet", "administration"})
"""Descriptions that stand for a country before any organisation named near them."""


def bare_ministers(head: Token) -> bool:
    """ "Ministers said", with no word on it: the government, named as written."""
    return head.lower_ == "ministers" and all(c.dep_ == "punct" for c in head.children)


_JOINS = frozenset({"on", "of", "for", "and", "the"})
"""Small words inside a name ("War on Want", "Friends of the Earth")."""


def possessed(head: Token) -> Token | None:
    """ "The Centers for Disease Control and Prevention's director, Robert Redfield, said":
    when the parser takes a name ending in a possessive for the subject (an "and" inside the
    name misleads it), the source is the one the name possesses; so too after "according to"
    ("the University of Washington's Institute for Health Metrics")."""
    doc = head.doc
    according = head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0
    according = according and doc[head.head.i - 1].lower_ == "according"
    if not (head.ent_type_ or head.is_title) or not (head.dep_ in SUBJECTS or according):
        return None
    end = head.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if not head.ent_type_:  # a name the model left untagged: "War on Want's John Hilary"
        while end + 1 < len(doc) and (doc[end + 1].is_title or doc[end + 1].lower_ in _JOINS):
            end += 1
    if end + 1 < len(doc) and doc[end + 1].tag_ == "POS":
        end += 1
    if doc[end].tag_ != "POS" or end + 1 >= len(doc):
        return None
    owned = doc[end + 1]
    while owned.head.i > owned.i and owned.dep_ in ("amod", "compound", "nmod"):
        owned = owned.head
    named = owned.pos_ == "PROPN" and owned.ent_type_ in ("ORG", "PERSON")
    return owned if owned.pos_ == "NOUN" or named else None


_NAMED_STUDIES = frozenset({"study", "survey"})


def named_study(doc: Doc) -> str | None:
    """The study an article names, if one: "the Australian National Iodine Nutrition Study"
    (its team and its study are that one party)."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.root.lemma_.lower() in _NAMED_STUDIES and ent.root.is_title:
            return clean(ent.text)
    return None


def named_of(head: Token) -> Token | None:
    """ "The results *of the Australian National Iodine Nutrition Study*", "The opinion *of
    the Court*": the name after "of" (not "a statement of support")."""
    return next((g for g in of_objects(head) if g.ent_type_), None)


def named_before(token: Token) -> bool:
    """A company's or a group's description that stands for the organisation named last: "the
    company", "The terror group", "the world's biggest insurer"; not "the group of
    protesters", "a company"."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE or _superlative(c) for c in token.children):
        return False
    lemma = token.lemma_.lower()
    if lemma in FIRMS:
        return True
    return lemma in GROUPS and not any(c.lower_ == "of" for c in token.children)


def named_paper(token: Token) -> bool:
    """ "The paper said", after "The Mirror newspaper said": a newspaper named before, when
    one spoke (``SourceResolver.outlet_before``); a study's paper is no outlet."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
    return definite and token.lemma_.lower() in ("paper", "tabloid")


def introduced_as(token: Token, party_of_token: dict[int, str]) -> str | None:
    """The party the article introduced with the noun ``token`` repeats ("US magazine Mobile
    PC ... said the magazine", "steel giant LNM"), with the words describing it ("the terror
    group" is not "the campaign group Raqqa is Being Slaughtered Silently"): the nearest before
    it, when it names one party ("UK brand Topshop and Topman" does not; "Irish publishing group
    Independent News & Media" does)."""
    lemma, kind = token.lemma_.lower(), describing_words(token)
    for noun in reversed(token.doc[: token.i]):
        same = noun.lemma_.lower() == lemma and noun.tag_ == token.tag_
        if not same or kind - describing_words(noun):
            continue
        if noun.dep_ in ("compound", "amod"):
            named = [noun.head]  # "steel giant LNM"
        else:
            named = [c for c in noun.children if c.dep_ == "appos"]  # "magazine Mobile PC"
        named = [t for t in named if t.i in party_of_token]
        if named:
            party = party_of_token[named[0].i]
            one = not any(  # "Independent News & Media" is one, joined inside its name
                c.dep_ == "conj" and party_of_token.get(c.i) != party for c in named[0].children
            )
            return party if one else None
    return None


def describing_words(noun: Token) -> set[str]:
    """The words set before a noun to describe it ("terror" of "the terror group")."""
    return {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}


_WHERE = frozenset({"world", "country", "nation", "industry", "sector"})


def _superlative(child: Token) -> bool:
    """ "the world's biggest", "Europe's biggest" (a place the model tags a location): a
    possessor that says where something is the most of a kind."""
    where = child.lemma_.lower() in _WHERE or child.ent_type_ in ("GPE", "LOC")
    if child.dep_ != "poss" or not where:
        return False
    return any(c.tag_ == "JJS" for c in child.head.children)
