"""Entity spans the English model cut short, ran together or mistook, mended (for
``entities``; names the model split at a place are joined in ``joined_names``).

- A person's name the model cut short ("Sacha Baron Cohen" tagged "Cohen", "Judge Amy Berman
  Jackson" tagged "Amy Berman") runs on over the capitalised singular proper nouns after it
  that no other entity holds, and before it when it is one word but never over a title
  ("Judge", "District Attorney"), nor into a body's noun ("Trump Administration").
- A country the model ran into the name after it ("Prime Minister of India Narendra Modi") is
  cut off.
- A name tagged as a place or an organisation with a person's role beside it ("Gáspár Maróth,
  the Hungarian Government commissioner") is a person.
- A person's surname tagged as a place, an organisation or an event ("Klobuchar" as a place,
  with "Amy Klobuchar" a person in the article; "Pelosi" as an event) is the person, and so is
  a first name with it ("Terra Lurie" as an organisation, with "Michael Lurie" a person).
- Two persons tagged side by side, the first hung on the second ("Amy Berman" + "Jackson"),
  are one person.
- A first name tagged as an organisation just before a person's name that begins with a
  particle and that the parse hangs it on ("Arnel" + "dela Vega") is part of that name; a
  title is not ("archbishop Monsenor", "Senators Marco Rubio").
- An organisation named "of" two places, the second tagged apart ("the Islamic State of Iraq"
  + "and the Levant"), is one name.
- A describing noun or a participle opening a sentence or a caption is no part of the person's
  name after it ("Shocked: Pensioner Terry Cooper", "Founder Yen Reis").
- A person's surname run into a party's name ("Blair Labour's", a headline's) is the two.
- A party's or an institution's short name tagged as a person ("Labour", "the Old Bailey") is
  an organisation.
- A product or work cited ("according to the Telegraph") is an organisation: ``cited_names``
  (an untagged acronym naming one is in ``acronyms``).
- A name of two words or more that the model tags as an organisation or a person somewhere is
  that name wherever else it is written, over the pieces it tagged there ("The Lost 52
  Project announced", tagged "Project" and "52").
- A name the model took a dash in with ("- Blair" of a headline) is the name, and one it ran
  on over a headline's verb ("O'Connell rejects Lions rumours" tagged "O'Connell rejects
  Lions") is the words before the verb; two names it ran together ("Biden and Sanders"
  named apart, "Center for X and Center for Y") are two.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.kinds import doer
from briefing.analysis.lexicon import described_actors, given_names, lexicon, rows
from briefing.analysis.names import GENERIC_BODIES, PLATFORMS, TITLES, political_parties
from briefing.analysis.polity import INSTITUTIONS
from briefing.analysis.scan import tokens_where


def _with_head(span: Span, tagged: set[int]) -> Span:
    """ "Turkey's Disaster and Emergency Management Presidency", tagged without its last
    word: an organisation's name runs on over the untagged capitalised noun its words
    modify."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    after = doc[span.end]
    if (
        after.tag_ == "NNP"
        and after.is_title
        and after.lower_ not in TITLES  # "National Security Adviser John Bolton": a role
        and span.end not in tagged
        and span.root.head.i == after.i
        and span.root.dep_ in ("compound", "nmod")
    ):
        return Span(doc, span.start, span.end + 1, "ORG")
    return span


def _opener(token: Token) -> bool:
    """A noun describing a person, a participle or a feeling opening a sentence or a caption
    ("Shocked: Pensioner Terry Cooper", "Angry Williams rejects"), no first name ("Rhodri Glyn
    Thomas");
    not a body's ("Broadcaster Chris Evans", whom a firm's noun before would make a firm)."""
    word = token.lower_
    person = described_actors().get(word, ("", ""))[1] == "PERSON"  # not "Broadcaster"
    describes = person or (word.endswith("ed") and len(word) > 5) or lexicon().feeling(word)
    opens = token.is_sent_start or (token.i > 0 and token.nbor(-1).text == ":")
    return opens and describes and word not in given_names()


def _trade(word: Token, first: Token) -> bool:
    """A noun for what a person does, run into the full name after it, anywhere ("Immunologist
    Kristian Andersen", "Fusilier Lee Rigby"): it ends as a doer's and is no first name, and a
    first name that is no demonym follows it ("Fraunhofer German-Sino Lab" is a lab's); not a
    firm's noun ("Broadcaster Chris Evans", "Bookmaker William Hill"), by which
    ``kinds.firm_named`` would read the name as a firm's."""
    names = given_names()
    named = first.lower_ in names and lookup_country(first.text) is None
    return word.is_title and doer(word.lower_) and word.lower_ not in names and named


