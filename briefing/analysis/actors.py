"""The table of countries and blocs: names, aliases, demonyms and institutions.

It lives in ``data/countries.tsv`` (one line a country), so that "Russian", "Russia",
"the Kremlin" and "Russian Federation" resolve to one party by lookup, not by guesswork.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    name: str
    aliases: frozenset[str]
    demonyms: frozenset[str]
    institutions: frozenset[str]


@dataclass(frozen=True)
class CountryMatch:
    country: Country
    how: str
    """``name``, ``alias``, ``demonym`` or ``institution``."""


def _split(field: str) -> frozenset[str]:
    return frozenset(x.strip() for x in field.split(";") if x.strip())


@cache
def countries() -> tuple[Country, ...]:
    text = resources.files("briefing.analysis").joinpath("data/countries.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, demonyms, institutions = (line.split("\t") + ["", "", ""])[:4]
        rows.append(Country(name, _split(aliases), _split(demonyms), _split(institutions)))
    return tuple(rows)


@cache
def _index() -> dict[str, CountryMatch]:
    index: dict[str, CountryMatch] = {}
    for country in countries():
        # Later kinds never override earlier ones: a name beats an alias beats a demonym.
        for how, forms in (
            ("name", {country.name}),
            ("alias", country.aliases),
            ("demonym", country.demonyms),
            ("institution", country.institutions),
        ):
            for form in forms:
                for key in _keys(form):
                    index.setdefault(key, CountryMatch(country, how))
    return index


def _keys(form: str) -> list[str]:
    """Lookup keys of a form: exact, and case-folded unless it is an acronym like "US"."""
    keys = [form]
    if not (form.isupper() or "." in form):
        keys.append(form.casefold())
    return keys


def lookup_country(text: str) -> CountryMatch | None:
    """The country or bloc that ``text`` names ("the U.S.", "Russians", "Kremlin"), if any."""
    text = text.strip()
    candidates = [text, text[4:]] if text.lower().startswith("the ") else [text]
    index = _index()
    for candidate in candidates:
        for key in _keys(candidate):
            if key in index:
                return index[key]
    return None
