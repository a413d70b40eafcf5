"""The trained attribution tagger: CUE / SOURCE / CONTENT spans, learned from PolNeAR train.

A small spaCy pipeline (a transition-based span tagger over the English pipeline's frozen
token vectors and a small encoder of its own; see ``models/attribution/MODEL_CARD.md`` and
``benchmarks/training/``) shipped inside the package. It reads the same tokens as the main parse,
in a document of its own so that its spans never replace the named entities, and reuses the main
parse's vectors (``doc.tensor``) when they are the ones it was trained on. When the model is
absent or fails to load, attribution runs on rules alone.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from briefing.analysis.positions import features  # noqa: F401  (registers the architecture)

log = logging.getLogger(__name__)

MODEL = "models/attribution"
_lock = threading.Lock()
_models: dict[int, tuple[Vocab, Language | None]] = {}


@dataclass(frozen=True)
class Tagged:
    label: str
    """``CUE``, ``SOURCE`` or ``CONTENT``."""
    start: int
    end: int
    """Token indices into the main document, end exclusive."""


def model_path() -> Path:
    return Path(str(resources.files("briefing.analysis").joinpath(MODEL)))


def tagger(vocab: Vocab) -> Language | None:
    """The tagger pipeline over ``vocab`` (the main pipeline's, so that a document is copied
    cheaply), loaded once per vocabulary; None when it is not there."""
    with _lock:
        cached = _models.get(id(vocab))
        if cached is None or cached[0] is not vocab:
            path = model_path()
            try:
                # the main pipeline's vocabulary and tokenizer serve: skipping the shipped ones
                # makes loading three times faster (0.1 s instead of 0.3 s at start-up)
                model = (
                    spacy.load(path, vocab=vocab, exclude=["tokenizer", "vocab"])
                    if (path / "config.cfg").is_file()
                    else None
                )
            except (OSError, ValueError) as exc:
                log.warning("attribution tagger at %s could not be loaded: %s", path, exc)
                model = None
            cached = _models[id(vocab)] = (vocab, model)
        return cached[1]


def missing(vocab: Vocab) -> str | None:
    """What the reader should know when the shipped tagger cannot be loaded (None when it
    is there): positions then come from the rules alone, and miss more."""
    if tagger(vocab) is not None:
        return None
    return (
        f"the attribution tagger ({model_path()}) could not be loaded: positions come from "
        "the rules alone and will miss more; reinstall briefing to restore it"
    )


_PROBE = 48
_same_vectors: dict[int, tuple[Vocab, bool]] = {}
_vectors_lock = threading.Lock()


def _shares_vectors(nlp: Language, doc: Doc) -> bool:
    """Whether ``doc.tensor`` holds the vectors the tagger was trained on: the main pipeline
    is the English pipeline whose frozen ``tok2vec`` the tagger reads. Checked once per
    pipeline (vocabulary) by recomputing the first tokens' vectors; worker threads share the
    answer."""
    with _vectors_lock:
        cached = _same_vectors.get(id(doc.vocab))
        if cached is None or cached[0] is not doc.vocab:
            width = nlp.get_pipe("tok2vec").model.get_dim("nO")
            if doc.tensor.shape != (len(doc), width) or len(doc) < _PROBE:
                return False  # decide on a document long enough to tell
            probe = nlp.get_pipe("tok2vec")(doc[:_PROBE].as_doc())
            rows = _PROBE // 2
            same = bool(numpy.allclose(probe.tensor[:rows], doc.tensor[:rows], atol=1e-4))
            cached = _same_vectors[id(doc.vocab)] = (doc.vocab, same)
    return cached[1] and doc.tensor.shape[0] == len(doc)


def tag(doc: Doc) -> list[Tagged]:
    """The tagger's spans over the tokens of ``doc`` (read from a copy: the named entities of
    ``doc`` are never touched)."""
    return tag_many([doc])[0]


def load(path: Path, vocab: Vocab) -> Language:
    """Another trained tagger (a spaCy model directory) over ``vocab``: what the positions
    benchmark's ``--tagger DIR`` compares with the shipped one."""
    return spacy.load(path, vocab=vocab, exclude=["tokenizer", "vocab"])


def tag_many(
    docs: list[Doc], batch_size: int = 32, model: Language | None = None
) -> list[list[Tagged]]:
    """``tag`` for several documents at once: the tagger steps through a batch together,
    which costs less than one document at a time. ``model``: another tagger than the
    shipped one."""
    nlp = model or (tagger(docs[0].vocab) if docs else None)
    if nlp is None:
        return [[] for _ in docs]
    copies = []
    for doc in docs:
        copy = doc.copy()
        copy.set_ents([], default="missing")  # the tagger's spans, not constrained by the NER's
        if len(doc) and not _shares_vectors(nlp, doc):
            copy = nlp.get_pipe("tok2vec")(copy)
        copies.append(copy)
    ner = nlp.get_pipe("ner")
    tagged = ner.pipe([c for c in copies if len(c)], batch_size=batch_size)
    return [
        [Tagged(e.label_, e.start, e.end) for e in next(tagged).ents] if len(c) else []
        for c in copies
    ]
