"""``Analysis`` to JSON and back, exactly: what the cache keeps.

Unlike the export document (DESIGN §3), this keeps everything an ``Analysis`` holds,
including each sentence's words and every sentence's score, so that a cached analysis is
equal to the one computed (a test checks the round trip).
"""

from __future__ import annotations

import json
from typing import Any

from briefing.analysis.types import (
    Analysis,
    Article,
    Entity,
    Party,
    Position,
    Sentence,
    Span,
    Summary,
)

FORMAT = 2
"""Bumped whenever the encoding below changes; part of the cache key."""


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _unspan(value: list[int] | None) -> Span | None:
    return None if value is None else (value[0], value[1])


def article_to_dict(a: Article) -> dict[str, Any]:
    return {
        "text": a.text,
        "source": a.source,
        "title": a.title,
        "date": a.date,
        "author": a.author,
        "url": a.url,
        "notes": list(a.notes),
    }


def article_from_dict(d: dict[str, Any]) -> Article:
    return Article(
        text=d["text"],
        source=d["source"],
        title=d["title"],
        date=d["date"],
        author=d["author"],
        url=d["url"],
        notes=tuple(d["notes"]),
    )


def to_dict(analysis: Analysis) -> dict[str, Any]:
    s = analysis.summary
    return {
        "format": FORMAT,
        "article": article_to_dict(analysis.article),
        "model": analysis.model,
        "sentences": [
            [x.index, x.start, x.end, x.paragraph, list(x.words), x.prose]
            for x in analysis.sentences
        ],
        "entities": [[e.start, e.end, e.text, e.label, e.party] for e in analysis.entities],
        "parties": [
            [p.id, p.name, p.kind, list(p.aliases), p.affiliation, p.mentions]
            for p in analysis.parties
        ],
        "positions": [
            [
                p.party,
                p.stance,
                _span(p.source),
                _span(p.cue),
                [_span(c) for c in p.content],
                p.direct_quote,
                p.sentence,
            ]
            for p in analysis.positions
        ],
        "summary": [s.algorithm, list(s.ranking), list(s.scores), s.k, list(s.notes)],
        "notes": list(analysis.notes),
    }


def from_dict(d: dict[str, Any]) -> Analysis:
    if d.get("format") != FORMAT:
        raise ValueError(f"unknown analysis format {d.get('format')!r}")
    algorithm, ranking, scores, k, summary_notes = d["summary"]
    return Analysis(
        article=article_from_dict(d["article"]),
        model=d["model"],
        sentences=tuple(
            Sentence(i, start, end, paragraph, tuple(words), prose)
            for i, start, end, paragraph, words, prose in d["sentences"]
        ),
        entities=tuple(Entity(*e) for e in d["entities"]),
        parties=tuple(
            Party(pid, name, kind, tuple(aliases), affiliation, mentions)
            for pid, name, kind, aliases, affiliation, mentions in d["parties"]
        ),
        positions=tuple(
            Position(
                party=party,
                stance=stance,
                source=_unspan(source),
                cue=_unspan(cue),
                content=tuple(_unspan(c) for c in content),
                direct_quote=direct_quote,
                sentence=sentence,
            )
            for party, stance, source, cue, content, direct_quote, sentence in d["positions"]
        ),
        summary=Summary(algorithm, tuple(ranking), tuple(scores), k, tuple(summary_notes)),
        notes=tuple(d["notes"]),
    )


def dumps(analysis: Analysis) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, separators=(",", ":"))


def loads(data: str) -> Analysis:
    return from_dict(json.loads(data))
