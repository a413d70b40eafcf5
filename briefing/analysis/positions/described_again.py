"""Descriptions that refer back (for ``positions``): "The family said" after "his family
reported", "the central bank" after "the Libyan central bank", and "they" or "she" after the
group or the person described last (``described``)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from briefing.analysis.lexicon import described_actors, lexicon, person_nouns
from briefing.analysis.positions.described import Description, phrase_of
from briefing.analysis.positions.documents import describing_words
from briefing.analysis.positions.gender import pronoun_gender

_BEFORE = frozenset({"kin", "writing", "record", "person", "body", "seat"})
"""Descriptions that "the" makes the one described before: "the family", "the study", "the
woman" (after "A university undergraduate")."""


def described_before(
    head: Token, earlier: list[tuple[int, str, Description]]
) -> Description | None:
    """ "The family said", after "his family reported"; "The study reports", after "US study
    finds"; "The court determined", after "A New York court ruled": a kin, writing, body or
    seat noun with "the" and no possessor is the one of that noun described last before it
    (``earlier``: each described source's token index, lemma and description, in text
    order)."""
    when = "seat" if body_again(head) else described_actors().get(head.lemma_.lower(), ("",))[0]
    if head.pos_ != "NOUN" or when not in _BEFORE:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    lemma = head.lemma_.lower()
    words = describing_words(head)
    if when == "seat" and words:  # "The Seoul government" is its own, after "the
        # government" too; but "the central bank" is "the Libyan central bank" said before
        same = [
            d
            for i, word, d in earlier
            if word == lemma and i < head.i and words <= describing_words(head.doc[i])
        ]
        return replace(same[-1], phrase=phrase_of(head).text) if same else None
    if when == "person" and head.tag_ == "NN":  # "The young woman said ... The student
        # says": one person; a word that tells "he" or "she" only one that told the same
        told = person_nouns().get(lemma)
        same = [
            d
            for i, word, d in earlier
            if d.individual and i < head.i and (told is None or _told(head.doc[i], word) == told)
        ]
    else:
        same = [d for i, word, d in earlier if word == lemma and i < head.i]
    return replace(same[-1], phrase=phrase_of(head).text) if same else None


def body_again(head: Token) -> bool:
    """ "the inquiry found", "The committee said": a body that needs a qualifying word to be
    described ("A New South Wales state inquiry", "An all-party committee"), in the singular
    with "the", which ``described_before`` makes the one of its noun described before, as it
    does a seat."""
    when, kind = described_actors().get(head.lemma_.lower(), ("", ""))
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return when == "qualified" and kind == "ORG" and head.tag_ == "NN" and the


def _told(source: Token, word: str) -> str | None:
    """Whether the person a source describes is "he" or "she": by its word ("woman"), else
    by the first such pronoun after it in its sentence ("A university undergraduate has
    revealed how she turned to ...")."""
    known = person_nouns().get(word) or pronoun_gender(word)
    if known is not None:
        return known
    after = source.doc[source.i + 1 : source.sent.end]
    return next((g for t in after if (g := pronoun_gender(t.text)) is not None), None)


def _spoke(source: Token) -> bool:
    """ "an all-party committee *said*": a body described that spoke, for "it" (not "The
    report said", whose maker speaks, nor "An umbrella organisation ... has been set up")."""
    verb = source.head  # not "An umbrella organisation called the DEC", read as a call
    return source.dep_ == "nsubj" and verb.lemma_ != "call" and lexicon().speaks(verb.lemma_)


def they_described(
    pronoun: Token, earlier: list[tuple[int, str, Description]]
) -> Description | None:
    """ "They found the DNA ...", after "an international team of scientists report": "they"
    that names no party is the group described last, in its sentence or the one before; "she"
    or "he" likewise the person described last that the word fits ("The young woman said
    ... She said"), and "it" the body ("an all-party committee said ... It blamed"), when no
    subject of another stands between."""
    word = pronoun.lower_
    if word not in ("they", "he", "she", "it"):
        return None
    kind, tags = ("GROUP", ("NNS", "NNPS")) if word == "they" else ("PERSON", ("NN", "NNP"))
    if word == "it":  # "an all-party committee said ... It blamed"
        kind = "ORG"
    sentence = pronoun.sent
    before = sentence.start - 1
    start = pronoun.doc[before].sent.start if before >= 0 else sentence.start
    found = [
        (i, d)
        for i, lemma, d in earlier
        if start <= i < pronoun.i
        and d.kind == kind
        and not (word == "it" and (d.writing or not _spoke(pronoun.doc[i])))
        and person_nouns().get(lemma, word) in (word, "they")
    ]
    if not found:
        return None
    at, described_last = found[-1]
    others = pronoun.doc[at + 1 : pronoun.i]  # "Police arrived ... where they found him"
    if any(
        t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in tags and t.head.dep_ == "ROOT"
        for t in others
    ):
        return None
    return described_last
