"""Groups of actors named by a description: "European leaders", "Ukrainian officials",
"leaders from Germany, France, the United Kingdom, and Poland", "the Biden administration".

A group is a party, or a member of one, by a rule a reader can check:
- a group noun qualified by a country or bloc ("Ukrainian officials", "European leaders")
  speaks for that country or bloc: the noun joins its party;
- a group noun qualified by a people that is no country ("Western allies") is a party of
  its own, named by the phrase;
- a group noun "from" several countries is the region they all belong to (``regions.tsv``:
  Germany, France, the UK and Poland are Europe), or else a coalition party named by the
  phrase, whose members are those countries;
- a person's administration, government or campaign ("the Biden administration") is an
  organisation of its own, named "<surname> administration".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from briefing.analysis.names import QUANTITIES

GROUP_NOUNS = frozenset(
    {
        "leader",
        "official",
        "ally",
        "authority",
        "government",
        "minister",
        "diplomat",
        "negotiator",
        "lawmaker",
        "legislator",
        "power",
        "nation",
        "country",
        "partner",
        "member",
        "representative",
        "delegation",
        "force",
        "troop",
        "envoy",
        "politician",
        "counterpart",
    }
)
ADMINISTRATION_NOUNS = frozenset(
    {"administration", "government", "campaign", "cabinet", "presidency", "camp", "team"}
)


@dataclass(frozen=True)
class Group:
    """A group description: the words it covers and the party it is (or founds)."""

    tokens: tuple[int, ...]
    """Token indices that name the group, outside the entities it contains."""
    phrase: Span
    party_key: str | None
    """The cluster of an existing party the group stands for, or None for a new party."""
    name: str
    kind: str
    members: tuple[str, ...] = ()
    """Cluster keys of the countries a group "from" several countries is made of."""


@cache
def regions() -> dict[str, frozenset[str]]:
    text = resources.files("briefing.analysis").joinpath("data/regions.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {name: frozenset(m.strip() for m in members.split(";")) for name, members in rows}


def _phrase(head: Token) -> Span:
    """The noun phrase of ``head`` without relative clauses or what follows a comma aside."""
    skip = ("relcl", "acl", "punct", "cc", "conj", "appos")
    tokens = [head, *(t for c in head.children if c.dep_ not in skip for t in c.subtree)]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    span = head.doc[start:end]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def administration(ent: Span) -> Group | None:
    """ "the Biden administration", "Trump's campaign": the person's organisation; so too
    before the noun the parser hung both on ("Biden campaign officials"), when the article
    names the person in full (a club the model took for a person is not: "Leicester team
    doctor")."""
    noun = ent.root.head
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    flat = after is not None and after.dep_ == "compound" and after.head == noun != after
    if flat and after.lemma_.lower() in ADMINISTRATION_NOUNS and _named_in_full(ent):
        noun = after  # "Biden campaign officials": the campaign's officials (not "Leicester
        # team doctor")
    if noun.i == ent.root.i or noun.lemma_.lower() not in ADMINISTRATION_NOUNS:
        return None
    if ent.root.dep_ not in ("compound", "poss"):
        return None
    surname = ent.text.split()[-1].removesuffix("’s").removesuffix("'s")
    phrase = ent.doc[ent.start : noun.i + 1] if noun is after else _phrase(noun)
    inside = set(range(ent.start, ent.end))
    tokens = tuple(t.i for t in phrase if t.i not in inside)
    name = f"{surname} {noun.lemma_.lower()}"
    return Group(tokens, phrase, None, name, "ORG")


def _named_in_full(ent: Span) -> bool:
    """The article names the person ``ent`` ends with in full ("Joe Biden" for "Biden")."""
    last = ent[-1].text
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last for e in ent.doc.ents)


def group_of(
    head: Token, party_key_at: dict[int, str], country_key: dict[str, str]
) -> Group | None:
    """The group that ``head`` (a group noun) names, given the parties of entity tokens.

    ``country_key`` maps a country's name to its cluster key, for regions.
    """
    if head.lemma_.lower() not in GROUP_NOUNS or head.i in party_key_at:
        return None
    phrase = _phrase(head)
    qualifiers = [
        c for c in head.children if c.dep_ in ("amod", "compound") and c.i in party_key_at
    ]
    if qualifiers:
        key = party_key_at[qualifiers[0].i]
        own = (qualifiers[0].i,)
        if key.startswith("norp:"):  # a people that is no country: the group is its own party
            return Group(_own(phrase, own), phrase, key, _name(phrase), "NORP")
        return Group(_own(phrase, own), phrase, key, phrase.text, "GPE")
    members: list[str] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                for t in (pobj, *pobj.conjuncts, *head.conjuncts):
                    key = party_key_at.get(t.i)
                    if key and key.startswith("country:") and key not in members:
                        members.append(key)
    if len(members) < 2:
        return None
    # "leaders from Germany, ..., and Poland": the parser may hang the last one on the noun
    last = max([t.i for t in head.conjuncts if party_key_at.get(t.i) in members] + [phrase.end - 1])
    phrase = head.doc[phrase.start : last + 1]
    names = {m.removeprefix("country:") for m in members}
    tokens = _own(phrase, tuple(t.i for t in phrase if t.i in party_key_at))
    for region, countries in regions().items():
        if names <= countries and region in country_key:
            return Group(tokens, phrase, country_key[region], region, "GPE", tuple(members))
        if names <= countries:
            return Group(tokens, phrase, "country:" + region, region, "GPE", tuple(members))
    return Group(tokens, phrase, None, _name(phrase), "GROUP", tuple(members))


def _name(phrase: Span) -> str:
    """A group's name: its phrase less the articles and quantities it opens with ("Some senior
    Conservative members" -> "Senior Conservative members")."""
    start = phrase.start
    while start < phrase.end - 1 and (
        phrase.doc[start].pos_ in ("DET", "NUM") or phrase.doc[start].lower_ in QUANTITIES
    ):
        start += 1
    name = phrase.doc[start : phrase.end].text
    return name[:1].upper() + name[1:]


def _own(phrase: Span, taken: tuple[int, ...]) -> tuple[int, ...]:
    """The group noun and its determiners: the words a source resolution looks at."""
    head = phrase.root
    return tuple(
        sorted(
            {head.i}
            | {c.i for c in head.children if c.dep_ in ("det", "amod") and c.i not in taken}
        )
    )
