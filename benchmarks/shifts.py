"""Shifts (one party's opposite stances on one thing in two articles) found in real news, for
judging by hand: there is no gold.

    python benchmarks/shifts.py                 # the 263 Wikinews dev articles and the seeds
    python benchmarks/shifts.py --more          # also PolNeAR dev (84) and BBC politics (209)
    python benchmarks/shifts.py --candidates    # also every pair of opposite stances of one
                                                # party sharing a content word (what the rule
                                                # of ``analysis/shifts.py`` turned down)

Each set is analysed once with ``analyze_many`` (pickled under /tmp), then its cross-article
parties and shifts are computed; every shift is printed with both positions' sentences. The
texts are read from ``../shared/data`` at run time and printed, never stored.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import data_dir, wikinews  # noqa: E402
from briefing.analysis.across import cross_parties  # noqa: E402
from briefing.analysis.shifts import (  # noqa: E402
    PositionRef,
    find_shifts,
    gists,
    opposite_pairs,
)
from briefing.analysis.types import Analysis, Article  # noqa: E402


def _wikinews() -> list[Article]:
    return [
        Article(r["text"], f"wikinews:{i}", title=r["title"], date=r["date"])
        for i, r in enumerate(wikinews())
    ]


def _files(folder: Path, name: str) -> list[Article]:
    return [
        Article(f.read_text(encoding="utf-8", errors="replace"), f"{name}:{f.name}")
        for f in sorted(folder.glob("*.txt"))
        if f.name.upper() != "CREDITS.MD"
    ]


SETS = {
    "wikinews-dev": (_wikinews, "/tmp/briefing-bench-shifts.pickle"),
    "seeds": (lambda: _files(ROOT / "seeds", "seed"), "/tmp/briefing-bench-shifts-seeds.pickle"),
    "polnear-dev": (
        lambda: _files(data_dir() / "polnear" / "dev" / "text", "polnear"),
        "/tmp/briefing-bench-shifts-polnear-dev.pickle",
    ),
    "bbc-politics": (
        lambda: _files(data_dir() / "bbc" / "articles" / "politics", "bbc"),
        "/tmp/briefing-bench-shifts-bbc-politics.pickle",
    ),
}


def analyses(name: str, fresh: bool = False) -> list[Analysis]:
    """The analyses of set ``name`` (made once, then read from its pickle)."""
    articles, cache = SETS[name]
    path = Path(cache)
    if path.exists() and not fresh:
        return pickle.loads(path.read_bytes())
    from briefing.analysis.analyze import analyze_many
    from briefing.analysis.options import Options

    found = list(analyze_many(articles(), Options()))
    path.write_bytes(pickle.dumps(found))
    return found


def _show(ref: PositionRef, by_id: dict[str, Analysis]) -> str:
    analysis = by_id[ref.article]
    position = analysis.positions[ref.position]
    text = analysis.article.text
    sentence = analysis.sentences[position.sentence]
    words = " ".join(text[sentence.start : sentence.end].split())
    title = analysis.article.title
    where = analysis.article.source + (f" ({title})" if title else "")
    cue = text[slice(*position.cue)]
    return f"    {where}\n      {position.stance} ({cue}): {words}"


def report(name: str, given: list[Analysis], candidates: bool) -> None:
    start = time.perf_counter()
    parties = cross_parties(given)
    by_article = {a.article.id: gists(a) for a in given}
    found = find_shifts(parties, by_article)
    took = time.perf_counter() - start
    by_id = {a.article.id: a for a in given}
    print(f"{name}: {len(given)} articles, {len(found)} shifts ({took:.2f} s)")
    for n, shift in enumerate(found, 1):
        print(f"  {n}. {shift.name}, on “{shift.about}”: {shift.reason}")
        print(_show(shift.first, by_id))
        print(_show(shift.second, by_id))
    if candidates:
        pairs = [
            (party, first, a, second, b)
            for party in parties
            for first, a, second, b in opposite_pairs(party, by_article)
            if set(a.terms) & set(b.terms)
        ]
        print(f"  candidates (opposite stances, one content word or more shared): {len(pairs)}")
        for n, (party, first, a, second, b) in enumerate(pairs, 1):
            shared = [w for t, w in zip(a.terms, a.words, strict=True) if t in set(b.terms)]
            print(f"  c{n}. {party.name}: {a.stance} / {b.stance}; shared: {', '.join(shared)}")
            print(_show(first, by_id))
            print(_show(second, by_id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--more", action="store_true", help="PolNeAR dev and BBC politics too")
    parser.add_argument("--candidates", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="analyse again")
    args = parser.parse_args()
    names = ["wikinews-dev", "seeds"] + (["polnear-dev", "bbc-politics"] if args.more else [])
    for name in names:
        report(name, analyses(name, args.fresh), args.candidates)


if __name__ == "__main__":
    main()
