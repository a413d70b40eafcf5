"""Names spelled out before their initials in brackets (``briefing.analysis.spelled``)."""

from __future__ import annotations

from tests.reading import analyse, at, holders, party


def test_a_name_spelled_out_before_its_initials_is_one_organisation_not_a_place():
    a = analyse(
        "Athletics Kenya (AK) issued the ban after she missed a training camp. AK maintained "
        "it was making an example of her."
    )
    holder = party(a, at(a, "maintained").party)
    assert holder.kind == "ORG"
    assert "Athletics Kenya" in holder.aliases
    assert "Kenya" not in {p.name for p in a.parties}


def test_initials_the_capitalised_words_do_not_spell_leave_the_names_alone():
    a = analyse("Athletics Kenya (IAAF) issued the ban. The IAAF said it would appeal.")
    assert "Athletics Kenya" not in {alias for p in a.parties for alias in p.aliases}


def test_a_name_spelled_out_after_the_is_one_organisation_though_the_model_cut_it_at_and():
    """BBC round 121: "the World Travel and Tourism Council (WTTC)" was tagged "the World
    Travel" and "Tourism Council", two parties holding one position each."""
    a = analyse("Tourism is vital, according to the World Travel and Tourism Council (WTTC).")
    assert holders(a, "according to") == ["World Travel and Tourism Council"]
    assert "WTTC" in party(a, at(a, "according to").party).aliases


def test_initials_that_spell_a_small_word_too_name_the_whole_organisation():
    """Wikinews: "According to Notes from Poland (NFP)" was held by a party "Notes"."""
    a = analyse("Shops will close on Sundays, according to Notes from Poland (NFP).")
    assert holders(a, "according to") == ["Notes from Poland"]
