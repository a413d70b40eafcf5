"""The briefing across articles: one party per real-world actor over many analyses.

Reads only ``Analysis`` objects (or the small ``ArticleDigest`` of each that an exporter keeps
while it streams), never spaCy ``Doc``s. Stories (articles about one event) are in ``stories``.

The merge rule (carried out by ``merging``), over the article-level parties of every
article (a *node* is one party of one article):

1. Only parties of one kind family merge: persons with persons, organisations with
   organisations, places (GPE, LOC, FAC) with places, groups (NORP) with groups; but see 2b.
   1b. A political party (``data/political_parties.tsv``) is an organisation whatever the
   model tagged it ("the Liberal Democrats" a group in one article, a body in another), named
   as the table names it ("Tories" -> "Conservatives"); but "Labour Party" and the like stay as
   written, a body of every country (rule 2: Hong Kong's is not Britain's).
2. A party's name is its longest alias less leading titles ("US President Donald Trump" ->
   "Donald Trump"; ``names.strip_titles``), compared case-folded and without accents
   ("Nicolás Maduro", "Nicolas Maduro"; names of two words or more with a hyphen as a space:
   "Kilroy-Silk", "Kilroy Silk"); an organisation's name
   is what its initials stand for when the article spells them out ("AP", "the Associated
   Press"), less a leading country ("U.S. Senate" -> "Senate", of the United States;
   ``polity.split_country``; a demonym stays: "American Airlines") or a trailing one after
   a body every country has ("Supreme Court of the United States"). Persons with equal names
   of two words or more merge. Organisations with equal names merge when they belong to one
   country: the country before the name, else the country of the party's affiliation, else,
   for a body that every country has its own of (a name headed by an ``INSTITUTIONS`` noun:
   "Supreme Court", "House of Representatives", "Liberal Party"; not churches, unions,
   councils or bodies over countries, ``polity.is_institution``), the country the article is
   about (``polity.article_country``: the country its parties name at least twice as often
   as any other). So the Liberal Party of a Canadian report and that of an Australian one
   stay two; organisations of no known country merge with each other, apart from placed ones.
   2b. An organisation whose name is, or ends with, the full name of a person named as a
   person in two articles or more is that person ("Vermont Bernie Sanders", a misread
   kind); not when the words before it include an ``INSTITUTIONS`` noun or "of".
   2c. A body of no known country (an article that names no country clearly) joins the body
   of its name whose articles are most like its own: the country whose single article shares
   the most persons and organisations with its article, when one country leads.
3. A person named by one word only ("Trump") joins the one multi-word person whose surname
   (last word) it is ("Donald Trump") when that person is named in full in two articles or
   more, or the two articles share two other persons or organisations (one is not enough:
   "Judge Jackson" and "Andrew Jackson" both stand beside the president of the day); never
   when the article itself names a candidate in full (its own reading kept them apart). A
   first name alone ("Sally", "Robert") joins nobody: in another article it is nearly always
   someone else. When several fit ("Boris Johnson", "Ron Johnson"), the one sharing the
   node's affiliation wins, else the one most co-mentioned with the node's article's other
   persons and organisations; when that leaves a tie it joins none of them. Organisations
   do not join by last word: "Time", "Reports", "Justice" are most often common nouns that
   other bodies end with. Persons are placed after the organisations have merged, so shared
   bodies ("Congress") count as co-mentions.
4. One-word names left over merge by name, unless their countries (organisations, as in
   rule 2) or affiliations (persons) differ ("Johnson" of the United Kingdom and "Johnson" of
   the United States stay two); persons without an affiliation join the affiliated one when
   there is exactly one. A body a country has one of (``ONE_PER_COUNTRY``: "the Senate",
   "the House", "Congress") joins that country's "<word> of ..." body when there is one
   only ("the House" -> "House of Representatives"; not "House of Lords" beside "House of
   Commons").
5. A one-word organisation name that is a generic noun (``GENERIC``: "State", "Church",
   "Ministry") never merges across articles: it names a different body in each; nor does a
   name written without a capital ("the supreme court", "ministry of health"): it describes,
   it does not name; nor a party the article only describes ("a federal judge", "state
   television": each article's is its own). "Senate", "Parliament" and "Government" are the
   exception of rule 4.

An article that names the full name ("Boris Johnson") always places its party by rule 2, so
ties only ever concern articles that never gave the full name.

Measured (development figures, ``benchmarks/across_parties.py``): on a hand-made gold of 45
Wikinews dev articles (``benchmarks/gold/across-parties-wikinews.json``), pairwise over the
PERSON and ORG parties of different articles, precision .995 recall .879 (1,263 gold pairs;
before these rules .972 / .656). Errors left: bodies of one country's states or districts
("the state's Supreme Court", two federal district courts) and kinds the article-level
reading got wrong ("Trump" read as an organisation).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.analysis.merging import Node, full_name, merge
from briefing.analysis.names import slugify
from briefing.analysis.types import Analysis, Party

__all__ = ["ArticleDigest", "CrossParty", "PartyInArticle", "cross_parties", "digest", "full_name"]


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
    written: tuple[tuple[str, str], ...] = ()
    """The terms the title and lead write with capitals, as written ("Guantanamo")."""


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
    from briefing.analysis.terms import content_terms, written_terms

    article = analysis.article
    counted = Counter[str]()
    written: dict[str, str] = {}
    if terms:
        lead = article.text[:LEAD_CHARS]
        counted = content_terms(article.title or "", weight=3) + content_terms(lead)
        written = written_terms(f"{article.title or ''}\n{lead}")
    return ArticleDigest(
        article.id,
        article.title,
        article.source,
        article.date,
        analysis.parties,
        tuple((p.party, p.stance) for p in analysis.positions),
        tuple(sorted(counted.items())),
        tuple(sorted(written.items())),
    )


def cross_parties(analyses: Iterable[Analysis | ArticleDigest]) -> tuple[CrossParty, ...]:
    """One ``CrossParty`` per actor over ``analyses``, most positions first (module rule)."""
    digests = [digest(a, terms=False) for a in analyses]
    groups = merge([d.parties for d in digests])
    held: list[dict[str, list[tuple[int, str]]]] = []
    for d in digests:
        by_party: dict[str, list[tuple[int, str]]] = {}
        for i, (pid, stance) in enumerate(d.positions):
            by_party.setdefault(pid or "", []).append((i, stance))
        held.append(by_party)
    built = [_build(members, digests, held) for members in groups]
    built.sort(key=lambda c: (-c[0].position_count, -len(c[0].articles), -c[1], c[0].name))
    taken: set[str] = set()
    result = []
    for party, _mentions in built:
        base = slugify(party.name)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        result.append(CrossParty(slug, *_fields(party)))
    return tuple(result)


def _fields(party: CrossParty) -> tuple:
    return party.name, party.kind, party.aliases, party.articles


def _build(
    members: list[Node],
    digests: list[ArticleDigest],
    held: list[dict[str, list[tuple[int, str]]]],
) -> tuple[CrossParty, int]:
    """The cross-article party of ``members``; ``held`` gives each article's positions by
    party id."""
    names = Counter(m.full for m in members)
    name = max(names, key=lambda n: (len(n.split()) > 1, names[n], len(n)))
    kind = Counter(m.party.kind for m in members).most_common(1)[0][0]
    aliases = sorted({a for m in members for a in (m.party.name, *m.party.aliases)})
    articles = []
    for m in sorted(members, key=lambda m: m.article):
        d = digests[m.article]
        found = held[m.article].get(m.party.id, [])
        articles.append(
            PartyInArticle(d.id, m.party.id, tuple(i for i, _ in found), tuple(s for _, s in found))
        )
    mentions = sum(m.party.mentions for m in members)
    return CrossParty("", name, kind, tuple(aliases), tuple(articles)), mentions
