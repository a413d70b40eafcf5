"""Throughput of the full analysis and export against bare ``nlp.pipe``, side by side.

Exports the Wikinews articles of ``../shared/data/wikinews`` in one process (parse, summary,
entities, parties, positions, JSON) and times bare ``nlp.pipe`` over the same texts in the
same run, alternating the two, and prints words/s for both and their ratio (medians).

    python benchmarks/throughput.py [--rounds 3] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _data import wikinews

from briefing.analysis.analyze import Options, analyze_many
from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.types import Article
from briefing.export import dumps_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    rows = wikinews()[: args.limit or None]
    articles = [Article(r["text"], r["url"], title=r["title"]) for r in rows]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline().nlp
    list(nlp.pipe(texts[:10]))  # warm up both paths
    list(analyze_many(articles[:10], Options()))

    bare, full = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        dumps_json(list(analyze_many(articles, Options())))
        full.append(time.perf_counter() - start)

    b, f = statistics.median(bare), statistics.median(full)
    print(f"{len(articles)} articles, {words:,} words, pipeline {load_pipeline().name}")
    print(f"{'':24}{'median s':>10}{'words/s':>10}")
    print(f"{'bare nlp.pipe':24}{b:>10.2f}{words / b:>10.0f}")
    print(f"{'full analysis + export':24}{f:>10.2f}{words / f:>10.0f}")
    print(f"ratio full/bare throughput: {b / f:.2f}  (rounds: {args.rounds})")


if __name__ == "__main__":
    main()
