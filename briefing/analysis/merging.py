"""The merge rule of ``across``: which article-level parties are one actor.

The rules are stated, numbered, in ``briefing.analysis.across``; the functions here name the
rule they carry out. Reads ``Party`` objects only (no text, no spaCy).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cached_property

from briefing.analysis.actors import lookup_country
from briefing.analysis.initialisms import initials
from briefing.analysis.names import (
    TITLES,
    clean,
    party_name,
    person_name,
    strip_titles,
    unaccented,
)
from briefing.analysis.polity import (
    INSTITUTIONS,
    ONE_PER_COUNTRY,
    article_country,
    country_of,
    is_institution,
    split_country,
)
from briefing.analysis.types import Party

FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
FAMILY["NORP"] = "group"
GENERIC = frozenset(
    [
        "administration",
        "affidavit",  # "The affidavit said": each case's own (``described``)
        "agency",
        "army",
        "authorities",  # "Authorities said": whoever is in charge where it happened
        "board",
        "centre",
        "center",
        "church",
        "commission",
        "committee",
        "company",
        "complaint",
        "council",
        "court",
        "department",
        "documents",
        "government",
        "group",
        "jury",
        "memo",
        "military",
        "ministry",
        "navy",
        "office",
        "paper",
        "parliament",
        "party",
        "police",
        "report",
        "findings",
        "research",
        "researchers",  # a study's team ("scientists say"): each article's own
        "results",
        "senate",
        "state",
        "study",  # "A study published in ... reported": each article's own
        "survey",
        "union",
        "university",
    ]
)
"""One-word organisation names that name a different body in every article ("the State")."""


@dataclass(frozen=True)
class Node:
    """One party of one article, as the rules read it: ``article`` is the article's index,
    ``key`` the case-folded name compared (rule 2), ``full`` the name shown."""

    article: int
    party: Party
    family: str
    key: str
    affiliation: str | None
    full: str
    polity: str | None = None
    """Organisations: the country the body belongs to (rule 2), when known."""

    @cached_property
    def alone(self) -> bool:
        """Rule 5: a generic one-word body, or a name without a capital, merges with none;
        nor does a party the article only describes ("a federal judge", "state television":
        every way it is written but the name made of it has no capital after its first
        letter)."""
        generic = self.family in ("org", "group") and self.key in GENERIC - ONE_PER_COUNTRY
        others = [a for a in self.party.aliases if a != self.party.name]
        described = bool(others) and all(_describes(a) for a in others)
        return generic or described or not any(c.isupper() for c in self.full)


def _describes(alias: str) -> bool:
    """ "a federal judge", "A federal judge", "Several conservative groups": lower case, or
    capitalised only as a sentence's first word, an article or a quantity."""
    if alias == alias.lower():
        return True
    first, _, rest = alias.partition(" ")
    return first.lower() in _DESCRIBING and rest == rest.lower()


_DESCRIBING = frozenset({"a", "an", "the", "several", "some", "many", "two", "three", "other"})


def _strip(name: str) -> str:
    """``name`` less leading titles, and a country before a title ("US President X" -> "X")."""
    words = person_name(clean(name)).split()
    while True:  # "United States President X": a country of one to three words
        country = next(
            (
                n
                for n in (1, 2, 3)
                if len(words) > n + 1
                and words[n].lower() in TITLES
                and lookup_country(" ".join(words[:n]))
            ),
            None,
        )
        if country is None:
            return " ".join(words)
        words = strip_titles(" ".join(words[country:])).split()


def full_name(party: Party) -> str:
    """The party's fullest name, titles stripped: the alias of most words that starts with a
    capital; an organisation's name, or what its initials stand for ("AP", written "the
    Associated Press" too)."""
    if party.kind != "PERSON":
        return _spelled_out(party) or strip_titles(clean(party.name)) or party.name
    names = [_strip(n) for n in (party.name, *party.aliases)]
    names = [n for n in names if n and any(c.isalpha() for c in n)]
    # "a government official" as written is a description of the party "Government official"
    names = [n for n in names if n[0].isupper()] or names
    return max(names, key=lambda n: (len(n.split()), len(n)), default=party.name)


def _spelled_out(party: Party) -> str | None:
    """The alias an organisation's initials stand for: "Associated Press" of "AP"."""
    name = party.name
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
        return None
    spelled = (strip_titles(clean(alias)) for alias in party.aliases)
    return next((a for a in spelled if " " in a and initials(a).upper() == name), None)


