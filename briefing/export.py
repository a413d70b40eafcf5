"""The briefing as data: JSON (the contract of DESIGN §3) and Markdown, from ``Analysis``."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.analysis.types import Analysis, Position, Span

# C0/C1 control characters (escape sequences start with ESC, OSC with ESC ] or 0x9d),
# kept out of Markdown so that viewing it in a terminal cannot run them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _content(pieces: tuple[Span, ...]) -> list[int] | list[list[int]] | None:
    if not pieces:
        return None
    if len(pieces) == 1:
        return _span(pieces[0])
    return [[s, e] for s, e in pieces]


def article_json(analysis: Analysis) -> dict[str, Any]:
    """One entry of ``articles`` in the export document."""
    article = analysis.article
    summary = analysis.summary
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "author": article.author,
        "url": article.url,
        "notes": list(analysis.notes),
        "text": article.text,
        "sentences": [[s.start, s.end] for s in analysis.sentences],
        "summary": {
            "algorithm": summary.algorithm,
            "length": summary.k,
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "score": s.score}
                for s in analysis.summary_sentences
            ],
            "ranking": list(summary.ranking),
        },
        "entities": [
            {"start": e.start, "end": e.end, "text": e.text, "label": e.label, "party": e.party}
            for e in analysis.entities
        ],
        "parties": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "aliases": list(p.aliases),
                "affiliation": p.affiliation,
                "mentions": p.mentions,
            }
            for p in analysis.parties
        ],
        "positions": [_position_json(p) for p in analysis.positions],
    }


def _position_json(p: Position) -> dict[str, Any]:
    return {
        "party": p.party,
        "stance": p.stance,
        "source": _span(p.source),
        "cue": _span(p.cue),
        "content": _content(p.content),
        "direct_quote": p.direct_quote,
        "sentence": p.sentence,
    }


def to_json(analyses: Sequence[Analysis], model: str | None = None) -> dict[str, Any]:
    """The whole export document."""
    if model is None:
        model = analyses[0].model if analyses else None
    return {
        "briefing_version": __version__,
        "model": model,
        "articles": [article_json(a) for a in analyses],
    }


def _dumps(value: Any) -> str:
    # Compact, so that json's C encoder runs (indent falls back to the Python one).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def iter_json(analyses: Iterable[Analysis], model: str | None = None) -> Iterator[str]:
    """The export document (exactly ``dumps_json``) in pieces, one article at a time, each
    made when its analysis arrives: an export never holds more than one article."""
    analyses = iter(analyses)
    first = next(analyses, None)
    if model is None and first is not None:
        model = first.model
    empty = _dumps(to_json([], model))
    closing = "]}"
    assert empty.endswith('"articles":[' + closing), "articles must close the document"
    yield empty[: -len(closing)]
    if first is not None:
        yield _dumps(article_json(first))
        del first
    for analysis in analyses:
        yield "," + _dumps(article_json(analysis))
    yield closing + "\n"


def dumps_json(analyses: Sequence[Analysis], model: str | None = None) -> str:
    return "".join(iter_json(analyses, model))


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())


def _excerpt(analysis: Analysis, pieces: tuple[Span, ...]) -> str:
    return " … ".join(_one_line(analysis.article.text[s:e]) for s, e in pieces)


def article_markdown(analysis: Analysis) -> str:
    """Title, summary, then one section per party with its positions as quoted bullets."""
    article = analysis.article
    text = article.text
    title = _one_line(article.title or article.source)
    lines = [f"# {title}", "", f"Source: {_one_line(article.source)}", ""]
    for note in analysis.notes:
        lines.append(f"> Note: {_one_line(note)}")
    if analysis.notes:
        lines.append("")
    lines += [f"## Summary ({analysis.summary.algorithm})", ""]
    lines += [f"- {_one_line(text[s.start : s.end])}" for s in analysis.summary_sentences]
    lines += ["", "## Parties", ""]
    by_party: dict[str | None, list[Position]] = {}
    for position in analysis.positions:
        by_party.setdefault(position.party, []).append(position)
    names = {p.id: p.name for p in analysis.parties}
    for party in analysis.parties:
        details = [party.kind.lower(), f"{party.mentions} mentions"]
        if party.affiliation:
            details.append(f"affiliated with {names.get(party.affiliation, party.affiliation)}")
        lines += [f"### {_one_line(party.name)}", "", f"*{', '.join(details)}*", ""]
        for position in by_party.get(party.id, []):
            cue = _one_line(text[position.cue[0] : position.cue[1]])
            lines.append(
                f"- **{position.stance}**, *{cue}*: “{_excerpt(analysis, position.content)}”"
            )
        if by_party.get(party.id):
            lines.append("")
    unattributed = by_party.get(None, [])
    if unattributed:
        lines += ["### Unattributed", ""]
        for position in unattributed:
            source = _one_line(text[slice(*position.source)]) if position.source else "unnamed"
            lines.append(
                f"- **{position.stance}** ({source}): “{_excerpt(analysis, position.content)}”"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def iter_markdown(analyses: Iterable[Analysis]) -> Iterator[str]:
    """``to_markdown`` in pieces, one article at a time, each made when its analysis arrives."""
    for i, analysis in enumerate(analyses):
        yield ("\n\n" if i else "") + article_markdown(analysis)


def to_markdown(analyses: Sequence[Analysis]) -> str:
    return "".join(iter_markdown(analyses))


def write_file(path: str | Path, content: str | Iterable[str]) -> None:
    """Write ``content`` (a string, or pieces written as they come) to ``path`` atomically,
    as an ordinary (umask) file.

    A failed write never leaves half a file, and never replaces the old one.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines([content] if isinstance(content, str) else content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes private files; an export is not one
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
