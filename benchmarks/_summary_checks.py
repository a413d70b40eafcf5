"""The default summarizer cross-validated, and non-prose summary sentences counted on Wikinews.

Helpers of ``summaries.py``. Cross-validation: the articles of each set are dealt into five
folds (article i goes to fold i mod 5). For each fold, every setting in ``GRID`` is scored on
the other four folds of every set; the setting with the best sum of mean ROUGE-2 over the sets
is then scored on the held-out fold. What is reported is only ever held-out.
"""

from __future__ import annotations

import csv
import itertools
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

FOLDS = 5
GRID = [
    {"LEDE_WORDS": words, "REDUNDANCY": redundancy}
    for words, redundancy in itertools.product((0, 5, 10, 15, 20, 25), (0.0, 0.3))
]
"""The default summarizer's fitted parameters and the values tried (LEDE_SHARE is not fitted:
it only has to fall between CNN/DM's ~3/23 and BBC's ~45%)."""


def tuning(setting: dict[str, float]):
    """The default summarizer's ``Tuning`` for a setting of ``GRID``."""
    from briefing.analysis.summarizers.briefing_summarizer import Tuning

    return Tuning(lede_words=int(setting["LEDE_WORDS"]), redundancy=setting["REDUNDANCY"])


def _mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


@dataclass
class FoldResult:
    fold: int
    setting: dict[str, float]
    score: float
    baseline: float

    @property
    def margin(self) -> float:
        return self.score - self.baseline


def cross_validate(
    r2_of: Callable[[str, dict[str, float]], list[float]],
    baselines: dict[str, list[float]],
) -> dict[str, list[FoldResult]]:
    """Held-out ROUGE-2 of the default per set and fold, against each set's baseline.

    ``r2_of(set, setting)`` is the per-article ROUGE-2 of the default with ``setting``;
    ``baselines[set]`` the per-article ROUGE-2 it is compared with, in the same order.
    """
    sets = list(baselines)
    table = {(name, i): r2_of(name, setting) for name in sets for i, setting in enumerate(GRID)}

    def fold_mean(values: list[float], fold: int, held_out: bool) -> float:
        return _mean([v for j, v in enumerate(values) if (j % FOLDS == fold) == held_out])

    results: dict[str, list[FoldResult]] = {name: [] for name in sets}
    for fold in range(FOLDS):
        best = max(
            range(len(GRID)),
            key=lambda i: sum(fold_mean(table[name, i], fold, False) for name in sets),
        )
        for name in sets:
            results[name].append(
                FoldResult(
                    fold,
                    GRID[best],
                    fold_mean(table[name, best], fold, True),
                    fold_mean(baselines[name], fold, True),
                )
            )
    return results


def report(name: str, baseline: str, folds: list[FoldResult]) -> str:
    """Lines: held-out mean ± standard error, and each fold's margin and setting."""
    scores = [f.score for f in folds]
    margins = [f.margin for f in folds]
    se = statistics.stdev(scores) / len(scores) ** 0.5
    margin_se = statistics.stdev(margins) / len(margins) ** 0.5
    ahead = sum(m > 0 for m in margins)
    lines = [
        f"{name}: default R2 {_mean(scores):.2f} ± {se:.2f} (held-out folds), "
        f"{baseline} {_mean([f.baseline for f in folds]):.2f}; margin "
        f"{_mean(margins):+.2f} ± {margin_se:.2f}, ahead in {ahead} of {len(folds)} folds"
    ]
    for f in folds:
        setting = ", ".join(f"{k}={v:g}" for k, v in f.setting.items())
        lines.append(
            f"  fold {f.fold}: {f.margin:+.2f} ({f.score:.2f} vs {f.baseline:.2f}; {setting})"
        )
    return "\n".join(lines)


def wikinews_articles(folder: Path) -> list[tuple[str, str]]:
    """(title, title + blank line + text) of every Wikinews dev article."""
    csv.field_size_limit(sys.maxsize)
    path = folder / "wikinews_2019_2020_dev.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [(r["title"], f"{r['title']}\n\n{r['text']}") for r in rows]


def non_prose_summary_sentences(
    articles: list[tuple[str, str, tuple]], algorithms: Sequence[str], k: int = 3
) -> dict[str, int]:
    """Per algorithm: summary sentences (of ``k``) that are not prose, over ``articles``
    given as (title, text, sentences)."""
    from briefing.analysis.summarize import SummaryLength, summarize

    counts = {}
    for algorithm in algorithms:
        counts[algorithm] = sum(
            not sentences[s.index].prose
            for title, text, sentences in articles
            for s in summarize(text, sentences, algorithm, SummaryLength(k), title=title).sentences(
                sentences
            )
        )
    return counts