def _nodes(articles: list[tuple[Party, ...]]) -> list[Node]:
    nodes = []
    for i, parties in enumerate(articles):
        by_id = {p.id: p for p in parties}
        fulls = {p.id: full_name(p) for p in parties}
        here = []
        for p in parties:
            aff = by_id.get(p.affiliation) if p.affiliation else None
            affiliation = fulls[aff.id].casefold() if aff is not None else None
            family = FAMILY.get(p.kind, p.kind.lower())
            full = fulls[p.id]
            if family != "place" and (party := party_name(full)) is not None:  # rule 1b
                family, p = "org", replace(p, kind="ORG")
                full = full if full.casefold().endswith(" party") else party
            country, rest = split_country(full) if family == "org" else (None, full)
            if country is None and aff is not None and family == "org":
                country = country_of(aff.name)
            key = unaccented(rest.casefold())  # "Nicolás Maduro" is "Nicolas Maduro"
            here.append(Node(i, p, family, key, affiliation, full, country))
        nodes += _place_bodies(here, article_country(parties))
    return nodes


def _place_bodies(nodes: list[Node], country: str | None) -> list[Node]:
    """Rule 2: a body of every country ("Senate") with no country of its own is the body of
    the country its article is about (``polity.article_country``)."""
    placed = []
    for n in nodes:
        if n.family == "org" and n.polity is None and is_institution(n.key):
            n = replace(n, polity=country)
        placed.append(n)
    return placed


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _is_short(node: Node) -> bool:
    return node.family in ("person", "org") and len(node.key.split()) == 1


def _merge_full_names(nodes: list[Node], union: _Union) -> None:
    same: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if not _is_short(node) and not node.alone:  # "Kilroy-Silk" is "Kilroy Silk"
            same[(node.family, node.key.replace("-", " "))].append(i)
    for (family, _key), group in same.items():
        if family == "person":  # a full name is one person, whatever it is affiliated to
            for i in group[1:]:
                union.join(i, group[0])
        else:  # "Congress" of Argentina is not the one most articles mean
            _join_by_affiliation(nodes, group, union, adopt=False)


def _join_by_affiliation(
    nodes: list[Node], group: list[int], union: _Union, adopt: bool = True
) -> None:
    """Join ``group`` but for nodes of other affiliations; with ``adopt``, the unaffiliated
    join the one affiliation when there is one only (rules 2 and 4)."""
    by_affiliation: dict[str | None, list[int]] = defaultdict(list)
    for i in group:
        node = nodes[i]
        by_affiliation[node.polity if node.family == "org" else node.affiliation].append(i)
    affiliated = [k for k in by_affiliation if k is not None]
    if adopt and len(affiliated) == 1 and None in by_affiliation:
        by_affiliation[affiliated[0]] += by_affiliation.pop(None)
    for same in by_affiliation.values():
        for i in same[1:]:
            union.join(i, same[0])


def _merge_named_persons(nodes: list[Node], union: _Union) -> None:
    """Rule 2b: an organisation whose name is, or ends with, the full name of a person named
    as a person in two articles or more is that person, read with the wrong kind ("Vermont
    Bernie Sanders" once "Bernie Sanders" is a person twice)."""
    articles: dict[str, set[int]] = defaultdict(set)
    root: dict[str, int] = {}
    for i, node in enumerate(nodes):
        if node.family == "person" and len(node.key.split()) >= 2 and not node.alone:
            articles[node.key].add(node.article)
            root[node.key] = union.find(i)
    for i, node in enumerate(nodes):
        if node.family != "org" or node.alone or " of " in node.key:
            continue
        words = node.key.split()
        for n in range(2, min(len(words), 4) + 1):  # a person's name is four words at most
            key, lead = " ".join(words[-n:]), words[:-n]
            if len(articles.get(key, ())) >= 2 and not any(w in INSTITUTIONS for w in lead):
                union.join(i, root[key])
                break


@dataclass
class _Groups:
    """The groups after rule 2, read by rule 3: members and articles of each, and the groups
    each article names."""

    members: dict[int, list[Node]]
    articles: dict[int, set[int]]
    named_in: dict[int, set[int]]

    @classmethod
    def of(cls, nodes: list[Node], union: _Union) -> _Groups:
        members: dict[int, list[Node]] = defaultdict(list)
        named_in: dict[int, set[int]] = defaultdict(set)
        for i, node in enumerate(nodes):
            root = union.find(i)
            members[root].append(node)
            named_in[node.article].add(root)
        articles = {root: {m.article for m in ms} for root, ms in members.items()}
        return cls(members, articles, named_in)