def opened(ent: Span) -> Span:
    """A person's name the model ran a describing noun into ("Founder Yen Reis"): the name."""
    if ent.label_ == "PERSON" and len(ent) >= 3 and (_opener(ent[0]) or _trade(ent[0], ent[1])):
        return Span(ent.doc, ent.start + 1, ent.end, "PERSON")
    return ent


def whole_name(span: Span, tagged: set[int]) -> Span:
    """An organisation's span with its head noun (``_with_head``); a person's span run on
    over the untagged capitalised singular proper nouns after it,
    and, for a one-word span ("Cohen"), before it from the last title word on ("Judge"); a
    two-word one takes one more word before it that the parse makes part of the name (not the
    end of a description: "New Yorker John Hallam"), and a longer one a first name it so
    joins ("Yolanda Yu Hoi-kwan"); never a describing noun or
    a participle opening a sentence or a caption ("Shocked: Pensioner Terry Cooper said",
    "Shocked Terry Cooper, 79,")."""
    if span.label_ == "ORG":
        return _with_head(span, tagged)
    if span.label_ != "PERSON":
        return span
    doc = span.doc

    def part(i: int, plural: bool = False) -> bool:
        t = doc[i]
        return (
            (t.tag_ == "NNP" or (plural and t.tag_ == "NNPS"))
            and t.is_title
            and i not in tagged
            and t.lower_ not in INSTITUTIONS
            and t.lower_ not in GENERIC_BODIES
            and t.lower_ not in PLATFORMS
        )

    start, end = span.start, span.end
    while len(span) == 1 and start > 0 and part(start - 1) and not _opener(doc[start - 1]):
        start -= 1
    joined = start > 0 and span.start <= doc[start - 1].head.i < span.end
    first = start > 0 and doc[start - 1].lower_ in given_names()
    described = start > 1 and not first and _describing(doc[start - 2])  # "New Yorker"
    if (
        (len(span) == 2 or (len(span) > 2 and first))
        and joined
        and part(start - 1)
        and not described
        and not _trade(doc[start - 1], doc[start])  # "Ecologist Ryan Norris"
    ):
        start -= 0 if _opener(doc[start - 1]) else 1  # "Carmen Yulín Cruz" tagged "Yulín Cruz":
        # a first name the parse joins; "Yolanda Yu Hoi-kwan" tagged "Yu Hoi-kwan": one the
        # table knows
    titles = [i for i in range(start, span.start) if doc[i].lower_ in TITLES]
    start = titles[-1] + 1 if titles else start  # "District Attorney Vance": "Vance"
    while end < len(doc) and part(end, plural=True):  # "Mijares" read as a plural
        end += 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, "PERSON")


def _describing(word: Token) -> bool:
    """A capitalised word that is no title, before the word before a name: that word ends a
    description ("New Yorker John Hallam", "Liberal Democrat Charles Kennedy"), where a first
    name the model left out would follow a title ("Mayor Carmen Yulín Cruz")."""
    return word.is_title and word.lower_ not in TITLES and not word.is_punct


