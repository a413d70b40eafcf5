"""A person's name the model tagged as a body or a place ("Antoine Quirin" an organisation,
"Quirin" later a place) is a person's when it opens with a known first name and the article
uses its last word alone (``analysis.first_named``). Built texts, the real English model."""

from __future__ import annotations

from briefing.analysis.first_named import first_named_people
from briefing.analysis.pipeline import load_pipeline
from tests.reading import analyse, holders


def test_a_known_first_name_and_a_surname_used_alone_make_a_person():
    """Wikinews: "Quirin denied any sexual activity" went to nobody, "Antoine Quirin" being
    tagged an organisation and "Quirin" a place."""
    a = analyse(
        "Emily Spanton met officers Antoine Quirin and Nicolas Redouane at an Irish pub. "
        "Quirin denied any sexual activity."
    )
    assert holders(a, "denied") == ["Antoine Quirin"]


def test_a_body_or_place_opening_with_a_first_name_stays_what_it_is():
    nlp = load_pipeline().nlp
    doc = nlp(
        "Students at Howard University and Virginia Tech met in Lincoln County. The university "
        "and Tech said the County would pay. Fox News reported it from Washington D.C."
    )
    ents = [e for e in doc.ents if e.label_ != "PERSON"]
    assert [e.label_ for e in first_named_people(doc, ents)] == [e.label_ for e in ents]
