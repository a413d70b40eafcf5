"""The briefing as data: JSON (the contract of DESIGN §3) and Markdown, from ``Analysis``."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import __version__
from briefing.analysis.across import ArticleDigest, cross_parties, digest
from briefing.analysis.shifts import Gist, Shift, find_shifts, gists
from briefing.analysis.types import Analysis, Position, Span, kind_word, span_list
from briefing.output import open_output, write_file  # noqa: F401  (export's writers)

if TYPE_CHECKING:
    from briefing.store import Note

# C0/C1 control characters (escape sequences start with ESC, OSC with ESC ] or 0x9d) and
# the bidirectional embeddings, overrides and isolates (they reorder what a terminal shows),
# kept out of Markdown so that viewing it in a terminal cannot run or disguise anything.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw but a terminal acts on (DEL, C1, bidi
# overrides, line separators), and lone surrogates, which UTF-8 cannot carry. Outside strings
# a JSON document is ASCII, so every match is inside a string and can be escaped there.
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _content(pieces: tuple[Span, ...]) -> list[int] | list[list[int]] | None:
    if not pieces:
        return None
    if len(pieces) == 1:
        return span_list(pieces[0])
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
                {"index": s.index, "start": s.start, "end": s.end, "score": s.score, "rank": s.rank}
                for s in analysis.summary_sentences
            ],
            "ranking": list(summary.ranking),
            "notes": list(summary.notes),
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
        "source": span_list(p.source),
        "cue": span_list(p.cue),
        "content": _content(p.content),
        "direct_quote": p.direct_quote,
        "sentence": p.sentence,
    }


def to_json(analyses: Sequence[Analysis], model: str | None = None) -> dict[str, Any]:
    """The whole export document."""
    if model is None:
        model = analyses[0].model if analyses else None
    document = {
        "briefing_version": __version__,
        "model": model,
        "articles": [article_json(a) for a in analyses],
    }
    if len(analyses) > 1:
        gisted = {a.article.id: gists(a) for a in analyses}
        document.update(across_json([digest(a) for a in analyses], gisted))
    return document


Gists = dict[str, tuple[Gist | None, ...]]
"""The ``shifts.gists`` of each article by id: what shifts need of its positions, no text."""


def across_json(digests: Sequence[ArticleDigest], gisted: Gists | None = None) -> dict[str, Any]:
    """The top-level ``parties`` and ``stories`` of DESIGN §3, from the articles' digests, and
    ``shifts`` (an added field: one party's opposite stances on one thing in two articles,
    ``analysis.shifts``) from the gists of their positions."""
    from briefing.analysis.stories import stories  # numpy, only for several articles

    parties = cross_parties(digests)
    found = find_shifts(parties, gisted or {})
    return {
        "parties": [
            {
                "id": p.id,
                "name": p.name,
                "kind": p.kind,
                "aliases": list(p.aliases),
                "articles": [
                    {"id": a.article, "party": a.party, "positions": list(a.positions)}
                    for a in p.articles
                ],
            }
            for p in parties
        ],
        "stories": [
            {"id": s.id, "label": s.label, "articles": list(s.articles)}
            for s in stories(digests, parties)
        ],
        "shifts": [
            {
                "party": s.party,
                "about": s.about,
                "stances": list(s.stances),
                "positions": [{"article": r.article, "position": r.position} for r in s.refs],
                "reason": s.reason,
            }
            for s in found
        ],
    }


def dumps(value: Any) -> str:
    """``value`` as export JSON: compact UTF-8 text that is safe to ``cat`` in a terminal.

    C0 controls are escaped by ``json`` itself; DEL, C1 controls and bidi overrides are
    escaped here (``\\u009b``: the data is unchanged), and a lone surrogate (from a file name
    that was not UTF-8) becomes U+FFFD, so the output is always valid UTF-8.
    """
    # Compact, so that json's C encoder runs (indent falls back to the Python one).
    return _JSON_UNSAFE.sub(
        _json_escape, json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    )


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\ufffd" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


def iter_json(
    analyses: Iterable[Analysis],
    model: str | None = None,
    extra: Callable[[Analysis], dict[str, Any]] | None = None,
) -> Iterator[str]:
    """The export document (exactly ``dumps_json``) in pieces, one article at a time, each
    made when its analysis arrives: an export never holds more than one article. ``extra``
    gives fields to add to an article (the library's marks and notes). With more than one
    article the closing piece carries the top-level ``parties`` and ``stories``, made from a
    small digest of each article kept as it passed (``across.digest``: no text)."""

    digests: list[ArticleDigest] = []  # what the parties and stories need, no text
    gisted: Gists = {}  # and the shifts

    def entry(analysis: Analysis) -> str:
        digests.append(digest(analysis))
        gisted[analysis.article.id] = gists(analysis)
        fields = article_json(analysis)
        if extra is not None:
            fields.update(extra(analysis))
        return dumps(fields)

    analyses = iter(analyses)
    first = next(analyses, None)
    if model is None and first is not None:
        model = first.model
    empty = dumps(to_json([], model))
    closing = "]}"
    assert empty.endswith('"articles":[' + closing), "articles must close the document"
    yield empty[: -len(closing)]
    if first is not None:
        yield entry(first)
        del first
    for analysis in analyses:
        yield "," + entry(analysis)
    if len(digests) > 1:
        yield "]," + dumps(across_json(digests, gisted))[1:] + "\n"
    else:
        yield closing + "\n"


def dumps_json(analyses: Sequence[Analysis], model: str | None = None) -> str:
    return "".join(iter_json(analyses, model))


def _clean(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def _one_line(text: str) -> str:
    return " ".join(_clean(text).split())


def _excerpt(analysis: Analysis, position: Position) -> str:
    return _one_line(analysis.held(position))


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
        details = [kind_word(party.kind), f"{party.mentions} mention{'s' * (party.mentions != 1)}"]
        if party.affiliation:
            affiliation = names.get(party.affiliation, party.affiliation)
            details.append(f"affiliated with {_one_line(affiliation)}")
        lines += [f"### {_one_line(party.name)}", "", f"*{', '.join(details)}*", ""]
        for position in by_party.get(party.id, []):
            cue = _one_line(text[position.cue[0] : position.cue[1]])
            lines.append(f"- **{position.stance}**, *{cue}*: “{_excerpt(analysis, position)}”")
        if by_party.get(party.id):
            lines.append("")
    unattributed = by_party.get(None, [])
    if unattributed:
        lines += ["### Unattributed", ""]
        for position in unattributed:
            source = _one_line(text[slice(*position.source)]) if position.source else "unnamed"
            lines.append(f"- **{position.stance}** ({source}): “{_excerpt(analysis, position)}”")
        lines.append("")
    return _clean("\n".join(lines)).rstrip() + "\n"  # nothing raw, whatever was missed above


def iter_markdown(
    analyses: Iterable[Analysis], extra: Callable[[Analysis], str] | None = None
) -> Iterator[str]:
    """``to_markdown`` in pieces, one article at a time, each made when its analysis arrives;
    ``extra`` gives Markdown to follow an article (the library's notes). With more than one
    article an "Across articles" section ends it (``across_markdown``)."""
    digests: list[ArticleDigest] = []
    quotes: dict[tuple[str, int], str] = {}  # (article id, position index) -> its words
    gisted: Gists = {}
    for i, analysis in enumerate(analyses):
        digests.append(digest(analysis))
        gisted[analysis.article.id] = gists(analysis)
        quotes.update(position_quotes(analysis))
        more = extra(analysis) if extra is not None else ""
        yield ("\n\n" if i else "") + article_markdown(analysis) + (more and "\n" + more)
    if len(digests) > 1:
        yield "\n\n" + across_markdown(digests, quotes, gisted)


def position_quotes(analysis: Analysis) -> dict[tuple[str, int], str]:
    """A short excerpt of each attributed position, for the "Across articles" section."""
    found = {}
    for i, position in enumerate(analysis.positions):
        if position.party is not None:
            words = _excerpt(analysis, position)
            found[(analysis.article.id, i)] = words if len(words) <= 200 else words[:199] + "…"
    return found


def across_markdown(
    digests: Sequence[ArticleDigest],
    quotes: dict[tuple[str, int], str] | None = None,
    gisted: Gists | None = None,
) -> str:
    """The "Across articles" section: each party that holds positions, with what it said in
    which article (``⇄`` marks a position in a shift), then its shifts side by side (from
    ``gisted``), then each story of more than one article with its articles."""
    from briefing.analysis.stories import stories

    quotes = quotes or {}
    titles = {d.id: _one_line(d.title or d.source) for d in digests}
    parties = cross_parties(digests)
    found = find_shifts(parties, gisted or {})
    shifted = {(r.article, r.position) for s in found for r in s.refs}
    lines = ["# Across articles", "", "## Parties", ""]
    for party in parties:
        if not party.position_count:
            continue
        lines += [f"### {_one_line(party.name)}", ""]
        for place in party.articles:
            for index, stance in zip(place.positions, place.stances, strict=True):
                words = quotes.get((place.article, index))
                said = f": “{words}”" if words else ""
                mark = " ⇄" if (place.article, index) in shifted else ""
                lines.append(f"- *{titles[place.article]}*: **{stance}**{mark}{said}")
        lines.append("")
    lines += _shifts_markdown(found, titles, quotes)
    lines += ["## Stories", ""]
    for story in stories(digests, parties):
        if len(story.articles) > 1:
            lines += [f"### {_one_line(story.label)}", ""]
            lines += [f"- {titles[a]}" for a in story.articles] + [""]
    return _clean("\n".join(lines)).rstrip() + "\n"


def _shifts_markdown(
    found: Sequence[Shift], titles: dict[str, str], quotes: dict[tuple[str, int], str]
) -> list[str]:
    """The "Shifts" subsection: each party's two opposite positions on one thing, one
    above the other."""
    lines = ["## Shifts", ""]
    if not found:
        return lines + ["No party takes opposite stances on one thing in two articles.", ""]
    for shift in found:
        lines += [f"### {_one_line(shift.name)}, on “{_one_line(shift.about)}”", ""]
        for ref, stance in zip(shift.refs, shift.stances, strict=True):
            words = quotes.get((ref.article, ref.position))
            said = f": “{words}”" if words else ""
            lines.append(f"- *{titles[ref.article]}*: **{stance}**{said}")
        lines.append("")
    return lines


def to_markdown(analyses: Sequence[Analysis]) -> str:
    return "".join(iter_markdown(analyses))


def notes_markdown(notes: Sequence[Note], text: str) -> str:
    """A "Notes" section: each note, and the words it was written on."""
    lines = ["## Notes", ""]
    for note in notes:
        body = _one_line(note.body)
        if note.span is not None:
            start, end = note.span
            body += f" (on “{_one_line(text[start:end])[:200]}”)"
        lines.append(f"- {body}")
    return "\n".join(lines) + "\n"


def write_briefing(
    analysis: Analysis, format: str, path: str | Path, notes: Sequence[Note] = ()
) -> None:
    """One article's briefing as JSON or Markdown (Markdown with the reader's ``notes`` on
    it), written as ``write_file`` writes: what the reader's export dialog does."""
    if format == "json":
        write_file(path, iter_json([analysis]))
        return
    extra = (lambda a: notes_markdown(notes, a.article.text)) if notes else None
    write_file(path, iter_markdown([analysis], extra=extra))
