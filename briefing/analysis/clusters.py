"""Clusters of entity mentions, one per actor, and the rules that merge them: full names head
the person clusters and a lone surname joins the one it fits ("Assad" -> "Bashar al-Assad"),
an organisation that is only a person's surname is that person, a word that ends one name is
that name ("the Post"), and one name is one actor whatever labels the model gave it. Acronyms
are merged by ``initialisms``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.analysis.names import TRADES, last_name, strip_titles, unaccented

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass
class Cluster:
    key: str
    kind: str
    names: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    affiliation: str | None = None
    canonical: str | None = None


def cluster_persons(
    ents: list[Span],
    persons: list[tuple[int, str]],
    clusters: dict[str, Cluster],
    assignment: dict[int, str],
    firms: frozenset[int] = frozenset(),
) -> None:
    """Full names head the clusters; a lone surname or first name joins the one it fits, but
    not one the article names as a firm at some mention of ``firms`` (indices of ``ents``:
    "Ford, the US car company" is not "Bill Ford")."""
    named_at: dict[str, int] = {}  # name -> its first mention
    for i, name in persons:
        named_at.setdefault(name, i)
    heads = _heads(named_at)
    full = list(heads)
    first: dict[str, int] = {}  # head -> its first mention
    for i, name in persons:
        if _full(name):
            first.setdefault(heads[name], i)
    firm_names = {name for i, name in persons if not _full(name) and i in firms}
    for i, name in persons:
        words = name.split()
        if _full(name):
            head = heads[name]
        elif name in firm_names:  # "Ford, the US car company": not "Bill Ford"
            head = name
        else:  # "Conway", or "de Graaf" after "John de Graaf"
            by_surname = {heads[f] for f in full if _surname(f) == _surname(name)}
            by_first = {heads[f] for f in full if f.split()[0] == words[0]}
            fits = by_surname or by_first or _cut_possessive(ents[i], name, full, heads)
            # several fit ("Elijah Cummings", then "His parents, Robert Cummings Sr. and Ruth
            # Elma Cummings"): the one named first, before this mention, is whom the article
            # calls by the surname alone
            earliest = min(fits, key=first.__getitem__, default=None)
            if len(fits) == 1:
                head = next(iter(fits))
            else:
                head = earliest if earliest is not None and first[earliest] < i else name
        c = clusters.setdefault("person:" + head, Cluster("person:" + head, "PERSON"))
        c.canonical = head
        c.names[name] += 1
        c.labels["PERSON"] += 1
        c.mentions.append(ents[i])
        assignment[i] = c.key


def _cut_possessive(mention: Span, name: str, full: list[str], heads: dict[str, str]) -> set[str]:
    """ "Mr Gate's speech", written for "Mr Gates' speech": a lone surname with "'s" after it
    is the person named in full whose surname is it and an "s"."""
    doc = mention.doc
    if mention.end >= len(doc) or doc[mention.end].text not in ("'s", "\u2019s"):
        return set()
    return {heads[f] for f in full if _surname(f) == _surname(name) + "s"}


def _heads(named_at: dict[str, int]) -> dict[str, str]:
    """The full name each full name among ``named_at`` (name -> its first mention) is
    clustered under: the longest, then the accented ("Jarosław Kaczyński", not a later
    "Jaroslaw Kaczynski"), then the first named ("Kristen Wilkins", not a later "Kristin
    Wilkins") of those with its surname and initial; the same heads on every run."""
    accents = lambda n: sum(not c.isascii() for c in n)  # noqa: E731
    full = sorted(
        (n for n in named_at if _full(n)), key=lambda n: (-len(n), -accents(n), named_at[n])
    )
    heads: dict[str, str] = {}
    for name in full:
        parts = name.split()
        same = next((h for h in heads.values() if _one_person(parts, h.split())), None)
        same = same or next((h for h in heads.values() if particle_surname(name, h)), None)
        heads[name] = same or name
    return heads


def _one_person(short: list[str], long: list[str]) -> bool:
    """ "Kristin Wilkins" and "Kristen Wilkins": a last word and an initial in common; and
    "John Conyers" and "John James Conyers Jr.": a surname, before a generation, and a first
    name (not "Robert Cummings Sr." and "Ruth Elma Cummings")."""
    if unaccented(long[-1]) == unaccented(short[-1]):
        return long[0][0] == short[0][0]
    same = unaccented(last_name(long)) == unaccented(last_name(short))
    return same and long[0] == short[0]


_PARTICLES = ("al-", "el-", " al ", "el ", "bin ", "ibn ")
_SURNAME_PARTICLES = frozenset(
    {"al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn"}
    | {"la", "le", "st", "van", "von"}
)
"""Words a surname of more than one word starts with: "La Riva", "Van Drew", "von der Leyen"."""


def particle_surname(name: str, full: str) -> bool:
    """ "La Riva" is the surname of "Gloria La Riva": a name of two words or more that starts
    with a particle and ends a longer name."""
    words = name.split()
    return (
        len(words) > 1
        and words[0].casefold().rstrip(".") in _SURNAME_PARTICLES
        and len(full.split()) > len(words)
        and full.casefold().endswith(" " + name.casefold())
    )


def _full(name: str) -> bool:
    """A first name and a surname: "John de Graaf", not "Conway", "de Graaf" (a surname
    with its particle, that the article writes lower case) nor "Downey Jr."."""
    words = name.split()
    return len(words) > 1 and not words[0][:1].islower() and not _generation(words)


def _generation(words: list[str]) -> bool:
    """ "Downey Jr.": a surname and a generation, no first name."""
    return len(words) == 2 and last_name(words) != words[-1]


def _surname(name: str) -> str:
    """The surname a lone name is matched by: "Bashar al-Assad" and "Assad" share "assad",
    "Joachim Brudziński" and "Brudzinski" "brudzinski"."""
    last = unaccented(last_name(name.split()).casefold())
    for particle in _PARTICLES:
        last = last.removeprefix(particle)
    return last


def absorb_surnames(clusters: dict[str, Cluster], assignment: dict[int, str]) -> None:
    """An ORG or GPE that is only a known person's surname ("Trump" mislabelled, "Mr Morris")
    is that person."""
    surnames: dict[str, set[str]] = {}
    for c in clusters.values():
        if c.kind == "PERSON" and c.canonical and len(c.canonical.split()) > 1:
            surnames.setdefault(_surname(c.canonical), set()).add(c.key)
    for key, c in list(clusters.items()):
        if c.kind in ("PERSON", "GPE") or len(c.names) != 1:
            continue
        name = strip_titles(next(iter(c.names)))  # "Mr Morris" taken for an organisation
        if len(name.split()) == 1 or _generation(name.split()):  # "Downing Jr." too
            owners = surnames.get(_surname(name), set())
        else:  # "La Riva" taken for an organisation
            owners = {
                k
                for k, p in clusters.items()
                if p.kind == "PERSON" and p.canonical and particle_surname(name, p.canonical)
            }
        if len(owners) != 1:
            continue
        merge_into(clusters, assignment, key, next(iter(owners)))


def merge_into(
    clusters: dict[str, Cluster], assignment: dict[int, str], key: str, into: str
) -> None:
    """Cluster ``key`` is the same actor as cluster ``into``."""
    c, target = clusters[key], clusters[into]
    target.names.update(c.names)
    target.labels.update(c.labels)
    target.mentions.extend(c.mentions)
    for i, k in list(assignment.items()):
        if k == key:
            assignment[i] = into
    del clusters[key]


def _spelling(name: str) -> str:
    """A name as it is spelled whatever its spaces, hyphens, capitals, accents: "TimeWarner"."""
    return "".join(c for c in unaccented(name.casefold()) if c not in " -")


def long_words(name: str) -> str | None:
    """A long name's words but its minor ones: "World Summit on the Information Society" and
    "World Summit for the Information Society" are one body written two ways."""
    words = [w.casefold() for w in name.split() if w.lower() not in MINOR_WORDS]
    return " ".join(["=", *words]) if len(words) >= 3 else None


def merge_same_names(clusters: dict[str, Cluster], assignment: dict[int, str]) -> None:
    """One name, one actor: "Navalny" tagged as a person, an organisation and a place, or
    "YPG" as an organisation and a country, is one party (countries are looked up apart);
    "Time Warner" and "TimeWarner", one name spelled two ways, are one too."""
    owner: dict[str, str] = {}

    def rank(item: tuple[str, Cluster]) -> tuple[bool, int, str]:
        key, c = item  # a full person name first, then the label seen most
        full_person = c.kind == "PERSON" and len((c.canonical or "").split()) > 1
        return (not full_person, -len(c.mentions), key)

    for key, c in sorted(clusters.items(), key=rank):
        if key.startswith("country:"):
            continue
        names = {_spelling(n) for n in c.names} | (
            {_spelling(c.canonical)} if c.canonical else set()
        )
        names |= {w for n in c.names if (w := long_words(n))}
        into = next((owner[n] for n in names if n in owner and owner[n] in clusters), None)
        if into is not None and into != key:
            merge_into(clusters, assignment, key, into)
            continue
        for n in names:
            owner.setdefault(n, key)


def merge_known_names(
    clusters: dict[str, Cluster], assignment: dict[int, str], same_as: dict[str, str]
) -> None:
    """ "the Tories" and "the Conservatives", "Lib Dems" and "Liberal Democrats": the names
    ``same_as`` (case-folded) gives one party are one cluster, the one most mentioned,
    named by the party's name when the article writes it."""
    parties = set(same_as.values())
    groups: dict[str, list[str]] = {}
    for key, c in clusters.items():
        found = {same_as.get(n.casefold(), n.casefold()) for n in c.names} & parties
        if len(found) == 1 and not key.startswith("country:"):
            groups.setdefault(found.pop(), []).append(key)
    for party, keys in groups.items():
        into = max(keys, key=lambda k: (len(clusters[k].mentions), k))
        for key in keys:
            if key != into:
                merge_into(clusters, assignment, key, into)
        named = [n for n in clusters[into].names if n.casefold() == party]
        if named and len(keys) > 1:  # "Conservatives", not "Tory"
            clusters[into].canonical = named[0]


MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "&"})
"""Words a name's initials leave out: "Transport for London (TfL)"."""


