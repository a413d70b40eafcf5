"""The writing "it" stands for: "Barrientos' Facebook profile says she hails from the Dominican
Republic ... It also says", "The lawsuit seeks to force Wal-Mart ... It also seeks damages".
When the subject nearest before "it" (in its own sentence, else the main one of the sentence
before) is a document or writing (``documents.made``), "it" is that writing, and speaks for
whoever made it; a party named further back is not what "it" means."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from briefing.analysis.positions.documents import made
from briefing.analysis.positions.speakers import SUBJECT_DEPS


def writing_meant(it: Token, sentences: Sequence[Span], here: int) -> Token | None:
    """The writing ``it`` (in sentence ``here``) refers to, or None."""
    if it.lower_ != "it" or it.dep_ not in SUBJECT_DEPS:
        return None
    before = [t for t in sentences[here] if t.i < it.i and t.dep_ in SUBJECT_DEPS]
    if not before and here > 0:
        root = sentences[here - 1].root
        before = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
    if not before:
        return None
    subject = before[-1]
    return subject if subject.pos_ == "NOUN" and made(subject.lemma_.lower()) else None
