"""Measure the merging of parties across articles, on GUM news and on a Wikinews dev gold.

    python benchmarks/across_parties.py              # GUM: analyses once (cached), then scores
    python benchmarks/across_parties.py -v           # also the wrong pairs of the tuning half
    python benchmarks/across_parties.py --wikinews   # the hand-made Wikinews gold (-v: wrong pairs)

GUM: each of the 24 ``../shared/data/gum/*.conllu`` documents is analysed (``analyze_many``);
each gold named mention with a Wikipedia identity gets the article-level party of the entity
that holds it (``benchmarks.parties.party_of``), or none. A *unit* is one identity in one
document; it stands where most of its mentions' parties are merged (none when no mention has a
party). Scores are pairwise over units of different documents: precision = pairs in one
cross-article party that share an identity / pairs in one cross-article party; recall = pairs
sharing an identity that are in one cross-article party. Two views:

- *end to end*: every unit, so an identity the article-level analysis found no party for, or
  folded into another's party (Cloud9 read as "US"), counts against the score as a reader
  would see it;
- *merge only*: units whose mentions (those with a party) all hold one article-level party
  that holds no other identity's mentions: what is left is the cross-article rule itself.

Each view for the actors (GUM ``person`` and ``organization`` mentions, which is what the
Wikinews gold judges) and for every named mention (places too: mostly countries, which merge
by equal names). Halves as in ``benchmarks/parties.py`` (documents sorted by name, every other
one): the documents of each half are merged among themselves; rules may be looked for in the
tuning half only (``-v`` lists its errors), the scoring half is reported, not looked into.

Wikinews: ``benchmarks/gold/across-parties-wikinews.json`` (its ``about`` says how it was
made) gives the real-world actor of every PERSON and ORG party of 45 dev articles, or null
when it names none. The 45 articles are analysed and merged together; scores are pairwise
over the judged parties of different articles. A gold party whose id the analysis no longer
produces is reported (the gold then needs judging again).

All development figures: the merge rule was written with these sets at hand.
"""

from __future__ import annotations

import json
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.parties import ACTORS, GUM, party_of, read_gum  # noqa: E402
from briefing.analysis.across import ArticleDigest, cross_parties, digest  # noqa: E402
from briefing.analysis.types import Article  # noqa: E402

CACHE = Path("/tmp/briefing-bench-across-parties-3.pickle")
WIKINEWS_CACHE = Path("/tmp/briefing-bench-across-wikinews.pickle")
WIKINEWS_GOLD = ROOT / "benchmarks" / "gold" / "across-parties-wikinews.json"
Node = tuple[str, str]  # (article id, article-level party id)
Mention = tuple[str, str, str, str | None]  # (article id, identity, GUM type, party id)


def gum(fresh: bool = False) -> tuple[list[ArticleDigest], list[Mention]]:
    """The documents' digests, and every gold mention with its article-level party."""
    if CACHE.exists() and not fresh:
        return pickle.loads(CACHE.read_bytes())
    from briefing.analysis.analyze import analyze_many

    docs = [(p.stem, *read_gum(p)) for p in sorted(GUM.glob("*.conllu"))]
    analyses = analyze_many(Article(text, stem) for stem, text, _ in docs)
    digests, mentions = [], []
    for (_stem, _text, found), analysis in zip(docs, analyses, strict=True):
        digests.append(digest(analysis, terms=False))
        aid = analysis.article.id
        mentions += [(aid, m.identity, m.etype, party_of(analysis, m)) for m in found]
    result = (digests, mentions)
    CACHE.write_bytes(pickle.dumps(result))
    return result


def units(mentions: list[Mention], merged: dict[Node, str], pure: bool) -> dict[Node, str | None]:
    """``(article, identity)`` -> the cross-article party most of its mentions are in."""
    parties: dict[Node, Counter[str | None]] = {}
    identities: dict[Node, set[str]] = {}
    for aid, identity, _etype, party in mentions:
        parties.setdefault((aid, identity), Counter())[party] += 1
        if party is not None:
            identities.setdefault((aid, party), set()).add(identity)
    result: dict[Node, str | None] = {}
    for (aid, identity), counts in parties.items():
        held = [p for p in counts if p is not None]
        if pure and not (len(held) == 1 and len(identities[(aid, held[0])]) == 1):
            continue
        counts = Counter({merged.get((aid, p)): n for p, n in counts.items() if p is not None})
        result[(aid, identity)] = counts.most_common(1)[0][0] if counts else None
    return result


