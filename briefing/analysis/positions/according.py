"""Who "according to", "per" and "in X's view" name: "Per the decree", "according to
Connecticut Senator Richard Blumenthal", "In his opinion" (for ``cues``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.names import TITLES
from briefing.analysis.positions.documents import made

_VIEWS = ["view", "opinion", "estimation", "judgement", "judgment"]
IN_VIEW = [
    {"LOWER": {"IN": ["in", "from"]}},
    {"DEP": "poss", "POS": {"IN": ["PRON", "PROPN"]}},
    {"LOWER": "'s", "OP": "?"},
    {"LOWER": {"IN": _VIEWS}},
]
"""The Matcher pattern of "In his view", "In Sufianov's opinion": the holder's view."""


def holder(phrase: Span) -> Token:
    """Whose view "In his view" tells: "his"."""
    return next(t for t in phrase if t.dep_ == "poss")


def per_source(per: Token) -> bool:
    """ "Per" opening its clause with a document or a name: "Per the decree", "Per numbers
    reported by The Associated Press"; not "US$5 per gallon"."""
    pobj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if pobj is None or per.dep_ != "prep" or per.head.i < per.i:
        return False
    by = any(c.dep_ == "acl" for c in pobj.children)  # "numbers reported by"
    return bool(pobj.ent_type_) or made(pobj.lemma_.lower()) or by


def titled_after(place: Token) -> Token | None:
    """ "according to Connecticut Senator Richard Blumenthal": the parser takes the state for
    the source; the person its title and name name after it is."""
    if place.ent_type_ not in ("GPE", "LOC", "NORP"):
        return None
    doc, i = place.doc, place.i + 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1  # the rest of the place's name
    j = i
    while j < len(doc) and doc[j].lower_ in TITLES:
        j += 1
    if j == i or j >= len(doc) or doc[j].ent_type_ != "PERSON":
        return None
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j]


def ended_at_comma(to: Token, pobj: Token) -> Token | None:
    """ "According to the Post, Barrientos and Garcia are": the parser ran the clause's
    subject into the source; the source is the noun that ends before the comma."""
    doc = to.doc
    comma = next((t for t in doc[to.i + 1 : pobj.i] if t.text == ","), None)
    if comma is None or doc[comma.i - 1].pos_ not in ("PROPN", "NOUN"):
        return None
    return doc[comma.i - 1]


def named_after(pobj: Token) -> Token | None:
    """ "According to Windsor Locks' first selectman, Chris Kervick, there were": the person
    named between commas after a role (the parser hangs the name elsewhere)."""
    doc, i = pobj.doc, pobj.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_iob_ != "B":
        return None
    if doc[i + 1].ent_type_ != "PERSON" or pobj.ent_type_:
        return None
    j = i + 1
    while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
        j += 1
    return doc[j] if j + 1 < len(doc) and doc[j + 1].text == "," else None


def according_source(to: Token) -> tuple[Token | None, bool, set[int]]:
    """The source "according to" names, whether it is a person named after a role between
    commas (``named_after``), and the words that name it."""
    pobjs = [c for c in to.children if c.dep_ == "pobj"]
    named = [c for c in pobjs if c.ent_type_]  # "according to curator Elaine Gustafon": two
    pobj = (named or pobjs or [None])[-1 if named else 0]  # objects, the parser's, the name
    words = {t.i for c in pobjs for t in c.subtree}
    if pobj is None:
        return None, False, words
    beside = named_after(pobj)
    if beside is not None:  # "according to the first selectman, Chris Kervick, there were"
        return beside, True, words | set(range(pobj.i, beside.i + 2))
    kind = _kind_then_name(pobj)
    if kind is not None:
        return kind, False, words | set(range(pobj.i, kind.i + 1))
    maker = _maker_after_adjective(pobj)
    if maker is not None:  # the writing's noun after the maker names the source too
        return maker, False, words | set(range(pobj.i, maker.i + 2))
    return titled_after(pobj) or pobj, False, words


def _kind_then_name(pobj: Token) -> Token | None:
    """ "according to local newspaper the Daily Telegraph": a noun saying what kind of body,
    then its name, which the parser hangs elsewhere; the name is the source."""
    doc, i = pobj.doc, pobj.i + 1
    if pobj.pos_ != "NOUN" or pobj.ent_type_ or i >= len(doc) or doc[i].ent_iob_ != "B":
        return None
    if doc[i].ent_type_ not in ("ORG", "PERSON"):
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i]


def _maker_after_adjective(pobj: Token) -> Token | None:
    """ "According to the official WHO report yesterday, there were": the parser took the
    adjective for the source and made the report a verb; the body named before the
    writing's noun is the source."""
    doc, i = pobj.doc, pobj.i + 1
    if pobj.pos_ != "ADJ" or i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "ORG":
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i] if i + 1 < len(doc) and made(doc[i + 1].lemma_.lower()) else None
