"""Parties named by a description: a source that names no entity and refers to none, but is
an actor a reader can tell apart ("prosecutors", "a federal judge", "the Founders",
"Several conservative groups", "attorneys general from sixteen states").

The rule, over the source's head noun (``data/described_actors.tsv``):

- a noun marked ``any`` (prosecutor, judge, founder, organizer, ...) is such an actor
  in the plural or after an indefinite article; "the judge" in the singular is someone the
  article named (``sources`` looks for them) and never founds a party of its own;
- a noun marked ``kin`` (mother, sister, widow, and the close circle: associate, ally,
  aide, adviser, colleague, publicist, agent) with a named possessor: "Dunn's mother" is a
  person of her own, named so, and "His associates" are Navalny's associates, not Navalny;
- a noun marked ``body`` (police, firefighters, army, military, jury, authorities, court) in
  any number, with "the" or without: "Police said", "the police rejected the plan",
  "Authorities said", "The court determined", "A New York court ruled" (but "Chinese
  authorities" are China's: ``sources`` looks first);
- a noun marked ``seat`` (government, ministry, department, council, service, bank) with a
  word before it that says whose or which: "The Seoul government said", "according to the
  emergencies ministry", "the Libyan central bank" (but "the government" alone is the
  country's the article names near it, "the US government" the United States: ``sources``
  looks first); "the government" with no country near, and "ministers", are one party,
  "Government"; and "the central bank" after "the Libyan central bank" is that one
  (``described_again``);
- a noun marked ``of`` (head, chief, director) with what it heads: "The head of the police's
  internal investigators";
- a noun marked ``state`` (media, television, broadcaster) only run by the state: "according
  to state media", "state television said"; "local media" stay vague;
- a noun marked ``writing`` (study, survey, research, and the results or findings of one),
  with "the" or without, when ``makers`` finds nobody who made it: "The study reports", "US
  study finds", "according to research", "Results showed" (annotators give a study's
  findings to the study; a study's team holds them when the article names one);
- a noun marked ``record`` (report, complaint, affidavit, memo, paper, document) likewise,
  when ``makers`` finds nobody who made it, with "the" or with a noun before it that says
  what it is: "the complaint says", "according to court documents", "a police affidavit";
  not "A report alleged" nor "eyewitness reports"; "the documents" but no other plural;
- a noun marked ``role`` (prime minister, president, mayor) in the singular with "the",
  when the article names nobody holding it (``sources`` looks first);
- a noun marked ``research`` (researcher, scientist, team) in an article that reports a
  study ("study", "journal", "paper", "finding", "research"): the plural ("scientists say",
  "the researchers reported", "scientists from the University of Bristol say": the team, not
  the university, ``sources``) or a research team ("the research team", "an international team
  of scientists") is the study's team, one party named "Researchers", and "they" in the next
  sentence is too (``described_again.they_described``: a group described last, no plural
  subject between); in other articles "researcher" and "scientist" are ``qualified`` and
  "team" nobody;
- a noun marked ``person`` (woman, student, victim, nurse, ...) in the singular after "a",
  "the" or "this": one person the article does not name ("A university undergraduate has
  claimed", "the young woman said"; ``sources`` looks first for someone named who fits),
  named by the phrase, and "she" or "he" next is them, and so is "the student" after them
  ("the woman" only after one a word or a pronoun in their sentence told was a woman: "A
  university undergraduate has revealed how she ..."); in the plural ``qualified``; "One
  of the victims" (of a group described, not of someone's, "one of his lawyers", nor of a
  vague one, "one of the users") is one person too;
- a noun marked ``town`` (city, town, county) with "the": the place named with it that is no
  country (``towns``): "The city of Calabasas", "the city";
- a noun marked ``qualified`` (group, expert, activist, user, ...) only with a qualifying
  word before it that is no quantity: "conservative groups", "Republican national security
  experts", but not "some experts" or "groups";
- every other noun, and the vague ones left out of the list on purpose ("analysts", "news
  outlets", "crowds"), is nobody; so is an "unnamed" one, and someone's ("his lawyers").

The party is named by the phrase less its leading articles, quantities and times ("Over
100 Republican national security experts" -> "Republican national security experts", "the
prime minister on Sunday" -> "Prime minister"), not a clause the parser hung on it; the
phrase as written is its alias. Within an article, descriptions of the same name are one
party (``description_parties``), which never joins another across articles (``merging``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from briefing.analysis.lexicon import described_actors
from briefing.analysis.names import QUANTITIES
from briefing.analysis.positions import documents, towns

_LEADING_DEPS = frozenset({"det", "predet", "nummod", "quantmod", "advmod"})
_UNKNOWN = frozenset({"unnamed", "anonymous", "unidentified", "senior", "top", "high-ranking"})
_UNKNOWN |= {"some", "other", "real", "leading", "independent", "outside"}  # "real experts"
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_QUALIFIED = frozenset({"qualified", "affiliated"})
_SIDES = frozenset({"NORP", "ORG", "GPE"})
"""Kinds of name that make a group of experts or users a side's ("Republican experts")."""
_PHRASE_SKIP = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"})


