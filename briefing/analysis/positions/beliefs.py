"""A party's belief told by an adjective: "Mr Brown is confident that the economy will
grow", "Mourinho remains optimistic of a deal", "the minister was adamant the plan would go
ahead". The adjective and its verb are the cue ("is confident"), what it is confident of the
content, and the holder the verb's subject. Only where the narration says it in a main clause:
inside a quote the words are the quote's speaker's, under the quote's own cue ("'I am
confident,' he said"), and in a clause another verb reports they are that verb's ("said it
was confident").
The stance is the cue's (``stances.tsv``), else a statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.quotes import within
from briefing.analysis.positions.spans import cue_tokens, subtree_span
from briefing.analysis.scan import tokens_where

BELIEFS = frozenset({"confident", "convinced", "adamant", "optimistic", "hopeful"})
"""Adjectives of a belief held about what follows them."""
_LINKING = frozenset({"be", "remain", "feel", "seem", "appear"})
_ABOUT = frozenset({"of", "about", "that"})


def _content(adjective: Token) -> Token | None:
    """What the belief is of: a clause ("confident (that) the economy will grow"), or the
    object of "of" or "about" ("optimistic of a deal")."""
    for child in adjective.children:
        if child.dep_ == "ccomp" and child.i > adjective.i:
            return child
        if child.dep_ == "prep" and child.lower_ in _ABOUT:
            return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    clause = [c for c in adjective.head.children if c.dep_ == "ccomp" and c.i > adjective.i]
    return clause[0] if clause else None  # "is confident his side can win": the verb's


def _told(verb: Token) -> bool:
    """A main clause that tells the belief: not one reported in another's words ("Cadbury
    said it was confident": the position is at "said"), nor a question ("Or was she
    confident that ...?"), nor a relative clause ("methods that we feel confident about")."""
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return main and not verb.sent.text.rstrip().endswith("?")


def belief_attributions(doc: Doc, quoted: list[tuple[int, int]]) -> list[Attribution]:
    """ "X is confident (that) Y", "X remains optimistic of Y": X's view that Y (``quoted``:
    the document's quotes, ``quotes.quotes``)."""
    found = []
    for adjective in tokens_where(doc, "POS", ("ADJ",)):
        verb = adjective.head
        if adjective.lower_ not in BELIEFS or adjective.dep_ != "acomp":
            continue
        if verb.lemma_ not in _LINKING or within(adjective.idx, quoted) or not _told(verb):
            continue
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        what = _content(adjective)
        if holder is None or what is None:
            continue
        found.append(
            Attribution(
                [*cue_tokens(verb, []), adjective],
                adjective.lower_,
                "VERB",
                source=holder,
                content=[subtree_span(what)],
                content_root=what,
                clausal=what.pos_ in ("VERB", "AUX"),
                kind="belief",
                anchor=adjective,
            )
        )
    return found


def with_beliefs(found: list[Attribution], beliefs: list[Attribution]) -> list[Attribution]:
    """``found`` with ``beliefs`` in place of any attribution at their cue words (the tagger
    marks "is confident" too, as a cue with no construction the reader is shown)."""
    taken = {t.i for a in beliefs for t in a.cue}
    return [a for a in found if not taken & {t.i for t in a.cue}] + beliefs
