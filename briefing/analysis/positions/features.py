"""The attribution tagger's input: the English pipeline's token vectors, read from ``doc.tensor``,
beside a small trainable token encoder of its own.

The tagger is trained on the frozen ``tok2vec`` of ``en_core_web_sm``, so at run time it reuses
the vectors the main parse already computed (``doc.tensor``) instead of computing them again;
that keeps attribution cheap. Registered as spaCy architectures ``briefing.DocTensor.v1`` and
``briefing.TensorAndTok2Vec.v1`` (training passes this file with ``--code``).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model
from thinc.types import Floats2d


@registry.architectures("briefing.DocTensor.v1")
def doc_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """Each document's ``tensor`` (zeros when a document has none); nothing to learn."""

    def forward(model: Model, docs: list[Doc], is_train: bool):
        out = [
            model.ops.asarray2f(doc.tensor)
            if doc.tensor.shape == (len(doc), width)
            else model.ops.alloc2f(len(doc), width)
            for doc in docs
        ]
        return out, lambda d_out: []

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

    def init(model: Model, X=None, Y=None) -> None:
        tok2vec.initialize(X=X)

    return Model(
        "tensor_and_tok2vec",
        forward,
        init=init,
        layers=[tensor, tok2vec],
        dims={"nO": width + tok2vec.get_dim("nO")},
    )
