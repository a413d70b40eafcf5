"""Cues in a clause that modifies what they are about: "the deal proposed by the cabinet",
"the bill, which Democrats oppose", "its legal system, which the BBC describes as 'marred by
torture'", "Theresa May's proposed Brexit deal".

The parse hangs such a cue on the noun it is about, so the verb patterns of ``cues`` see no
content (or only "which"). The rule: a stance verb (``stances.tsv``), or a naming verb with
"as" ("describe", "refer to ... as"), that is

- a relative clause whose subject is not the relative pronoun and whose object is it, or is
  left out ("the deal X proposed"): the subject holds the view, unless it is the reader or
  the speaker ("the books you would suggest", "the thing I wanted": interviews) or the
  view is hedged ("would", "can");
- a past participle after the noun with a "by" agent: the agent holds it ("reported by The
  Guardian as convicted of assaults");
- "proposed" before a noun that has a possessor ("May's proposed deal"): the possessor
  holds it (other participles there are terms: "the state's pledged delegates", "its
  planned hearing");

and the content is the noun's phrase without the clause (and without the possessor), with
the "as ..." the naming verb gives it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.spans import cue_tokens, subtree_span
from briefing.analysis.scan import tokens_where

_NAMING = frozenset(
    {"describe", "refer", "call", "label", "brand", "characterize", "dub", "report", "quote"}
)
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_PLACES = frozenset({"in", "at", "on", "during", "where", "when"})
_PERSONS = frozenset({"i", "we", "you", "me", "us", "nobody", "one"})
_HEDGES = frozenset({"would", "could", "can", "might", "may", "should"})


def _relative(token: Token) -> bool:
    return token.tag_ in _RELATIVE_TAGS or token.lower_ in ("which", "that", "who", "whom")


def _as(child: Token) -> bool:
    """ "described *as a disaster*", "reported by The Guardian *as convicted of assaults*"."""
    if child.dep_ == "prep":
        return child.lower_ == "as"
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in child.children
    )


def _holder(verb: Token, noun: Token) -> Token | None:
    """Who holds the view the modifying ``verb`` states about ``noun``."""
    if verb.dep_ == "relcl":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or _relative(subject) or subject.lower_ in _PERSONS:
            return None
        if any(c.dep_ in ("xcomp", "ccomp") or c.lower_ in _HEDGES for c in verb.children):
            return None  # "the work they wanted me to do": the noun is another verb's
        if any(c.dep_ == "dobj" and not _relative(c) for c in verb.children):
            return None  # "the man who said X"
        if any(p.lower_ in _PLACES for p in verb.children if p.dep_ in ("prep", "advmod")):
            return None  # "a speech in which he condemned rioters": where, not what
        return subject
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl" and verb.i > noun.i:
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if verb.dep_ == "amod" and verb.i < noun.i and verb.lemma_ == "propose":
        return next((c for c in noun.children if c.dep_ == "poss"), None)
    return None


def modifier_attributions(doc: Doc) -> list[Attribution]:
    """Every stance or naming cue that modifies the noun it is about, as an attribution."""
    lex = lexicon()
    found = []
    for verb in tokens_where(doc, "POS", ("VERB",)):
        if verb.dep_ not in ("relcl", "acl", "amod"):
            continue
        noun = verb.head
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        as_ = [c for c in verb.children if _as(c)]
        if lex.verb_stance(verb.lemma_) is None and not (verb.lemma_ in _NAMING and as_):
            continue
        source = _holder(verb, noun)
        if source is None:
            continue
        left_out = {t.i for t in verb.subtree}
        if verb.dep_ == "amod":
            left_out |= {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
        found.append(
            Attribution(
                cue_tokens(verb, []),
                verb.lemma_,
                "VERB",
                source=source,
                content=[subtree_span(noun, left_out), *(subtree_span(a) for a in as_)],
                content_root=noun,
                anchor=verb,
            )
        )
    return found
