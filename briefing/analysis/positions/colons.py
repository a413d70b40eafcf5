"""A name and a colon opening a quote: "Blackburn boss Mark Hughes: "Burnley are resolute
..."", the way sports reports round up what each manager said; the quote, to its closing
mark, is the content and the colon the cue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.positions.attribution import Attribution
from briefing.analysis.scan import tokens_where

_OPENING = frozenset({'"', "“", "'", "‘"})
_CLOSING = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def colon_quotes(doc: Doc) -> list[Attribution]:
    """Every quote a person's name and a colon open, the name heading its sentence with no
    verb before the colon (titles and a bullet may come first: "- Manchester United coach
    Sir Alex Ferguson:")."""
    found = []
    for colon in tokens_where(doc, "ORTH", (":",)):
        name = _speaker(colon)
        if name is None:
            continue
        end = _closing(doc[colon.i + 1])
        content = (doc[colon.i + 1].idx, end.idx + len(end))
        found.append(
            Attribution(
                [colon],
                ":",
                "PUNCT",
                source=name,
                content=[content],
                direct_quote=True,
                kind="colon",
            )
        )
    return found


def _speaker(colon: Token) -> Token | None:
    doc = colon.doc
    if colon.i == 0 or colon.i + 1 >= len(doc) or doc[colon.i + 1].text not in _OPENING:
        return None
    name = doc[colon.i - 1]
    if name.ent_type_ != "PERSON":
        return None
    before = [t for t in doc[colon.sent.start : colon.i] if not (t.is_punct or t.is_space)]
    return None if any(t.pos_ in ("VERB", "AUX") for t in before) else name


def _closing(opening: Token) -> Token:
    """The mark that closes the quote ``opening`` opens, else the last token of its
    paragraph."""
    doc = opening.doc
    mark = _CLOSING[opening.text]
    for t in doc[opening.i + 1 :]:
        if t.text == mark:
            return t
        if t.is_space and "\n" in t.text:
            return doc[t.i - 1]
    return doc[len(doc) - 1]