def _followed(moved: dict[str, str], key: str) -> str:
    """The cluster ``key`` was merged into, through every merge since (``moved``)."""
    while key in moved:
        key = moved[key]
    return key


SHORT_FORMS = {"fed": "federal reserve"}
"""A body's short name that is no word of its name, case-folded: "the Fed" is the "US Federal
Reserve" an article names."""


def absorb_last_words(clusters: dict[str, Cluster], assignment: dict[int, str]) -> None:
    """ "the Post" is "the New York Post", "the Telegraph" "The Daily Telegraph": an
    organisation named by one word that ends the name of exactly one other named before it;
    and "the Unity Party" is "The Unity Party of America": one named by words that begin
    the name of exactly one other, before its "of", "for" or "&" ("Marsh" of "Marsh &
    McLennan") or its trade ("Cairn" of "Cairn Energy")."""
    by_last: dict[str, set[str]] = {}
    moved: dict[str, str] = {}
    for key, c in clusters.items():
        if c.kind == "ORG" and not c.canonical:
            for name in c.names:
                words = name.split()
                if len(words) > 1 and words[-1][:1].isupper():
                    by_last.setdefault(words[-1].casefold(), set()).add(key)
                for joint in (" of ", " for ", " & "):  # "the Forum" of "Forum for the Future"
                    if joint in name:
                        by_last.setdefault(name.split(joint)[0].casefold(), set()).add(key)
                if len(words) > 1 and words[-1].casefold().rstrip(".") in TRADES:
                    by_last.setdefault(" ".join(words[:-1]).casefold(), set()).add(key)
                for short, long in SHORT_FORMS.items():  # "the Fed" of "the Federal Reserve"
                    if name.casefold().endswith(long):
                        by_last.setdefault(short, set()).add(key)
    for key, c in list(clusters.items()):
        if c.kind != "ORG" or c.canonical or len(c.names) != 1:
            continue
        (name,) = c.names
        short = " " not in name or (" of " not in name and name[:1].isupper())
        owners = by_last.get(name.casefold(), set()) - {key} if short else set()
        owners = {_followed(moved, o) for o in owners} - {key}  # "Supreme Court", merged
        # into "Supreme Court of Pennsylvania", is that one for "the Court"
        if not owners:
            continue
        first = _first_in_body(c)  # (reads the document's text: only when there are owners)
        before = [o for o in owners if min(m.start for m in clusters[o].mentions) < first]
        if len(before) == 1:  # of two, the one named before: "the New York Post ... the
            # Post ... The Washington Post"
            merge_into(clusters, assignment, key, before[0])
            moved[key] = before[0]


