"""What another's words report and what stays a party's own: a cue inside what a party is
said *not* to have said ("did not say he had ordered it"), or a cue the tagger did not
confirm inside another attribution's content, is a report (``reported_away``); a message
posted is not a second position beside the cue in it (``carries_own_words``); what a
source set after a clause reports ("..., its leader said", "according to their figures") is
not where its pronoun points (``reported_before``)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.quotes import SPEAKING
from briefing.analysis.positions.shown import reporter
from briefing.analysis.positions.speakers import SUBJECT_DEPS
from briefing.analysis.positions.subjects import SUBJECTS
from briefing.analysis.positions.unsaid import negated_statement


def inside(a: Attribution, others: list[Attribution]) -> list[Attribution]:
    """The attributions among ``others`` whose content holds ``a``'s cue."""
    at = a.cue[0].idx
    return [o for o in others if o is not a and any(s <= at < e for s, e in o.content)]


_CARRIERS = frozenset({"post", "publish", "send", "release", "put"})


def carries_own_words(a: Attribution, found: list[Attribution]) -> bool:
    """ "Pompeo posted a message on Twitter blaming Iran": the message's own cue ("blaming")
    by the same source is the position; posting it is not another."""
    if a.key not in _CARRIERS or a.source is None:
        return False
    held = [o for o in found if o is not a and inside(o, [a])]
    return any(o.source is not None and o.source.i == a.source.i for o in held)


_FRAMING = SPEAKING | {"write", "talk", "refer"}
"""Verbs of speaking whose participle can frame another speech ("Writing in the Guardian",
"Referring to the detentions")."""


def frames_another(a: Attribution, found: list[Attribution]) -> bool:
    """ "Commenting on Mr Makarov's case, he said: ...", "Speaking about the case, Mr
    Makarov said": a participle that says what a speech is about is not a position beside
    the speech it frames."""
    head = a.head
    if a.key.split()[0] not in _FRAMING or head.tag_ != "VBG" or head.dep_ != "advcl":
        return False
    return any(o is not a and o.head.i == head.head.i for o in found)


def _opens_a_quote(pronoun: Token, head: Token) -> bool:
    """ "He added: 'Of course ...'": a person's pronoun whose verb heads its sentence and opens
    a quote of its own after a colon (not "They say it was a rumour", told in another's
    words)."""
    doc = head.doc
    after = doc[head.i + 1 : head.i + 3]
    return (
        pronoun.lower_ in ("he", "she", "they", "we", "i")
        and head.dep_ == "ROOT"
        and len(after) == 2
        and after[0].text == ":"
        and (after[1].tag_ == "``" or after[1].text in "'\"‘“")
    )


def _shares_subject(a: Attribution, o: Attribution) -> bool:
    """ "Labour say the sums do not add up and claim it would cut": the second verb, which
    the parser joined to the reported clause, has the first one's very subject."""
    same = a.source is not None and o.source is not None and a.source.i == o.source.i
    return same and a.head.dep_ == "conj" and a.head.head.dep_ == "ccomp"


