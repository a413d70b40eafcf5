"""The attribution tagger's input: the English pipeline's token vectors, read from ``doc.tensor``,
beside a small trainable token encoder of its own.

The tagger is trained on the frozen ``tok2vec`` of ``en_core_web_sm``, so at run time it reuses
the vectors the main parse already computed (``doc.tensor``) instead of computing them again;
that keeps attribution cheap. Registered as spaCy architectures ``briefing.DocTensor.v1`` and
``briefing.TensorAndTok2Vec.v1`` (training passes this file with ``--code``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, ORTH, TAG
from spacy.ml.featureextractor import FeatureExtractor
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d


@registry.architectures("briefing.DocTensor.v1")
def doc_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """Each document's ``tensor`` (zeros when a document has none); nothing to learn."""

    def forward(model: Model, docs: list[Doc], is_train: bool):  # noqa: ARG001  thinc's signature
        out = [
            model.ops.asarray2f(doc.tensor)
            if doc.tensor.shape == (len(doc), width)
            else model.ops.alloc2f(len(doc), width)
            for doc in docs
        ]
        return out, lambda _d_out: []

    return Model("doc_tensor", forward, dims={"nO": width})


@registry.architectures("briefing.TensorAndTok2Vec.v1")
def tensor_and_tok2vec(width: int, tok2vec: Model) -> Model[list[Doc], list[Floats2d]]:
    """``doc.tensor`` (fixed) side by side with a trainable ``tok2vec``."""
    tensor = doc_tensor(width)

    def forward(model: Model, docs: list[Doc], is_train: bool):
        fixed, _ = tensor(docs, is_train)
        learned, backprop_learned = tok2vec(docs, is_train)
        out = [model.ops.xp.hstack((a, b)) for a, b in zip(fixed, learned, strict=True)]

        def backprop(d_out: list[Floats2d]) -> list:
            return backprop_learned([d[:, width:] for d in d_out])

        return out, backprop

    def init(model: Model, X=None, Y=None) -> None:  # noqa: ARG001  thinc passes X= and Y=
        tok2vec.initialize(X=X)

    return Model(
        "tensor_and_tok2vec",
        forward,
        init=init,
        layers=[tensor, tok2vec],
        dims={"nO": width + tok2vec.get_dim("nO")},
    )


# -- parse features ---------------------------------------------------------------------------
# What the frozen vectors cannot see: the parse the main pipeline already made. Each token gets
# its dependency label, its tag, its label joined to its head's lemma ("nsubj" of "say"), the
# nearest cue word above it in the tree joined to the label of the branch it hangs from
# ("ccomp" under "warn": content; "nsubj" under "say": source) and whether it stands inside
# quotation marks. Computed with numpy over ``Doc.to_array``: about a millisecond an article.

_MIX = numpy.uint64(0x9E3779B97F4A7C15)
_DEPTH = 8
"""How far up the tree a cue word is looked for."""
_OPENING, _CLOSING, _STRAIGHT = "“‘«", "”’»", '"'


def _cue_lemmas() -> numpy.ndarray:
    from briefing.analysis.lexicon import lexicon

    words = lexicon()
    lemmas = set(words.cue_verbs) | set(words.cue_nouns) | {"accord"}
    return numpy.array(sorted(get_string_id(w) for w in lemmas), dtype=numpy.uint64)


_MARK_IDS = numpy.array(
    sorted(get_string_id(c) for c in _OPENING + _CLOSING + _STRAIGHT), dtype=numpy.uint64
)


