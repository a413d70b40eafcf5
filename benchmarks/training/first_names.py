"""Build the first-name table that tells "he" from "she" when an article does not say:
``briefing/analysis/data/first_names.tsv`` (name, he or she), from the name-gender data of
the ``nomquamgender`` package (MIT; Van Buskirk et al., "An open-source cultural consensus
approach to name-based gender classification", 2023).

Kept: names recorded at least ``MIN_COUNT`` times in at least ``MIN_SOURCES`` of its sources
that are nearly always one gender (a share of at most ``CLEAR`` for the other), so a name
such as "Jean", "Kim" or "Jamie" is left out. Only names and a word each are written.

    pip install nomquamgender==0.1.4 && python -m benchmarks.training.first_names
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "briefing" / "analysis" / "data" / "first_names.tsv"
MIN_COUNT = 1000
MIN_SOURCES = 10
CLEAR = 0.03


def main() -> int:
    spec = importlib.util.find_spec("nomquamgender")  # found, not imported (it needs pandas)
    if spec is None or not spec.submodule_search_locations:
        print("nomquamgender is not installed: pip install nomquamgender==0.1.4", file=sys.stderr)
        return 2
    data = Path(spec.submodule_search_locations[0]) / "name_data.json"
    names = json.loads(data.read_text(encoding="utf-8"))
    rows = []
    for name, (sources, count, female, *_rest) in sorted(names.items()):
        if not name.isalpha() or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if female <= CLEAR or female >= 1 - CLEAR:
            rows.append(f"{name}\t{'she' if female >= 1 - CLEAR else 'he'}")
    header = [
        "# First names that are nearly always one gender: name, he or she. Built by",
        "# benchmarks/training/first_names.py from nomquamgender 0.1.4 (MIT License,",
        "# Copyright (c) 2022 Ian Van Buskirk), whose data it keeps a part of; see that script",
        "# for the rule.",
    ]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