def reported_away(
    a: Attribution,
    found: list[Attribution],
    unconfirmed: bool,
    quoted: tuple[tuple[int, int], ...] | list[tuple[int, int]] = (),
) -> bool:
    """A cue in the content of a negated statement, or (when the tagger did not confirm it)
    in any other attribution's content, is a report, not the party's view; but not a verb
    joined to the other's cue ("dismissed the claims and found him guilty", "reported ...,
    saying": the tagger's content of the first runs on over the second) or set beside it
    with a subject of its own ("while his friend told"), nor, outside quotes (``quoted``),
    what a name says in a sentence of its own that a content runs on over ("'... microbes,'
    Stofan said. Still, former astronaut John Grunsfeld said ...") or in a clause set against
    it ("while Interior Minister Joachim Brudziński wrote"), nor a name's speech told in the
    other's words ("The prosecutor said Adeli replied")."""
    beside = a.head.dep_ == "conj" or (a.head.dep_ in ("advcl", "xcomp") and a.head.tag_ == "VBG")
    beside = beside or _own_act(a.head)
    # "described him as kind while his friend John Fisher told ABC": a clause of its own
    beside = beside or (a.head.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in a.head.children))
    beside = beside and not any(s <= a.cue[0].idx < e for s, e in quoted)  # but "Hill
    # commented, 'Hoping that ...'": the quote's words
    outer = [
        o
        for o in inside(a, found)
        if not reporter(o)
        and not (beside and (a.head.head.i == o.head.i or _shares_subject(a, o)))
        and not _quoted_apart(o, a, quoted)
    ]
    if any(negated_statement(o) for o in outer):
        return True
    if not unconfirmed or not outer:
        return False
    if _relative_aside(a):
        return False
    at = a.cue[0].idx
    named = a.source is not None and a.source.i < a.head.i
    named = named and (a.source.pos_ == "PROPN" or _opens_a_quote(a.source, a.head))
    if not named:
        return True
    if any(s <= at < e for s, e in quoted) and a.source.pos_ != "PROPN":
        return True  # in a quote, "He just announced" is the quote's words; "Roscosmos
        # announced" is Roscosmos's, a statement reported inside another's

    # "Duda said the victims were ... while Interior Minister Joachim Brudziński wrote": a
    # name's own words set against the other's, wherever the parser hangs them
    if any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in a.head.children):
        return False
    # "he insisted the President had said ...", "The prosecutor said Adeli replied": a name's
    # own speech in the other's clause is theirs (but "requested Trump declare" is a demand's)
    if a.head.dep_ == "ccomp" and a.head.tag_ != "VB" and lexicon().speaks(a.head.lemma_):
        return False
    return any(o.head.sent.start == a.head.sent.start for o in outer)


def _relative_aside(a: Attribution) -> bool:
    """ "criticised the plans to change what he said was an exceptional institution", "the
    allegations, which he said had been made countless times": a view told in a relative
    clause, the relative word the subject of what it tells, is the speaker's own aside, not a
    report."""
    source = a.source
    if source is None or source.i > a.head.i or source.dep_ not in SUBJECTS:
        return False
    first = source.left_edge.i
    relative = first > 0 and source.doc[first - 1].lower_ in ("which", "what", "who", "whom")
    told = any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in a.head.children)
    return relative and told and a.head.dep_ in ("relcl", "ccomp")  # not "That's what he said"


def _quoted_apart(
    outer: Attribution, a: Attribution, quoted: tuple[tuple[int, int], ...] | list[tuple[int, int]]
) -> bool:
    """ "He said: 'They don't want to ... more flexibly.' The prime minister said he hoped":
    a view told inside a quote reports nothing outside it, however far the tagger ran its
    content on."""
    at = a.cue[0].idx
    spans = [(s, e) for s, e in quoted if s <= outer.cue[0].idx < e]
    return bool(spans) and not any(s <= at < e for s, e in spans)


def _own_act(verb: Token) -> bool:
    """ "had decided to support the plans": a clause of what the outer verb's subject itself
    does (no subject of its own, nobody told), not "requested Trump declare"."""
    return (
        verb.dep_ == "xcomp"
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative") for c in verb.head.children)
    )


def speaking(token: Token) -> bool:
    """Whether ``token`` is the subject of a speech verb."""
    return token.dep_ in SUBJECT_DEPS and lexicon().speaks(token.head.lemma_)


def reported_before(token: Token) -> set[int]:
    """The words of what ``token``, a source set after it, is said to report, but for the
    report's own subject: the clause "according to their figures" closes, or the clause
    before "he said" ("The Labour Party will back the bill, its leader said": its leader's)."""
    source = token.head if token.dep_ == "poss" else token
    prep = source.head
    if source.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according":
        according = prep.head
        if according.dep_ != "prep":
            return set()
        clauses = [according.head]
        before = according.left_edge.i
    elif source.dep_ in SUBJECT_DEPS and speaking(source):
        clauses = [c for c in source.head.children if c.dep_ == "ccomp" and c.i < source.head.i]
        before = source.head.i
    else:
        return set()
    words: set[int] = set()
    for clause in clauses:
        subjects = {t.i for c in clause.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        words |= {t.i for t in clause.subtree if t.i < before} - subjects
    return words
