"""Where benchmarks find the evaluation data (``../shared/data``), read at run time only."""

from __future__ import annotations

import csv
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def shared_dir() -> Path:
    """``../shared`` beside the checkout, or ``$BRIEFING_SHARED``."""
    return Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))


def data_dir() -> Path:
    path = shared_dir() / "data"
    if not path.is_dir():
        sys.exit(f"evaluation data not found at {path} (set BRIEFING_SHARED)")
    return path


def wikinews() -> list[dict[str, str]]:
    """The Wikinews rows: url, date, title, text."""
    csv.field_size_limit(sys.maxsize)
    path = data_dir() / "wikinews" / "wikinews_2019_2020_dev.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cnndm() -> list[dict]:
    """The CNN/Daily Mail rows (``id``, ``url``, ``article``, ...), in file order."""
    import json

    path = data_dir() / "cnndm" / "cnndm_dev_125.jsonl"
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def rounds(readme: Path) -> list[set[int]]:
    """The rows of each round a gold README lists (``## Rows 1, 2, 3``), in its order."""
    found = re.findall(r"^## Rows ([\d, ]+)", readme.read_text(encoding="utf-8"), re.M)
    return [{int(r) for r in line.split(",") if r.strip()} for line in found]
