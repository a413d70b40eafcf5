"""Measure story grouping on a hand-made grouping of Wikinews dev articles.

    python benchmarks/stories.py            # analyses once (cached under /tmp), then scores
    python benchmarks/stories.py --sweep    # also every threshold from .05 to .60
    python benchmarks/stories.py --cv       # also settings chosen on one fold, scored on another

The gold (``benchmarks/gold/stories-dev.json``) groups data rows of
``../shared/data/wikinews/wikinews_2019_2020_dev.csv`` by event, from their titles and dates;
rows in no group are stories of their own. Every article is analysed with
``analyze_many`` (for its parties) and grouped by ``briefing.analysis.stories.stories``.
Scores are pairwise: precision = pairs put in one story that the gold puts in one story /
pairs put in one story; recall = gold pairs put in one story. Development figures: the
threshold was chosen on this very set.

``--cv`` estimates how the choice generalises (still development figures: the gold is the
same). The gold stories (singletons included) are dealt into two folds, by story, largest
first, each fold's order shuffled, ten times over; and, once, by date (before and from the
median date). On each fold alone (its own IDF and cross-article parties: articles the other
fold never sees) every setting of ``GRID`` is scored; the one with the highest recall at a
precision of at least ``TARGET_PRECISION`` (else the best F1) is chosen and scored on the
other fold. The test folds' pairs are pooled per split and the splits averaged.
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from datetime import date
from itertools import combinations, product
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import wikinews  # noqa: E402
from briefing.analysis.across import ArticleDigest, cross_parties, digest  # noqa: E402
from briefing.analysis.stories import (  # noqa: E402
    DATE_WINDOW,
    LINK,
    PARTY_WEIGHT,
    THRESHOLD,
    group,
    similarity,
    stories,
)
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


TARGET_PRECISION = 0.9
GRID = {
    "threshold": [x / 100 for x in range(10, 36, 2)] + [0.4],
    "link": ["single", "centroid"],
    "party_weight": [0, 1, 3],
    "date_window": [30, 60, 90],
}
Setting = tuple  # the values of GRID's knobs, in its order
KNOBS = list(GRID)[2:]
"""The knobs of ``similarity`` (the others are ``group``'s)."""


def settings() -> list[Setting]:
    return list(product(*GRID.values()))


def score_fold(
    found: list[tuple[int, ArticleDigest]], gold: list[list[int]]
) -> dict[Setting, tuple[set, set]]:
    """Every setting's predicted and gold pairs over the articles of ``found`` alone."""
    rows = [i for i, _ in found]
    items = [d for _, d in found]
    keep = set(rows)
    want = pairs([[r for r in g if r in keep] for g in gold])
    parties = cross_parties(items)
    sims = {
        knobs: similarity(items, parties, **dict(zip(KNOBS, knobs, strict=True)))
        for knobs in product(*(GRID[k] for k in KNOBS))
    }
    result = {}
    for setting in settings():
        t, link, *knobs = setting
        got = pairs([[rows[i] for i in g] for g in group(sims[tuple(knobs)], t, link)])
        result[setting] = (got, want)
    return result


def pooled(*scored: tuple[set, set]) -> tuple[float, float]:
    got = sum(len(g) for g, _ in scored)
    want = sum(len(w) for _, w in scored)
    both = sum(len(g & w) for g, w in scored)
    return (both / got if got else 1.0), (both / want if want else 1.0)


def choose(scored: dict[Setting, tuple[set, set]]) -> Setting:
    """The highest recall at precision >= TARGET_PRECISION, else the best F1."""
    figures = {k: pooled(v) for k, v in scored.items()}
    fine = [k for k, (p, _) in figures.items() if p >= TARGET_PRECISION]
    if fine:
        return max(fine, key=lambda k: (figures[k][1], figures[k][0]))

    def f1(k: Setting) -> float:
        p, r = figures[k]
        return 2 * p * r / (p + r) if p + r else 0.0

    return max(figures, key=f1)


def folds(
    found: list[tuple[int, ArticleDigest]], gold: list[list[int]], seed: int | None
) -> tuple[list, list]:
    """Two folds of ``found``: by story (dealt largest first, shuffled by ``seed``), or by
    date when ``seed`` is None."""
    if seed is None:
        dates = sorted(d.date or "" for _, d in found)
        middle = dates[len(dates) // 2]
        return (
            [x for x in found if (x[1].date or "") < middle],
            [x for x in found if (x[1].date or "") >= middle],
        )
    shuffled = gold[:]
    random.Random(seed).shuffle(shuffled)
    shuffled.sort(key=len, reverse=True)  # stable: equal sizes stay shuffled
    side = {r: k % 2 for k, g in enumerate(shuffled) for r in g}
    return [x for x in found if side[x[0]] == 0], [x for x in found if side[x[0]] == 1]


def cross_validate(found: list[tuple[int, ArticleDigest]], gold: list[list[int]]) -> None:
    default = (THRESHOLD, LINK, PARTY_WEIGHT, DATE_WINDOW)
    chosen_runs, default_runs = [], []
    every: dict[Setting, list[tuple[float, float]]] = {k: [] for k in settings()}
    for seed in [*range(10), None]:
        a, b = folds(found, gold, seed)
        sa, sb = score_fold(a, gold), score_fold(b, gold)
        if seed is not None:
            for k in every:
                every[k] += [pooled(sa[k]), pooled(sb[k])]
        pick_a, pick_b = choose(sa), choose(sb)
        test = pooled(sb[pick_a], sa[pick_b])
        fixed = pooled(sa[default], sb[default])
        name = "by date" if seed is None else f"split {seed}"
        print(
            f"  {name}: chosen {pick_a} / {pick_b}: held-out precision {test[0]:.3f} "
            f"recall {test[1]:.3f}; default on both folds {fixed[0]:.3f} {fixed[1]:.3f}"
        )
        if seed is not None:
            chosen_runs.append(test)
            default_runs.append(fixed)
    for label, runs in (("chosen on the other fold", chosen_runs), ("default", default_runs)):
        p = sum(r[0] for r in runs) / len(runs)
        r = sum(r[1] for r in runs) / len(runs)
        print(f"cross-validated (by story, 10 splits), {label}: precision {p:.3f} recall {r:.3f}")
    mean = {
        k: (sum(p for p, _ in v) / len(v), sum(r for _, r in v) / len(v)) for k, v in every.items()
    }
    steady = [k for k in every if mean[k][0] >= TARGET_PRECISION]
    steady.sort(key=lambda k: -mean[k][1])
    print(f"settings of mean fold precision >= {TARGET_PRECISION} (20 folds), most recall first:")
    for k in steady[:8]:
        low = min(p for p, _ in every[k])
        print(f"  {k}: precision {mean[k][0]:.3f} (lowest {low:.3f}) recall {mean[k][1]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--cv", action="store_true", help="cross-validate the settings")
    parser.add_argument("--fresh", action="store_true", help="analyse again")
    args = parser.parse_args()
    found = sorted(digests(args.fresh), key=lambda x: (x[1].date or "", x[0]))  # date order
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
            for link in ("single", "centroid"):
                p, r = score([[rows[i] for i in g] for g in group(sim, t, link)], gold)
                line += f"  {link} link: precision {p:.3f} recall {r:.3f}"
            print(line)
    got = pairs(predicted)
    dates = {i: d.date or "" for i, d in found}
    print("gold stories: pairs put together / pairs, first and last date")
    by_span = {True: [0, 0], False: [0, 0]}  # within DATE_WINDOW days -> [together, pairs]
    for story in gold_doc["stories"]:
        want = pairs([story["rows"]])
        span = sorted(dates[r][:10] for r in story["rows"])
        print(f"  {story['label']}: {len(want & got)}/{len(want)}, {span[0]} to {span[-1]}")
        short = (date.fromisoformat(span[-1]) - date.fromisoformat(span[0])).days <= DATE_WINDOW
        by_span[short][0] += len(want & got)
        by_span[short][1] += len(want)
    for short, (together, total) in by_span.items():
        kind = "at most" if short else "more than"
        print(f"recall of the gold stories spanning {kind} {DATE_WINDOW} days: {together}/{total}")
    if args.cv:
        cross_validate(found, gold)
    for s in made:
        if len(s.articles) > 1:
            print(f"  {s.label}: rows {[row_of[a] for a in s.articles]}")


if __name__ == "__main__":
    main()
