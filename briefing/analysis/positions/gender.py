"""Whether a person of an article is "he" or "she", from what the article itself says, so
that "She told the court" is not given to the man named last.

The evidence, counted per person: a title in or before the name ("Mr", "Mme", "Queen"), a
gendered noun naming them ("Ann Lee, the congresswoman", "Amira Abase was one of three
girls"), each twice; and once each, the third-person pronouns after them, outside quotes
(``quotes``, single or double), in a sentence whose subject they are (outside a quote too)
and that names no other person ("Spanton said her attackers ..."), objects aside ("Rojo
invited her": someone else). A person is "he" or "she" when one side has more than twice the
other's count; otherwise either pronoun fits them.

When the article says nothing either way, a first name that is nearly always one gender
counts twice too ("Marcus Rojo", "Sarah Watson": ``data/first_names.tsv``, built from the MIT
licensed nomquamgender data by ``benchmarks/training/first_names.py``; names such as "Kim" or
"Jamie" are not in it).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import first_names, person_nouns
from briefing.analysis.positions.quotes import quotes, within

HE, SHE = "he", "she"
_PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself"), HE),
    **dict.fromkeys(("she", "her", "hers", "herself"), SHE),
}
_TITLES = {
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "monsieur", "m."), HE),
    **dict.fromkeys(("mrs", "ms", "miss", "mme", "madame", "lady", "dame", "queen"), SHE),
    "princess": SHE,
}
_EITHER = frozenset({"chairman", "spokesman"})
"""Titles a British paper gives women too ("UKIP chairman Petrina Holdsworth ... She said"):
no evidence of "he" beside a name."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "pobj"})


def pronoun_gender(word: str) -> str | None:
    """ "he" or "she" for a third-person singular pronoun, else None."""
    return _PRONOUNS.get(word.lower())


def _named_as(token: Token) -> str | None:
    """The gender a title or gendered noun beside a name's word gives it."""
    doc = token.doc
    words = [token, *(c for c in token.children if c.dep_ in ("compound", "appos"))]
    if token.i > 0:
        words.append(doc[token.i - 1])
    if token.dep_ == "appos":
        words.append(token.head)
    subject = token.head if token.dep_ == "appos" else token  # "its star Hilary Swank was"
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":  # "Amira was one of three girls"
        for said in (c for c in subject.head.children if c.dep_ == "attr"):
            words += [said, *(t for c in said.children if c.dep_ == "prep" for t in c.children)]
    for word in words:
        noun = word.lemma_.lower()
        told = None if noun in _EITHER else person_nouns().get(noun)
        found = _TITLES.get(word.lower_.rstrip(".")) or told
        if found is not None:
            return found
    return None


def _first_name(token: Token) -> str | None:
    """The gender of a first name that opens a name of two words or more ("Marcus Rojo"; not
    "Dawn" alone, a newspaper as often as a woman)."""
    doc = token.doc
    if token.ent_iob_ != "B" or token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I":
        return None
    return first_names().get(token.lower_)


def genders(
    doc: Doc,
    party_of_token: dict[int, str],
    kind: dict[str, str],
    quoted: list[tuple[int, int]] | None = None,
) -> dict[str, str]:
    """Person party id -> "he" or "she", for the persons the article makes clear; ``quoted``
    are the document's quotes when the caller has them."""
    votes: dict[str, Counter] = defaultdict(Counter)
    named: dict[str, str] = {}
    for i, party in party_of_token.items():
        if kind.get(party) != "PERSON":
            continue
        if (found := _named_as(doc[i])) is not None:
            votes[party][found] += 2
        if party not in named and (given := _first_name(doc[i])) is not None:
            named[party] = given
    for party, given in named.items():
        votes[party][given] += 2
    spans = quotes(doc.text) if quoted is None else quoted
    people = sorted(i for i, party in party_of_token.items() if kind.get(party) == "PERSON")
    for sentence in doc.sents:
        here = people[bisect_left(people, sentence.start) : bisect_left(people, sentence.end)]
        named = [doc[i] for i in here]
        if len({party_of_token[t.i] for t in named}) != 1:
            continue
        subject = next((t for t in named if t.dep_ in _SUBJECTS), None)
        if subject is None or within(subject.idx, spans):
            continue  # "she testified she was attacked by X": X is not the one who says
        for t in sentence[subject.i - sentence.start + 1 :]:
            found = _PRONOUNS.get(t.lower_)
            if found is not None and t.dep_ not in _OBJECTS and not within(t.idx, spans):
                votes[party_of_token[subject.i]][found] += 1
    result = {}
    for party, count in votes.items():
        (found, n), *rest = count.most_common()
        if not rest or n > 2 * rest[0][1]:
            result[party] = found
    return result
