"""The briefing across articles: parties merged over analyses, and stories."""

from __future__ import annotations

from dataclasses import replace

from briefing.analysis.across import cross_parties, digest
from briefing.analysis.merging import full_name
from briefing.analysis.stories import stories
from briefing.analysis.types import Analysis, Article, Party, Position, Summary


def _analysis(
    text: str,
    parties: list[tuple[str, str, str, tuple[str, ...], str | None]],
    positions: list[tuple[str, str]] = (),
    date: str | None = "2020-01-01",
    title: str | None = None,
) -> Analysis:
    """An analysis by hand: parties ``(id, name, kind, aliases, affiliation)`` and positions
    ``(party id, stance)``."""
    party_objs = tuple(Party(i, n, k, a, aff, 1) for i, n, k, a, aff in parties)
    pos = tuple(Position(p, s, None, (0, 1), ((0, 1),), False, 0) for p, s in positions)
    summary = Summary("lead", (), (), 0)
    article = Article(text, f"{abs(hash(text))}.txt", title=title, date=date)
    return Analysis(article, "hand", (), (), party_objs, pos, summary)


TRUMP_A = ("donald-trump", "Donald Trump", "PERSON", ("Donald Trump", "Trump"), None)
TRUMP_B = ("trump", "Trump", "PERSON", ("Trump",), None)
TRUMP_C = ("donald-trump", "Trump", "PERSON", ("US President Donald Trump", "Trump"), None)
US = ("united-states", "United States", "GPE", ("United States", "US"), None)
UK = ("united-kingdom", "United Kingdom", "GPE", ("United Kingdom", "Britain"), None)


def test_one_person_however_named_across_articles():
    a = _analysis("a", [TRUMP_A], [("donald-trump", "supports")])
    b = _analysis("b", [TRUMP_B], [("trump", "opposes"), ("trump", "states")])
    c = _analysis("c", [TRUMP_C])
    (trump,) = cross_parties([a, b, c])
    assert (trump.id, trump.name, trump.kind) == ("donald-trump", "Donald Trump", "PERSON")
    assert [(x.article, x.party, x.positions, x.stances) for x in trump.articles] == [
        (a.article.id, "donald-trump", (0,), ("supports",)),
        (b.article.id, "trump", (0, 1), ("opposes", "states")),
        (c.article.id, "donald-trump", (), ()),
    ]
    assert "US President Donald Trump" in trump.aliases


def test_two_johnsons_stay_two():
    boris = ("boris-johnson", "Boris Johnson", "PERSON", ("Boris Johnson", "Johnson"), "uk")
    ron = ("ron-johnson", "Ron Johnson", "PERSON", ("Ron Johnson",), "us")
    uk = ("uk", *UK[1:])
    us = ("us", *US[1:])
    a = _analysis("a", [boris, uk])
    b = _analysis("b", [ron, us])
    bare_uk = _analysis("c", [("johnson", "Johnson", "PERSON", ("Johnson",), "uk"), uk])
    bare_us = _analysis("d", [("johnson", "Johnson", "PERSON", ("Johnson",), "us"), us])
    found = {
        p.name: {x.article for x in p.articles} for p in cross_parties([a, b, bare_uk, bare_us])
    }
    assert found["Boris Johnson"] == {a.article.id, bare_uk.article.id}
    assert found["Ron Johnson"] == {b.article.id, bare_us.article.id}


def test_bare_surnames_with_other_affiliations_stay_apart():
    uk = ("uk", *UK[1:])
    us = ("us", *US[1:])
    a = _analysis("a", [("johnson", "Johnson", "PERSON", ("Johnson",), "uk"), uk])
    b = _analysis("b", [("johnson", "Johnson", "PERSON", ("Johnson",), "us"), us])
    names = sorted(p.name for p in cross_parties([a, b]))
    assert names == ["Johnson", "Johnson", "United Kingdom", "United States"]


