"""Positions: who proposes, demands, supports, opposes, warns, commits or states what.

First version: no attribution extraction yet (issue 3 builds it); the interface is fixed so
that the rest of the pipeline, the store and the UI can rely on it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.parties import PartyResolution
from briefing.analysis.types import Position, Sentence


def extract_positions(
    doc: Doc, sentences: tuple[Sentence, ...], parties: PartyResolution
) -> tuple[Position, ...]:
    """Every attribution in ``doc``, with its source resolved to a party where possible."""
    return ()
