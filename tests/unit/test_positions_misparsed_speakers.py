"""Speakers the small English model hides: a name it joins to the clause before ("by the
police and the IMF has called for"), a name set off after a role that it runs into what is
said (", her lawyer, Perry Wander, said"), and a peer's title it leaves untagged ("Lord
Browne said ... he said"). One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, at, holders


def test_a_name_joined_to_the_clause_before_calls_for_it():
    a = analyse(
        "Liberia was hit by a fraud. These matters are now being looked into by the Liberian "
        "authorities and the IMF has called for their findings to be made public."
    )
    assert holders(a, "has called for") == ["IMF"]


def test_a_verb_joined_after_and_keeps_the_clause_subject():
    a = analyse("Mr Smith met the minister and has called for a vote on the plan.")
    assert holders(a, "has called for") == ["Smith"]


def test_a_name_set_off_after_a_role_speaks_and_is_not_said():
    text = "She wanted to sue the firms, her lawyer, Perry Wander, said."
    a = analyse(text)
    position = at(a, "said")
    assert holders(a, "said") == ["Perry Wander"]
    assert [text[s:e].strip(" ,") for s, e in position.content] == ["She wanted to sue the firms"]


def test_a_peer_is_a_person_his_pronoun_refers_to():
    a = analyse(
        "Oil giant BP has reported record profits this year.\n\nLord Browne said the profits "
        'were strong.\n\n"The profits are up more than the price of oil is up," he said. "We '
        'have spent many years buying assets," he said.'
    )
    assert holders(a, "said") == ["Browne"] * 3


def test_a_speaker_described_after_the_verb_is_no_object_of_it():
    a = analyse(
        "The singer Ellie Gould released an album in May. The singer will not tour again this "
        "year, claims her publicist.\n\n"
        '"We have had an approach from the club," confirmed a Saints spokesman.'
    )
    assert holders(a, "claims") == ["Ellie Gould's publicist"]
    assert holders(a, "confirmed") == ["Saints"]


def test_a_nationality_after_the_verb_is_not_the_country():
    a = analyse(
        "Carlo Ancelotti praised his team.\n\n"
        '"We will have him back for the next game," added the Italian.'
    )
    assert "Italy" not in holders(a, "added")
