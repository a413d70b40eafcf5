"""Positions: who proposes, demands, supports, opposes, warns, commits or states what.

Attributions are found on spaCy's parse (``cues``), completed with the direct quotes they
introduce (``quotes``), their sources resolved to parties (``sources``) and given a stance
(``stance``). A source that stands for several parties ("European leaders and the United
States") gives one position per party, with the same spans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import STRONG_CUE, lexicon
from briefing.analysis.parties import PartyResolution
from briefing.analysis.positions import documents, tagger
from briefing.analysis.positions.acts import find_acts
from briefing.analysis.positions.advocates import advocate_attributions
from briefing.analysis.positions.antecedents import antecedent
from briefing.analysis.positions.beliefs import belief_attributions, with_beliefs
from briefing.analysis.positions.combine import Blend, blend_with_tagger
from briefing.analysis.positions.cues import Attribution, find_attributions, span_of
from briefing.analysis.positions.described import Description, described, with_team
from briefing.analysis.positions.described_again import body_again, described_before, they_described
from briefing.analysis.positions.description_parties import described_parties
from briefing.analysis.positions.headline import (
    headline_attributions,
    with_headlines,
    with_lead_holders,
)
from briefing.analysis.positions.inverted import inverted_reports
from briefing.analysis.positions.makers import acted_by, maker_named
from briefing.analysis.positions.modifiers import modifier_attributions
from briefing.analysis.positions.naming import naming
from briefing.analysis.positions.quotes import (
    attach_quotes,
    continue_quotes,
    quoted_speech,
    quotes,
)
from briefing.analysis.positions.raising import drop_raised_source
from briefing.analysis.positions.reported import (
    carries_own_words,
    frames_another,
    reported_away,
)
from briefing.analysis.positions.shown import shown
from briefing.analysis.positions.sources import SourceResolver
from briefing.analysis.positions.spans import (
    closed_quotes,
    source_span,
    with_content,
    without_cue,
)
from briefing.analysis.positions.stance import OWN, stance_of
from briefing.analysis.positions.tagger import Tagged
from briefing.analysis.positions.views import unconfirmed_views
from briefing.analysis.types import Party, Position, Sentence

__all__ = ["extract_positions", "attribution_positions", "attributions_of"]

_FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})
WEAK_SOURCE_CUE = 0.5
"""Below this, a cue needs a source that can speak (a party, a pronoun, an official)."""


def attributions_of(
    doc: Doc,
    resolver: SourceResolver | None = None,
    tagged: list[Tagged] | None = None,
    party_views: bool = False,
    with_tagger: bool = True,
    blend: Blend | None = None,
) -> list[Attribution]:
    """The attributions in ``doc`` with their quotes, one per cue, in text order. ``tagged``
    are the tagger's spans when they were computed beforehand (``tagger.tag_many``).

    With ``party_views``, a rule cue the tagger did not confirm is kept when its source names
    a party and it is a party's view ("the Supreme Court rejected", "Sanders endorsed") or a
    reliable speech verb with a clause or a quote ("Yett observed, “I've seen ...”"): PolNeAR's
    annotators, and so the tagger, leave out many views of parties that a reader of the
    Parties panel wants.
    """
    if not doc.has_annotation("DEP"):
        return []
    text = resolver.text if resolver else doc.text  # read once: Doc.text walks every token
    rules = find_attributions(doc)
    attach_quotes(doc, rules, text)
    rules += quoted_speech(doc, rules, text)
    rules += inverted_reports(doc, rules)
    reported = [a for a in rules if a.kind == "noun" and _reported(a, rules)]
    rules = [a for a in rules if a not in reported]
    found = rules
    names_party = resolver.names_party if resolver else _no_party
    answered = resolver.answered if resolver else _nobody
    if with_tagger:
        found = blend_with_tagger(
            doc,
            rules,
            tagger.tag(doc) if tagged is None else tagged,
            names_party,
            blend=blend,
            text=text,
        )
        if party_views:
            found += unconfirmed_views(found, rules, reported, names_party, answered)
    quoted = resolver.quote_spans if resolver is not None else quotes(text)
    found = [a for a in found if not _speaker_aside(a, quoted, answered) and _complete(a)]
    found = [a for a in found if not naming(a.head)]
    if resolver is not None and resolver.answer_spans:  # "NG: I think": a label, no cue
        found = [a for a in found if not all(t.is_punct for t in a.cue) or a.kind != "tagged"]
    for a in found:
        drop_raised_source(a, content_may_hold_cue=party_views)
    return _one_per_cue(found)


def _infinitive(verb: Token) -> bool:
    """A verb that completes another: "sought *to overturn*", "advised residents *to make*"."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _completes(a: Attribution, heads: set[int]) -> bool:
    """Whether a cue's verb completes another cue's (``_infinitive``)."""
    own = {t.i for t in a.cue}
    return any(_infinitive(t) and t.head.i in heads - own for t in a.cue)


