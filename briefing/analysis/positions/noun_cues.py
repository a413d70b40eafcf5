"""Attributions whose cue is a noun of stance: a light verb with it ("expressed a commitment
to", "leveled criticism at Trump"), backing from someone ("X has backing from Y"), and a stance
noun with its holder ("Putin's proposal for", "a call by X for"); matched in ``cues``."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import Lexicon
from briefing.analysis.positions.attacks import ATTACKS, on_someone
from briefing.analysis.positions.attribution import Attribution
from briefing.analysis.positions.spans import ABOUT, subtree_span
from briefing.analysis.positions.subjects import SUBJECTS, subject_of


def noun_construction(name: str, tokens: list[Token], lex: Lexicon) -> list[Attribution]:
    """The attribution of a light-verb, backing or stance-noun match (none when it has no
    holder or content of its own)."""
    if _bid(tokens[1] if name == "light" else tokens[0]):
        return []
    if name == "light":
        own = _noun_content(tokens[1]) is None  # "given his backing to": the verb's "to"
        has_holder = any(
            c.dep_ == "poss" and (c.pos_ != "PRON" or not own) for c in tokens[1].children
        )
        if has_holder or (tokens[1].lemma_ in ATTACKS and not on_someone(tokens[1])):
            return []
        return [_light(tokens[0], tokens[1])]
    if name == "backing":
        verb, noun, _prep, source = tokens
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        content = [subtree_span(subj)] if subj is not None else []
        return [_stance_noun(noun, source, content, subj, "backing")]
    noun, source = tokens[0], tokens[-1]  # "noun", "noun_by"
    about = _noun_content(noun)
    if about is None or noun.head.lemma_ in lex.light_verbs | lex.backing_verbs | _BEHAVING:
        return []  # the verb's; or how the holder behaved ("showed his support for his wife")
    if noun.lemma_ in _DISPOSITIONS and source.tag_ == "PRP$" and source.lower_ not in _OWN:
        return []  # "its commitment to open software", "his plans for the club": the writer's
        # account of what a party means to do, not a view it put forward ("My commitment to
        # the fans is ...", in a quote, is the speaker's)
    if noun.is_title and not noun.is_sent_start:
        return []  # ABC's "A Tribute For a King": a title's word, not a stance
    return [_stance_noun(noun, source, [subtree_span(about)], about, "noun")]


def _bid(offer: Token) -> bool:
    """ "made an offer for the LSE", "an offer to the midfielder", "made an undisclosed offer":
    a price for a thing or a contract for a player, no deed proposed ("an offer to buy Channel
    4", "the offer by the Paris Club to suspend its debt payments" propose one)."""
    if offer.lemma_ != "offer":
        return False
    about = _noun_content(offer, _EXPRESSED)
    return about is None or (about.dep_ == "prep" and about.lower_ in ("for", "to"))


_BEHAVING = frozenset({"show"})
"""Verbs that tell how a holder behaved ("showed interest"), not what it put forward."""


def _stance_noun(
    noun: Token,
    source: Token,
    content: list[tuple[int, int]],
    root: Token | None,
    kind: str,
) -> Attribution:
    return Attribution(
        [noun],
        noun.lemma_,
        "NOUN",
        source=source,
        content=content,
        content_root=root,
        stance_key=noun.lemma_,
        kind=kind,
    )


_DISPOSITIONS = frozenset(
    {"plan", "commitment", "determination", "desire", "intention", "willingness"}
    | {"enthusiasm", "ambition", "eagerness", "readiness", "resolve"}
)
"""Nouns of what a party means or is minded to do, rather than of what it proposed."""
_OWN = frozenset({"my", "our"})

_STANCE_ABOUT = frozenset({"for", "to", "against", "on"})
_EXPRESSED = ABOUT | {"at", "over", "with"}  # "voiced criticism *of the plan*", "at Biden"


def _noun_content(noun: Token, about: frozenset[str] = _STANCE_ABOUT) -> Token | None:
    """What a stance noun is about: "commitment *to facilitate*", "desire *for a ceasefire*"."""
    for child in noun.children:
        if child.dep_ == "acl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child
        if child.dep_ == "prep" and child.lower_ in about:
            return child
        if child.dep_ in ("ccomp", "acl") and any(c.dep_ == "mark" for c in child.children):
            return child
    return None


def _light(verb: Token, noun: Token) -> Attribution:
    # "paid tribute to Luk", "leveled criticism at Trump": the parser's "to" or "at" is the verb's
    toward = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "at")]
    content = _noun_content(noun, _EXPRESSED) or next(iter(toward), None)
    return Attribution(
        [t for t in verb.doc[verb.i : noun.i + 1] if t.i in (verb.i, noun.i) or t.head.i == noun.i]
        if noun.i > verb.i
        else [verb, noun],
        noun.lemma_,
        "NOUN",
        source=subject_of(verb),
        content=[subtree_span(content)] if content is not None else [],
        content_root=content,
        stance_key=noun.lemma_,
        kind="light",
    )
