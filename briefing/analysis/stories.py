"""Stories: the articles about one event, grouped from their ``ArticleDigest``s (no spaCy).

Each article is a TF-IDF vector (numpy) of the content words of its title (three times) and
lead (``across.LEAD_CHARS``) and of its cross-article parties (persons and organisations,
each counting ``PARTY_WEIGHT`` words); two articles are similar by the cosine of their
vectors, lowered when their dates are more than ``DATE_WINDOW`` days apart
(``_date_factor``: by half ten days beyond it, to a tenth a quarter of a year beyond).

Articles are grouped by centroid, the single-pass clustering of topic detection and
tracking (``group``, ``_centroid``): taken in date order, each article joins the story
whose centroid (the sum of its articles' vectors) it is most like, when that cosine is at
least ``THRESHOLD``, else it starts a story of its own; stories never merge. So an article
that bridges two stories (a report that names both events) joins the one it is most like
and the two stay apart, where single link chained them into one; and a story that runs for
months is carried by what its articles share (its centroid), so that a new report joins it
when it is like the story as a whole though not like any one report enough. Its cosine to a
centroid is read from the pairwise similarities (summed over the story's articles, over the
centroid's length), the date factor included: a story's old articles weigh less than its
recent ones. Every article is in exactly one story. Reports of two deaths or two storms
(``one_off``: "US Representative Elijah Cummings dies", "Former US Representative John
Conyers dies"; "Hurricane Dorian", "Tropical Storm Humberto") count as nothing alike, however
alike their words.

Measured (``benchmarks/stories.py --sweep --cv``; development figures on a hand-made
grouping of 261 Wikinews dev articles, the settings chosen on it): pairwise precision .973
recall .494; cross-validated by story .984 / .497, and .899 / .467 with the settings chosen on
the other fold. The topic-long stories (COVID-19, the primaries) stay split: their reports
share a term or two. What each step gained, and what was tried and not kept:
``benchmarks/STORIES.md``.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

import numpy as np

from briefing.analysis.across import ArticleDigest, CrossParty, cross_parties, digest
from briefing.analysis.names import TITLES
from briefing.analysis.one_off import apart
from briefing.analysis.terms import term_sequence
from briefing.analysis.types import Analysis

THRESHOLD = 0.18
"""The least cosine of an article to a story's centroid for it to join the story."""
LINK = "centroid"
PARTY_WEIGHT = 1
DATE_WINDOW = 90
"""Days apart within which two reports can be about one story without penalty."""


@dataclass(frozen=True)
class Story:
    id: str
    label: str
    articles: tuple[str, ...]
    """Article ids, earliest first."""


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _date_factor(digests: list[ArticleDigest], window: int = DATE_WINDOW) -> np.ndarray:
    days = [_day(d.date) for d in digests]
    n = len(days)
    factor = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            if days[i] is not None and days[j] is not None:
                apart = abs((days[i] - days[j]).days)
                factor[i, j] = factor[j, i] = 1.0 / (1.0 + max(0, apart - window) / 10)
    return factor


def _party_terms(parties: tuple[CrossParty, ...]) -> dict[str, list[str]]:
    terms: dict[str, list[str]] = {}
    for party in parties:
        if party.kind not in ("PERSON", "ORG"):
            continue
        for place in party.articles:
            terms.setdefault(place.article, []).append("party:" + party.id)
    return terms


def _unit_vectors(counts: list[dict[str, int]]) -> np.ndarray:
    """TF-IDF rows of ``counts`` (sublinear counts), each of length 1 (0 when empty); the
    words no other row has count in the length but meet nothing, so they are left out."""
    df: dict[str, int] = {}
    for c in counts:
        for term in c:
            df[term] = df.get(term, 0) + 1
    vocab = {t: k for k, t in enumerate(t for t, n in df.items() if n >= 2)}
    n = len(counts)
    rows, cols, values = [], [], []
    lone_rows, lone_values = [], []  # the words no other article has
    for i, c in enumerate(counts):
        for term, count in c.items():
            k = vocab.get(term)
            if k is not None:
                rows.append(i)
                cols.append(k)
                values.append(count)
            else:
                lone_rows.append(i)
                lone_values.append(count)
    lone = np.zeros(n)  # their squared weights, by article
    lone_weights = (1 + np.log(np.array(lone_values, float))) * (math.log((n + 1) / 2) + 1)
    np.add.at(lone, np.array(lone_rows, dtype=int), lone_weights**2)
    idf = np.log((n + 1) / (np.array([df[t] for t in vocab], dtype=float) + 1)) + 1
    matrix = np.zeros((n, len(vocab)))
    cols_ = np.array(cols, dtype=int)
    matrix[np.array(rows, dtype=int), cols_] = (1 + np.log(np.array(values, float))) * idf[cols_]
    norms = np.sqrt((matrix**2).sum(axis=1) + lone)
    norms[norms == 0] = 1
    return matrix / norms[:, None]


