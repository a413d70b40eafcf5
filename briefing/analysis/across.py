"""The briefing across articles: one party per real-world actor over many analyses.

Reads only ``Analysis`` objects (or the small ``ArticleDigest`` of each that an exporter keeps
while it streams), never spaCy ``Doc``s. Stories (articles about one event) are in ``stories``.

The merge rule, over the article-level parties of every article (a *node* is one party of one
article):

1. Only parties of one kind family merge: persons with persons, organisations with
   organisations, places (GPE, LOC, FAC) with places, groups (NORP) with groups.
2. A party's name is its longest alias less leading titles ("US President Donald Trump" ->
   "Donald Trump"; ``names.strip_titles``), compared case-folded. Persons with equal names of
   two words or more merge. Other parties with equal names merge unless their affiliations
   differ; one affiliated to a country stays apart from those affiliated to none
   ("Congress" of Argentina is not the one other articles mean).
3. A person named by one word only ("Trump") joins the one multi-word person whose surname
   (last word) it is ("Donald Trump") when that person is named in full in two articles or
   more, or the two articles share another person or organisation; never when the article
   itself names a candidate in full (its own reading kept them apart). A first name alone
   ("Sally", "Robert") joins nobody: in another article it is nearly always someone else.
   When several fit ("Boris Johnson", "Ron Johnson"), the one sharing the node's affiliation
   wins, else the one most co-mentioned with the node's article's other persons and
   organisations; when that leaves a tie it joins none of them. Organisations join by equal
   names only: a last word ("Time", "Reports", "Justice") is most often a common noun that
   other bodies end with.
4. One-word names left over merge by name, unless their affiliations differ ("Johnson" of
   the United Kingdom and "Johnson" of the United States stay two); persons without an
   affiliation join the affiliated one when there is exactly one; organisations without one
   stay apart from those with one, as in rule 2.
5. A one-word organisation name that is a generic noun (``GENERIC``: "State", "Church",
   "Ministry") never merges across articles: it names a different body in each; nor does a
   name written without a capital ("the supreme court", "ministry of health"): it describes,
   it does not name.

An article that names the full name ("Boris Johnson") always places its party by rule 2, so
ties only ever concern articles that never gave the full name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.analysis.actors import lookup_country
from briefing.analysis.names import TITLES, clean, slugify, strip_titles
from briefing.analysis.types import Analysis, Party

FAMILY = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
FAMILY["NORP"] = "group"
GENERIC = frozenset(
    [
        "administration",
        "agency",
        "army",
        "board",
        "centre",
        "center",
        "church",
        "commission",
        "committee",
        "company",
        "council",
        "court",
        "department",
        "government",
        "group",
        "ministry",
        "office",
        "parliament",
        "party",
        "police",
        "senate",
        "state",
        "union",
        "university",
    ]
)
"""One-word organisation names that name a different body in every article ("the State")."""


LEAD_CHARS = 800
"""How much of the text ``stories`` compares: a report says what happened first (measured:
the lead alone keeps precision steadier across thresholds than the whole text)."""


@dataclass(frozen=True)
class ArticleDigest:
    """What the cross-article view needs of one analysis: a few kilobytes, no text."""

    id: str
    title: str | None
    source: str
    date: str | None
    parties: tuple[Party, ...]
    positions: tuple[tuple[str | None, str], ...]
    """``(party id, stance)`` of every position, by index."""
    terms: tuple[tuple[str, int], ...]
    """Counts of the content words of the title and the lead (for ``stories``)."""


@dataclass(frozen=True)
class PartyInArticle:
    article: str
    party: str
    """The article-level party id."""
    positions: tuple[int, ...]
    stances: tuple[str, ...]
    """The stance of each of ``positions``."""


@dataclass(frozen=True)
class CrossParty:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    articles: tuple[PartyInArticle, ...]

    @property
    def position_count(self) -> int:
        return sum(len(a.positions) for a in self.articles)


def digest(analysis: Analysis | ArticleDigest, terms: bool = True) -> ArticleDigest:
    """The digest of ``analysis`` (a digest is returned as it is); without ``terms`` (what
    ``cross_parties`` alone needs) its words are not counted."""
    if isinstance(analysis, ArticleDigest):
        return analysis
    from briefing.analysis.terms import content_terms

    article = analysis.article
    counted = Counter[str]()
    if terms:
        lead = article.text[:LEAD_CHARS]
        counted = content_terms(article.title or "", weight=3) + content_terms(lead)
    return ArticleDigest(
        article.id,
        article.title,
        article.source,
        article.date,
        analysis.parties,
        tuple((p.party, p.stance) for p in analysis.positions),
        tuple(sorted(counted.items())),
    )


@dataclass(frozen=True)
class _Node:
    article: int
    party: Party
    family: str
    key: str
    affiliation: str | None
    full: str

    @property
    def alone(self) -> bool:
        """Rule 5: a generic one-word body, or a name without a capital, merges with none."""
        generic = self.family == "org" and self.key in GENERIC
        return generic or not any(c.isupper() for c in self.full)


def _strip(name: str) -> str:
    """``name`` less leading titles, and a country before a title ("US President X" -> "X")."""
    words = strip_titles(clean(name)).split()
    while len(words) > 2 and words[1].lower() in TITLES and lookup_country(words[0]):
        words = strip_titles(" ".join(words[1:])).split()
    return " ".join(words)


def full_name(party: Party) -> str:
    """The party's fullest name, titles stripped: the alias of most words."""
    names = [_strip(n) for n in (party.name, *party.aliases)]
    names = [n for n in names if n and any(c.isalpha() for c in n)]
    if party.kind != "PERSON":
        return strip_titles(clean(party.name)) or party.name
    return max(names, key=lambda n: (len(n.split()), len(n)), default=party.name)


