"""Events each of which is a story of its own, as a title tells them: a person's death ("US
Representative Elijah Cummings dies at age 68") and a named storm ("Hurricane Dorian leaves
trail of destruction in the Bahamas"). Reports of two such events of one kind are never one
story however alike their words (the obituaries of two congressmen in one month, two
hurricanes of one September): ``stories.similarity`` counts them nothing alike. Reports of
one death or one storm, and reports that name none, are left to their words. No spaCy: the
titles and the digests' parties."""

from __future__ import annotations

import re

import numpy as np

from briefing.analysis.across import ArticleDigest, CrossParty

_STORM = re.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Tropical Depression|Storm)\s+([A-Z][\w'-]*)"
)
"""A storm and its name ("Tropical Storm Humberto", "Tropical Depression Three")."""
_DEATH = re.compile(r"\b(?:dies|died|dead|killed|pass(?:es|ed) away)\b", re.IGNORECASE)
"""Words by which a title tells of a death; whose it is, a person named before them."""


def event_key(digest: ArticleDigest, cross_id: dict[tuple[str, str], str]) -> tuple[str, str]:
    """("storm", its name) or ("death", the cross-article id of the person who died) for a
    title that tells of one, else ("", ""). ``cross_id``: (article, party) -> cross id."""
    title = digest.title or ""
    storm = _STORM.search(title)
    if storm is not None:
        return "storm", storm.group(1).lower()
    death = _DEATH.search(title)
    if death is None:
        return "", ""
    before = title[: death.start()]
    named = [
        (found.end(), party.id)
        for party in digest.parties
        if party.kind == "PERSON"
        for name in {party.name, *party.aliases}
        for found in re.finditer(rf"\b{re.escape(name)}\b", before)
    ]
    if not named:
        return "", ""
    party = max(named)[1]  # the person named last before "dies"
    return "death", cross_id.get((digest.id, party), f"{digest.id}/{party}")


def apart(digests: list[ArticleDigest], parties: tuple[CrossParty, ...]) -> np.ndarray:
    """Which pairs of ``digests`` tell of two different events of one kind (a matrix)."""
    cross_id = {(p.article, p.party): c.id for c in parties for p in c.articles}
    keys = [event_key(d, cross_id) for d in digests]
    kinds = np.array([kind for kind, _ in keys])
    values = np.array([value for _, value in keys])
    told = kinds != ""
    same_kind = (kinds[:, None] == kinds[None, :]) & told[:, None] & told[None, :]
    return same_kind & (values[:, None] != values[None, :])
