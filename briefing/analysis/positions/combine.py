"""Rules and the trained tagger together: the tagger finds cues and span boundaries the rules
miss, the parse pairs them, and the rules keep what PolNeAR does not teach (light-verb and noun
cues, "has backing from", party resolution, stance).

- A rule attribution whose cue the tagger also marks takes the tagger's cue, source and content
  spans where they overlap its own (the tagger learned the annotation's boundaries).
- A rule verb cue the tagger does not mark is dropped (on held-out PolNeAR they are mostly not
  attributions), unless it is a stance verb whose subject is a party ("leaders ... request a
  ceasefire") or a belief a named party holds ("Ms Roche, Labour MP for Hornsey, believes
  legal migration is something we should welcome"): the product lists parties' positions,
  which PolNeAR does not always mark.
  Light-verb, noun, "backing", "according to" and "quoted as saying" cues are always kept.
- A tagged cue no rule found becomes an attribution: its source is the tagged source holding the
  cue's grammatical subject, else the nearest tagged source in the sentence, else the subject
  from the parse; its content is the tagged content nearest to it (no other cue closer), else
  the clause or object from the parse.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution, span_of
from briefing.analysis.positions.siblings import clipped, speakers_left_out
from briefing.analysis.positions.spans import range_span, source_tokens
from briefing.analysis.positions.subject_names import named_after_comma
from briefing.analysis.positions.subjects import finite, subject_of
from briefing.analysis.positions.tagged_sources import (
    anothers,
    cue_head,
    distance,
    impersonal,
    source_head,
    spoken_by_name_after,
)
from briefing.analysis.positions.tagger import Tagged

_QUOTES = '“”"‘’«»'


@dataclass(frozen=True)
class Blend:
    """How much of each side to trust (chosen on the held-out part of PolNeAR train)."""

    keep_unconfirmed: float | None = None
    """A rule verb cue the tagger does not mark is kept when it is a cue this often (None:
    never for its strength alone; held-out PolNeAR chose never)."""
    keep_party_stances: bool = True
    """... or when it is a stance verb ("request", "reject") whose subject names a party,"""
    party_stances: frozenset[str] = frozenset(
        {"proposes", "demands", "opposes", "warns", "commits"}
    )
    """... of one of these stances: not "supports" ("support", "back", "defend", "endorse"),
    which as actions ("voters who support Trump") were most of the unconfirmed kept verbs that
    held-out PolNeAR does not mark (held-out cue F1 .700 -> .707, cue+source+content .474 ->
    .479; the seed keeps all 24)."""
    keep_named_beliefs: bool = True
    """... or when a named party believes, thinks or claims a clause ("Ms Roche, Labour MP
    for Hornsey, believes legal migration is something we should welcome")."""
    keep_named_speech: bool = True
    """... or when a party named by name says or tells a clause ("Outlining his crime
    manifesto, Mr Howard said elected police commissioners would be more accountable")."""
    keep_half_confirmed: bool = False
    """... or when the tagger marked its source and its content."""
    tagged_cue: bool = True
    tagged_source: bool = True
    tagged_content: bool = True
    content_union: bool = True
    """A rule's (or the parse's) content and the tagged pieces it overlaps make one span each
    side of the cue: the tagger often stops early inside long contents."""
    chain_sentences: bool = True
    """A content takes the tagged pieces that run on from it across sentence ends."""


BLEND = Blend()
_BELIEFS = frozenset({"believe", "think", "claim", "feel", "fear", "suspect"})
_SPEECH = frozenset({"say", "tell", "insist", "argue", "add", "state", "explain", "warn"})


class _Context:
    """The text, character spans of the tagged spans and sentence bounds, computed once per
    document (``Doc.text`` and ``Token.sent`` walk every token each time they are read)."""

    def __init__(self, doc: Doc, tagged: list[Tagged], text: str | None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.chars = {t: range_span(doc, t.start, t.end) for t in tagged}
        self.sources = [t for t in tagged if t.label == "SOURCE"]
        self.contents = [t for t in tagged if t.label == "CONTENT"]
        self.bounds = [(s.start, s.end) for s in doc.sents]
        self.starts = [b[0] for b in self.bounds]
        self.nearest_of: list[int] | None = None  # the cues ``nearest`` was found among
        self.nearest: dict[Tagged, int | None] = {}  # ``_nearest_anchor``

    def adjacent(self, before: Tagged, after: Tagged) -> bool:
        """Nothing but spaces and punctuation between two spans, and no paragraph break."""
        gap = self.doc[before.end : after.start]
        return before.end <= after.start and all(
            t.is_punct or (t.is_space and "\n\n" not in t.text) for t in gap
        )

    def sentence(self, token: int) -> tuple[int, int]:
        return self.bounds[max(0, bisect_right(self.starts, token) - 1)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _never(_token: Token) -> bool:
    return False


def blend_with_tagger(
    doc: Doc,
    rules: list[Attribution],
    tagged: list[Tagged],
    names_party: Callable[[Token], bool] = _never,
    blend: Blend | None = None,
    text: str | None = None,
) -> list[Attribution]:
    """The rule attributions refined and completed by the tagger's spans (new attributions:
    ``rules`` are left as they were).

    ``names_party`` tells whether a source token resolves to a party: a stance verb whose
    subject is a party ("leaders ... request a ceasefire") is a position even when PolNeAR's
    annotators, and so the tagger, would not mark it.
    """
    blend = blend or BLEND
    ctx = _Context(doc, tagged, text)
    cues = [t for t in tagged if t.label == "CUE"]
    out: list[Attribution] = []
    claimed: set[Tagged] = set()
    owner = {t.i: id(a) for a in rules for t in a.cue}
    for a in rules:
        indices = {t.i for t in a.cue}
        match = next((c for c in cues if any(c.start <= i < c.end for i in indices)), None)
        if match is not None:
            claimed.add(match)
            out.append(_confirmed(ctx, a, match, owner, blend))
        elif _keep_unconfirmed(ctx, a, names_party, blend):
            out.append(a)
    anchors = [a.head.i for a in out] + [
        cue_head(doc[c.start : c.end]).i for c in cues if c not in claimed
    ]
    anchors += speakers_left_out(ctx.text, rules, out, names_party)
    if blend.tagged_content:
        out = [_tagged_content(ctx, a, anchors, blend) for a in out]
    made = (_from_tagged(ctx, c, anchors, blend) for c in cues if c not in claimed)
    return out + [a for a in made if a is not None]


def _confirmed(
    ctx: _Context, a: Attribution, match: Tagged, owner: dict[int, int], blend: Blend
) -> Attribution:
    """A rule attribution whose cue the tagger marked, with the tagger's cue words (unless
    they run over another rule's cue: "expressed a commitment to facilitate discussions and
    highlighted" is two cues, nor leave out its verb: "he reportedly told" is not "reportedly")
    and source span."""
    cue = a.cue
    words = ctx.doc[match.start : match.end]
    if (
        blend.tagged_cue
        and a.kind == "verb"
        and all(owner.get(i, id(a)) == id(a) for i in range(match.start, match.end))
        and match.start <= a.head.i < match.end
        and not any(t.is_quote for t in words)  # nor run into a quote ("said in their
        # filing the matter 'currently focuses ...'")
    ):
        cue = list(words)
    source_span = a.source_span
    if blend.tagged_source and a.source is not None:
        s = next((s for s in ctx.sources if s.start <= a.source.i < s.end), None)
        if s is not None and not any(_overlaps(ctx.chars[s], p) for p in a.content):
            source_span = ctx.chars[s]  # not one running over what is said
    return replace(a, cue=cue, source_span=source_span)


def _keep_unconfirmed(
    ctx: _Context, a: Attribution, names_party: Callable[[Token], bool], blend: Blend
) -> bool:
    """A rule cue the tagger did not mark stays when it is no plain verb (light verbs, nouns,
    "according to"), or a party's stance verb, or (by choice) half confirmed."""
    if a.kind != "verb":
        return True
    if blend.keep_unconfirmed is not None and a.strength >= blend.keep_unconfirmed:
        return True
    if blend.keep_half_confirmed and _half_confirmed(ctx, a):
        return True
    if a.source is None or not names_party(a.source):
        return False
    if a.clausal and a.source.pos_ == "PROPN":
        if blend.keep_named_beliefs and a.key in _BELIEFS:
            return True
        if blend.keep_named_speech and a.key in _SPEECH:
            return True
    stance = lexicon().stances.get((a.key, "VERB"))
    return blend.keep_party_stances and stance in blend.party_stances


def _half_confirmed(ctx: _Context, a: Attribution) -> bool:
    """The tagger marked this rule's source and content, though not its cue."""
    has_source = a.source is not None and any(s.start <= a.source.i < s.end for s in ctx.sources)
    has_content = any(_overlaps(ctx.chars[c], p) for c in ctx.contents for p in a.content)
    return has_source and has_content


def _tagged_content(ctx: _Context, a: Attribution, anchors: list[int], blend: Blend) -> Attribution:
    """A verb cue's content from the tagged pieces overlapping the rule's content, and the
    others nearest to this cue in its sentence (the second half of “A,” he said, “B.”)."""
    if a.kind != "verb" or not a.content:
        return a
    sent = ctx.sentence(a.head.i)
    pieces = [
        c
        for c in ctx.contents
        if any(_overlaps(ctx.chars[c], p) for p in a.content)
        or (_sentence_near(c, sent) and _nearest_anchor(ctx, c, anchors) == a.head.i)
    ]
    if not pieces:
        return a
    if blend.chain_sentences:
        pieces = _chained(ctx, pieces, anchors, a.head.i)
    content = sorted(q for c in pieces for q in _cut_source(ctx.chars[c], a))
    if blend.content_union:  # the rule's and the tagger's, one span each side of the cue
        content = _one_span_a_side([*content, *a.content], a.cue[0].idx)
    content = clipped(a, [p for p in content if not _holds_subject(p, a)], set(anchors))
    return replace(a, content=content or a.content)


_NAMED_NEXT = 4
"""The most words from a cue to the speaker named after it ("stated Minister of ...")."""


def _cut_source(piece: tuple[int, int], a: Attribution) -> list[tuple[int, int]]:
    """A tagged piece running over the subject of a cue said after its content is cut before
    it ("... executed in a new video, Islamic State has claimed": the tagger marked "Islamic
    State" as part of what was claimed, where the parse has it claiming; so too a name set
    after a comma that the parser ran into a list before it: ``named_after_comma``); a piece
    that is the subject alone ("..., Prudential's report said") is dropped, and so is a piece
    after the cue that holds a speaker named after it (", stated Minister Moammar al-Eryani")."""
    if a.source is not None and a.source.i > a.head.i:
        named_next = finite(a.head) and a.source.left_edge.i - a.cue[-1].i <= _NAMED_NEXT
        after = a.cue[-1].idx < piece[0] <= a.source.idx < piece[1]
        return [] if named_next and after else [piece]
    if a.source is None or not (
        a.source.dep_ in ("nsubj", "nsubjpass") or named_after_comma(a.head) == a.source
    ):
        return [piece]
    start, end = span_of(source_tokens(a.source))
    if not (piece[0] <= start and end <= piece[1] <= a.cue[0].idx):
        return [piece]
    if any(s <= start < e for s, e in a.content):
        return [piece]  # the rule read the subject as said too ("Obama is expected to ...")
    head = a.source.doc.char_span(piece[0], start, alignment_mode="contract")
    return [span_of(list(head))] if head is not None and len(head) else []


def _holds_subject(piece: tuple[int, int], a: Attribution) -> bool:
    """Where the rule reads "X announced Y", a tagged span holding its subject X is not what
    is said ("85% were in favour and on Friday the government announced ...": the tagger
    marked "the government" and the words before it as content)."""
    if a.source is None or a.source.i > a.head.i:
        return False
    if any(start < a.cue[-1].idx for start, _ in a.content):
        return False  # "“We will win,” Smith said": the content comes first
    return piece[0] <= a.source.idx < piece[1] <= a.cue[0].idx


def _chained(ctx: _Context, pieces: list[Tagged], anchors: list[int], head: int) -> list[Tagged]:
    """``pieces`` with the tagged contents that run on from them across a sentence end (the
    tagger stops at every sentence end, so a quote of several sentences comes in pieces),
    unless a piece belongs to a cue of its own sentence."""
    chosen = set(pieces)
    ordered = sorted(ctx.contents, key=lambda c: c.start)
    grew = True
    while grew:
        grew = False
        for before, after in zip(ordered, ordered[1:], strict=False):
            if (before in chosen) == (after in chosen) or not ctx.adjacent(before, after):
                continue
            new = after if before in chosen else before
            owner = _nearest_anchor(ctx, new, anchors)
            if (
                owner is not None
                and owner != head
                and ctx.sentence(owner) == ctx.sentence(new.start)
            ):
                continue
            chosen.add(new)
            grew = True
    return sorted(chosen, key=lambda c: c.start)


def _one_span_a_side(pieces: list[tuple[int, int]], cue: int) -> list[tuple[int, int]]:
    sides = [[p for p in pieces if (p[0] < cue) == before] for before in (True, False)]
    return [(min(p[0] for p in side), max(p[1] for p in side)) for side in sides if side]


def _from_tagged(
    ctx: _Context, cue: Tagged, anchors: list[int], blend: Blend
) -> Attribution | None:
    doc = ctx.doc
    span = doc[cue.start : cue.end]
    if not any(not t.is_punct for t in span) and span.text.strip() != ":":
        return None
    head = cue_head(span)
    sent = ctx.sentence(head.i)
    pos = "VERB" if head.pos_ in ("VERB", "AUX") else "NOUN"
    a = Attribution(list(span), head.lemma_, pos, anchor=head, kind="tagged")
    a.strength = lexicon().verb_strength(head.lemma_)
    # a noun cue's holder is its possessor: "Tsvangirai's allegations of fraud"
    holder = next((c for c in head.children if c.dep_ == "poss"), None)
    subject = subject_of(head) if pos == "VERB" else holder
    near = [s for s in ctx.sources if sent[0] <= s.start < sent[1]]
    if pos == "VERB" and impersonal(head):
        near, subject = [], None  # "it is widely expected": no one's
    chosen = None
    if subject is not None:
        chosen = next((s for s in near if s.start <= subject.i < s.end), None)
    named_after = spoken_by_name_after(subject, head)
    if chosen is None and near and (pos == "VERB" or holder is None) and not named_after:
        chosen = min(near, key=lambda s: distance(s, cue))
        if anothers(doc[chosen.start : chosen.end].root, head, subject):
            chosen = None  # "with Boswell stating:" is Boswell's, not the subject of "quoted"
        elif _acting_before(subject, cue) and chosen.start >= cue.end:
            chosen = None  # "The team appealed ..., which issued a stay to Marrero's order":
            # the subject before the cue, not a source tagged after it
    if chosen is not None:
        a.source = source_head(doc[chosen.start : chosen.end])
        a.source_span = ctx.chars[chosen]
    else:
        a.source = subject
    mine = [
        c
        for c in ctx.contents
        if _sentence_near(c, sent) and _nearest_anchor(ctx, c, anchors) == head.i
    ]
    part = None
    if pos == "VERB":
        part = next((c for c in head.children if c.dep_ in ("ccomp", "xcomp", "dobj")), None)
    if mine:
        if blend.chain_sentences:
            mine = _chained(ctx, mine, anchors, head.i)
        a.content = sorted(ctx.chars[c] for c in mine)
        a.content_root = doc[mine[0].start : mine[0].end].root
        if part is not None and blend.content_union:
            clause = span_of(list(part.subtree))
            if any(_overlaps(clause, p) for p in a.content):
                a.content = _one_span_a_side([*a.content, clause], head.idx)
    elif part is not None:
        a.content = [span_of(list(part.subtree))]
        a.content_root = part
    elif named_after and head.i - 1 > sent[0]:
        a.content = [span_of(list(doc[sent[0] : head.i - 1]))]
    if a.content:
        first = ctx.text[a.content[0][0] : a.content[0][0] + 1]
        a.direct_quote = bool(first) and first in _QUOTES
    return a


def _acting_before(subject: Token | None, cue: Tagged) -> bool:
    """The active subject of a tagged cue, before it and outside any quote between: not a
    passive's ("The deal was celebrated by ... Nishioka"), nor a word of the quote an
    inverted cue follows ('"... easy for Valve to trace", read the statement')."""
    if subject is None or subject.dep_ != "nsubj" or subject.i >= cue.start:
        return False
    return not any(t.is_quote for t in subject.doc[subject.i : cue.start])


def _sentence_near(t: Tagged, sent: tuple[int, int]) -> bool:
    """Content in the cue's sentence, or running into it from a quote before or after."""
    return t.start < sent[1] and t.end > sent[0]


def _nearest_anchor(ctx: _Context, t: Tagged, anchors: list[int]) -> int | None:
    """The cue a tagged piece belongs to: one in its own sentence first, then the nearest
    (found once per piece and list of cues)."""
    if ctx.nearest_of is not anchors:
        ctx.nearest_of, ctx.nearest = anchors, {}
    if t not in ctx.nearest:
        own = (ctx.sentence(t.start), ctx.sentence(t.end - 1))
        ctx.nearest[t] = min(
            anchors,
            key=lambda i: (
                ctx.sentence(i) not in own,
                min(abs(i - t.start), abs(i - t.end + 1)),
                i,
            ),
            default=None,
        )
    return ctx.nearest[t]
