"""The rounds of the hand-made position gold, as the benchmarks and the tagger's training read
them from the gold READMEs (``## Rows ...`` sections, in the order they were annotated)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "benchmarks" / "gold"


def _data():
    spec = importlib.util.spec_from_file_location("bench_data", ROOT / "benchmarks" / "_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_data", module)
    spec.loader.exec_module(module)
    return module


def test_rounds_are_read_in_order_with_trailing_words(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Gold\n\n## Rows 3, 1\n\ntext\n\n## Rows 7, 12 (interviews)\n", "utf-8")
    assert _data().rounds(readme) == [{1, 3}, {7, 12}]


@pytest.mark.parametrize(
    "name",
    [
        "wikinews-fresh",
        "cnndm-fresh",
        "bbc-fresh",
        "bbc-business-fresh",
        "bbc-tech-fresh",
        "bbc-entertainment-fresh",
        "bbc-sport-fresh",
    ],
)
def test_every_gold_file_is_in_exactly_one_round(name: str) -> None:
    listed = _data().rounds(GOLD / name / "README.md")
    files = sorted(int(p.stem.rsplit("-", 1)[1]) for p in (GOLD / name).glob("*.json"))
    every = [row for one in listed for row in one]
    assert sorted(every) == files
