"""Bad input (DESIGN §6): one clean line naming the input and the reason, non-zero exit."""

import json
import subprocess
import sys

import pytest

from briefing.cli import main
from briefing.sources import SourceError, load
from briefing.sources.text import MAX_CHARS
from tests.conftest import SEED as SEED_PATH


def _export(capsys, *args):
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_naming(err: str, name: str) -> None:
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("briefing: ") for line in lines), err
    assert any(name in line for line in lines), err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"  \n\n ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")],
)
def test_empty_and_binary_files_are_refused(capsys, tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = _export(capsys, str(path))
    assert code == 1 and not out
    _one_line_naming(err, str(path))
    assert reason in err


def test_missing_path_is_refused(capsys, tmp_path):
    missing = str(tmp_path / "nope.txt")
    code, out, err = _export(capsys, missing)
    assert code == 1 and not out
    _one_line_naming(err, missing)
    assert "no such file" in err


def test_directory_without_articles_is_refused(capsys, tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    code, out, err = _export(capsys, str(tmp_path))
    assert code == 1 and not out
    _one_line_naming(err, str(tmp_path))


def test_invalid_utf8_gives_a_result_with_a_note(capsys, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"The minister said the plan was " + b"\xff\xfe fine. " * 3)
    code, out, err = _export(capsys, str(path))
    assert code == 0
    (article,) = json.loads(out)["articles"]
    assert article["text"].startswith("The minister said")
    assert article["notes"] and "note:" in err


def test_latin1_is_detected(tmp_path):
    path = tmp_path / "latin1.txt"
    text = "Le ministre a déclaré que la réforme était prête. " * 10
    path.write_bytes(text.encode("latin-1"))
    (article,) = load(str(path))
    assert "déclaré" in article.text
    assert article.notes


def test_text_over_the_limit_is_refused_naming_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * (MAX_CHARS // 5 + 10))
    with pytest.raises(SourceError) as info:
        load(str(path))
    assert "too large" in str(info.value) and f"{MAX_CHARS:,}" in str(info.value)


def test_one_bad_file_in_a_batch_does_not_stop_the_others(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The president said talks would resume on Monday.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = _export(capsys, str(good), str(empty), str(tmp_path / "missing.txt"))
    assert code == 1
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(good)]
    assert len(err.strip().splitlines()) == 2


def test_the_installed_command_prints_no_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(empty)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == f"briefing: {empty}: empty file: no text to read\n"


def test_tiny_articles_export_without_numpy_warnings(tmp_path):
    path = tmp_path / "tiny.txt"
    path.write_text("Officials met in Paris on Monday. They talked.")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefing",
            "export",
            "--no-cache",
            "--algorithm",
            "lexrank",
            str(path),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0
    assert result.stderr == ""


def test_exported_file_is_an_ordinary_file_not_a_private_one(tmp_path):
    import os

    target = tmp_path / "brief.json"
    umask = os.umask(0o022)
    try:
        assert main(["export", "--no-cache", str(SEED_PATH), "-o", str(target)]) == 0
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644
