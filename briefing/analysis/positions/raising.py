"""A subject that is part of what is said is no source ("Obama is expected to join
Clinton"), unless a quote closes before it ("'A huge breach,' expert Manny Gomez told
WABC") or it is said after the cue ("“We stand ready” tweeted Johnson")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.names import TITLES
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.spans import source_tokens, span_of
from briefing.analysis.positions.speakers import SUBJECT_DEPS


def drop_raised_source(a: Attribution, content_may_hold_cue: bool = False) -> None:
    """A subject that is part of the content is no source: in "Obama is expected to join
    Clinton" or "Manafort seemed to be part of the establishment" nobody is quoted."""
    if _impersonal(a):
        a.source, a.source_span, a.companions = None, None, []
        return
    if a.source is None or not a.content:
        return
    start, end = a.source_span or span_of(source_tokens(a.source))
    cue = a.cue[0].idx
    if content_may_hold_cue and any(s <= cue < e for s, e in a.content):
        return  # "which he said would allow": for the reader, the content is wrong, not the
        # source (PolNeAR's layer keeps dropping it: its source F1 is higher so)
    after = a.source.head.i == a.head.i or min(t.i for t in source_tokens(a.source)) == a.head.i + 1
    if a.source.i > a.head.i and after:
        # "“We stand ready” tweeted Johnson “to provide help”": said after, not raised (also
        # "said Stancil, who stood ...", which the parser hung on a later verb)
        pieces = [((s, start), (end, e)) if s <= start < e else ((s, e),) for s, e in a.content]
        a.content = [p for split in pieces for p in split if p[0] < p[1]]
        return
    role = _role_before(a)
    for k, (s, e) in enumerate(a.content):
        if s <= start and end <= e:
            if role is not None and s < role.idx:
                a.content[k] = (s, role.idx)  # "..., her lawyer, Perry Wander, said"
                continue
            closed = _quote_closed(a.source.doc, s, start)
            if closed is None:
                a.source, a.source_span, a.companions = None, None, []
                return
            a.content[k] = (s, closed)  # "'A huge breach,' expert Manny Gomez told WABC"


def _role_before(a: Attribution) -> Token | None:
    """ "She will sue, her lawyer, Perry Wander, said": a name set off after a role, just
    before a cue the parser left without a subject, is who speaks; the parser ran the role
    into what is said. The first word of the role, or None."""
    source, doc = a.source, a.head.doc
    if (
        source is None
        or source.dep_ != "appos"
        or any(c.dep_ in SUBJECT_DEPS for c in a.head.children)
    ):
        return None
    role = source.head
    close = doc[source.right_edge.i + 1] if source.right_edge.i + 1 < len(doc) else None
    if role.pos_ != "NOUN" or close is None or close.text != "," or close.i + 1 != a.cue[0].i:
        return None
    first = role.left_edge
    opened = doc[first.i - 1] if first.i > 0 else None
    return first if opened is not None and opened.text == "," else None


def _impersonal(a: Attribution) -> bool:
    """ "It is fair to say that", "it's safe to say": an adjective's "to say" whose subject is
    a dummy "it"; nobody says it but the writer."""
    matrix = a.head.head
    if a.head.dep_ != "xcomp" or a.source is None or a.source.lower_ != "it":
        return False
    return matrix.lemma_ == "be" and any(c.dep_ == "acomp" for c in matrix.children)


def _quote_closed(doc: Doc, start: int, source: int) -> int | None:
    """Where a quote that opens a content closes before its source, with no verb between
    (the parser read "'A huge breach,' national security expert Manny Gomez told" as one
    clause, and the tagger marked it all as what is said)."""
    closing, span = None, doc.char_span(start, source, alignment_mode="expand")
    for t in doc[span.start :] if span is not None else ():
        if t.idx >= source:
            break
        if t.idx > start and (t.tag_ == "''" or t.text in ('"', "”")):  # '"' after "]": "``"
            closing = t
        elif closing is not None and t.pos_ in ("VERB", "AUX") and t.lower_ not in TITLES:
            return None  # but "Caloundra coach Geoff Ingram", "coach" read as a verb
    return closing.idx + len(closing) if closing is not None else None
