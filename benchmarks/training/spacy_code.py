"""Code ``spacy train`` loads (``--code benchmarks/training/spacy_code.py``): the tagger's
architectures and a corpus reader that keeps the parse stored in the DocBins.

spaCy's own reader re-tokenises each text, so the documents the model learns from would have
no parse; the tagger's features read the parse (``briefing.ParseHashEmbed.v1``), so this reader
hands the stored, parsed document over with its entities (the gold spans) cleared.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import registry

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from briefing.analysis.positions import features  # noqa: E402, F401  (registers architectures)


@registry.readers("briefing.ParsedCorpus.v1")
def parsed_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    def read(nlp: Language) -> Iterator[Example]:
        for reference in DocBin().from_disk(path).get_docs(nlp.vocab):
            predicted = reference.copy()
            predicted.set_ents([], default="missing")
            yield Example(predicted, reference)

    return read
