"""A first name set after a son or daughter of someone named is named in full."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_son_named_by_his_first_name_takes_his_familys_name() -> None:
    """BBC entertainment: "Nogar's son Stephen, 57, said" was listed as "Stephen", which
    says nothing in the Parties panel; a wife keeps the name she is given."""
    a = analyse(
        'Thorne Nogar recorded the tapes. "We kept them for years," Nogar\'s son Stephen, 57, '
        'said. "She loved them," said Nogar\'s wife Mary.'
    )
    assert holders(a, "said") == ["Stephen Nogar", "Mary"]


def test_a_son_of_a_family_named_in_the_plural_takes_its_name_in_the_singular() -> None:
    """Wikinews: "the Trumps' 14-year-old son Barron tested negative" listed "Barron
    Trumps"."""
    a = analyse(
        "President Donald Trump tested positive on Friday. Officials said the Trumps' "
        "14-year-old son Barron tested negative. The Joneses' son Tom said he was fine."
    )
    names = {p.name for p in a.parties if p.kind == "PERSON"}
    assert {"Barron Trump", "Tom Jones"} <= names and "Barron Trumps" not in names
