"""Whom a high office means when the article names its holder without it: "Mr Blair" named
and then "the prime minister said", from a table of those who have held the office
(``data/office_holders.tsv``); only when the article names exactly one of them but those
another office it uses can only mean."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from briefing.analysis.lexicon import rows
from briefing.analysis.names import unaccented


def _plain(name: str) -> str:
    """A name compared without case, accents or full stops: "Jean Chrétien" is "jean chretien"."""
    return " ".join(unaccented(name.replace(".", "")).casefold().split())


@cache
def holders() -> dict[str, frozenset[str]]:
    """Office -> the plain names of those who have held it."""
    return {
        office: frozenset(_plain(n) for n in names.split(";"))
        for office, names in rows("office_holders.tsv")
    }


def has_held(office: str, names: Iterable[str]) -> bool:
    """Whether a person of ``names`` has held ``office``."""
    held = holders().get(office, frozenset())
    return any(_plain(n) in held for n in names)


def known_holder(
    office: str, people: Iterable[tuple[str, tuple[str, ...]]], elsewhere: Iterable[str] = ()
) -> str | None:
    """The one of ``people`` (party id, its names) who has held ``office``, leaving out whom
    another office the article calls someone by (``elsewhere``) can only mean: with "the
    chancellor" said too and Gordon Brown its one holder named, he is not "the prime
    minister"."""
    people = list(people)

    def held(post: str) -> list[str]:
        return [party for party, names in people if has_held(post, names)]

    taken = {only[0] for post in elsewhere if len(only := held(post)) == 1}
    found = [party for party in held(office) if party not in taken]
    return found[0] if len(found) == 1 else None
