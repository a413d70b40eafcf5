"""ROUGE of every summarizer on the two development sets, with the project's own sentences.

    python benchmarks/summaries.py                # full dev sets, every algorithm, CV, Wikinews
    python benchmarks/summaries.py --limit 40     # a quick look
    python benchmarks/summaries.py --part even    # tune on even-numbered documents ...
    python benchmarks/summaries.py --part odd     # ... confirm on the others

Each article is parsed once with the project's pipeline (``load_pipeline`` + ``nlp.pipe``)
and cut into sentences by ``sentences_of``; every algorithm then ranks the same sentences.

- BBC News Summary (``bbc/``): the reference is a set of article sentences concatenated
  without separators; k is the number of our sentences found verbatim in it. The title line is
  given to the summarizers as the title, not as a sentence.
- CNN/DailyMail (``cnndm/``): k = 3 against the human highlights, detokenised from PTB.

Scores are ROUGE-1/2/Lsum F1 (``rouge-score``, stemming on), times 100. ``ms`` is the mean
time of one ``summarize`` call per article.

Then, for the default summarizer, 5-fold cross-validation (``_summary_checks.py``): its
parameters are chosen on four folds of both sets and scored on the fifth; the ROUGE-2 mean and
standard error over the held-out folds, and each fold's margin over Lead-k (CNN/DM) and over
the best sumy algorithm (BBC). Then the Wikinews dev articles (title, blank line, text): how
many summary sentences (k = 3) are not prose, per algorithm. The closing line compares the
default summarizer's time with the time of the whole analysis (spaCy parse included).

The checkout's ``briefing`` is measured (this folder's parent goes first on ``sys.path``), not
an installed copy.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.analysis.summarizers.briefing_summarizer import Tuning

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SETS = ("bbc", "cnndm")


@dataclass
class Case:
    """One article to summarize and what it is judged against."""

    id: str
    text: str
    title: str | None
    reference: str
    """The gold summary, one sentence a line (for ROUGE-Lsum)."""
    k: int | None = None
    """Summary length in sentences; None until the article's sentences are known (BBC)."""
    gold: frozenset[int] = field(default_factory=frozenset)
    """Indices of our sentences that are in an extractive reference (BBC)."""


def _in_part(index: int, part: str) -> bool:
    return part == "all" or (index % 2 == 0) == (part == "even")


def load_bbc(folder: Path, limit: int | None, part: str) -> list[Case]:
    """BBC articles and their extractive references, in a stable order."""
    articles = sorted((folder / "articles").glob("*/*.txt"))
    cases = []
    for index, path in enumerate(articles):
        if not _in_part(index, part):
            continue
        summary_path = folder / "summaries" / path.parent.name / path.name
        if not summary_path.exists():
            continue
        raw = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        title, _, body = raw.strip().partition("\n")
        summary = summary_path.read_text(encoding="utf-8", errors="replace")
        # The reference sentences are glued together ("$10.9bn.For the full-year"): restore
        # the breaks so that ROUGE-Lsum sees sentences.
        reference = re.sub(r"(?<=[.!?\"'])(?=[A-Z\"])", "\n", summary.strip())
        cases.append(
            Case(f"{path.parent.name}/{path.name}", body.strip(), title.strip(), reference)
        )
        if limit and len(cases) >= limit:
            break
    return cases


_PTB = [
    (r"-LRB-", "("),
    (r"-RRB-", ")"),
    (r"-LSB-", "["),
    (r"-RSB-", "]"),
    (r"-LCB-", "{"),
    (r"-RCB-", "}"),
    (r"``\s*", '"'),
    (r"\s*''", '"'),
    (r"\(\s+", "("),
    (r"\s+\)", ")"),
    (r"\s+(n't|'s|'re|'ve|'m|'ll|'d)\b", r"\1"),
    (r"\s+([.,;:!?%])", r"\1"),
    (r"\$\s+", "$"),
]


def detokenize(text: str) -> str:
    """PTB-tokenised text back to ordinary spelling (``-LRB-`` -> ``(``, `` 's`` -> ``'s``)."""
    for pattern, replacement in _PTB:
        text = re.sub(pattern, replacement, text)
    return text.strip()


def load_cnndm(folder: Path, limit: int | None, part: str) -> list[Case]:
    """CNN/DailyMail articles and their highlights (k = 3)."""
    cases = []
    lines = (folder / "cnndm_dev_125.jsonl").read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if not line.strip() or not _in_part(index, part):
            continue
        record = json.loads(line)
        highlights = re.split(r"(?<=\s[.!?])\s+", record["reference_highlights_tokenized"])
        reference = "\n".join(detokenize(h) for h in highlights if h.strip())
        cases.append(Case(record["id"], record["article"].strip(), None, reference, k=3))
        if limit and len(cases) >= limit:
            break
    return cases


def _normal(text: str) -> str:
    return " ".join(text.split())