def similarity(
    digests: list[ArticleDigest],
    parties: tuple[CrossParty, ...],
    party_weight: int = PARTY_WEIGHT,
    date_window: int = DATE_WINDOW,
) -> np.ndarray:
    """The articles' pairwise similarity, 0 to 1 (1 on the diagonal); 0 for reports of two
    deaths or two storms (``one_off``)."""
    extra = _party_terms(parties) if party_weight > 0 else {}
    counts = []
    for d in digests:
        c = dict(d.terms)
        for term in extra.get(d.id, ()):
            c[term] = c.get(term, 0) + party_weight
        counts.append(c)
    matrix = _unit_vectors(counts)
    sim = (matrix @ matrix.T) * _date_factor(digests, date_window)
    sim[apart(digests, parties)] = 0.0  # two deaths, two storms: two stories
    np.fill_diagonal(sim, 1.0)
    return sim


def _average_link(sim: np.ndarray, threshold: float) -> list[list[int]]:
    groups = [[i] for i in range(len(sim))]
    while len(groups) > 1:
        best, pair = threshold, None
        for a in range(len(groups)):
            rows = sim[groups[a]]
            for b in range(a + 1, len(groups)):
                mean = float(rows[:, groups[b]].mean())
                if mean >= best:
                    best, pair = mean, (a, b)
        if pair is None:
            break
        a, b = pair
        groups[a] = groups[a] + groups.pop(b)
    return groups


