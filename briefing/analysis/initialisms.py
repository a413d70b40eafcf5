"""Acronyms in an article's clusters: "USI" is "the University of Southern Indiana" when no
other name has those initials, and "Defra" written as a word is the body it abbreviates."""

from __future__ import annotations

from collections.abc import Iterable

from briefing.analysis.actors import lookup_country
from briefing.analysis.clusters import MINOR_WORDS, Cluster, long_words, merge_into


def initials(name: str) -> str:
    """The first letters of a name's words but its minor ones: "AK" of "Athletics Kenya"."""
    return "".join(w[0] for w in name.split() if w.lower() not in MINOR_WORDS and w[0].isalpha())


def all_initials(name: str) -> set[str]:
    """A name's initials, and those of its hyphenated words' parts too: "IADB" of the
    "Inter-American Development Bank", where "OECD" skips the "operation" of "Co-operation"."""
    found = {initials(name).upper(), initials(name.replace("-", " ")).upper()}
    first, _, rest = name.partition(" ")
    if len(rest.split()) > 1 and first.isupper() and lookup_country(first) is not None:
        found.add(initials(rest).upper())  # "FBI" of the "US Federal Bureau of Investigation"
    return found


def absorb_acronyms(clusters: dict[str, Cluster], assignment: dict[int, str]) -> None:
    """ "USI" is "the University of Southern Indiana" when no other name has those initials;
    so is an acronym written as a word ("Acpo", "Defra"), whatever the model tagged it."""
    by_initials: dict[str, set[str]] = {}
    for key, c in clusters.items():
        if c.kind in ("ORG", "GPE", "NORP", "FAC") and not c.canonical:
            for name in c.names:
                for letters in all_initials(name) if len(name.split()) > 1 else ():
                    by_initials.setdefault(letters, set()).add(key)
    for key, c in list(clusters.items()):
        if len(c.names) != 1 or (c.canonical and c.canonical not in c.names):
            continue
        (name,) = c.names
        worded = name.istitle() and 4 <= len(name) <= 6  # "Acpo", "Defra": the BBC's way
        if not ((name.isupper() or worded) and name.isalpha() and 2 <= len(name) <= 6):
            continue
        bracketed = _bracketed(clusters, c, name) if name.isupper() else set()
        owners = (by_initials.get(name.upper(), set()) or bracketed) - {key}
        owners = {k for k in owners if k in clusters}
        if len(owners) > 1 and _one_body(clusters[k] for k in owners):
            first, *others = sorted(owners)
            for other in others:
                merge_into(clusters, assignment, other, first)
            owners = {first}
        if len(owners) == 1:
            merge_into(clusters, assignment, key, next(iter(owners)))


def _one_body(owners: Iterable[Cluster]) -> bool:
    """Names with the same initials that are one body written two ways (``long_words``)."""
    words = {long_words(n) for c in owners for n in c.names if len(n.split()) > 1}
    return len(words) == 1 and None not in words


def _bracketed(clusters: dict[str, Cluster], acronym: Cluster, name: str) -> set[str]:
    """ "the Royal National Institute for Deaf People (RNID)": the body the acronym follows."""
    from briefing.analysis.scan import tokens_where  # (spaCy is imported only when parsing)

    doc = acronym.mentions[0].doc
    ends = {
        t.i - 2
        for t in tokens_where(doc, "ORTH", [name])
        if 2 <= t.i < len(doc) - 1 and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"
    }
    return {
        key
        for key, c in clusters.items()
        if c.kind == "ORG"
        and any(m.end - 1 in ends for m in c.mentions)
        and all(
            any(i.startswith(name[:2]) for i in all_initials(n))
            for n in c.names
            if len(n.split()) > 1
        )
    }