_MISTAKEN = frozenset({"GPE", "LOC", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP"})


def surname(ent: Span, people: set[str]) -> Span:
    """ "Klobuchar" tagged as a place or an organisation, where the article names "Amy
    Klobuchar" as a person: the person; so is "Terra Lurie" tagged as an organisation, a
    first name and the surname of "Michael Lurie"."""
    if ent.label_ not in _MISTAKEN or ent[-1].text not in people:
        return ent
    family = len(ent) == 2 and ent[0].lower_ in given_names()
    if len(ent) == 1 or family:
        return Span(ent.doc, ent.start, ent.end, "PERSON")
    return ent


PERSON_ROLES = frozenset(
    {
        "president", "minister", "chancellor", "secretary", "senator", "governor", "mayor", "judge",
        "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "commissioner",
        "director", "chairman", "chairwoman", "prosecutor", "professor", "lawyer", "attorney",
        "solicitor", "barrister", "adviser", "advisor", "aide",
    }
)  # fmt: skip


def country_then_name(ent: Span, people: frozenset[str] = frozenset()) -> list[Span]:
    """ "Prime Minister of *India Narendra Modi*" tagged as one name: the country, and the
    person after it; so too a town or a state after a title ("Mayor of *Koszalin Piotr
    Jedlinski*", "Senator from *Vermont Bernie Sanders*" tagged as an organisation, where a
    first name or a person's surname, ``people``, follows the place) when its word is no first
    name."""
    doc = ent.doc
    after_of = ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "from")
    if len(ent) < 3 or not after_of or ent.label_ not in ("PERSON", "ORG"):
        return [ent]
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent[1:]):
        return [ent]
    person = ent.label_ == "PERSON" or ent[1].lower_ in given_names()
    person = person or ent[-1].text in people
    titled = ent.start > 1 and doc[ent.start - 2].lower_ in TITLES and person
    if lookup_country(ent[0].text) is None and not (titled and ent[0].lower_ not in given_names()):
        return [ent]
    return [Span(doc, ent.start, ent.start + 1, "GPE"), Span(doc, ent.start + 1, ent.end, "PERSON")]


def first_names(ents: list[Span]) -> list[Span]:
    """A first name tagged apart from the rest of a person's name joins it (``_one_person``,
    ``_particle_name``)."""
    joined: list[Span] = []
    for ent in ents:
        first = joined[-1] if joined else None
        if first is not None and (_one_person(first, ent) or _particle_name(first, ent)):
            joined[-1] = Span(ent.doc, first.start, ent.end, "PERSON")
        else:
            joined.append(ent)
    return joined


def _particle_name(first: Span, ent: Span) -> bool:
    """ "Arnel" (an organisation) + "dela Vega" (a person whose name begins at its particle)."""
    return (
        ent.label_ == "PERSON"
        and first.end == ent.start
        and len(first) == 1
        and first.label_ == "ORG"  # not "the Democrat Nancy Pelosi"
        and first[0].is_title
        and ent[0].is_lower
        and first[0].lower_ not in TITLES  # "archbishop Monsenor Jorge Scheinig"
        and first.root.head.i in range(ent.start, ent.end)
        and lookup_country(first.text) is None
    )


def _one_person(first: Span, ent: Span) -> bool:
    """ "Amy Berman" + "Jackson": a person's names tagged side by side with a surname, the
    parse hanging them on it, are one name ("Kamloops RCMP Constable" + "Gary Gray" are not)."""
    return (
        first.label_ == ent.label_ == "PERSON"
        and first.end == ent.start
        and len(ent) == 1
        and ent[0].is_title
        and all(t.is_title and t.lower_.rstrip(".") not in TITLES for t in first)
        and first.root.dep_ == "compound"
        and first.root.head.i == ent.start
    )


def of_two_places(ents: list[Span]) -> list[Span]:
    """ "the Islamic State of Iraq *and the Levant*": an organisation named "of" two places,
    the second tagged apart as a place of its own."""
    joined: list[Span] = []
    for ent in ents:
        named = joined[-1] if joined else None
        if (
            named is not None
            and named.label_ == "ORG"
            and any(t.lower_ == "of" for t in named[1:-1])
            and ent.label_ in ("GPE", "LOC")
            and ent.root.dep_ == "conj"
            and ent.root.head.i in range(named.start, named.end)
            and ent.doc[named.end].lower_ == "and"
            and ent.start - named.end <= 2
        ):
            joined[-1] = Span(ent.doc, named.start, ent.end, "ORG")
        else:
            joined.append(ent)
    return joined


def titled(ent: Span) -> Span:
    """A name the model took for a place or an organisation, with a person's role beside it
    ("Gáspár Maróth, the Hungarian Government commissioner", "The current president of
    Namibia, Hage Geingob"): a person; but not a country ("the mayor of Seoul, South Korea")."""
    if ent.label_ not in ("ORG", "GPE") or len(ent) < 2 or lookup_country(ent.text):
        return ent
    role = next((c for c in ent.root.children if c.dep_ == "appos"), None)
    head = ent.root.head
    if (
        role is None
        and ent.root.dep_ == "appos"
        and ent.start > 0
        and ent.doc[ent.start - 1].text == ","
    ):
        role = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head
    if role is None or role.lemma_.lower() not in PERSON_ROLES or role.ent_type_:
        return ent
    return Span(ent.doc, ent.start, ent.end, "PERSON")


