"""Shifts: one party's opposite stances on one thing in two articles (``analysis.shifts``)."""

from __future__ import annotations

import json
from itertools import count

from briefing import export
from briefing.analysis.across import cross_parties
from briefing.analysis.shifts import OPPOSITE, PositionRef, gist, same_thing, shifts
from briefing.analysis.types import Analysis, Article, Party, Position, Sentence, Summary
from tests.contract import check_document

_N = count()
TRUMP = Party("trump", "Donald Trump", "PERSON", ("Donald Trump", "Trump"), None, 3)
PELOSI = Party("pelosi", "Nancy Pelosi", "PERSON", ("Nancy Pelosi",), None, 1)


def _analysis(text: str, said: list[tuple[str, ...]], title: str = "") -> Analysis:
    """An article of ``said`` sentences, each ``(party id, stance, content[, cue words])``:
    the content is written as it is after "X said" (or "X <cue words>", the cue their last
    word), and each becomes a position; ``text`` ends it (by default a sentence that makes
    each article another)."""
    parts, positions, sentences, at = [], [], [], 0
    names = {"trump": "Trump", "pelosi": "Pelosi"}
    for party, stance, content, *cue_words in [*said, (None, "", text)]:
        words = cue_words[0] if cue_words else "said"
        sentence = f"{names[party]} {words} {content}. " if party else text or f"Report {next(_N)}."
        sentences.append(Sentence(len(sentences), at, at + len(sentence.rstrip())))
        if party:
            start = at + len(names[party]) + 1 + len(words) + 1
            cue = (start - 1 - len(words.split()[-1]), start - 1)
            span = (start, start + len(content))
            source = (at, at + len(names[party]))
            index = len(sentences) - 1
            positions.append(Position(party, stance, source, cue, (span,), False, index))
        parts.append(sentence)
        at += len(sentence)
    body = "".join(parts)
    article = Article(body, f"{title or abs(hash(body))}.txt", title=title or None)
    n = len(sentences)
    summary = Summary("lead", tuple(range(n)), (0.0,) * n, 1)
    return Analysis(
        article, "hand", tuple(sentences), (), (TRUMP, PELOSI), tuple(positions), summary
    )


def test_the_opposition_table_pairs_for_with_against_only():
    assert OPPOSITE["supports"] == OPPOSITE["proposes"] == frozenset(["opposes"])
    assert OPPOSITE["demands"] == OPPOSITE["commits"] == frozenset(["opposes"])
    assert OPPOSITE["opposes"] == {"supports", "proposes", "demands", "commits"}
    assert "warns" not in OPPOSITE and "states" not in OPPOSITE


def test_supports_here_and_opposes_there_the_same_thing_is_a_shift():
    a = _analysis("", [("trump", "supports", "the border wall funding bill")], "Here")
    b = _analysis("", [("trump", "opposes", "the border wall funding bill passed by the House")])
    (shift,) = shifts([a, b])
    assert shift.party == "donald-trump" and shift.name == "Donald Trump"
    assert shift.first == PositionRef(a.article.id, 0)
    assert shift.second == PositionRef(b.article.id, 0)
    assert shift.stances == ("supports", "opposes")
    assert shift.about == "border wall funding bill"
    assert "supports here, opposes there" in shift.reason


def test_same_stances_neutral_stances_and_one_article_are_no_shift():
    wall = "the border wall funding bill"
    both_for = [
        _analysis("", [("trump", "supports", wall)]),
        _analysis("", [("trump", "demands", wall)]),
    ]
    assert shifts(both_for) == ()
    neutral = [
        _analysis("", [("trump", "states", wall)]),
        _analysis("", [("trump", "warns", wall)]),
        _analysis("", [("trump", "opposes", wall)]),
    ]
    assert shifts(neutral) == ()
    one_article = _analysis("", [("trump", "supports", wall), ("trump", "opposes", wall)])
    assert shifts([one_article, _analysis("Nothing here.", [])]) == ()


def test_two_parties_on_opposite_sides_are_no_shift():
    a = _analysis("", [("trump", "supports", "the border wall funding bill")])
    b = _analysis("", [("pelosi", "opposes", "the border wall funding bill")])
    assert shifts([a, b]) == ()


def test_different_things_are_no_shift():
    # one shared word ("tax") is not enough
    a = _analysis("", [("trump", "supports", "a tax cut for the middle class")])
    b = _analysis("", [("trump", "opposes", "the tax returns subpoena")])
    assert shifts([a, b]) == ()
    # two shared words first in both, but a small share of two long contents
    c = _analysis("", [("trump", "supports", "the trade deal with China and farm exports to Asia")])
    d = _analysis(
        "", [("trump", "opposes", "the China trade inquiry into steel tariffs and car imports")]
    )
    assert shifts([c, d]) == ()


def test_shared_words_must_name_what_the_stance_is_taken_on():
    # "ballot access" is what one seeks nominations for, not what is sought
    a = _analysis("", [("trump", "opposes", "ballot access in Florida")])
    b = _analysis(
        "",
        [("trump", "demands", "the nominations of the Green and Reform parties for ballot access")],
    )
    assert shifts([a, b]) == ()


def test_one_word_qualified_two_ways_names_two_things():
    # a policy he promises is not the UK's policy he attacks
    a = _analysis("", [("trump", "commits", 'a "firm but fair" policy on immigration')])
    b = _analysis("", [("trump", "opposes", "UK policy on immigration")])
    assert shifts([a, b]) == ()
    c = _analysis("", [("trump", "supports", "a ceasefire in eastern Ukraine")])
    d = _analysis("", [("trump", "opposes", "a ceasefire in western Ukraine")])
    assert shifts([c, d]) == ()
    e = _analysis("", [("trump", "opposes", "the 2020 budget for defence")])
    f = _analysis("", [("trump", "supports", "the 2019 budget for defence")])
    assert shifts([e, f]) == ()
    # qualified on one side only: the same thing, said more fully
    g = _analysis("", [("trump", "opposes", "the ceasefire in Ukraine")])
    assert [s.about for s in shifts([c, g])] == ["ceasefire Ukraine"]


