"""What a content asks of others: an obligation ("should accept", "must remove"), a need
("we need to", "consumers needed to"), what is vital or needed ("it was vital that", "action
was needed"), an imperative ("Tear the tickets up"), a subjunctive ("that the budget
*include*"), "Let's"; and what it blames them for not having done ("should have acted
sooner")."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.commitments import SELF, has_subject

_OBLIGATION = frozenset({"should", "must", "ought"})
_NEED = frozenset({"need", "have", "ask"})
_IT = frozenset({"it"})
_I = frozenset({"i"})


def asks(tokens: list[Token]) -> bool:
    """The content asks for something: an obligation ("should accept", "must remove", "we
    need to", "consumers needed to", "I am asking", "Let's"), what is vital or needed, an
    imperative ("Do not go"), or a subjunctive ("that the budget *include* funding")."""
    for t in tokens:
        if t.lower_ in _OBLIGATION and t.dep_ == "aux" and not has_subject(t.head, _I):
            return True  # but "I should tell you", "I must say": the speaker's own duty
        after = t.nbor() if t.i + 1 < len(t.doc) else t
        if t.lemma_ == "let" and t.tag_ == "VB" and after.lower_ in ("'s", "us"):
            return True  # "Let's all pray for Mayor Adamowicz"
        asking = t.lemma_ == "ask" or any(c.dep_ == "xcomp" for c in t.children)
        asking = asking and t.tag_ != "VBD"  # not "I had to find a way", "we needed to": told
        own = has_subject(t, SELF) and (t.lemma_ == "ask" or not has_subject(t, _I))
        # "I am asking all Americans", not "I have to be positive"
        if t.lemma_ in _NEED and t.pos_ == "VERB" and own and asking:
            return True
        if _others_need(t) or _necessary(t) or _imperative(t):
            return True
        if t.tag_ in ("VB", "VBP") and t.dep_ == "ccomp" and _subjunctive(t):
            return True
        bare = not any(c.dep_ in ("det", "amod", "poss") for c in t.children)  # not "an
        # exciting time"
        if t.lower_ == "time" and t.dep_ == "attr" and bare and has_subject(t.head, _IT):
            return True  # "it is time for IE6 users to upgrade", "it's time for a change"
    return False


_NOT_NEEDING = frozenset({"will", "would", "may", "might", "could", "not", "n't"})
_CLAUSES = frozenset({"ROOT", "ccomp", "conj"})


def _others_need(verb: Token) -> bool:
    """ "consumers needed to do more", "ISPs need to enhance", "there needs to be": what
    someone or something needs to do is asked of them, as the speaker's own "we need to"
    is; not "will need to" (a forecast), nor in a clause of its own ("in case they need to",
    "what details he needs to declare", "a plant that needs to be shrunk"). ("has to", and
    "it is important to", measured alike on the development gold, turned more right
    stances wrong than wrong ones right.)"""
    if verb.lemma_ != "need" or verb.pos_ != "VERB" or verb.dep_ not in _CLAUSES:
        return False
    if any(c.dep_ in ("aux", "neg") and c.lower_ in _NOT_NEEDING for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    to_do = any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )
    return to_do and subject is not None and subject.lower_ not in ("i", "it", "who", "that")


_OPENING = frozenset({"please", "do", "don't", "not", "n't", '"', "'", "“", "‘"})


def _imperative(verb: Token) -> bool:
    """ "Tear the tickets up", "Do not go", "please refrain from speculating": a sentence that
    opens with a bare verb and has no subject tells someone to do something."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp"):  # '"Go," he said': ccomp
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i]
    return all(t.lower_ in _OPENING for t in before)


_VITAL = frozenset({"vital", "crucial", "essential", "imperative"})


def _necessary(word: Token) -> bool:
    """ "it was vital that young people were informed", "it is crucial to tackle", "action was
    needed on poverty": what is necessary is asked for (not "would be vital", "no change was
    needed"); "important" is left out (``_others_need``). Over the development sets: 11 more
    stances right, none lost on Wikinews or CNN/Daily Mail."""
    verb = word.head if word.dep_ == "acomp" else word
    if word.dep_ == "acomp" and word.lower_ in _VITAL:
        subject = has_subject(verb, _IT)
    elif word.lower_ == "needed" and word.tag_ == "VBN" and word.dep_ in _CLAUSES:
        subject = any(  # not "no change was needed", "examining what aid was needed"
            c.dep_ == "nsubjpass" and not any(d.lower_ in ("no", "what") for d in c.children)
            for c in word.children
        )
    else:
        return False
    hedged = any(c.dep_ in ("aux", "neg") and c.lower_ in _NOT_NEEDING for c in verb.children)
    return subject and not hedged


def _subjunctive(verb: Token) -> bool:
    """A bare verb with a subject of its own and a "that": "that the budget include"; not
    a verb that could be the plain present ("revealed that children *are* deficient")."""
    if verb.lemma_ == "be" and verb.lower_ != "be":
        return False
    subject = any(
        c.dep_ == "nsubj"
        and c.lower_ not in SELF | {"you", "they"}
        and c.tag_ not in ("NNS", "NNPS")
        and not _of_many(c)
        for c in verb.children
    )
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    modal = any(c.dep_ == "aux" for c in verb.children)
    return subject and marked and not modal


def _of_many(subject: Token) -> bool:
    """ "90% of Windows machines have", "half of the voters want": a share of a plural, whose
    verb agrees with the plural."""
    return any(
        g.tag_ in ("NNS", "NNPS")
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )


def reproach(modal: Token) -> bool:
    """ "the government should have acted sooner", "he shouldn't have attended": what others
    ought to have done and did not is blamed on them (not "we should have won": regret)."""
    if modal.lower_ not in _OBLIGATION or modal.dep_ != "aux":
        return False
    verb = modal.head
    have = any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    others = subject is not None and subject.lower_ not in SELF
    return have and verb.tag_ == "VBN" and others
