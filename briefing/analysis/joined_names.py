"""Names the English model split at a place or a nickname, joined (for ``entities``).

An organisation named "of" a place is one name, and a court "for" its circuit ("the American
Civil Liberties Union of Montana", "the Court of Appeals for the D.C. Circuit"), a
university with its campus ("University of California, San Diego"), a body with its
branch in a country ("Amnesty International UK"), and a department with the second thing it
is for ("the Department for Education" + "Skills"); and a name of two things the model cut
at "and" ("the Pew Internet and" + "American Life Project"); and a person's names around
a nickname in quotes ('Antonio "LA" Reid'), at its particles ("Ursula von der" +
"Leyen"), or at the hyphen of a double-barrelled surname ("Nadia Magnenat" + "-Thalman").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from briefing.analysis.actors import lookup_country


def _court_for(ent: Span, after: Span | None) -> bool:
    """ "The Court of Appeals" + "for" + "the D.C. Circuit": one court, tagged as two."""
    return (
        after is not None
        and ent.label_ == "ORG"
        and ent[-1].lower_ in ("court", "appeals")
        and after.start == ent.end + 1
        and ent.doc[ent.end].lower_ == "for"
        and after.label_ in ("ORG", "LOC", "GPE")
    )


def _campus(ent: Span, after: Span | None) -> bool:
    """ "University of California" + "," + "San Diego": one university, tagged as two."""
    return (
        after is not None
        and ent.label_ == "ORG"
        and "university" in (ent[0].lower_, ent[1].lower_ if len(ent) > 1 else "")
        and after.start == ent.end + 1
        and ent.doc[ent.end].text == ","
        and after.label_ == "GPE"
    )


def _branch(ent: Span, after: Span | None) -> bool:
    """ "Amnesty International" + "UK": a body's branch in a country, named after it, which
    the parse makes the head of the body's name."""
    return (
        after is not None
        and ent.label_ == "ORG"
        and after.label_ == "GPE"
        and after.start == ent.end
        and ent.root.dep_ == "compound"
        and after.start <= ent.root.head.i < after.end
        and lookup_country(after.text) is not None
    )


def _spelled_with_country(ent: Span, after: Span | None) -> bool:
    """ "the United States" + "Anti-Doping Agency (USADA)": a country's name that the
    acronym after the body spells out with it is the body's name."""
    if after is None or ent.label_ != "GPE" or after.label_ != "ORG" or after.start != ent.end:
        return False
    doc, end = ent.doc, after.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    words = [t for t in doc[ent.start : end] if t.text[:1].isupper()]
    spelled = doc[end + 1].text == "".join(t.text[0] for t in words)
    return spelled and lookup_country(ent.text) is not None


def _and_more(ent: Span, after: Span | None) -> bool:
    """ "the Department for Education" + "and" + "Skills": a department "for" two things,
    tagged as two."""
    return (
        after is not None
        and ent.label_ == after.label_ == "ORG"
        and any(t.lower_ == "for" for t in ent[1:])
        and after.start == ent.end + 1
        and ent.doc[ent.end].lower_ == "and"
        and len(after) <= 3
        and all(t.is_title for t in after)
    )


def _named_before(ent: Span) -> Span:
    """ "the Pew Internet and" + "American Life Project": capitalised words the model left
    untagged after "the" and before "and", on a name of two words or more, are its first."""
    doc, start = ent.doc, ent.start - 1
    if ent.label_ != "ORG" or len(ent) < 2 or start < 2 or doc[start].lower_ != "and":
        return ent
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        if doc[start - 1].ent_type_:
            return ent
        start -= 1
    if start == ent.start - 1 or doc[start - 1].lower_ != "the":
        return ent
    return Span(doc, start, ent.end, "ORG")


_JOINS = (_court_for, _campus, _branch, _and_more, _spelled_with_country)


def with_place(ents: list[Span]) -> list[Span]:
    """An organisation named "of" a place it belongs to is one name: "the American Civil
    Liberties Union of Montana", "the Supreme Court of Justice of Austria"; so is a court "for"
    its circuit ("the Court of Appeals for the D.C. Circuit"), a university its campus
    ("University of California, San Diego"), a body its branch ("Amnesty International
    UK"), and a department what it is for ("the Department for Education and Skills")."""
    joined: list[Span] = []
    skip = False
    ents = [_named_before(e) for e in ents]
    for k, ent in enumerate(ents):
        if skip:
            skip = False
            continue
        doc = ent.doc
        after = ents[k + 1] if k + 1 < len(ents) else None
        if any(joins(ent, after) for joins in _JOINS):
            end = after.end - (doc[after.end - 1].tag_ == "POS")  # "San Diego's chancellor"
            joined.append(Span(doc, ent.start, end, "ORG"))
            skip = True
            continue
        of = (
            ent.end < len(doc) - 1 and doc[ent.end].lower_ == "of" and doc[ent.end].head == ent.root
        )
        if ent.label_ != "ORG" or not of or any(t.lower_ == "of" for t in ent):
            joined.append(ent)
            continue
        place = ents[k + 1] if k + 1 < len(ents) else None
        if place is not None and place.label_ == "GPE" and place.start == ent.end + 1:
            joined.append(Span(doc, ent.start, place.end, "ORG"))
            skip = True
            continue
        name = doc[ent.end + 1]  # "of Montana", left untagged
        if name.pos_ == "PROPN" and name.is_title and not name.ent_type_ and name.head.i == ent.end:
            joined.append(Span(doc, ent.start, name.i + 1, "ORG"))
        else:
            joined.append(ent)
    return joined


