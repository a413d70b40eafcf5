"""Political parties' names the English model cut short: "Liberal Democrats" tagged
"Democrats" (or "Liberal" and "Democrats" apart) is the party the table names
(``data/political_parties.tsv``), not the US Democrats, and "Liberal Democrat leader Charles
Kennedy" holds "Liberal Democrat" whole."""

from __future__ import annotations

from spacy.tokens import Span

from briefing.analysis.names import political_parties


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
