"""Shifts: one cross-article party holding opposite stances on the same thing in two articles.

A first step toward flagging contradictions ("supports X here, opposes X there"). Headless:
reads ``Analysis`` objects once into a small ``Gist`` per position (a few words, no text),
then compares the gists of each ``CrossParty``; never a spaCy ``Doc``.

The rule, built for precision (a reader must trust a flagged shift):

1. **Opposite stances** (``OPPOSITE``): a stance *for* something (``supports``, ``proposes``,
   ``demands``, ``commits``) against ``opposes``. ``warns`` is neither (a warning of a
   recession is not a stance on it) and ``states`` is neutral: neither ever makes a shift.
2. **Different articles**: the two positions stand in two articles the cross-article party
   is found in (within one article, a reversal is the article's own story).
3. **The same thing**, judged on the content words of the two contents (lower-cased; stop
   words, numbers and the party's own names left out; a plural ending dropped: "walls" ->
   "wall", "taxes" -> "tax"; words that say little on their own, ``WEAK``: "president",
   "government", "country", left out too). The two contents

   a. share at least ``MIN_SHARED`` words, and at least ``MIN_OVERLAP`` of the shorter
      content's words (two long quotes sharing two common words are not one thing);
   b. share a word among the first ``HEAD_WORDS`` of both: what a stance is taken on comes
      first in its content ("opposes *the wall* on the border"), words further on are its
      circumstances;
   c. qualify no shared word differently: the word right before it, when both have one that
      is not a stop word, is the same ("a firm but fair *policy*" and "UK *policy*",
      "eastern Ukraine" and "western Ukraine" are two things of a kind).
4. **Negation aware**: a content holding a negation or a reversing verb ("not", "no",
   "never", "against", "end", "ban", "repeal": ``REVERSERS``) may mean the opposite of its
   words ("supports ending the emergency" agrees with "opposes the emergency"). A pair
   counts only when both contents hold reversers an equal number of times modulo two;
   otherwise which way they point is not known and the pair is left out.
5. **A doubtful stance is left out**: a position whose cue follows a reverser or a refusal
   within ``CUE_WINDOW`` words ("refused to *pledge*", "did not *support*"): the stance may
   or may not have taken it in, and a shift built on it would be a guess.

What a shift is about is the shared words, as first written, in the order of the first
position's content. Measured (no gold, by hand: ``benchmarks/shifts.py``): none flagged in
the Wikinews dev articles, PolNeAR dev or BBC politics; 3b, 3c and 5 were added after the
first form of the rule flagged four pairs there, all wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from briefing.analysis.across import CrossParty
from briefing.analysis.terms import STOP_WORDS
from briefing.analysis.types import Analysis, Position

FOR = frozenset(["supports", "proposes", "demands", "commits"])
AGAINST = frozenset(["opposes"])
OPPOSITE = {**{s: AGAINST for s in FOR}, **{s: FOR for s in AGAINST}}
"""Stance -> the stances opposite to it (rule 1)."""

MIN_SHARED = 2
MIN_OVERLAP = 0.5
"""Rule 3a: shared content words, at least this many and this share of the shorter one."""
HEAD_WORDS = 3
"""Rule 3b: how many of a content's first words name what the stance is taken on."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


REVERSERS = _words(
    """not no never n't nor neither without against cannot end ending ended ends ban bans
    banned banning stop stops stopped stopping halt halted halting block blocked blocking
    repeal repealed repealing scrap scrapped scrapping abolish abolished abolishing cancel
    cancelled canceled cancelling lift lifted lifting withdraw withdrawing withdrew reverse
    reversed reversing overturn overturned overturning"""
)
"""Rule 4: words that may turn a content's meaning round."""

WEAK = _words(
    """president government country state people official minister prime leader
    administration nation national world thing way part statement comment decision question
    issue matter told going want get got make made take took think believe know need well"""
)
"""Rule 3: words that say too little on their own to make two contents the same thing
(compared once normalised: singular)."""

REFUSALS = _words(
    """refuse refuses refused refusing decline declines declined declining fail fails failed
    failing unwilling reluctant"""
)
"""Rule 5: words before a cue that may undo it, besides ``REVERSERS``."""
CUE_WINDOW = 3

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_TOKEN = re.compile(r"([^\W\d_][\w'’-]*)|\d[\d.,]*|[^\w\s\"“”'‘’-]")
"""A word (the group), a number, or a mark that ends a phrase (quotes and hyphens do not)."""


@dataclass(frozen=True)
class Gist:
    """What the rule compares of one position: its stance, the content words (normalised,
    distinct, in order) and how each was first written, and its reversers' parity."""

    stance: str
    terms: tuple[str, ...]
    words: tuple[str, ...]
    reversed: bool
    qualifiers: tuple[str | None, ...] = ()
    """The word right before each term where it first stands (normalised), or None."""


@dataclass(frozen=True)
class PositionRef:
    article: str
    position: int
    """The position's index in its article's ``positions``."""


@dataclass(frozen=True)
class Shift:
    """One party's opposite stances on one thing in two articles."""

    party: str
    """The ``CrossParty`` id."""
    name: str
    first: PositionRef
    second: PositionRef
    stances: tuple[str, str]
    about: str
    reason: str

    @property
    def refs(self) -> tuple[PositionRef, PositionRef]:
        return (self.first, self.second)