def _evidence(node: Node, candidate: int, groups: _Groups) -> int:
    """How many persons and organisations the node's article shares with the candidate's."""
    here = groups.named_in[node.article]
    there = set().union(*(groups.named_in[a] for a in groups.articles[candidate]))
    shared = (here & there) - {candidate}
    return sum(groups.members[g][0].family in ("person", "org") for g in shared)


def _pick(node: Node, candidates: list[int], groups: _Groups) -> int | None:
    """The one candidate group a one-word name belongs to, or None (rule 3)."""
    if any(node.article in groups.articles[c] for c in candidates):
        return None  # the article named one of them in full and its reading kept them apart
    evidence = {c: _evidence(node, c, groups) for c in candidates}
    if len(candidates) == 1:
        (c,) = candidates
        return c if len(groups.articles[c]) >= 2 or evidence[c] >= 2 else None
    if node.affiliation:
        same = [
            c
            for c in candidates
            if any(m.affiliation == node.affiliation for m in groups.members[c])
        ]
        if len(same) == 1:
            return same[0]
    best = max(evidence.values())
    winners = [c for c, n in evidence.items() if n == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _settle_unplaced(nodes: list[Node], union: _Union) -> None:
    """Rule 2c: a body of no known country ("Democratic Party" in an article that names no
    country) joins the one body of its name whose articles share the most persons and
    organisations with its own, when one does and no other shares as many."""
    groups = _Groups.of(nodes, union)
    by_key: dict[str, dict[str | None, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, node in enumerate(nodes):
        if node.family == "org" and not node.alone:
            by_key[node.key][node.polity].add(union.find(i))
    for by_polity in by_key.values():
        unplaced = by_polity.pop(None, set())
        if not by_polity:
            continue
        for root in unplaced:
            shared = {p: _shared(groups, root, roots) for p, roots in by_polity.items()}
            best = max(shared.values())
            winners = [p for p, n in shared.items() if n == best]
            if best > 0 and len(winners) == 1:
                union.join(root, min(by_polity[winners[0]]))


def _shared(groups: _Groups, root: int, others: set[int]) -> int:
    """The most persons and organisations that an article of ``root`` shares with one
    article of ``others`` (the article most like it, not the sum: a body named in many
    articles would otherwise win every time)."""
    theirs = {a for o in others for a in groups.articles[o]}
    best = 0
    for here in groups.articles[root]:
        mine = groups.named_in[here] - {root} - others
        for there in theirs - {here}:
            shared = mine & groups.named_in[there]
            best = max(best, sum(groups.members[g][0].family in ("person", "org") for g in shared))
    return best


def _merge_short_names(nodes: list[Node], union: _Union, family: str) -> None:
    by_word: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(nodes):
        if _is_short(node) or node.alone:
            continue
        if node.family == "person":
            by_word[f"person:{node.key.split()[-1]}"].add(union.find(i))
        first, _, rest = node.key.partition(" of ")
        named = first in ONE_PER_COUNTRY and 0 < len(rest.split()) <= 2
        if node.family == "org" and named and node.polity is not None:
            by_word[f"org:{first}:{node.polity}"].add(union.find(i))
    groups = _Groups.of(nodes, union)
    left: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if not _is_short(node) or node.alone or node.family != family:
            continue
        if node.family == "org":  # "the House" of a country: its "House of ..." if one only
            bodies = by_word.get(f"org:{node.key}:{node.polity}", set())
            chosen = next(iter(bodies)) if len(bodies) == 1 else None
        else:
            candidates = sorted(by_word.get(f"{node.family}:{node.key}", ()))
            chosen = _pick(node, candidates, groups) if candidates else None
        if chosen is not None:
            union.join(i, chosen)
        else:
            left[f"{node.family}:{node.key}"].append(i)
    for group in left.values():
        _join_by_affiliation(nodes, group, union, adopt=nodes[group[0]].family == "person")


def merge(articles: list[tuple[Party, ...]]) -> list[list[Node]]:
    """The parties of every article (one tuple an article), grouped by actor."""
    nodes = _nodes(articles)
    union = _Union(len(nodes))
    _merge_full_names(nodes, union)
    _merge_named_persons(nodes, union)
    _merge_short_names(nodes, union, "org")
    _settle_unplaced(nodes, union)
    _merge_short_names(nodes, union, "person")
    groups: dict[int, list[Node]] = defaultdict(list)
    for i, node in enumerate(nodes):
        groups[union.find(i)].append(node)
    return list(groups.values())