@dataclass(frozen=True)
class Description:
    """A described actor: its name, the phrase as written, and its kind."""

    name: str
    phrase: str
    kind: str
    writing: bool = False
    """A study or survey, not the people who made it."""
    individual: bool = False
    """One person unnamed ("the young woman", "One of the victims")."""
    team: bool = False
    """A study's team (``study_team``)."""


def _nobody(_token: Token) -> str | None:
    return None


def phrase_of(head: Token) -> Span:
    """The words that describe: the head and its modifiers, not past a mark after the head
    ("Study: people infected ... 'likely'" is "Study")."""
    doc = head.doc

    def joined(child: Token) -> bool:  # not "on Sunday" of "The prime minister on Sunday"
        if child.i > head.i and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return False
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in child.subtree):
            return False  # a clause hung on it: "hotel were evacuated and local police"
        return child.i < head.i or not any(t.is_punct for t in doc[head.i + 1 : child.left_edge.i])

    kept = [c for c in head.children if c.dep_ not in _PHRASE_SKIP and joined(c)]
    tokens = [head, *(t for c in kept for t in c.subtree)]
    span = _trimmed(doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1])
    opened = [t.i for t in span if t.text == "("]  # "The head of the Football Association
    if len(span) > 1 and opened and opened[0] > span.start:  # of Wales (FAW)": its
        span = _trimmed(doc[span.start : opened[0]])  # initials are no part of the words
    return span


def _trimmed(span: Span) -> Span:
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space or span[-1].tag_ == "POS"):
        span = span[:-1]
    return span


def _leading(token: Token, head: Token) -> bool:
    """An article, a quantity or a number before the words that describe."""
    if token.i >= head.i:
        return False
    return (
        token.dep_ in _LEADING_DEPS
        or token.pos_ in ("DET", "NUM")
        or token.lower_ in QUANTITIES
        or token.like_num
    )


_PLURAL = ("NNS", "NNPS")


def _words(phrase: Span, head: Token) -> list[Token]:
    """The words of ``phrase`` that name the actor: not its leading determiners ("the", "an",
    "all"), but the whole of "all-party"."""
    words = [t for t in phrase if not _leading(t, head) or t.i > head.i]
    while words and _leading(words[0], head):
        words.pop(0)
    first = words[0] if words else None
    if first is not None and first.text == "-" and first.i > 0 and not first.nbor(-1).whitespace_:
        words.insert(0, first.nbor(-1))  # "an all-party committee", not "-party"
    return words


