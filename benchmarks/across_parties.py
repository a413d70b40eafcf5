"""Measure the merging of parties across articles on the GUM news documents.

    python benchmarks/across_parties.py        # analyses once (cached under /tmp), then scores
    python benchmarks/across_parties.py -v     # also lists the wrong pairs
    python benchmarks/across_parties.py --wikinews  # lists the Wikinews dev merges to judge

``--wikinews`` lists every cross-article party of the 261 Wikinews dev articles (analysed by
``benchmarks/stories.py``) that joins article-level parties of different names, with their
data rows, for judging by hand (how the README's Wikinews figure was made).

Each of the 24 ``../shared/data/gum/*.conllu`` documents is analysed (``analyze_many``); each
gold named mention with a Wikipedia identity gets the article-level party of the entity that
holds it (``benchmarks.parties.party_of``). An article-level party that some gold mention
maps to is a *node*, whose identity is the commonest identity of its mentions. The nodes are
merged across the documents by ``briefing.analysis.across.cross_parties``; scores are pairwise
over nodes of different documents: precision = pairs in one cross-article party that share an
identity / pairs in one cross-article party; recall = pairs sharing an identity that are in one
cross-article party. Development figures (the rule was written with these documents at hand).
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.parties import GUM, party_of, read_gum  # noqa: E402
from briefing.analysis.across import (  # noqa: E402
    ArticleDigest,
    cross_parties,
    digest,
    full_name,
)
from briefing.analysis.types import Article  # noqa: E402

CACHE = Path("/tmp/briefing-bench-across-parties-2.pickle")
Node = tuple[str, str]  # (article id, article-level party id)


def nodes(fresh: bool = False) -> tuple[list[ArticleDigest], dict[Node, Counter[str]]]:
    """The documents' digests, and the gold identities of every article-level party's
    mentions, counted."""
    if CACHE.exists() and not fresh:
        return pickle.loads(CACHE.read_bytes())
    from briefing.analysis.analyze import analyze_many

    docs = [(p.stem, *read_gum(p)) for p in sorted(GUM.glob("*.conllu"))]
    analyses = analyze_many(Article(text, stem) for stem, text, _ in docs)
    digests, identity = [], {}
    for (_stem, _text, mentions), analysis in zip(docs, analyses, strict=True):
        digests.append(digest(analysis))
        found: dict[str, Counter[str]] = {}
        for m in mentions:
            party = party_of(analysis, m)
            if party is not None:
                found.setdefault(party, Counter())[m.identity] += 1
        for party, counts in found.items():
            identity[(analysis.article.id, party)] = counts
    result = (digests, identity)
    CACHE.write_bytes(pickle.dumps(result))
    return result


def wikinews_merges() -> None:
    from benchmarks.stories import digests

    found = digests()
    row = {d.id: i for i, d in found}
    local = {d.id: {p.id: p for p in d.parties} for _, d in found}
    for party in cross_parties([d for _, d in found]):
        names: dict[str, list[int]] = {}
        for a in party.articles:
            names.setdefault(full_name(local[a.article][a.party]), []).append(row[a.article])
        if len(names) > 1:
            print(f"{party.kind} {party.name}: " + "; ".join(f"{n} {r}" for n, r in names.items()))


def main() -> int:
    if "--wikinews" in sys.argv:
        wikinews_merges()
        return 0
    if not GUM.is_dir():
        print(f"{GUM}: GUM not found; nothing to measure", file=sys.stderr)
        return 2
    digests, counted = nodes("--fresh" in sys.argv)
    merged = {
        (place.article, place.party): party.id
        for party in cross_parties(digests)
        for place in party.articles
    }
    print(f"GUM news: {len(digests)} documents, {len(counted)} article-level parties with gold")
    identity = {node: counts.most_common(1)[0][0] for node, counts in counted.items()}
    print("every article-level party (its identity: its mentions' commonest):")
    score(identity, merged)
    pure = {node: identity[node] for node, counts in counted.items() if len(counts) == 1}
    print(f"only the {len(pure)} parties whose mentions all share one identity (no error within")
    print("the article, so what is left is the merging across articles):")
    score(pure, merged)
    return 0


def score(identity: dict[Node, str], merged: dict[Node, str]) -> None:
    tp = pred = gold = 0
    wrong = []
    for (a, ia), (b, ib) in combinations(sorted(identity.items()), 2):
        if a[0] == b[0]:
            continue  # within a document: benchmarks/parties.py
        same_gold, same_pred = ia == ib, merged.get(a) == merged.get(b) is not None
        tp += same_gold and same_pred
        pred += same_pred
        gold += same_gold
        if same_gold != same_pred:
            wrong.append((a[1], ia, b[1], ib, same_gold))
    print(f"  pairs across documents: gold {gold}, merged {pred}, both {tp}")
    precision, recall = tp / pred if pred else 1.0, tp / gold if gold else 1.0
    print(f"  pairwise precision {precision:.3f} recall {recall:.3f}")
    if "-v" in sys.argv:
        for pa, ia, pb, ib, same in wrong:
            print(f"    {'missed' if same else 'wrong '} {pa} [{ia}] ~ {pb} [{ib}]")


if __name__ == "__main__":
    sys.exit(main())
