"""A described person the article names only in quotes (``positions.described``): "A troll
called 'fatalsplash'" is fatalsplash. One built text, real model."""

from __future__ import annotations

from tests.reading import analyse, at, party


def test_a_troll_called_by_a_name_in_quotes_is_that_name():
    a = analyse(
        "Alexis Randock posted a photo on Instagram. A troll called 'fatalsplash' then accused "
        "Alexis of being a 'gold digger' who didn't have to work."
    )
    assert party(a, at(a, "accused").party).name == "fatalsplash"
