"""Names the English model ran into others: a platform before a person's name, a title or a
body's name before it."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.lexicon import given_names
from briefing.analysis.names import BODY_ENDINGS, PLATFORMS, SQUAD_ROLES, TITLES


def off_platform(ent: Span) -> Span:
    """ "The next day on Twitter West accused his wife": the person, not the platform the
    model ran into the name."""
    doc = ent.doc
    after_on = ent.start > 0 and doc[ent.start - 1].pos_ == "ADP"
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[0].lower_ not in PLATFORMS or not after_on:
        return ent
    return Span(doc, ent.start + 1, ent.end, "PERSON")


def title_then_name(ent: Span) -> list[Span]:
    """ "Army Spc Caleb Barnes", "Presidential Spokesperson Harry Roque" tagged as an
    organisation: the person the title word names (a known first name, then a surname)."""
    if ent.label_ not in ("ORG", "NORP", "GPE"):
        return [ent]
    at = max((i for i, t in enumerate(ent) if t.lower_ in TITLES), default=None)
    if at is None:
        return _team_then_player(ent) or _body_then_name(ent)
    name = ent[at + 1 :]
    if len(name) < 2 or name[0].lower_ not in given_names():
        return _team_then_player(ent) or [ent]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return [ent]
    return [Span(ent.doc, name.start, name.end, "PERSON")]  # "Presidential" alone: no name


def _team_then_player(ent: Span) -> list[Span]:
    """ "Arsenal midfielder Edu" tagged as an organisation: the team, then the player its
    role in the singular names (proper nouns to the end); none if it is not that. A "star"
    names the player only ("Barcelona star Ronaldinho"): a show or a town may have one too."""
    roles = SQUAD_ROLES | {"star"}
    at = next((i for i, t in enumerate(ent) if i and t.lemma_.lower() in roles), None)
    if ent.label_ != "ORG" or at is None or ent[at].tag_ != "NN" or at + 1 == len(ent):
        return []
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in [*ent[:at], *ent[at + 1 :]]):
        return []
    doc = ent.doc
    player = Span(doc, ent.start + at + 1, ent.end, "PERSON")
    if ent[at].lemma_.lower() not in SQUAD_ROLES:
        return [player]
    return [Span(doc, ent.start, ent.start + at, "ORG"), player]


def _body_then_name(ent: Span) -> list[Span]:
    """ "the Council on American-Islamic Relations Alia Salem said": a body's name, then a
    person's (a known first name and a surname, right before a verb)."""
    doc = ent.doc
    verb = ent.end < len(doc) and doc[ent.end].pos_ in ("VERB", "AUX")
    if ent.label_ != "ORG" or len(ent) < 4 or not verb:
        return [ent]
    first, body = ent[-2], ent[:-2]
    if first.lower_ not in given_names() or body[-1].pos_ not in ("PROPN", "NOUN"):
        return [ent]
    if ent[-1].lower_ in BODY_ENDINGS:
        return [ent]  # "The New York Times reported": "York" is a first name too
    if not all(t.pos_ == "PROPN" and t.is_title for t in ent[-2:]):
        return [ent]
    return [Span(doc, body.start, body.end, "ORG"), Span(doc, first.i, ent.end, "PERSON")]
