"""A second cue the parser joined to a verb inside what the first one reports (a parse
repair, run after the parser).

"Davis said it was not possible to overstate the importance of the judgment and urged the
government to move": the English model hangs "urged" on "overstate", inside what Davis said,
so the urging has no speaker and his statement runs on over it. A finite verb (past or
present) joined to a bare infinitive cannot share its clause; when it has no subject of its
own and its tense is the tense of the speech verb that reports the infinitive's clause, it is
that verb's second predicate, and is hung on it again. So is a speech verb joined to a verb
whose subject is a thing ("Livingstone has said his comments ... were not racist, and said he
would not apologise"): a thing does not speak. A verb's tense is its own or its helper's
("Yukos claims its downfall was punishment ... and has vowed to sue": a perfect is finite).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon, person_nouns
from briefing.analysis.scan import tokens_where

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
BELIEFS = frozenset({"believe", "think"})
"""Verbs of belief, cues too rarely to speak on their own, that report as speech verbs do:
"He believes the rivalry is overblown and instead thinks the real battle is ..."."""


def _reports(lemma: str) -> bool:
    return lexicon().speaks(lemma) or lemma in BELIEFS


def _reporting(verb: Token) -> Token | None:
    """The speech verb whose reported clause holds ``verb``, if any."""
    clause = verb
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not _reports(clause.head.lemma_):
        return None
    return clause.head


def _speaks_apart(verb: Token, head: Token) -> bool:
    """ "Prescott has said the current system is not sustainable and said there would be
    radical reform": a speech verb joined to a verb whose subject is a thing, which cannot
    speak, is said by the one who reports that verb's clause."""
    if not _reports(verb.lemma_):
        return False
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    while subject is None and head.dep_ == "conj":  # "his comments ... were not racist"
        head = head.head
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and subject.lemma_.lower() not in person_nouns()
    )


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_BEFORE = frozenset({"aux", "neg", "advmod"})
"""Words of a verb before it that its "and" comes before: "and has vowed", "but did not"."""


def _tense(verb: Token) -> str | None:
    """The tag that tells a verb's tense: its own ("said", "says", "claim"), its "has",
    "have", "did" or "does" ("has vowed", "did not believe"), "VBD" for a past tense the
    tagger read as a participle ("and argued courts"); None when it is no finite verb."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    helper = next((c for c in aux if c.lemma_ in ("have", "do")), None)
    if helper is not None and len(aux) == 1 and helper.tag_ in _FINITE:
        return helper.tag_
    if verb.tag_ == "VBN" and not aux:
        return "VBD"
    return verb.tag_ if verb.tag_ in _FINITE and not aux else None


@Language.component("briefing_conjoined_cues")
def conjoined_cues(doc: Doc) -> Doc:
    """Hang each such second cue on the speech verb it goes with (module docstring)."""
    if not doc.has_annotation("DEP"):
        return doc
    cues = lexicon().cue_verbs
    for verb in tokens_where(doc, "DEP", ("conj",)):
        head, tense = verb.head, _tense(verb)
        if verb.dep_ != "conj" or tense is None:
            continue
        if verb.lemma_ not in cues or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        speaker = _reporting(head)
        if speaker is None or speaker.i > verb.i:
            continue
        if head.tag_ == "VB" and _tense(speaker) != tense:
            continue
        if head.tag_ != "VB" and not _speaks_apart(verb, head):
            continue
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in _BEFORE and c.i < verb.i])
        for cc in [c for c in head.children if c.dep_ == "cc" and c.i == first - 1]:
            cc.head = speaker
        verb.head = speaker
    return doc
