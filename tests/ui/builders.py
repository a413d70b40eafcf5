"""Small builders for the reader's tests: analyses by hand, and apps that need no spaCy.

Most UI tests read a frozen analysis of ``seeds/000`` (``data/seed_analysis.json``, in the
format of the store's cache when it was frozen) so that they are fast and their snapshots
do not move when the NLP improves; positions are added by hand with ``position`` because
they are what the panels link to the text. A few tests use the live ``seed_analysis``
fixture instead."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from briefing.analysis.types import (
    Analysis,
    Article,
    Entity,
    Party,
    Position,
    Sentence,
    Summary,
)
from briefing.ui.app import BriefingApp
from briefing.ui.launch import create_app

DATA = Path(__file__).parent / "data"


def frozen_seed() -> Analysis:
    """The analysis of ``seeds/000`` as the model made it when the test data was frozen.

    Decoded here rather than by the store's codec, so that a change of the cache's format
    does not move the reader's tests.
    """
    data = json.loads((DATA / "seed_analysis.json").read_text(encoding="utf-8"))
    algorithm, ranking, scores, k = data["summary"]
    return Analysis(
        article=Article(**{**data["article"], "notes": tuple(data["article"]["notes"])}),
        model=data["model"],
        sentences=tuple(
            Sentence(i, start, end, paragraph, tuple(words), *prose)
            for i, start, end, paragraph, words, *prose in data["sentences"]
        ),
        entities=tuple(Entity(*e) for e in data["entities"]),
        parties=tuple(
            Party(pid, name, kind, tuple(aliases), affiliation, mentions)
            for pid, name, kind, aliases, affiliation, mentions in data["parties"]
        ),
        positions=(),
        summary=Summary(algorithm, tuple(ranking), tuple(scores), k),
        notes=tuple(data["notes"]),
    )


def position(
    analysis: Analysis,
    source: str | None,
    cue: str,
    content: str,
    stance: str = "states",
    party: str | None = None,
    direct_quote: bool = False,
) -> Position:
    """A position found by its words in the text (each the first occurrence after the last)."""
    text = analysis.article.text
    cue_start = text.index(cue)
    sentence = next(s for s in analysis.sentences if s.start <= cue_start < s.end)
    source_span = None
    if source is not None:
        before = text.rfind(source, sentence.start, cue_start)
        start = before if before >= 0 else text.index(source, sentence.start)
        source_span = (start, start + len(source))
    content_start = text.index(content, sentence.start)
    if party is None and source_span is not None:
        party = next(
            (e.party for e in analysis.entities if e.start <= source_span[0] < e.end), None
        )
    return Position(
        party=party,
        stance=stance,
        source=source_span,
        cue=(cue_start, cue_start + len(cue)),
        content=((content_start, content_start + len(content)),),
        direct_quote=direct_quote,
        sentence=sentence.index,
    )


def seed_positions(analysis: Analysis) -> tuple[Position, ...]:
    """Positions of the seed article, written by hand (what the extractor should find)."""
    return (
        position(
            analysis,
            "Vladimir Putin",
            "has called for",
            "“direct talks” with Ukrainian officials",
            "proposes",
            party="vladimir-putin",
        ),  # fmt: skip
        position(
            analysis,
            "he",
            "stated",
            "We are prepared for serious discussions with Ukraine",
            "commits",
            party="vladimir-putin",
            direct_quote=True,
        ),  # fmt: skip
        position(
            analysis,
            "Emmanuel Macron",
            "warned",
            "failure to comply could result in severe sanctions for Russia",
            "warns",
            party="emmanuel-macron",
        ),  # fmt: skip
    )


def with_positions(analysis: Analysis, positions: Iterable[Position] | None = None) -> Analysis:
    if positions is None:
        positions = seed_positions(analysis)
    return replace(analysis, positions=tuple(positions))


def tiny_analysis(text: str, entities: Sequence[tuple[str, str]] = (), source: str = "x.txt"):
    """An analysis of ``text`` made by hand: one sentence per line, ``(words, label)`` entities."""
    article = Article(text, source)
    sentences, offset = [], 0
    for i, line in enumerate(text.split("\n")):
        if line:
            sentences.append(Sentence(len(sentences), offset, offset + len(line), i))
        offset += len(line) + 1
    found = []
    for words, label in entities:
        start = text.index(words)
        found.append(Entity(start, start + len(words), words, label))
    n = len(sentences)
    summary = Summary("lead", tuple(range(n)), tuple(float(n - i) for i in range(n)), min(1, n))
    return Analysis(article, "hand-made", tuple(sentences), tuple(found), (), (), summary)


def app_for(analyses: Sequence[Analysis], **kwargs) -> BriefingApp:
    """The reader over ``analyses``' articles, served these analyses instead of running spaCy."""
    by_id = {a.article.id: a for a in analyses}

    def analyse(articles, options):
        return [by_id[a.id] for a in articles]

    kwargs.setdefault("analyse", analyse)
    return create_app(articles=[a.article for a in analyses], **kwargs)


async def settle(pilot) -> None:
    """Wait until the analysis of the article on screen has arrived (or failed), and every
    worker has finished and its messages have been handled."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if (app.analysis is not None or app.analysis_failed) and not any(
            w.is_running for w in app.workers
        ):
            return
    raise AssertionError("the analysis never arrived")
