"""Rule cues the tagger did not confirm that a reader still wants as a party's position: a
party's view ("ruled", "endorsed"), a reliable speech verb with a clause or a quote, what a
party's document reads, what a study's team found, and a party's own view reported inside
another's."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from briefing.analysis.conjoined import BELIEFS
from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.described import described, study_team
from briefing.analysis.positions.documents import made
from briefing.analysis.positions.quotes import SPEAKING
from briefing.analysis.positions.shown import judged_as
from briefing.analysis.positions.stance import FINDINGS
from briefing.analysis.positions.unsaid import negative_finding


def unconfirmed_views(
    found: list[Attribution],
    rules: list[Attribution],
    reported: list[Attribution],
    names_party: Callable[[Token | None], bool],
    answered: Callable[[int], str | None],
) -> list[Attribution]:
    """The rule cues the tagger did not confirm that are a party's view (``_a_view``) or a
    study's finding, marked unconfirmed; and "Bolsonaro opposed the French president's
    suggestion that ...": a party's own view reported inside another's."""
    kept = {a.head.i for a in found}
    views = [
        a
        for a in rules
        if a.head.i not in kept
        and (
            _finding(a)
            or _held_on(a, kept)
            or (_a_view(a, answered) and _an_actor(a.source, names_party))
            or (_judged(a) and names_party(a.source))
        )
    ]
    for a in views:
        a.unconfirmed = True
        if _judged(a):
            a.content = [_as_what(a.head)]
    return views + [
        a
        for a in reported
        if a.head.i not in kept and a.source is not None and names_party(a.source)
    ]


def _held_on(a: Attribution, kept: set[int]) -> bool:
    """ "He believes the rivalry is overblown and instead thinks the real battle is ...": a
    belief with a clause, joined to a cue kept, is the same speaker's second view."""
    head = a.head
    return a.clausal and a.key in BELIEFS and head.dep_ == "conj" and head.head.i in kept


def _an_actor(source: Token | None, names_party: Callable[[Token | None], bool]) -> bool:
    """A source that names a party, or describes an actor ("State media", "Prosecutors")."""
    return names_party(source) or (source is not None and described(source) is not None)


def _a_view(a: Attribution, answered: Callable[[int], str | None]) -> bool:
    """A rule cue the tagger did not mark that is a party's view: "ruled", "endorsed", a
    reliable speech verb with a clause or a quote, a verb that speaks with a quote
    (``quotes.SPEAKING``), or any cue with a clause in an
    interview's answer ("NG: I think governments must protect ...")."""
    if a.source is None:
        return False
    if party_view(a) or _document_reads(a):
        return True
    said = a.clausal or a.direct_quote
    if a.direct_quote and (a.key in SPEAKING or a.kind in ("colon", "framed")):  # "‘...,’
        return True  # McHenry responds", "Blackburn boss Mark Hughes: "Burnley are ...""
    return said and (lexicon().speaks(a.key) or answered(a.source.idx) is not None)


_JUDGING = frozenset({"view", "regard"})


def _judged(a: Attribution) -> bool:
    """ "Pierce viewed the debt as an issue", "Politico regarded the debate as more civil": a
    judgement, said outright, of a party; not "viewed the footage"."""
    if a.kind != "verb" or a.key not in _JUDGING or a.source is None:
        return False
    hedged = any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in a.head.children)
    return not hedged and judged_as(a.head) is not None


def _as_what(verb: Token) -> tuple[int, int]:
    """What is judged and what it is judged as: "the debt as an issue"."""
    judged = judged_as(verb)
    said = verb.doc[verb.i + 1 : (judged or verb).right_edge.i + 1]
    return (said.start_char, said.end_char)


def _document_reads(a: Attribution) -> bool:
    """'The decree signed by the Pope read "The crimes ..."': what a document made by a
    party reads is that party's (``documents.made``)."""
    source = a.source
    said = a.clausal or a.direct_quote
    return bool(said and a.key == "read" and source is not None and made(source.lemma_.lower()))


def _finding(a: Attribution) -> bool:
    """ "The researchers found when fish were plentiful, they would eat algae": what a
    study's team found is its position, though "find" is a weak cue in PolNeAR."""
    source = a.source
    if not a.clausal or a.key not in FINDINGS or source is None:
        return False
    if source.lower_ == "they":  # "They found": the team a study's article described before
        return any(study_team(t) is not None for t in source.doc[: source.i] if t.pos_ == "NOUN")
    return source.pos_ == "NOUN" and study_team(source) is not None


_HEDGES = frozenset({"would", "could", "might", "may", "can", "should", "must"})


def party_view(a: Attribution) -> bool:
    """A rule cue the tagger did not confirm that is still a party's view: a ruling, an
    order, a lawsuit, a claim or an endorsement (``data/party_views.tsv``), said outright
    ("can call", "would prefer" and "didn't endorse" are not)."""
    head = a.head
    if a.kind != "verb" or a.key not in lexicon().party_views:
        return False
    if negative_finding(a):
        return True
    return not any(c.dep_ == "neg" or c.lower_ in _HEDGES for c in head.children)
