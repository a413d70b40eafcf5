"""Names the model took for the wrong kind. People taken for a body, a place or a nationality: in
"officers Antoine Quirin and Nicolas Redouane", "Antoine Quirin" is tagged an organisation, and
"Quirin denied" later a place ("Adrian" of "Adrian Mutu" a nationality). A name of two
capitalised words that opens with a first name the table knows (``data/first_names.tsv``), whose
last word the article also uses alone or that follows a title ("shadow chancellor Vince Cable"),
is a person's; a body is seldom called by its last word ("Virginia Tech", "Jordan Airlines"),
and a name ending as a body's or a place's does ("Howard University") is none. An initial and a
surname ("K Morgan" on a team sheet, "J Morrow, writing in", the initial left untagged) are a
person's too. And bodies taken for people: a person tagged on capitals alone ("MI6", "G8",
"BAA", "O2") is an organisation, and so is one word with a firm's staff or shares set after it
("Yukos chief executive Steven Theede", "Yukos shares") or its trade in a name the article gives
("Cairn" of "Cairn Energy"), never a part of a longer person's name; a "person" set beside the
kind of work it is ("The film, A Different Story") is the work's title."""

from __future__ import annotations

import numpy as np
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from briefing.analysis.acronyms import acronym
from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import described_actors, given_names
from briefing.analysis.name_spans import PERSON_ROLES
from briefing.analysis.names import BODY_ENDINGS, FIRMS, TITLES, TRADES
from briefing.analysis.scan import tokens_where

_MISTAKEN = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def first_named_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each such name tagged a person, and capitals an organisation; such a
    name the model left untagged ("Michael Howard is to make a pitch", after a headline; "Boss
    Henk Addink blames") is a person too."""
    where = doc.to_array("ORTH")
    works = {e.text for e in ents if _work(e)}  # named so once, a title wherever it stands
    firms = _firms(doc) if any(e.label_ == "PERSON" and len(e) == 1 for e in ents) else set()
    fixed = [
        _person(doc, e, where) if e.label_ in _MISTAKEN else _retagged(doc, e, works, firms)
        for e in ents
    ]
    # two proper nouns in a row, neither tagged (what ``_full_name`` asks first)
    proper = (doc.to_array("POS") == PROPN) & (doc.to_array("ENT_TYPE") == 0)
    untagged = [
        Span(doc, t.i, t.i + 2, "PERSON")
        for t in (doc[int(i)] for i in np.flatnonzero(proper[:-1] & proper[1:]))
        if not t.ent_type_
        and not doc[t.i + 1].ent_type_
        and not (t.i > 0 and doc[t.i - 1].is_title and not _opening(doc[t.i - 1]))
        and not (t.i + 2 < len(doc) and (doc[t.i + 2].is_title or doc[t.i + 2].text in "-–"))
        and _full_name(doc, doc[t.i : t.i + 2], where)
    ]
    return sorted(fixed + untagged, key=lambda span: span.start) if untagged else fixed


def _opening(word: Token) -> bool:
    """A sentence's first word that is no first name ("Boss Henk Addink blames")."""
    return word.is_sent_start and word.lower_ not in given_names()


def _retagged(doc: Doc, ent: Span, works: set[str], firms: set[str]) -> Span:
    """A work's title, or a body's name (capitals, staff, trade), the model tagged a person."""
    if ent.label_ == "PERSON" and ent.text in works:
        return Span(doc, ent.start, ent.end, "WORK_OF_ART")
    if ent.label_ != "PERSON" or len(ent) != 1 or not (acronym(ent[0]) or ent.text in firms):
        return ent
    return Span(doc, ent.start, ent.end, "ORG")


_WORKS = frozenset(
    {"film", "movie", "documentary", "book", "novel", "album", "song", "single", "show"}
    | {"series", "programme", "program", "play", "musical", "opera", "poem", "painting"}
)


_MAKERS = frozenset({"star", "co-star", "creator"})
"""Whom a work makes known, before its title: "The star of Rain Man and Tootsie"."""


def _work(ent: Span) -> bool:
    """ "The film, A Different Story, chronicles", "his album Careless Whisper", "the star of
    Rain Man and Tootsie": a work's title the model took for a person, named beside the kind
    of work it is, or after one it made known."""
    root = ent.root  # not "the Jörg Düsterwald show": his show
    if ent.label_ != "PERSON":
        return False
    if root.dep_ == "appos" and root.head.lemma_.lower() in _WORKS:
        return True
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    of = root.head  # the title right after it: "a star of TV's Casualty, Derek Thompson"
    after = root.left_edge.i == of.i + 1
    return root.dep_ == "pobj" and after and of.lower_ == "of" and of.head.lemma_.lower() in _MAKERS


_STAFF = frozenset(
    {"executive", "chairman", "chairwoman", "boss", "shareholder", "employee", "share"}
)
"""A firm's people and shares, named after the firm ("Yukos chief executive")."""


def _firms(doc: Doc) -> set[str]:
    """The one-word names the article gives a firm's staff or shares after ("Yukos chief
    executive", "Yukos shares") or names with their trade ("Cairn" of "Cairn Energy"), less
    those in a longer person's name ("Pernod" of "Pernod Ricard", tagged a person)."""
    ents = doc.ents
    found = {e[0].text for e in ents if e.label_ == "ORG" and len(e) == 2 and e[1].lower_ in TRADES}
    found |= {
        t.text
        for t in tokens_where(doc, "DEP", ("compound", "nmod"))
        if t.head.lemma_.lower() in _STAFF
    }
    return found - {w for e in ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}


HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms."} | {"lord", "lady", "sir", "dame", "baroness"}
)
"""Titles only a person is given: "Ms Detakats" or "Lord Browne", tagged an organisation or
left untagged, is a person."""