def _quoted(doc: Doc) -> numpy.ndarray:
    """1 for tokens inside quotation marks, 2 for the marks themselves, 0 elsewhere; a blank
    line ends an unclosed quote. Only the marks and the spaces are visited."""
    out = numpy.zeros(len(doc), dtype=numpy.uint64)
    arr = doc.to_array([ORTH, IS_SPACE])
    marks = numpy.isin(arr[:, 0], _MARK_IDS)
    inside, start = False, 0
    for i in numpy.flatnonzero(marks | (arr[:, 1] != 0)).tolist():
        text = doc[i].text
        if marks[i]:
            if inside:
                out[start:i] = 1
            out[i] = 2
            inside = text in _OPENING or (text == _STRAIGHT and not inside)
            start = i + 1
        elif inside and "\n\n" in text:
            out[start : i + 1] = 1
            inside = False
    if inside:
        out[start:] = 1
    return out


COLUMNS = 5


def parse_features(doc: Doc, cue_lemmas: numpy.ndarray) -> numpy.ndarray:
    """Parse feature columns (uint64 hashes) per token of ``doc``, zeros where it has no parse:
    dependency label, tag, label + head lemma, label + the cue word above, inside quotes."""
    n = len(doc)
    out = numpy.zeros((n, COLUMNS), dtype=numpy.uint64)
    if not n:
        return out
    out[:, 4] = _quoted(doc)
    if not doc.has_annotation("DEP"):
        return out
    arr = doc.to_array([HEAD, DEP, TAG, LEMMA]).astype(numpy.uint64)
    rel, dep, tag, lemma = arr[:, 0].astype(numpy.int64), arr[:, 1], arr[:, 2], arr[:, 3]
    head = numpy.arange(n) + rel
    out[:, 0] = dep
    out[:, 1] = tag
    out[:, 2] = dep * _MIX + lemma[head]
    out[:, 3] = _above(numpy.isin(lemma, cue_lemmas), head, dep, lemma)
    return out


def _above(
    target: numpy.ndarray, head: numpy.ndarray, dep: numpy.ndarray, lemma: numpy.ndarray
) -> numpy.ndarray:
    """For each token, the nearest ``target`` token above it in the tree (within ``_DEPTH``
    steps), as the label of the branch the token hangs from joined to that word's lemma."""
    n = len(head)
    child, above = numpy.arange(n), head.copy()
    found = numpy.zeros(n, dtype=numpy.uint64)
    pending = numpy.ones(n, dtype=bool)
    for _ in range(_DEPTH):
        hit = pending & target[above] & (above != child)
        found[hit] = dep[child[hit]] * _MIX + lemma[above[hit]] + numpy.uint64(1)
        pending &= ~hit
        child, above = above, head[above]
    return found


@registry.architectures("briefing.ParseFeatures.v1")
def parse_feature_extractor(attrs: list[str]) -> Model[list[Doc], list[Ints2d]]:
    """The lexical ``attrs`` (as spaCy's ``FeatureExtractor`` reads them) followed by the
    parse columns of ``parse_features``."""
    lexical = FeatureExtractor(attrs)
    cues: list[numpy.ndarray] = []

    def forward(model: Model, docs: list[Doc], is_train: bool):
        if not cues:
            cues.append(_cue_lemmas())
        words, _ = lexical(docs, is_train)
        out = [
            model.ops.asarray(numpy.hstack((w.astype(numpy.uint64), parse_features(d, cues[0]))))
            for w, d in zip(words, docs, strict=True)
        ]
        return out, lambda _d_out: []

    return Model("parse_features", forward, layers=[lexical])


@registry.architectures("briefing.ParseHashEmbed.v1")
def parse_hash_embed(
    width: int, attrs: list[str], rows: list[int], parse_rows: list[int]
) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's ``MultiHashEmbed`` over the lexical ``attrs`` and the parse columns."""
    if len(rows) != len(attrs) or len(parse_rows) != COLUMNS:
        raise ValueError(f"rows must match attrs, and parse_rows have {COLUMNS} entries")
    tables = [*rows, *parse_rows]
    embeddings = [
        HashEmbed(width, size, column=i, seed=8 + i, dropout=0.0) for i, size in enumerate(tables)
    ]
    return chain(
        parse_feature_extractor(attrs),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(tables), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
