"""A party's kind where the model's label is wrong (``parties._party_kind``)."""

from __future__ import annotations

from briefing.analysis.clusters import Cluster
from briefing.analysis.parties import _party_kind
from briefing.analysis.pipeline import load_pipeline


def test_a_political_party_the_model_took_for_a_person_is_an_organisation() -> None:
    """BBC politics: "the arguments that raged between Labour and the Tories" made Labour a
    person, so that a "he" two sentences on was Labour."""
    doc = load_pipeline().nlp("The arguments raged between Labour and the Tories.")
    labour = Cluster(key="labour", kind="PERSON", mentions=[doc[4:5]])
    assert _party_kind("labour", labour) == "ORG"


def test_a_person_named_like_no_party_stays_a_person() -> None:
    doc = load_pipeline().nlp("Gordon Brown and the Tories argued.")
    brown = Cluster(key="gordon-brown", kind="PERSON", mentions=[doc[0:2]])
    assert _party_kind("gordon-brown", brown) == "PERSON"


def test_a_name_that_owns_its_profits_is_an_organisation() -> None:
    """BBC business: "GlaxoSmithKline saw its profits fall" was a person, so that "Europe's
    biggest drugmaker says" could not be the company."""
    doc = load_pipeline().nlp("GlaxoSmithKline saw its profits fall 9% last year.")
    glaxo = Cluster(key="glaxosmithkline", kind="PERSON", mentions=[doc[0:1]])
    assert _party_kind("glaxosmithkline", glaxo) == "ORG"


def test_a_person_with_a_first_name_who_says_its_stays_a_person() -> None:
    doc = load_pipeline().nlp("Chris Curry said its calculations were right.")
    curry = Cluster(key="chris-curry", kind="PERSON", mentions=[doc[0:2]])
    assert _party_kind("chris-curry", curry) == "PERSON"
