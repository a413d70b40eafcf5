"""A checker for the JSON export contract of DESIGN §3, shared by the tests."""

from __future__ import annotations

from typing import Any

STANCES = {"proposes", "demands", "supports", "opposes", "warns", "commits", "states"}


def _check_span(span: Any, n: int, *, nullable: bool = False) -> None:
    if span is None:
        assert nullable, "span may not be null here"
        return
    pieces = span if span and isinstance(span[0], list) else [span]
    for start, end in pieces:
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start <= end <= n, (start, end, n)


def check_document(doc: dict[str, Any]) -> None:
    """Assert that ``doc`` holds every rule of DESIGN §3."""
    assert isinstance(doc["briefing_version"], str) and doc["briefing_version"]
    assert isinstance(doc["model"], str) and doc["model"]
    assert isinstance(doc["articles"], list)
    for article in doc["articles"]:
        check_article(article)
    check_across(doc)


def check_article(a: dict[str, Any]) -> None:
    import hashlib

    text = a["text"]
    n = len(text)
    assert a["id"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert isinstance(a["source"], str)
    assert a["title"] is None or isinstance(a["title"], str)
    sentences = a["sentences"]
    for i, (start, end) in enumerate(sentences):
        assert 0 <= start < end <= n
        if i:
            assert sentences[i - 1][1] <= start
    summary = a["summary"]
    assert isinstance(summary["algorithm"], str)
    assert sorted(summary["ranking"]) == list(range(len(sentences)))
    chosen = summary["sentences"]
    assert [s["index"] for s in chosen] == sorted(s["index"] for s in chosen)
    assert {s["index"] for s in chosen} == set(summary["ranking"][: len(chosen)])
    for s in chosen:
        assert [s["start"], s["end"]] == sentences[s["index"]]
        assert isinstance(s["score"], float)
        if "rank" in s:  # added field: the place in the ranking, from 1
            assert summary["ranking"][s["rank"] - 1] == s["index"]
    party_ids = {p["id"] for p in a["parties"]}
    assert len(party_ids) == len(a["parties"])
    for e in a["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
        assert isinstance(e["label"], str)
        assert e["party"] is None or e["party"] in party_ids
    for p in a["parties"]:
        assert {"id", "name", "kind", "aliases", "affiliation", "mentions"} <= set(p)
        assert p["affiliation"] is None or p["affiliation"] in party_ids
        assert isinstance(p["aliases"], list) and p["mentions"] >= 0
    for pos in a["positions"]:
        assert pos["party"] is None or pos["party"] in party_ids
        assert pos["stance"] in STANCES
        _check_span(pos["source"], n, nullable=True)
        _check_span(pos["cue"], n)
        _check_span(pos["content"], n, nullable=True)
        assert isinstance(pos["direct_quote"], bool)
        assert 0 <= pos["sentence"] < len(sentences)


def check_across(doc: dict[str, Any]) -> None:
    """The top-level ``parties`` and ``stories`` (DESIGN §3): present exactly when more than
    one article is exported, and pointing only at what the articles hold."""
    if len(doc["articles"]) <= 1:
        assert "parties" not in doc and "stories" not in doc
        return
    articles = {a["id"]: a for a in doc["articles"]}
    ids = [p["id"] for p in doc["parties"]]
    assert len(ids) == len(set(ids))
    placed = set()
    for p in doc["parties"]:
        assert {"id", "name", "kind", "aliases", "articles"} <= set(p)
        assert isinstance(p["name"], str) and isinstance(p["aliases"], list)
        assert p["articles"], "a party is in at least one article"
        for where in p["articles"]:
            article = articles[where["id"]]
            local = {q["id"] for q in article["parties"]}
            assert where["party"] in local
            if len(articles) == len(doc["articles"]):  # no article exported twice
                assert (where["id"], where["party"]) not in placed, "one article party, one entry"
            placed.add((where["id"], where["party"]))
            for index in where["positions"]:
                assert article["positions"][index]["party"] == where["party"]
    for a in doc["articles"]:  # every article-level party is in exactly one entry
        assert {(a["id"], q["id"]) for q in a["parties"]} <= placed
    story_ids = [s["id"] for s in doc["stories"]]
    assert len(story_ids) == len(set(story_ids))
    in_stories = [a for s in doc["stories"] for a in s["articles"]]
    for s in doc["stories"]:
        assert isinstance(s["label"], str) and s["label"]
        assert s["articles"] and set(s["articles"]) <= set(articles)
    assert set(in_stories) == set(articles), "every article is in a story"
    if len(articles) == len(doc["articles"]):  # no article exported twice
        assert len(in_stories) == len(articles), "and in one only"
    check_shifts(doc)


def check_shifts(doc: dict[str, Any]) -> None:
    """The added top-level ``shifts``: each names a party of ``parties`` and two positions of
    it, in two articles, with opposite stances as the articles give them."""
    articles = {a["id"]: a for a in doc["articles"]}
    parties = {p["id"]: p for p in doc["parties"]}
    for shift in doc.get("shifts", []):
        party = parties[shift["party"]]
        assert isinstance(shift["about"], str) and shift["about"]
        first, second = shift["positions"]
        assert first["article"] != second["article"]
        stances = []
        for ref in (first, second):
            place = [w for w in party["articles"] if w["id"] == ref["article"]]
            assert any(ref["position"] in w["positions"] for w in place)
            stances.append(articles[ref["article"]]["positions"][ref["position"]]["stance"])
        assert stances == shift["stances"] and "opposes" in stances and len(set(stances)) == 2