def _first_in_body(c: Cluster) -> int:
    """Where ``c`` is first named below the headline, which names actors short ("US insurer
    Marsh cuts jobs" above "Marsh & McLennan")."""
    text = c.mentions[0].doc.text  # read once: Doc.text walks every token
    body = [m.start for m in c.mentions if "\n" in text[: m.start_char]]
    return min(body or [m.start for m in c.mentions])


def absorb_inner_names(clusters: dict[str, Cluster], assignment: dict[int, str]) -> None:
    """ "the National Iodine Nutrition study" is "the Australian National Iodine Nutrition
    Study", "the Supreme Court" (and "the Court") "the Italian Supreme Court of Cassation":
    an organisation whose names all stand whole inside the names of exactly one other, named
    first, the longest of them two words or more."""
    names = [
        (key, f" {name.casefold()} ")
        for key, c in clusters.items()
        if c.kind == "ORG" and not c.canonical
        for name in c.names
    ]
    for key, c in list(clusters.items()):
        if c.kind != "ORG" or c.canonical or key not in clusters:
            continue
        if max(len(name.split()) for name in c.names) < 2:
            continue
        owners: set[str] | None = None
        for name in c.names:
            inner = f" {name.casefold()} "
            holding = {k for k, n in names if inner in n and n != inner and k in clusters}
            owners = holding if owners is None else owners & holding
        owners = (owners or set()) - {key}
        if len(owners) != 1:
            continue
        owner = clusters[next(iter(owners))]
        if min(m.start for m in owner.mentions) < min(m.start for m in c.mentions):
            merge_into(clusters, assignment, key, owner.key)