def test_a_surname_that_fits_two_people_joins_neither():
    a = _analysis("a", [("boris-johnson", "Boris Johnson", "PERSON", ("Boris Johnson",), None)])
    b = _analysis("b", [("ron-johnson", "Ron Johnson", "PERSON", ("Ron Johnson",), None)])
    c = _analysis("c", [("johnson", "Johnson", "PERSON", ("Johnson",), None)])
    assert sorted(len(p.articles) for p in cross_parties([a, b, c])) == [1, 1, 1]


def test_kinds_do_not_mix_and_most_positions_come_first():
    jordan_person = ("jordan", "Jordan", "PERSON", ("Jordan",), None)
    jordan_place = ("jordan", "Jordan", "GPE", ("Jordan",), None)
    a = _analysis("a", [jordan_person], [("jordan", "states")])
    b = _analysis("b", [jordan_place, US], [("united-states", "warns"), ("united-states", "warns")])
    found = cross_parties([a, b])
    assert [(p.name, p.kind) for p in found] == [
        ("United States", "GPE"),
        ("Jordan", "PERSON"),
        ("Jordan", "GPE"),
    ]
    assert len({p.id for p in found}) == 3


def test_digest_keeps_no_text_and_gives_the_same_parties():
    a = _analysis("Donald Trump spoke about the wall.", [TRUMP_A])
    b = _analysis("Trump spoke again.", [TRUMP_B])
    d = digest(a)
    assert a.article.text not in repr(d)
    assert cross_parties([d, digest(b)]) == cross_parties([a, b])


WALL = "Trump declared a national emergency to build the border wall with Mexico; Congress {}."
QUAKE = "An earthquake of magnitude {} struck the southern Philippines, injuring dozens."


def test_stories_group_reports_of_one_event():
    wall = [
        _analysis(WALL.format(x), [TRUMP_B], date=f"2019-02-{d}", title="Border wall emergency")
        for x, d in (("objected", "15"), ("sued", "16"), ("voted", "20"))
    ]
    quakes = [
        _analysis(QUAKE.format(m), [], date="2019-07-15", title="Philippines earthquake")
        for m in ("6.3", "6.4")
    ]
    lone = _analysis("Doris Day, actor and singer, died aged 97.", [], title="Doris Day dies")
    found = stories([*wall, quakes[0], lone, quakes[1]])
    assert [set(s.articles) for s in found] == [
        {a.article.id for a in wall},
        {a.article.id for a in quakes},
        {lone.article.id},
    ]
    assert found[2].label == "Doris Day dies"
    assert "Trump" in found[0].label
    assert [s.id for s in found] == ["story-1", "story-2", "story-3"]


def test_stories_of_nothing():
    assert stories([]) == ()


def test_organisations_by_equal_names_only_and_generic_words_alone():
    cet = ("central-european-time", "Central European Time", "ORG", ("Central European Time",))
    a = _analysis("a", [(*cet, None), ("nasa", "NASA", "ORG", ("NASA",), None)])
    b = _analysis("b", [("time", "Time", "ORG", ("Time",), None)])
    c = _analysis("c", [("nasa", "NASA", "ORG", ("NASA",), None)])
    d = _analysis("d", [("state", "State", "ORG", ("State",), None)])
    e = _analysis("e", [("state", "State", "ORG", ("State",), None)])
    found = sorted((p.name, len(p.articles)) for p in cross_parties([a, b, c, d, e]))
    assert found == [
        ("Central European Time", 1),
        ("NASA", 2),
        ("State", 1),
        ("State", 1),
        ("Time", 1),
    ]


def test_the_authorities_a_record_or_a_jury_of_two_articles_stay_two():
    for name, kind in [("Authorities", "GROUP"), ("Affidavit", "ORG"), ("Jury", "ORG")]:
        party = (name.lower(), name, kind, (name,), None)
        found = cross_parties([_analysis("a", [party]), _analysis("b", [party])])
        assert sorted(len(p.articles) for p in found) == [1, 1], name


def test_a_first_name_alone_joins_nobody():
    a = _analysis("a", [("sally-wasef", "Sally Wasef", "PERSON", ("Sally Wasef",), None)])
    b = _analysis("b", [("sally", "Sally", "PERSON", ("Sally",), None)])
    assert sorted(len(p.articles) for p in cross_parties([a, b])) == [1, 1]


