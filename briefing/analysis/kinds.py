"""A party's kind where the English model's label is wrong: a name it took for a person that
the article names as a firm ("oil giant Yukos", "co-founder of Blinkx"), a platform ("Twitter
said"), a team ("Bolton have signed", "Leeds United") or one of a list of clubs and places
("Real Madrid, Barcelona and Valencia"); a name it took for a body that is a player ("striker
Ronaldinho"). Used by ``parties``."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import described_actors, given_names, person_nouns
from briefing.analysis.names import BODY_ENDINGS, FIRMS, GENERIC_BODIES, SQUAD_ROLES, TITLES
from briefing.analysis.not_names import listed_not_parties
from briefing.analysis.scan import tokens_where

FIRM_NOUNS = FIRMS | {"giant", "group", "maker", "portal", "distributor", "website"}
"""Nouns for a firm that make the name beside them a firm's ("oil giant Yukos")."""


def firm_named(mention: Span) -> bool:
    """ "Russian oil giant Yukos", "the Argonaut games group": a one-word name the model
    took for a person, that the article names with a firm's noun before or after it, is a
    company; a longer one with the noun before it ("building products group James Hardie"),
    whatever the parser made of the two ("Shares in engineering group Jarvis"); and any set
    beside a firm's noun ("Diageo, the world's biggest spirits company")."""
    doc = mention.doc
    before = any(
        c.dep_ == "compound" and c.i < mention.start and c.lemma_.lower() in FIRM_NOUNS
        for c in mention.root.children
    ) or (
        mention.start > 0
        and doc[mention.start - 1].pos_ == "NOUN"
        and doc[mention.start - 1].lemma_.lower() in FIRM_NOUNS
    )
    beside = any(  # "Diageo, the world's biggest spirits company, has agreed"
        c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in FIRM_NOUNS
        for c in mention.root.children
    )
    if len(mention) != 1:
        return before or beside  # "building products group James Hardie"
    head = mention.root
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    first = mention.start == mention.sent.start  # "Bat spit drug firm goes to market"
    firm_head = head is not mention.root and head.lemma_.lower() in FIRM_NOUNS and not first
    return before or beside or firm_head


_BETWEEN = frozenset({"ADV", "PART", "ADP", "AUX", "NUM", "DET", "VERB", "SCONJ", "CCONJ", "ADJ"})
"""What may stand between a verb and its object's "its" ("is still selling its", "one of its")."""
_BEING = frozenset({"be", "become", "remain"})


def owns_its(mention: Span) -> bool:
    """ "GlaxoSmithKline saw its profits fall", "Pfizer is still selling its Celebrex": a name
    the model took for a person, with no first name in it, the subject of a verb whose first
    possessive after it is "its", nothing named between, is an organisation; not "Adolf
    Hitler became its leader" nor "Chris Curry said its calculations" (a first name)."""
    root, doc = mention.root, mention.doc
    if root.dep_ != "nsubj" or root.head.lemma_ in _BEING or root.head.i < root.i:
        return False
    if any(t.lower_ in given_names() for t in mention):
        return False
    for token in doc[root.head.i + 1 : root.head.i + 8]:
        if token.lower_ == "its":
            return token.dep_ == "poss"
        named = token.pos_ not in _BETWEEN and token.lower_ not in ("one", "some")
        if named or token.is_sent_end:
            return False
    return False


def platform_named(mention: Span) -> bool:
    """ "Twitter placed a warning": a platform (``data/not_parties.tsv``, a party only when it
    acts) that the model took for a person is the company."""
    return bool(listed_not_parties().get(mention.text.casefold()))


def team_named(mention: Span) -> bool:
    """ "Former Chelsea captain Desailly", "Aston Villa have impressed": a name the model took
    for a person, that names a team's role after it or, alone, has "have" or "are" right
    after it, is a team (not "Trump, Sanders win", a headline, nor "that Tony Blair spell
    out", nor "Michael Jackson, Aerosmith and Diana Ross are")."""
    doc, root = mention.doc, mention.root
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is None or root.dep_ not in ("compound", "nsubj"):
        return False
    if root.dep_ == "compound":
        return after.pos_ == "NOUN" and after.lemma_.lower() in SQUAD_ROLES
    plural = after.tag_ == "VBP" and after.lemma_ in ("have", "be")
    alone = mention.start == 0 or doc[mention.start - 1].text not in (",", "and", "&")
    asked = any(c.tag_ == "MD" for c in after.head.children)  # "would John Terry have"
    return plural and alone and not asked and after.head in (root.head, after)


_STAFF = frozenset({"founder", "co-founder", "cofounder", "ceo", "chairman", "shareholder"})
"""A firm's people named with "of" before it ("co-founder of Blinkx")."""


def staffed(mention: Span) -> bool:
    """ "said Suranga Chandratillake, co-founder of Blinkx": a name the model took for a
    person, that a firm's founder, chairman or shareholders are "of", with no first name in
    it, is the firm."""
    root = mention.root
    of = root.head if root.dep_ == "pobj" else None
    if of is None or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return False
    return of.head.lemma_.lower() in _STAFF and not _first_named(mention.text.split())


def which_named(mention: Span) -> bool:
    """ "Euronext, which combines the Paris, Amsterdam and Lisbon exchanges": a name the
    model took for a person, with no first name in it, that ", which" follows."""
    doc, end = mention.doc, mention.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "which":
        return False
    if mention.root.dep_ == "pobj":  # "a proposal from Mr Glazer, which": the proposal
        return False
    return not _first_named(mention.text.split(), last=True)


