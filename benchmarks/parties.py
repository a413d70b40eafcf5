"""Measure entity-to-party clustering on GUM news: named mentions of one Wikipedia identity
should share a party, mentions of different identities should not.

    python benchmarks/parties.py

Reads ``../shared/data/gum/*.conllu`` (CoNLL-U with ``Entity=`` annotations; the identity is
the last field of a mention's annotation when it has one), rebuilds each document's text from
its tokens, analyses it with ``briefing.analysis.analyze.analyze_many`` and gives every gold
named mention (one holding a proper noun, with an identity) the party of the predicted entity
that overlaps it most (none when no entity with a party overlaps it). Scores are pairwise over
the mentions of each document: precision = pairs put in one party that share an identity /
pairs put in one party; recall = pairs sharing an identity that are put in one party.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import shared_dir  # noqa: E402
from briefing.analysis.analyze import analyze_many  # noqa: E402
from briefing.analysis.types import Analysis, Article  # noqa: E402

GUM = shared_dir() / "data" / "gum"
_MENTION = re.compile(r"\((?P<open>[^()]+)(?P<selfclose>\))?|(?P<close>\d+)\)")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    identity: str
    text: str
    etype: str
    head: tuple[int, int] = (0, 0)
    """Character span of the mention's syntactic head word."""


def read_gum(path: Path) -> tuple[str, list[Mention]]:
    """The text of a GUM document and its named mentions that carry a Wikipedia identity."""
    pieces: list[str] = []
    offset = 0
    # mention id -> stack of [start, identity, holds a proper noun]
    open_: dict[str, list[list]] = {}
    spans: list[tuple[int, int, str, str, tuple[int, int]]] = []
    sentence: dict[int, tuple[int, int, int]] = {}  # token id -> (start, end, head id)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar") and pieces:
            pieces.append("\n")
            offset += 1
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        form, upos, misc = cols[1], cols[3], cols[9]
        tid = int(cols[0])
        if tid == 1:
            sentence = {}
        start = offset
        sentence[tid] = (offset, offset + len(form), int(cols[6]) if cols[6].isdigit() else 0)
        pieces.append(form)
        offset += len(form)
        entity = next((f[7:] for f in misc.split("|") if f.startswith("Entity=")), "")
        closing: list[str] = []
        for m in _MENTION.finditer(entity):
            if m.group("open"):
                fields = m.group("open").split("-", 7)
                ident = fields[7] if len(fields) == 8 else ""
                open_.setdefault(fields[0], []).append([start, ident, False, fields[1], tid])
                if m.group("selfclose"):
                    closing.append(fields[0])
            else:
                closing.append(m.group("close"))
        if upos == "PROPN":
            for stack in open_.values():
                for item in stack:
                    item[2] = True
        for key in closing:
            if open_.get(key):
                begin, ident, named, etype, first = open_[key].pop()
                if ident and named:
                    inside = range(first, tid + 1) if first <= tid else range(tid, tid + 1)
                    heads = [i for i in inside if i in sentence and sentence[i][2] not in inside]
                    hs, he, _ = sentence[heads[0] if heads else tid]
                    spans.append((begin, offset, ident, etype, (hs, he)))
        if "SpaceAfter=No" not in misc:
            pieces.append(" ")
            offset += 1
    text = "".join(pieces)
    return text, [Mention(s, e, i, text[s:e], etype, h) for s, e, i, etype, h in spans]


def party_of(analysis: Analysis, mention: Mention) -> str | None:
    """The party of the entity holding the mention's head word, else of the one overlapping
    the mention most ("Wu Chi-wai of the Democratic Party" is Wu Chi-wai's)."""
    hs, he = mention.head
    for entity in analysis.entities:
        if entity.start < he and hs < entity.end:
            # an entity much longer than the mention names something else ("Southern
            # Indiana" inside "the University of Southern Indiana")
            longer = (entity.end - entity.start) - (mention.end - mention.start)
            return entity.party if longer <= len("the 's") else None
    best, best_overlap = None, 0
    for entity in analysis.entities:
        overlap = min(entity.end, mention.end) - max(entity.start, mention.start)
        if entity.party and overlap > best_overlap:
            best, best_overlap = entity.party, overlap
    return best


ACTORS = frozenset({"person", "organization"})


def pairwise(
    docs: list[list[tuple[Mention, str | None]]], keep=lambda _m: True
) -> dict[str, float]:
    """Pairwise precision, recall and F1 of the party clustering, within each document."""
    tp = pred_pairs = gold_pairs = covered = total = 0
    for mentions in docs:
        kept = [(m, p) for m, p in mentions if keep(m)]
        covered += sum(p is not None for _, p in kept)
        total += len(kept)
        for (m1, p1), (m2, p2) in combinations(kept, 2):
            same_gold = m1.identity == m2.identity
            same_pred = p1 is not None and p1 == p2
            tp += same_gold and same_pred
            pred_pairs += same_pred
            gold_pairs += same_gold
    precision = tp / pred_pairs if pred_pairs else 0.0
    recall = tp / gold_pairs if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "P": precision,
        "R": recall,
        "F1": f1,
        "tp": tp,
        "pred": pred_pairs,
        "gold": gold_pairs,
        "covered": covered,
        "mentions": total,
    }


def main() -> int:
    if not GUM.is_dir():
        print(f"{GUM}: GUM not found; nothing to measure", file=sys.stderr)
        return 2
    docs = [(p.stem, *read_gum(p)) for p in sorted(GUM.glob("*.conllu"))]
    analyses = analyze_many(Article(text, stem) for stem, text, _ in docs)
    scored = [
        [(m, party_of(analysis, m)) for m in mentions]
        for (_stem, _text, mentions), analysis in zip(docs, analyses, strict=True)
    ]
    print(f"GUM news: {len(docs)} documents; named mentions with a Wikipedia identity")
    print(
        "halves fixed by document name (sorted, every other one): 'tuning' is where rules may "
        "be looked for, 'scoring' is reported and not looked into (-v lists tuning errors only)"
    )
    halves = {"tuning": scored[0::2], "scoring": scored[1::2], "all": scored}
    print(f"{'half':8} {'mentions':34} {'n':>5} {'with party':>10} {'P':>6} {'R':>6} {'F1':>6}")
    for half, part in halves.items():
        for label, keep in (
            ("all named", lambda _m: True),
            ("people and organisations", lambda m: m.etype in ACTORS),
            ("people, organisations and places", lambda m: m.etype in ACTORS | {"place"}),
        ):
            r = pairwise(part, keep)
            print(
                f"{half:8} {label:34} {r['mentions']:>5} "
                f"{r['covered'] / max(1, r['mentions']):>10.1%} "
                f"{r['P']:>6.3f} {r['R']:>6.3f} {r['F1']:>6.3f}"
            )
    scored = halves["tuning"]
    if "-v" in sys.argv:
        for mentions in scored:
            for (m1, p1), (m2, p2) in combinations(mentions, 2):
                if (m1.identity == m2.identity) != (p1 is not None and p1 == p2):
                    print(
                        f"  {m1.text!r} [{p1}] vs {m2.text!r} [{p2}]"
                        f" gold {m1.identity == m2.identity}"
                    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
