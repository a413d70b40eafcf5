"""Who a mention is and which roles it is named with ("Kremlin *spokesperson* Dmitry
Peskov"): the pieces ``sources`` resolves roles ("the judge") with."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import described_actors, lexicon, person_nouns
from briefing.analysis.names import HONORIFICS, TITLES
from briefing.analysis.positions.documents import made
from briefing.analysis.positions.hyphens import hyphenated


@dataclass(frozen=True)
class Mention:
    token: int
    party: str
    sentence: int
    subject: bool


_SHORT = {"pm": "prime minister", "premier": "prime minister", "veep": "vice president"}
"""Roles a newspaper writes short: "The PM added"."""
OFFICES = frozenset(
    {"prime minister", "president", "chancellor", "first lady", "first minister", "governor"}
    | {"mayor", "king", "queen", "pope", "premier", "taoiseach"}
)
"""Offices one person holds, whom a paper may name without the title and then call by it
("David Cameron this morning launched ... The PM added")."""
_RANKS = frozenset({"lord", "lady", "baroness"})
"""Ranks of peers: no office, but no prime minister ("Lord Butler attacked ... The prime
minister's official spokesman" is not Butler's)."""


_OTHER_ROLE = frozenset({"shadow", "deputy", "vice", "former", "ex", "assistant", "acting"})
"""Words that make a role another's: "the chancellor" is not the shadow chancellor, "the
president" not the vice president."""


def holds(held: set[str], role: str, exact: bool) -> bool:
    """Whether ``held`` has ``role``, or (not ``exact``) a narrower one ("US president" for
    "president"), never another's ("shadow chancellor" for "chancellor")."""
    if role in held or exact:
        return role in held
    return any(
        r.endswith(" " + word) and not _OTHER_ROLE & set(r[: -len(word)].split())
        for word in (role, *_ALSO.get(role, ()))
        for r in (f" {h}" for h in held)
    )


_ALSO = {"boss": ("manager", "chief executive", "chairman", "coach")}
"""Roles a paper calls by another word: "the Arsenal boss" after "Arsenal manager Arsene
Wenger"."""


def role_of(noun: Token, named: dict[int, str]) -> str | None:
    """The role a common or title noun names, with its compound words ("vice president",
    "senate minority leader"); None for a word that is part of a name."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in named:
        return None
    words = [
        c.lower_
        for c in noun.children
        if c.dep_ == "compound" and c.i < noun.i and c.i not in named and c.is_alpha
    ]
    role = " ".join([*words, noun.lemma_.lower()])
    before = noun.doc[noun.i - 1] if noun.i > 0 else noun
    if before.dep_ == "amod" and f"{before.lower_} {role}" in OFFICES:
        role = f"{before.lower_} {role}"  # "the prime minister": the parser's adjective
    prefix = noun.doc[noun.i - 2] if noun.i > 1 and before.text == "-" else None
    if prefix is not None and not (prefix.whitespace_ or before.whitespace_) and prefix.is_alpha:
        role = f"{prefix.lower_} {role}"  # "vice-president", split in three by the tokenizer
    return _SHORT.get(role, role)


def determiner_of(noun: Token) -> Token | None:
    """The determiner of ``noun``, or of the hyphenated word it ends ("The Tory co-chairman",
    where the parser hangs "The" on "co"), or of a word compounded on it ("the Gloucester
    fly-half", where it hangs "the" on "Gloucester"); not its owner's ("the prime minister's
    spokesman")."""
    words = hyphenated(noun)
    words += [c for w in words for c in w.children if c.dep_ == "compound"]
    return next((c for w in words for c in w.children if c.dep_ == "det"), None)


_NO_ROLES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})
"""Kinds of words the parser may hang on a name that are no role."""