_QUOTES = frozenset("\"“”‘’'")


def _after_nickname(ent: Span) -> int | None:
    """Where the words after a person's first name and a nickname in quotes begin
    ('Antonio "LA"'), if they follow it."""
    doc, start = ent.doc, ent.end
    if ent.label_ != "PERSON" or not all(t.is_title for t in ent) or start + 2 >= len(doc):
        return None
    if doc[start].text not in _QUOTES:
        return None
    for end in range(start + 2, min(start + 5, len(doc))):
        if doc[end].text in _QUOTES:
            words = doc[start + 1 : end]
            return end + 1 if all(t.is_alpha and t.text[0].isupper() for t in words) else None
    return None


def nicknamed(ents: list[Span]) -> list[Span]:
    """'Antonio "LA" Reid', tagged as a person and a place, the surname tagged or not: one
    person."""
    return _run_on(ents, _nickname_surname_end)


def _nickname_surname_end(ent: Span, later: list[Span]) -> int | None:
    after = _after_nickname(ent)
    return None if after is None else _surname_end(ent.doc, after, later)


def _hyphen_surname_end(ent: Span, later: list[Span]) -> int | None:
    doc, at = ent.doc, ent.end
    if ent.label_ != "PERSON" or not ent[-1].is_title or at + 1 >= len(doc):
        return None
    if doc[at].text != "-" or doc[at - 1].whitespace_ or doc[at].whitespace_:
        return None
    return _surname_end(doc, at + 1, later)


def hyphen_start(doc: Doc, start: int, taken: set[int]) -> int:
    """Where a name that begins at ``start`` begins with the first half of its double-barrelled
    surname ("Henin" + "-" + "Hardenne", none of it tagged)."""
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_)
        and doc[start - 2].is_title
        and start - 2 not in taken
    ):
        start -= 2
    return start


def _run_on(ents: list[Span], end_of: Callable[[Span, list[Span]], int | None]) -> list[Span]:
    """``ents`` with each person whose name runs on to ``end_of`` it made one person there,
    the spans it swallows dropped."""
    joined: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        end = end_of(ent, ents[k + 1 :])
        k += 1
        if end is None:
            joined.append(ent)
            continue
        joined.append(Span(ent.doc, ent.start, end, "PERSON"))
        while k < len(ents) and ents[k].start < end:
            k += 1
    return joined


def _surname_end(doc: Doc, start: int, later: list[Span]) -> int | None:
    """The end of the surname at ``start``: a person tagged there, or proper nouns in title
    case the model left untagged."""
    tagged = next((e for e in later if e.start == start), None)
    if tagged is not None:
        return tagged.end if tagged.label_ == "PERSON" else None
    end = start
    while (
        end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_
    ):
        end += 1
    return end if end > start else None


PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le"}
    | {"la", "ter", "ten", "bin", "ibn", "zu"}
)
"""Lower-case words inside a person's name ("Ursula von der Leyen", "Osama bin Laden")."""


def whole_surnames(ents: list[Span]) -> list[Span]:
    """ "Ursula von der" + "Leyen", "Sandra" + "den" + "Hamer", "Nadia Magnenat" + "-" +
    "Thalman": a person's name the model cut at its lower-case particles, the surname tagged
    as anything or left untagged, or at the hyphen of a double-barrelled surname (no space
    either side), the rest tagged a person or untagged, is one person."""
    return _run_on(_run_on(ents, _hyphen_surname_end), _particle_surname_end)


def _particle_surname_end(ent: Span, later: list[Span]) -> int | None:
    """The end of the surname after ``ent``'s particles, if a person's name runs on there."""
    doc = ent.doc
    if ent.label_ != "PERSON" or not ent[0].is_title:
        return None
    start = ent.end
    while start - 1 > ent.start and doc[start - 1].text in PARTICLES:
        start -= 1  # "Walter van" tagged, "der Vijver" not
    end = start
    while end < len(doc) and doc[end].text in PARTICLES:
        end += 1
    if end == start:
        return None  # no particle after the name
    tagged = next((e for e in later if e.start == end), None)
    if tagged is not None:  # "Leyen", a place to the model
        return tagged.end if len(tagged) <= 2 and all(t.is_title for t in tagged) else None
    return _surname_end(doc, end, later)
