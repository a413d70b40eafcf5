"""Peak memory of export and reader as the work grows, and the cost of the longest article.

In one run, each measurement in a fresh process importing the checkout (``PYTHONPATH`` is
the repository, never an installed copy), with ``--no-cache`` and a temporary data folder:

- ``briefing export`` of the first 1, 100 and all 263 Wikinews articles (written as text
  files, headline + blank line + text, to a temporary folder at run time): peak RSS;
- the reader (``create_app`` driven headless by ``run_test``) over all of them: RSS once every
  article is analysed, and its peak;
- ``briefing export`` of one 1,000,000-character article (the documented limit, made of
  Wikinews paragraphs): wall time, peak RSS, and the summarizer's share of the time, with
  the default summarizer and with ``lead`` (which costs nothing: the rest of the analysis).

    python benchmarks/memory.py [--skip-long] [--skip-reader] [--sizes 1,100,263]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import ROOT, wikinews

LONG_CHARS = 1_000_000

_READER = """
import asyncio, gc, json, sys
from briefing.config import Settings
from briefing.service import Service
from briefing.ui.launch import create_app

async def main():
    uncached = Service(Settings(cache=False))
    app = create_app([sys.argv[1]], analyse=uncached.remember_and_analyse)
    async with app.run_test(size=(120, 36)) as pilot:
        while len(app.analyses) < len(app.articles) and not app.analysis_failed:
            await pilot.pause(0.5)
        gc.collect()
        rss = int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1])
        print(json.dumps({"analysed": len(app.analyses), "rss_kb": rss}))

asyncio.run(main())
"""

_LONG = """
import sys, time
import briefing.analysis.analyze as analyze
from briefing.cli import main

spent = [0.0]
summarize = analyze.summarize

def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return summarize(*args, **kwargs)
    finally:
        spent[0] += time.perf_counter() - start

analyze.summarize = timed
status = main(["export", sys.argv[1], "--no-cache", "-o", sys.argv[2], *sys.argv[3:]])
print(f"{spent[0]:.1f}", file=sys.stderr)
sys.exit(status)
"""


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "BRIEFING_HOME": str(home)}


def _run(command: list[str], home: Path) -> tuple[str, int, str, str]:
    """Wall and CPU seconds, peak RSS (MB), stdout and stderr of ``command`` in a fresh
    process. CPU time says what a quiet machine's wall time would be on a loaded one."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, cwd=ROOT, env=_env(home), stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = f"{time.perf_counter() - start:.1f} s ({usage.ru_utime + usage.ru_stime:.1f} s)"
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        sys.exit(f"memory: {command[-4:]} failed ({process.returncode}): {stderr[-2000:]}")
    return seconds, usage.ru_maxrss // 1024, stdout, stderr


def _write_articles(folder: Path, rows: list[dict[str, str]]) -> None:
    folder.mkdir()
    for i, row in enumerate(rows):
        (folder / f"{i:03d}.txt").write_text(f"{row['title']}\n\n{row['text']}", "utf-8")


def _long_text(rows: list[dict[str, str]]) -> str:
    """Wikinews paragraphs, round after round, up to ``LONG_CHARS`` (cut at a paragraph)."""
    paragraphs = [p for row in rows for p in row["text"].split("\n") if p.strip()]
    parts, size, i = [], 0, 0
    while size + len(paragraphs[i % len(paragraphs)]) + 2 <= LONG_CHARS:
        parts.append(paragraphs[i % len(paragraphs)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)


def _commit() -> str:
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return head + (" (with uncommitted changes)" if dirty else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,100,263", help="numbers of articles to export")
    parser.add_argument("--skip-long", action="store_true", help="not the 1M-character article")
    parser.add_argument("--skip-reader", action="store_true")
    args = parser.parse_args()
    rows = wikinews()
    python = sys.executable
    where = subprocess.run(
        [python, "-c", "import briefing; print(briefing.__file__)"],
        cwd=ROOT,
        env=_env(ROOT),
        capture_output=True,
        text=True,
    ).stdout.strip()
    print(f"commit {_commit()}; briefing imported from {where}\n")
    print("| measurement | wall (CPU) | peak RSS | note |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="briefing-memory-") as tmp:
        tmp_path = Path(tmp)
        for n in (int(s) for s in args.sizes.split(",")):
            folder = tmp_path / f"articles-{n}"
            _write_articles(folder, rows[:n])
            home, output = tmp_path / f"home-{n}", tmp_path / f"out-{n}.json"
            command = [python, "-m", "briefing", "export", str(folder), "--no-cache"]
            seconds, peak, _, _ = _run([*command, "-o", str(output)], home)
            size = output.stat().st_size / 1e6
            print(f"| export, {n} articles | {seconds} | {peak} MB | output {size:.1f} MB |")
        if not args.skip_reader:
            folder = tmp_path / "articles-reader"
            _write_articles(folder, rows)
            seconds, peak, out, _ = _run([python, "-c", _READER, str(folder)], tmp_path / "h")
            held = json.loads(out.strip().splitlines()[-1])
            print(
                f"| reader, {held['analysed']} articles analysed | {seconds} | {peak} MB "
                f"| RSS once all are analysed: {held['rss_kb'] // 1024} MB |"
            )
        if not args.skip_long:
            path = tmp_path / "long.txt"
            path.write_text(_long_text(rows), "utf-8")
            chars = len(path.read_text("utf-8"))
            for algorithm in ("default", "lead"):
                command = [python, "-c", _LONG, str(path), str(tmp_path / "long.json")]
                command += [] if algorithm == "default" else ["--algorithm", algorithm]
                seconds, peak, _, err = _run(command, tmp_path / "home-long")
                spent = err.strip().splitlines()[-1]
                print(
                    f"| export, one {chars:,}-character article, {algorithm} summarizer "
                    f"| {seconds} | {peak} MB | of which summarizer {spent} s |"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