def test_what_an_article_kept_apart_stays_apart():
    # "Gazzola" and "Valeria Gazzola" are two parties of one article (its own reading)
    valeria = ("valeria-gazzola", "Valeria Gazzola", "PERSON", ("Valeria Gazzola",), None)
    other = ("gazzola", "Gazzola", "PERSON", ("Gazzola",), None)
    a = _analysis("a", [valeria, other])
    assert len(cross_parties([a])) == 2


def test_a_body_of_another_country_stays_apart():
    argentina = ("argentina", "Argentina", "GPE", ("Argentina",), None)
    congress = ("congress", "Congress", "ORG", ("Congress",))
    a = _analysis("a", [(*congress, None)])
    b = _analysis("b", [(*congress, None)])
    c = _analysis("c", [(*congress, "argentina"), argentina])
    found = sorted(len(p.articles) for p in cross_parties([a, b, c]) if p.name == "Congress")
    assert found == [1, 2]


def test_a_surname_joins_a_person_named_once_only_with_two_shared_parties():
    # "Judge Jackson" of one report is not "Andrew Jackson" of another because both name
    # the president of the day: one shared party is not enough
    full = ("ann-jackson", "Ann Jackson", "PERSON", ("Ann Jackson",), None)
    bare = ("jackson", "Jackson", "PERSON", ("Jackson",), None)
    senate = ("senate", "US Senate", "ORG", ("US Senate",), None)
    nasa = ("nasa", "NASA", "ORG", ("NASA",), None)
    alone = cross_parties([_analysis("a", [full]), _analysis("b", [bare])])
    assert sorted(len(p.articles) for p in alone) == [1, 1]
    one = cross_parties([_analysis("a", [full, senate]), _analysis("b", [bare, senate])])
    assert sorted(len(p.articles) for p in one) == [1, 1, 2]
    two = [_analysis("a", [full, senate, nasa]), _analysis("b", [bare, senate, nasa])]
    assert sorted(len(p.articles) for p in cross_parties(two)) == [2, 2, 2]


def test_a_name_without_a_capital_describes_and_merges_with_none():
    court = ("supreme-court", "Supreme Court", "ORG", ("Supreme Court",), None)
    lower = ("supreme-court", "supreme court", "ORG", ("supreme court",), None)
    analyses = [_analysis("a", [court]), _analysis("b", [court]), _analysis("c", [lower])]
    found = cross_parties(analyses)
    assert sorted((p.name, len(p.articles)) for p in found) == [
        ("Supreme Court", 2),
        ("supreme court", 1),
    ]


def _place(id_: str, name: str, mentions: int = 1) -> tuple:
    return (id_, name, "GPE", (name,), None, mentions)


def _with_places(text: str, parties: list[tuple], places: list[tuple]) -> Analysis:
    analysis = _analysis(text, parties)
    extra = tuple(Party(i, n, k, a, aff, m) for i, n, k, a, aff, m in places)
    return replace(analysis, parties=analysis.parties + extra)


def _articles_of(found, name: str) -> list[int]:
    return sorted(len(p.articles) for p in found if p.name == name)


def test_a_body_every_country_has_is_the_one_of_the_articles_country():
    house = ("house-of-representatives", "House of Representatives", "ORG")
    house = (*house, ("House of Representatives",), None)
    us = [_place("us", "United States", 3)]
    a = _with_places("a", [house], us)
    b = _with_places("b", [house], us)
    c = _with_places("c", [house], [_place("australia", "Australia", 2)])
    assert _articles_of(cross_parties([a, b, c]), "House of Representatives") == [1, 2]
    liberal = ("liberal-party", "Liberal Party", "ORG", ("Liberal Party",), None)
    canada = _with_places("d", [liberal], [_place("canada", "Canada", 4)])
    australia = _with_places("e", [liberal], [_place("australia", "Australia", 2)])
    assert _articles_of(cross_parties([canada, australia]), "Liberal Party") == [1, 1]