def _candidates(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Connected parts of the graph of pairs at least ``threshold`` similar: average link
    never joins across them, so it runs within each (fast on many unrelated articles)."""
    n = len(sim)
    seen = [False] * n
    parts = []
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        stack, part = [start], []
        while stack:
            i = stack.pop()
            part.append(i)
            for j in np.nonzero(sim[i] >= threshold)[0]:
                if not seen[j]:
                    seen[j] = True
                    stack.append(int(j))
        parts.append(sorted(part))
    return parts


def _centroid(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Single-pass clustering, in index order: each article joins the story whose centroid it
    is most similar to, when at least ``threshold``, else starts one; stories never merge.
    An article's cosine to a story's centroid (the sum of its members' vectors) is its summed
    similarity to the members over the centroid's length, both read from ``sim``."""
    n = len(sim)
    label = np.full(n, -1)
    inner: list[float] = []  # per story: the squared length of its centroid
    for k in range(n):
        seen = np.arange(k)
        to_story = np.bincount(label[seen], weights=sim[k, seen], minlength=len(inner))
        score = to_story / np.sqrt(np.array(inner)) if inner else to_story
        best = int(np.argmax(score)) if len(score) else -1
        if best >= 0 and score[best] >= threshold:
            label[k] = best
            inner[best] += 2 * to_story[best] + 1
        else:
            label[k] = len(inner)
            inner.append(1.0)
    groups: list[list[int]] = [[] for _ in inner]
    for k, g in enumerate(label):
        groups[g].append(k)
    return groups


def group(sim: np.ndarray, threshold: float = THRESHOLD, link: str = LINK) -> list[list[int]]:
    """Groups of the indices of ``sim``: by centroid (``_centroid``; the indices in date
    order), by single link (two articles at least ``threshold`` similar share a story, and so
    on along the chain), or by average link."""
    if link == "centroid":
        return _centroid(sim, threshold)
    parts = _candidates(sim, threshold)
    if link == "single":
        return parts
    groups = []
    for part in parts:
        sub = sim[np.ix_(part, part)]
        groups += [[part[i] for i in g] for g in _average_link(sub, threshold)]
    return groups


def stories(
    analyses: Iterable[Analysis | ArticleDigest],
    parties: tuple[CrossParty, ...] | None = None,
    threshold: float = THRESHOLD,
) -> tuple[Story, ...]:
    """The stories of ``analyses``: largest first, then earliest; ``parties`` are their
    ``cross_parties`` when already known."""
    digests = sorted((digest(a) for a in analyses), key=lambda d: _day(d.date) or date.max)
    if not digests:
        return ()
    if parties is None:
        parties = cross_parties(digests)
    groups = group(similarity(digests, parties), threshold)
    named: dict[str, list[int]] = {}  # article id -> the persons and organisations it names
    for k, party in enumerate(parties):
        if party.kind in ("PERSON", "ORG"):
            for place in party.articles:
                named.setdefault(place.article, []).append(k)
    order = {d.id: (_day(d.date) or date.max, i) for i, d in enumerate(digests)}
    result = []
    for members in groups:
        ids = sorted((digests[i].id for i in members), key=order.__getitem__)
        result.append((ids, _label([digests[i] for i in members], parties, named)))
    result.sort(key=lambda s: (-len(s[0]), order[s[0][0]]))
    return tuple(Story(f"story-{k}", label, tuple(ids)) for k, (ids, label) in enumerate(result, 1))


_TITLE_WORDS = frozenset(w for title in TITLES for w in title.lower().split())
"""Words of people's titles ("Prime Minister", "Judge"): they say who, not what happened."""


def _label(
    members: list[ArticleDigest], parties: tuple[CrossParty, ...], named: dict[str, list[int]]
) -> str:
    """The names of the parties most of the story's articles share, and its commonest words
    but titles (with the capitals its titles and leads give them, those its titles write side
    by side as one phrase: ``_phrases``); a lone article's title."""
    if len(members) == 1:
        d = members[0]
        return d.title or PurePath(d.source).name or d.source  # as the article list shows it
    count: dict[int, int] = {}  # party's place in ``parties`` -> articles of the story naming it
    for d in members:
        for k in named.get(d.id, ()):
            count[k] = count.get(k, 0) + 1
    shared = sorted(count, key=lambda k: (-count[k], k))
    named_most = [parties[k] for k in shared[:2] if count[k] > 1]
    names = [p.name for p in named_most]
    spread: dict[str, int] = {}  # in how many of the articles
    total: dict[str, int] = {}
    for d in members:
        for term, count in d.terms:
            spread[term] = spread.get(term, 0) + 1
            total[term] = total.get(term, 0) + count
    taken = {w for p in named_most for n in (p.name, *p.aliases) for w in n.lower().split()}
    ranked = sorted(spread, key=lambda w: (-spread[w], -total[w], w))
    words = [w for w in ranked if w not in taken and w not in _TITLE_WORDS]
    written = Counter(pair for d in members for pair in d.written)  # "Guantanamo", "Tory"
    forms: dict[str, str] = {}
    for (term, form), _n in written.most_common():
        forms.setdefault(term, form)
    titles = [term_sequence(d.title or "") for d in members]
    top = _phrases(words, titles, 4 - len(names), set(forms))
    return ", ".join(names + [" ".join(forms.get(w, w) for w in phrase) for phrase in top])


def _phrases(
    words: list[str], titles: list[list[str | None]], room: int, names: set[str]
) -> list[tuple[str, ...]]:
    """The first ``room`` of the first ``2 * room`` of ``words``, each with up to two others of
    them that the titles write beside it, as one phrase in the titles' order: "hong" and
    "kong" are "Hong Kong". Two words are one phrase when no title has both apart and two
    titles have them side by side, or one does and both are ``names`` (written with
    capitals): "running mate", "Tropical Storm"; not "downtown police"."""
    pool = words[: 2 * room]
    pairs: Counter[tuple[str, str]] = Counter()
    apart: set[frozenset[str]] = set()
    for title in titles:
        here = {(a, b) for a, b in itertools.pairwise(title) if a in pool and b in pool}
        pairs.update(here)
        seen = {w for w in title if w in pool}
        together = {frozenset(pair) for pair in here}
        apart |= {frozenset((a, b)) for a in seen for b in seen if a != b} - together
    beside = [  # the most often written first
        pair
        for pair, n in sorted(pairs.items(), key=lambda item: (-item[1], item[0]))
        if pair[0] != pair[1] and (n >= 2 or set(pair) <= names) and frozenset(pair) not in apart
    ]
    found: list[tuple[str, ...]] = []
    used: set[str] = set()
    for word in pool:
        if len(found) == room or word in used:
            continue
        phrase = [word]
        while len(phrase) < 3:  # grow it at either end while a word fits there
            after = [b for a, b in beside if a == phrase[-1] and b not in used | set(phrase)]
            before = [a for a, b in beside if b == phrase[0] and a not in used | set(phrase)]
            if not after and not before:
                break
            phrase = [*phrase, after[0]] if after else [before[0], *phrase]
        used |= set(phrase)
        found.append(tuple(phrase))
    return found
