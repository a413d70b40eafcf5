"""A body's name the model cut after its people's word ("the Scottish Executive", "Swiss
Re", where it tags "Scottish" or "Swiss" alone): the body (``analysis.demonym_names``).
Built texts, the real English model."""

from __future__ import annotations

import pytest

from tests.reading import analyse, holders


@pytest.mark.parametrize(
    ("text", "cue", "body"),
    [
        (  # BBC politics: "Executive" read as the chief executive named before
            "Ann Lee, chief executive of a charity, said the remark was unwise. But the "
            "Scottish Executive has insisted the minister was speaking about adults.",
            "has insisted",
            "Scottish Executive",
        ),
        (  # BBC business: the reinsurer was lost, "Swiss" read as Switzerland
            "Claims rose to $42bn last year, according to Swiss Re.",
            "according to",
            "Swiss Re",
        ),
    ],
)
def test_a_peoples_word_and_a_capitalised_word_after_it_name_a_body(text, cue, body):
    a = analyse(text)
    assert holders(a, cue) == [body]
    assert {p.name: p.kind for p in a.parties}.get(body) == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "The French President said the plan was good.",
        "British Prime Minister Tony Blair said the plan was good.",
        "The death of an Iraqi Kurd living in Swansea led to a march. It was planned well.",
    ],
)
def test_a_role_after_a_peoples_word_is_no_body(text):
    a = analyse(text)
    assert not any(p.kind == "ORG" for p in a.parties)