def _no_party(_token: Token) -> bool:
    return False


def _one_per_cue(found: list[Attribution]) -> list[Attribution]:
    """The first attribution at each cue word, in text order (the longest cue first)."""
    seen: set[int] = set()
    unique = []
    for a in sorted(found, key=lambda a: (a.cue[0].i, -len(a.cue))):
        if a.head.i not in seen and a.cue[0].i not in seen:
            seen.update((a.head.i, a.cue[0].i))
            unique.append(a)
    return unique


def _complete(a: Attribution) -> bool:
    """A cue only the tagger saw needs a source or a content to pair it with."""
    return a.kind != "tagged" or a.source is not None or bool(a.content)


def _reported(a: Attribution, others: list[Attribution]) -> bool:
    """A noun cue inside what someone else says is their report, not a position of its own."""
    at = a.cue[0].idx
    return any(o is not a and any(s <= at < e for s, e in o.content) for o in others)


def _said_of_themself(
    a: Attribution, made: list[Position], found: list[Attribution], held: dict[int, list[Position]]
) -> bool:
    """ "Vázquez affirmed her willingness to accept": a noun cue inside what its own party
    says, and "La Riva said she fully opposed charter schools": a verb cue that is what its
    own party says it does, are that one position, not a second."""
    if a.pos == "NOUN":
        at = a.cue[0].idx
        outer = [o for o in found if o is not a and any(s <= at < e for s, e in o.content)]
    elif (
        a.head.dep_ == "ccomp"
        and a.source is not None
        and a.source.lower_ in OWN
        and not _plain_speech(a)  # "wants an inquiry into X - cash he says"
    ):
        outer = [o for o in found if o is not a and o.head.i == a.head.head.i]
    else:
        return False
    mine = {p.party for p in made} - {None}
    return any(mine & {p.party for p in held[id(o)]} for o in outer)


def _plain_speech(a: Attribution) -> bool:
    """A speech verb with no stance of its own ("he says"), not one that takes a side."""
    lex = lexicon()
    return lex.speaks(a.head.lemma_) and lex.verb_stance(a.key) is None


def _nobody(_char: int) -> str | None:
    return None


def _speaker_aside(
    a: Attribution, quoted: list[tuple[int, int]], answered: Callable[[int], str | None]
) -> bool:
    """ "I think", "we want", "you know" inside someone's quote (or under a weak cue) are
    part of what is said, not an attribution of their own; but in an interview's answer
    (``interviews``) they are what the one interviewed holds."""
    if a.source is not None and answered(a.source.idx) is not None:
        return False
    person = a.source is None or a.source.lower_ in _FIRST_SECOND
    if a.source is not None and a.source.lower_ in _FIRST_SECOND and a.strength < STRONG_CUE:
        return True
    at = a.head.idx
    return person and any(s < at < e for s, e in quoted)


