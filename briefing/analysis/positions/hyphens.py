"""Words the tokenizer splits at a hyphen ("co-chairman" as "co", "-", "chairman"), read as
one: the parser may hang the word's subject role or determiner on any of its pieces."""

from __future__ import annotations

from spacy.tokens import Token


def hyphenated(token: Token) -> list[Token]:
    """The words of the hyphenated word ``token`` (or the hyphen it is) is in: "co" and
    "chairman" of "co-chairman", which the tokenizer splits in three; else ``token`` alone."""
    doc = token.doc

    def joined(i: int) -> bool:  # doc[i] is a hyphen with no space either side
        inside = 0 < i < len(doc) - 1 and doc[i].text == "-"
        return inside and not (doc[i - 1].whitespace_ or doc[i].whitespace_)

    at = token.i + 1 if token.text == "-" and joined(token.i) else token.i
    start = end = at
    while joined(start - 1):
        start -= 2
    while joined(end + 1):
        end += 2
    return [doc[i] for i in range(start, end + 1, 2)]
