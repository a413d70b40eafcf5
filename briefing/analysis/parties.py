"""Parties: one per real-world actor, gathered from an article's named entities.

"Putin", "Vladimir Putin" and "Putin's" are one person; "Russian", "Russia" and "the
Kremlin" are one country (a table in ``data/countries.tsv``); titles and roles are stripped
("Russian President Vladimir Putin" is Vladimir Putin, affiliated to Russia). Entities that do
not act (dates, numbers, places that only locate events) get no party.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.entities import entity_spans, never_acts
from briefing.analysis.groups import administration, group_of
from briefing.analysis.types import Entity, Party

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Grammatical roles in which a place acts rather than locates ("Russia said", "Russia's plan").
ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent", "csubj"})
TITLES = frozenset(
    line.strip()
    for line in resources.files("briefing.analysis")
    .joinpath("data/titles.tsv")
    .read_text("utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "party"


def _clean(text: str) -> str:
    """An entity's name without a leading "the", a possessive ending or title words."""
    text = _bare(text)
    if text.lower().startswith("the "):
        text = text[4:]
    return text


def _bare(text: str) -> str:
    """An entity's text as written, less a possessive ending ("the Kremlin's" -> "the Kremlin")."""
    return _POSSESSIVE.sub("", text.strip()).strip()


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words.pop(0)
    return " ".join(words)


def _is_dateline(span: Span) -> bool:
    """ "ISTANBUL, Turkey — ..." at the head of an article places the story; it does not act."""
    following = span.doc[span.end : span.end + 5]
    return span.start < 6 and any(
        t.text in ("—", "–", "--", "(AP)", "(Reuters)") for t in following
    )


def _is_actor_role(span: Span) -> bool:
    if _is_dateline(span):
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in ACTOR_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"


@dataclass
class _Cluster:
    key: str
    kind: str
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    affiliation: str | None = None
    canonical: str | None = None


