"""A fast runner for ``DependencyMatcher``-style patterns that only use the child relation ``>``.

The attribution patterns are written in spaCy's ``DependencyMatcher`` format (data, one dict
per node). spaCy's matcher first maps every token of the document to its ancestors and
descendants, which costs about as much as all the rest of attribution; the patterns here only
ever look one step down (``>``), so they are run directly: the first node is looked up by its
lemma, the next ones among the children of the node they hang from. The results are those
``DependencyMatcher`` gives: ``(pattern name, [token index per node])``.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from spacy.tokens import Doc, Token

from briefing.analysis.scan import string_ids, tokens_where

_ATTRS = {
    "DEP": lambda t: t.dep_,
    "LOWER": lambda t: t.lower_,
    "LEMMA": lambda t: t.lemma_,
    "POS": lambda t: t.pos_,
}


def _compile(attrs: dict) -> list[tuple]:
    tests = []
    for key, want in attrs.items():
        if key not in _ATTRS:
            raise ValueError(f"pattern attribute {key!r} is not supported")
        allowed = frozenset(want["IN"]) if isinstance(want, dict) else frozenset([want])
        tests.append((_ATTRS[key], allowed))
    return tests


def _fits(token: Token, tests: list[tuple]) -> bool:
    return all(get(token) in allowed for get, allowed in tests)


class ChildPatterns:
    """Patterns in ``DependencyMatcher`` format whose relations are all ``>``."""

    def __init__(self, patterns: list[tuple[str, list[dict]]]) -> None:
        self._patterns = []
        self._first_lemmas: set[str] = set()
        for name, spec in patterns:
            nodes = []
            ids = {}
            for position, node in enumerate(spec):
                if position and node.get("REL_OP") != ">":
                    raise ValueError(f"{name}: only the '>' relation is supported")
                parent = ids[node["LEFT_ID"]] if position else None
                ids[node["RIGHT_ID"]] = position
                nodes.append((parent, _compile(node["RIGHT_ATTRS"])))
            lemmas = spec[0]["RIGHT_ATTRS"].get("LEMMA")
            first = (
                frozenset(lemmas["IN"] if isinstance(lemmas, dict) else [lemmas])
                if lemmas
                else None
            )
            self._patterns.append((name, nodes, first))
            self._first_lemmas |= first or set()
        self._by_lemma = {  # the patterns that can start at a lemma, in their order
            lemma: [
                (n, nodes) for n, nodes, first in self._patterns if first is None or lemma in first
            ]
            for lemma in self._first_lemmas
        }
        self._ids: np.ndarray | None = None

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        if self._ids is None:
            self._ids = string_ids(doc.vocab.strings, self._first_lemmas)
        matches: list[tuple[str, list[int]]] = []
        for token in tokens_where(doc, "LEMMA", self._ids):
            for name, nodes in self._by_lemma[token.lemma_]:
                if _fits(token, nodes[0][1]):
                    for found in self._extend(nodes, [token]):
                        matches.append((name, [t.i for t in found]))
        return matches

    def _extend(self, nodes: list[tuple], bound: list[Token]) -> Iterator[list[Token]]:
        if len(bound) == len(nodes):
            yield bound
            return
        parent, tests = nodes[len(bound)]
        for child in bound[parent].children:
            if _fits(child, tests):
                yield from self._extend(nodes, [*bound, child])
