"""Names of actors as text: titles, possessives and slugs, without spaCy.

Shared by ``parties`` (within an article, with spaCy) and ``across`` (over analyses, without).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import rows

TITLES = frozenset(row[0].strip() for row in rows("titles.tsv"))
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms.", "dr", "dr.", "sir", "dame"}
)
"""Titles set before a person's own name ("Mr King", "Dr Fox"), never an office's."""
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "party"


def unaccented(text: str) -> str:
    """``text`` without its accents: a paper writes "Brudziński" once and "Brudzinski" next."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def bare(text: str) -> str:
    """An entity's text as written, less a possessive ending ("the Kremlin's" -> "the Kremlin")."""
    return _POSSESSIVE.sub("", text.strip()).strip()


def clean(text: str) -> str:
    """An entity's name without a leading "the" (or an "a" the model took in: "in
    contravention of a World Health Organisation recommendation") or a possessive ending."""
    text = bare(text)
    if text.lower().startswith("the "):
        text = text[4:]
    elif text.startswith(("a ", "an ")):
        text = text.split(" ", 1)[1]
    return text


PLATFORMS = frozenset({"facebook", "twitter", "instagram", "youtube", "tiktok", "linkedin"})
"""Platforms a party's own account on speaks for it: "Barrientos' Facebook says"."""


POST_NOMINALS = frozenset({"QC", "KC", "MP", "MSP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE"})
"""Letters after a person's name, an office or an honour: "Stephen Kramer QC"."""
SEATS = frozenset({"MP", "MSP", "MEP", "MLA"})
"""A member's letters, written before a name too, as a title: "Tory MP Boris Johnson"."""


def strip_titles(name: str) -> str:
    """``name`` less its leading title words and the letters after it ("President Donald
    Trump" -> "Donald Trump", "Judge Stephen Kramer QC" -> "Stephen Kramer", "MP Boris
    Johnson" -> "Boris Johnson"); a name of titles only stays whole ("Prime minister", a
    party named by its office, is no "minister")."""
    words = name.split()
    if all(w.lower() in TITLES for w in words) and words[0].lower() not in HONORIFICS:
        return name  # but "Mr King" is a King
    while len(words) > 1 and (words[0].lower() in TITLES or words[0] in SEATS or _rank(words)):
        words.pop(0)
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()
    return " ".join(words)


_RANKS = frozenset({"Major"})
"""Ranks that are also surnames or words ("John Major", "a major party"): a title only
written with a capital before a full name ("Major Thulani Zwane")."""


def _rank(words: list[str]) -> bool:
    return words[0] in _RANKS and len(words) > 2


def person_name(name: str) -> str:
    """A person's name less its titles (``strip_titles``) and a political party's word or a
    demonym before it ("Tory Michael Ancram", "Spaniard Guillermo Garcia-Lopez"); not an
    organisation's ("British Medical Association", "Labour Friends of Israel")."""
    words = name.split()
    if len(words) > 2 and words[1].lower() != "party" and _said_of(words[0]):
        words.pop(0)
    return strip_titles(" ".join(words))


def _said_of(word: str) -> bool:
    """A political party's word or a demonym set before a full name ("Tory", "Spaniard")."""
    match = lookup_country(word)
    return party_name(word) is not None or (match is not None and match.how == "demonym")


GENERIC_BODIES = frozenset(
    ["administration", "campaign", "committee", "council", "foundation", "office", "team"]
)
"""Nouns that end a body's name, not a person's ("Trump Administration")."""

QUANTITIES = frozenset(
    {"several", "some", "many", "few", "other", "various", "numerous", "multiple", "most"}
)
"""Words of quantity a description or a group opens with ("some senior Conservative
members"), no part of what it names."""

BODY_ENDINGS = frozenset(
    {"airport", "county", "university", "college", "school", "hospital", "church", "mosque"}
    | {"news", "times", "post", "station", "street", "park", "city", "tobacco", "island", "tech"}
)
"""Last words of a body's or a place's name ("Howard University", "Lincoln County", "The
New York Times"): no surname."""