@dataclass(frozen=True)
class PartyResolution:
    """The parties of one article, and which entity (and token) belongs to which."""

    entities: tuple[Entity, ...]
    parties: tuple[Party, ...]
    party_of_token: dict[int, str]
    """Token index -> party id, for every token inside an entity that names a party."""
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Party id of a group -> the parties it is made of ("europe" -> "germany", "france")."""

    def party_at(self, token: Token) -> str | None:
        return self.party_of_token.get(token.i)

    def affiliation_of(self, party_id: str | None) -> str | None:
        """The party ``party_id`` is affiliated to ("dmitry-peskov" -> "russia"), if any."""
        return next((p.affiliation for p in self.parties if p.id == party_id), None)


def resolve_parties(doc: Doc) -> PartyResolution:
    """Group the entities of ``doc`` into parties, one per actor."""
    clusters: dict[str, _Cluster] = {}
    assignment: dict[int, str] = {}  # entity index -> cluster key
    ents = entity_spans(doc)

    def cluster(key: str, kind: str) -> _Cluster:
        return clusters.setdefault(key, _Cluster(key, kind))

    persons: list[tuple[int, str]] = []
    extra: dict[int, str] = {}  # token index -> cluster key, for words of group descriptions
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
            persons.append((i, _strip_titles(name)))
            continue
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

    _cluster_persons(ents, persons, clusters, assignment)
    _absorb_surnames(clusters, assignment, ents)
    _absorb_acronyms(clusters, assignment)
    _merge_same_names(clusters, assignment)
    members = _add_groups(doc, ents, clusters, assignment, extra)
    return _build(doc, ents, clusters, assignment, extra, members)


def _add_groups(
    doc: Doc,
    ents: list[Span],
    clusters: dict[str, _Cluster],
    assignment: dict[int, str],
    extra: dict[int, str],
) -> dict[str, tuple[str, ...]]:
    """Group descriptions join the party they stand for, or found one (see ``groups``)."""
    key_at = {t: key for i, key in assignment.items() for t in range(ents[i].start, ents[i].end)}
    key_at.update(extra)
    countries = {c.canonical: k for k, c in clusters.items() if k.startswith("country:")}
    members: dict[str, tuple[str, ...]] = {}
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in key_at:
            continue
        group = group_of(token, key_at, countries)
        if group is None:
            continue
        key = group.party_key or "group:" + group.name.casefold()
        c = clusters.get(key)
        if c is None:
            c = clusters[key] = _Cluster(key, group.kind)
            c.canonical = group.name
        elif key.startswith("norp:") and not c.canonical:
            c.canonical = group.name  # "Western allies", not "Western"
        c.mentions.append(group.phrase)
        for t in group.tokens:
            extra[t] = key_at[t] = key
        if group.members:
            members[key] = tuple(dict.fromkeys(members.get(key, ()) + group.members))
    return members


def _cluster_persons(
    ents: list[Span],
    persons: list[tuple[int, str]],
    clusters: dict[str, _Cluster],
    assignment: dict[int, str],
) -> None:
    """Full names head the clusters; a lone surname or first name joins the one it fits."""
    full = sorted({n for _, n in persons if len(n.split()) > 1}, key=lambda n: -len(n))
    heads: dict[str, str] = {}
    for name in full:
        parts = name.split()
        same = next(
            (
                h
                for h in heads.values()
                if h.split()[-1] == parts[-1] and h.split()[0][0] == parts[0][0]
            ),
            None,
        )
        heads[name] = same or name
    for i, name in persons:
        words = name.split()
        if len(words) > 1:
            head = heads[name]
        else:
            by_surname = {heads[f] for f in full if _surname(f) == _surname(words[0])}
            by_first = {heads[f] for f in full if f.split()[0] == words[0]}
            fits = by_surname or by_first
            head = next(iter(fits)) if len(fits) == 1 else name
        c = clusters.setdefault("person:" + head, _Cluster("person:" + head, "PERSON"))
        c.canonical = head
        c.names[name] += 1
        c.labels["PERSON"] += 1
        c.mentions.append(ents[i])
        assignment[i] = c.key


_PARTICLES = ("al-", "el-", " al ", "el ", "bin ", "ibn ")


def _surname(name: str) -> str:
    """The surname a lone name is matched by: "Bashar al-Assad" and "Assad" share "assad"."""
    last = name.split()[-1].casefold()
    for particle in _PARTICLES:
        last = last.removeprefix(particle)
    return last


def _absorb_surnames(
    clusters: dict[str, _Cluster], assignment: dict[int, str], ents: list[Span]
) -> None:
    """An ORG or GPE that is only a known person's surname ("Trump" mislabelled) is that person."""
    surnames: dict[str, set[str]] = {}
    for c in clusters.values():
        if c.kind == "PERSON" and c.canonical and len(c.canonical.split()) > 1:
            surnames.setdefault(_surname(c.canonical), set()).add(c.key)
    for key, c in list(clusters.items()):
        if c.kind in ("PERSON", "GPE") or len(c.names) != 1:
            continue
        (name,) = c.names
        owners = surnames.get(_surname(name), set()) if len(name.split()) == 1 else set()
        if len(owners) != 1:
            continue
        _merge(clusters, assignment, key, next(iter(owners)))


def _merge(clusters: dict[str, _Cluster], assignment: dict[int, str], key: str, into: str) -> None:
    """Cluster ``key`` is the same actor as cluster ``into``."""
    c, target = clusters[key], clusters[into]
    target.names.update(c.names)
    target.labels.update(c.labels)
    target.mentions.extend(c.mentions)
    for i, k in list(assignment.items()):
        if k == key:
            assignment[i] = into
    del clusters[key]