def test_a_country_before_a_body_names_its_country():
    senate = ("senate", "Senate", "ORG", ("Senate",), None)
    us_senate = ("u-s-senate", "U.S. Senate", "ORG", ("U.S. Senate",), None)
    house = ("house", "House", "ORG", ("House",), None)
    full = ("house-of-representatives", "House of Representatives", "ORG")
    full = (*full, ("House of Representatives",), None)
    state = ("state", "State", "ORG", ("State",), None)
    us = [_place("us", "United States", 2)]
    a = _with_places("a", [us_senate, full], us)
    b = _with_places("b", [senate, house, state], us)
    c = _with_places("c", [senate, state], us)
    found = cross_parties([a, b, c])
    # one senate over three articles, "the House" of the United States is its House of
    # Representatives; "State" still names a different body in each
    assert sorted((len(p.articles), p.name) for p in found if p.kind == "ORG") == [
        (1, "State"),
        (1, "State"),
        (2, "House of Representatives"),
        (3, "U.S. Senate"),
    ]


def test_a_country_after_a_body_names_its_country_and_initials_their_name():
    """Wikinews: "the Supreme Court of the United States" stood apart from the "Supreme Court"
    of other US reports, and "AP" (written "the Associated Press" too) from "Associated
    Press"; "Unity Party of America" is no "Unity Party" of another country."""
    court = ("supreme-court", "Supreme Court", "ORG", ("Supreme Court",), None)
    full = ("supreme-court-of-the-united-states", "Supreme Court of the United States", "ORG")
    full = (*full, ("Supreme Court of the United States",), None)
    ap = ("ap", "AP", "ORG", ("AP", "the Associated Press"), None)
    press = ("associated-press", "Associated Press", "ORG", ("Associated Press",), None)
    party_uk = ("unity-party", "Unity Party", "ORG", ("Unity Party",), None)
    party_us = ("unity-party-of-america", "Unity Party of America", "ORG", (), None)
    us = [_place("us", "United States", 2)]
    uk = [_place("uk", "United Kingdom", 2)]
    a = _with_places("a", [court, ap, party_us], us)
    b = _with_places("b", [full, press], us)
    c = _with_places("c", [party_uk], uk)
    found = sorted((len(p.articles), p.name) for p in cross_parties([a, b, c]))
    assert (2, "Supreme Court of the United States") in found and (2, "Associated Press") in found
    assert (1, "Unity Party") in found and (1, "Unity Party of America") in found


def test_an_article_of_no_country_joins_the_body_its_people_share():
    party = ("democratic-party", "Democratic Party", "ORG", ("Democratic Party",), None)
    biden = ("joe-biden", "Joe Biden", "PERSON", ("Joe Biden",), None)
    warren = ("elizabeth-warren", "Elizabeth Warren", "PERSON", ("Elizabeth Warren",), None)
    other = ("ann-other", "Ann Other", "PERSON", ("Ann Other",), None)
    us = _with_places("a", [party, biden, warren], [_place("us", "United States", 3)])
    italy = _with_places("b", [party, other], [_place("italy", "Italy", 3)])
    nowhere = _with_places("c", [party, biden, warren], [])
    found = cross_parties([us, italy, nowhere])
    assert _articles_of(found, "Democratic Party") == [1, 2]
    (joined,) = [p for p in found if p.name == "Democratic Party" and len(p.articles) == 2]
    assert {x.article for x in joined.articles} == {us.article.id, nowhere.article.id}


def test_an_organisation_named_as_a_known_person_is_that_person():
    bernie = ("bernie-sanders", "Bernie Sanders", "PERSON", ("Bernie Sanders",), None)
    misread = ("vermont-bernie-sanders", "Vermont Bernie Sanders", "ORG")
    misread = (*misread, ("Vermont Bernie Sanders",), None)
    office = ("office-of-bernie-sanders", "Office of Bernie Sanders", "ORG")
    office = (*office, ("Office of Bernie Sanders",), None)
    found = cross_parties(
        [_analysis("a", [bernie]), _analysis("b", [bernie]), _analysis("c", [misread, office])]
    )
    assert sorted((len(p.articles), p.kind) for p in found) == [(1, "ORG"), (3, "PERSON")]
    once = cross_parties([_analysis("a", [bernie]), _analysis("c", [misread])])
    assert sorted(len(p.articles) for p in once) == [1, 1]


