"""The analysis of the seed article with the real English pipeline."""

from collections import Counter

from briefing.analysis.analyze import Options, analyze, resummarize
from briefing.analysis.summarize import SummaryLength
from briefing.analysis.types import Article


def _party_of(analysis, name):
    return next(p for p in analysis.parties if name in p.aliases)


def test_model_is_the_trained_english_pipeline(seed_analysis):
    assert seed_analysis.model.startswith("en_core_web_sm")
    assert not seed_analysis.notes


def test_person_entities_are_found(seed_analysis):
    persons = {e.text for e in seed_analysis.entities if e.label == "PERSON"}
    assert {"Vladimir Putin", "Donald Trump", "Dmitry Peskov"} <= persons


def test_entity_offsets_are_offsets_into_the_text(seed_analysis):
    text = seed_analysis.article.text
    for e in seed_analysis.entities:
        assert text[e.start : e.end] == e.text


def test_putin_and_vladimir_putin_are_one_party(seed_analysis):
    putin = _party_of(seed_analysis, "Putin")
    assert putin is _party_of(seed_analysis, "Vladimir Putin")
    assert putin.id == "vladimir-putin" and putin.name == "Vladimir Putin"
    assert putin.mentions >= 6
    mentions = [e for e in seed_analysis.entities if e.text in ("Putin", "Vladimir Putin")]
    assert {e.party for e in mentions} == {"vladimir-putin"}


def test_titles_are_stripped_and_affiliations_found(seed_analysis):
    peskov = _party_of(seed_analysis, "Peskov")
    assert peskov.name == "Dmitry Peskov"
    assert peskov.affiliation == _party_of(seed_analysis, "Russia").id
    assert _party_of(seed_analysis, "Emmanuel Macron").affiliation == "france"


def test_demonyms_and_institutions_join_their_country(seed_analysis):
    russia = _party_of(seed_analysis, "Russia")
    assert {"Russian", "Kremlin"} <= set(russia.aliases)
    assert "Ukrainian" in _party_of(seed_analysis, "Ukraine").aliases


def test_party_ids_are_unique_slugs(seed_analysis):
    ids = [p.id for p in seed_analysis.parties]
    assert len(ids) == len(set(ids))
    assert all(i == i.lower() and " " not in i for i in ids)


def test_dates_and_numbers_are_not_parties(seed_analysis):
    labels = Counter(e.label for e in seed_analysis.entities if e.party is not None)
    assert not {"DATE", "CARDINAL", "ORDINAL", "TIME"} & set(labels)


def test_sentences_cover_the_text_in_order(seed_analysis):
    sentences = seed_analysis.sentences
    assert len(sentences) > 20
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
    text = seed_analysis.article.text
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in sentences)


def test_summary_sentences_are_sentences_and_ranking_is_a_permutation(seed_analysis):
    summary = seed_analysis.summary
    n = len(seed_analysis.sentences)
    assert sorted(summary.ranking) == list(range(n))
    chosen = seed_analysis.summary_sentences
    assert [s.index for s in chosen] == sorted(summary.ranking[: summary.k])
    for s in chosen:
        sentence = seed_analysis.sentences[s.index]
        assert (s.start, s.end) == (sentence.start, sentence.end)
        assert s.score == summary.scores[s.index]


def test_resummarize_changes_algorithm_and_length_without_a_parse(seed_analysis):
    other = resummarize(seed_analysis, "lead", SummaryLength.parse("50%"))
    n = len(seed_analysis.sentences)
    assert other.summary.algorithm == "lead"
    assert [s.index for s in other.summary_sentences] == list(range((n + 1) // 2))
    assert other.entities == seed_analysis.entities


def test_an_article_without_sentences_is_analysed_not_crashed():
    analysis = analyze(Article("   \n  ", "blank"), Options())
    assert analysis.sentences == () and analysis.summary.ranking == ()


def test_a_headline_and_dateline_are_sentences_of_their_own():
    text = (
        "Sixteen states sue the President over the wall\n\n"
        "Thursday, February 21, 2019 \n\n"
        "On Monday, attorneys general from sixteen states filed a lawsuit.\n"
        "The motion claims the declaration\nis unconstitutional."
    )
    analysis = analyze(Article(text, "t"))
    sentences = [text[s.start : s.end] for s in analysis.sentences]
    assert sentences[:3] == [
        "Sixteen states sue the President over the wall",
        "Thursday, February 21, 2019",
        "On Monday, attorneys general from sixteen states filed a lawsuit.",
    ]
    # a single line break inside a sentence (hard-wrapped text) does not split it
    assert "The motion claims the declaration\nis unconstitutional." in sentences