def _merge_same_names(clusters: dict[str, _Cluster], assignment: dict[int, str]) -> None:
    """One name, one actor: "Navalny" tagged as a person, an organisation and a place, or
    "YPG" as an organisation and a country, is one party (countries are looked up apart)."""
    owner: dict[str, str] = {}

    def rank(item: tuple[str, _Cluster]) -> tuple[bool, int, str]:
        key, c = item  # a full person name first, then the label seen most
        full_person = c.kind == "PERSON" and len((c.canonical or "").split()) > 1
        return (not full_person, -len(c.mentions), key)

    for key, c in sorted(clusters.items(), key=rank):
        if key.startswith("country:"):
            continue
        names = {n.casefold() for n in c.names} | (
            {c.canonical.casefold()} if c.canonical else set()
        )
        into = next((owner[n] for n in names if n in owner and owner[n] in clusters), None)
        if into is not None and into != key:
            _merge(clusters, assignment, key, into)
            continue
        for n in names:
            owner.setdefault(n, key)


_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "&"})


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _MINOR_WORDS and w[0].isalpha())


def _absorb_acronyms(clusters: dict[str, _Cluster], assignment: dict[int, str]) -> None:
    """ "USI" is "the University of Southern Indiana" when no other name has those initials."""
    by_initials: dict[str, set[str]] = {}
    for key, c in clusters.items():
        if c.kind in ("ORG", "GPE", "NORP", "FAC") and not c.canonical:
            for name in c.names:
                if len(name.split()) > 1:
                    by_initials.setdefault(_initials(name).upper(), set()).add(key)
    for key, c in list(clusters.items()):
        if c.canonical or len(c.names) != 1:
            continue
        (name,) = c.names
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 6):
            continue
        owners = by_initials.get(name, set()) - {key}
        if len(owners) == 1:
            _merge(clusters, assignment, key, next(iter(owners)))


def _affiliation_entity(span: Span) -> Span | None:
    """An actor entity that qualifies ``span``: "Kremlin spokesperson X", "X, a Russian envoy"."""
    doc = span.doc
    inside = set(range(span.start, span.end))
    candidates: list[Token] = []
    for token in doc[max(span.sent.start, span.start - 4) : span.start]:
        # modifiers of the name, or of the role noun the name is compounded with
        if token.head.i in inside or (token.head.i < span.start and token.head.head.i in inside):
            candidates.append(token)
    for child in span.root.children:
        if child.dep_ == "appos":
            candidates.extend(child.subtree)
    for token in candidates:
        if token.ent_type_ in ("GPE", "NORP", "ORG") and token.i not in inside:
            ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if ent is not None:
                return ent
    return None


def _kind(c: _Cluster) -> str:
    """The label most mentions carry; a demonym alone does not make a country a NORP."""
    labels = Counter({k: v for k, v in c.labels.items() if k != "NORP" or c.kind == "NORP"})
    return labels.most_common(1)[0][0] if labels else c.kind


def _build(
    doc: Doc,
    ents: list[Span],
    clusters: dict[str, _Cluster],
    assignment: dict[int, str],
    extra: dict[int, str],
    members: dict[str, tuple[str, ...]],
) -> PartyResolution:
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for key, c in sorted(clusters.items(), key=lambda kv: kv[1].mentions[0].start):
        name = c.canonical or max(c.names, key=lambda n: (c.names[n], len(n)))
        slug, n = slugify(name), 2
        while slug in ids.values():
            slug, n = f"{slugify(name)}-{n}", n + 1
        ids[key] = slug
        names[key] = name
    ent_party = {i: ids[key] for i, key in assignment.items()}
    span_party = {(ents[i].start, ents[i].end): pid for i, pid in ent_party.items()}

    parties = []
    for key, c in clusters.items():
        affiliation = None
        for mention in c.mentions:
            if c.kind == "GPE":
                break
            ent = _affiliation_entity(mention)
            pid = span_party.get((ent.start, ent.end)) if ent is not None else None
            if pid and pid != ids[key]:
                affiliation = pid
                break
        aliases = sorted(
            {
                names[key],
                *c.names,
                *(_clean(m.text) for m in c.mentions),
                *(_bare(m.text) for m in c.mentions),
            }
        )
        kind = c.kind if c.kind == "PERSON" or key.startswith("group:") else _kind(c)
        parties.append(
            Party(ids[key], names[key], kind, tuple(aliases), affiliation, len(c.mentions))
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