def named_roles(
    doc: Doc, mentions: list[Mention], kind: dict[str, str], named: dict[int, str]
) -> dict[int, set[str]]:
    """The roles each person mention is named with: "Kremlin *spokesperson* Dmitry Peskov",
    "*The Vice President*, Mike Pence", "Tim Manning, a deputy *administrator*", and a title
    the model tagged with the name ("*Pope* Francis")."""
    roles: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        if kind.get(m.party) != "PERSON":
            continue
        root = doc[m.token]
        nouns = [c for c in root.children if c.dep_ in ("compound", "appos")]
        if root.dep_ == "appos" and not _dashed(root):
            nouns.append(root.head)
        for noun in nouns:
            if noun.ent_type_ in _NO_ROLES:
                continue  # "on Wednesday Mr Blair", "Chatham, Kent": a day, a place
            role = role_of(noun, named)
            if role is not None:
                roles[m.token].add(role)
            elif noun.i in named and noun.lower_ in TITLES:  # "Pope Francis", tagged whole;
                # "Tory leader Michael Howard" (a group "Tory leader"): the leader, the Tory one
                roles[m.token] |= {noun.lemma_.lower(), role_of(noun, {}) or noun.lower_}
    return roles


_DASHES = frozenset({"-", "–", "—"})


def _dashed(name: Token) -> bool:
    """ "Abortion not a poll issue - Blair": a name a headline ends with after a dash says
    it; it is not the noun before (but "the party's supremo - Alan Milburn - said" is)."""
    if name.i == 0 or name.nbor(-1).text not in _DASHES:
        return False
    after = [t for t in name.doc[name.i + 1 : name.sent.end] if not t.is_space]
    return not after or all(t.is_punct and t.text not in _DASHES for t in after)


def only_holder(people: list[Mention], roles: dict[int, set[str]], role: str) -> str | None:
    """The one person of ``people`` named with ``role`` or a narrower one, if only one."""
    holders = {m.party for m in people if holds(roles[m.token], role, exact=False)}
    return holders.pop() if len(holders) == 1 else None


def introduced(
    people: list[Mention], roles: dict[int, set[str]], sentence: int, role: str
) -> str | None:
    """ "A pub landlord who ... has vowed never to drink again. James Boase, landlord of the
    ... pub, had been drinking": a lead's unnamed one (``sentence`` 0 or 1) is the person the
    next sentence names with a role of the same word."""
    if sentence > 1:
        return None
    word = role.split()[-1]
    named = {
        m.party
        for m in people
        if m.sentence == sentence + 1 and any(r.split()[-1] == word for r in roles[m.token])
    }
    return named.pop() if len(named) == 1 else None


def offices_unheld(doc: Doc, people: list[Mention], roles: dict[int, set[str]]) -> list[str]:
    """The offices the article calls someone by ("the chancellor", "the PM") whom it never
    names with that office, in the order it first does."""
    named = {t for m in people for t in (m.token, *(c.i for c in doc[m.token].children))}
    found: list[str] = []
    for token in doc:
        role = role_of(token, {}) if token.i not in named else None
        if role not in OFFICES or role in found:
            continue
        if _OTHER_ROLE & {c.lower_ for c in token.children} or only_holder(people, roles, role):
            continue  # "the former prime minister", or one named with it
        found.append(role)
    return found


def _paired(lead: Mention, people: list[Mention], kind: dict[str, str], doc: Doc) -> bool:
    """Whether the lead's subject is one of two people ("Brown and Blair face")."""
    token = doc[lead.token]
    joined = {c.i for c in token.children if c.dep_ == "conj"}
    joined |= {token.head.i} if token.dep_ == "conj" else set()
    return any(
        m.token in joined and m.party != lead.party and kind.get(m.party) == "PERSON"
        for m in people
    )


def leading(
    token: Token,
    people: list[Mention],
    roles: dict[int, set[str]],
    kind: dict[str, str],
    role: str,
) -> str | None:
    """The person the lead is about (the first subject of the first two sentences) when the
    article never names them with a role: whom "the prime minister" means when nobody is
    named prime minister ("David Cameron this morning launched ... The PM added"). One
    person holds one office: the first the article calls someone by without naming them
    ("Brown outlines ... The chancellor has planned"), so a later one ("The premier
    insisted Mr Brown will") is not the lead; and a lead of two ("Brown and Blair face new
    rift claims") is neither's."""
    lead = next(
        (m for m in people if m.sentence <= 1 and m.subject and kind.get(m.party) == "PERSON"),
        None,
    )
    if lead is None or _paired(lead, people, kind, token.doc):
        return None
    if offices_unheld(token.doc, people, roles)[:1] not in ([], [role]):
        return None
    held = {r for m in people if m.party == lead.party for r in roles.get(m.token, ())}
    return None if held - HONORIFICS else lead.party  # "President Obama" is no prime minister