def test_the_country_an_article_is_about_must_lead_clearly():
    from briefing.analysis.polity import article_country, split_country

    def parties(*counts: tuple[str, int]) -> list[Party]:
        return [Party(n.lower(), n, "GPE", (n,), None, m) for n, m in counts]

    assert article_country(parties(("United States", 4), ("Mexico", 2))) == "United States"
    assert article_country(parties(("United States", 3), ("Puerto Rico", 2))) is None
    assert article_country(parties(("Nevada", 3))) is None
    # a territory with its own legislature and courts is in the table of countries
    assert article_country(parties(("Puerto Rico", 3), ("United States", 1))) == "Puerto Rico"
    assert split_country("U.S. Senate") == ("United States", "Senate")
    assert split_country("American Airlines") == (None, "American Airlines")
    assert split_country("United States") == (None, "United States")


def test_a_body_over_countries_is_not_split_by_country():
    from briefing.analysis.polity import is_institution

    assert is_institution("supreme court") and is_institution("house of representatives")
    assert not is_institution("international criminal court")
    assert not is_institution("church of scientology")
    scientology = ("church", "Church of Scientology", "ORG", ("Church of Scientology",), None)
    a = _with_places("a", [scientology], [_place("us", "United States", 3)])
    b = _with_places("b", [scientology], [_place("uk", "United Kingdom", 3)])
    assert _articles_of(cross_parties([a, b]), "Church of Scientology") == [2]


def test_a_described_person_keeps_its_name_not_the_phrase_as_written():
    official = Party(
        "government-official",
        "Government official",
        "PERSON",
        ("Government official", "a government official"),
    )
    assert full_name(official) == "Government official"
    trump = Party("trump", "Trump", "PERSON", ("Trump", "US President Donald Trump"))
    assert full_name(trump) == "Donald Trump"


def test_a_country_of_several_words_before_a_title_is_no_part_of_the_full_name():
    trump = Party(
        "donald-trump", "Donald Trump", "PERSON", ("Trump", "United States President Donald Trump")
    )
    assert full_name(trump) == "Donald Trump"


def test_parties_an_article_only_describes_never_join_across_articles():
    judge = ("federal-judge", "Federal judge", "PERSON", ("Federal judge", "A federal judge"), None)
    tv = (
        "state-television",
        "State television",
        "ORG",
        ("State television", "state television"),
        None,
    )
    a = _analysis("a", [judge, tv], [("federal-judge", "states"), ("state-television", "states")])
    b = _analysis("b", [judge, tv], [("federal-judge", "states"), ("state-television", "states")])
    assert all(len(p.articles) == 1 for p in cross_parties([a, b]))
    assert len(cross_parties([a, b])) == 4


def test_a_study_in_one_article_is_not_a_study_in_another():
    a_study = ("study", "Study", "ORG", ("Study", "A study published in Nature"), None)
    b_study = ("study", "Study", "ORG", ("Study", "A study by Harvard Medical School"), None)
    a = _analysis("a", [a_study], [("study", "states")])
    b = _analysis("b", [b_study], [("study", "states")])
    assert len(cross_parties([a, b])) == 2


def test_one_studys_researchers_are_not_anothers():
    a_team = (
        "researchers",
        "Researchers",
        "GROUP",
        ("Researchers", "scientists from the University of Bristol"),
        None,
    )
    b_team = (
        "researchers",
        "Researchers",
        "GROUP",
        ("Researchers", "researchers at Imperial College"),
        None,
    )
    a = _analysis("a", [a_team], [("researchers", "states")])
    b = _analysis("b", [b_team], [("researchers", "states")])
    assert len(cross_parties([a, b])) == 2
    a_research = ("research", "Research", "ORG", ("Research", "Research at Oxford"), None)
    b_research = ("research", "Research", "ORG", ("Research", "Research from Yale"), None)
    a = _analysis("a", [a_research], [("research", "states")])
    b = _analysis("b", [b_research], [("research", "states")])
    assert len(cross_parties([a, b])) == 2