def find_gold(case: Case, texts: Sequence[str]) -> None:
    """Mark the sentences found verbatim in an extractive reference; k is how many."""
    summary = _normal(case.reference.replace("\n", ""))
    gold = {i for i, text in enumerate(texts) if len(text) > 1 and _normal(text) in summary}
    case.gold = frozenset(gold)
    case.k = max(1, len(gold))


@dataclass
class Parsed:
    case: Case
    sentences: tuple
    doc_seconds: float
    analysis_seconds: float


def parse(cases: list[Case]) -> list[Parsed]:
    """Parse every article once (``nlp.pipe``) and time the whole analysis of each."""
    from briefing.analysis.analyze import Options, analysis_of, sentences_of
    from briefing.analysis.pipeline import load_pipeline
    from briefing.analysis.types import Article

    pipeline = load_pipeline()
    parsed = []
    docs = pipeline.nlp.pipe(c.text for c in cases)
    started = time.perf_counter()
    for case in cases:
        doc = next(docs)
        parsed_at = time.perf_counter()
        article = Article(case.text, case.id, title=case.title)
        analysis_of(article, doc, pipeline, Options())
        done = time.perf_counter()
        sentences = sentences_of(doc)
        if case.k is None:
            find_gold(case, [case.text[s.start : s.end] for s in sentences])
        parsed.append(Parsed(case, sentences, parsed_at - started, done - parsed_at))
        started = time.perf_counter()
    return parsed


@dataclass
class Scores:
    r1: list[float] = field(default_factory=list)
    r2: list[float] = field(default_factory=list)
    rl: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)

    def row(self) -> list[str]:
        means = [
            100 * statistics.fmean(x) if x else float("nan") for x in (self.r1, self.r2, self.rl)
        ]
        return [f"{m:.2f}" for m in means]


def evaluate(
    parsed: list[Parsed], algorithms: Iterable[str], tuning: Tuning | None = None
) -> dict[str, Scores]:
    """Every algorithm's ROUGE F1 and time on every parsed article (the default summarizer
    with ``tuning``, else its own parameters)."""
    from rouge_score import rouge_scorer

    from briefing.analysis.summarize import SummaryLength, summarize
    from briefing.analysis.summarizers.briefing_summarizer import Tuning

    tuning = tuning or Tuning()
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    results: dict[str, Scores] = {}
    for algorithm in algorithms:
        scores = results.setdefault(algorithm, Scores())
        for item in parsed:
            case = item.case
            started = time.perf_counter()
            length = SummaryLength(case.k)
            summary = summarize(
                case.text, item.sentences, algorithm, length, title=case.title, tuning=tuning
            )
            scores.seconds.append(time.perf_counter() - started)
            chosen = summary.sentences(item.sentences)
            prediction = "\n".join(case.text[s.start : s.end] for s in chosen)
            rouge = scorer.score(case.reference, prediction)
            scores.r1.append(rouge["rouge1"].fmeasure)
            scores.r2.append(rouge["rouge2"].fmeasure)
            scores.rl.append(rouge["rougeLsum"].fmeasure)
    return results


