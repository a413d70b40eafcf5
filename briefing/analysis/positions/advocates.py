"""Who is called a supporter or an opponent of something: "Adamowicz was an early supporter
of democracy", "Chirac was an outspoken opponent of the Iraq War", "Greta Thunberg, a critic
of inaction". The article states the party's stance without a verb of saying: the noun is
the cue, what it is "of" the content, and the stance the noun's (``ADVOCATES``: support or
opposition). The holder
is the subject the noun is said of ("X was ...") or the name it stands beside ("X, a ...").
For the reader only: PolNeAR marks no such relation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.spans import subtree_span
from briefing.analysis.scan import tokens_where

ADVOCATES = {
    "supporter": "support",
    "proponent": "support",
    "advocate": "support",
    "champion": "support",
    "backer": "support",
    "opponent": "opposition",
    "critic": "opposition",
}
"""The noun, and the stance noun of ``stances.tsv`` it holds (support, opposition)."""


def _holder(noun: Token) -> Token | None:
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN"):
        return noun.head
    return None


def advocate_attributions(doc: Doc) -> list[Attribution]:
    """ "X was a supporter of Y", "X, an opponent of Y": X supports or opposes Y."""
    found = []
    for noun in tokens_where(doc, "POS", ("NOUN",)):
        stance = ADVOCATES.get(noun.lemma_.lower())
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        what = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        holder = _holder(noun) if stance and what is not None else None
        if holder is None or what is None:
            continue
        found.append(
            Attribution(
                [noun],
                noun.lemma_.lower(),
                "NOUN",
                source=holder,
                content=[subtree_span(what)],
                content_root=what,
                stance_key=stance,
                kind="noun",
            )
        )
    return found
