"""The shortcuts that keep attribution fast: tokens picked over spaCy's arrays are the ones a
Python filter picks, and what is read once per article (its quotes, a source's parties) is
handed out so that a caller changing it changes nothing for the next."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.analysis.parties import resolve_parties
from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.quotes import quotes
from briefing.analysis.positions.sources import SourceResolver
from briefing.analysis.positions.spans import range_span, span_of
from briefing.analysis.scan import tokens_where

TEXT = (
    "Russian President Vladimir Putin said on Tuesday that talks could start in Istanbul. "
    '"We are ready," he told reporters. Ukraine\'s foreign minister Dmytro Kuleba (who '
    "leads the delegation) rejected the offer, and Zelensky urged Europe to act."
)


@pytest.fixture(scope="module")
def doc():
    return load_pipeline(None).nlp(TEXT)


@pytest.mark.parametrize(
    ("attr", "read", "values"),
    [
        ("POS", lambda t: t.pos_, ("VERB", "PROPN")),
        ("DEP", lambda t: t.dep_, ("nsubj", "compound", "conj")),
        ("LEMMA", lambda t: t.lemma_, ("say", "tell", "urge", "zzz-never-a-word")),
        ("LOWER", lambda t: t.lower_, ("minister", "(", "talks")),
        ("ORTH", lambda t: t.text, ("Putin", "Zelensky", '"')),
    ],
)
def test_tokens_where_picks_what_a_python_filter_picks(doc, attr, read, values):
    expected = [t.i for t in doc if read(t) in values]
    assert expected  # the sample has some of each
    assert [t.i for t in tokens_where(doc, attr, values)] == expected


def test_tokens_where_takes_ids_in_any_order(doc):
    values = ("zzz-never-a-word", "Zelensky", "Putin", '"', "Istanbul")
    ids = np.array([doc.vocab.strings[v] for v in values], dtype=np.uint64)
    for order in (ids, ids[::-1], np.sort(ids)):
        assert [t.text for t in tokens_where(doc, "ORTH", order)] == [
            t.text for t in doc if t.text in values
        ]


def test_a_range_of_tokens_spans_what_its_tokens_span(doc):
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 6) + 1):
            assert range_span(doc, start, end) == span_of(list(doc[start:end]))


def test_tokens_where_on_nothing_finds_nothing(doc):
    empty = load_pipeline(None).nlp("")
    assert tokens_where(empty, "POS", ("VERB",)) == []
    assert tokens_where(doc, "ORTH", ()) == []
    assert tokens_where(doc, "ORTH", set()) == []


def test_quotes_read_once_are_handed_out_afresh():
    text = 'He said: "We are ready to talk now," and left.'
    quoted = (text.index('"'), text.rindex('"') + 1)
    spans = quotes(text)
    assert spans == [quoted]
    spans.append((0, 1))
    assert quotes(text) == [quoted]


def test_a_sources_parties_read_once_are_handed_out_afresh(doc):
    resolver = SourceResolver(doc, resolve_parties(doc))
    he = next(t for t in doc if t.lower_ == "he")
    first = resolver.parties_of(he)
    assert first and resolver.named[first[0]] == "Vladimir Putin"
    first.append("someone else")
    assert resolver.parties_of(he) == first[:1]
