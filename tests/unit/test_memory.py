"""Memory stays flat (DESIGN §6a): no spaCy object outlives its analysis, long texts are
parsed in segments with exact offsets, and the exporter writes each article when it comes."""

from __future__ import annotations

import dataclasses
import gc
import json
import sys
import weakref
from types import SimpleNamespace

import pytest
import spacy

from briefing import export
from briefing.analysis import pipeline as pipeline_module
from briefing.analysis import segments
from briefing.analysis.across import digest
from briefing.analysis.analyze import analyze, analyze_many, sentences_of
from briefing.analysis.options import Options
from briefing.analysis.parties import resolve_parties
from briefing.analysis.positions import tagger
from briefing.analysis.types import Analysis, Article, Party
from briefing.cli import main

PARAGRAPHS = (
    "Angela Merkel met Emmanuel Macron in Berlin on Monday. They spoke for an hour.",
    "The European Union said the talks would go on. Germany wants a deal by June.",
    "Reporters waited outside.\nA second line of the same paragraph follows here.",
)


def _spacy_objects(value, seen=None) -> list[object]:
    """Every object reachable from ``value`` through dataclass fields and containers whose
    type comes from spaCy, thinc or numpy."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    module = type(value).__module__ or ""
    if module.split(".")[0] in ("spacy", "thinc", "numpy", "cymem", "preshed"):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        children = [getattr(value, f.name) for f in dataclasses.fields(value)]
        children += list(vars(value).values()) if hasattr(value, "__dict__") else []
    elif isinstance(value, dict):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        children = list(value)
    else:
        children = []
    return [found for child in children for found in _spacy_objects(child, seen)]


def test_no_doc_is_alive_when_an_analysis_is_handed_out(monkeypatch):
    docs: list[weakref.ref] = []
    tag_many = tagger.tag_many

    def recording(batch, *args, **kwargs):
        docs.extend(weakref.ref(doc) for doc in batch)
        return tag_many(batch, *args, **kwargs)

    monkeypatch.setattr(tagger, "tag_many", recording)
    articles = [Article("\n\n".join(PARAGRAPHS[i:]), f"a{i}") for i in range(3)]
    handed = 0
    for analysis in analyze_many(articles):
        gc.collect()
        assert docs, "the tagger saw the documents"
        assert [ref() for ref in docs if ref() is not None] == [], "a Doc outlived its analysis"
        assert _spacy_objects(analysis) == []
        handed += 1
    assert handed == 3


def test_an_analysis_holds_no_spacy_object(seed_analysis):
    assert _spacy_objects(seed_analysis) == []
    assert all(type(w) is str for s in seed_analysis.sentences for w in s.words)


@pytest.fixture
def blank_pipeline(monkeypatch):
    """A fast, deterministic pipeline: sentences at blank lines and full stops, entities from
    rules; served by ``load_pipeline`` under the name ``test-blank``."""
    nlp = spacy.blank("en")
    nlp.add_pipe("briefing_line_breaks")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Angela Merkel"},
            {"label": "PERSON", "pattern": "Emmanuel Macron"},
            {"label": "GPE", "pattern": "Berlin"},
            {
                "label": "ORG",
                "pattern": [{"LOWER": "the"}, {"LOWER": "european"}, {"LOWER": "union"}],
            },
            {"label": "GPE", "pattern": "Germany"},
        ]
    )
    nlp.max_length = 2_000_000
    loaded = pipeline_module.Pipeline(nlp=nlp, name="en_test-blank-0", trained=False)
    monkeypatch.setitem(pipeline_module._loaded, "test-blank", loaded)
    return nlp


def test_a_long_text_is_parsed_in_segments_with_exact_offsets(blank_pipeline, monkeypatch):
    block = "\n\n".join(PARAGRAPHS)
    repeats = 300_000 // (len(block) + 2) + 1
    text = "\n\n".join([block] * repeats)
    assert len(text) > 300_000
    parsed_lengths: list[int] = []
    pipe = blank_pipeline.pipe

    def recording(texts, **kwargs):
        texts = list(texts)
        parsed_lengths.extend(len(t) for t in texts)
        return pipe(texts, **kwargs)

    monkeypatch.setattr(blank_pipeline, "pipe", recording)
    options = Options(algorithm="lead", model="test-blank")
    analysis = analyze(Article(text, "long"), options)

    assert max(parsed_lengths) <= segments.SEGMENT_CHARS < len(text)
    direct = blank_pipeline(block)
    step = len(block) + 2
    one = sentences_of(direct)
    expected = [(s.start + k * step, s.end + k * step) for k in range(repeats) for s in one]
    assert [(s.start, s.end) for s in analysis.sentences] == expected
    assert [s.index for s in analysis.sentences] == list(range(len(expected)))
    blocks = one[-1].paragraph + 1
    paragraphs = [s.paragraph + k * blocks for k in range(repeats) for s in one]
    assert [s.paragraph for s in analysis.sentences] == paragraphs
    entities = [
        (e.start + k * step, e.end + k * step, e.label, e.party)
        for k in range(repeats)
        for e in resolve_parties(direct).entities
    ]
    assert [(e.start, e.end, e.label, e.party) for e in analysis.entities] == entities
    assert all(text[e.start : e.end] == e.text for e in analysis.entities)
    # one party per actor across the segments, with every mention counted
    alone = {p.id: p.mentions * repeats for p in resolve_parties(direct).parties}
    assert {p.id: p.mentions for p in analysis.parties} == alone
    assert "angela-merkel" in alone and "european-union" in alone
    assert {e.party for e in analysis.entities} - {None} == set(alone)


def test_segments_cut_at_paragraphs_and_cover_the_text():
    text = ("word " * 30 + "\n\n") * 50 + "x" * 500
    bounds = segments.segment_bounds(text, 400)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < e - s <= 400 for s, e in bounds)
    assert all(text[e - 2 : e] == "\n\n" for s, e in bounds[:-3])


def test_real_model_segments_keep_every_span_inside_the_text(seed_text, monkeypatch):
    monkeypatch.setattr(segments, "SEGMENT_CHARS", 900)
    analysis = analyze(Article(seed_text, "seed"))
    text = seed_text
    assert len(segments.segment_bounds(text)) > 3
    assert all(text[e.start : e.end] == e.text for e in analysis.entities)
    ids = {p.id for p in analysis.parties}
    assert len(ids) == len(analysis.parties)
    assert {e.party for e in analysis.entities if e.party} <= ids
    for p in analysis.positions:
        sentence = analysis.sentences[p.sentence]
        assert sentence.start <= p.cue[0] < p.cue[1] <= sentence.end
        assert p.party is None or p.party in ids
    starts = [s.start for s in analysis.sentences]
    assert starts == sorted(starts)
    assert [s.index for s in analysis.sentences] == list(range(len(starts)))


def _recorded(analyses: list[Analysis], events: list[str]):
    for i, analysis in enumerate(analyses):
        events.append(f"analysed {i}")
        yield analysis


def test_the_json_document_is_written_article_by_article(seed_analysis):
    analyses = [seed_analysis, dataclasses.replace(seed_analysis, notes=("second",))]
    events: list[str] = []
    for chunk in export.iter_json(_recorded(analyses, events)):
        events.append("wrote " + ("article" if '"sentences"' in chunk else "frame"))
    assert events.index("analysed 1") > events.index("wrote article")
    assert events.count("wrote article") == 2


@pytest.mark.parametrize("count", [0, 1, 2])
def test_the_streamed_document_is_byte_for_byte_the_whole_one(seed_analysis, count):
    analyses = [seed_analysis] * count
    whole = json.dumps(export.to_json(analyses), ensure_ascii=False, separators=(",", ":"))
    assert "".join(export.iter_json(iter(analyses))) == whole + "\n"
    assert export.dumps_json(analyses) == whole + "\n"
    markdown = "\n\n".join(export.article_markdown(a) for a in analyses)
    if count > 1:  # the "Across articles" section ends a briefing of several
        markdown += "\n\n" + export.across_markdown(
            [digest(a) for a in analyses],
            {k: v for a in analyses for k, v in export.position_quotes(a).items()},
        )
    assert "".join(export.iter_markdown(iter(analyses))) == markdown


@pytest.mark.parametrize("output", [False, True])
def test_export_writes_an_article_before_the_next_is_analysed(
    seed_analysis, monkeypatch, tmp_path, capsys, output
):
    """The command streams: the first article is on its way out (on stdout, or into the
    temporary file behind ``-o``) before the second is asked of the analysis."""
    events: list[str] = []
    sources = []
    for name in ("a.txt", "b.txt"):
        sources.append(str(tmp_path / name))
        (tmp_path / name).write_text(f"Angela Merkel said talks go on ({name}).\n", "utf-8")

    def analyses(service, articles, options=None):
        return _recorded([seed_analysis] * len(list(articles)), events)

    def record(chunk: str) -> str:
        events.append("wrote article" if '"sentences"' in chunk else "wrote frame")
        return chunk

    monkeypatch.setattr("briefing.service.Service.analyses", analyses)
    if output:
        write_file = export.write_file
        monkeypatch.setattr(
            export, "write_file", lambda path, content: write_file(path, map(record, content))
        )
        target = tmp_path / "out.json"
        assert main(["export", *sources, "-o", str(target)]) == 0
        document = json.loads(target.read_text("utf-8"))
    else:
        real = sys.stdout
        monkeypatch.setattr(sys, "stdout", SimpleNamespace(
            write=lambda chunk: real.write(record(chunk)), flush=real.flush
        ))  # fmt: skip
        assert main(["export", *sources]) == 0
        document = json.loads(capsys.readouterr().out)
    assert len(document["articles"]) == 2
    assert events.index("analysed 1") > events.index("wrote article")


def test_freed_memory_is_given_back_after_every_batch(monkeypatch):
    """glibc keeps freed heap memory (most of all a worker thread's): the reader held 420 MB
    after analysing 263 articles instead of 250 MB until it was handed back."""
    from briefing.analysis import analyze as analyze_module

    calls: list[int] = []
    monkeypatch.setattr(analyze_module, "BATCH_CHARS", 1)  # one article a batch
    monkeypatch.setattr(analyze_module, "give_back_memory", lambda: calls.append(len(calls)))
    articles = [Article(paragraph, f"a{i}") for i, paragraph in enumerate(PARAGRAPHS)]
    assert len(list(analyze_many(articles))) == 3
    assert calls == [0, 1, 2]


def test_giving_back_memory_is_safe_to_call():
    from briefing.analysis.analyze import give_back_memory

    give_back_memory()
    give_back_memory()


def test_two_segments_countries_both_called_the_government_stay_two_parties():
    joined = segments._Parties()
    first = Party("iran", "Iran", "GPE", ("Iran", "the government"))
    second = Party("iraq", "Iraq", "GPE", ("Iraq", "the government"))
    joined.add([first])
    assert joined.add([second]) == {"iraq": "iraq"}
    assert joined.add([Party("iran", "Iran", "GPE", ("Iran",))]) == {"iran": "iran"}