def test_the_holders_own_name_and_weak_words_do_not_make_the_same_thing():
    a = _analysis("", [("trump", "supports", "President Trump's government")])
    b = _analysis("", [("trump", "opposes", "the government of President Trump")])
    assert shifts([a, b]) == ()


def test_a_negation_on_one_side_only_leaves_the_pair_out():
    # supporting the end of the emergency agrees with opposing the emergency
    a = _analysis("", [("trump", "supports", "ending the national emergency declaration")])
    b = _analysis("", [("trump", "opposes", "the national emergency declaration")])
    assert shifts([a, b]) == ()
    c = _analysis("", [("trump", "supports", "not raising the minimum wage")])
    d = _analysis("", [("trump", "opposes", "not raising the minimum wage now")])
    assert [s.about for s in shifts([c, d])] == ["raising minimum wage"]


def test_a_cue_after_a_refusal_or_a_negation_is_left_out():
    # "refused to pledge" read as a commitment would make a shift of a steady refusal
    a = _analysis("", [("trump", "opposes", "to release his tax returns", "refuses")])
    b = _analysis("", [("trump", "commits", "to release his tax returns", "refused to pledge")])
    assert shifts([a, b]) == ()
    c = _analysis("", [("trump", "commits", "to release his tax returns", "firmly pledged")])
    assert [s.about for s in shifts([a, c])] == ["release tax returns"]
    d = _analysis("", [("trump", "supports", "to release his tax returns", "didn't back")])
    assert shifts([a, d]) == ()


def test_gist_words_plurals_and_reversers():
    found = gist("Don't build the walls of Trump's cities", "opposes", own={"trump"})
    assert found.terms == ("build", "wall", "city")
    assert found.words == ("build", "walls", "cities")
    assert found.reversed
    assert found.qualifiers == (None, None, "trump")  # a stop word qualifies nothing
    assert not gist("no more walls, never", "supports").reversed  # two: they cancel
    assert gist("taxes, churches, losses, bus", "supports").terms == (
        "tax",
        "church",
        "loss",
        "bus",
    )
    assert gist("UK policy, the “fair” plan", "supports").qualifiers == ("uk", None, "fair")


def test_same_thing_gives_the_shared_words_in_the_first_ones_order():
    a = gist("the Medicare for All plan", "supports")
    b = gist("plan called Medicare for all", "opposes")
    assert same_thing(a, b) == ("Medicare", "plan")  # "all" is a stop word


def test_positions_are_found_through_the_cross_article_party():
    # "Trump" in one article and "Donald Trump" in the other (both name Pelosi and Schumer:
    # a surname named in one article joins a full name when two more parties are shared)
    from dataclasses import replace

    schumer = Party("schumer", "Chuck Schumer", "PERSON", ("Chuck Schumer",), None, 1)
    a = _analysis("", [("trump", "proposes", "a ceasefire in Syria")])
    a = replace(a, parties=(*a.parties, schumer))
    lone = Party("trump", "Trump", "PERSON", ("Trump",), None, 1)
    b = _analysis("", [("trump", "opposes", "any ceasefire in Syria")])
    b = replace(b, parties=(lone, PELOSI, schumer))
    parties = cross_parties([a, b])
    (shift,) = shifts([a, b], parties)
    assert shift.party == parties[0].id and shift.about == "ceasefire Syria"


def _wall_reports() -> list[Analysis]:
    return [
        _analysis(
            "In March.", [("trump", "supports", "the border wall funding bill")], "Trump backs"
        ),
        _analysis(
            "In April.", [("pelosi", "opposes", "the border wall funding bill")], "Pelosi no"
        ),
        _analysis("In May.", [("trump", "opposes", "the border wall funding bill")], "Trump turns"),
    ]


def test_json_export_lists_the_shifts_at_the_top_level():
    reports = _wall_reports()
    doc = json.loads(export.dumps_json(reports))
    check_document(doc)  # the shifts point at the positions of their party
    assert doc["shifts"] == [
        {
            "party": "donald-trump",
            "about": "border wall funding bill",
            "stances": ["supports", "opposes"],
            "positions": [
                {"article": reports[0].article.id, "position": 0},
                {"article": reports[2].article.id, "position": 0},
            ],
            "reason": "supports here, opposes there; both about: border, wall, funding, bill",
        }
    ]
    assert json.loads(export.dumps_json(reports[:2]))["shifts"] == []


def test_markdown_export_has_a_shifts_section_across_articles():
    markdown = export.to_markdown(_wall_reports())
    across = markdown[markdown.index("# Across articles") :]
    parties, rest = across.split("## Shifts")
    shifts_section, stories = rest.split("## Stories")
    assert "- *Trump backs*: **supports** ⇄: “the border wall funding bill”" in parties
    assert "- *Pelosi no*: **opposes**: “the border wall funding bill”" in parties
    assert shifts_section.strip().splitlines() == [
        "### Donald Trump, on “border wall funding bill”",
        "",
        "- *Trump backs*: **supports**: “the border wall funding bill”",
        "- *Trump turns*: **opposes**: “the border wall funding bill”",
    ]
    quiet = export.to_markdown(_wall_reports()[:2])
    assert "## Shifts\n\nNo party takes opposite stances on one thing in two articles." in quiet
