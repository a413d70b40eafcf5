"""Start-up time of the reader, as a person sees it.

Launches ``python -m briefing SOURCE`` from this checkout (``PYTHONPATH`` is the repository,
never an installed copy) in a detached tmux session of the given size, on a tmux server of
its own, ``--runs`` times, and polls the screen (``tmux capture-pane``) from the moment before
the launch until (1) the first words of the article are on screen and (2) the analysis is
shown (the parties pane reports its count). Prints the median and the range of both. The
store lives in a temporary ``BRIEFING_HOME``; ``--no-cache`` (the default) measures a cold
analysis every time, ``--cache`` lets every launch after the first be served from the cache.

``--baseline REF`` measures the commit REF too (``git archive`` into a temporary folder),
launching it and the checkout in turn, so that both see the same machine load.

    python benchmarks/startup.py [SOURCE] [--runs 5] [--size 120x36] [--cache] [--baseline REF]
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


SOCKET = f"briefing-startup-{os.getpid()}"
"""A tmux server of our own: nobody else's sessions, environment or options."""


def _tmux(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["tmux", "-L", SOCKET, "-f", os.devnull, *args], **kwargs)


def _screen(session: str) -> str:
    return _tmux("capture-pane", "-p", "-t", session, capture_output=True, text=True).stdout


def _cpu_seconds(session: str) -> float | None:
    """CPU time (user + system, all threads) the reader has used so far: unlike wall time,
    it hardly depends on what else the machine is doing. None where /proc cannot tell."""
    shell = _tmux("display-message", "-p", "-t", session, "#{pane_pid}",
                  capture_output=True, text=True).stdout.strip()  # fmt: skip
    try:
        children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
        fields = Path(f"/proc/{children[0]}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch(command: list[str], size: tuple[int, int], marker: str, timeout: float):
    """Seconds from launch to the text on screen and to the analysis shown (None: never),
    and the CPU seconds the reader had used when the analysis was shown."""
    session = f"briefing-startup-{uuid.uuid4().hex[:8]}"
    shell = shlex.join(command) + "; sleep 60"
    start = time.perf_counter()
    _tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]), shell,
          check=True)  # fmt: skip
    text_at = analysis_at = cpu = None
    try:
        while time.perf_counter() - start < timeout and analysis_at is None:
            screen = _screen(session)
            now = time.perf_counter() - start
            if text_at is None and marker in screen:
                text_at = now
            if text_at is not None and ANALYSIS_SHOWN.search(screen):
                analysis_at = now
                cpu = _cpu_seconds(session)
                if "analysis failed" in screen:
                    print("  (the analysis failed)", file=sys.stderr)
            time.sleep(POLL)
    finally:
        _tmux("kill-session", "-t", session, capture_output=True)
    return text_at, analysis_at, cpu


def _row(name: str, values: list[float | None]) -> str:
    seen = [v for v in values if v is not None]
    if not seen:
        return f"| {name} | never | | |"
    return (
        f"| {name} | {statistics.median(seen):.2f} s | {min(seen):.2f} s | {max(seen):.2f} s |"
        + ("" if len(seen) == len(values) else f" ({len(values) - len(seen)} never)")
    )


def _command(tree: Path, home: str, source: Path, cache: bool) -> list[str]:
    """``python -m briefing SOURCE`` importing the package from ``tree``: run from there too,
    since ``-m`` puts the working directory first on ``sys.path``."""
    env = [f"PYTHONPATH={tree}", f"BRIEFING_HOME={home}", "TERM=xterm-256color"]
    return ["env", "-C", str(tree), *env, sys.executable, "-m", "briefing", str(source)] + (
        [] if cache else ["--no-cache"]
    )


def _export(ref: str, into: Path) -> Path:
    """The files of commit ``ref`` in ``into`` (the repository itself is not touched)."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref], capture_output=True, check=True
    ).stdout
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def _describe(ref: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", ref], capture_output=True, text=True
    ).stdout.strip()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="120x36", help="terminal WIDTHxHEIGHT")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--cache", action="store_true", help="let the analysis cache serve")
    parser.add_argument("--baseline", metavar="REF", help="also measure this commit, in turn")
    return parser


def main() -> int:
    args = _parser().parse_args()
    if shutil.which("tmux") is None:
        print("startup: tmux is needed to watch the screen", file=sys.stderr)
        return 2
    width, height = (int(n) for n in args.size.lower().split("x"))
    source = Path(args.source).resolve()
    marker = _first_words(source)
    with tempfile.TemporaryDirectory(prefix="briefing-startup-") as tmp:
        trees = {"checkout": ROOT}
        if args.baseline:
            baseline = _export(args.baseline, Path(tmp) / "baseline")
            trees = {f"baseline {_describe(args.baseline)}": baseline, **trees}
        for name, tree in trees.items():
            where = subprocess.run(
                ["env", "-C", str(tree), f"PYTHONPATH={tree}", sys.executable, "-c",
                 "import briefing; print(briefing.__file__)"],
                capture_output=True, text=True,
            ).stdout.strip()  # fmt: skip
            print(f"{name}: briefing imported from {where}", file=sys.stderr)
        texts: dict[str, list[float | None]] = {name: [] for name in trees}
        analyses: dict[str, list[float | None]] = {name: [] for name in trees}
        cpus: dict[str, list[float | None]] = {name: [] for name in trees}
        # a session that outlives every launch, so that the server does not stop between them
        _tmux("new-session", "-d", "-s", "keep", "sleep 86400", check=True)
        try:
            for run in range(1, args.runs + 1):
                for name, tree in trees.items():
                    # with the cache, one store per tree; without, a fresh one every launch
                    home = Path(tmp) / f"home-{name.split()[0]}" / ("" if args.cache else str(run))
                    command = _command(tree, str(home), source, args.cache)
                    text_at, analysis_at, cpu = launch(
                        command, (width, height), marker, args.timeout
                    )
                    texts[name].append(text_at)
                    analyses[name].append(analysis_at)
                    cpus[name].append(cpu)
                    shown = "never" if text_at is None else f"{text_at:.2f} s"
                    analysed = "never" if analysis_at is None else f"{analysis_at:.2f} s"
                    used = "?" if cpu is None else f"{cpu:.2f} s"
                    print(f"run {run}, {name}: text {shown}, analysis {analysed} (CPU {used})",
                          file=sys.stderr)  # fmt: skip
        finally:
            _tmux("kill-server", capture_output=True)
    mode = "analysis cache on" if args.cache else "no cache: a cold analysis every launch"
    print(f"\n{source.name} at {width}x{height}, {args.runs} launches each, {mode}")
    print(f"checkout {_describe('HEAD')}, {ROOT}\n")
    print("| from process start to | median | min | max |")
    print("|---|---|---|---|")
    for name in trees:
        print(_row(f"{name}: article text on screen", texts[name]))
        print(_row(f"{name}: analysis shown", analyses[name]))
        print(_row(f"{name}: CPU used by then (load-independent)", cpus[name]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
