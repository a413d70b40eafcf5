"""Score positions of the seed article against the hand-made gold (issue 3's rules).

A gold position is found when a predicted one has an overlapping cue and a party whose name
or aliases match the gold party's names. Matching is one-to-one. Precision counts every
predicted position (those without a party can never match); stance accuracy is over the
matched pairs.
"""

from __future__ import annotations

from typing import Any

from briefing.analysis.types import Analysis


def _norm(name: str) -> str:
    name = name.strip().casefold()
    return name[4:] if name.startswith("the ") else name


def score_seed(analysis: Analysis, gold: dict[str, Any]) -> dict[str, Any]:
    """Recall, precision and stance accuracy of ``analysis`` against ``gold``."""
    names = {
        party: {_norm(party), *(_norm(a) for a in aliases)}
        for party, aliases in gold["parties"].items()
    }
    predicted = list(analysis.positions)
    party_names = {p.id: {_norm(p.name), *(_norm(a) for a in p.aliases)} for p in analysis.parties}
    pairs = []
    for g, gp in enumerate(gold["positions"]):
        for k, pp in enumerate(predicted):
            overlap = min(gp["cue"][1], pp.cue[1]) - max(gp["cue"][0], pp.cue[0])
            if overlap > 0 and pp.party and party_names.get(pp.party, set()) & names[gp["party"]]:
                pairs.append((-overlap, g, k))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, g, k in sorted(pairs):
        if g not in matched and k not in used:
            matched[g] = k
            used.add(k)
    stance_right = sum(
        gold["positions"][g]["stance"] == predicted[k].stance for g, k in matched.items()
    )
    misses = [gold["positions"][g] for g in range(len(gold["positions"])) if g not in matched]
    extras = [predicted[k] for k in range(len(predicted)) if k not in used]
    return {
        "gold": len(gold["positions"]),
        "predicted": len(predicted),
        "found": len(matched),
        "recall": len(matched) / max(1, len(gold["positions"])),
        "precision": len(used) / max(1, len(predicted)),
        "stance_accuracy": stance_right / max(1, len(matched)),
        "stance_wrong": [
            (gold["positions"][g]["cue_text"], gold["positions"][g]["stance"], predicted[k].stance)
            for g, k in matched.items()
            if gold["positions"][g]["stance"] != predicted[k].stance
        ],
        "misses": [(m["party"], m["cue_text"]) for m in misses],
        "extras": [(p.party, analysis.article.text[p.cue[0] : p.cue[1]], p.stance) for p in extras],
    }
