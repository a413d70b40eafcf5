"""Places taken for people and people for places (``name_spans``, ``entities``)."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.entities import never_acts
from briefing.analysis.pipeline import load_pipeline
from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import holders as _holders
from tests.reading import party as _party


def test_a_country_beside_a_town_after_a_role_is_no_person():
    """Wikinews: "the mayor of Seoul, South Korea" made South Korea a person, so that "his
    daughter reported" was listed as "South Korea's daughter"."""
    a = _analyse(
        "Lee Jun-ho, the mayor of Busan, South Korea, was found dead, police said on Friday. "
        "The 60-year-old mayor left his home in the morning. In the evening his daughter "
        "reported that he had not come back."
    )
    assert [p.name for p in a.parties if p.kind == "PERSON" and "Korea" in p.name] == []
    assert _party(a, _at(a, "reported").party).name == "Lee Jun-ho's daughter"


def test_a_name_that_begins_with_a_buildings_word_is_a_person():
    """Wikinews: "Park Won-soon" was dropped as a park (a name that ends with "Park" or
    "Hospital" is a place), so that the mayor's daughter had nobody to be the daughter of."""
    doc = load_pipeline().nlp("Park Won-soon met the doctors at the John Radcliffe Hospital.")
    assert not never_acts(Span(doc, 0, 4, "PERSON"))
    assert never_acts(Span(doc, 9, 12, "PERSON"))


def test_a_country_the_model_once_took_for_a_person_is_the_country_throughout():
    """Wikinews: one "Azerbaijan" tagged as a person made every "Azerbaijan" of the article a
    person (a surname, by the person's rule), listed as "Azerbaijan (person)"."""
    a = _analyse(
        "A conflict between the nations of Armenia and Azerbaijan erupted into violence. "
        "Armenia and Azerbaijan fought a war over the region in 1994. The Armenians claim "
        "they were retaliating against missile attacks from Azerbaijan. Azerbaijan claimed "
        "to have killed about 2,300 soldiers."
    )
    assert _party(a, _at(a, "claimed").party).name == "Azerbaijan"
    assert {p.kind for p in a.parties if p.name == "Azerbaijan"} == {"GPE"}


def test_a_person_named_after_a_country_stays_a_person():
    """The rule above keeps a person whose surname is a country's name ("Michael Jordan")
    and a given name that is one ("Chad") in an article that names no such country."""
    a = _analyse(
        "Michael Jordan visited the club on Monday. Jordan said the team had improved. "
        "Chad Smith, the coach, agreed. Chad said the players were ready."
    )
    assert _holders(a, "said") == ["Michael Jordan", "Chad Smith"]


def test_a_place_named_with_a_capital_the_within_a_sentence_is_a_publication():
    """Wikinews: "Next, The Atlantic claimed that" listed the magazine as a place; "the
    Atlantic" of hurricanes stays the ocean, no party."""
    a = _analyse(
        "Storms in the Atlantic grew stronger. Next, The Atlantic claimed that the trip had "
        "been cancelled because of the rain."
    )
    assert [(p.name, p.kind) for p in a.parties] == [("Atlantic", "ORG")]
    assert _party(a, _at(a, "claimed").party).name == "Atlantic"


def test_a_shows_title_before_its_star_is_no_person_but_two_people_listed_are():
    """BBC entertainment: "Only Fools and Horses star David Jason criticised" made "Fools" a
    person who criticised, and "he said" after it his; "Bill Clinton and singer Harry
    Belafonte" are two people."""
    a = _analyse(
        "Only Fools and Horses star David Jason criticised British TV for being too safe. "
        '"We have got to be careful," he said. Former US president Bill Clinton and singer '
        "Harry Belafonte were there."
    )
    assert _holders(a, "said") == ["David Jason"]
    people = {p.name for p in a.parties if p.kind == "PERSON"}
    assert people == {"David Jason", "Bill Clinton", "Harry Belafonte"}


def test_a_place_in_apposition_to_a_subject_acts():
    """BBC technology: "US state Texas has filed a lawsuit ... It is seeking damages" was
    nobody's: a place named beside the subject was taken to locate, not to act."""
    a = _analyse(
        "US state Texas has filed a lawsuit against two men believed to be spammers. It is "
        "seeking millions of dollars in damages."
    )
    assert _holders(a, "filed a lawsuit") == ["Texas"]
    assert _holders(a, "is seeking") == ["Texas"]
