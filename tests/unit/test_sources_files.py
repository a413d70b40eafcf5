"""Files, folders and standard input: kinds told apart, bad input refused in one clean line."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from briefing.sources import SourceError, load, load_all
from briefing.sources.files import kind_of
from briefing.sources.language import language_note
from briefing.sources.stdin import read_stdin
from briefing.sources.text import MAX_CHARS

ENGLISH = (
    "The finance minister said on Friday that the budget would be balanced by next year. "
    "Opposition parties rejected the plan and warned that it would hurt pensioners."
)
FRENCH = (
    "Le ministre des Finances a déclaré vendredi que le budget serait équilibré l'année "
    "prochaine. Les partis d'opposition ont rejeté le plan et ont averti qu'il nuirait aux "
    "retraités, tandis que les syndicats annonçaient une grève."
)


def test_thirty_megabytes_are_refused_unread_naming_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"word " * (6 * 1024 * 1024))  # 30 MB
    import briefing.sources.files as files

    read: list[int] = []

    class Counted(io.BufferedReader):
        def read(self, size=-1):
            read.append(size)
            return super().read(size)

    def counted_open(fd, mode="r", *args, **kwargs):
        return Counted(io.FileIO(fd, "r")) if mode == "rb" else open(fd, mode, *args, **kwargs)

    monkeypatch.setattr(files, "open", counted_open, raising=False)
    with pytest.raises(SourceError) as info:
        load(str(path))
    assert read == []  # refused by its size, not after reading 30 MB
    message = str(info.value)
    assert message.startswith(f"{path}: too large: 31.5 MB") and f"{MAX_CHARS:,}" in message


@pytest.mark.parametrize(
    "text",
    [
        FRENCH + " Ça coûte cher.",
        "Le ministre a déclaré que la réforme était prête. " * 10,  # read as cp1250 before
        "Der Kanzler sagte, dass die Gespräche über die Größe der Straße weitergehen.",
    ],
)
def test_latin1_file_is_decoded_exactly_with_a_note(tmp_path, text):
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    (article,) = load(str(path))
    assert article.text == text
    assert any("not UTF-8" in n for n in article.notes)


def test_html_file_without_a_body_is_a_clean_error(tmp_path):
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>")
    with pytest.raises(SourceError, match="no article text found in the page"):
        load(str(path))


@pytest.mark.parametrize(
    "content",
    [b"<rss><channel><item><title>cut off", b'<?xml version="1.0"?><feed><entry><title>x'],
)
def test_malformed_feed_file_is_a_clean_error(tmp_path, content):
    path = tmp_path / "feed.xml"
    path.write_bytes(content)
    with pytest.raises(SourceError) as info:
        load(str(path))
    assert str(info.value).startswith(f"{path}: malformed feed: ")


def test_xml_that_is_no_feed_is_a_clean_error(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>')
    with pytest.raises(SourceError) as info:
        load(str(path))
    assert "feed" in info.value.reason


def test_kinds_by_suffix_and_sniffing():
    html = b"<!DOCTYPE html><html><body><p>x</p></body></html>"
    rss = b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>'
    assert kind_of(html, ".html") == "html" and kind_of(html, "") == "html"
    assert kind_of(rss, ".xml") == "feed" and kind_of(rss, "") == "feed"
    assert kind_of(rss, "", "text/html") == "feed"  # servers mislabel feeds
    assert kind_of(html, ".txt") == "text"  # a .txt file is text, whatever it holds
    assert kind_of(b"Just words.", "") == "text"


def test_folder_reads_text_html_and_feeds_and_skips_the_rest(tmp_path):
    (tmp_path / "z.md").write_text("Markdown headline\n\n" + ENGLISH)
    (tmp_path / "a.htm").write_text(
        "<html><head><title>Budget</title></head><body><article>"
        + "".join(f"<p>{ENGLISH}</p>" for _ in range(2))
        + "</article></body></html>"
    )
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".hidden.txt").write_text(ENGLISH)
    (tmp_path / "empty.txt").write_text("")
    loaded = load_all([str(tmp_path)])
    assert [a.title for a in loaded.articles] == ["Budget", "Markdown headline"]
    assert [e.source for e in loaded.errors] == [str(tmp_path / "empty.txt")]


def test_a_text_files_dateline_is_its_date(tmp_path):
    """Wikinews pages saved as text open with their headline and a dateline ("Monday, January
    7, 2019"): the article had no date, so stories joined reports a year apart."""
    dated = tmp_path / "dated.txt"
    dated.write_text("Budget balanced\n\nMonday, January 7, 2019\u00a0\n\n" + ENGLISH)
    iso = tmp_path / "iso.txt"
    iso.write_text("Budget balanced\n\n2020-03-13\n\n" + ENGLISH)
    month = tmp_path / "month.txt"  # no day, or no year in full: no date
    month.write_text("Budget balanced\n\nMay 2019\n\n1/2/3\n\n" + ENGLISH)
    late = tmp_path / "late.txt"  # a date further down is the story's, not the article's
    late.write_text("Budget balanced\n\n" + ENGLISH + "\n\n" + ENGLISH + "\n\n7 January 2019\n")
    loaded = load_all([str(p) for p in (dated, iso, month, late)])
    assert [a.date for a in loaded.articles] == ["2019-01-07", "2020-03-13", None, None]


def test_non_english_article_is_read_with_a_note(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH)
    (article,) = load(str(path))
    assert article.text == FRENCH
    assert any("does not look like English" in n for n in article.notes)
    assert language_note(ENGLISH, "en.txt") is None
    assert language_note("Bonjour.", "short.txt") is None  # too short to judge


def test_stdin_reads_text_html_or_feeds():
    (article,) = read_stdin(io.BytesIO(("Title line\n\n" + ENGLISH).encode()))
    assert article.source == "<stdin>" and article.title == "Title line"
    with pytest.raises(SourceError, match="<stdin>: empty file"):
        read_stdin(io.BytesIO(b""))
    html = f"<html><head><title>Piped</title></head><body><p>{ENGLISH}</p></body></html>"
    (article,) = read_stdin(io.BytesIO(html.encode()))
    assert article.title == "Piped" and article.text == ENGLISH


def test_stdin_over_the_limit_is_refused_without_reading_it_all():
    class Endless(io.RawIOBase):
        reads = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            Endless.reads += len(buffer)
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(SourceError, match="too large"):
        read_stdin(io.BufferedReader(Endless()))
    assert Endless.reads < 20_000_000


def test_dash_reads_standard_input_from_the_command_line():
    result = subprocess.run(
        [sys.executable, "-c", "from briefing.sources import load; print(load('-')[0].title)"],
        input=("Piped headline\n\n" + ENGLISH).encode(),
        capture_output=True,
        timeout=60,
    )
    assert result.stdout.decode().strip() == "Piped headline", result.stderr


def test_a_copy_of_an_article_is_read_once_and_named(tmp_path):
    """A file copied beside itself (or one page saved twice) is one article: its id is its
    text's hash, so a second copy would count its parties and stories twice. The copy is
    named once, for this reading, not noted on the article (the library keeps notes)."""
    first, second, other = (tmp_path / n for n in ("a.txt", "b.txt", "c.txt"))
    first.write_text("Budget\n\n" + ENGLISH)
    second.write_text("Budget\n\n" + ENGLISH)
    other.write_text("Other\n\n" + ENGLISH)
    loaded = load_all([str(tmp_path), str(first)])  # a.txt given twice is no copy
    assert [a.source for a in loaded.articles] == [str(first), str(other)]
    assert loaded.errors == []
    assert loaded.copies == [f'{second}: "Budget" has the same text as in {first}, shown once']
    assert [a.notes for a in loaded.articles] == [(), ()]
