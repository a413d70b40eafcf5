""" "It" after a description: the body "the company" stands for, when the description is
nearer than any fitting name (``positions.pronouns``, ``antecedents.description_before``).
One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_it_is_the_company_whose_shares_its_sentence_names_first():
    # the company is named five sentences back, beyond the reach of a nearest name
    a = analyse(
        "Vodafone cut 200 jobs on Monday. Analysts had expected deeper cuts. Sales fell in "
        "the spring. Costs rose over the summer. Prices were flat. The company's shares rose "
        "after it said profits would recover."
    )
    assert holders(a, "said") == ["Vodafone"]


def test_it_is_the_company_the_sentence_before_is_about_not_a_product_named_earlier():
    a = analyse(
        "Microsoft will stop pirates from getting its security patches. Microsoft said the "
        "move would help users of legal copies. Microsoft's Windows operating system is "
        "attacked by virus writers because it is so widespread and they keep seeking new "
        "holes. The company is fighting piracy at the same time. Piracy has cost the company "
        "billions, it says."
    )
    assert holders(a, "says") == ["Microsoft"]