def _nodes(digests: list[ArticleDigest]) -> list[_Node]:
    nodes = []
    for i, d in enumerate(digests):
        by_id = {p.id: p for p in d.parties}
        for p in d.parties:
            aff = by_id.get(p.affiliation) if p.affiliation else None
            affiliation = full_name(aff).casefold() if aff is not None else None
            family = FAMILY.get(p.kind, p.kind.lower())
            full = full_name(p)
            nodes.append(_Node(i, p, family, full.casefold(), affiliation, full))
    return nodes


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


def _is_short(node: _Node) -> bool:
    return node.family in ("person", "org") and len(node.key.split()) == 1


def _merge_full_names(nodes: list[_Node], union: _Union) -> None:
    same: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if not _is_short(node) and not node.alone:
            same[(node.family, node.key)].append(i)
    for (family, _key), group in same.items():
        if family == "person":  # a full name is one person, whatever it is affiliated to
            for i in group[1:]:
                union.join(i, group[0])
        else:  # "Congress" of Argentina is not the one most articles mean
            _join_by_affiliation(nodes, group, union, adopt=False)


def _join_by_affiliation(
    nodes: list[_Node], group: list[int], union: _Union, adopt: bool = True
) -> None:
    """Join ``group`` but for nodes of other affiliations; with ``adopt``, the unaffiliated
    join the one affiliation when there is one only (rules 2 and 4)."""
    by_affiliation: dict[str | None, list[int]] = defaultdict(list)
    for i in group:
        by_affiliation[nodes[i].affiliation].append(i)
    affiliated = [k for k in by_affiliation if k is not None]
    if adopt and len(affiliated) == 1 and None in by_affiliation:
        by_affiliation[affiliated[0]] += by_affiliation.pop(None)
    for same in by_affiliation.values():
        for i in same[1:]:
            union.join(i, same[0])