@cache
def _bodies() -> frozenset[str]:
    return political_parties() | {row[0].casefold() for row in rows("bodies.tsv")}


_BODY_ENDS = frozenset(
    {"network", "company", "group", "association", "trust", "society", "foundation", "union"}
)
"""Last words of an organisation's name that no person's name ends with."""


def as_body(ent: Span) -> Span:
    """A party's or an institution's short name the model took for a person ("Labour",
    "the Old Bailey", ``data/political_parties.tsv``, ``data/bodies.tsv``), a name that ends
    as only an organisation's does ("Fostering Network"), or one's first word after "the"
    (``_short``): an organisation."""
    name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    ends = len(ent) > 1 and ent[-1].lower_ in _BODY_ENDS
    if ent.label_ != "PERSON" or not (ends or name.casefold() in _bodies() or _short(ent)):
        return ent
    return Span(ent.doc, ent.start, ent.end, "ORG")


def _short(ent: Span) -> bool:
    """ "the Forum" after "The Forum for the Future": an organisation's first word, with "the"."""
    if len(ent) > 1 or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the":
        return False
    return any(
        e.label_ == "ORG" and len(e) > 2 and ent.text in (e[0].text, e[1].text)
        for e in ent.doc.ents
    )


def person_then_body(ent: Span, people: frozenset[str]) -> list[Span]:
    """ "Blair Labour's longest-serving PM": a person's surname run into a party's name in a
    headline is the person and the party."""
    end = ent.end - 1 if ent[-1].dep_ == "case" else ent.end
    if ent.label_ != "PERSON" or end - ent.start < 2 or ent.doc[end - 1].lower_ not in _bodies():
        return [ent]
    if ent.doc[end - 2].text not in people:
        return [ent]
    return [Span(ent.doc, ent.start, end - 1, "PERSON"), Span(ent.doc, end - 1, end, "ORG")]


def named_again(ents: list[Span]) -> list[Span]:
    """``ents`` with every other occurrence of a tagged name of two words or more (an
    organisation's or a person's) tagged so too, in place of the pieces inside it, where no
    entity runs over its edges; in text order."""
    if not ents:
        return ents
    doc = ents[0].doc
    names: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for e in ents:
        # "The Lost 52 Project" is written "Lost 52 Project" in a title
        words = tuple(t.text for t in e if not (t.i == e.start and t.lower_ == "the"))
        if len(words) >= 2 and e.label_ in ("ORG", "PERSON"):
            names.setdefault(words[0], []).append((words, e.label_))
    if not names:
        return ents
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    covered: set[int] = set()
    for token in tokens_where(doc, "ORTH", names):
        for words, label in names[token.text]:
            end = token.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[token.i : end]) != words:
                continue
            inside = {owner[i] for i in range(token.i, end) if i in owner}
            if any(e.start < token.i or e.end > end for e in inside) or covered & set(
                range(token.i, end)
            ):
                continue  # already that name, or another entity runs over an edge
            added.append(Span(doc, token.i, end, label))
            covered |= set(range(token.i, end))
            break
    if not added:
        return ents
    replaced = {id(owner[i]) for i in covered if i in owner}
    kept = [e for e in ents if id(e) not in replaced]
    return sorted(kept + added, key=lambda e: e.start)


def unpunctuated(span: Span) -> Span:
    """ "- Blair" of a headline "Abortion not a poll issue - Blair": the name less the dash
    the model took in; "Pedro Mendes'" less its possessive (his surname is "Mendes")."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].is_punct and span.doc[start].text != "(":
        start += 1
    end -= end - start > 1 and span.doc[end - 1].tag_ == "POS"
    same = (start, end) == (span.start, span.end)
    return span if same else Span(span.doc, start, end, span.label_)


def verbless(span: Span) -> Span:
    """ "O'Connell rejects Lions" of a headline "O'Connell rejects Lions rumours": the name
    less the verb the model ran it on over (a verb in the third person present that says or
    does what a party does) and what follows."""
    lex = lexicon()
    for token in span[1:]:
        lemma = token.lemma_.lower()
        known = lex.states_a_view(lemma) or lemma in lex.act_verbs or lemma in lex.cue_verbs
        if token.tag_ == "VBZ" and token.pos_ == "VERB" and known:
            return Span(span.doc, span.start, token.i, span.label_)
    return span
