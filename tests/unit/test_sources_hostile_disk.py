"""Hostile input from the disk (issue 11): FIFOs and devices, names that are not UTF-8 or too
long, folders that cannot be read, odd encodings. One clear error per bad input, the rest read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.sources import SourceError, load, load_all

ENGLISH = (
    "The finance minister said on Friday that the budget would be balanced by next year. "
    "Opposition parties rejected the plan and warned that it would hurt pensioners."
)


def _good(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text("Budget news\n\n" + ENGLISH)
    return path


def _without_hanging(call, fifo: Path):
    """``call()``, failing (not hanging) if it blocks on ``fifo``."""
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=30)
    if thread.is_alive():  # release the reader so the thread ends, then fail
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail(f"blocked on the FIFO {fifo}")
    (result,) = outcome
    return result


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_or_found_in_a_folder_is_refused_not_waited_on(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    good = _good(folder)
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    loaded = _without_hanging(lambda: load_all([str(fifo), str(folder)]), fifo)
    assert [a.source for a in loaded.articles] == [str(good)]
    assert [str(e) for e in loaded.errors] == [
        f"{fifo}: not a regular file: a FIFO (named pipe); not read"
    ] * 2


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused_without_reading_it():
    with pytest.raises(SourceError) as info:
        load("/dev/zero")
    assert info.value.reason == "not a regular file: a character device; not read"


def test_a_name_too_long_for_the_system_is_one_error_and_the_rest_is_exported(capsys, tmp_path):
    good = _good(tmp_path)
    long = str(tmp_path / ("x" * 300 + ".txt"))
    loaded = load_all([long, str(good)])
    assert [a.source for a in loaded.articles] == [str(good)]
    (error,) = loaded.errors
    assert error.source == long and error.reason == "file name too long"
    code = main(["export", "--no-cache", long, str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(good)]
    assert err == f"briefing: {long}: file name too long\n"


def test_a_nul_byte_in_a_name_is_one_error():
    with pytest.raises(SourceError, match="not a valid file name"):
        load("bad\0name.txt")


NOT_UTF8 = os.fsdecode(b"caf\xe9 \xff news.txt")
SHOWN = "caf\\xe9 \\xff news.txt"


def test_a_name_that_is_not_utf8_is_read_and_recorded_in_displayable_form(tmp_path):
    path = tmp_path / NOT_UTF8
    path.write_text("Budget news\n\n" + ENGLISH)
    (article,) = load(str(path))
    assert article.text.endswith(ENGLISH)
    assert article.source == f"{tmp_path}/{SHOWN}"
    article.source.encode("utf-8")  # JSON and the store can hold it
    (article,) = load_all([str(tmp_path)]).articles
    assert article.source == f"{tmp_path}/{SHOWN}"


def test_control_characters_in_a_name_are_escaped_in_source_and_errors(tmp_path):
    path = tmp_path / "evil\x1b]0;pwned\x07.txt"
    path.write_text("")
    with pytest.raises(SourceError) as info:
        load(str(path))
    assert str(info.value) == f"{tmp_path}/evil\\x1b]0;pwned\\x07.txt: empty file: no text to read"


def test_export_of_a_name_that_is_not_utf8_writes_utf8_and_the_cache(tmp_path):
    path = tmp_path / NOT_UTF8
    path.write_text("Budget news\n\n" + ENGLISH)
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", "--data-dir", str(home), os.fsencode(path)],
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout.decode("utf-8"))["articles"]
    assert article["source"] == f"{tmp_path}/{SHOWN}"


def _deep_folder(top: Path, levels: int = 18) -> None:
    """``top/a.../a.../.../deep.txt``: deeper than PATH_MAX (4096), made through folder
    descriptors because no single path can name it."""
    fd = os.open(top, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, ENGLISH.encode())
        os.close(out)
    finally:
        os.close(fd)


def test_a_folder_deeper_than_path_max_is_reported_not_skipped_silently(tmp_path):
    folder = tmp_path / "deep"
    folder.mkdir()
    good = _good(folder)
    _deep_folder(folder)
    try:
        loaded = load_all([str(folder)])
    finally:
        shutil.rmtree(folder)
    assert [a.source for a in loaded.articles] == [str(good)]
    (error,) = loaded.errors
    assert error.source.startswith(str(folder / ("d" * 250)))
    assert len(error.source) > 4096
    assert error.reason == "folder not read, its articles are missing: file name too long"


def test_an_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    (folder / "locked").mkdir(parents=True)
    good = _good(folder)
    _good(folder / "locked", "hidden.txt")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as chmod 000 does (unless run as root)
    loaded = load_all([str(folder)])
    assert [a.source for a in loaded.articles] == [str(good)]
    assert [str(e) for e in loaded.errors] == [
        f"{folder / 'locked'}: folder not read, its articles are missing: permission denied"
    ]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root reads all")
def test_an_unreadable_subfolder_is_reported_for_real(tmp_path):
    folder = tmp_path / "news"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    _good(folder)
    _good(locked, "hidden.txt")
    locked.chmod(0)
    try:
        loaded = load_all([str(folder)])
    finally:
        locked.chmod(0o755)
    assert len(loaded.articles) == 1
    assert [e.source for e in loaded.errors] == [str(locked)]


def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path):
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{encoding}.txt"
        bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
        path.write_bytes(bom + ("Budget news\n\n" + ENGLISH).encode(encoding))
        (article,) = load(str(path))
        assert article.title == "Budget news" and article.text.endswith(ENGLISH)
        assert any("decoded as UTF-" in note for note in article.notes)


def test_utf16_html_and_feeds_with_a_byte_order_mark_are_read(tmp_path):
    path = tmp_path / "page.html"
    html = f"<html><head><title>Budget</title></head><body><article><p>{ENGLISH}</p></article>"
    path.write_bytes(html.encode("utf-16"))
    (article,) = load(str(path))
    assert article.title == "Budget" and article.text == ENGLISH
    path = tmp_path / "feed.xml"
    path.write_bytes(
        '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>T</title>'
        f"<item><title>Café news</title><description>{ENGLISH * 5}</description></item>"
        "</channel></rss>".encode("utf-16")
    )
    (article,) = load(str(path))
    assert article.title == "Café news" and article.text == (ENGLISH * 5)


def test_utf8_with_a_few_bad_bytes_is_not_read_as_cp1252(tmp_path):
    path = tmp_path / "nbsp.txt"
    text = "The minister\u00a0said the plan was fine.\u00a0Talks resume on Monday. " * 5
    path.write_bytes(text.encode() + b"\xff Officials were \xe9 pleased.")
    (article,) = load(str(path))
    assert "Â" not in article.text
    assert article.text.startswith(text)
    assert article.text.endswith("\ufffd Officials were \ufffd pleased.")
    assert article.notes[0].endswith("invalid UTF-8; 2 bad byte sequence(s) replaced with U+FFFD")


def test_a_feed_its_parser_trips_over_is_one_error(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(b'<html>&#xd800;<rss version="2.0"><channel>')  # found by Hypothesis
    with pytest.raises(SourceError) as info:
        load(str(path))
    assert info.value.reason == "cannot parse the feed (UnicodeEncodeError)"
