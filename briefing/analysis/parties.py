"""Parties: one per real-world actor, gathered from an article's named entities.

"Putin", "Vladimir Putin" and "Putin's" are one person; "Russian", "Russia" and "the
Kremlin" are one country (a table in ``data/countries.tsv``); titles and roles are stripped
("Russian President Vladimir Putin" is Vladimir Putin, affiliated to Russia). Entities that do
not act (dates, numbers, places that only locate events) get no party.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefing.analysis.actors import lookup_country
from briefing.analysis.affiliation import affiliation_entity, one_word_actors
from briefing.analysis.clusters import (
    Cluster,
    absorb_inner_names,
    absorb_last_words,
    absorb_surnames,
    cluster_persons,
    merge_known_names,
    merge_same_names,
)
from briefing.analysis.country_spellings import merge_country_spellings
from briefing.analysis.entities import entity_spans, never_acts
from briefing.analysis.groups import administration, group_of
from briefing.analysis.initialisms import absorb_acronyms
from briefing.analysis.kinds import (
    club_named,
    firm_named,
    kin_named,
    listed_with_bodies,
    owns_its,
    platform_named,
    player_named,
    staffed,
    team_named,
    titled_person,
    which_named,
)
from briefing.analysis.names import (
    TITLES,
    party_name,
    party_title,
    person_name,
    political_parties,
    same_party,
    slugify,
)
from briefing.analysis.names import bare as _bare
from briefing.analysis.names import clean as _clean
from briefing.analysis.scan import tokens_where
from briefing.analysis.types import Entity, Party

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Grammatical roles in which a place acts rather than locates ("Russia said", "Russia's plan").
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj"})
__all__ = ["TITLES", "PartyResolution", "resolve_parties", "slugify"]


def _is_dateline(span: Span) -> bool:
    """ "ISTANBUL, Turkey — ..." at the head of an article places the story; it does not act."""
    following = span.doc[span.end : span.end + 5]
    return span.start < 6 and any(
        t.text in ("—", "–", "--", "(AP)", "(Reuters)") for t in following
    )


def _places_a_town(span: Span) -> bool:
    """ "Seattle, Washington was also proposed": a state named after its town, where the parser
    may take it for the subject."""
    doc = span.doc
    return (
        span.start > 1
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].ent_type_ == "GPE"
    )


def _is_actor_role(span: Span) -> bool:
    if _is_dateline(span) or _places_a_town(span):
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    if token.dep_ == "appos" and token.head.dep_ in ACTOR_DEPS:
        return True  # "US state Texas has filed a lawsuit"
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"


@dataclass(frozen=True)
class PartyResolution:
    """The parties of one article, and which entity (and token) belongs to which."""

    entities: tuple[Entity, ...]
    parties: tuple[Party, ...]
    party_of_token: dict[int, str]
    """Token index -> party id, for every token inside an entity that names a party."""
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Party id of a group -> the parties it is made of ("europe" -> "germany", "france")."""

    def affiliation_of(self, party_id: str | None) -> str | None:
        """The party ``party_id`` is affiliated to ("dmitry-peskov" -> "russia"), if any."""
        return next((p.affiliation for p in self.parties if p.id == party_id), None)


def _with_article(mention: Span) -> str | None:
    """ "the Senate" as written, when the model tagged "Senate" alone: a name the article
    uses for the party too."""
    doc = mention.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is None or before.lower_ != "the" or mention[0].lower_ == "the":
        return None
    return f"{before.text} {_clean(mention.text)}"


def _with_title(mention: Span) -> str | None:
    """ "Lord Falconer" as written, when the model tagged "Falconer" alone: a person's title
    is part of how the article names them."""
    doc = mention.doc
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is None or not before.is_title or before.lower_.rstrip(".") not in TITLES:
        return None
    return f"{before.text} {_clean(mention.text)}"


def _with_owner(mention: Span) -> str | None:
    """ "Iraq's Ministry of Communications" as written, when the model tagged the ministry
    alone: the country a body belongs to is part of how the article names it."""
    doc = mention.doc
    if mention.start < 2 or doc[mention.start - 1].tag_ != "POS":
        return None
    owner = mention.start - 1
    ent = next((e for e in doc.ents if e.end == owner and e.label_ == "GPE"), None)
    if ent is None:
        return None
    return f"{ent.text}{doc[owner].text} {_clean(mention.text)}"


_BODY_NOUNS = frozenset({"movement", "group", "militia", "party", "organisation", "organization"})


def _with_noun(mention: Span) -> str | None:
    """ "Houthi movement" as written, when the model tagged "Houthi" alone."""
    doc = mention.doc
    after = doc[mention.end] if mention.end < len(doc) else None
    if after is None or after.lemma_.lower() not in _BODY_NOUNS or mention.root.head != after:
        return None
    return f"{_clean(mention.text)} {after.text}"