@dataclass
class _Groups:
    """The groups after rule 2, read by rule 3: members and articles of each, and the groups
    each article names."""

    members: dict[int, list[_Node]]
    articles: dict[int, set[int]]
    named_in: dict[int, set[int]]

    @classmethod
    def of(cls, nodes: list[_Node], union: _Union) -> _Groups:
        members: dict[int, list[_Node]] = defaultdict(list)
        named_in: dict[int, set[int]] = defaultdict(set)
        for i, node in enumerate(nodes):
            root = union.find(i)
            members[root].append(node)
            named_in[node.article].add(root)
        articles = {root: {m.article for m in ms} for root, ms in members.items()}
        return cls(members, articles, named_in)


def _evidence(node: _Node, candidate: int, groups: _Groups) -> int:
    """How many persons and organisations the node's article shares with the candidate's."""
    here = groups.named_in[node.article]
    there = set().union(*(groups.named_in[a] for a in groups.articles[candidate]))
    shared = (here & there) - {candidate}
    return sum(groups.members[g][0].family in ("person", "org") for g in shared)


def _pick(node: _Node, candidates: list[int], groups: _Groups) -> int | None:
    """The one candidate group a one-word name belongs to, or None (rule 3)."""
    if any(node.article in groups.articles[c] for c in candidates):
        return None  # the article named one of them in full and its reading kept them apart
    evidence = {c: _evidence(node, c, groups) for c in candidates}
    if len(candidates) == 1:
        (c,) = candidates
        return c if len(groups.articles[c]) >= 2 or evidence[c] > 0 else None
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


def _merge_short_names(nodes: list[_Node], union: _Union) -> None:
    by_word: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(nodes):
        if node.family == "person" and not _is_short(node) and not node.alone:
            by_word[f"person:{node.key.split()[-1]}"].add(union.find(i))
    groups = _Groups.of(nodes, union)
    left: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if not _is_short(node) or node.alone:
            continue
        candidates = sorted(by_word.get(f"{node.family}:{node.key}", ()))
        chosen = _pick(node, candidates, groups) if candidates else None
        if chosen is not None:
            union.join(i, chosen)
        else:
            left[f"{node.family}:{node.key}"].append(i)
    for group in left.values():
        _join_by_affiliation(nodes, group, union, adopt=nodes[group[0]].family == "person")


def cross_parties(analyses: Iterable[Analysis | ArticleDigest]) -> tuple[CrossParty, ...]:
    """One ``CrossParty`` per actor over ``analyses``, most positions first (module rule)."""
    digests = [digest(a, terms=False) for a in analyses]
    nodes = _nodes(digests)
    union = _Union(len(nodes))
    _merge_full_names(nodes, union)
    _merge_short_names(nodes, union)
    groups: dict[int, list[_Node]] = defaultdict(list)
    for i, node in enumerate(nodes):
        groups[union.find(i)].append(node)
    built = [_build(members, digests) for members in groups.values()]
    built.sort(key=lambda c: (-c[0].position_count, -len(c[0].articles), -c[1], c[0].name))
    taken: set[str] = set()
    result = []
    for party, _mentions in built:
        slug, n = slugify(party.name), 2
        while slug in taken:
            slug, n = f"{slugify(party.name)}-{n}", n + 1
        taken.add(slug)
        result.append(CrossParty(slug, *_fields(party)))
    return tuple(result)


def _fields(party: CrossParty) -> tuple:
    return party.name, party.kind, party.aliases, party.articles


def _build(members: list[_Node], digests: list[ArticleDigest]) -> tuple[CrossParty, int]:
    names = Counter(m.full for m in members)
    name = max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n)))
    kind = Counter(m.party.kind for m in members).most_common(1)[0][0]
    aliases = sorted({a for m in members for a in (m.party.name, *m.party.aliases)})
    articles = []
    for m in sorted(members, key=lambda m: m.article):
        d = digests[m.article]
        found = [(i, stance) for i, (pid, stance) in enumerate(d.positions) if pid == m.party.id]
        articles.append(
            PartyInArticle(d.id, m.party.id, tuple(i for i, _ in found), tuple(s for _, s in found))
        )
    mentions = sum(m.party.mentions for m in members)
    return CrossParty("", name, kind, tuple(aliases), tuple(articles)), mentions
