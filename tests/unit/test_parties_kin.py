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
