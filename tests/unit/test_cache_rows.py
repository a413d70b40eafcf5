"""Cache entries that cannot be read are misses, said once and replaced (issue 11), and an
analysis whose source or title holds lone surrogates (a file name that was not UTF-8) is
cached like any other."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from briefing.analysis.options import Options
from briefing.analysis.types import Analysis, Article, Entity, Party, Sentence, Summary
from briefing.cli import main
from briefing.config import Settings
from briefing.service import Service
from briefing.store import FILE_NAME, Store, codec

TEXT = "Ministers met in Paris on Monday. They talked about the budget."


def _analysis(text: str = TEXT, source: str = "a.txt") -> Analysis:
    article = Article(text, source, "Budget")
    sentences = (Sentence(0, 0, 33, 0, ("Ministers",)), Sentence(1, 34, len(text), 0, ("They",)))
    entities = (Entity(17, 22, "Paris", "GPE", "paris"),)
    parties = (Party("paris", "Paris", "GPE", ("Paris",), None, 1),)
    summary = Summary("lead", (0, 1), (1.0, 0.5), 1)
    return Analysis(article, "test", sentences, entities, parties, (), summary)


def _rows(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT data FROM analyses")]


def _overwrite_rows(path, data: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE analyses SET data = ?", (data,))
    conn.close()


def _valid() -> dict:
    return codec.to_dict(_analysis())


def _wrong_shapes() -> list[str]:
    shapes: list[object] = [[], None, 7, "text", {"format": 1}, {"format": 1, "article": []}]
    bad_offsets = _valid()
    bad_offsets["sentences"][0][1] = "0"
    shapes.append(bad_offsets)
    outside = _valid()
    outside["entities"][0][:2] = [60, 900]
    shapes.append(outside)
    ranking = _valid()
    ranking["summary"][1] = [5, 0]
    shapes.append(ranking)
    words = _valid()
    words["sentences"][0][4] = "not a list"
    shapes.append(words)
    boolean = _valid()
    boolean["sentences"][0][0] = True
    shapes.append(boolean)
    return [json.dumps(s) for s in shapes] + ["{not json", "[" * 100_000]


@pytest.mark.parametrize("data", _wrong_shapes(), ids=lambda data: data[:24])
def test_an_unreadable_entry_is_a_miss_and_is_replaced(tmp_path, data):
    options = Options()
    with Store.open(tmp_path) as store:
        store.cache.put(_analysis(), options)
        _overwrite_rows(store.path, data)
        hits, unreadable = store.cache.lookup([_analysis().article], options)
        assert hits == {} and unreadable == {0}
        store.cache.put(_analysis(), options)
        assert store.cache.get(_analysis().article, options) == _analysis()


def test_surrogates_in_source_and_title_are_cached_exactly(tmp_path):
    odd = _analysis(source="caf\udce9.txt")
    odd = replace(odd, article=replace(odd.article, title="Caf\udce9 news"))
    options = Options()
    with Store.open(tmp_path) as store:
        store.cache.put(odd, options)
        (row,) = _rows(store.path)
        row.encode("utf-8")  # what SQLite holds is valid UTF-8
        assert store.cache.get(odd.article, options) == odd


def test_a_wrong_shaped_row_is_said_once_and_every_run_succeeds(tmp_path, capsys):
    source = tmp_path / "story.txt"
    source.write_text(TEXT)
    home = tmp_path / "home"
    args = ["export", str(source), "--data-dir", str(home)]
    assert main(args) == 0
    capsys.readouterr()
    _overwrite_rows(home / FILE_NAME, json.dumps([]))
    codes, errs = [], []
    for _ in range(2):
        codes.append(main(args))
        out, err = capsys.readouterr()
        assert json.loads(out)["articles"][0]["text"] == TEXT
        errs.append(err)
    assert codes == [0, 0]
    assert errs[0].count("analysis cache: an entry could not be read") == 1, errs[0]
    assert errs[1] == ""
    (row,) = _rows(home / FILE_NAME)
    assert codec.loads(row).article.text == TEXT


def test_the_library_not_taking_a_surrogate_name_is_a_notice(tmp_path):
    service = Service(Settings(data_dir=tmp_path))
    try:
        service.remember([Article(TEXT, "caf\udce9.txt")])
        (notice,) = service.take_notices()
        assert notice.startswith("library not updated")
    finally:
        service.close()
