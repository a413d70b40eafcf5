"""The wheel carries what the code reads at run time: styles, seeds and data files."""

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT


def test_wheel_packages_styles_seeds_and_data(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for seed in (ROOT / "seeds").iterdir():
        assert f"briefing/seeds/{seed.name}" in names
    styles = [p.name for p in (ROOT / "styles").glob("*.tcss")]
    assert styles and all(f"briefing/styles/{s}" in names for s in styles)
    for folder in ("data", "models"):  # the lexicons and the trained attribution tagger
        files = [
            p
            for p in (ROOT / "briefing" / "analysis" / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        ]
        assert files
        for path in files:
            assert path.relative_to(ROOT).as_posix() in names
    assert "briefing/analysis/models/attribution/config.cfg" in names


def test_source_checkout_finds_seeds_and_styles():
    from briefing.paths import seeds_dir, styles_dir

    assert (seeds_dir() / "000_ba72d959d0682f81.txt").is_file()
    assert any(Path(styles_dir()).glob("*.tcss"))


def test_lint_is_clean():
    for args in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
