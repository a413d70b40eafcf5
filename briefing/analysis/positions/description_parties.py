"""The parties descriptions found (``described``): one per distinct name in an article."""

from __future__ import annotations

from briefing.analysis.names import slugify
from briefing.analysis.positions.described import Description
from briefing.analysis.types import Party


def described_parties(
    descriptions: list[Description], named: tuple[Party, ...]
) -> tuple[dict[str, str], tuple[Party, ...]]:
    """One party per distinct name among ``descriptions``, with ids not among ``named``'s:
    the party id of each name (case-folded), and the new parties. A name one of ``named``
    has is that party ("MPs said", tagged as a name, and "the MPs said", not), and so is a
    word that ends the name of exactly one organisation named ("Police" of "Thames Valley
    Police")."""
    taken = {p.id for p in named}
    ids = {p.name.casefold(): p.id for p in named}
    ends: dict[str, set[str]] = {}  # "police" -> "thames-valley-police"
    for p in named:
        if p.kind == "ORG" and " " in p.name:
            ends.setdefault(p.name.rsplit(" ", 1)[1].casefold(), set()).add(p.id)
    for word, owners in ends.items():
        if len(owners) == 1 and word not in ids:
            ids[word] = next(iter(owners))  # "Police said" is the one police force named
    existing = set(ids)
    aliases: dict[str, list[str]] = {}
    first: dict[str, Description] = {}
    count: dict[str, int] = {}
    for d in descriptions:
        key = d.name.casefold()
        if key in existing:
            continue
        if key not in ids:
            base = slugify(d.name)
            pid, n = base, 1
            while pid in taken:
                n += 1
                pid = f"{base}-{n}"
            taken.add(pid)
            ids[key], aliases[key], first[key] = pid, [], d
        if d.phrase not in aliases[key]:
            aliases[key].append(d.phrase)
        count[key] = count.get(key, 0) + 1
    parties = tuple(
        Party(
            id=ids[key],
            name=first[key].name,
            kind=first[key].kind,
            aliases=tuple(dict.fromkeys([first[key].name, *aliases[key]])),
            mentions=count[key],
        )
        for key in first
    )
    return ids, parties