def reporter_of(token: Token) -> Token | None:
    """The subject of the verb whose reported clause holds ``token``: "He" of "He said
    afterwards that the Prime Minister had offered some movement" (who speaks of an office
    is not taken to hold it)."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "ccomp":
            return next((c for c in ancestor.head.children if c.dep_ == "nsubj"), None)
    return None


_AGENTS = ("er", "or", "ist", "ian", "ant", "ate", "wife")
"""Endings of nouns for a person by what they do: artist, candidate, midwife, teacher."""


def _someone(token: Token) -> bool:
    """A role, or a noun for one person ("An artist ... has denied", "A midwife has
    accepted"): a word the lists give as a person's, or one ending as a doer's that names no
    document, channel or body, after an article ("His sister made requests" is someone's)."""
    word = token.lemma_.lower()
    if token.lower_ in TITLES:
        return True
    when, kind = described_actors().get(word, ("", ""))
    if when == "kin" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
        return True  # "Gordon Brown's closest ally has denied ... Ed Balls said" (not "his
        # family has said. Scoggins was": his own, whom the next sentence is about)
    if not any(c.lower_ in ("a", "an", "the", "its") for c in token.children if c.i < token.i):
        return False  # "its chief executive": an organisation's
    if word in person_nouns():
        return True
    return kind == "PERSON" or (not kind and word.endswith(_AGENTS) and not made(word))


def _speaks_on(token: Token) -> bool:
    """Whether the role speaks for someone ("A spokeswoman for the Electoral Commission") or
    goes on in the next sentence as "he" or "she" ("She said the error would be fixed")."""
    if any(c.dep_ == "prep" and c.lower_ in ("for", "of", "at") for c in token.children):
        return True
    end = token.sent.end
    after = token.doc[end].sent if end < len(token.doc) else []
    return any(t.dep_ == "nsubj" and t.lower_ in ("he", "she") for t in after)


def named_next(
    token: Token,
    sentence: int,
    mentions: list[Mention],
    roles: dict[int, set[str]],
    kind: dict[str, str],
) -> str | None:
    """ "Scotland's justice minister has warned ... Cathy Jamieson said", "A former Home
    Office minister has called for ... Barbara Roche said", "An artist ... has denied ...
    Shani Rhys James is worried": a lead's role or person (``token``, in ``sentence`` 0 or
    1, ``_someone``) that nobody is named with, in the singular, is the person the next
    sentence names first as a subject, when it names them with no role of their own (or the
    lead is a person's relation: "X's ally")."""
    if sentence > 1 or token.tag_ not in ("NN", "NNP") or not _someone(token):
        return None
    subjects = [
        m
        for m in mentions
        if m.sentence == sentence + 1 and m.subject and kind.get(m.party) == "PERSON"
    ]
    if not subjects and not _speaks_on(token):  # "..., its chief executive has
        # said. The company is due to ... However, Lakshmi Mittal has told investors": the one
        # who speaks a sentence later
        subjects = [
            m
            for m in mentions
            if m.sentence == sentence + 2
            and m.subject
            and kind.get(m.party) == "PERSON"
            and lexicon().speaks(token.doc[m.token].head.lemma_)
        ]
    owners = {c.i for c in token.children if c.dep_ == "poss"}  # "Harry Kewell's agent ...
    owners = {m.party for m in mentions if m.token in owners}  # Kewell said": not the agent
    if not subjects or subjects[0].party in owners:
        return None
    own = roles.get(subjects[0].token, set()) - HONORIFICS - _RANKS
    # a role of their own says they are someone else, unless the lead is a person's
    # relation, no office ("Chancellor X's closest ally has denied ... Y, a former adviser
    # to the Treasury, said"; not "Scotland's justice minister")
    kin = token.lower_ not in TITLES and any(kind.get(o) == "PERSON" for o in owners)
    return None if own and not kin else subjects[0].party


def _qualifiers(noun: Token) -> set[str]:
    """The words set before a role noun ("Lib Dem" of "the Lib Dem spokesman")."""
    return {
        t.lower_
        for c in noun.children
        if c.dep_ in ("compound", "amod") and c.i < noun.i
        for t in c.subtree
        if t.is_alpha
    }


def _qualified_holder(
    token: Token, people: list[Mention], roles: dict[int, set[str]], role: str
) -> str | None:
    """ "Lib Dem spokesman Vince Cable said ... (twenty sentences on) the Lib Dem spokesman
    questioned": a role qualified as when the one person named with it was ("Lib Dem") is
    that person, however far back; "the Labour spokesman" is not him."""
    words = _qualifiers(token)
    if not words:
        return None
    doc = token.doc
    holders = {
        m.party
        for m in people
        if m.token < token.i
        and holds(roles[m.token], role, exact=False)
        and words <= {w for c in doc[m.token].children for w in _qualifiers(c) | {c.lower_}}
    }
    return holders.pop() if len(holders) == 1 else None


def definite_holder(
    token: Token, people: list[Mention], roles: dict[int, set[str]], role: str
) -> str | None:
    """Whom a definite role refers to however far back: the one person named with it as
    qualified ("the Lib Dem spokesman"), or for an office one person holds ("the prime
    minister") the only person named with it."""
    found = _qualified_holder(token, people, roles, role)
    if found is None and role in OFFICES:
        found = only_holder([m for m in people if m.token < token.i], roles, role)
    return found or _epithet_holder(token, people, roles, role)


_OFFICE_WORDS = frozenset({o.split()[-1] for o in OFFICES} | {"minister", "secretary"})


def _epithet_holder(
    token: Token, people: list[Mention], roles: dict[int, set[str]], role: str
) -> str | None:
    """ "The heavy metal star said", after "Rock star Ozzy Osbourne": a definite noun is the
    one person named before with a role of that noun, whatever its other words; not an
    office's ("the chancellor" may be the shadow chancellor's namesake: ``definite_holder``)."""
    word = role.split()[-1]
    if word in _OFFICE_WORDS or token.tag_ != "NN":  # not "the five former managers"
        return None
    holders = {
        m.party
        for m in people
        if m.token < token.i
        and any(r.split()[-1] == word for r in roles[m.token])
        and not _OTHER_ROLE & {t.lower_ for t in token.doc[m.token].subtree}  # "former
        # champion Evander Holyfield" is not "the boxing champion" now
        and not _one_of_many(token.doc[m.token], word)
    }
    return holders.pop() if len(holders) == 1 else None


def _one_of_many(name: Token, word: str) -> bool:
    """A name set after a plural of the role ("fellow comedy stars Victoria Wood and David
    Jason"): one of several, not the one "the star" means."""
    near = [name.head, *name.children]
    return any(t.lemma_.lower() == word and t.tag_ in ("NNS", "NNPS") for t in near)


def sides(noun: Token, side: Callable[[Token], str | None]) -> set[str]:
    """The parties (``side``: a body's or a people's) qualifying a role noun ("Labour" of
    "the Labour spokesman")."""
    return {
        found
        for c in noun.children
        if c.dep_ in ("compound", "amod") and c.i < noun.i
        for t in c.subtree
        if (found := side(t)) is not None
    }


def same_side(role_noun: Token, named: Token, side: Callable[[Token], str | None]) -> bool:
    """Whether a role may be the person ``named`` with it: "the Labour spokesman" is not
    "Lib Dem spokesman Vince Cable", though "the spokesman" is, and so is anyone named with
    no party."""
    wanted = sides(role_noun, side)
    theirs = {w for c in named.children for w in sides(c, side)}
    return not wanted or not theirs or wanted <= theirs


def modifier(name: Token) -> bool:
    """A name set before a thing to say which ("the Peter Hain attack"), not before a role
    ("Tory leader Michael Howard" hung on "leader")."""
    head = name.head
    if name.dep_ not in ("compound", "nmod") or head.pos_ != "NOUN" or head.i < name.i:
        return False
    word = head.lemma_.lower()
    return word not in TITLES and word not in described_actors() and word not in person_nouns()
