"""The entity spans an article's parties are made of, corrected where the English model errs.

- "Biden and Sanders" tagged as one name, when both are people named apart elsewhere in the
  article, is two people.
- "Plaid Cymru - 4" (a results list) is "Plaid Cymru".
- A proper noun that the model left untagged but that speaks or issues an act ("Facebook
  further claimed", "Facebook released a statement", with only "Facebook Ireland Limited"
  tagged) is an actor: a person when a tagged person bears that name, else an organisation.
  A tagged person's name states a view with any view verb or any verb that is often a cue
  ("Pelosi had previously opposed", "Rittenhouse contended").
- A person's name the model cut short ("Sacha Baron Cohen" tagged "Cohen", "Judge Amy Berman
  Jackson" tagged "Amy Berman") runs on over the capitalised singular proper nouns after it
  that no other entity holds, and before it when it is one word but never over a title
  ("Judge", "District Attorney"), nor into a body's noun ("Trump Administration").
- An organisation named "of" a place is one name, and a court "for" its circuit ("the American
  Civil Liberties Union of Montana", "the Court of Appeals for the D.C. Circuit").
- A country the model ran into the name after it ("Prime Minister of India Narendra Modi") is
  cut off.
- A name tagged as a place or an organisation with a person's role beside it ("Gáspár Maróth,
  the Hungarian Government commissioner") is a person.
- A person's surname tagged as a place, an organisation or an event ("Klobuchar" as a place,
  with "Amy Klobuchar" a person in the article; "Pelosi" as an event) is the person.
- A name that never acts (``data/not_parties.tsv``: time zones, honorifics, platforms named
  as people, events) is no actor; nor is a "person" that is a place or building: "in Ain
  Issa", "at John Radcliffe Hospital", nor a capitalised function word ("Amongst").
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import STRONG_CUE, lexicon
from briefing.analysis.names import TITLES
from briefing.analysis.polity import INSTITUTIONS

GENERIC_BODIES = frozenset(
    ["administration", "campaign", "committee", "council", "foundation", "office", "team"]
)
"""Nouns that end a body's name, not a person's ("Trump Administration")."""

_COMMON_BODIES = frozenset({"state", "university", "project", "department"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "into"})
_BUILDINGS = frozenset(
    {
        "hospital",
        "school",
        "university",
        "college",
        "street",
        "square",
        "airport",
        "station",
        "bridge",
        "road",
        "avenue",
        "park",
        "stadium",
        "prison",
        "hotel",
        "church",
        "mosque",
    }
)
_TITLED = frozenset({"mr", "mrs", "ms", "dr", "president", "judge", "minister", "senator"})


@cache
def _not_parties() -> dict[str, frozenset[str] | None]:
    text = resources.files("briefing.analysis").joinpath("data/not_parties.tsv").read_text("utf-8")
    table: dict[str, frozenset[str] | None] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, labels = line.partition("\t")
        table[name.casefold()] = frozenset(labels.split(";")) if labels else None
    return table


_LAWS = frozenset(
    {"act", "law", "bill", "treaty", "directive", "regulation", "amendment", "constitution"}
)


def _description(span: Span) -> bool:
    """ "The Department", "State" (of "State prosecutors"), "University": a body's common
    noun tagged as a name; "the department" is resolved as a description (``sources``)."""
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if len(words) != 1:
        return False
    word = words[0]
    if word.lower_ in _COMMON_BODIES:
        return True
    # a common noun, capitalised only because it opens the sentence; not an acronym
    # ("UNICEF reported") nor a name the article gives a person elsewhere ("Trump has cited")
    if word.pos_ != "NOUN" or word.text.isupper() or not (word.is_sent_start or not word.is_title):
        return False
    return not any(e.label_ == "PERSON" and word.text in e.text.split() for e in span.doc.ents)


def _law(span: Span) -> bool:
    """A law, not its makers: "the Affordable Care Act", "Republic Act No. 3846"."""
    words = [t.lower_ for t in span if not t.is_punct]
    return bool(words) and (
        words[-1] in _LAWS or (len(words) > 1 and words[0] in _LAWS and words[1] == "no")
    )


def never_acts(span: Span) -> bool:
    """A name that is never an actor of the news, or a "person" that is a place."""
    listed = _not_parties().get(span.text.strip().casefold(), False)
    if listed is None:
        return True
    if listed and span.label_ in listed and span.root.dep_ not in ("nsubj", "nsubjpass"):
        return True  # "on Twitter"; but "Twitter said" is the company speaking
    if span.label_ != "PERSON" and _law(span):
        return True
    if span.label_ == "ORG" and _description(span):
        return True
    if len(span) == 1 and span[0].tag_ == "NNS" and span.label_ in ("PERSON", "GPE", "LOC", "FAC"):
        return True  # "Protesters" at a sentence's start, tagged as a place: a common noun
    if all((t.is_stop and not t.is_upper) or t.is_punct for t in span):
        return True  # "Amongst" at a sentence's start, tagged as a place
    if span.label_ == "PERSON":
        if any(t.lower_ in _BUILDINGS for t in span):
            return True
        root = span.root
        titled = span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in _TITLED
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE and not titled:
            return True
    return False


def _split_pair(span: Span, people: set[str]) -> list[Span]:
    """ "Biden and Sanders" as two people when each is named apart in the article."""
    cut = next((t.i for t in span if t.lower_ in ("and", "&")), None)
    if cut is None or cut == span.start or cut == span.end - 1:
        return [span]
    left, right = span.doc[span.start : cut], span.doc[cut + 1 : span.end]
    if left[-1].text in people and right[-1].text in people:
        return [
            Span(span.doc, left.start, left.end, "PERSON"),
            Span(span.doc, right.start, right.end, "PERSON"),
        ]
    return [span]


def _trim_count(span: Span) -> Span:
    """ "Plaid Cymru - 4": the name without a trailing dash and number; "National Emergency
    Operation Centre (NEOC": without an opened bracket the name does not close."""
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" for t in span) and opened[0] > span.start:
        span = Span(span.doc, span.start, opened[0], span.label_)
    end = span.end
    while end - span.start > 1 and (span.doc[end - 1].like_num or span.doc[end - 1].is_punct):
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, span.label_)


