"""Where the tagger's content for a cue must stop: at a second cue of the same speaker joined by
"and" ("Davis said it was not possible ... and urged the government to move"), before another
speaker's clause set against it ("... while Joachim Brudziński wrote"), and at the cue of a
party's view the blend left out (``speakers_left_out``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.quotes import quotes, within
from briefing.analysis.positions.spans import anothers_speech, end_before, speech_start


def _start(verb: Token) -> int:
    """Where a joined cue's words begin: its "and", else itself."""
    cc = [c for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i]
    return (cc[-1] if cc else verb).idx


def clipped(
    a: Attribution, content: list[tuple[int, int]], anchors: set[int]
) -> list[tuple[int, int]]:
    """``content`` of ``a`` cut at a cue joined to it after it, and, for a joined cue, cut
    to what follows its own cue."""
    head = a.head
    stops = [_start(c) for c in head.children if c.dep_ == "conj" and c.i in anchors]
    other = anothers_speech(a.content_root) if a.clausal and a.content_root is not None else None
    if other is not None and other.i in anchors:  # "... while Joachim Brudziński wrote"
        stops.append(end_before(speech_start(other)))
    end = min(stops, default=None)
    begin = None
    if head.dep_ == "conj" and head.head.i in anchors and head.head.i < head.i:
        last = a.cue[-1]
        begin = last.idx + len(last)
    cut = []
    for start, stop in content:
        start = start if begin is None else max(start, begin)
        stop = stop if end is None else min(stop, end)
        if start < stop:
            cut.append((start, stop))
    return cut or content


def speakers_left_out(
    text: str,
    rules: list[Attribution],
    kept: list[Attribution],
    names_party: Callable[[Token], bool],
) -> list[int]:
    """The cues of ``rules`` left out of the blend (not ``kept``) whose source names a party,
    outside any quote ("A spokesman for the British Casino Association ... said"): the views
    of parties added back later (``views``), whose sentences are no one else's content even
    when the tagger ran a quote with no closing mark on over them."""
    held = {id(a) for a in kept}
    left = [a for a in rules if id(a) not in held and a.kind == "verb" and a.source is not None]
    quoted = quotes(text) if left else []
    return [a.head.i for a in left if not within(a.head.idx, quoted) and names_party(a.source)]