def resolve_parties(doc: Doc) -> PartyResolution:
    """Group the entities of ``doc`` into parties, one per actor."""
    clusters: dict[str, Cluster] = {}
    assignment: dict[int, str] = {}  # entity index -> cluster key
    ents = entity_spans(doc)

    def cluster(key: str, kind: str) -> Cluster:
        return clusters.setdefault(key, Cluster(key, kind))

    persons: list[tuple[int, str]] = []
    extra: dict[int, str] = {}  # token index -> cluster key, for words of group descriptions
    bodies = {_clean(e.text).casefold() for e in ents if e.label_ == "ORG"}
    for i, ent in enumerate(ents):
        if ent.label_ not in ACTOR_LABELS or never_acts(ent):
            continue
        name = _clean(ent.text)
        if not name or not any(c.isalpha() for c in name):
            continue
        match = lookup_country(name)
        if match and ent.label_ != "PERSON":
            # A country is an actor of the news; a capital only when it acts ("Moscow said").
            capital = match.how == "institution" and ent.label_ in ("GPE", "LOC")
            if (capital and not _is_actor_role(ent)) or _is_dateline(ent):
                continue
            c = cluster("country:" + match.country.name, "GPE")
            c.canonical = match.country.name
        elif ent.label_ == "PERSON" and (group := administration(ent)) is not None:
            c = cluster("group:" + group.name.casefold(), "ORG")
            c.canonical = c.canonical or group.name
            extra.update(dict.fromkeys(group.tokens, c.key))
            name = group.name
        elif ent.label_ == "PERSON":
            persons.append((i, person_name(name)))
            continue
        elif ent.label_ in ("GPE", "LOC", "FAC") and _modifies(ent) and name.casefold() in bodies:
            c = cluster("org:" + name.casefold(), "ORG")  # "A Delta spokesperson", tagged a
            # place where the article tags "Delta" an organisation elsewhere
        elif ent.label_ in ("GPE", "LOC", "FAC") and not _is_actor_role(ent):
            continue
        elif ent.label_ == "NORP":
            c = cluster("norp:" + name.casefold().rstrip("s"), "NORP")
        else:
            c = cluster(ent.label_.lower() + ":" + name.casefold(), ent.label_)
        c.names[name] += 1
        c.labels[ent.label_] += 1
        c.mentions.append(ent)
        assignment[i] = c.key

    firms = frozenset(i for i, _ in persons if firm_named(ents[i]))
    cluster_persons(ents, persons, clusters, assignment, firms)
    absorb_surnames(clusters, assignment)
    absorb_acronyms(clusters, assignment)
    merge_country_spellings(clusters, assignment)
    absorb_last_words(clusters, assignment)
    absorb_inner_names(clusters, assignment)
    merge_known_names(clusters, assignment, same_party())
    merge_same_names(clusters, assignment)
    members = _add_groups(doc, ents, clusters, assignment, extra)
    return _build(ents, clusters, assignment, extra, members)


def _modifies(ent: Span) -> bool:
    """A name set before a noun ("Delta" of "A Delta spokesperson")."""
    return ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN"


_GOVERNMENTS = frozenset({"government", "administration"})


def _add_groups(
    doc: Doc,
    ents: list[Span],
    clusters: dict[str, Cluster],
    assignment: dict[int, str],
    extra: dict[int, str],
) -> dict[str, tuple[str, ...]]:
    """Group descriptions join the party they stand for, or found one (see ``groups``)."""
    key_at = {t: key for i, key in assignment.items() for t in range(ents[i].start, ents[i].end)}
    key_at.update(extra)
    countries = {c.canonical: k for k, c in clusters.items() if k.startswith("country:")}
    members: dict[str, tuple[str, ...]] = {}
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN")):
        if token.i in key_at:
            continue
        group = group_of(token, key_at, countries)
        if group is None:
            continue
        key = group.party_key or "group:" + group.name.casefold()
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = Cluster(key, group.kind)
            c.canonical = group.name
        elif (
            key.startswith("norp:")
            and not c.canonical
            and group.phrase.root.lower_ not in TITLES
            and not (group.phrase.root.lemma_ in _GOVERNMENTS and any(map(party_name, c.names)))
        ):
            c.canonical = group.name  # "Western allies", not "Western"; but "Liberal Democrat
            # leader" (Charles Kennedy) is no name of the Liberal Democrats, nor "a future Tory
            # government" (one the party would form) of the Tories
        c.mentions.append(group.phrase)
        for t in group.tokens:
            extra[t] = key_at[t] = key
        if group.members:
            members[key] = tuple(dict.fromkeys(members.get(key, ()) + group.members))
    return members


def _kind(c: Cluster) -> str:
    """The label most mentions carry; a demonym alone does not make a country a NORP, and a
    country the model tagged as an organisation ("Samoa declared") is a country."""
    if c.key.startswith("country:") and c.kind == "GPE":
        return "GPE"
    labels = Counter({k: v for k, v in c.labels.items() if k != "NORP" or c.kind == "NORP"})
    return labels.most_common(1)[0][0] if labels else c.kind


