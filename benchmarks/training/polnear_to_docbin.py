"""Convert PolNeAR train into spaCy DocBins for the attribution tagger (CUE / SOURCE / CONTENT).

Reads ``../shared/data/polnear/train`` at build time (never copied into the repository) with
the gold reader of ``../shared/tools/score_attribution.py``, parses each article with the
runtime pipeline (the same tokens and parse the tagger reads at run time) and labels every
token with the role it plays in some relation. Roles overlap when attributions nest, so a token
takes the most specific one: cue over source over content. A span stops at a sentence end, as
the tagger's spans must (spaCy's entity recognizer never crosses one). A fixed part of train
(every ``--holdout``-th article) is written apart, for checkpoint selection; dev stays untouched.

    python benchmarks/training/polnear_to_docbin.py --out benchmarks/training/corpus
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from briefing.analysis.pipeline import load_pipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
PRIORITY = {"CUE": 3, "SOURCE": 2, "CONTENT": 1}


def _scorer():
    path = SHARED / "tools" / "score_attribution.py"
    spec = importlib.util.spec_from_file_location("score_attribution", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled_doc(doc: Doc, relations: list[dict]) -> Doc:
    """``doc`` with its tokens labelled (as entities) with the most specific role they play."""
    labels: list[str | None] = [None] * len(doc)
    for rel in relations:
        for role, label in (("content", "CONTENT"), ("source", "SOURCE"), ("cue", "CUE")):
            for start, end in rel[role] or ():
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                for i in range(span.start, span.end):
                    if labels[i] is None or PRIORITY[label] > PRIORITY[labels[i]]:
                        labels[i] = label
    ents, i = [], 0
    while i < len(doc):
        if labels[i] is None or doc[i].is_space:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(doc)
            and labels[j + 1] == labels[i]
            and not doc[j + 1].is_space
            and not doc[j + 1].is_sent_start  # the tagger's spans stop at sentence ends
        ):
            j += 1
        ents.append(doc.char_span(doc[i].idx, doc[j].idx + len(doc[j]), label=labels[i]))
        i = j + 1
    doc.set_ents([e for e in ents if e is not None], default="outside")
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=SHARED / "data" / "polnear" / "train")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "training" / "corpus")
    parser.add_argument("--holdout", type=int, default=10, help="every N-th article held out")
    args = parser.parse_args(argv)
    if not args.split.is_dir():
        print(f"{args.split}: PolNeAR split not found", file=sys.stderr)
        return 2
    scorer = _scorer()
    # the runtime pipeline: the parse the tagger's features read at run time
    nlp = load_pipeline(None).nlp
    train, held = DocBin(store_user_data=False), DocBin(store_user_data=False)
    stems = sorted(p.stem for p in (args.split / "text").glob("*.txt"))
    found = []
    for n, stem in enumerate(stems):
        ann = scorer.first_ann(str(args.split / "attributions"), stem)
        if ann is not None:
            text = scorer.read_text(str(args.split / "text" / f"{stem}.txt"))
            found.append((n, text, scorer.parse_ann(ann)))
    docs = nlp.pipe((text for _, text, _ in found), batch_size=16)
    for (n, _, relations), doc in zip(found, docs, strict=True):
        doc.tensor = doc.tensor[:0]  # recomputed in training by the frozen tok2vec
        (held if n % args.holdout == 0 else train).add(labelled_doc(doc, relations))
    args.out.mkdir(parents=True, exist_ok=True)
    train.to_disk(args.out / "train.spacy")
    held.to_disk(args.out / "heldout.spacy")
    print(f"{len(train)} training and {len(held)} held-out articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