def _untagged_speakers(doc: Doc, people: set[str]) -> list[Span]:
    """Proper nouns outside every entity that are the subject of a reliable speech verb, or
    of any verb stating a view when a tagged person bears the name ("Pelosi had previously
    opposed", with "Nancy Pelosi" tagged elsewhere)."""
    lex = lexicon()
    tagged = {t for e in doc.ents for t in range(e.start, e.end)}

    def speaks(verb: Token, known: bool) -> bool:
        if lex.speaks(verb.lemma_) or any(
            c.dep_ in ("xcomp", "advcl") and lex.speaks(c.lemma_) for c in verb.children
        ):
            return True  # "Schwartz went on to say"
        often = lex.verb_strength(verb.lemma_) >= STRONG_CUE  # "Rittenhouse contended"
        if known and (lex.states_a_view(verb.lemma_) or often):
            return True
        return verb.lemma_ in lex.act_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.act_stances for c in verb.children
        )

    names = {e.text: e.label_ for e in doc.ents if len(e) == 1 and e.label_ in ("ORG", "PERSON")}
    found: list[Span] = []
    for token in doc:
        head = token.head
        known = token.text in people or token.text in names  # "NEOC" tagged elsewhere
        if (
            token.dep_ != "nsubj"
            or (token.pos_ != "PROPN" and not known)
            or token.i in tagged
            or head.pos_ != "VERB"
            or not speaks(head, known)
            or not (token.is_title or token.text in names)
            or any(c.dep_ == "det" for c in token.children)  # "The President": a role
        ):
            continue
        words = {c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"}
        start = token.i
        while (
            not known and start - 1 in words and start - 1 not in tagged and doc[start - 1].is_title
        ):
            start -= 1  # the untagged words of the name; a known person's name is enough
        if start == token.i and words and not known:
            continue  # a name whose first words the model tagged as something else
        label = "PERSON" if token.text in people else names.get(token.text, "ORG")
        found.append(Span(doc, start, token.i + 1, label))
    return found


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


def _with_place(ents: list[Span]) -> list[Span]:
    """An organisation named "of" a place it belongs to is one name: "the American Civil
    Liberties Union of Montana", "the Supreme Court of Justice of Austria"; so is a court "for"
    its circuit ("the Court of Appeals for the D.C. Circuit")."""
    joined: list[Span] = []
    skip = False
    for k, ent in enumerate(ents):
        if skip:
            skip = False
            continue
        doc = ent.doc
        after = ents[k + 1] if k + 1 < len(ents) else None
        if _court_for(ent, after):
            joined.append(Span(doc, ent.start, after.end, "ORG"))
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


def _whole_name(span: Span, tagged: set[int]) -> Span:
    """A person's span run on over the untagged capitalised singular proper nouns after it,
    and, for a one-word span ("Cohen"), before it from the last title word on ("Judge"); a
    two-word one takes one more word before it that the parse makes part of the name."""
    if span.label_ != "PERSON":
        return span
    doc = span.doc

    def part(i: int) -> bool:
        t = doc[i]
        return (
            t.tag_ == "NNP"
            and t.is_title
            and i not in tagged
            and t.lower_ not in INSTITUTIONS
            and t.lower_ not in GENERIC_BODIES
        )

    start, end = span.start, span.end
    while len(span) == 1 and start > 0 and part(start - 1):
        start -= 1
    joined = start > 0 and span.start <= doc[start - 1].head.i < span.end
    if len(span) == 2 and joined and part(start - 1):
        start -= 1  # "Carmen Yulín Cruz" tagged "Yulín Cruz": a first name the parse joins
    titles = [i for i in range(start, span.start) if doc[i].lower_ in TITLES]
    start = titles[-1] + 1 if titles else start  # "District Attorney Vance": "Vance"
    while end < len(doc) and part(end):
        end += 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, "PERSON")


