"""Measure story grouping on a hand-made grouping of Wikinews dev articles.

    python benchmarks/stories.py            # analyses once (cached under /tmp), then scores
    python benchmarks/stories.py --sweep    # also every threshold from .05 to .60

The gold (``benchmarks/gold/stories-dev.json``) groups data rows of
``../shared/data/wikinews/wikinews_2019_2020_dev.csv`` by event, from their titles and dates;
rows in no group are stories of their own. Every article is analysed with
``analyze_many`` (for its parties) and grouped by ``briefing.analysis.stories.stories``.
Scores are pairwise: precision = pairs put in one story that the gold puts in one story /
pairs put in one story; recall = gold pairs put in one story. Development figures: the
threshold was chosen on this very set.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import wikinews  # noqa: E402
from briefing.analysis.across import ArticleDigest, cross_parties, digest  # noqa: E402
from briefing.analysis.stories import THRESHOLD, group, similarity, stories  # noqa: E402
from briefing.analysis.types import Article  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "stories-dev.json"
CACHE = Path("/tmp/briefing-bench-stories-digests.pickle")


def digests(fresh: bool = False) -> list[tuple[int, ArticleDigest]]:
    """The digest of every gold row's article (analysed once, then read from ``CACHE``)."""
    if CACHE.exists() and not fresh:
        return pickle.loads(CACHE.read_bytes())
    from briefing.analysis.analyze import analyze_many
    from briefing.analysis.options import Options

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    rows = [(i, r) for i, r in enumerate(wikinews()) if i not in set(gold["excluded"])]
    articles = [
        Article(r["text"], f"wikinews:{i}", title=r["title"], date=r["date"]) for i, r in rows
    ]
    found = [
        (i, digest(a)) for (i, _), a in zip(rows, analyze_many(articles, Options()), strict=True)
    ]
    CACHE.write_bytes(pickle.dumps(found))
    return found


def pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {p for g in groups for p in combinations(sorted(g), 2)}


def score(predicted: list[list[int]], gold: list[list[int]]) -> tuple[float, float]:
    got, want = pairs(predicted), pairs(gold)
    both = len(got & want)
    return (both / len(got) if got else 1.0), (both / len(want) if want else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="analyse again")
    args = parser.parse_args()
    found = digests(args.fresh)
    rows = [i for i, _ in found]
    gold_doc = json.loads(GOLD.read_text(encoding="utf-8"))
    grouped = {r for s in gold_doc["stories"] for r in s["rows"]}
    gold = [s["rows"] for s in gold_doc["stories"]] + [[r] for r in rows if r not in grouped]
    items = [d for _, d in found]
    row_of = {d.id: i for i, d in found}
    start = time.perf_counter()
    made = stories(items)
    took = time.perf_counter() - start
    predicted = [[row_of[a] for a in s.articles] for s in made]
    precision, recall = score(predicted, gold)
    print(f"{len(items)} articles, {len(gold_doc['stories'])} gold stories of 2 or more")
    print(f"threshold {THRESHOLD}: pairwise precision {precision:.3f} recall {recall:.3f}")
    print(f"stories of 2 or more: {sum(len(s.articles) > 1 for s in made)}; {took:.2f} s")
    if args.sweep:
        parties = cross_parties(items)
        sim = similarity(items, parties)
        for t in [x / 100 for x in range(5, 61, 5)]:
            line = f"  threshold {t:.2f}:"
            for link in ("single", "average"):
                p, r = score([[rows[i] for i in g] for g in group(sim, t, link)], gold)
                line += f"  {link} link: precision {p:.3f} recall {r:.3f}"
            print(line)
    for s in made:
        if len(s.articles) > 1:
            print(f"  {s.label}: rows {[row_of[a] for a in s.articles]}")


if __name__ == "__main__":
    main()