def _holds_positions(a: Attribution, source: Token | None, names_party: bool) -> bool:
    """Whether an unresolved source can hold a position: things ("which", "this call") don't.

    A relative "which" or a plain noun phrase that names no party, under a cue that is not
    reliably one, is a thing that "signals" or "claims lives", not a speaker.
    """
    if names_party or source is None:
        return True
    if source.lower_ == "which":
        return False
    if source.pos_ == "PRON" or source.ent_type_ or a.strength >= WEAK_SOURCE_CUE:
        return True
    # "the jury found": an actor described (``described``) holds what it finds
    described_here = described(source) is not None or body_again(source)
    return source.lemma_.lower() in lexicon().source_nouns or described_here


def _sentence_index(sentences: tuple[Sentence, ...], char: int) -> int:
    for s in sentences:
        if s.start <= char < s.end:
            return s.index
    return max((s.index for s in sentences if s.start <= char), default=0)


def _positions(
    a: Attribution,
    resolver: SourceResolver,
    parties: PartyResolution,
    sentences: tuple[Sentence, ...],
) -> list[Position]:
    """The positions ``a`` gives: one per party its source stands for (one with no party when
    the source resolves to none)."""
    cue = span_of(a.cue) if len(a.cue) > 1 else (a.cue[0].idx, a.cue[0].idx + len(a.cue[0]))
    holders: list[tuple[Token | None, str | None]] = []
    for source in [a.source, *a.companions]:
        found = resolver.parties_of(source)
        if _holds_positions(a, source, bool(found) or resolver.names_party(source)):
            held = {party for _, party in holders}  # one position per party ("A, B and C")
            holders.extend((source, party) for party in found or [None] if party not in held)
    if not holders and a.source is None:
        holders = [(None, None)]
    content = closed_quotes(resolver.text, _merged(a.content))
    return [
        Position(
            party=party,
            stance=stance_of(a, _same_holder(resolver, parties, party)),
            source=source_span(a, source),
            cue=cue,
            content=content,
            direct_quote=a.direct_quote,
            sentence=_sentence_index(sentences, cue[0]),
        )
        for source, party in holders
    ]


