"""``Analysis`` to JSON and back, exactly: what the cache keeps.

Unlike the export document (DESIGN §3), this keeps everything an ``Analysis`` holds,
including each sentence's words and every sentence's score, so that a cached analysis is
equal to the one computed (a test checks the round trip).
"""

from __future__ import annotations

import json
import re
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
    span_list,
)

FORMAT = 2
"""Bumped whenever the encoding below changes; part of the cache key."""

_SURROGATE = re.compile(r"[\ud800-\udfff]")


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
        text=_of(d["text"], str),
        source=_of(d["source"], str),
        title=_optional(d["title"], str),
        date=_optional(d["date"], str),
        author=_optional(d["author"], str),
        url=_optional(d["url"], str),
        notes=_strings(d["notes"]),
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
                span_list(p.source),
                span_list(p.cue),
                [span_list(c) for c in p.content],
                p.direct_quote,
                p.sentence,
            ]
            for p in analysis.positions
        ],
        "summary": [s.algorithm, list(s.ranking), list(s.scores), s.k, list(s.notes)],
        "notes": list(analysis.notes),
    }


def from_dict(d: dict[str, Any]) -> Analysis:
    """The analysis ``d`` encodes; ``ValueError``, ``TypeError``, ``KeyError`` or
    ``IndexError`` when it is not one (another version's entry, or a damaged one)."""
    if not isinstance(d, dict) or d.get("format") != FORMAT:
        raise ValueError("not an analysis of this format")
    article = article_from_dict(_of(d["article"], dict))
    n = len(article.text)
    sentences = _sentences_from(_of(d["sentences"], list), n)
    return Analysis(
        article=article,
        model=_of(d["model"], str),
        sentences=sentences,
        entities=tuple(
            Entity(*_span_in((start, end), n), _of(text, str), _of(label, str), _optional(p, str))
            for start, end, text, label, p in _of(d["entities"], list)
        ),
        parties=tuple(
            Party(
                _of(pid, str),
                _of(name, str),
                _of(kind, str),
                _strings(aliases),
                _optional(affiliation, str),
                _of(mentions, int),
            )  # fmt: skip
            for pid, name, kind, aliases, affiliation, mentions in _of(d["parties"], list)
        ),
        positions=_positions_from(_of(d["positions"], list), n, len(sentences)),
        summary=_summary_from(_of(d["summary"], list), len(sentences)),
        notes=_strings(d["notes"]),
    )


def _sentences_from(rows: list[Any], n: int) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(
            _of(i, int),
            *_span_in((start, end), n),
            _of(paragraph, int),
            _strings(words),
            _of(prose, bool),
        )
        for i, start, end, paragraph, words, prose in rows
    )


def _summary_from(row: list[Any], sentences: int) -> Summary:
    algorithm, ranking, scores, k, notes = row
    summary = Summary(
        _of(algorithm, str),
        tuple(_index(i, sentences) for i in _of(ranking, list)),
        tuple(_of(x, (int, float)) for x in _of(scores, list)),
        _of(k, int),
        _strings(notes),
    )
    if summary.k < 0 or any(i >= len(summary.scores) for i in summary.ranking[: summary.k]):
        raise ValueError("summary does not fit its scores")
    return summary


def _positions_from(rows: list[Any], n: int, sentences: int) -> tuple[Position, ...]:
    return tuple(
        Position(
            party=_optional(party, str),
            stance=_of(stance, str),
            source=None if source is None else _span_in(source, n),
            cue=_span_in(cue, n),
            content=tuple(_span_in(c, n) for c in _of(content, list)),
            direct_quote=_of(direct_quote, bool),
            sentence=_index(sentence, sentences),
        )
        for party, stance, source, cue, content, direct_quote, sentence in rows
    )


def _of(value: Any, kind: type | tuple[type, ...]) -> Any:
    """``value`` if it is a ``kind`` (a bool is no int here), else ``TypeError``."""
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise TypeError(f"expected {kind}, found {type(value).__name__}")
    return value


def _optional(value: Any, kind: type) -> Any:
    return None if value is None else _of(value, kind)


def _strings(values: Any) -> tuple[str, ...]:
    return tuple(_of(v, str) for v in _of(values, list))


def _index(value: Any, size: int) -> int:
    if not 0 <= _of(value, int) < size:
        raise IndexError(f"index {value} out of 0..{size - 1}")
    return value


def _span_in(value: Any, n: int) -> Span:
    start, end = value
    if not 0 <= _of(start, int) <= _of(end, int) <= n:
        raise IndexError(f"span {start}..{end} outside a text of {n} characters")
    return (start, end)


def dumps(analysis: Analysis) -> str:
    """Compact JSON; a lone surrogate (a file name that was not UTF-8) is written as its
    ``\\udcxx`` escape, so that SQLite can store the text and ``loads`` gives it back exactly."""
    data = json.dumps(to_dict(analysis), ensure_ascii=False, separators=(",", ":"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", data)


def loads(data: str) -> Analysis:
    return from_dict(json.loads(data))
