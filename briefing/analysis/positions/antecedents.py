"""What a pronoun stands for when its own sentence says: a relative pronoun's noun, "they"
of a group named in its sentence, or the group the sentence before is about; and actors
named again with "the" ("the sources") the mention before that says whose they are."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefing.analysis.lexicon import described_actors, person_nouns

_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
GROUPS = frozenset({"family", "government", "police", "team", "committee", "council"})
"""Nouns a reporter refers back to with "they" in the singular ("The family said they")."""


def _they(head: Token) -> Token | None:
    """ "State prosecutors charged him with murder, they said": "they" saying what the
    plural noun before it did is that noun; "The family said they planned": "they" in what a
    group said is that group. Only a common noun: a named party is found by ``sources``."""
    if head.lower_ != "they" or head.dep_ != "nsubj":
        return None
    verb = head.head
    if verb.dep_ == "ccomp":  # "The family said they planned"
        outer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if outer is not None and outer.i < head.i and _group(outer):
            return outer
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < head.i]
    for clause in reported:  # "prosecutors charged him with murder, they said"
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and _group(subject):
            return subject
    if verb.dep_ in ("relcl", "advcl"):  # "officials went to the station where they claimed"
        outer_verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        kids = outer_verb.children if outer_verb is not None else ()
        outer = next((c for c in kids if c.dep_ == "nsubj"), None)
        if outer is not None and outer.i < head.i and _group(outer):
            return outer
    return _previous_subject(head)


def _previous_subject(head: Token) -> Token | None:
    """ "The researchers used satellite imagery ... From this, they concluded": "they"
    opening what its sentence says is the group the sentence before is about."""
    verb, sent = head.head, head.sent
    if verb.dep_ != "ROOT" or sent.start == 0:
        return None
    if any(c.dep_ == "nsubj" and c.i < head.i for c in verb.children):
        return None
    before = head.doc[sent.start - 1].sent.root
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "they":  # "They also found": the same
        return _previous_subject(subject)
    return subject if subject is not None and subject.tag_ == "NNS" and _group(subject) else None


def _group(noun: Token) -> bool:
    if noun.pos_ != "NOUN":
        return False
    return noun.tag_ == "NNS" or noun.lemma_.lower() in GROUPS


def _said_to_be(noun: Token) -> Token | None:
    """ "he was the only candidate who based his platform on ...": the noun that a named
    subject or a pronoun is said to be stands for that subject."""
    if noun.dep_ != "attr" or noun.pos_ != "NOUN":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("PRON", "PROPN") else None


def _personal(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in person_nouns() or described_actors().get(lemma, ("", ""))[1] == "PERSON"


def _person_over(noun: Token) -> Token:
    """ "David Kahn, a leading expert on code-breaking, who has confirmed": the one "who"
    stands for when the parser hung its clause on a thing a preposition names, the noun that
    the preposition's phrase describes, and the name that noun is set beside."""
    if noun.ent_type_ or _personal(noun) or noun.dep_ != "pobj":
        return noun
    described = noun
    while described.dep_ == "pobj" and described.head.dep_ == "prep":
        described = described.head.head
    if not _personal(described):
        return noun
    while described.dep_ in ("appos", "conj") and described.head.pos_ in ("NOUN", "PROPN"):
        described = described.head
    return described


def antecedent(head: Token) -> Token | None:
    """What a pronoun stands for when its sentence says: the noun a relative clause modifies,
    or, where the parser left "who" outside a relative clause ("according to police, who
    said", "according to CNN who reported"), the noun just before it or its comma; "they"
    of a group in its sentence (``_they``); "the sources" named with whose they are just
    before (``_named_again``)."""
    if head.lower_ == "they":
        return _they(head)
    if head.lower_ not in _RELATIVE:
        return _named_again(head)
    if head.head.dep_ in ("relcl", "acl"):
        noun = head.head.head
        return _said_to_be(noun) or (_person_over(noun) if head.lower_ == "who" else noun)
    if head.lower_ not in ("who", "which") or head.i < 2:
        return None
    noun = head.doc[head.i - 1]  # "according to CNN who reported": no comma
    if noun.text == ",":
        noun = head.doc[head.i - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def description_before(token: Token, sentences: list[Span], here: int) -> Token | None:
    """The description "it" (``token``, in sentence ``here``) may stand for: the last noun
    before it in its sentence that is "the" and a singular common noun, a subject or a
    subject's possessor ("The company's shares fell after it said"); else the subject of the
    sentence before so described ("The company has sought bailouts. Last month it said").
    """
    found = [t for t in sentences[here] if t.i < token.i and _definite_subject(t)]
    if not found and here > 0:
        found = [t for t in sentences[here - 1] if _definite_subject(t) and t.dep_ != "poss"]
    return found[-1] if found else None


def _definite_subject(token: Token) -> bool:
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.ent_type_:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    return (token.head if token.dep_ == "poss" else token).dep_ in ("nsubj", "nsubjpass")


def fronted_participle(token: Token) -> set[int]:
    """The words of a participle clause set before the verb whose subject ``token`` is, that
    clause's unspoken subject being ``token``'s referent ("Responding to criticism from Alan
    Hansen, he insisted": not Hansen)."""
    if token.dep_ != "nsubj":
        return set()
    return {
        t.i
        for c in token.head.children
        if c.dep_ == "advcl"
        and c.i < token.i
        and c.tag_ in ("VBG", "VBN")
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        for t in c.subtree
    }


_AGAIN = 2
"""Sentences searched back for the actors "the officials" names again."""


def _named_again(head: Token) -> Token | None:
    """ "citing sources within the Department of Defense. ... the sources said": actors
    named again with "the" alone, the last mention of them before (in their sentence or the
    ``_AGAIN`` before) that says whose they are."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return None
    if [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"]:
        return None
    whose = ("prep", "compound", "poss", "amod")
    starts = 0  # sentence starts passed (``Token.sent`` would walk the whole document)
    for t in reversed(head.doc[: head.i]):
        if t.lemma_ == head.lemma_ and t.tag_ == "NNS" and any(c.dep_ in whose for c in t.children):
            return t  # not "the latest studio" for "the studios"
        starts += t.is_sent_start
        if starts > _AGAIN:
            return None
    return None
