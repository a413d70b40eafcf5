"""Names the English model tagged that name no actor (for ``entities.never_acts``).

- A name of ``data/not_parties.tsv`` (time zones, honorifics, platforms named as people,
  events) in the labels it lists there.
- A law, not its makers ("the Affordable Care Act").
- A body's common noun or actors' plural tagged as a name ("The Department", "MPs"): the
  source is resolved as a description (``positions.described``).
- An interview's speaker label ("((WN))", "NG:" opening a paragraph).
- Actors described by whose they are, tagged with the name ("Associates of Navalny"): the
  name alone.
- A show's or a film's title before a fame noun and a person's name ("Only Fools and
  Horses star David Jason").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from briefing.analysis.lexicon import described_actors, epithets, rows
from briefing.analysis.names import FIRMS, political_parties

_COMMON_BODIES = frozenset({"state", "university", "project", "department"})


@cache
def listed_not_parties() -> dict[str, frozenset[str] | None]:
    return {
        name.casefold(): frozenset(labels[0].split(";")) if labels else None
        for name, *labels in rows("not_parties.tsv")
    }


_LAWS = frozenset(
    {"act", "law", "bill", "treaty", "directive", "regulation", "amendment", "constitution"}
)


def law(span: Span) -> bool:
    """A law, not its makers: "the Affordable Care Act", "Republic Act No. 3846"."""
    words = [t.lower_ for t in span if not t.is_punct]
    numbered = any(a in _LAWS and b == "no" for a, b in zip(words, words[1:], strict=False))
    return bool(words) and (words[-1] in _LAWS or numbered)


def description(span: Span) -> bool:
    """ "The Department", "State" (of "State prosecutors"), "University", "MPs": a body's
    common noun, or actors' plural, tagged as a name; "the department" is resolved as a
    description (``sources``)."""
    words = [t for t in span if t.lower_ not in ("the", "a", "an")]
    if len(words) != 1:
        return False
    word = words[0]
    if word.lower_ in _COMMON_BODIES or (word.lower_ in FIRMS and word.is_sent_start):
        return True  # "Winemaker rejects Foster's offer": a headline's firm, named below
    if word.tag_ in ("NNS", "NNPS") and word.lemma_.lower() in described_actors():
        return True  # "MPs said", "the MPs": described (``positions.described``)
    # a common noun, capitalised only because it opens the sentence; not an acronym
    # ("UNICEF reported"), a party's name ("Labour said") nor a name the article gives a
    # person elsewhere ("Trump has cited")
    if word.pos_ != "NOUN" or word.text.isupper() or not (word.is_sent_start or not word.is_title):
        return False
    if word.lower_ in political_parties() or named_alone(word):
        return False
    return not any(e.label_ == "PERSON" and word.text in e.text.split() for e in span.doc.ents)


def named_alone(word: Token) -> bool:
    """The article writes ``word`` with its capital, on its own, within a sentence too ("his
    new party, Veritas. Veritas says"): a name, not a common noun opening a sentence."""
    return word.is_title and any(
        t.text == word.text
        and not t.is_sent_start
        and not t.nbor(-1).is_title
        and (t.i + 1 == len(t.doc) or not t.nbor(1).is_title)
        for t in word.doc
        if t.i > 0
    )


def turn_label(span: Span) -> bool:
    """An interview's speaker label: "((WN))", or initials opening a paragraph ("NG: This
    study started"); the one interviewed is named in full elsewhere."""
    doc, text = span.doc, span.text
    before = "".join(t.text_with_ws for t in doc[max(0, span.start - 2) : span.start])
    if text.casefold() in ("wn", "wikinews") and before.endswith("(("):
        return True
    after = doc[span.end].text if span.end < len(doc) else ""
    opens = span.start == 0 or "\n" in before
    return opens and text.isupper() and 2 <= len(text) <= 3 and after == ":"


def actors_of(span: Span) -> Span:
    """ "Associates of Navalny", "Relatives of Harry Dunn" tagged as one name at a sentence's
    start: actors described by whose they are (``positions.described``), and the name after
    "of", which is a mention of its own."""
    first = span[0]
    if (
        len(span) < 3
        or not first.is_sent_start
        or first.tag_ not in ("NNS", "NNPS")
        or first.lemma_.lower() not in described_actors()
        or span[1].lower_ != "of"
        or span[2].pos_ != "PROPN"
    ):
        return span
    return Span(span.doc, span.start + 2, span.end, span.label_)


_IN_TITLES = frozenset({"and", "of", "the", "&"})


def work_title(span: Span) -> bool:
    """ "Only Fools and Horses star David Jason", "Seinfeld star Jason Alexander": a name the
    model took for a person that a title's words, a fame noun (``data/epithets.tsv``) and a
    person's name follow is a show or a film, not an actor (the parser made "Fools" the
    subject beside David Jason)."""
    doc, i = span.doc, span.end
    while i < min(len(doc), span.end + 5) and doc[i].lemma_.lower() not in epithets():
        if not (doc[i].is_title or doc[i].lower_ in _IN_TITLES) or doc[i].ent_type_:
            return False
        i += 1
    if i + 1 >= len(doc) or doc[i].tag_ != "NN" or doc[i].lemma_.lower() not in epithets():
        return False
    if not doc[i - 1].is_title:
        return False  # "Bill Clinton and singer Harry Belafonte": two people
    return doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "B"
