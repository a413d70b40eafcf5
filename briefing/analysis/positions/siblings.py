"""Two cues of one speaker joined by "and" ("Davis said it was not possible ... and urged the
government to move"): what each one says stops where the other begins, though the tagger
marks one content over both."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.positions.cues import Attribution


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
