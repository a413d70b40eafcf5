"""Who acts with a cue's subject: "Klobuchar, along with Senator Ron Wyden, introduced",
"gathered in Kyiv with Y to request", a first subject the parser hung beside the second
("Kimberly-Clark, which makes Kleenex, and Solaris Paper which makes Sorbent, emphasized"), and
one who did the same ("Aides denied the story, as did John Bolton"), and the names listed
before the cue that the parser did not join to its subject ("Debenhams, House of Fraser, Marks &
Spencer and Big Food all said")."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.subjects import subject_of

_ALONG = frozenset({"along", "together"})
_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_WITH_WHOM = frozenset({"agree", "disagree", "concur", "side", "clash", "argue", "break"})
"""Verbs whose "with" names the one the subject answers, not one acting beside it."""


def companions(verb: Token) -> list[Token]:
    """Actors the cue's subject acts with ("gathered in Kyiv with Y to request ...",
    "Klobuchar, along with Senator Ron Wyden, introduced")."""
    preps = []
    # not the one agreed or sided with: "Carroll agreed with La Riva, saying"
    beside = verb.head.lemma_ not in _WITH_WHOM
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VB", "VBG") and beside:
        preps += [p for p in verb.head.children if p.lower_ == "with"]
    subject = subject_of(verb)
    holders = [verb, *([subject] if subject is not None else [])]
    holders += [p for p in verb.children if p.dep_ == "prep"]  # "On Monday, X, along with"
    for holder in holders:
        along = [p for p in holder.children if p.dep_ == "prep" and p.lower_ in _ALONG]
        preps += [w for p in along for w in p.children if w.dep_ == "prep" and w.lower_ == "with"]
    return (
        [
            pobj
            for prep in preps
            if prep.dep_ == "prep"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.ent_type_ in _ACTORS
        ]
        + _joined_subjects(verb, subject)
        + _as_did(verb)
        + _listed_before(verb, subject)
    )


def _as_did(verb: Token) -> list[Token]:
    """ "Aides publicly denied the story as did former adviser John Bolton": the subjects of
    "as did" (or "as has") after the cue hold its position too."""
    found = []
    for clause in verb.children:
        marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
        if clause.dep_ != "advcl" or clause.lemma_ not in ("do", "have") or not marked:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
            continue  # "as he did so": no ellipsis
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            # "Britain and France" are found from "Britain"; "Trump-critic and former
            # adviser John Bolton" is Bolton
            named = [t for t in (subject, *subject.conjuncts) if t.ent_type_ in _ACTORS]
            found += named[:1]
    return found


def _joined_subjects(verb: Token, subject: Token | None) -> list[Token]:
    """ "Kimberly-Clark, which makes Kleenex, and Solaris Paper which makes Sorbent,
    emphasized": a first subject the parser hung on the verb beside the second, with "and"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subject is None or len(subjects) != 2 or subject not in subjects:
        return []
    other = subjects[0] if subjects[1] == subject else subjects[1]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in other.children)
    joined = joined and not any(c.dep_ == "conj" for c in other.children)  # else it is joined
    return [other] if joined and other.ent_type_ in _ACTORS else []


_LIST_WORDS = frozenset({",", "and", "&", "of", "the"})
_ALL = frozenset({"all", "both", "also", "have", "has", "had"})
"""Words between a list of subjects and its verb ("... and Big Food all said")."""


def _listed_before(verb: Token, subject: Token | None) -> list[Token]:
    """ "Debenhams, House of Fraser, Marks & Spencer and Big Food all said": a sentence that
    opens with a list of three names or more, then its cue, is said by every one of them
    however the parser hung the list (the last word of each name, but the subject's)."""
    doc, start = verb.doc, verb.sent.start
    end = verb.i
    while end > start and doc[end - 1].lower_ in _ALL:
        end -= 1
    run = doc[start:end]
    if subject is None or not start <= subject.i < end:
        return []
    if not all(_in_a_name(t) or t.lower_ in _LIST_WORDS for t in run):
        return []
    names, name = [], []
    for t in run:
        if t.lower_ in (",", "and"):
            names, name = names + [name] if name else names, []
        else:
            name.append(t)
    names += [name] if name else []
    if len(names) < 3 or run[-1].lower_ in _LIST_WORDS or names[-1][0].nbor(-1).lower_ != "and":
        return []  # a list ends "... and X" ("Mark Diffley, Director, Ipsos MORI said": none)
    found = [subject]  # a name's conjuncts come with it: the parser joined part of the list
    for name in (n for n in names if _in_a_name(n[-1])):
        if not any(t == f or t in f.conjuncts for t in name for f in found):
            found.append(name[-1])
    return found[1:]


def _in_a_name(token: Token) -> bool:
    return token.ent_type_ in _ACTORS or (token.pos_ in ("PROPN", "NOUN") and token.is_title)