def table(results: dict[str, dict[str, Scores]], sets: Sequence[str]) -> str:
    """A Markdown table: one row per algorithm, R1/R2/RLsum per set, ms per article."""
    algorithms = list(next(iter(results.values())))
    header = ["algorithm"]
    for name in sets:
        header += [f"{name} R1", f"{name} R2", f"{name} RLsum"]
    header.append("ms/article")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for algorithm in algorithms:
        row = [algorithm]
        seconds: list[float] = []
        for name in sets:
            row += results[name][algorithm].row()
            seconds += results[name][algorithm].seconds
        row.append(f"{1000 * statistics.fmean(seconds):.1f}")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="evaluation data folder")
    parser.add_argument("--limit", type=int, help="at most this many articles per set")
    parser.add_argument("--part", choices=("all", "even", "odd"), default="all")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: bbc,cnndm")
    parser.add_argument("--algorithms", help="comma-separated (default: every one)")
    parser.add_argument(
        "--no-cv", dest="cv", action="store_false", help="skip the default's cross-validation"
    )
    parser.add_argument(
        "--no-wikinews", dest="wikinews", action="store_false", help="skip the Wikinews count"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from briefing.analysis.summarize import DEFAULT_ALGORITHM, algorithms

    args = _parser().parse_args(argv)

    sets = [s for s in args.sets.split(",") if s]
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        print(f"summaries: unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
        return 2
    chosen = args.algorithms.split(",") if args.algorithms else algorithms()
    unknown = [a for a in chosen if a not in algorithms()]
    if unknown:
        print(f"summaries: unknown algorithm {unknown[0]!r}; choose from {', '.join(algorithms())}")
        return 2
    if not args.data.is_dir():
        print(f"summaries: evaluation data not found at {args.data}; skipping")
        return 0

    loaders = {"bbc": load_bbc, "cnndm": load_cnndm}
    results: dict[str, dict[str, Scores]] = {}
    parsed_sets: dict[str, list[Parsed]] = {}
    timing: list[tuple[float, float]] = []
    summary_seconds: list[float] = []
    for name in sets:
        cases = loaders[name](args.data / name, args.limit, args.part)
        parsed = parsed_sets[name] = parse(cases)
        mean_k = statistics.fmean(p.case.k or 0 for p in parsed)
        mean_n = statistics.fmean(len(p.sentences) for p in parsed)
        print(
            f"{name}: {len(parsed)} articles, {mean_n:.1f} sentences, k = {mean_k:.1f} on average"
        )
        results[name] = evaluate(parsed, chosen)
        timing += [(p.doc_seconds, p.analysis_seconds) for p in parsed]
        if DEFAULT_ALGORITHM in chosen:
            summary_seconds += results[name][DEFAULT_ALGORITHM].seconds
    print()
    print(table(results, sets))
    if args.cv and DEFAULT_ALGORITHM in chosen:
        print()
        print(_cross_validated(parsed_sets, results, chosen))
    if args.wikinews and (args.data / "wikinews").is_dir():
        wiki_timing, wiki_seconds = _wikinews(args.data / "wikinews", args.limit, chosen)
        timing += wiki_timing
        summary_seconds += wiki_seconds
    if summary_seconds and timing:
        summary_ms = 1000 * statistics.fmean(summary_seconds)
        analysis_ms = 1000 * statistics.fmean(parse + rest for parse, rest in timing)
        print(
            f"\ndefault ({DEFAULT_ALGORITHM}): {summary_ms:.1f} ms per article to summarize, "
            f"{analysis_ms:.1f} ms per article for the whole analysis incl. spaCy parse "
            f"({100 * summary_ms / analysis_ms:.1f}%)"
        )
    return 0


def _cross_validated(
    parsed_sets: dict[str, list[Parsed]], results: dict[str, dict[str, Scores]], chosen: list[str]
) -> str:
    """The default's held-out figures: CNN/DM against Lead-k, BBC against the best sumy."""
    from _summary_checks import FOLDS, cross_validate, report, tuning

    from briefing.analysis.summarize import DEFAULT_ALGORITHM, SUMMARIZERS

    if any(len(parsed) < 2 * FOLDS for parsed in parsed_sets.values()):
        return f"cross-validation skipped: fewer than {2 * FOLDS} articles in a set"
    baselines: dict[str, list[float]] = {}
    names: dict[str, str] = {}
    for name, by_algorithm in results.items():
        sumy = [a for a in chosen if a in SUMMARIZERS and a != DEFAULT_ALGORITHM]
        if name == "cnndm" and "lead" in chosen:
            names[name] = "lead"
        elif sumy:
            names[name] = max(sumy, key=lambda a: statistics.fmean(by_algorithm[a].r2))
        else:
            continue
        baselines[name] = [100 * x for x in by_algorithm[names[name]].r2]

    def r2_of(name: str, setting: dict[str, float]) -> list[float]:
        scores = evaluate(parsed_sets[name], [DEFAULT_ALGORITHM], tuning(setting))
        return [100 * x for x in scores[DEFAULT_ALGORITHM].r2]

    folds = cross_validate(r2_of, baselines)
    return "\n".join(report(name, names[name], folds[name]) for name in folds)


def _wikinews(folder: Path, limit: int | None, chosen: list[str]) -> tuple[list, list[float]]:
    """Print the non-prose summary sentences per algorithm; the analysis and summary times."""
    from _summary_checks import non_prose_summary_sentences, wikinews_articles

    from briefing.analysis.summarize import DEFAULT_ALGORITHM, SummaryLength, summarize

    articles = wikinews_articles(folder)[:limit]
    cases = [Case(str(i), text, title, "", k=3) for i, (title, text) in enumerate(articles)]
    parsed = parse(cases)
    triples = [(p.case.title, p.case.text, p.sentences) for p in parsed]
    counts = non_prose_summary_sentences(triples, chosen)
    flagged = sum(not s.prose for p in parsed for s in p.sentences)
    total = sum(len(p.sentences) for p in parsed)
    print(
        f"\nwikinews: {len(parsed)} articles, {flagged} of {total} sentences not prose; "
        "summary sentences (k = 3) that are not prose: "
        + ", ".join(f"{a} {n}" for a, n in counts.items())
    )
    seconds = []
    for title, text, sentences in triples:
        started = time.perf_counter()
        summarize(text, sentences, DEFAULT_ALGORITHM, SummaryLength(3), title=title)
        seconds.append(time.perf_counter() - started)
    return [(p.doc_seconds, p.analysis_seconds) for p in parsed], seconds


if __name__ == "__main__":
    sys.exit(main())
