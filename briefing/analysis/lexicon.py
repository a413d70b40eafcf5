"""The word lists attribution reads, loaded once from ``briefing/analysis/data``.

Lexicons are data, not code: ``cues.tsv`` is learned from PolNeAR train by
``benchmarks/training/cue_lexicon.py`` (how often a lemma is a cue when it occurs); the others are
hand-made and small (``stances.tsv``, ``stance_words.tsv``, ``light_verbs.tsv``,
``backing_verbs.tsv``, ``source_nouns.tsv``, ``speech_verbs.tsv`` (speech verbs PolNeAR
train has too rarely), ``actions.tsv``, ``party_views.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

STRONG_CUE = 0.3
"""A verb that is a cue at least this often takes any content; weaker ones need a clause."""
WEAK_CUE = 0.1
SPEECH_CUE = 0.5
"""A verb that is a cue at least this often speaks on its own: its subject is a speaker
(an untagged proper noun becomes an actor) and a headline word can be it."""
MIN_COUNT = 5


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: dict[str, float]
    """Lemma -> how often it is a cue in PolNeAR train when it occurs as a verb."""
    cue_nouns: dict[str, float]
    stances: dict[tuple[str, str], str]
    """(lemma or "lemma prep", VERB/NOUN) -> stance."""
    evaluative: frozenset[str]
    positive: frozenset[str]
    praise: frozenset[str]
    negative: frozenset[str]
    threat: frozenset[str]
    condemning: frozenset[str]
    """Words whose saying opposes, under any neutral cue ("utter contempt", "fake")."""
    intolerance: frozenset[str]
    """Verbs whose negated future warns ("will not be tolerated")."""
    light_verbs: frozenset[str]
    backing_verbs: frozenset[str]
    source_nouns: frozenset[str]
    actions: frozenset[str]
    act_objects: dict[str, frozenset[str]]
    """Verbs that report an act only with one of these objects ("*": any): "announced his
    resignation", "reversing course", "commit money laundering"."""
    party_views: frozenset[str]
    """Verbs kept for a party's source though the tagger did not mark them ("ruled")."""
    act_verbs: frozenset[str]
    """Verbs that issue acts stating a view ("signed", "filed", "issued": ``acts.tsv``)."""
    act_stances: dict[str, str]
    """Act nouns and their stances ("decree" demands, "ruling" states)."""
    view_stances: dict[str, str]
    """Stances of party-view verbs that the reader gives and the attribution layer does not
    use to keep a cue ("sued" demands, "questioned" opposes)."""

    def verb_stance(self, key: str) -> str | None:
        """The stance a verb cue (or "verb prep") gives in the reader."""
        return self.stances.get((key, "VERB")) or self.view_stances.get(key)

    """Verbs that report an act, not a position ("voted", "appointed", "named")."""

    def verb_strength(self, lemma: str) -> float:
        """How reliably ``lemma`` marks an attribution; stance verbs count as weak cues."""
        ratio = self.cue_verbs.get(lemma, 0.0)
        if ratio == 0.0 and (lemma, "VERB") in self.stances:
            return WEAK_CUE
        return ratio

    def speaks(self, lemma: str) -> bool:
        """A reliable speech verb (``SPEECH_CUE``)."""
        return self.cue_verbs.get(lemma, 0.0) >= SPEECH_CUE

    def states_a_view(self, lemma: str) -> bool:
        """A verb whose subject holds a view: a reliable speech verb, a stance verb, or a
        party's view ("ruled", "endorsed")."""
        return self.speaks(lemma) or lemma in self.party_views or (lemma, "VERB") in self.stances

    def feeling(self, word: str) -> str | None:
        """The stance of a headline's adjective of feeling about something ("delighted"
        supports, "unhappy" opposes); None for any other word."""
        return self.stances.get((word, "ADJ"))

    def stance_noun(self, lemma: str) -> str | None:
        return self.stances.get((lemma, "NOUN"))


def rows(name: str) -> list[list[str]]:
    """The rows of a tab-separated data file, less comments and blank lines."""
    text = resources.files("briefing.analysis").joinpath(f"data/{name}").read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@cache
