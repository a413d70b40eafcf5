"""The tokens of a document that can fit a rule, picked over spaCy's attribute arrays.

``for token in doc`` builds a ``Token`` for every word of the article and reads its
attributes one at a time. A rule that looks for a few tokens (the verbs, the subjects, the
words of a list) asks ``tokens_where`` for the ones that can fit instead, found by numpy in
one pass over the document's arrays, and tests only those in full. The tokens come in text
order, as ``for token in doc`` gives them."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc, Token


def string_ids(strings: StringStore, values: Iterable[str]) -> np.ndarray:
    """The ids spaCy stores ``values`` under (a tag's symbol, or a word's hash), for
    ``tokens_where``; a rule with a long list of words reads them once."""
    return np.array([strings[v] for v in values], dtype=np.uint64)


def tokens_where(doc: Doc, attr: str, values: Iterable[str] | np.ndarray) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` (a spaCy attribute: ``"POS"``, ``"DEP"``,
    ``"LEMMA"``, ``"LOWER"``, ``"ORTH"``) is one of ``values`` (strings, or their
    ``string_ids``)."""
    ids = values if isinstance(values, np.ndarray) else string_ids(doc.vocab.strings, values)
    if not len(doc) or not len(ids):
        return []
    return [doc[int(i)] for i in np.flatnonzero(np.isin(doc.to_array(attr), ids))]
