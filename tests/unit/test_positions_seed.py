"""The seed article's positions against the hand-made gold (``../shared/gold``)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import missing

ROOT = Path(__file__).resolve().parents[2]


def _score_seed():
    spec = importlib.util.spec_from_file_location("seed_scoring", ROOT / "benchmarks" / "seed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score_seed


@pytest.fixture(scope="module")
def seed_score(seed_analysis, shared):
    gold = shared / "gold" / "seed-positions.json"
    if not gold.is_file():
        missing(f"seed gold not found at {gold}")
    return _score_seed()(seed_analysis, json.loads(gold.read_text(encoding="utf-8")))


def test_seed_recall_with_the_right_party(seed_score):
    assert seed_score["recall"] >= 0.85, seed_score["misses"]


def test_seed_precision(seed_score):
    assert seed_score["precision"] >= 0.80, seed_score["extras"]


def test_seed_stance_right_on_most(seed_score):
    assert seed_score["stance_accuracy"] >= 0.75, seed_score["stance_wrong"]


def test_seed_positions_of_groups_and_pronouns(seed_analysis):
    text = seed_analysis.article.text
    by_cue = {}
    for p in seed_analysis.positions:
        by_cue.setdefault(text[p.cue[0] : p.cue[1]], set()).add(p.party)
    assert by_cue["expressed a commitment"] == {"donald-trump"}  # "He" after Trump
    assert {"europe", "volodymyr-zelensky"} <= by_cue["request"]
    assert by_cue["backing"] == {"biden-administration"}
    assert by_cue["assert"] == {"russia"}  # bare "officials" after "Russia"