def first_names() -> dict[str, str]:
    """First name (lower case) -> "he" or "she", for the names nearly always one gender
    (``data/first_names.tsv``)."""
    return {name: gender for name, gender in rows("first_names.tsv") if gender != "either"}


@cache
def given_names() -> frozenset[str]:
    """Every first name (lower case) of ``data/first_names.tsv``, "he", "she" or "either"
    ("Glyn", "George", "Jane"): what tells a person's name from a body's."""
    return frozenset(name for name, _gender in rows("first_names.tsv"))


@cache
def described_actors() -> dict[str, tuple[str, str]]:
    """Lemma -> (when, kind of one): the nouns that name an actor without a name
    (``data/described_actors.tsv``; ``positions.described`` has the rule)."""
    return {lemma: (when, kind) for lemma, when, kind in rows("described_actors.tsv")}


@cache
def epithets() -> frozenset[str]:
    """Nouns of fame or art a report calls its person by (``data/epithets.tsv``)."""
    return frozenset(row[0] for row in rows("epithets.tsv"))


@cache
def person_nouns() -> dict[str, str]:
    """Noun -> "he" or "she", the pronoun the word tells (``data/person_nouns.tsv``)."""
    return {noun: gender for noun, gender in rows("person_nouns.tsv")}


_AMERICAN = (("ize", "ise"), ("yze", "yse"))


def _british(word: str) -> str:
    """ "characterize" -> "characterise", "apologize to" -> "apologise to": PolNeAR is
    American, half the news is not."""
    verb, space, rest = word.partition(" ")
    for us, uk in _AMERICAN:
        if verb.endswith(us):
            return verb[: -len(us)] + uk + space + rest
    return word


def _with_british(table: dict) -> dict:
    """``table`` with the British spelling of each American key it lacks ("criticise")."""
    extra = {}
    for key, value in table.items():
        uk = (_british(key[0]), *key[1:]) if isinstance(key, tuple) else _british(key)
        if uk != key and uk not in table:
            extra[uk] = value
    return {**table, **extra}


@cache
def lexicon() -> Lexicon:
    verbs: dict[str, float] = {}
    nouns: dict[str, float] = {}
    for lemma, pos, count, _total, ratio in rows("cues.tsv"):
        if int(count) < MIN_COUNT or float(ratio) < WEAK_CUE:
            continue
        (verbs if pos == "VERB" else nouns if pos == "NOUN" else {})[lemma] = float(ratio)
    for (lemma,) in rows("speech_verbs.tsv"):
        verbs.setdefault(lemma, SPEECH_CUE)
    verbs = _with_british(verbs)
    stances = _with_british({(lemma, pos): stance for lemma, pos, stance in rows("stances.tsv")})
    acts = rows("acts.tsv")
    words: dict[str, set[str]] = {}
    for word, kind in rows("stance_words.tsv"):
        words.setdefault(kind, set()).add(word)
    return Lexicon(
        cue_verbs=verbs,
        cue_nouns=nouns,
        stances=stances,
        evaluative=frozenset(words.get("evaluative", ())),
        positive=frozenset(words.get("positive", ())),
        praise=frozenset(words.get("praise", ())),
        negative=frozenset(words.get("negative", ())),
        threat=frozenset(words.get("threat", ())),
        condemning=frozenset(words.get("condemning", ())),
        intolerance=frozenset(words.get("intolerance", ())),
        light_verbs=frozenset(r[0] for r in rows("light_verbs.tsv")),
        backing_verbs=frozenset(r[0] for r in rows("backing_verbs.tsv")),
        source_nouns=frozenset(r[0] for r in rows("source_nouns.tsv")),
        actions=frozenset(r[0] for r in rows("actions.tsv") if len(r) == 1),
        act_objects={r[0]: frozenset(r[1].split(";")) for r in rows("actions.tsv") if len(r) > 1},
        party_views=frozenset(_with_british({r[0]: None for r in rows("party_views.tsv")})),
        view_stances=_with_british({r[0]: r[1] for r in rows("party_views.tsv") if len(r) > 1}),
        act_verbs=frozenset(next(r[1] for r in acts if r[0] == "verbs").split(";")),
        act_stances={r[0]: r[1] for r in acts if r[0] != "verbs"},
    )
