"""One body whose country its name writes two ways: "the US Supreme Court" and "the United
States Supreme Court", "the U.S. Navy" and "the United States Navy" are one party (and then
"the Supreme Court", "the Navy" after them are that one, by ``clusters``' rules for a name
inside or at the end of exactly one other)."""

from __future__ import annotations

from briefing.analysis.clusters import Cluster, merge_into
from briefing.analysis.polity import split_country


def country_spelling(name: str) -> str | None:
    """``name`` with the country it names ("US Supreme Court", "Supreme Court of the United
    States") written as the country's own name (``polity.split_country``), or None."""
    country, rest = split_country(name)
    return f"{country}|{rest}".casefold() if country is not None else None


def merge_country_spellings(clusters: dict[str, Cluster], assignment: dict[int, str]) -> None:
    """Organisations whose names differ only in how they write the country they open with
    are one cluster, the one named first."""
    owner: dict[str, str] = {}
    for key, c in sorted(clusters.items(), key=lambda kv: min(m.start for m in kv[1].mentions)):
        if c.kind != "ORG" or key.startswith("country:"):
            continue
        spellings = {s for n in c.names if (s := country_spelling(n))}
        into = next((owner[s] for s in spellings if owner.get(s) in clusters), None)
        if into is not None and into != key:
            merge_into(clusters, assignment, key, into)
            continue
        for s in spellings:
            owner.setdefault(s, key)