def described(head: Token, whose: Callable[[Token], str | None] = _nobody) -> Description | None:
    """The actor the source headed by ``head`` describes, or None (see the module's rule);
    ``whose`` names the party a possessive pronoun refers to ("His sister")."""
    if head.lower_ == "one":
        return _one_of(head)
    if head.pos_ not in ("NOUN", "PROPN") or (head.ent_type_ and head.tag_ not in _PLURAL):
        return None  # a name; but "the MPs", tagged as one, describe (``entities``)
    when, kind = described_actors().get(head.lemma_.lower(), (None, ""))
    if when is None:
        return None
    if _the_government(head):
        return Description("Government", phrase_of(head).text, "ORG")
    if when == "writing" and documents.named_of(head) is not None:
        return None  # "The results of the Australian National Iodine Nutrition Study": its
    if when in ("kin", "office"):  # "Dunn's mother": a person of their own; "the mayor's office"
        return _kin(head, kind, whose) if when == "kin" else _office(head, kind)
    if when == "research":
        team = study_team(head)
        if team is not None or head.lemma_.lower() == "team":
            return team  # "A strong team of SNP MPs": no research team, nobody
        when = "qualified"  # "Chinese researchers" in an article that reports no study
    if when == "town":  # "the city said", of a place that is no party ("White Plains")
        town = towns.town_named(head)
        return Description(*town, "GPE") if town is not None else None
    if when == "person":
        if head.tag_ == "NN":
            return _individual(head)
        when = "qualified"  # "university students"
    plural = head.tag_ in _PLURAL
    determiner = next((c.lower_ for c in head.children if c.dep_ in ("det", "nummod")), None)
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if when == "of" and not of:
        return None  # "the head": someone named; "the head of the internal investigators"
    if when == "role" and not (determiner == "the" and not plural):
        return None  # "the prime minister" of an article that names none
    if when == "record" and _anyones(head, determiner):
        return None
    exempt = ("body", "of", "role", "state", "writing", "record", "seat")
    if not plural and determiner not in _INDEFINITE and when not in exempt:
        return None  # "the judge", "judge": someone named, or a word of a name
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "his lawyers", "Trump's doctors": someone's, not a party of their own
    phrase = phrase_of(head)
    words = _words(phrase, head)
    qualifiers = [t for t in words if t.i < head.i]
    if when in ("qualified", "seat") and not qualifiers:
        return None
    if when == "affiliated" and not any(t.ent_type_ in _SIDES for t in qualifiers):
        return None  # "legal experts", "net users": vague; "Republican security experts"
    if when == "writing" and plural and head.lemma_.lower() not in documents.OUTCOMES:
        return None  # "formal studies indicated": studies in general, nobody's
    if when == "state" and not any(t.lower_ == "state" for t in qualifiers):
        return None  # "state media", "state television": a country's; "local media": vague
    if any(t.lower_ in _UNKNOWN for t in qualifiers):
        return None  # "unnamed industry experts"
    name = head.doc[words[0].i : words[-1].i + 1].text if words else head.text
    kind = "GROUP" if plural else kind
    writing = when in ("writing", "record")
    return Description(_capital(name), phrase.text, kind, writing=writing)


def _the_government(head: Token) -> bool:
    """ "ministers said", bare, or "the government said" with no country near (``sources``)."""
    words = [c.lower_ for c in head.children if c.dep_ != "punct"]
    if documents.bare_ministers(head):
        return True
    return head.lemma_.lower() == "government" and head.tag_ == "NN" and words == ["the"]


def _anyones(record: Token, determiner: str | None) -> bool:
    """ "A report alleged", "Report indicates", "according to eyewitness reports": a record
    that could be anyone's; but "the affidavit", "a police affidavit", "court documents"."""
    if record.tag_ in ("NNS", "NNPS") and record.lemma_.lower() != "document":
        return True
    kind_named = any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in record.children)
    return determiner != "the" and not kind_named


def _kin(head: Token, kind: str, whose: Callable[[Token], str | None]) -> Description | None:
    """ "His sister", "Dunn's mother", "the mother of Harry Dunn": the named party's, under
    its full name ("Associates of Navalny" and "His associates" are Alexei Navalny's)."""
    kind = "GROUP" if head.tag_ in _PLURAL else kind
    holder = next((c for c in head.children if c.dep_ == "poss"), None)
    if holder is not None and holder.pos_ == "PRON" and (owner := whose(holder)):
        phrase = head.doc[holder.i : head.i + 1].text
        return Description(f"{owner}'s {head.text}", phrase, kind)  # "His sister"
    of = documents.of_objects(head)
    if holder is None and of and of[0].pos_ == "PROPN":  # "The mother of Harry Dunn"
        written = head.doc[of[0].left_edge.i : of[0].i + 1].text
        name = whose(of[0]) or (written if of[0].ent_type_ == "PERSON" else None)
        if name is None:
            return None
        phrase = head.doc[head.left_edge.i : of[0].right_edge.i + 1].text
        return Description(f"{name}'s {head.text.lower()}", phrase, kind)
    if holder is None or holder.pos_ != "PROPN":
        return None
    name = head.doc[holder.left_edge.i : head.i + 1].text
    owner = whose(holder)
    return Description(f"{owner}'s {head.text}" if owner else name, name, kind)