def _first_named(words: list[str], last: bool = False) -> bool:
    """Whether a name's words hold a first name (its last word too, with ``last``)."""
    return any(w.lower() in given_names() for w in (words if last else words[:-1]))


CLUB_ENDINGS = frozenset({"United", "City", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur"})
"""Last words of a club's name after its town's ("Leeds United", "Bristol Rovers")."""


def club_named(mention: Span) -> bool:
    """ "... finished his purchase of Leeds United": a name the model took for a person that
    ends with a club's word and has no first name in it is the club."""
    words = mention.text.split()
    return len(words) >= 2 and words[-1] in CLUB_ENDINGS and not _first_named(words)


def listed_with_bodies(mention: Span) -> bool:
    """ "Real Madrid, Barcelona and Valencia": a one-word name the model took for a person,
    listed with two names or more that it tagged as bodies or places and none as a person."""
    root = mention.root
    if len(mention) != 1 or not (
        root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)
    ):
        return False
    head = root
    while head.dep_ == "conj":
        head = head.head
    others = [t for t in (head, *head.conjuncts) if t.i != root.i]
    kinds = {t.ent_type_ for t in others}
    return len(others) >= 2 and kinds <= {"ORG", "GPE"} and "" not in kinds


def player_named(mentions: list[Span]) -> bool:
    """ "Barcelona striker Ronaldinho", "Liverpool keeper Dudek": a name the model took for a
    body, right after a team's role in the singular (there or where it left it untagged), is
    a player."""
    if not mentions:
        return False
    doc, words = mentions[0].doc, {m.text for m in mentions if len(m) == 1}
    after = {t.i + 1 for t in tokens_where(doc, "LOWER", SQUAD_ROLES) if t.tag_ == "NN"}
    return any(m.start in after for m in mentions) or any(
        i < len(doc) and doc[i].text in words for i in after
    )


_BODY_WORDS = BODY_ENDINGS | FIRM_NOUNS | GENERIC_BODIES
_BODY_WORDS |= {"trust", "fund", "institute", "centre", "center", "party", "union"}
"""Last words of a body's name ("Ruben Berta Foundation"), never a surname."""
_DOERS = ("ist", "yst", "er", "or", "ian", "ant")
"""Endings of nouns for what a person does: analyst, director, moderator, veterinarian."""


def doer(word: str) -> bool:
    """A noun (lower case) that ends as one for what a person does and is no firm's noun
    ("immunologist", "analyst"; not "broadcaster", "retailer", "bookmaker")."""
    return word.endswith(_DOERS) and word not in FIRM_NOUNS and not word.endswith("maker")


def _person_role(noun: Token) -> bool:
    """A noun for a person's role or trade: a title ("chief executive", "MP"), a noun for one
    person, or a doer's noun (``doer``); never a firm's ("broadcaster" is a title too)."""
    word = noun.lower_
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ or word in FIRM_NOUNS:
        return False
    if word in TITLES or word in person_nouns():
        return True
    return described_actors().get(word, ("", ""))[1] == "PERSON" or doer(word)


def titled_person(mentions: list[Span]) -> bool:
    """ "Broadreach chief executive Magnus McEwen-King", "Dominic Hare, chief executive of
    the palace", "MP Tanya Davies", "said Nikki Rocco, head of distribution": a name the model
    took for a body, that opens with a first name (no demonym) and has a person's role beside
    it, is a person."""
    names = given_names()
    for m in mentions:
        words = m.text.split()
        if not 2 <= len(words) <= 3 or words[0].lower() not in names:
            continue
        if words[-1].lower() in _BODY_WORDS or not words[-1][:1].isupper():
            continue  # "Ruben Berta Foundation", "Candace Windfall as"
        if lookup_country(words[0]) is not None:
            continue
        root = m.root
        beside = [c for c in root.children if c.dep_ in ("compound", "appos") and c.i < m.start]
        beside += [c for c in root.children if c.dep_ == "appos" and c.i >= m.end]
        if root.dep_ == "appos":
            beside.append(root.head)
        if any(_person_role(n) for n in beside):
            return True
    return False


_BLOOD = frozenset({"son", "daughter", "brother", "sister", "grandson", "granddaughter"})
"""Kin who share the family's name (a wife or a mother may not)."""


def kin_named(mention: Span) -> str | None:
    """ "Nogar's son Stephen, 57, said", "Mr Eavis' daughter Emily said": the full name of a
    first name set after a son or daughter of someone named ("Stephen Nogar"), of a family
    named in the plural too ("the Trumps' son Barron": "Barron Trump")."""
    if len(mention) != 1 or mention.start == 0:
        return None
    kin = mention.doc[mention.start - 1]
    if kin.lemma_.lower() not in _BLOOD or kin.tag_ != "NN":
        return None
    owner = next((c for c in kin.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ != "PERSON":
        return None
    family = owner.i > 0 and owner.nbor(-1).lower_ == "the" and owner.text.endswith("s")
    plural = owner.tag_ == "NNPS" or family  # "the Trumps'"
    return f"{mention.text} {_singular(owner) if plural else owner.text}"


def _singular(family: Token) -> str:
    """ "Trump" of "the Trumps'", "Jones" of "the Joneses'", "Bush" of "the Bushes'"."""
    word = family.text
    if word.endswith("es") and word[:-2].endswith(("s", "sh", "ch", "x", "z")):
        return word[:-2]
    return word.removesuffix("s")