def _merged(pieces: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Content pieces in text order, the ones that overlap made one ("… the convictions …
    the convictions and remanding" is one piece)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(p for p in set(pieces) if p[0] < p[1]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _same_holder(resolver: SourceResolver, parties: PartyResolution, party: str | None):
    """Whether a possessor token is ``party``'s side (its own or its affiliation's)."""

    def same(token: Token) -> bool:
        if party is None:
            return False
        holder = resolver.party_of(token)
        if holder is None:  # a word no one holds may be the speaker's; a name is not
            return token.pos_ != "PROPN"
        return holder in (party, parties.affiliation_of(party))

    return same


def attribution_positions(
    doc: Doc,
    sentences: tuple[Sentence, ...],
    parties: PartyResolution,
    tagged: list[Tagged] | None = None,
    with_tagger: bool = True,
    blend: Blend | None = None,
) -> tuple[Position, ...]:
    """Every attribution in ``doc`` as PolNeAR marks them, held by a party or not: the layer
    the attribution benchmark scores (with or without the tagger, with another blend)."""
    resolver = SourceResolver(doc, parties)
    found = attributions_of(doc, resolver, tagged, with_tagger=with_tagger, blend=blend)
    return tuple(p for a in found for p in _positions(a, resolver, parties, sentences))


def _with_acts(found: list[Attribution], acts: list[Attribution]) -> list[Attribution]:
    """``found`` with the acts added; an act replaces an attribution at its own verb ("filed
    a lawsuit against X" is a lawsuit, not "filed" with "a lawsuit" for content), and so
    does a cue about the noun it modifies ("which X described as": not "which")."""
    verbs = {a.head.i for a in acts}
    kept = [a for a in found if a.head.i not in verbs]
    cues = {t.i for a in kept for t in a.cue}
    return kept + [a for a in acts if not cues & {t.i for t in a.cue}]


def _descriptions(
    found: list[Attribution], whose: Callable[[Token], str | None]
) -> dict[int, Description | None]:
    """The actor each attribution's source describes (``described``), by ``id``, or the
    maker a document names ("a statement released by her family") or who made it ("attorneys
    general ... filed a lawsuit. The motion claims", ``acted_by``); "the family" the one
    described last before it (``described_before``)."""
    own = {id(a): None if a.source is None else antecedent(a.source) or a.source for a in found}
    sources = {
        k: s if s is None else maker_named(s) or documents.spoken_for(s) or acted_by(s) or s
        for k, s in own.items()
    }
    descriptions = {  # "the Bronx district attorney's office": the office, when the
        # attorney it names describes nobody
        k: None if s is None else described(s, whose) or described(own[k] or s, whose)
        for k, s in sources.items()
    }
    earlier: list[tuple[int, str, Description]] = []
    for k, s in sorted(
        ((k, s) for k, s in sources.items() if s is not None), key=lambda ks: ks[1].i
    ):  # in text order: "the study" after "US study finds" is that study
        d = described_before(s, earlier) or descriptions[k] or they_described(s, earlier)
        descriptions[k] = d
        if d is not None:
            earlier.append((s.i, s.lemma_.lower(), d))
    return with_team(descriptions)


def extract_positions(
    doc: Doc,
    sentences: tuple[Sentence, ...],
    parties: PartyResolution,
    tagged: list[Tagged] | None = None,
    with_tagger: bool = True,
) -> tuple[tuple[Position, ...], tuple[Party, ...]]:
    """The positions the reader is shown: attributions held by a party, with a content, that
    report a view rather than an act (see ``shown``); and the parties that only a
    description names ("prosecutors", ``described``), which hold some of them.
    ``with_tagger`` False: the rules alone."""
    resolver = SourceResolver(doc, parties)
    found = attributions_of(doc, resolver, tagged, party_views=True, with_tagger=with_tagger)
    text = resolver.text
    every = [without_cue(with_content(a), text) for a in found]
    every = _with_acts(_with_acts(every, find_acts(doc)), modifier_attributions(doc))
    quoted = resolver.quote_spans  # read once per document
    every = with_beliefs(
        _with_acts(every, advocate_attributions(doc)), belief_attributions(doc, quoted)
    )
    every = with_headlines(every, headline_attributions(doc))
    found = [
        a for a in every if shown(a, text) and not reported_away(a, every, a.unconfirmed, quoted)
    ]
    found = [a for a in found if not carries_own_words(a, found) and not frames_another(a, found)]
    heads = {a.head.i for a in found} | {t.i for a in found for t in a.cue}
    found = [a for a in found if not _completes(a, heads)]
    # "sought to overturn the results", "advised residents to make plans" (the parser's
    # adverbial clause): the one position at "sought", at "advised"
    continue_quotes(found, every, text)
    names = {p.id: p.name for p in parties.parties}

    def whose(owner: Token) -> str | None:  # "His", "Navalny" (of "Navalny's associates")
        party = (
            resolver.pronoun(owner)
            if owner.pos_ == "PRON"
            else resolver.party_of_token.get(owner.i)
        )
        return names.get(party or "")

    made_all: list[tuple[Position, Description | None]] = []
    held = {id(a): _positions(a, resolver, parties, sentences) for a in found}
    descriptions = _descriptions(found, whose)
    groups = {id(a) for a in found if descriptions[id(a)] and a.source.tag_ in ("NNS", "NNPS")}
    held = with_lead_holders([a for a in found if id(a) not in groups], held, doc)
    for a in found:
        made = held[id(a)]
        if _said_of_themself(a, made, found, held):
            continue
        made_all += [(p, None) for p in made if p.party is not None]
        description = descriptions[id(a)]
        if description is not None and made and all(p.party is None for p in made):
            made_all.append((made[0], description))
    found_descriptions = [d for _, d in made_all if d is not None]
    ids, new = described_parties(found_descriptions, parties.parties)
    return tuple(
        p if d is None else replace(p, party=ids[d.name.casefold()]) for p, d in made_all
    ), new
