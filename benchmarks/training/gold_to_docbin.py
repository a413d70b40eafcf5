"""Add the hand-made position gold of this repository to the tagger's training DocBins.

PolNeAR (``polnear_to_docbin.py``) is 2016 US political news; the reader meets Wikinews and
CNN/Daily Mail. The gold of ``benchmarks/gold/wikinews-fresh`` and ``cnndm-fresh`` (and the
shared ``wikinews-dev``) marks each position's source, cue and content in those articles, so
it can teach the tagger their ways of attributing. The articles are rebuilt from
``../shared/data`` at build time (never copied into the repository) and parsed by the runtime
pipeline, and each position becomes a relation labelled as PolNeAR's are
(``polnear_to_docbin.labelled_doc``).

The blind rounds a held-out estimate needs stay out: ``--hold-last N`` keeps the last ``N``
rounds of each fresh set (the ``## Rows`` sections of its README, in the order they were
annotated) out of training and writes them apart, for scoring a tagger trained without them.
Run after ``polnear_to_docbin.py`` with the same ``--out``: the two are merged into
``train-news.spacy`` (each news article twice, ``--weight``: they are fewer and shorter than
PolNeAR's), the training set of ``attribution.cfg`` with ``--paths.train``.

    python benchmarks/training/gold_to_docbin.py --out benchmarks/training/corpus --hold-last 6
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import rounds  # noqa: E402
from benchmarks.positions import SHARED, _write_texts  # noqa: E402
from benchmarks.training.polnear_to_docbin import labelled_doc  # noqa: E402
from briefing.analysis.pipeline import load_pipeline  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
SETS = {
    "wikinews-fresh": GOLD / "wikinews-fresh",
    "cnndm-fresh": GOLD / "cnndm-fresh",
    "wikinews-dev": SHARED / "gold" / "wikinews-dev",
}


def held_rows(readme: Path, last: int) -> set[int]:
    """The rows of the last ``last`` rounds a gold README lists."""
    listed = rounds(readme)
    return set().union(*listed[len(listed) - last :]) if last else set()


def _row(stem: str) -> int:
    return int(stem.rsplit("-", 1)[1])


def relations(gold: dict) -> list[dict]:
    """A gold file's positions as ``labelled_doc`` reads PolNeAR's relations: each role's
    character spans, a list of pieces."""

    def pieces(span: list | None) -> list:
        if not span:
            return []
        return [span] if isinstance(span[0], int) else span

    return [
        {role: pieces(p.get(role)) for role in ("source", "cue", "content")}
        for p in gold["positions"]
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "training" / "corpus")
    parser.add_argument("--hold-last", type=int, default=6, help="blind rounds kept out, per set")
    parser.add_argument("--weight", type=int, default=2, help="times each news article counts")
    args = parser.parse_args(argv)
    nlp = load_pipeline(None).nlp
    train, held = DocBin(store_user_data=False), DocBin(store_user_data=False)
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold_dir in SETS.items():
            readme = gold_dir / "README.md"
            hold = held_rows(readme, args.hold_last) if name.endswith("fresh") else set()
            texts = Path(tmp) / name
            _write_texts(SHARED / "tools" / "score_positions.py", gold_dir, texts)
            items = []
            for path in sorted(gold_dir.glob("*.json")):
                text = (texts / f"{path.stem}.txt").read_text(encoding="utf-8")
                gold = json.loads(path.read_text(encoding="utf-8"))
                items.append((bool(hold) and _row(path.stem) in hold, text, relations(gold)))
            docs = nlp.pipe((text for _, text, _ in items), batch_size=16)
            for (kept_out, _, rels), doc in zip(items, docs, strict=True):
                doc.tensor = doc.tensor[:0]  # recomputed in training by the frozen tok2vec
                (held if kept_out else train).add(labelled_doc(doc, rels))
            print(f"{name}: {len(items)} articles, {sum(k for k, _, _ in items)} held out")
    args.out.mkdir(parents=True, exist_ok=True)
    train.to_disk(args.out / "news.spacy")
    held.to_disk(args.out / "news-heldout.spacy")
    print(f"{len(train)} training and {len(held)} held-out news articles in {args.out}")
    polnear = args.out / "train.spacy"  # written by polnear_to_docbin.py
    if polnear.exists():
        both = DocBin(store_user_data=False).from_disk(polnear)
        for _ in range(args.weight):
            both.merge(train)
        both.to_disk(args.out / "train-news.spacy")
        print(f"{len(both)} articles (PolNeAR train, news x{args.weight}) in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