def _name(c: Cluster) -> str:
    """The name a party is listed by: the group's, else its name written most (the longest of
    those), a political party's own for an adjective ("Tory": ``party_title``); a first name
    alone with its family's ("Nogar's son Stephen": ``kin_named``)."""
    name = c.canonical or max(c.names, key=lambda n: (c.names[n], len(n)))
    if c.kind == "PERSON" and " " not in name:
        name = next(filter(None, map(kin_named, c.mentions)), name)
    if c.kind == "ORG" and not c.canonical:
        name = next((n for n in map(_named_with_s, c.mentions) if _clean(n) == name), name)
    return party_title(name) if c.kind in ("NORP", "ORG") else name


def _named_with_s(mention: Span) -> str:
    """ "McDonald's announced", "Sainsbury's said": a firm's name that ends in "'s", which the
    model tags as part of the name or which does what the verb after it says; else "" (not
    "the Kremlin's plan", "it is Sony's which is", "not Sony's,")."""
    doc, end = mention.doc, mention.end
    if end + 1 >= len(doc) or doc[end].text not in ("'s", "’s"):
        return ""
    if mention.root.dep_ == "poss" or doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return ""  # "Tesco's profits rose", whatever the parse
    acts = mention.root.dep_ in ("nsubj", "nsubjpass") and doc[end + 1].pos_ == "VERB"
    return _clean(mention.text) + doc[end].text if doc[end].ent_iob_ == "I" or acts else ""


def _party_kind(key: str, c: Cluster) -> str:
    kind = c.kind if c.kind == "PERSON" or key.startswith("group:") else _kind(c)
    named = any(
        firm_named(m)
        or team_named(m)
        or club_named(m)
        or platform_named(m)
        or owns_its(m)
        or staffed(m)
        or which_named(m)
        for m in c.mentions
    )
    named = named or bool(c.mentions) and all(map(listed_with_bodies, c.mentions))
    politics = bool(c.mentions) and all(  # "Labour and the Tories": a party, not a man
        _clean(m.text).casefold() in political_parties() for m in c.mentions
    )
    named = named or politics
    if (
        kind == "ORG"
        and not key.startswith("group:")
        and (player_named(c.mentions) or titled_person(c.mentions))
    ):
        return "PERSON"
    return "ORG" if kind == "PERSON" and named else kind


def _aliases(name: str, c: Cluster) -> tuple[str, ...]:
    """Every way the article names the party, as written."""
    found = {
        name,
        *c.names,
        *(_clean(m.text) for m in c.mentions),
        *(_bare(m.text) for m in c.mentions),
        *(_named_with_s(m) or None for m in c.mentions if c.kind == "ORG"),
        *(_with_article(m) for m in c.mentions if c.kind != "PERSON"),
        *(_with_title(m) for m in c.mentions if c.kind == "PERSON"),
        *(_with_noun(m) for m in c.mentions if c.kind != "PERSON"),
        *(_with_owner(m) for m in c.mentions if c.kind == "ORG"),
    }
    return tuple(sorted(found - {None}))


def _build(
    ents: list[Span],
    clusters: dict[str, Cluster],
    assignment: dict[int, str],
    extra: dict[int, str],
    members: dict[str, tuple[str, ...]],
) -> PartyResolution:
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for key, c in sorted(clusters.items(), key=lambda kv: kv[1].mentions[0].start):
        name = _name(c)
        slug, n = slugify(name), 2
        while slug in ids.values():
            slug, n = f"{slugify(name)}-{n}", n + 1
        ids[key] = slug
        names[key] = name
    ent_party = {i: ids[key] for i, key in assignment.items()}
    span_party = {(ents[i].start, ents[i].end): pid for i, pid in ent_party.items()}

    named, word_party = one_word_actors(ents, ent_party)
    parties = []
    for key, c in clusters.items():
        affiliation = None
        for mention in c.mentions:
            if c.kind == "GPE":
                break
            ent = affiliation_entity(mention, named)
            if ent is None:
                continue
            pid = span_party.get((ent.start, ent.end)) or word_party.get(ent.text)
            if pid and pid != ids[key]:
                affiliation = pid
                break
        kind = _party_kind(key, c)
        parties.append(
            Party(ids[key], names[key], kind, _aliases(names[key], c), affiliation, len(c.mentions))
        )
    parties.sort(key=lambda p: -p.mentions)

    entities = tuple(
        Entity(e.start_char, e.end_char, e.text, e.label_, ent_party.get(i))
        for i, e in enumerate(ents)
    )
    party_of_token = {
        t: pid for i, pid in ent_party.items() for t in range(ents[i].start, ents[i].end)
    }
    party_of_token.update({t: ids[key] for t, key in extra.items()})
    group_members = {
        ids[key]: tuple(ids[m] for m in ms if m in ids) for key, ms in members.items() if key in ids
    }
    return PartyResolution(entities, tuple(parties), party_of_token, group_members)
