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

from benchmarks._data import cnndm, shared_dir  # noqa: E402
from benchmarks.parties import read_gum  # noqa: E402
from benchmarks.seed import score_seed  # noqa: E402
from briefing.analysis.analyze import (  # noqa: E402
    Options,
    analysis_of,
    analyze,
    analyze_many,
    sentences_of,
)
from briefing.analysis.parties import resolve_parties  # noqa: E402
from briefing.analysis.pipeline import load_pipeline  # noqa: E402
from briefing.analysis.positions import attribution_positions, combine, tagger  # noqa: E402
from briefing.analysis.types import Article, Position, span_list  # noqa: E402

SHARED = shared_dir()
SEED = ROOT / "seeds" / "000_ba72d959d0682f81.txt"
HOLDOUT = 10


def prediction(stem: str, positions: tuple[Position, ...]) -> dict:
    """One scorer line: the distinct (source, cue, content) of the article's positions."""
    seen, rows = set(), []
    for p in positions:
        content = [list(piece) for piece in p.content] or None
        key = (p.source, p.cue, tuple(p.content))
        if key in seen:
            continue
        seen.add(key)
        rows.append({"source": span_list(p.source), "cue": list(p.cue), "content": content})
    return {"doc": stem, "attributions": rows}


def run_split(
    split: Path,
    out: Path,
    limit: int | None,
    rounds: int = 1,
    with_tagger: bool = True,
    blend: combine.Blend | None = None,
    tagger_dir: Path | None = None,
) -> dict[str, float]:
    """Score the attribution layer (``attribution_positions``: every attribution, held by a
    party or not, as PolNeAR marks them) and time it against the rest of the analysis."""
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
    start = time.perf_counter()
    model = tagger.load(tagger_dir, pipeline.nlp.vocab) if tagger_dir else None
    tagged = tagger.tag_many(docs, model=model) if with_tagger else [None] * len(docs)
    tagger_s = time.perf_counter() - start
    start = time.perf_counter()
    for article, doc, spans in zip(articles, docs, tagged, strict=True):
        analysis_of(article, doc, pipeline, options, spans)
    analysis_s = time.perf_counter() - start  # parties, positions, summary (parse done)
    rows, seconds, alone = _time_layer(articles, docs, tagged, rounds, with_tagger, blend)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for stem, layer in rows:
            fh.write(json.dumps(prediction(stem, layer)) + "\n")
    return {
        "articles": len(articles),
        "rounds": rounds,
        "parse_s": parse,
        "tagger_s": tagger_s,
        "analysis_s": analysis_s,
        "positions_s": statistics.median(seconds),
        "attribution_s": statistics.median(alone),
    }


def _time_layer(articles, docs, tagged, rounds, with_tagger, blend):
    """The layer's positions by article, and its times over ``rounds``: with the parties
    resolved in the timed loop, as the product does, and with them resolved beforehand."""
    seconds, alone = [], []
    resolved = [resolve_parties(doc) for doc in docs]
    for _ in range(rounds):
        rows = []
        start = time.perf_counter()
        for article, doc, spans in zip(articles, docs, tagged, strict=True):
            sentences = sentences_of(doc)
            layer = attribution_positions(
                doc, sentences, resolve_parties(doc), spans, with_tagger=with_tagger, blend=blend
            )
            rows.append((article.source, layer))
        seconds.append(time.perf_counter() - start)
        start = time.perf_counter()  # the same without resolving the parties, which the
        # Parties panel needs whether or not positions are found
        for doc, spans, parties in zip(docs, tagged, resolved, strict=True):
            attribution_positions(
                doc, sentences_of(doc), parties, spans, with_tagger=with_tagger, blend=blend
            )
        alone.append(time.perf_counter() - start)
    return rows, seconds, alone


def heldout_split(train: Path, where: Path, every: int = HOLDOUT) -> Path:
    """A gold directory of the train articles held out from the tagger's training (every
    ``every``-th in sorted order, as ``benchmarks/training/polnear_to_docbin.py`` holds them
    out), for choosing how to combine rules and tagger without looking at dev."""
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


def wikinews_report(gold_dir: Path) -> str:
    """The reader's positions (``analyze_many``, the path the reader and exporter use) on the
    hand-made Wikinews gold, scored by ``score_positions.py``; a development figure."""
    import tempfile

    from briefing.export import to_json

    tool = SHARED / "tools" / "score_positions.py"
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts"
        _write_texts(tool, gold_dir, texts)
        articles = [
            Article(path.read_text(encoding="utf-8"), str(path))
            for path in sorted(texts.glob("*.txt"))
        ]
        start = time.perf_counter()
        analyses = list(analyze_many(articles))
        seconds = time.perf_counter() - start
        export = Path(tmp) / "export.json"
        export.write_text(json.dumps(to_json(analyses)), encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(tool), str(export), str(gold_dir)],
            capture_output=True,
            text=True,
            check=False,
        )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    return f"{summary}\n({len(articles)} articles analysed in {seconds:.1f} s by analyze_many)"


