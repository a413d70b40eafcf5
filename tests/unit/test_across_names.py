"""One entry across articles however the party is tagged or written."""

from __future__ import annotations

from test_across import _analysis, _place, _with_places

from briefing.analysis.across import cross_parties
from briefing.analysis.merging import full_name
from briefing.analysis.names import strip_titles
from briefing.analysis.types import Party

LIB_DEMS_GROUP = ("liberal-democrats", "Liberal Democrats", "NORP", ("Liberal Democrats",), None)
LIB_DEMS_ORG = ("liberal-democrats", "Liberal Democrats", "ORG", ("Lib Dems",), None)
TORIES = ("tories", "Tories", "NORP", ("Tories",), None)
CONSERVATIVES = ("conservatives", "Conservatives", "ORG", ("Conservatives",), None)
FRENCH = ("french", "French", "NORP", ("French",), None)


def test_a_party_the_model_tagged_a_group_in_one_article_is_the_organisation_of_another():
    a = _analysis("a", [LIB_DEMS_GROUP], [("liberal-democrats", "opposes")])
    b = _analysis("b", [LIB_DEMS_ORG], [("liberal-democrats", "states")])
    (lib_dems,) = cross_parties([a, b])
    assert (lib_dems.name, lib_dems.kind, len(lib_dems.articles)) == ("Liberal Democrats", "ORG", 2)


def test_another_name_of_a_party_is_the_party_and_groups_stay_groups():
    a = _analysis("a", [TORIES, FRENCH], [("tories", "opposes"), ("french", "states")])
    b = _analysis("b", [CONSERVATIVES, FRENCH], [("conservatives", "states")])
    found = cross_parties([a, b])
    assert sorted((p.name, p.kind, len(p.articles)) for p in found) == [
        ("Conservatives", "ORG", 2),
        ("French", "NORP", 2),
    ]


def test_a_labour_party_named_in_full_is_its_countrys_own():
    """Hong Kong's Labour Party, named in full, is not the British "Labour" of another
    article: "X Party" is a body every country has (a NORP reading must not join them)."""
    hong_kong = ("labour-party", "Labour Party", "NORP", ("Labour Party",), None)
    britain = ("labour", "Labour", "NORP", ("Labour",), None)
    a = _with_places("a", [hong_kong], [_place("hk", "Hong Kong", 3)])
    b = _with_places("b", [britain], [_place("uk", "United Kingdom", 3)])
    c = _with_places("c", [britain], [])
    found = cross_parties([a, b, c])
    assert sorted((p.name, p.kind, len(p.articles)) for p in found if p.kind != "GPE") == [
        ("Labour", "ORG", 2),
        ("Labour Party", "ORG", 1),
    ]


def test_a_double_barrelled_name_written_with_a_space_is_the_same_person():
    hyphen = ("robert-kilroy-silk", "Robert Kilroy-Silk", "PERSON", ("Kilroy-Silk",), None)
    space = ("robert-kilroy-silk", "Robert Kilroy Silk", "PERSON", ("Robert Kilroy Silk",), None)
    found = cross_parties([_analysis("a", [hyphen]), _analysis("b", [space])])
    (kilroy_silk,) = found
    assert len(kilroy_silk.articles) == 2


def test_a_name_written_with_and_without_its_accents_is_one_actor_across_articles():
    """ "Nicolás Maduro" in one report and "Nicolas Maduro" in another were two entries."""
    accented = ("nicolas-maduro", "Nicolás Maduro", "PERSON", ("Nicolás Maduro",), None)
    plain = ("nicolas-maduro", "Nicolas Maduro", "PERSON", ("Nicolas Maduro", "Maduro"), None)
    a = _analysis("a", [accented], [("nicolas-maduro", "states")])
    b = _analysis("b", [plain], [("nicolas-maduro", "opposes")])
    (maduro,) = cross_parties([a, b])
    assert len(maduro.articles) == 2


def test_a_party_named_by_its_office_keeps_the_whole_office_as_its_name():
    """ "Prime minister" (a report that never names the holder) was listed across articles as
    "minister"; "Mr King" is still a King."""
    office = ("prime-minister", "Prime minister", "PERSON", ("the prime minister",), None)
    king = ("paul-king", "Paul King", "PERSON", ("Paul King", "Mr King"), None)
    a = _analysis("a", [office, king], [("prime-minister", "states"), ("paul-king", "states")])
    names = sorted(p.name for p in cross_parties([a]))
    assert names == ["Paul King", "Prime minister"]
    assert (
        strip_titles("Mr King") == "King" and strip_titles("Lord chancellor") == "Lord chancellor"
    )


def test_a_rank_that_is_also_a_surname_is_a_title_only_before_a_full_name():
    """CNN/Daily Mail: "Major Thulani Zwane" was a person named "Major Thulani Zwane", where
    "Captain" or "Colonel" is dropped; "John Major" keeps his name."""
    assert strip_titles("Major Thulani Zwane") == "Thulani Zwane"
    assert strip_titles("John Major") == "John Major"
    assert strip_titles("Major Tom") == "Major Tom"


def test_a_members_letters_before_a_name_are_a_title():
    johnson = Party(
        "boris-johnson", "Boris Johnson", "PERSON", ("Boris Johnson", "Tory MP Boris Johnson")
    )
    assert full_name(johnson) == "Boris Johnson"
    farage = Party("nigel-farage", "Nigel Farage", "PERSON", ("MEP Nigel Farage",))
    assert full_name(farage) == "Nigel Farage"
    tory = ("boris-johnson", "Boris Johnson", "PERSON", johnson.aliases, None)
    a = _analysis("a", [tory], [("boris-johnson", "opposes")])
    b = _analysis("b", [("boris-johnson", "Boris Johnson", "PERSON", ("Boris Johnson",), None)])
    (one,) = cross_parties([a, b])
    assert one.name == "Boris Johnson" and len(one.articles) == 2
