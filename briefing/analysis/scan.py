"""The tokens of a document that can fit a rule, picked over spaCy's attribute arrays.

``for token in doc`` builds a ``Token`` for every word of the article and reads its
attributes one at a time. A rule that looks for a few tokens (the verbs, the subjects, the
words of a list) asks ``tokens_where`` for the ones that can fit instead, found by numpy in
one pass over the document's arrays, and tests only those in full. The tokens come in text
order, as ``for token in doc`` gives them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

_columns: WeakKeyDictionary[Doc, dict[str, np.ndarray]] = WeakKeyDictionary()
"""Each document's attribute arrays read so far (rules ask for the same few, over and over);
dropped with the document."""


def string_ids(strings: StringStore, values: Iterable[str]) -> np.ndarray:
    """The ids spaCy stores ``values`` under (a tag's symbol, or a word's hash), sorted, for
    ``tokens_where``; a rule with a long list of words reads them once."""
    return np.unique(np.array([strings[v] for v in values], dtype=np.uint64))


@lru_cache(maxsize=1024)
def _ids(strings: StringStore, values: frozenset[str] | tuple[str, ...]) -> np.ndarray:
    """``string_ids`` of a rule's words, worked out once (the ids are the same in every
    store: a symbol's number, or the word's hash)."""
    ids = string_ids(strings, values)
    ids.flags.writeable = False
    return ids


def _column(doc: Doc, attr: str) -> np.ndarray:
    """``doc.to_array(attr)``, read once per document (read-only)."""
    columns = _columns.get(doc)
    if columns is None:
        columns = _columns[doc] = {}
    found = columns.get(attr)
    if found is None or len(found) != len(doc):
        found = columns[attr] = doc.to_array(attr)
        found.flags.writeable = False
    return found


def tokens_where(doc: Doc, attr: str, values: Iterable[str] | np.ndarray) -> list[Token]:
    """The tokens of ``doc`` whose ``attr`` (a spaCy attribute: ``"POS"``, ``"DEP"``,
    ``"LEMMA"``, ``"LOWER"``, ``"ORTH"``) is one of ``values`` (strings, or their
    ``string_ids``)."""
    if isinstance(values, np.ndarray):  # a caller's own ids, perhaps unsorted
        ids = values if bool((values[1:] >= values[:-1]).all()) else np.sort(values)
    else:
        key = values if isinstance(values, frozenset) else tuple(values)
        ids = _ids(doc.vocab.strings, key)
    if not len(doc) or not len(ids):
        return []
    found = _column(doc, attr)
    at = np.searchsorted(ids, found)  # where each token's id would sit among ``ids``
    at[at == len(ids)] = 0
    return [doc[int(i)] for i in np.flatnonzero(ids[at] == found)]
