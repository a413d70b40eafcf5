"""Which country a body belongs to, for merging parties across articles (``across``).

"The Senate", "the House of Representatives", "the Supreme Court" and "the Liberal Party" are
names that many countries give their own bodies; in an article they mean the body of the
country the article is about. This module reads that country from a name ("U.S. Senate"),
a party's affiliation, or the places an article names, without spaCy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from briefing.analysis.actors import lookup_country
from briefing.analysis.types import Party

INSTITUTIONS = frozenset(
    [
        "army",
        "assembly",
        "cabinet",
        "congress",
        "court",
        "department",
        "government",
        "house",
        "legislature",
        "ministry",
        "navy",
        "parliament",
        "party",
        "police",
        "senate",
    ]
)
"""Head nouns of the bodies that every country has its own of ("Supreme Court", "Labor
Party", "House of Representatives"): such a name means the body of the article's country.
Churches, unions, councils, committees and agencies are left out: the best known of them
span countries ("Church of Scientology", "European Union", "Security Council")."""

BEYOND = frozenset(["european", "global", "international", "nations", "world"])
"""Words of a body that stands over countries ("International Criminal Court", "World
Health Organization"): such a name is no one country's, whatever its head noun."""

ONE_PER_COUNTRY = frozenset(["cabinet", "congress", "government", "house", "parliament", "senate"])
"""Bodies a country has one of: written alone and capitalised ("the Senate", "the House"),
the name means that one."""


def head(key: str) -> str:
    """The head noun of an organisation's name: the last word before "of" ("house" of
    "house of representatives", "court" of "supreme court")."""
    words = key.split(" of ")[0].split()
    return words[-1] if words else ""


def is_institution(key: str) -> bool:
    """Whether the organisation name ``key`` (case-folded) is a body of one country."""
    return head(key) in INSTITUTIONS and not BEYOND.intersection(key.split())


@lru_cache(maxsize=8192)
def country_of(name: str) -> str | None:
    """The country ``name`` names, by the table of countries ("the U.S." -> "United States")."""
    match = lookup_country(name)
    return match.country.name if match else None


@lru_cache(maxsize=8192)
def split_country(name: str) -> tuple[str | None, str]:
    """A leading country name or alias and the rest ("U.S. Senate" -> ("United States",
    "Senate")), or a trailing one after a body of every country ("Supreme Court of the United
    States"); ``(None, name)`` when the name has neither. Demonyms are kept
    ("American Airlines", "Australian Labor Party" stay whole): a demonym is often part of
    the name itself."""
    words = name.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        match = lookup_country(" ".join(words[:n]))
        rest = " ".join(words[n:])
        if match and match.how in ("name", "alias") and any(c.isupper() for c in rest):
            return match.country.name, rest
    body, of, country = name.partition(" of ")  # "Supreme Court of the United States"
    match = lookup_country(country) if of and is_institution(body.casefold()) else None
    if match and match.how in ("name", "alias"):
        return match.country.name, body
    return None, name


def article_country(parties: Iterable[Party]) -> str | None:
    """The country an article is about: of the countries its parties name (places, and
    bodies or groups named by a country: "the United States", "Americans"), the one
    mentioned at least twice as often as any other; None when no country leads so."""
    counted = Counter[str]()
    for party in parties:
        if party.kind != "PERSON":
            country = country_of(party.name)
            if country:
                counted[country] += party.mentions
    ranked = counted.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]
