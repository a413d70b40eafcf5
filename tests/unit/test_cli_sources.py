"""``briefing export`` end to end over pages, feeds, folders, hostile text and bad URLs."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler

import pytest
from contract import check_document

from briefing.cli import main
from tests.local_server import serving

PARAGRAPHS = [
    "The health minister said on Wednesday that the clinic would reopen in June.",
    "Doctors warned that staff shortages could delay the plan, and the mayor promised to "
    "support the hospital with new funding for nurses.",
    "Patients' groups demanded a clear timetable from the regional government.",
]


def _page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def _feed() -> str:
    items = "".join(
        f"<item><title>Item {i}</title><description><![CDATA["
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
        + "]]></description></item>"
        for i in range(1, 4)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{items}</channel></rss>'
    )


def _export(capsys, *args):
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/never":
            time.sleep(3)
            return
        body, status = (
            (_page("Served page").encode(), 200)
            if self.path == "/page.html"
            else (
                b"gone",
                404,
            )
        )
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    with serving(_Handler) as base:
        yield base


def test_page_feed_url_and_mixed_folder_give_contract_json_with_titles(capsys, tmp_path, server):
    (tmp_path / "page.html").write_text(_page("Clinic to reopen"))
    (tmp_path / "feed.xml").write_text(_feed())
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text("Clinic news\n\n" + " ".join(PARAGRAPHS))
    (folder / "two.html").write_text(_page("Folder page"))
    (folder / "three.rss").write_text(_feed())
    cases = {
        str(tmp_path / "page.html"): ["Clinic to reopen"],
        str(tmp_path / "feed.xml"): ["Item 1", "Item 2", "Item 3"],
        f"{server}/page.html": ["Served page"],
        str(folder): ["Clinic news", "Item 1", "Item 2", "Item 3", "Folder page"],
    }
    for source, titles in cases.items():
        code, out, err = _export(capsys, source)
        assert code == 0, err
        document = json.loads(out)
        check_document(document)
        assert [a["title"] for a in document["articles"]] == titles


def test_a_failed_input_is_one_line_and_the_others_are_still_written(capsys, tmp_path, server):
    good = tmp_path / "good.html"
    good.write_text(_page("Good"))
    started = time.monotonic()
    code, out, err = _export(
        capsys, str(good), f"{server}/missing.html", f"{server}/never", "--timeout", "0.5"
    )
    assert time.monotonic() - started < 15
    assert code == 1
    assert [a["title"] for a in json.loads(out)["articles"]] == ["Good"]
    lines = err.strip().splitlines()
    assert lines == [
        f"briefing: {server}/missing.html: HTTP 404 Not Found",
        f"briefing: {server}/never: no answer within 0.5 s (timed out)",
    ]


def test_markup_and_escape_sequences_stay_literal_in_json_and_are_stripped_in_markdown(
    capsys, tmp_path
):
    hostile = (
        "Breaking [bold red]news[/] today\n\n"
        "The minister said [link=https://evil.example]click[/link] was \x1b[31mred\x1b[0m. "
        "A link \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ and a title "
        "\x1b]0;pwned\x07 were in it. Officials warned of more."
    )
    path = tmp_path / "hostile.txt"
    path.write_text(hostile)
    code, out, _ = _export(capsys, str(path))
    assert code == 0
    (article,) = json.loads(out)["articles"]
    assert article["text"] == hostile and article["title"] == "Breaking [bold red]news[/] today"
    code, out, _ = _export(capsys, str(path), "--format", "md")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    assert "# Breaking [bold red]news[/] today" in out


def test_non_english_article_is_analysed_with_a_note(capsys, tmp_path):
    path = tmp_path / "de.txt"
    path.write_text(
        "Der Bundeskanzler sagte am Montag, dass die Gespräche in der nächsten Woche in Genf "
        "fortgesetzt werden. Die Opposition warnte vor einem Scheitern des Plans und forderte "
        "Neuwahlen, während die Gewerkschaften einen Streik ankündigten."
    )
    code, out, err = _export(capsys, str(path))
    assert code == 0 and "does not look like English" in err
    (article,) = json.loads(out)["articles"]
    assert article["sentences"] and any("English" in n for n in article["notes"])


def test_stdin_dash_and_no_cache(tmp_path):
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", "-", "--no-cache", "--data-dir", str(home)],
        input="Piped news\n\n" + " ".join(PARAGRAPHS),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert article["source"] == "<stdin>" and article["title"] == "Piped news"
    assert not home.exists()  # --no-cache: the store was never opened


@pytest.mark.parametrize("value", ["0", "-1", "soon"])
def test_bad_timeout_is_a_usage_error(capsys, value):
    with pytest.raises(SystemExit) as info:
        main(["export", "x.txt", "--timeout", value])
    out, err = capsys.readouterr()
    assert info.value.code == 2 and not out
    assert err.startswith("briefing: ") and "--timeout" in err and len(err.splitlines()) == 1


def test_a_copy_is_exported_once_and_named_on_stderr(capsys, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Clinic news\n\n" + " ".join(PARAGRAPHS))
    code, out, err = _export(capsys, str(tmp_path))
    assert code == 0  # a copy is no bad input
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(tmp_path / "a.txt")]
    assert err.splitlines() == [
        f'briefing: note: {tmp_path / "b.txt"}: "Clinic news" has the same text as in '
        f"{tmp_path / 'a.txt'}, shown once"
    ]