def _normal(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses", "zzes")):
        return word[:-2]  # "taxes", "churches", "bushes", "losses"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _own_words(analysis: Analysis, party_id: str) -> set[str]:
    party = analysis.party(party_id)
    if party is None:
        return set()
    names = (party.name, *party.aliases)
    return {_normal(w) for name in names for w in _WORD.findall(name)}


def gist(text: str, stance: str, own: Iterable[str] = ()) -> Gist:
    """The gist of a content ``text`` held with ``stance``; ``own`` are the holder's own
    name words (normalised), left out."""
    own = set(own)
    terms: dict[str, tuple[str, str | None]] = {}
    flips = 0
    before: str | None = None  # the word before, when it may qualify the next
    for token in _TOKEN.finditer(text):
        word = token.group(1)
        if word is None:  # a number qualifies; a mark ends the phrase
            before = token.group() if token.group()[0].isdigit() else None
            continue
        lower = word.lower().replace("’", "'")
        qualifier, before = before, None
        if lower in REVERSERS or lower.endswith("n't"):
            flips += 1
            continue
        term = _normal(word)
        if lower in STOP_WORDS or term in STOP_WORDS or (len(word) < 3 and word.islower()):
            continue  # "the", "in", "a": no qualifier ("UK", "EU" are)
        before = term
        if len(term) >= 3 and term not in WEAK and term not in own:
            terms.setdefault(term, (word.strip("'’-"), qualifier))
    words = tuple(w for w, _ in terms.values())
    qualifiers = tuple(q for _, q in terms.values())
    return Gist(stance, tuple(terms), words, flips % 2 == 1, qualifiers)


def gists(analysis: Analysis) -> tuple[Gist | None, ...]:
    """A gist of every position of ``analysis`` by index: None for one with no party, no
    content, or a stance that never makes a shift."""
    text = analysis.article.text
    found: list[Gist | None] = []
    own: dict[str, set[str]] = {}
    for position in analysis.positions:
        usable = position.party is not None and position.stance in OPPOSITE and position.content
        if not usable or _undone(analysis, position):
            found.append(None)
            continue
        if position.party not in own:
            own[position.party] = _own_words(analysis, position.party)
        content = " ".join(text[s:e] for s, e in position.content)
        found.append(gist(content, position.stance, own[position.party]))
    return tuple(found)


def _undone(analysis: Analysis, position: Position) -> bool:
    """Rule 5: a reverser or a refusal among the words right before the cue."""
    start = position.cue[0]
    sentences = analysis.sentences
    first = sentences[position.sentence].start if position.sentence < len(sentences) else 0
    before = analysis.article.text[max(first, start - 80) : start]
    words = [w.lower().replace("’", "'") for w in _WORD.findall(before)][-CUE_WINDOW:]
    return any(w in REVERSERS or w in REFUSALS or w.endswith("n't") for w in words)


def same_thing(a: Gist, b: Gist) -> tuple[str, ...]:
    """The words that make ``a`` and ``b`` about the same thing (rules 3 and 4), in ``a``'s
    order and spelling; empty when they are not."""
    if a.reversed != b.reversed or not a.terms or not b.terms:
        return ()
    theirs = set(b.terms)
    shared = [w for t, w in zip(a.terms, a.words, strict=True) if t in theirs]
    if len(shared) < max(MIN_SHARED, MIN_OVERLAP * min(len(a.terms), len(b.terms))):
        return ()
    if not set(a.terms[:HEAD_WORDS]) & set(b.terms[:HEAD_WORDS]):
        return ()
    if _qualified_apart(a, b):
        return ()
    return tuple(shared)


def _qualified_apart(a: Gist, b: Gist) -> bool:
    """Rule 3c: a shared word that each content qualifies with another word."""
    theirs = dict(zip(b.terms, b.qualifiers, strict=True))
    for term, mine in zip(a.terms, a.qualifiers, strict=True):
        other = theirs.get(term)
        if mine is not None and other is not None and mine != other:
            return True
    return False


def opposite_pairs(
    party: CrossParty, by_article: Mapping[str, Sequence[Gist | None]]
) -> Iterable[tuple[PositionRef, Gist, PositionRef, Gist]]:
    """Every pair of the party's positions in two articles with opposite stances (rules 1,
    2, 4's reversers aside): what ``find_shifts`` then asks to be about the same thing."""
    for here, there in combinations(party.articles, 2):
        if here.article == there.article:
            continue
        mine, theirs = by_article.get(here.article, ()), by_article.get(there.article, ())
        for i in here.positions:
            a = mine[i] if i < len(mine) else None
            if a is None:
                continue
            for j in there.positions:
                b = theirs[j] if j < len(theirs) else None
                if b is not None and b.stance in OPPOSITE[a.stance]:
                    yield PositionRef(here.article, i), a, PositionRef(there.article, j), b


def find_shifts(
    parties: Iterable[CrossParty], by_article: Mapping[str, Sequence[Gist | None]]
) -> tuple[Shift, ...]:
    """Every shift of ``parties`` (module rule), from the gists of each article's positions
    (``gists``) by article id; parties in their given order, then articles in theirs."""
    found = []
    for party in parties:
        for first, a, second, b in opposite_pairs(party, by_article):
            shared = same_thing(a, b)
            if not shared:
                continue
            about = " ".join(shared)
            reason = f"{a.stance} here, {b.stance} there; both about: {', '.join(shared)}"
            found.append(
                Shift(party.id, party.name, first, second, (a.stance, b.stance), about, reason)
            )
    return tuple(found)


def shifts(
    analyses: Sequence[Analysis], parties: Sequence[CrossParty] | None = None
) -> tuple[Shift, ...]:
    """The shifts over ``analyses`` (their cross-article parties computed when not given)."""
    if parties is None:
        from briefing.analysis.across import cross_parties

        parties = cross_parties(analyses)
    return find_shifts(parties, {a.article.id: gists(a) for a in analyses})
