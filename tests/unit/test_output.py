"""What ``briefing export`` writes (DESIGN §3, §6): safe for a terminal, valid UTF-8, and
``-o FILE`` never replaces what is there with something else."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from briefing import export
from briefing.analysis.types import Analysis, Article, Entity, Party, Sentence, Summary
from briefing.cli import main
from briefing.safe_text import is_safe, safe_line, safe_text
from tests.conftest import SEED

HOSTILE = "Talks \x1b]52;c;cHduZWQ=\x07 resume\x9b2J \u202eevil\u2066 [b]tax[/b]\x7f."


def _analysis(text: str = HOSTILE, source: str = "a.txt", title: str | None = HOSTILE):
    article = Article(text, source, title, notes=(f"note {HOSTILE}",))
    sentence = Sentence(0, 0, len(text), 0, ("Talks",))
    party = Party("talks", HOSTILE, "ORG", (HOSTILE,), None, 1)
    entity = Entity(0, 5, "Talks", "ORG", "talks")
    summary = Summary("lead", (0,), (1.0,), 1)
    return Analysis(article, "test", (sentence,), (entity,), (party,), (), summary)


def _export(capsys, *args):
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- the safe-text function --------------------------------------------------------------


def test_safe_text_escapes_what_a_terminal_acts_on():
    assert safe_text("a\x1b]0;t\x07\tb\nc") == "a\\x1b]0;t\\x07\tb\nc"
    assert safe_text("\x9b2J\x9d8;;\x7f\r") == "\\x9b2J\\x9d8;;\\x7f\\r"
    assert safe_text("\u202eabc\u2066\u2069") == "\\u202eabc\\u2066\\u2069"
    assert safe_text("caf\udce9.txt") == "caf\\udce9.txt"
    assert safe_line("a\nb\tc") == "a\\nb\\tc"
    assert safe_text("Ünïcode [b]ok[/b] – 日本") == "Ünïcode [b]ok[/b] – 日本"


# -- stderr ------------------------------------------------------------------------------


def test_stderr_messages_escape_names_from_outside(capsys, tmp_path):
    missing = tmp_path / "nope\x1b]0;pwned\x07\u202e.txt"
    code, out, err = _export(capsys, str(missing))
    assert code == 1 and not out
    assert err.count("\n") == 1 and is_safe(err)
    assert "nope\\x1b]0;pwned\\x07\\u202e.txt" in err


def test_the_reader_escapes_names_it_cannot_open(capsys, tmp_path):
    from briefing.ui.launch import run_reader

    missing = tmp_path / "gone\x1b]52;c;eA==\x07.txt"
    assert run_reader([str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and is_safe(err) and "gone\\x1b]52;c;eA==\\x07.txt" in err


def test_usage_errors_escape_the_argument(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(SEED), "--format", "\x1b]52;c;eA==\x07"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and is_safe(err) and "\\x1b]52" in err


# -- JSON and Markdown ---------------------------------------------------------------------


def test_json_escapes_c1_controls_and_bidi_overrides_and_keeps_the_data():
    out = export.dumps_json([_analysis()])
    assert not any(c in out for c in "\x1b\x07\x9b\x7f\u202e\u2066")
    assert "\\u009b" in out and "\\u202e" in out and "\\u001b" in out
    (article,) = json.loads(out)["articles"]
    assert article["text"] == HOSTILE and article["title"] == HOSTILE


def test_json_with_a_surrogate_escaped_name_is_valid_utf8():
    out = export.dumps_json([_analysis(source="caf\udce9.txt", title=None)])
    data = out.encode("utf-8")  # must not raise
    assert json.loads(data)["articles"][0]["source"] == "caf\ufffd.txt"


def test_markdown_drops_controls_and_bidi_overrides():
    md = export.to_markdown([_analysis(source="caf\udce9.txt")])
    md.encode("utf-8")
    assert not any(c in md for c in "\x1b\x07\x9b\x7f\u202e\u2066")
    assert "[b]tax[/b]" in md


def test_exported_json_of_a_hostile_file_is_safe_to_cat(capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Ministers met on Monday.\u202e They\x9b2J talked about the budget.\n", encoding="utf-8"
    )
    code, out, err = _export(capsys, str(path), "--no-cache")
    assert code == 0, err
    assert "\u202e" not in out and "\x9b" not in out
    assert "\u202e" in json.loads(out)["articles"][0]["text"]


# -- stdout that cannot be written -----------------------------------------------------------


def _full_device() -> bool:
    return os.path.exists("/dev/full") and stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not _full_device(), reason="needs /dev/full")
def test_stdout_to_a_full_device_is_one_line_and_exit_1(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("Ministers met on Monday. They talked about the budget.\n")
    full = os.open("/dev/full", os.O_WRONLY)  # no O_CREAT: never makes a file there
    try:
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "export", str(source)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(full)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == [
        "briefing: standard output: cannot write: No space left on device"
    ]


def test_a_closed_stdout_is_one_line_and_exit_1(tmp_path):
    source = tmp_path / "story.txt"
    source.write_text("Ministers met on Monday. They talked about the budget.\n")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(1),
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines() == ["briefing: standard output: cannot write: it is closed"]


# -- -o FILE ----------------------------------------------------------------------------------


def test_an_existing_file_keeps_its_mode(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o600)
    export.write_file(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.chmod(0o640)
    export.write_file(target, "newer")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


def test_a_new_file_follows_the_umask(tmp_path):
    umask = os.umask(0o027)
    try:
        export.write_file(tmp_path / "new.json", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    export.write_file(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new" and stat.S_IMODE(real.stat().st_mode) == 0o600
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "made.json")
    export.write_file(dangling, "made")
    assert dangling.is_symlink() and (tmp_path / "made.json").read_text() == "made"


def test_a_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    for _ in range(500):  # until the reader has opened its end
        try:
            export.write_file(fifo, "through the pipe")
            break
        except OSError:
            threading.Event().wait(0.01)
    reader.join(10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_fifo_nobody_reads_is_refused_not_waited_on(capsys, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, out, err = _export(capsys, str(SEED), "-o", str(fifo))
    assert code == 1 and not out
    assert err == f"briefing: {fifo}: cannot write: a FIFO that no process is reading\n"
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_directory_is_refused(capsys, tmp_path):
    code, out, err = _export(capsys, str(SEED), "-o", str(tmp_path))
    assert code == 1 and err == f"briefing: {tmp_path}: cannot write: is a directory\n"
    assert tmp_path.is_dir()


def test_a_character_device_is_written_through():
    # a terminal of our own: never a system device, which a broken writer (run as root)
    # would replace with a regular file
    master, slave = os.openpty()
    try:
        name = os.ttyname(slave)
        export.write_file(name, "to the terminal")
        assert os.read(master, 100) == b"to the terminal"
        assert stat.S_ISCHR(os.stat(name).st_mode)
    finally:
        os.close(master)
        os.close(slave)


def test_the_readers_export_uses_the_same_writer(tmp_path):
    from briefing.export import write_briefing

    real = tmp_path / "real.md"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_briefing(_analysis(), "md", link)
    assert link.is_symlink() and stat.S_IMODE(real.stat().st_mode) == 0o600
    assert real.read_text(encoding="utf-8").startswith("# Talks")


def test_a_file_name_that_is_not_utf8_gives_valid_utf8_json(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(name, "w") as handle:
        handle.write("Ministers met in Paris on Monday. They talked about the budget.\n")
    cached = ["--data-dir", str(tmp_path / "home")]
    for options in (["--no-cache"], cached, cached):  # analysed, cached, served from the cache
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "export", str(folder), *options],
            capture_output=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        (article,) = json.loads(result.stdout.decode("utf-8"))["articles"]
        assert article["source"].startswith(str(folder)) and "caf" in article["source"]
