"""A party's kind where the model's label is wrong (``parties._party_kind``)."""

from __future__ import annotations

import pytest

from briefing.analysis.clusters import Cluster
from briefing.analysis.parties import _party_kind
from briefing.analysis.pipeline import load_pipeline


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        # BBC politics: "the arguments that raged between Labour and the Tories" made Labour a
        # person, so that a "he" two sentences on was Labour
        ("The arguments raged between Labour and the Tories.", (4, 5), "ORG"),
        ("Gordon Brown and the Tories argued.", (0, 2), "PERSON"),
        # BBC business: "GlaxoSmithKline saw its profits fall" was a person, so that "Europe's
        # biggest drugmaker says" could not be the company
        ("GlaxoSmithKline saw its profits fall 9% last year.", (0, 1), "ORG"),
        # a first name: "its" is another's
        ("Chris Curry said its calculations were right.", (0, 2), "PERSON"),
        # BBC sport: "... his takeover of Leeds United" made the club a person, so that a "he"
        # later in the report was the club
        ("Tom Fenwick has finished his purchase of Leeds United.", (7, 9), "ORG"),
        ("Tom Fenwick has finished his purchase of Leeds United.", (0, 2), "PERSON"),
        # BBC technology: "said Suranga Chandratillake, co-founder of Blinkx" made the firm a
        # person, so that his "he said" later in the report was the firm's
        ("The market is crowded, said Sam Reed, co-founder of Blinkx.", (13, 14), "ORG"),
        ("Sam Reed is the chairman of Blinkx.", (0, 2), "PERSON"),
        ("The house was built for the son of Jones.", (8, 9), "PERSON"),
        # BBC business: "Euronext, which combines the Paris, Amsterdam and Lisbon exchanges"
        (
            "In the meantime, Euronext, which runs the Paris exchange, said it would bid.",
            (4, 5),
            "ORG",
        ),
        (
            "The club received a proposal from Mr Glazer, which looks set to succeed.",
            (7, 8),
            "PERSON",
        ),
    ],
    ids=[
        *("a party", "a person", "owns its profits", "a first name", "a club", "its buyer"),
        *("co-founder of", "its chairman", "a son of", "which", "a proposal from him, which"),
    ],
)
def test_a_name_the_model_took_for_a_person_is_a_person_unless_it_acts_as_a_body(
    sentence: str, words: tuple[int, int], kind: str
) -> None:
    doc = load_pipeline().nlp(sentence)
    mention = doc[words[0] : words[1]]
    cluster = Cluster(key=mention.text.casefold(), kind="PERSON", mentions=[mention])
    assert _party_kind(cluster.key, cluster) == kind


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # BBC and Wikinews: people the model tagged as organisations, each with a role beside
        (
            "The risks are real, said Credit Suisse analyst Vadim Mitroshin.",
            "Vadim Mitroshin",
            "PERSON",
        ),
        ("Early opponent MP Tanya Davies said the bill had moved.", "Tanya Davies", "PERSON"),
        ('"It is a new world," said Nikki Rocco, head of distribution.', "Nikki Rocco", "PERSON"),
        (
            "Selection committee member Ulf Danielsson said it was deserved.",
            "Ulf Danielsson",
            "PERSON",
        ),
        # a body's name that opens with a first name stays a body's, and a firm's noun is none
        # of a person's roles ("broadcaster" is also a person's title)
        (
            "Ruben Berta Foundation, the airline's owner, said it would sell.",
            "Ruben Berta Foundation",
            "ORG",
        ),
        ("Al Jazeera, a broadcaster owned by Qatar, said it would appeal.", "Al Jazeera", "ORG"),
    ],
    ids=["analyst", "MP", "head of", "member", "a foundation", "a broadcaster"],
)
def test_a_name_the_model_took_for_a_body_with_a_persons_role_beside_it_is_a_person(
    sentence: str, name: str, kind: str
) -> None:
    doc = load_pipeline().nlp(sentence)
    mention = next(e for e in doc.ents if e.text == name)
    cluster = Cluster(key=mention.text.casefold(), kind=mention.label_, mentions=[mention])
    assert _party_kind(cluster.key, cluster) == kind
