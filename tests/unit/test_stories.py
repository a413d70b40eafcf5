"""Stories: which articles the grouping puts together, from invented reports."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from briefing.analysis.across import cross_parties, digest
from briefing.analysis.stories import THRESHOLD, group, similarity, stories
from briefing.analysis.types import Analysis, Article, Party, Summary

BERG = ("anna-berg", "Anna Berg", "PERSON", ("President Anna Berg", "Berg"))
TRUMP = ("donald-trump", "Donald Trump", "PERSON", ("Donald Trump", "Trump"))
COURT = ("constitutional-court", "Constitutional Court", "ORG", ("Constitutional Court",))


def _report(
    key: str,
    title: str,
    text: str,
    date: str,
    parties: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (),
) -> Analysis:
    found = tuple(Party(i, n, k, a, None, 2) for i, n, k, a in parties)
    article = Article(text, f"{key}.txt", title=title, date=date)
    return Analysis(article, "hand", (), (), found, (), Summary("lead", (), (), 0))


# Four reports of one invented event, each worded its own way.
SUSPENSION = [
    _report(
        "suspend",
        "Valdorian president suspends parliament for five weeks",
        "President Anna Berg of Valdoria suspended parliament on Monday, citing the budget "
        "deadlock; opposition deputies called the suspension an assault on democracy.",
        "2019-08-28",
        (BERG,),
    ),
    _report(
        "sue",
        "Opposition asks court to undo Valdoria's parliament suspension",
        "Valdorian opposition deputies asked the Constitutional Court to overturn the "
        "suspension of parliament that President Berg ordered last week.",
        "2019-09-03",
        (BERG, COURT),
    ),
    _report(
        "ruling",
        "Court rules suspension of Valdorian parliament unlawful",
        "The Constitutional Court of Valdoria ruled unanimously that the suspension of "
        "parliament was unlawful; deputies may return to the chamber at once.",
        "2019-09-24",
        (COURT,),
    ),
    _report(
        "return",
        "Valdorian deputies return to parliament after suspension ends",
        "Deputies of the Valdorian parliament returned to the chamber on Wednesday, a day "
        "after the court struck down President Berg's suspension.",
        "2019-09-25",
        (BERG,),
    ),
]

# Other events of the same weeks: four name Donald Trump (a party many articles name, as in
# any morning's news), one is another parliament's vote.
OTHERS = [
    _report(
        "trade",
        "Trump signs trade agreement with Japan",
        "Donald Trump signed a trade agreement with Japan cutting tariffs on beef, pork and "
        "wheat; Japanese negotiators hailed the deal.",
        "2019-09-26",
        (TRUMP,),
    ),
    _report(
        "hurricane",
        "Trump visits hurricane-hit towns in the Carolinas",
        "Donald Trump toured flooded towns in the Carolinas after the hurricane, promising "
        "federal aid to rebuild homes and roads.",
        "2019-09-05",
        (TRUMP,),
    ),
    _report(
        "pardon",
        "Trump pardons former sheriff convicted of contempt",
        "Donald Trump pardoned a former Arizona sheriff who had been convicted of criminal "
        "contempt for ignoring a judge's order.",
        "2019-09-17",
        (TRUMP,),
    ),
    _report(
        "rally",
        "Thousands attend Trump rally in New Mexico",
        "Supporters filled an arena in Rio Rancho to hear Donald Trump speak about jobs, "
        "immigration and the coming election.",
        "2019-09-16",
        (TRUMP,),
    ),
    _report(
        "climate",
        "Norland parliament passes climate law",
        "Norland's parliament voted to cut carbon emissions by half within ten years; "
        "farmers protested outside the chamber.",
        "2019-09-10",
    ),
    _report(
        "quake",
        "Earthquake shakes coastal city of Ostrava Bay",
        "A magnitude 6.1 earthquake struck Ostrava Bay, damaging the harbour and injuring "
        "dozens of residents.",
        "2019-09-12",
    ),
    _report(
        "marathon",
        "Runner breaks marathon record in Berlin",
        "A Kenyan runner broke the marathon world record in Berlin, finishing in two hours "
        "and one minute.",
        "2019-09-29",
    ),
]


def _story_of(found: tuple, key: str) -> set[str]:
    """The keys of the articles in the story of the article ``key``."""
    keys = {a.article.id: a.article.source.removesuffix(".txt") for a in ARTICLES}
    story = next(s for s in found if any(keys.get(a) == key for a in s.articles))
    return {keys[a] for a in story.articles}


FAIR = "The Linden Hill book fair opened with {} publishers and poetry readings."
FAIRS = [
    _report(key, "Linden Hill book fair opens", FAIR.format(many), date)
    for key, many, date in (
        ("fair-2019", "three hundred", "2019-09-14"),
        ("fair-2020", "two hundred", "2020-09-12"),
        ("fair-report", "some three hundred", "2019-09-20"),
    )
]
ARTICLES = [*SUSPENSION, *OTHERS, *FAIRS]


def test_reports_of_one_event_share_a_story_and_no_other_event_joins():
    found = stories([*OTHERS[:2], *SUSPENSION, *OTHERS[2:]])
    assert _story_of(found, "suspend") == {"suspend", "sue", "ruling", "return"}
    assert found[0].articles == tuple(a.article.id for a in SUSPENSION)  # largest, by date
    assert [len(s.articles) for s in found] == [4] + [1] * len(OTHERS)


def test_events_that_name_the_same_big_party_stay_apart():
    found = stories([*SUSPENSION, *OTHERS])
    for key in ("trade", "hurricane", "pardon", "rally"):
        assert _story_of(found, key) == {key}


def test_the_same_words_a_year_apart_are_two_stories():
    found = stories([*OTHERS, *FAIRS])
    assert _story_of(found, "fair-2019") == {"fair-2019", "fair-report"}
    assert _story_of(found, "fair-2020") == {"fair-2020"}


def test_single_link_joins_along_a_chain_average_link_does_not():
    sim = np.array(
        [
            [1.0, 0.6, 0.0],
            [0.6, 1.0, 0.5],
            [0.0, 0.5, 1.0],
        ]
    )
    assert group(sim, 0.3, "single") == [[0, 1, 2]]
    assert sorted(map(sorted, group(sim, 0.3, "average"))) == [[0, 1], [2]]


def test_similarity_is_symmetric_bounded_and_its_knobs_act():
    digests = [digest(a) for a in [*SUSPENSION, *OTHERS]]
    parties = cross_parties(digests)
    sim = similarity(digests, parties)
    assert np.allclose(sim, sim.T)
    assert sim.min() >= 0 and sim.max() <= 1 + 1e-9
    assert np.allclose(np.diag(sim), 1)
    # the party terms count: without them the reports that share only Berg drift apart
    bare = similarity(digests, parties, party_weight=0)
    assert bare[0, 3] < sim[0, 3]
    # a wider date window never lowers a pair's similarity
    assert (similarity(digests, parties, date_window=90) >= sim - 1e-12).all()


# Another event of the same weeks, and a report that bridges it and the suspension.
FLOODS = [
    _report(
        "flood",
        "Floods cut off Norland river towns",
        "The river Ems burst its banks across Norland, cutting off towns and flooding farms; "
        "rescuers evacuated villagers by boat as the flood waters rose.",
        "2019-09-02",
    ),
    _report(
        "flood-toll",
        "Norland flood toll rises as river Ems recedes",
        "Rescuers found more victims of the Norland floods as the river Ems fell; villagers "
        "returned to flooded homes and farms.",
        "2019-09-06",
    ),
    _report(
        "flood-aid",
        "Norland asks neighbours for flood aid",
        "Norland asked neighbouring countries for aid to rebuild flooded towns and farms along "
        "the river Ems.",
        "2019-09-20",
    ),
]
BRIDGE = _report(
    "bridge",
    "Valdorian deputies back flood aid for Norland despite suspension",
    "Valdorian opposition deputies, barred from parliament by the suspension, pledged flood "
    "aid to Norland's towns along the river Ems.",
    "2019-09-22",
)


def _keys(found: tuple) -> set[frozenset[str]]:
    """The stories of ``found``, each the set of its articles' keys."""
    given = [*SUSPENSION, *FLOODS, BRIDGE, *OTHERS]
    keys = {a.article.id: a.article.source.removesuffix(".txt") for a in given}
    return {frozenset(keys[a] for a in s.articles) for s in found}


