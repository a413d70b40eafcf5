"""Groups of actors become parties, or members of one, by rule (``briefing.analysis.groups``)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from briefing.analysis.affiliation import affiliation_entity
from briefing.analysis.analyze import analyze
from briefing.analysis.types import Analysis, Article


def _analyse(text: str) -> Analysis:
    return analyze(Article(text, "test"))


def _party(analysis: Analysis, alias: str):
    return next((p for p in analysis.parties if alias in p.aliases), None)


def test_a_persons_administration_or_campaign_before_officials_is_that_organisation():
    """Wikinews: "Biden campaign officials expressed concern" was Joe Biden's position, and
    "Biden campaign officials" his name across articles (his longest alias)."""
    a = _analyse(
        "Joe Biden spoke in Miami on Monday, and President Donald Trump in Ohio. Biden campaign "
        "officials expressed concern about Latino support. Trump administration officials said "
        "the talks would resume."
    )
    names = {p.id: p.name for p in a.parties}
    text = a.article.text
    held = {text[slice(*p.cue)]: names[p.party] for p in a.positions}
    assert held == {"expressed concern": "Biden campaign", "said": "Trump administration"}
    biden = next(p for p in a.parties if p.name == "Joe Biden")
    assert "Biden campaign officials" not in biden.aliases


def test_leaders_from_european_countries_are_europe_with_members():
    a = _analyse("Leaders from Germany, France, the United Kingdom and Poland met in Kyiv.")
    europe = _party(a, "Leaders from Germany, France, the United Kingdom and Poland")
    assert europe is not None and europe.id == "europe"
    # each country stays a party of its own
    assert {"germany", "france", "poland"} <= {p.id for p in a.parties}


def test_leaders_from_countries_of_no_one_region_are_a_coalition():
    a = _analyse("Leaders from Brazil, India and Japan met in Geneva on Monday.")
    coalition = _party(a, "Leaders from Brazil, India and Japan")
    assert coalition is not None and coalition.kind == "GROUP"


def test_a_countrys_officials_are_that_country():
    a = _analyse("Ukrainian officials and European leaders met on Monday.")
    assert _party(a, "Ukrainian officials").id == "ukraine"
    assert _party(a, "European leaders").id == "europe"


def test_a_people_that_is_no_country_names_its_group():
    a = _analyse("The plan won praise from Western allies on Monday.")
    allies = _party(a, "Western allies")
    assert allies is not None and allies.name == "Western allies"


def test_a_persons_administration_is_an_organisation():
    a = _analyse("The plan has strong backing from the Biden administration.")
    admin = _party(a, "Biden administration")
    assert admin is not None and admin.kind == "ORG" and admin.id == "biden-administration"


def test_an_acronym_joins_the_organisation_it_abbreviates():
    # not a GUM name: GUM scores the party rules (benchmarks/parties.py)
    a = _analyse(
        "The National Telecommunications Commission issued an order on Tuesday. NTC said the "
        "order would stand until Congress decided."
    )
    commission = _party(a, "National Telecommunications Commission")
    assert commission is not None and "NTC" in commission.aliases


def test_the_kremlin_is_russia_in_one_party():
    a = _analyse("The Kremlin said that Russia would attend the talks.")
    assert _party(a, "Kremlin") is _party(a, "Russia")


def test_a_department_or_a_legislature_is_a_body_of_its_own_not_its_country():
    """GUM and the dev gold keep "the Pentagon" and "the European Commission" apart from the
    country or bloc; the seat of the government ("the White House") stands for it."""
    a = _analyse(
        "The Pentagon said the troops would stay. The European Commission said it would "
        "appeal. The White House said the United States and the European Union agreed."
    )
    assert _party(a, "Pentagon") not in (None, _party(a, "United States"))
    assert _party(a, "European Commission") not in (None, _party(a, "European Union"))
    assert _party(a, "White House") is _party(a, "United States")


def test_an_apposition_far_after_a_name_gives_it_no_affiliation():
    # the parse the model gave a real report: a later name in the sentence ("..., Army Spc.
    # Dylan Hayes") hung on the subject as its apposition
    words = "Mary Kowalski , 61 , was shot after taking her son , Army Spc Dylan Hayes , home ."
    heads = [1, 6, 1, 1, 1, 6, 6, 6, 7, 10, 8, 1, 13, 15, 15, 1, 1, 6, 6]
    deps = "compound nsubjpass punct appos punct auxpass ROOT prep pcomp poss dobj punct "
    deps += "compound compound compound appos punct npadvmod punct"
    doc = Doc(Vocab(), words=words.split(), heads=heads, deps=deps.split())
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 12, 14, "ORG"), Span(doc, 14, 16, "PERSON")]
    assert affiliation_entity(doc[0:2]) is None
    a = _analyse("Sergei Lavrov, a Russian envoy, said the talks would go on.")
    assert _party(a, "Sergei Lavrov").affiliation == "russia"


def test_an_amount_set_beside_a_name_gives_it_no_affiliation():
    """The bundled Wikinews sample: "according to Al Jazeera, US$3.6 billion from military
    construction projects, US$2.5 billion from Pentagon drug programs" made Al Jazeera the
    Pentagon's, through the amounts the parser hung on it as appositions."""
    sample = Path(__file__).resolve().parents[2] / "seeds" / "001_wikinews_states_sue_trump.txt"
    a = _analyse(sample.read_text(encoding="utf-8"))
    assert _party(a, "Al Jazeera").affiliation is None


def test_a_government_a_political_party_would_form_does_not_rename_the_party():
    a = _analyse(
        "The Conservatives have called for an equal split between parents to be made law. "
        "They said a Conservative government would change the rules within a year."
    )
    party = _party(a, "a Conservative government")
    assert party is not None and party.name == "Conservatives"


def test_a_group_is_named_without_the_quantity_or_article_it_opens_with():
    """BBC politics: "some senior Conservative members" was a party's name as written, in
    lower case, beside "Labour MPs" for "Many Labour MPs"."""
    a = _analyse("Some senior Conservative members said the leader should go.")
    members = _party(a, "Some senior Conservative members")
    assert members is not None and members.name == "Senior Conservative members"


def test_a_party_name_the_model_left_untagged_before_a_role_is_the_persons_affiliation():
    """BBC politics: "Tory co-chairman Liam Fox" had no affiliation, because that "Tory" (and
    only that one) was left untagged, though the article names the Tories elsewhere."""
    a = _analyse(
        "The Tory party met in Brighton. It sees a choice between it and Labour. Tory "
        "co-chairman Liam Fox has opened proceedings with a speech."
    )
    assert _party(a, "Liam Fox").affiliation == _party(a, "Tory").id
    b = _analyse("Shadow minister Tim Yeo has opened proceedings with a speech.")
    assert _party(b, "Tim Yeo").affiliation is None
