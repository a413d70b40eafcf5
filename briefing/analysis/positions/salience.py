"""The company a description means ("the company said", "The firm added"): of those the
sentence and the one before name, the one the article has kept as its actor (most often the
subject of a verb so far, then the most often named, then the latest); with none named so
near, the one the article names most (``Pronouns.most_named``). Not simply the one named
last: "Time Warner said ... But its own internet business, AOL, had mixed fortunes. It lost
subscribers ... However, the company said" is Time Warner, and "Unilever ... [a structure]
like Shell's ... The company said" is Unilever. A public body is no company, whatever the model
tagged: "a probe by the US Securities Exchange Commission (SEC) ... the company said" is not
the SEC; nor is a sport's governing body a club ("The Football Association banned the striker
... The club said" is Chelsea's)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from briefing.analysis.positions.sources import SourceResolver

NEAR = 1
"""Sentences before the description's own in which the company it means may be named."""
PUBLIC = frozenset(
    {"commission", "department", "ministry", "committee", "court", "council", "parliament"}
    | {"senate", "congress", "authority", "agency", "regulator", "police", "government"}
    | {"university", "office", "tribunal", "inquiry", "bureau", "administration", "reserve"}
)
"""Words of the names of public bodies ("Federal Trade Commission", "Federal Reserve")."""
GOVERNING = frozenset({"league", "association", "federation", "union", "board"})
"""Words of the names of the bodies that run a sport: no club ("the Premier League")."""


def company_meant(sources: SourceResolver, token: Token, fits: Callable[[str], bool]) -> str | None:
    """The fitting party the description ``token`` means (module rule)."""
    here = sources.sentence_of[token.i]
    public = PUBLIC | GOVERNING if token.lemma_.lower() in ("club", "team") else PUBLIC

    def company(party: str) -> bool:
        return fits(party) and not public & sources.names.get(party, set())

    before = [m for m in sources.mentions if m.token < token.i and company(m.party)]
    near = {m.party for m in before if here - m.sentence <= NEAR}
    if not near:
        return sources.most_named(token, company)
    acted = Counter(m.party for m in before if m.subject)
    named = Counter(m.party for m in before)
    last = {m.party: m.token for m in before}
    return max(near, key=lambda party: (acted[party], named[party], last[party]))