def score(units: dict[Node, str | None], gold: Callable[[Node], str]) -> tuple:
    """Pairwise precision and recall over units of different articles, and the wrong pairs."""
    tp = pred = same = 0
    wrong = []
    for a, b in combinations(sorted(units), 2):
        if a[0] == b[0]:
            continue
        same_gold = gold(a) == gold(b)
        same_pred = units[a] is not None and units[a] == units[b]
        tp += same_gold and same_pred
        pred += same_pred
        same += same_gold
        if same_gold != same_pred:
            wrong.append((a, units[a], b, units[b], same_gold))
    return (tp / pred if pred else 1.0), (tp / same if same else 1.0), same, wrong


def show_wrong(wrong: list, label: Callable[[Node], str]) -> None:
    for a, pa, b, pb, same in wrong:
        print(f"    {'missed' if same else 'wrong '} {label(a)} [{pa}] ~ {label(b)} [{pb}]")


def gum_main() -> int:
    if not GUM.is_dir():
        print(f"{GUM}: GUM not found; nothing to measure", file=sys.stderr)
        return 2
    digests, mentions = gum("--fresh" in sys.argv)
    print(f"GUM news: {len(digests)} documents, {len(mentions)} named mentions with an identity")
    print("pairwise over (document, identity) units of different documents; halves as in")
    print("benchmarks/parties.py, each merged among its own documents (-v: tuning errors)")
    print(f"{'half':8} {'view':12} {'kinds':9} {'units':>5} {'gold pairs':>10} {'P':>6} {'R':>6}")
    halves = {"tuning": digests[0::2], "scoring": digests[1::2], "all": digests}
    for half, part in halves.items():
        ids = {d.id for d in part}
        merged = {
            (place.article, place.party): party.id
            for party in cross_parties(part)
            for place in party.articles
        }
        for view in ("end to end", "merge only"):
            for kinds in ("actors", "all"):
                kept = [m for m in mentions if m[0] in ids and (kinds == "all" or m[2] in ACTORS)]
                found = units(kept, merged, pure=view == "merge only")
                p, r, n, wrong = score(found, lambda u: u[1])
                print(f"{half:8} {view:12} {kinds:9} {len(found):>5} {n:>10} {p:>6.3f} {r:>6.3f}")
                if "-v" in sys.argv and half == "tuning" and kinds == "all":
                    show_wrong(wrong, lambda u: f"{u[0][:8]} {u[1]}")
    return 0


def wikinews_digests(rows: list[int], fresh: bool = False) -> dict[int, ArticleDigest]:
    if WIKINEWS_CACHE.exists() and not fresh:
        cached = pickle.loads(WIKINEWS_CACHE.read_bytes())
        if sorted(cached) == sorted(rows):
            return cached
    from benchmarks._data import wikinews
    from briefing.analysis.analyze import analyze_many
    from briefing.analysis.options import Options

    data = wikinews()
    articles = [
        Article(data[i]["text"], f"wikinews:{i}", title=data[i]["title"], date=data[i]["date"])
        for i in rows
    ]
    analysed = analyze_many(articles, Options())
    found = {i: digest(a, terms=False) for i, a in zip(rows, analysed, strict=True)}
    WIKINEWS_CACHE.write_bytes(pickle.dumps(found))
    return found


def wikinews_main() -> int:
    gold = json.loads(WIKINEWS_GOLD.read_text(encoding="utf-8"))
    digests = wikinews_digests(gold["rows"], "--fresh" in sys.argv)
    row = {d.id: i for i, d in digests.items()}
    present = {(d.id, p.id) for d in digests.values() for p in d.parties}
    actor = {(digests[e["row"]].id, e["party"]): e["actor"] for e in gold["parties"]}
    missing = [node for node in actor if node not in present]
    judged = {node: a for node, a in actor.items() if a is not None and node in present}
    merged = {
        (place.article, place.party): party.id
        for party in cross_parties(digests.values())
        for place in party.articles
    }
    print(f"Wikinews dev gold: {len(gold['rows'])} articles, {len(actor)} PERSON and ORG parties")
    print(f"judged to name an actor: {len(judged)}; gold parties the analysis no longer has:")
    print(f"  {len(missing)}{' (the gold needs judging again)' if missing else ''}")
    p, r, n, wrong = score({node: merged.get(node) for node in judged}, judged.__getitem__)
    print(f"pairwise over judged parties of different articles: gold pairs {n}")
    print(f"  precision {p:.3f} recall {r:.3f}")
    if "-v" in sys.argv:
        show_wrong(wrong, lambda u: f"{row[u[0]]}:{u[1]} ({judged[u]})")
    return 0


def main() -> int:
    return wikinews_main() if "--wikinews" in sys.argv else gum_main()


if __name__ == "__main__":
    sys.exit(main())