def _person(doc: Doc, ent: Span, where: np.ndarray) -> Span:
    if len(ent) == 2 and (ent[0].lower_ in HONORIFICS or initialled(ent)) and ent[1].is_title:
        return Span(doc, ent.start, ent.end, "PERSON")
    if len(ent) == 1 and ent.start > 0 and ent[0].is_title:  # "J Morrow, writing in"
        initial = doc[ent.start - 1]
        named = Span(doc, ent.start - 1, ent.end, ent.label_)
        if not initial.ent_type_ and initialled(named):
            return Span(doc, named.start, named.end, "PERSON")
    if len(ent) == 1 and ent.end < len(doc) and not doc[ent.end].ent_type_:
        longer = Span(doc, ent.start, ent.end + 1, "PERSON")  # "Francesca" and untagged
        return longer if _full_name(doc, longer, where) else ent  # "Detakats": cut short
    if not (len(ent) == 2 or _hyphenated_first(ent)) or not _full_name(doc, ent, where):
        return ent
    return Span(doc, ent.start, ent.end, "PERSON")


def initialled(ent: Span) -> bool:
    """ "K Morgan", "J. Morrow": an initial and a surname, a person's name (a team sheet's, a
    byline's); not a place ("S Asia"), a body's name ("B Company") nor a distance's letter
    ("the 50K Walk")."""
    initial, last = ent[0], ent[1]
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        ent.label_ != "LOC"
        and (before is None or bool(before.whitespace_))  # not "the 50K Walk"
        and len(initial.text.rstrip(".")) == 1
        and initial.text[0].isalpha()
        and initial.text not in ("A", "I")  # "A Labour spokesman said"
        and initial.is_upper
        and last.is_alpha
        and last.is_title
        and last.lower_ not in FIRMS | BODY_ENDINGS | {"company", "division", "street"}
        and lookup_country(last.text) is None
    )


def _hyphenated_first(ent: Span) -> bool:
    """ "Sven-Goran Eriksson", "Jean-Pierre Raffarin": a first name of two joined by a hyphen."""
    return (
        len(ent) == 4
        and ent[1].text == "-"
        and not ent[0].whitespace_
        and not ent[1].whitespace_
        and ent[2].is_title
    )


def _full_name(doc: Doc, ent: Span, where: np.ndarray) -> bool:
    """Whether ``ent`` is a first name the table knows and a surname the article also uses
    alone, or that follows a title; or, after a title, any first name and a surname the
    article uses alone ("Liverpool forward Milan Baros ... Baros said"); or any name set
    beside a person's role ("the university's chancellor, Pradeep Khosla"). ``where``: the
    words of ``doc`` (``Doc.to_array("ORTH")``)."""
    start, first, last = ent.start, ent[0], ent[-1]
    if not all(t.pos_ == "PROPN" and t.is_title for t in (first, last)):
        return False
    if last.lower_ in FIRMS | BODY_ENDINGS:
        return False
    if not last.is_alpha or lookup_country(last.text) is not None:
        return False  # "Washington D.C.", "Roman Egypt"
    if last.dep_ == "appos" and last.head.i < start and last.head.lemma_.lower() in PERSON_ROLES:
        return True  # "the university's chancellor, Pradeep Khosla": a role's holder
    titled = start > 0 and doc[start - 1].lower_ in TITLES  # "chancellor Vince Cable"
    known = first.lower_ in given_names()
    if (known and titled) or not (known or (titled and doc[start - 1].is_lower)):
        return known
    places = np.flatnonzero(where == last.orth).tolist()  # where the surname stands
    before = ent[-2].text  # the first name, or its second half
    return any(i != last.i and i > 0 and doc[i - 1].text != before for i in places)


def described_as_person(name: Token) -> bool:
    """A role or a noun naming a person set beside a name ("Parul Jain, deputy chief economist
    at Nomura"), not one a body may hold too ("Nomura, the market leader"); or an initial
    before it ("T Hayden, writing in a magazine, said")."""
    doc = name.doc
    if name.i > 0 and initialled(Span(doc, name.i - 1, name.i + 1)):
        return True
    nouns = {k for k, (_, kind) in described_actors().items() if kind == "PERSON"}
    nouns = (nouns - _BODIES_TOO) | PERSON_ROLES
    return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in name.children)


_BODIES_TOO = frozenset({"owner", "user", "partner", "ally", "leader", "head", "chief", "agent"})
