"""Names that list a portfolio: "the Department for Culture, Media and Sport said", where the
model tagged "the Department for Culture", "Media" and "Sport" apart, three parties where
there is one. An organisation's name with "for" or "of" in it, followed by ", Media and
Sport" (capitalised words, commas and a last "and", up to a lower-case word) runs to the
list's end; not when an item is a body of its own ("the Ministry of Defence, Home Office and
Treasury"), a place or a person ("the University of California, Berkeley and ...").

A minister's title that lists a portfolio is no party either: "Culture, Media and Sport
Secretary Tessa Jowell said" is Tessa Jowell's quote, not Culture's and Media's, and in
"Minister for Children, Young People and Families Margaret Hodge" the person is "Margaret
Hodge" (``portfolio_titles``); nor is one portfolio the model tagged as a body ("Defence
Secretary Geoff Hoon": no party "Defence", and Hoon on no side of that name)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import given_names
from briefing.analysis.names import political_parties
from briefing.analysis.scan import tokens_where

_BODY_WORDS = frozenset(
    {
        "office",
        "treasury",
        "department",
        "ministry",
        "agency",
        "council",
        "commission",
        "committee",
        "bank",
        "service",
        "party",
        "board",
        "authority",
        "court",
        "police",
        "university",
        "college",
        "institute",
        "school",
    }
)
"""An item ending in one of these names a body of its own, not a part of a portfolio."""
_NOT_ITEMS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})


def _item_end(doc: Doc, start: int) -> int | None:
    """The end of one to three capitalised words at ``start`` that are no body, place or
    person; None if there are none."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end == start or doc[end - 1].lower_ in _BODY_WORDS:
        return None
    if any(doc[i].ent_type_ in _NOT_ITEMS for i in range(start, end)):
        return None
    return end


def portfolio_end(doc: Doc, name: Span) -> int | None:
    """Where ``name`` ends when it lists a portfolio (``, Media and Sport``), else None."""
    if name.label_ != "ORG" or not any(t.lower_ in ("for", "of") for t in name[1:-1]):
        return None
    i, items = name.end, 0
    while i + 1 < len(doc) and doc[i].text == ",":
        end = _item_end(doc, i + 1)
        if end is None:
            return None
        i, items = end, items + 1
    if items == 0 or i >= len(doc) or doc[i].lower_ not in ("and", "&"):
        return None
    if doc[i].ent_iob_ == "I":  # the "&" of a name ("House of Fraser, Marks & Spencer")
        return None
    end = _item_end(doc, i + 1)
    if end is None or (end < len(doc) and doc[end].is_title):
        return None
    return end


def portfolio_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each name that lists a portfolio (``portfolio_end``) run to the list's
    end, in place of the spans the model tagged in the list."""
    for name in list(spans):
        end = portfolio_end(doc, name)
        if end is None:
            continue
        inside = [s for s in spans if name.end <= s.start and s.end <= end]
        across = [s for s in spans if name.end <= s.start < end and s.end > end]
        if across:
            continue
        whole = Span(doc, name.start, end, "ORG")
        spans = [s for s in spans if s is not name and s not in inside] + [whole]
    return sorted(spans, key=lambda s: s.start)


_HOLDERS = frozenset({"secretary", "minister"})
"""The titles a portfolio is named with, before ("Culture Secretary") or after ("Minister for
Children")."""


def _listed_before(doc: Doc, title: int) -> int | None:
    """Where a portfolio list that ends right before the title at ``title`` begins ("Culture,
    Media and Sport Secretary"): capitalised words joined by commas and one "and"; None when
    there is no such list."""
    i, joined = title, False
    while i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha:
        start = i - 1
        while start > 0 and title - start < 8 and doc[start - 1].is_title:
            start -= 1
        if start == 0 or doc[start - 1].lower_ not in (",", "and", "&"):
            return start if joined else None
        joined = joined or doc[start - 1].lower_ in ("and", "&")
        i = start - 1
    return None


def _listed_after(doc: Doc, title: int) -> int | None:
    """Where the last item of a list after "Minister for" begins ("Minister for Children,
    Young People and Families"), or None."""
    i = title + 2
    while i < len(doc) and doc[i].is_title:
        i += 1
        if i < len(doc) and doc[i].lower_ in (",", "and", "&"):
            last = doc[i].lower_ != ","
            i += 1
            if last:
                return i if i < len(doc) and doc[i].is_title else None
    return None


def portfolio_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` without the names tagged inside a minister's portfolio, and a person's name
    run into the portfolio's last item ("Families Margaret Hodge") cut to the person's."""
    for title in (t.i for t in tokens_where(doc, "LOWER", _HOLDERS) if t.is_title):
        if title + 1 < len(doc) and doc[title + 1].lower_ in ("for", "of"):
            start = _listed_after(doc, title)
            if start is not None:
                spans = _cut_at(doc, spans, title, start)
            continue
        if not any(s.start == title + 1 and s.label_ == "PERSON" for s in spans):
            continue  # a portfolio's holder is named next: "Sport Secretary Tessa Jowell"
        start = _listed_before(doc, title)
        if start is None:  # one portfolio: "Defence Secretary Geoff Hoon"
            spans = [s for s in spans if not _one_portfolio(s, title, spans)]
            continue
        inside = [s for s in spans if start <= s.start and s.end <= title]
        if all(
            s.label_ in ("ORG", "GPE") and s.text.casefold() not in political_parties()
            for s in inside
        ):
            spans = [s for s in spans if s not in inside]  # not "Labour and Home Secretary"
    return sorted(spans, key=lambda s: s.start)


def _one_portfolio(span: Span, title: int, spans: list[Span]) -> bool:
    """ "Defence" in "Defence Secretary Geoff Hoon", "Trade and Industry" in "Trade and
    Industry Secretary": a portfolio the model tagged as a body; not a body of its own ("US
    Treasury Secretary"), a party ("Labour minister"), a country ("Iraqi Minister") nor the
    department the article names, which its name ends ("Education Secretary" of "the
    Department for Education"; not "Home" of "the Home Office")."""
    if span.end != title:
        return False
    words = [t for t in span if t.lower_ not in ("the", "shadow", "new", "former")]
    named = span.text.casefold()
    department = any(o.label_ == "ORG" and o.text.casefold().endswith(" " + named) for o in spans)
    return (
        not department
        and span.label_ in ("ORG", "NORP")
        and bool(words)
        and all(t.is_title or t.lower_ == "and" for t in words)
        and words[-1].lower_ not in _BODY_WORDS
        and span.text.casefold() not in political_parties()
        and not any(t.ent_type_ in ("GPE", "LOC") for t in span)
        and lookup_country(span.text) is None  # "Iraqi Minister Hoshyar Zebari"
    )


def _cut_at(doc: Doc, spans: list[Span], title: int, start: int) -> list[Span]:
    """``spans`` without those inside the portfolio after the title at ``title``; the
    person's name that ``start``, its last item, runs into begins at a known first name."""
    kept = []
    for span in spans:
        if title <= span.start < start or (span.start == start and span.label_ != "PERSON"):
            continue
        if span.start == start:
            first = next((t.i for t in span[1:-1] if t.lower_ in given_names()), None)
            span = Span(doc, first, span.end, "PERSON") if first is not None else span
        kept.append(span)
    return kept