_OURS = {
    "wikinews-fresh": "",
    "cnndm-fresh": " on CNN/Daily Mail",
    "bbc-fresh": " on BBC politics",
    "bbc-business-fresh": " on BBC business",
    "bbc-tech-fresh": " on BBC technology",
    "bbc-entertainment-fresh": " on BBC entertainment",
    "bbc-sport-fresh": " on BBC sport",
    "gum-fresh": " on the Wikinews news of GUM",
}
"""This team's gold folders under ``benchmarks/gold/`` and what each is annotated on."""
GOLDS = [
    (
        "wikinews-dev (development figure, the shared hand-made gold)",
        SHARED / "gold" / "wikinews-dev",
    ),
    *(
        (f"{name} (development figure, this team's gold{on})", ROOT / "benchmarks" / "gold" / name)
        for name, on in _OURS.items()
    ),
]
"""The hand-made position gold scored with ``score_positions.py``: (label, folder)."""


_OWN_TEXTS = ("cnndm_row", "bbc_file", "gum_doc")


def _write_texts(tool: Path, gold_dir: Path, texts: Path) -> None:
    """Each gold file's article text into ``texts``: Wikinews rows by the scoring tool,
    CNN/Daily Mail rows (gold with a ``cnndm_row``) from ``../shared/data/cnndm``, BBC
    articles (gold with a ``bbc_file``) from ``../shared/data/bbc/articles`` and GUM news
    documents (gold with a ``gum_doc``) as ``benchmarks.parties.read_gum`` rebuilds them."""
    golds = {path: json.loads(path.read_text(encoding="utf-8")) for path in gold_dir.glob("*.json")}
    if not any(key in gold for gold in golds.values() for key in _OWN_TEXTS):
        command = [sys.executable, str(tool), "--write-texts", str(texts), str(gold_dir)]
        subprocess.run(command, check=True, capture_output=True)
        return
    rows = cnndm() if any("cnndm_row" in gold for gold in golds.values()) else []
    texts.mkdir(parents=True, exist_ok=True)
    for path, gold in golds.items():
        if "bbc_file" in gold:
            article = SHARED / "data" / "bbc" / "articles" / gold["bbc_file"]
            text = article.read_text(encoding="utf-8", errors="replace")
        elif "gum_doc" in gold:
            text = read_gum(SHARED / "data" / "gum" / f"{gold['gum_doc']}.conllu")[0]
        else:
            text = rows[gold["cnndm_row"]]["article"]
        (texts / f"{path.stem}.txt").write_text(text, encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
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
        "--rounds", type=int, default=1, help="time positions N times; medians (parse once)"
    )
    parser.add_argument("--no-seed", action="store_true")
    parser.add_argument("--no-wikinews", action="store_true")
    parser.add_argument("--limit", type=int, help="only the first N articles of a split")
    parser.add_argument("--out", type=Path, default=Path("/tmp/briefing-positions"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    data = SHARED / "data" / "polnear"
    if not data.is_dir():
        print(f"{data}: PolNeAR not found; nothing to measure", file=sys.stderr)
        return 2
    blend = None
    if args.blend:
        fields = {}
        for item in args.blend:
            key, value = item.split("=", 1)
            fields[key] = value in ("1", "true", "True") if value.isalpha() else float(value)
        blend = combine.Blend(**fields)
        print(f"blend: {blend}")
    for name in args.split or ["dev"]:
        pred = args.out / f"{name}.jsonl"
        split = heldout_split(data / "train", args.out / "heldout") if name == "heldout" else None
        split = split or data / name
        timing = run_split(
            split, pred, args.limit, args.rounds, not args.rules_only, blend, args.tagger
        )
        print(f"== PolNeAR {name} (development figure): {timing['articles']} articles")
        print(score(split, pred))
        total = timing["parse_s"] + timing["tagger_s"] + timing["analysis_s"]
        share = (timing["tagger_s"] + timing["positions_s"]) / total
        print(
            "time: parse {parse_s:.1f} s, attribution tagger {tagger_s:.1f} s, the rest of the "
            "analysis {analysis_s:.1f} s; the attribution layer alone (median of {rounds}) "
            "{positions_s:.2f} s -> tagger + attribution are {share:.1%} of the analysis".format(
                share=share, **timing
            )
        )
        alone = (timing["tagger_s"] + timing["attribution_s"]) / total
        print(
            f"  the layer with the parties resolved beforehand {timing['attribution_s']:.2f} s "
            f"-> tagger + attribution without resolving parties are {alone:.1%}"
        )
    for name, gold in GOLDS if not args.no_wikinews else []:
        if gold.is_dir():
            print(f"== {name}")
            print(wikinews_report(gold))
    if args.no_seed:
        return 0
    report = seed_report()
    print(
        "== seed (development figure): {found}/{gold} gold positions found with the right "
        "party (recall {recall:.2f}), precision {precision:.2f} over {predicted} predicted, "
        "stance right on {stance_accuracy:.0%} of the found".format(**report)
    )
    for key in ("misses", "extras", "stance_wrong"):
        if report[key]:
            print(f"   {key}: {report[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