def test_an_article_bridging_two_events_joins_one_and_does_not_merge_them():
    given = [*SUSPENSION, *FLOODS, BRIDGE, *OTHERS]
    found = _keys(stories(given))
    assert frozenset({"suspend", "sue", "ruling", "return"}) in found
    assert frozenset({"flood", "flood-toll", "flood-aid", "bridge"}) in found
    # single link, on the same similarities, chains both events through the bridge
    digests = sorted((digest(a) for a in given), key=lambda d: d.date)
    chained = group(similarity(digests, cross_parties(digests)), THRESHOLD, "single")
    assert max(len(g) for g in chained) == 8


def test_stories_do_not_depend_on_the_order_articles_come_in():
    """Articles are taken in date order whatever the order they are given in."""
    given = [*SUSPENSION, *FLOODS, BRIDGE, *OTHERS]
    first = [SUSPENSION[3], BRIDGE]  # the last report of the suspension, then the bridge
    for order in (given[::-1], [*first, *(a for a in given if a not in first)]):
        assert _keys(stories(order)) == _keys(stories(given))


def test_an_article_like_a_story_as_a_whole_joins_it():
    # three reports alike (.3); a fourth .2 like each: below the threshold with every one of
    # them, above it with their centroid (.6 over its length, the root of 3 + 6 * .3)
    sim = np.full((4, 4), 0.3)
    sim[3, :] = sim[:, 3] = 0.2
    np.fill_diagonal(sim, 1.0)
    assert sorted(map(sorted, group(sim, 0.25, "single"))) == [[0, 1, 2], [3]]
    assert group(sim, 0.25, "centroid") == [[0, 1, 2, 3]]


