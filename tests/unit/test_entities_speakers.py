"""Speakers the English model left untagged, found as the subjects of speech verbs
(``entities._untagged_speakers``): the same name again where the parser read it as a common
noun, and a person by what they report of "she". Built texts, the real English model."""

from __future__ import annotations

from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import party as _party


def test_an_untagged_speaker_found_once_is_the_same_speaker_when_read_as_a_common_noun():
    a = _analyse(
        "Thousands placed orders for the sixth book. Rowling revealed she had completed the "
        "novel on Tuesday. JK Rowling's fifth book sold well. Harry Potter takes up the story. "
        "Rowling has already revealed that the prince is neither Harry nor Voldemort."
    )
    assert _party(a, _at(a, "has already revealed").party).name == "Rowling"


def test_an_untagged_speaker_reporting_on_she_is_a_person_whom_she_then_names():
    a = _analyse(
        "Thousands placed orders for the book about Harry. Rowling revealed she had completed "
        "the novel. And she added that the opening chapter had been brewing for years."
    )
    assert _party(a, _at(a, "revealed").party).kind == "PERSON"
    assert _party(a, _at(a, "added").party).name == "Rowling"
