"""The names as written by which positions' sources call their parties, kept among the
parties' aliases: a fuller name ("an attendee Om Prakash" for "Prakash"), a country's
government ("the government of Burundi") and a body of it named with it ("the Myanma
embassy"). A reader sees how the article named whom a
position is given to; a description that could name someone else ("the judge",
"authorities", "Omsk hospital officials") is never added, nor a name with a title or a comma
that would stand in for the party's own across articles (``merging.full_name``).
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.names import TITLES, bare
from briefing.analysis.types import Party, Position

_RULING = frozenset({"government", "administration", "regime", "cabinet"})


def _word(word: str) -> str:
    return bare(word).strip(".,").casefold()


def _fuller(phrase: str, name: str) -> bool:
    """ "an attendee Om Prakash" of "Prakash", "Yolanda Yu Hoi-kwan" of "Yu Hoi-kwan": every
    word of the name, and the phrase's last word one of them; written either as a description
    (from a small letter: across articles such a name is never matched) or as a longer name
    alone, without a title or a comma. Not "Omsk hospital officials" of "Omsk", nor "Nancy
    Pelosi, the Speaker", "Republican President Trump" or "Biden and Sanders" (names that
    would stand in for the person's own across articles, ``merging.full_name``)."""
    own = {_word(w) for w in name.split() if w[:1].isupper()}
    words = phrase.split()
    if not own or not words or phrase.casefold() == name.casefold():
        return False
    if not (own <= {_word(w) for w in words} and _word(words[-1]) in own):
        return False
    named = all(w[:1].isupper() and _word(w) not in TITLES and "," not in w for w in words)
    return words[0][:1].islower() or named


def _possessive(phrase: str, name: str) -> bool:
    """ "Goa's government" of "Goa government": the name with its first word possessive."""
    words = phrase.split()
    if len(words) < 2 or not words[0].endswith(("'s", "’s")):
        return False
    return " ".join([words[0][:-2], *words[1:]]).casefold() == name.casefold()


def _ruling(phrase: str, country: Party) -> bool:
    """ "the government", "the government of Burundi", "Burundi's government": a country's
    government, named so; and a body of it named with the country ("the Myanma embassy",
    "the U.S. embassy in Beijing", "the Greek finance ministry"), not "the embassy"."""
    words, names = _words(phrase), _names(country)
    if not words or words[0] not in _RULING and words[-1] not in _RULING:
        return _body(words, names)
    if len(words) == 1:
        return True
    if words[0] in _RULING and words[1] == "of":
        return " ".join(words[2:]).removeprefix("the ") in names
    return bare(" ".join(words[:-1])) in names


def _words(phrase: str) -> list[str]:
    return phrase.casefold().removeprefix("the ").split()


def _names(country: Party) -> set[str]:
    return {n.casefold().removeprefix("the ") for n in (country.name, *country.aliases)}


_BODIES = frozenset({"embassy", "consulate", "ministry"})


def _body(words: list[str], names: set[str]) -> bool:
    """The country's name or people's adjective first, then at most one more word, then the
    body ("greek finance ministry"), and after it nothing or where it sits ("in beijing")."""
    at = next((i for i, w in enumerate(words) if w in _BODIES), None)
    if at is None or at == 0 or at > 2 or bare(words[0]) not in names:
        return False
    return at + 1 == len(words) or words[at + 1] in ("in", "to")


def called(
    parties: tuple[Party, ...], positions: tuple[Position, ...], text: str
) -> tuple[Party, ...]:
    """``parties`` with the fuller names their positions' sources give them, as written, among
    their aliases: "an attendee Om Prakash" for "Prakash", "the government" for a country,
    and "Police" for "Thames Valley Police". A description that could name another ("the
    judge", "authorities") is not added: the alias says who the article means, not whom the
    source was resolved to."""
    by_id = {party.id: party for party in parties}
    phrases: dict[str, list[str]] = {}
    for p in positions:
        party = by_id.get(p.party or "")
        if party is None or p.source is None:
            continue
        phrase = " ".join(text[slice(*p.source)].split())
        if (
            _fuller(phrase, party.name)
            or _possessive(phrase, party.name)
            or (party.kind == "GPE" and _ruling(phrase, party))
            or (party.kind == "NORP" and _body(_words(phrase), _names(party)))
            or _last_word(phrase, party)
        ):
            phrases.setdefault(party.id, []).append(phrase)
    return tuple(
        replace(party, aliases=tuple(dict.fromkeys([*party.aliases, *phrases[party.id]])))
        if party.id in phrases
        else party
        for party in parties
    )


def _last_word(phrase: str, party: Party) -> bool:
    """ "Police" or "the police" for "Thames Valley Police", the one force named."""
    word = phrase.casefold().removeprefix("the ")
    return party.kind == "ORG" and " " in party.name and word == party.name.split()[-1].casefold()
