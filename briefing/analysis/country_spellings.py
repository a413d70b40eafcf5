"""One body whose country its name writes two ways: "the US Supreme Court" and "the United
States Supreme Court", "the U.S. Navy" and "the United States Navy" are one party (and then
"the Supreme Court", "the Navy" after them are that one, by ``clusters``' rules for a name
inside or at the end of exactly one other)."""

from __future__ import annotations

from briefing.analysis.actors import lookup_country
from briefing.analysis.clusters import Cluster, merge_into


def country_spelling(name: str) -> str | None:
    """``name`` with the country it opens with ("US", "U.S.", "United States") written as
    the country's own name, or None when it opens with none or is only the country."""
    words = name.split()
    for k in (3, 2, 1):
        if len(words) <= k:
            continue
        match = lookup_country(" ".join(words[:k]))
        if match is not None and match.how in ("name", "alias"):
            return f"{match.country.name}|{' '.join(words[k:])}".casefold()
    return None


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
