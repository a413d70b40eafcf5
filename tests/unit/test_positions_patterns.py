"""The attribution patterns: data files load from the package, and the fast child-pattern
runner finds exactly what spaCy's ``DependencyMatcher`` finds with the same patterns."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from briefing.analysis.lexicon import lexicon
from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.cues import _patterns, find_attributions
from briefing.analysis.positions.patterns import ChildPatterns
from tests.reading import analyse, at, holders, shown, text_at

TEXT = (
    "Russian President Vladimir Putin has called for direct talks. Macron warned that "
    "sanctions could follow, and Scholz urged Russia to withdraw. Trump expressed a commitment "
    "to end the war. The plan has strong backing from the Biden administration. Putin's "
    "proposal for talks and a call by Zelensky for weapons were discussed."
)


def test_lexicons_load_from_the_package():
    lex = lexicon()
    assert lex.cue_verbs["say"] > 0.5  # learned from PolNeAR train
    assert lex.stances[("warn", "VERB")] == "warns"
    assert lex.stance_noun("commitment") == "commits"
    assert {"express", "voice", "indicate"} <= lex.light_verbs
    assert "official" in lex.source_nouns


def test_child_patterns_match_like_the_dependency_matcher():
    doc = load_pipeline(None).nlp(TEXT)
    patterns = _patterns(lexicon())
    reference = DependencyMatcher(doc.vocab)
    for name, spec in patterns:
        reference.add(name, [spec])
    expected = sorted((doc.vocab.strings[m], ids) for m, ids in reference(doc))
    found = sorted(ChildPatterns(patterns)(doc))
    assert found == expected
    assert {name for name, _ in found} >= {"prep", "clause", "infinitive", "light", "backing"}


def test_child_patterns_refuse_other_relations():
    spec = [
        {"RIGHT_ID": "a", "RIGHT_ATTRS": {"LEMMA": "say"}},
        {"LEFT_ID": "a", "REL_OP": ">>", "RIGHT_ID": "b", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    ]
    with pytest.raises(ValueError, match="only the '>' relation"):
        ChildPatterns([("deep", spec)])


def test_with_opens_a_content_only_in_a_phrasal_cue():
    doc = load_pipeline().nlp(
        "Jyrkkanen disagreed with the link. Sanders agreed with the plan. Biden warned with "
        "a smile."
    )
    keys = [a.key for a in find_attributions(doc)]
    assert "disagree with" in keys and "agree with" in keys and "warn with" not in keys


def test_at_or_over_opens_a_content_only_after_a_particle_that_makes_a_cue():
    """BBC: "has hit out at the quality of films", "Labour hit back at the Tory proposals"
    (where the parser reads "back" as an adverb) were nobody's view."""
    a = analyse(
        "Hoffman hits out over modern film\n\nDustin Hoffman has hit out at the quality of "
        "current films. Labour hit back at the Tory proposals. Wynnum hit back with two tries. "
        "Jacinda Ardern said at a news conference the gun laws should be changed."
    )
    assert shown(a) == [
        ("dustin-hoffman", "opposes", "hits out over"),
        ("dustin-hoffman", "opposes", "has hit out at"),
        ("labour", "opposes", "hit back at"),
        ("jacinda-ardern", "demands", "said"),
    ]


def test_a_claim_its_holder_made_is_their_statement():
    """BBC, Wikinews: "does not support his claims that", "his claim to the governorship"."""
    a = analyse("Ministers dismissed Tom Baker's claim that the budget had been fiddled.")
    assert holders(a, "claim") == ["Tom Baker"]
    assert at(a, "claim").stance == "states"
    assert text_at(a, at(a, "claim").content[0]).startswith("that the budget had been fiddled")


def test_what_an_addressee_is_warned_against_is_in_the_content():
    """BBC: "He warned his supporters against complacency" showed "warns: his supporters"."""
    a = analyse(
        "Tony Blair spoke in Gateshead. He warned his supporters against complacency. "
        "Michael Howard thanked the voters for their patience."
    )
    assert text_at(a, at(a, "warned").content[0]) == "his supporters against complacency"
    assert text_at(a, at(a, "thanked").content[0]) == "the voters for their patience"


def test_what_is_said_stops_before_another_speakers_clause_set_against_it():
    """Wikinews: Duda's words ran on over "while Interior Minister Joachim Brudziński wrote he
    had ordered fire safety checks", which is the minister's."""
    a = analyse(
        'President Andrzej Duda said the victims were "joyful girls" in an "appalling tragedy" '
        "while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks. "
        "Mr Duda said prices rose while wages fell."
    )
    duda, minister, prices = (text_at(a, p.content[0]) for p in a.positions)
    assert duda == 'the victims were "joyful girls" in an "appalling tragedy"'
    assert minister == "he had ordered fire safety checks"
    assert prices == "prices rose while wages fell"  # no speaker of its own: his words
