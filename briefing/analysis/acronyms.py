"""Organisations named by untagged capitals ("regulator AMF", "the RSPCA"), which the model
often leaves out."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def acronym(token: Token) -> bool:
    """ "reports TMZ", "TVN24 reported": an outlet's or body's capitals, untagged."""
    return token.is_upper and token.text.isalnum() and 2 <= len(token.text) <= 6  # "TVN24"


_BODY_NOUNS = frozenset(
    {"regulator", "watchdog", "agency", "authority", "company", "firm", "group", "bank"}
    | {"union", "party", "ministry", "network", "broadcaster", "newspaper", "airline", "giant"}
)
"""Nouns that say a name set after them is an organisation's ("regulator AMF")."""


def described_acronyms(doc: Doc, taken: set[int]) -> list[Span]:
    """An untagged acronym the article once sets after a noun saying what kind of body it is
    ("French stock market regulator AMF") or joins to an organisation ("The League Against
    Cruel Sports and the RSPCA"): an organisation wherever it stands (but where ``taken``)."""
    tagged = {t for e in doc.ents for t in range(e.start, e.end)}
    named = {
        t.text
        for t in doc
        if t.i not in tagged
        and acronym(t)
        and len(t) > 2  # not "network TV"
        and t.pos_ == "PROPN"
        and (
            any(c.dep_ == "compound" and c.lemma_ in _BODY_NOUNS for c in t.children)
            or _joined_to_a_body(t)
        )
    }
    taken = tagged | taken
    return [Span(doc, t.i, t.i + 1, "ORG") for t in doc if t.text in named and t.i not in taken]


def _joined_to_a_body(token: Token) -> bool:
    """ "The League Against Cruel Sports and the RSPCA": joined to an organisation's name with
    nothing but "the" ("Marketing Officer and Deputy CEO" is a title)."""
    return (
        token.dep_ == "conj"
        and token.head.ent_type_ == "ORG"
        and all(c.dep_ == "det" for c in token.children)
    )
