"""Reports of two deaths, or of two storms, are two stories however alike their words
(``one_off``); reports of one death or one storm stay one story. Hand-built analyses (no
model): the title, the text and the parties each report names."""

from __future__ import annotations

from briefing.analysis.across import cross_parties, digest
from briefing.analysis.one_off import apart, event_key
from briefing.analysis.stories import stories
from briefing.analysis.types import Analysis, Article, Party, Summary

OBITUARY = "The {} congressman from Maryland, who served in the House for decades, died on {}."


def _report(key: str, title: str, text: str, date: str, names: tuple[str, ...] = ()) -> Analysis:
    found = tuple(
        Party(n.lower().replace(" ", "-"), n, "PERSON", (n, n.split()[-1]), None, 2) for n in names
    )
    article = Article(text, f"{key}.txt", title=title, date=date)
    return Analysis(article, "hand", (), (), found, (), Summary("lead", (), (), 0))


REPORTS = [
    _report(
        "cummings",
        "US Representative Elijah Cummings dies at age 68",
        OBITUARY.format("veteran Democratic", "Thursday"),
        "2019-10-18",
        ("Elijah Cummings",),
    ),
    _report(
        "conyers",
        "Former US Representative John Conyers dies at age 90",
        OBITUARY.format("longest-serving Democratic", "Sunday"),
        "2019-10-28",
        ("John Conyers",),
    ),
    _report(
        "cummings-tribute",
        "Congress pays tribute as Cummings dies",
        OBITUARY.format("veteran Democratic", "Thursday") + " Colleagues paid tribute.",
        "2019-10-19",
        ("Elijah Cummings",),
    ),
    _report(
        "dorian",
        "Hurricane Dorian strengthens to Category 5 near the Bahamas",
        "The hurricane strengthened to Category 5 as forecasters warned of storm surge.",
        "2019-09-01",
    ),
    _report(
        "humberto",
        "Tropical Storm Humberto strengthens to a hurricane near Bermuda",
        "The hurricane strengthened to Category 3 as forecasters warned of storm surge.",
        "2019-09-16",
    ),
]


def _keys(found: tuple) -> list[set[str]]:
    source = {r.article.id: r.article.source.removesuffix(".txt") for r in REPORTS}
    return sorted(({source[a] for a in s.articles} for s in found), key=sorted)


def test_a_title_tells_whose_death_or_which_storm_it_reports():
    digests = [digest(r) for r in REPORTS]
    cross = {(p.article, p.party): c.id for c in cross_parties(digests) for p in c.articles}
    keys = [event_key(d, cross) for d in digests]
    assert keys[0] == keys[2] == ("death", keys[0][1]) and keys[1][0] == "death"
    assert keys[0] != keys[1]
    assert keys[3:] == [("storm", "dorian"), ("storm", "humberto")]
    assert event_key(digest(_report("x", "Police shoot man dead", "", "2020-02-02")), {}) == (
        "",
        "",
    )


def test_reports_of_two_deaths_or_two_storms_are_two_stories():
    found = stories(REPORTS)
    assert _keys(found) == [{"conyers"}, {"cummings", "cummings-tribute"}, {"dorian"}, {"humberto"}]
    digests = [digest(r) for r in REPORTS]
    assert apart(digests, cross_parties(digests)).sum() == 2 * (2 + 1)  # pairs, both ways
