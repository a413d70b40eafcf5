"""Start-up time of the reader, as a person sees it.

Launches ``briefing SOURCE`` in a detached tmux session of the given size, ``--runs`` times,
and polls the screen (``tmux capture-pane``) from the moment before the launch until
(1) the first words of the article are on screen and (2) the analysis is shown (the parties
pane reports its count). Prints the median and the range of both. The store lives in a
temporary ``BRIEFING_HOME``; ``--no-cache`` (the default) measures a cold analysis every time,
``--cache`` lets every launch after the first be served from the analysis cache.

    python benchmarks/startup.py [SOURCE] [--runs 5] [--size 120x36] [--cache]
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "seeds" / "000_ba72d959d0682f81.txt"
ANALYSIS_SHOWN = re.compile(r"\d+ part(?:y|ies) ─|analysis failed")
POLL = 0.02


def _first_words(path: Path, limit: int = 24) -> str:
    """The opening words of the article (short enough to sit on one screen line)."""
    first = path.read_text(encoding="utf-8").strip().splitlines()[0]
    words, out = first.split(), ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out} {word}".strip()
    return out or first[:limit]


def _screen(session: str) -> str:
    result = subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
    )
    return result.stdout


def launch(command: list[str], size: tuple[int, int], marker: str, timeout: float):
    """Seconds from launch to the text on screen and to the analysis shown (None: never)."""
    session = f"briefing-startup-{uuid.uuid4().hex[:8]}"
    shell = shlex.join(command) + "; sleep 60"
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), shell],
        check=True,
    )
    text_at = analysis_at = None
    try:
        while time.perf_counter() - start < timeout and analysis_at is None:
            screen = _screen(session)
            now = time.perf_counter() - start
            if text_at is None and marker in screen:
                text_at = now
            if text_at is not None and ANALYSIS_SHOWN.search(screen):
                analysis_at = now
                if "analysis failed" in screen:
                    print("  (the analysis failed)", file=sys.stderr)
            time.sleep(POLL)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    return text_at, analysis_at


def _row(name: str, values: list[float | None]) -> str:
    seen = [v for v in values if v is not None]
    if not seen:
        return f"| {name} | never | | |"
    return (
        f"| {name} | {statistics.median(seen):.2f} s | {min(seen):.2f} s | {max(seen):.2f} s |"
        + ("" if len(seen) == len(values) else f" ({len(values) - len(seen)} never)")
    )


def _command() -> str:
    """``briefing`` beside this Python (its venv), else the one on PATH."""
    sibling = Path(sys.executable).parent / "briefing"
    return str(sibling) if sibling.exists() else shutil.which("briefing") or "briefing"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="120x36", help="terminal WIDTHxHEIGHT")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--cache", action="store_true", help="let the analysis cache serve")
    parser.add_argument("--briefing", default=_command(), help="the command to launch")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("startup: tmux is needed to watch the screen", file=sys.stderr)
        return 2
    width, height = (int(n) for n in args.size.lower().split("x"))
    source = Path(args.source)
    marker = _first_words(source)
    command = [args.briefing, str(source)] + ([] if args.cache else ["--no-cache"])
    texts, analyses = [], []
    with tempfile.TemporaryDirectory(prefix="briefing-startup-") as home:
        os.environ["BRIEFING_HOME"] = home
        for run in range(1, args.runs + 1):
            text_at, analysis_at = launch(command, (width, height), marker, args.timeout)
            texts.append(text_at)
            analyses.append(analysis_at)
            shown = "never" if text_at is None else f"{text_at:.2f} s"
            analysed = "never" if analysis_at is None else f"{analysis_at:.2f} s"
            print(f"run {run}: text {shown}, analysis {analysed}", file=sys.stderr)
    mode = "analysis cache on" if args.cache else "no cache: a cold analysis every launch"
    print(f"\n{source.name} at {width}x{height}, {args.runs} launches, {mode}\n")
    print("| from process start to | median | min | max |")
    print("|---|---|---|---|")
    print(_row("article text on screen", texts))
    print(_row("analysis shown", analyses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
