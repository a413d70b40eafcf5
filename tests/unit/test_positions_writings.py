"""What "it" means after a writing as the subject before it (``positions.writings``): the
writing, which speaks for its maker. One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_it_after_a_lawsuit_is_the_lawsuit_of_whoever_filed_it():
    a = analyse(
        "Trevin Skeens filed a lawsuit on Monday. The lawsuit seeks to force Wal-Mart to "
        "remove the album from its stores. It also seeks damages of up to 74,500 dollars."
    )
    assert holders(a, "also seeks") == ["Trevin Skeens"]


def test_it_after_a_profile_is_the_profile_of_its_owner():
    """CNN/Daily Mail: "Barrientos' Facebook profile says ... It also says" was nobody's."""
    a = analyse(
        "Liana Barrientos' Facebook profile says she hails from the Dominican Republic and "
        "lives in Manhattan. It also says she became engaged in July 2013."
    )
    assert holders(a, "also says") == ["Liana Barrientos"]


def test_it_after_a_company_as_the_subject_is_still_the_company():
    a = analyse(
        "Carlsberg published its annual report on Tuesday. It said profits would rise in 2005."
    )
    assert holders(a, "said") == ["Carlsberg"]
