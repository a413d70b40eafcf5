"""How much the analysis cache saves: the Wikinews articles exported twice, cold then warm.

The articles (``../shared/data/wikinews``) are written as text files into a temporary
folder, never into the repository, and exported with a fresh temporary ``--data-dir``; each
export is a separate ``briefing export`` process, timed from start to exit. The ``briefing``
package is copied first and both exports run that copy, so that edits made to the checkout
meanwhile (which rightly invalidate the cache) do not spoil the measurement.

    python benchmarks/cache.py [--runs N]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "wikinews" / "wikinews_2019_2020_dev.csv"


def materialise(folder: Path) -> int:
    """One ``NNN.txt`` per article: headline, blank line, text. How many were written."""
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for i, row in enumerate(rows):
        title = " ".join(row["title"].split())
        (folder / f"{i:03d}.txt").write_text(f"{title}\n\n{row['text'].strip()}\n", "utf-8")
    return len(rows)


def export(folder: Path, data_dir: Path, output: Path, code: Path) -> float:
    command = [sys.executable, "-m", "briefing", "export", str(folder)]
    command += ["--data-dir", str(data_dir), "-o", str(output)]
    env = {**os.environ, "PYTHONPATH": str(code)}
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=code)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"export failed ({result.returncode}): {result.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="warm exports to time (best kept)")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"skipped: {DATA} not found")
        return
    with tempfile.TemporaryDirectory(prefix="briefing-cache-bench-") as tmp:
        tmp_path = Path(tmp)
        folder = tmp_path / "articles"
        folder.mkdir()
        n = materialise(folder)
        code = tmp_path / "code"
        shutil.copytree(
            ROOT / "briefing", code / "briefing", ignore=shutil.ignore_patterns("__pycache__")
        )
        data_dir = tmp_path / "data"
        cold = export(folder, data_dir, tmp_path / "cold.json", code)
        warm = min(
            export(folder, data_dir, tmp_path / f"warm{i}.json", code)
            for i in range(max(1, args.runs))
        )
        same = json.loads((tmp_path / "cold.json").read_text()) == json.loads(
            (tmp_path / "warm0.json").read_text()
        )
        size = (data_dir / "briefing.sqlite3").stat().st_size
    print("| articles | first export (s) | second export (s) | speed-up | same JSON | store |")
    print("|---:|---:|---:|---:|:---:|---:|")
    print(
        f"| {n} | {cold:.2f} | {warm:.2f} | {cold / warm:.1f}x | {'yes' if same else 'NO'} "
        f"| {size / 1e6:.1f} MB |"
    )


if __name__ == "__main__":
    main()
