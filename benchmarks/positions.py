"""Measure positions: PolNeAR attribution scores, the seed against its gold, and the cost.

    python benchmarks/positions.py                 # dev split, seed, timing
    python benchmarks/positions.py --split train   # also the training split (slow)

Runs ``briefing.analysis.analyze.analyze_many`` over ``../shared/data/polnear/<split>``,
writes one JSON line per article with every position's source, cue and content spans, and
scores them with ``../shared/tools/score_attribution.py`` (its docstring has the rules).
The seed article is scored against ``../shared/gold/seed-positions.json`` (see
``benchmarks/seed.py``). The added time is the attribution step's share on top of the rest
of the analysis (parse, parties, summary), measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.seed import score_seed  # noqa: E402
from briefing.analysis import analyze as analyze_module  # noqa: E402
from briefing.analysis.analyze import Options, analysis_of, analyze  # noqa: E402
from briefing.analysis.pipeline import load_pipeline  # noqa: E402
from briefing.analysis.positions import combine, tagger  # noqa: E402
from briefing.analysis.types import Analysis, Article  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_ba72d959d0682f81.txt"
HOLDOUT = 10


def _span(span):
    return list(span) if span is not None else None


def prediction(stem: str, analysis: Analysis) -> dict:
    """One scorer line: the distinct (source, cue, content) of the article's positions."""
    seen, rows = set(), []
    for p in analysis.positions:
        content = [list(piece) for piece in p.content] or None
        key = (p.source, p.cue, tuple(p.content))
        if key in seen:
            continue
        seen.add(key)
        rows.append({"source": _span(p.source), "cue": list(p.cue), "content": content})
    return {"doc": stem, "attributions": rows}


class _Timed:
    """Wraps ``extract_positions`` to add up the time it takes."""

    def __init__(self, fn):
        self.fn, self.seconds = fn, 0.0

    def __call__(self, *args):
        start = time.perf_counter()
        try:
            return self.fn(*args)
        finally:
            self.seconds += time.perf_counter() - start


def run_split(split: Path, out: Path, limit: int | None, rounds: int = 1) -> dict[str, float]:
    stems = sorted(p.stem for p in (split / "text").glob("*.txt"))[:limit]
    articles = []
    for stem in stems:
        with open(split / "text" / f"{stem}.txt", encoding="utf-8", newline="") as fh:
            articles.append(Article(fh.read(), stem))
    pipeline = load_pipeline(None)
    options = Options()
    start = time.perf_counter()
    docs = list(pipeline.nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.perf_counter() - start
    shares, seconds, withouts = [], [], []
    for _ in range(rounds):
        timed = _Timed(analyze_module.extract_positions)
        analyze_module.extract_positions = timed
        try:
            start = time.perf_counter()
            analyses = [
                analysis_of(a, d, pipeline, options) for a, d in zip(articles, docs, strict=True)
            ]
            rest = time.perf_counter() - start
        finally:
            analyze_module.extract_positions = timed.fn
        without = parse + rest - timed.seconds
        seconds.append(timed.seconds)
        withouts.append(without)
        shares.append(timed.seconds / without if without else 0.0)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for stem, analysis in zip(stems, analyses, strict=True):
            fh.write(json.dumps(prediction(stem, analysis)) + "\n")
    return {
        "articles": len(articles),
        "rounds": rounds,
        "parse_s": parse,
        "analysis_without_positions_s": statistics.median(withouts),
        "positions_s": statistics.median(seconds),
        "added_share": statistics.median(shares),
    }


def heldout_split(train: Path, where: Path, every: int = HOLDOUT) -> Path:
    """A gold directory of the train articles held out from the tagger's training (every
    ``every``-th in sorted order, as ``training/polnear_to_docbin.py`` holds them out), for
    choosing how to combine rules and tagger without looking at dev."""
    stems = sorted(p.stem for p in (train / "text").glob("*.txt"))[::every]
    for sub in ("text", "attributions"):
        (where / sub).mkdir(parents=True, exist_ok=True)
        for old in (where / sub).iterdir():
            old.unlink()
    for stem in stems:
        (where / "text" / f"{stem}.txt").symlink_to(train / "text" / f"{stem}.txt")
        for ann in (train / "attributions").glob(f"{stem}_*.ann"):
            (where / "attributions" / ann.name).symlink_to(ann)
    return where


def score(split: Path, pred: Path) -> str:
    tool = SHARED / "tools" / "score_attribution.py"
    result = subprocess.run(
        [sys.executable, str(tool), "--gold-dir", str(split), "--pred", str(pred)],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout + result.stderr


def seed_report() -> dict:
    gold_path = SHARED / "gold" / "seed-positions.json"
    analysis = analyze(Article(SEED.read_text(encoding="utf-8"), str(SEED)))
    return score_seed(analysis, json.loads(gold_path.read_text(encoding="utf-8")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=["dev", "train", "heldout"])
    parser.add_argument(
        "--rules-only", action="store_true", help="without the trained attribution tagger"
    )
    parser.add_argument(
        "--blend", action="append", default=[], help="override a Blend field: name=value"
    )
    parser.add_argument(
        "--tagger", type=Path, help="another trained tagger (a spaCy model directory)"
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="analyse N times; times are medians (parse once)"
    )
    parser.add_argument("--no-seed", action="store_true")
    parser.add_argument("--limit", type=int, help="only the first N articles of a split")
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-positions"))
    args = parser.parse_args(argv)
    data = SHARED / "data" / "polnear"
    if not data.is_dir():
        print(f"{data}: PolNeAR not found; nothing to measure", file=sys.stderr)
        return 2
    if args.rules_only:
        tagger.ENABLED = False
    if args.tagger:
        tagger.MODEL = str(args.tagger.resolve())
    if args.blend:
        fields = {}
        for item in args.blend:
            key, value = item.split("=", 1)
            fields[key] = value in ("1", "true", "True") if value.isalpha() else float(value)
        combine.BLEND = combine.Blend(**fields)
        print(f"blend: {combine.BLEND}")
    for name in args.split or ["dev"]:
        pred = args.out / f"{name}.jsonl"
        split = heldout_split(data / "train", args.out / "heldout") if name == "heldout" else None
        split = split or data / name
        timing = run_split(split, pred, args.limit, args.rounds)
        print(f"== PolNeAR {name}: {timing['articles']} articles, predictions in {pred}")
        print(score(split, pred))
        print(
            "time (median of {rounds}): parse {parse_s:.1f} s, the analysis without positions "
            "{analysis_without_positions_s:.1f} s in all (parse included), positions "
            "{positions_s:.2f} s -> attribution adds {added_share:.1%}".format(**timing)
        )
    if args.no_seed:
        return 0
    report = seed_report()
    print(
        "== seed: {found}/{gold} gold positions found with the right party "
        "(recall {recall:.2f}), precision {precision:.2f} over {predicted} predicted, "
        "stance right on {stance_accuracy:.0%} of the found".format(**report)
    )
    for key in ("misses", "extras", "stance_wrong"):
        if report[key]:
            print(f"   {key}: {report[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
