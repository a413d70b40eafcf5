"""Political parties' names the English model cut short: "Liberal Democrats" tagged
"Democrats" (or "Liberal" and "Democrats" apart) is the party the table names
(``data/political_parties.tsv``), not the US Democrats, and "Liberal Democrat leader Charles
Kennedy" holds "Liberal Democrat" whole; "Labour" left untagged is the party."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from briefing.analysis.names import political_parties
from briefing.analysis.scan import tokens_where


def _known(words: str) -> bool:
    name = words.casefold()
    return name in political_parties() or name + "s" in political_parties()


def whole_party_names(spans: list[Span]) -> list[Span]:
    """``spans`` (in text order) with a party's name run back over the capitalised words
    before it that make the name the table knows, untagged or tagged apart."""
    mended: list[Span] = []
    for span in spans:
        if span.label_ not in ("NORP", "ORG"):
            mended.append(span)
            continue
        doc, start = span.doc, span.start
        while start > 0 and doc[start - 1].is_title:
            if not _known(doc[start - 1 : span.end].text):
                break
            start -= 1
        if start == span.start:
            mended.append(span)
            continue
        while mended and mended[-1].end > start:  # "Liberal" tagged apart
            mended.pop()
        mended.append(Span(doc, start, span.end, span.label_))
    return mended


def untagged_parties(doc: Doc, spans: list[Span]) -> list[Span]:
    """A party the table names that the model left untagged ("Labour and the Conservatives
    are still telephoning", the model tagging only the Conservatives): an organisation, when
    it stands as a name of its own and not as a word on another ("Tory MPs"); read as a
    common noun, only in an article that names another party."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    others = {s.text.casefold() for s in spans} & political_parties()
    found = []
    for token in tokens_where(doc, "LOWER", _one_word_parties()):
        if token.i in taken or token.ent_type_ or token.pos_ not in ("PROPN", "NOUN"):
            continue
        if token.pos_ == "NOUN" and not others - {token.text.casefold()}:
            continue  # "Labour is cheap": a common noun, with no party named
        if not (token.is_title or token.is_upper) or token.dep_ in ("compound", "amod", "nmod"):
            continue
        near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if any(t.pos_ == "PROPN" and t.i not in taken for t in near):
            continue  # "Labour Day", "New Labour": a longer name
        if token.text.casefold() in political_parties():
            found.append(Span(doc, token.i, token.i + 1, "ORG"))
    return found


@cache
def _one_word_parties() -> tuple[str, ...]:
    """The parties named in one word ("labour", "tories"), for ``untagged_parties``."""
    return tuple(sorted(name for name in political_parties() if " " not in name))
