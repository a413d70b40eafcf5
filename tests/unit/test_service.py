"""The service seam: cache hits, --no-cache, and a cache that fails degrading to no cache."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from briefing.analysis.types import Article
from briefing.config import Settings
from briefing.service import Service
from briefing.store import FILE_NAME, Store

TEXTS = [
    "The prime minister said on Monday that the talks would resume. Critics warned of delays.",
    "Rescuers searched the rubble overnight. Officials told reporters that ten people survived.",
]


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path


@pytest.fixture
def service(data_dir):
    opened = Service(Settings(data_dir=data_dir))
    yield opened
    opened.close()


def _articles():
    return [Article(t, f"a{i}.txt") for i, t in enumerate(TEXTS)]


def test_second_run_is_served_from_the_cache(service, data_dir, monkeypatch):
    first = list(service.analyses(_articles()))
    import briefing.service as module

    def no_analysis(articles, options):
        raise AssertionError(f"analysed again: {[a.source for a in articles]}")

    monkeypatch.setattr(module, "_analyze", no_analysis)
    second = list(service.analyses(_articles()))
    assert second == first
    with Store.open(data_dir) as store, store.reading() as conn:
        assert conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 2


def test_only_misses_are_analysed_and_order_is_kept(service, monkeypatch):
    articles = _articles()
    list(service.analyses(articles[:1]))
    import briefing.service as module

    analysed = []
    real = module._analyze

    def spy(articles, options):
        analysed.extend(a.source for a in articles)
        return real(articles, options)

    monkeypatch.setattr(module, "_analyze", spy)
    result = list(service.analyses(articles))
    assert analysed == ["a1.txt"]
    assert [a.article.source for a in result] == ["a0.txt", "a1.txt"]


def test_no_cache_neither_reads_nor_writes(data_dir):
    service = Service(Settings(data_dir=data_dir, cache=False))
    list(service.analyses(_articles()[:1]))
    assert not (data_dir / FILE_NAME).exists()


def test_a_cache_that_cannot_be_written_degrades_with_a_note(service, monkeypatch):
    from briefing.store.cache import AnalysisCache

    def disk_full(self, analysis, options):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(AnalysisCache, "put", disk_full)
    result = list(service.analyses(_articles()))
    assert len(result) == 2 and all(r.sentences for r in result)
    assert all(any("disk is full" in n for n in r.notes) for r in result)


def test_a_store_that_cannot_be_opened_degrades_with_a_note(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    service = Service(Settings(data_dir=blocker / "data"))
    (analysis,) = service.analyses(_articles()[:1])
    assert analysis.sentences
    assert any("analysis cache unavailable" in n for n in analysis.notes)


def _export(tmp_path, *args):
    source = tmp_path / "article.txt"
    source.write_text(TEXTS[0])
    return subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(source), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _our_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("briefing:")]


def test_export_reports_and_replaces_a_corrupt_database(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / FILE_NAME).write_bytes(b"\x00garbage" * 512)
    result = _export(tmp_path, "--data-dir", str(home))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["sentences"]
    (line,) = _our_lines(result.stderr)
    assert line.startswith("briefing: note: ") and "moved it aside" in line
    assert "Traceback" not in result.stderr
    assert len(list(home.glob(f"{FILE_NAME}.broken-*"))) == 1
    again = _export(tmp_path, "--data-dir", str(home))
    assert again.returncode == 0 and _our_lines(again.stderr) == []


def test_a_fully_cached_export_never_imports_spacy(tmp_path):
    home = tmp_path / "home"
    first = _export(tmp_path, "--data-dir", str(home))
    assert first.returncode == 0, first.stderr
    source = tmp_path / "article.txt"
    code = (
        "import sys\n"
        "from briefing.cli import main\n"
        f"code = main(['export', {str(source)!r}, '--data-dir', {str(home)!r}, '-o', 'out.json'])\n"
        "print(code, 'spacy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.stdout.split() == ["0", "False"], result.stderr
    assert json.loads((tmp_path / "out.json").read_text()) == json.loads(first.stdout)


def test_library_is_kept_in_the_configured_store(service, data_dir):
    articles = _articles()
    service.library().add_many(articles, origin="folder")
    service.close()
    with Store.open(data_dir) as store:
        entries = store.library.entries()
        assert sorted(e.article.source for e in entries) == ["a0.txt", "a1.txt"]
        assert {e.origin for e in entries} == {"folder"}


def test_the_cache_is_read_a_window_at_a_time(service, data_dir, monkeypatch):
    """A long export holds a window of cached analyses, never all of them at once (§6a)."""
    articles = [Article(f"{TEXTS[i % 2]} Item {i}.", f"a{i}.txt") for i in range(5)]
    list(service.analyses(articles[::2]))  # a0, a2, a4 cached
    service.close()
    windowed = Service(Settings(data_dir=data_dir), window=2)
    opened = windowed.store()
    looked_up: list[list[str]] = []
    lookup = opened.cache.lookup

    def spy(window, options):
        looked_up.append([a.source for a in window])
        return lookup(window, options)

    monkeypatch.setattr(opened.cache, "lookup", spy)
    result = windowed.analyses(articles)
    assert next(result).article.source == "a0.txt"
    assert looked_up == [["a0.txt", "a1.txt"]]
    assert [a.article.source for a in result] == ["a1.txt", "a2.txt", "a3.txt", "a4.txt"]
    assert looked_up == [["a0.txt", "a1.txt"], ["a2.txt", "a3.txt"], ["a4.txt"]]
    windowed.close()