def _benchmark():
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("stories_bench", root / "benchmarks/stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmark_folds_keep_each_gold_story_whole_and_choose_precision_first():
    bench = _benchmark()
    found = [(i, digest(a)) for i, a in enumerate(ARTICLES)]
    gold = [[0, 1, 2, 3], [11, 13], *([i] for i in range(4, 11)), [12]]
    for seed in (0, 1, None):
        a, b = bench.folds(found, gold, seed)
        assert sorted(i for i, _ in a + b) == list(range(len(ARTICLES)))
        if seed is not None:
            side = {i: 0 for i, _ in a} | {i: 1 for i, _ in b}
            assert all(len({side[i] for i in story}) == 1 for story in gold)
    want = {(0, 1), (0, 2), (1, 2)}
    scored = {
        "broad": ({(0, 1), (0, 2), (1, 2), (3, 4)}, want),  # recall 1, precision .75
        "tight": ({(0, 1)}, want),  # recall 1/3, precision 1
        "empty": (set(), want),
    }
    assert bench.choose(scored) == "tight"
    assert bench.pooled(scored["broad"], scored["tight"]) == (4 / 5, 4 / 6)


def test_a_lone_untitled_article_is_labelled_by_its_file_name_not_its_path():
    article = Article("Plain text.", "/home/reader/news/000_report.txt", date="2020-01-01")
    lone = Analysis(article, "hand", (), (), (), (), Summary("lead", (), (), 0))
    assert [s.label for s in stories([lone])] == ["000_report.txt"]