FIRMS = frozenset(
    {
        "company",
        "firm",
        "network",
        "chain",
        "retailer",
        "airline",
        "carrier",
        "bank",
        "broadcaster",
        "manufacturer",
        "automaker",
        "utility",
        "insurer",
        "publisher",
        "publication",  # "The industry publication stated"
        "newspaper",
        "outlet",
        "magazine",
        "brand",  # "The UK brand also promises"
        "label",
        "lender",  # "The UK's biggest mortgage lender said"
        "giant",  # "The computer giant has sued"
        "operator",
        "conglomerate",
        "provider",
        "supplier",
        "carmaker",
        "chipmaker",
        "drugmaker",
        "brewer",  # "Southcorp confirmed the brewer had asked", after "brewer Fosters"
        "brewery",
        "winemaker",
        "supermarket",
        "studio",
        "club",  # "The club said", after "Chelsea sacked Adrian Mutu"
        "station",  # "the radio station said"
        "channel",
    }
)
"""Nouns for a company: "The company apologized", "the network claims" (the one named before,
``positions.sources``), "retailer Tesco" (a company, whatever the model tagged: ``parties``).
Not "the regulator", "the watchdog" or "the agency": the body named last before is more often
the firm it watches, or another country's agency (development gold)."""


TEAM_ROLES = frozenset(
    {"player", "striker", "midfielder", "defender", "forward", "winger", "back", "half"}
    | {"lock", "prop", "flanker", "hooker", "captain", "skipper", "seed", "star", "keeper"}
    | {"goalkeeper", "coach", "manager", "boss", "chief", "international", "number"}
)
"""A team's roles, by their head word ("the Gloucester fly-half", "the Sale full-back")."""
SQUAD_ROLES = TEAM_ROLES - {"star", "chief", "international", "number", "seed", "back", "half"}
"""A team's roles that name no show, firm or town before them ("Seinfeld star", "Bedford
star", "Microsoft chief")."""


TRADES = frozenset(
    {"energy", "group", "holdings", "plc", "airways", "airlines", "motors", "petroleum"}
    | {"telecom", "communications", "pharmaceuticals", "studios", "records", "software"}
    | {"systems", "technologies", "industries", "corporation", "corp", "inc", "ltd"}
)
"""Last words of a firm's name that the firm drops when named short ("Cairn" of "Cairn
Energy")."""


@cache
def political_parties() -> frozenset[str]:
    """The names of political parties, case-folded (``data/political_parties.tsv``)."""
    return frozenset(name.casefold() for row in rows("political_parties.tsv") for name in row)


@cache
def _party_titles() -> dict[str, str]:
    return {row[0].casefold(): row[1] for row in rows("political_parties.tsv") if len(row) > 1}


def party_title(name: str) -> str:
    """How the panel names a political party an article names by an adjective: "Tory",
    "Conservative" -> "Conservatives", "Lib Dem" -> "Liberal Democrats" (the table's second
    column); "Tories", "Conservative Party" (a country's own: ``polity``) as written."""
    if name.endswith("s") or name.casefold().endswith(" party"):
        return name
    return _party_titles().get(name.casefold(), name)


@cache
def same_party() -> dict[str, str]:
    """A party's other name -> its name, case-folded ("tories" -> "conservatives",
    ``data/political_parties.tsv``)."""
    return {
        row[0].casefold(): row[1].casefold()
        for row in rows("political_parties.tsv")
        if len(row) > 1
    }


@cache
def _party_names() -> dict[str, str]:
    return {row[0].casefold(): row[-1] for row in rows("political_parties.tsv")}


def party_name(name: str) -> str | None:
    """The name of the political party ``name`` is a name of, as the table writes it
    ("Tories", "tories" -> "Conservatives"); None when ``name`` is no party's."""
    return _party_names().get(name.casefold())


_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})


def last_name(words: list[str]) -> str:
    """The last word of a person's name but for a generation: "Robert Cummings Sr." is a
    Cummings, "Kenneth Morgan Stancil III" a Stancil."""
    words = list(words)
    while len(words) > 1 and words[-1].casefold().rstrip(".") in _SUFFIXES:
        words.pop()
    return words[-1]
