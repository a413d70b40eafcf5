"""Whether reported content binds its speaker (``stance``: commits): "I will present a
bill", "Pierluisi stated he would leave the governorship if ...", "Air Deccan has said it
will base", "The firm said it planned to spend", "We are committed to", "We are ready to
pay"; not "would prefer", "would have died", "doubt whether he would", "I will be criticised",
"I don't think we'll see"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

SELF = frozenset({"i", "we"})
CONDITIONS = frozenset({"if", "unless", "whether"})
"""The marks of a clause set on a condition, or asked about ("if", "whether")."""
_REPORTED_PROMISE = frozenset({"would"})
_PEOPLE = frozenset({"he", "she", "i", "who"})
"""Sources that are a person: "it would" in what a person says is not the person ("Mr Jobs
said it would appeal to"); in what a body says, it is the body ("Yukos said it would
consider its options")."""
_NOT_DEEDS = frozenset(
    {"be", "have", "prefer", "like", "love", "want", "need", "lose", "seem", "become", "know"}
    | {"say", "think", "imagine", "suppose", "guess"}  # "I would say", "I would think"
)
_LIKELY = frozenset({"likely", "probably", "possibly", "perhaps", "maybe"})
_PROMISE = frozenset(
    {"will", "shall", "'ll", "commit", "promise", "pledge", "vow", "intend", "plan"}
)


def has_subject(verb: Token, words: frozenset[str]) -> bool:
    """Whether ``verb`` has a subject among ``words`` ("we", "it")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words for c in verb.children)


def content_commitment(
    tokens: list[Token],
    source: Token | None = None,
    same_holder: Callable[[Token], bool] = lambda _t: False,
) -> bool:
    """The speaker binds themself: "I will present a bill", "I commit that I will", and in
    reported speech "Pierluisi stated he would leave the governorship if ...", "Air Deccan
    has said it will base" ("it" or "they" that ``same_holder`` finds is the speaker, whatever
    the tagger took the speaker's name for; the caller passes it for reported speech only)."""
    me = SELF | _reported_self(source)
    body = source is not None and source.ent_type_ != "PERSON" and source.lower_ not in _PEOPLE

    def own(verb: Token) -> bool:
        if has_subject(verb, me):
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.lower_ in ("he", "she") and same_holder(c) for c in subjects):
            return True  # "Pierluisi said he intended to sue", of a name tagged otherwise
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        promised = aux & _WILL or verb.lemma_ in _PROMISE or (aux & _REPORTED_PROMISE and body)
        if promised and any(c.lower_ in ("it", "they") and same_holder(c) for c in subjects):
            return True
        return bool(aux & (_WILL | _REPORTED_PROMISE)) and any(
            _speakers_side(c, same_holder) for c in subjects
        )  # "Mr Kilroy-Silk said Veritas would avoid": the speaker's own party

    def bound(verb: Token) -> bool:  # "We are committed to", "The Tate is committed to"
        return own(verb) or any(
            c.dep_ == "nsubj" and _speakers_side(c, same_holder) for c in verb.children
        )

    for t in tokens:
        binding = t.lemma_ in _PROMISE | _REPORTED_PROMISE or any(
            c.dep_ == "aux" and c.lower_ in _PROMISE | _REPORTED_PROMISE for c in t.children
        )
        if binding and t.pos_ in ("VERB", "AUX") and own(t) and _deed(t):
            return True
        if t.lower_ in _BOUND and t.dep_ == "acomp" and _to_act(t) and bound(t.head):
            return True  # "We are committed to", "ready to pay"
    return False


def _speakers_side(subject: Token, same_holder: Callable[[Token], bool]) -> bool:
    """A subject that is the speaker's side: its party or body by name ("Veritas would"), or
    a body of theirs ("her party would boost", the Mexican minister's "the Mexican government
    would")."""
    if subject.pos_ == "PROPN":
        return same_holder(subject)
    if subject.lower_ not in _BODIES and subject.lemma_ not in _BODIES:
        return False
    return any(
        c.dep_ in ("poss", "amod", "compound") and (c.lower_ in _OWNERS or same_holder(c))
        for c in subject.children
    )


def _to_act(word: Token) -> bool:
    """ "ready to pay", "committed to reforming": bound to act; not "prepared for talks"."""
    return any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to" and word.lower_ == "committed")
        for c in word.children
    )


def _deed(verb: Token) -> bool:
    """What a speaker can bind themself to do: not "would prefer", "would be okay", "will
    likely lose", what would have been, nor what they wonder whether they would."""
    if verb.lemma_ in _NOT_DEEDS:
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "he would have died had he not been": what did not happen
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return False  # "to doubt whether he would"
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "I will be criticised", "we will be rewarded": done to them
    if verb.dep_ == "ccomp" and verb.head.lemma_ in _GUESSES:
        return False  # "I don't think we'll see", "We hope we will": a guess
    return not any(c.dep_ == "advmod" and c.lower_ in _LIKELY for c in verb.children)


_GUESSES = frozenset({"think", "hope", "expect", "believe", "suspect", "doubt", "guess"})

_BODIES = frozenset(
    {"party", "government", "administration", "team", "company", "firm", "group", "ministry"}
)
_OWNERS = frozenset({"his", "her", "its", "their", "our", "my"})
_BOUND = frozenset({"committed", "ready", "determined", "prepared"})
"""What a speaker says it is to act ("We are committed to", "he was prepared to fight")."""
_WILL = frozenset({"will", "'ll", "shall"})
"""What binds a body that says "it will": not "it would", which is as often a guess."""


def _reported_self(source: Token | None) -> frozenset[str]:
    """How reported speech names the speaker: "he", "she" for a person, "they" for many,
    "it" or "they" for a body or a country."""
    if source is None:
        return frozenset()
    if source.ent_type_ == "PERSON" or source.lower_ in ("he", "she"):
        return frozenset({"he", "she"})
    if source.tag_ in ("NNS", "NNPS") or source.lower_ == "they":  # "officers indicated they
        return frozenset({"they"})  # would appeal"
    if source.ent_type_ in ("ORG", "GPE"):  # "Labour has said it will allow", "they will"
        return frozenset({"it", "they"})
    return frozenset()
