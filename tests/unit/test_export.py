"""``briefing export``: the JSON contract (DESIGN §3) and the Markdown briefing."""

import json

import pytest

from briefing.cli import main
from tests.conftest import ROOT, SEED
from tests.contract import check_document


def _export(capsys, *args):
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_seed_json_holds_the_contract(capsys, seed_text):
    code, out, err = _export(capsys, str(SEED), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    check_document(doc)
    (article,) = doc["articles"]
    assert article["text"] == seed_text  # offsets are offsets into the file
    assert article["source"] == str(SEED)
    persons = {e["text"] for e in article["entities"] if e["label"] == "PERSON"}
    assert {"Vladimir Putin", "Donald Trump", "Dmitry Peskov"} <= persons
    putin = [p for p in article["parties"] if "Putin" in p["aliases"]]
    assert len(putin) == 1 and "Vladimir Putin" in putin[0]["aliases"]


def test_directory_export_is_recursive_and_in_a_stable_order(capsys, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Officials met in Paris on Monday. They talked.")
    (tmp_path / "1.md").write_text("The minister resigned on Friday. Nobody was surprised.")
    (tmp_path / "skip.bin").write_bytes(b"\x00\x01")
    code, out, err = _export(capsys, str(tmp_path))
    assert code == 0, err
    doc = json.loads(out)
    check_document(doc)
    assert [a["source"] for a in doc["articles"]] == [
        str(tmp_path / "1.md"),
        str(tmp_path / "b" / "2.txt"),
    ]


def test_summary_options_set_algorithm_and_length(capsys):
    code, out, _ = _export(capsys, str(SEED), "--algorithm", "lead", "--summary-length", "25%")
    assert code == 0
    (article,) = json.loads(out)["articles"]
    n = len(article["sentences"])
    assert article["summary"]["algorithm"] == "lead"
    assert [s["index"] for s in article["summary"]["sentences"]] == list(range(-(-n // 4)))


def test_bad_summary_options_are_one_line_usage_errors(capsys):
    code, out, err = _export(capsys, str(SEED), "--algorithm", "nope")
    assert code == 2 and not out and err.count("\n") == 1 and "nope" in err
    code, out, err = _export(capsys, str(SEED), "--summary-length", "0")
    assert code == 2 and err.count("\n") == 1


def test_markdown_has_title_summary_and_a_section_per_party(capsys, tmp_path):
    target = tmp_path / "brief.md"
    code, out, err = _export(capsys, str(SEED), "--format", "md", "-o", str(target))
    assert code == 0 and not out, err
    md = target.read_text(encoding="utf-8")
    assert md.startswith("# ")
    assert "## Summary" in md
    for name in ("Vladimir Putin", "Dmitry Peskov", "Donald Trump"):
        assert f"### {name}" in md


def test_markdown_counts_one_mention_in_the_singular(capsys, tmp_path):
    article = tmp_path / "talks.txt"
    article.write_text("Talks\n\nThe minister said the plan would fail.\n", encoding="utf-8")
    code, out, err = _export(capsys, str(article), "--format", "md")
    assert code == 0, err
    assert "*person, 1 mention*" in out and "1 mentions" not in out


def test_headline_followed_by_blank_line_is_the_title(capsys):
    sample = ROOT / "seeds" / "001_wikinews_states_sue_trump.txt"
    code, out, _ = _export(capsys, str(sample))
    assert code == 0
    (article,) = json.loads(out)["articles"]
    assert article["title"] == sample.read_text().splitlines()[0]


def test_a_folders_readme_and_credits_are_not_articles(capsys, tmp_path):
    (tmp_path / "CREDITS.md").write_text("Credits for the samples go to their authors here.")
    (tmp_path / "README.txt").write_text("This folder holds the news articles we follow.")
    (tmp_path / "story.txt").write_text("The minister resigned on Friday. Nobody was surprised.")
    code, out, _ = _export(capsys, str(tmp_path))
    assert code == 0
    assert [a["source"] for a in json.loads(out)["articles"]] == [str(tmp_path / "story.txt")]


def test_several_articles_carry_parties_and_stories_across_them(capsys):
    seeds = ROOT / "seeds"
    code, out, err = _export(capsys, str(seeds), "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    check_document(doc)  # check_across included
    trump = [p for p in doc["parties"] if p["name"] == "Donald Trump"]
    assert len(trump) == 1 and len(trump[0]["articles"]) == 2  # the seed and the states' suit
    assert {a for s in doc["stories"] for a in s["articles"]} == {a["id"] for a in doc["articles"]}
    # three unrelated reports (Ukraine talks, the border wall, Tunisia): three stories, though
    # two name Donald Trump (words found in one article only still count in its length)
    assert [len(s["articles"]) for s in doc["stories"]] == [1, 1, 1]
    code, out, err = _export(capsys, str(seeds), "--format", "md")
    assert code == 0, err
    across = out[out.index("# Across articles") :]
    assert "## Parties" in across and "## Stories" in across
    assert "### Donald Trump" in across or "Donald Trump" not in across


def test_one_article_has_no_across_sections(capsys):
    code, out, _ = _export(capsys, str(SEED), "--format", "json")
    assert code == 0 and "parties" not in json.loads(out).keys() - {"articles"}
    code, out, _ = _export(capsys, str(SEED), "--format", "md")
    assert "# Across articles" not in out


def test_a_position_with_no_content_is_shown_by_its_sentence_not_its_cue_alone():
    from dataclasses import replace

    from briefing.export import article_markdown
    from tests.reading import analyse, at

    a = analyse("Ms Grey said the bridge must close. She will say more on Friday.")
    said = at(a, "said")
    bare = replace(said, content=())
    a = replace(a, positions=(bare,))
    assert a.held(bare) == "Ms Grey said the bridge must close."
    assert a.held(said) == "the bridge must close"
    markdown = article_markdown(a)
    assert "*said*: “Ms Grey said the bridge must close.”" in markdown


def test_format_markdown_is_md_and_a_bad_format_points_to_export_help(capsys):
    """ "--format markdown" was refused, and the error sent the reader to "briefing --help",
    which does not list export's options."""
    code, out, err = _export(capsys, str(SEED), "--format", "markdown")
    assert code == 0 and out.startswith("# "), err
    with pytest.raises(SystemExit) as info:
        main(["export", str(SEED), "--format", "xml"])
    out, err = capsys.readouterr()
    assert info.value.code == 2 and not out
    assert err.rstrip().endswith("(see briefing export --help)")
