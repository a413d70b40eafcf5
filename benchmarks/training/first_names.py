"""Build the first-name table: ``briefing/analysis/data/first_names.tsv`` (name, then "he",
"she" or "either"), from the name-gender data of the ``nomquamgender`` package (MIT; Van
Buskirk et al., "An open-source cultural consensus approach to name-based gender
classification", 2023). It tells a person's name from a body's or a place's ("Glyn Davies",
tagged an organisation), and "he" from "she" when an article does not say.

Kept: names recorded at least ``MIN_COUNT`` times in at least ``MIN_SOURCES`` of its sources.
A name nearly always one gender (a share of at most ``CLEAR`` for the other) is written with
"he" or "she"; a name mostly one gender (a share of at most ``MOSTLY``: "George", whose
records are 7% women's, "Glyn", "Jane") with "either": a first name of no gender the table
tells, unless it names a country or its people ("Jordan"). Names often both ("Jean", "Kim")
are left out, as are many words that are names too ("Sun", "Blue", "Young").
Only names and a word each are written.

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
MOSTLY = 0.15


def main() -> int:
    spec = importlib.util.find_spec("nomquamgender")  # found, not imported (it needs pandas)
    if spec is None or not spec.submodule_search_locations:
        print("nomquamgender is not installed: pip install nomquamgender==0.1.4", file=sys.stderr)
        return 2
    data = Path(spec.submodule_search_locations[0]) / "name_data.json"
    names = json.loads(data.read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT))
    from briefing.analysis.actors import lookup_country

    rows = []
    for name, (sources, count, female, *_rest) in sorted(names.items()):
        if not name.isalpha() or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if female <= CLEAR or female >= 1 - CLEAR:
            gender = "she" if female >= 1 - CLEAR else "he"
        elif female <= MOSTLY or female >= 1 - MOSTLY:
            gender = "either"
            if lookup_country(name.title()) is not None:
                continue
        else:
            continue
        rows.append(f"{name}\t{gender}")
    header = [
        "# First names: name, then he or she (nearly always that gender) or either. Built by",
        "# benchmarks/training/first_names.py from nomquamgender 0.1.4 (MIT License,",
        "# Copyright (c) 2022 Ian Van Buskirk), whose data it keeps a part of; see that script",
        "# for the rule.",
    ]
    OUT.write_text("\n".join([*header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