_MISTAKEN = frozenset({"GPE", "LOC", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP"})


def _surname(ent: Span, people: set[str]) -> Span:
    """ "Klobuchar" tagged as a place or an organisation, where the article names "Amy
    Klobuchar" as a person: the person."""
    if len(ent) == 1 and ent.label_ in _MISTAKEN and ent.text in people:
        return Span(ent.doc, ent.start, ent.end, "PERSON")
    return ent


_PERSON_ROLES = frozenset(
    {
        "president", "minister", "chancellor", "secretary", "senator", "governor", "mayor",
        "judge", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
        "commissioner", "director", "chairman", "chairwoman", "prosecutor", "professor",
    }
)  # fmt: skip


def _country_then_name(ent: Span) -> list[Span]:
    """ "Prime Minister of *India Narendra Modi*" tagged as one name: the country, and the
    person after it."""
    doc = ent.doc
    after_of = ent.start > 0 and doc[ent.start - 1].lower_ == "of"
    if len(ent) < 3 or not after_of or ent.label_ not in ("PERSON", "ORG"):
        return [ent]
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent[1:]):
        return [ent]
    if lookup_country(ent[0].text) is None:
        return [ent]
    return [Span(doc, ent.start, ent.start + 1, "GPE"), Span(doc, ent.start + 1, ent.end, "PERSON")]


def _titled(ent: Span) -> Span:
    """A name the model took for a place or an organisation, with a person's role beside it
    ("Gáspár Maróth, the Hungarian Government commissioner"): a person."""
    if ent.label_ not in ("ORG", "GPE") or len(ent) < 2:
        return ent
    role = next((c for c in ent.root.children if c.dep_ == "appos"), None)
    if role is None or role.lemma_.lower() not in _PERSON_ROLES or role.ent_type_:
        return ent
    return Span(ent.doc, ent.start, ent.end, "PERSON")


def entity_spans(doc: Doc) -> list[Span]:
    """The entities of ``doc``, with pairs split, list counts trimmed and untagged speakers
    added, in text order."""
    ents = [_titled(e) for e in doc.ents]
    people = {e[-1].text for e in ents if e.label_ == "PERSON" and " and " not in e.text}
    tagged = {t for e in ents for t in range(e.start, e.end)}
    spans: list[Span] = []
    ents = [part for e in ents for part in _country_then_name(e)]
    for ent in _with_place(ents):
        ent = _whole_name(_surname(ent, people), tagged)
        if ent.label_ in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            spans.extend(_trim_count(s) for s in _split_pair(ent, people))
        else:
            spans.append(ent)
    spans.extend(_untagged_speakers(doc, people))
    return sorted(spans, key=lambda s: s.start)