def _office(head: Token, kind: str) -> Description | None:
    """ "The Bronx district attorney's office says", "the information commissioner's office":
    the office of a role nobody is named holding (a named holder's is resolved before)."""
    holder = next((c for c in head.children if c.dep_ == "poss"), None)
    if holder is None or holder.pos_ != "NOUN" or holder.ent_type_:
        return None  # "his office", "Mr Spitzer's office": someone's
    words = _words(head.doc[holder.left_edge.i : head.i + 1], head)
    name = head.doc[words[0].i : head.i + 1].text
    return Description(_capital(name), phrase_of(head).text, kind)


def _capital(name: str) -> str:
    """A description's name as a party's: "a federal judge" -> "A federal judge"."""
    return name[:1].upper() + name[1:]


_ONE = frozenset({"a", "an", "the", "this", "that"})


def _individual(head: Token) -> Description | None:
    """ "A university undergraduate", "the young woman", "The officer": one person the
    article does not name (``sources`` found nobody named for them), named by the phrase."""
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "his daughter": someone's (``kin``)
    determiner = next((c.lower_ for c in head.children if c.dep_ == "det"), None)
    if determiner not in _ONE:
        return None
    words = [t for t in phrase_of(head) if t.i <= head.i and t.dep_ not in ("det", "predet")]
    if any(t.lower_ in _UNKNOWN for t in words):
        return None
    name = _called(head) or _capital(head.doc[words[0].i : head.i + 1].text if words else head.text)
    return Description(name, phrase_of(head).text, "PERSON", individual=True)


def _called(head: Token) -> str | None:
    """ "A troll called 'fatalsplash'", "a commenter known as 'Mr X'": the name in quotes."""
    doc = head.doc
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_ in ("call", "know")):
        start = acl.i + 1 + (doc[acl.i + 1].lower_ == "as" if acl.i + 1 < len(doc) else 0)
        if start < len(doc) and doc[start].is_quote:
            end = next((t.i for t in doc[start + 1 : start + 8] if t.is_quote), None)
            if end is not None and end > start + 1:
                return doc[start + 1 : end].text
    return None


def _one_of(head: Token) -> Description | None:
    """ "One of the victims said", "one of the officers says": one of a described group
    (not of a vague one: "one of the witnesses"), named by the phrase."""
    group = next(iter(documents.of_objects(head)), None)
    if group is None or group.tag_ != "NNS" or group.lemma_.lower() not in described_actors():
        return None
    if any(c.dep_ == "poss" for c in group.children):
        return None  # "one of his lawyers" speaks for him (``sources``)
    qualified = any(c.dep_ in ("amod", "compound") for c in group.children)
    if described_actors()[group.lemma_.lower()][0] in _QUALIFIED and not qualified:
        return None  # "one of the users": vague
    name = head.doc[head.i : group.i + 1].text
    return Description(_capital(name), name, "PERSON", individual=True)


TEAM = "Researchers"
"""The name of a study's team (``study_team``)."""
_STUDY = frozenset({"study", "journal", "paper", "finding", "research"})
_RESEARCHERS = frozenset({"researcher", "scientist", "author"})


def study_team(head: Token) -> Description | None:
    """ "scientists from the University of Bristol say", "the researchers reported", "an
    international team of scientists", "the research team": in an article that reports a
    study, the team that made it, one party ("Researchers"); not "some scientists"."""
    if head.lemma_.lower() == "team":
        of = documents.of_objects(head)
        if not any(c.lower_ == "research" for c in head.children) and not any(
            g.lemma_.lower() in _RESEARCHERS for g in of
        ):
            return None
    elif head.tag_ != "NNS" or head.lemma_.lower() not in _RESEARCHERS:
        return None
    if any(c.lower_ in _UNKNOWN or c.lower_ in QUANTITIES for c in head.children):
        return None
    if not any(t.lemma_.lower() in _STUDY for t in head.doc):
        return None
    return Description(
        documents.named_study(head.doc) or TEAM, phrase_of(head).text, "GROUP", team=True
    )


def with_team(found: dict[int, Description | None]) -> dict[int, Description | None]:
    """``found`` with a study no one is named making ("says study", "The study found") the
    study's team's, when the article describes one ("scientists report"): annotators hold
    the study's findings and its researchers' words as one party."""
    team = next((d for d in found.values() if d is not None and d.team), None)
    if team is None:
        return found
    return {
        k: replace(team, phrase=d.phrase) if d is not None and d.writing else d
        for k, d in found.items()
    }
