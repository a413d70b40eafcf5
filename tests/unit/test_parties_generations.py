"""A person named with a generation ("Jr.") and without it is one party."""

from __future__ import annotations

from tests.reading import analyse


def test_a_name_with_its_generation_is_the_person_named_without_it():
    a = analyse(
        "Thomas Alan Berg Jr. was elected in 1965. Thomas Berg said he would retire. "
        "The actor Robert Downing Jr. spoke too. Downing Jr. said the film was finished."
    )
    names = sorted(p.name for p in a.parties)
    assert names == ["Robert Downing Jr.", "Thomas Alan Berg Jr."]
