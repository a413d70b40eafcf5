"""Rules and the trained tagger together (``positions.combine``), and the tagger's input."""

from __future__ import annotations

import numpy
import pytest

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions import tagger
from briefing.analysis.positions.combine import Blend, blend_with_tagger
from briefing.analysis.positions.cues import find_attributions
from briefing.analysis.positions.tagger import Tagged


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(None).nlp


def _text(doc, span):
    return doc.text[span[0] : span[1]]


def test_a_confirmed_rule_takes_the_tagged_spans(nlp):
    doc = nlp("Putin said on Monday that the talks were useful.")
    rules = find_attributions(doc)
    tagged = [Tagged("SOURCE", 0, 1), Tagged("CUE", 1, 4), Tagged("CONTENT", 5, 9)]
    (a,) = blend_with_tagger(doc, rules, tagged, blend=Blend(content_union=False))
    assert [t.text for t in a.cue] == ["said", "on", "Monday"]
    assert [_text(doc, p) for p in a.content] == ["the talks were useful"]
    assert _text(doc, a.source_span) == "Putin"


def test_a_tagged_content_that_stops_early_is_completed_by_the_rule(nlp):
    doc = nlp("Putin said on Monday that the talks were useful and would go on.")
    tagged = [Tagged("SOURCE", 0, 1), Tagged("CUE", 1, 2), Tagged("CONTENT", 5, 9)]
    (a,) = blend_with_tagger(doc, find_attributions(doc), tagged)
    assert [_text(doc, p) for p in a.content] == ["that the talks were useful and would go on"]


def test_a_tagged_cue_the_rules_missed_is_paired_through_the_parse(nlp):
    doc = nlp("The senator surmised that taxes were too high.")
    assert not find_attributions(doc)  # "surmise" is in no lexicon
    tagged = [Tagged("SOURCE", 0, 2), Tagged("CUE", 2, 3), Tagged("CONTENT", 3, 8)]
    (a,) = blend_with_tagger(doc, [], tagged)
    assert a.head.text == "surmised" and a.source.text == "senator"
    assert [_text(doc, p) for p in a.content] == ["that taxes were too high"]


def test_a_tagged_impersonal_passive_is_nobodys_though_a_source_is_near(nlp):
    doc = nlp("She insisted she had not chosen a date, but it is widely expected to be in June.")
    tagged = [Tagged("SOURCE", 0, 1), Tagged("CUE", 1, 2), Tagged("CUE", 11, 14)]
    said, expected = blend_with_tagger(doc, find_attributions(doc), tagged)
    assert said.source.text == "She" and expected.head.text == "expected"
    assert expected.source is None and expected.source_span is None


def test_unconfirmed_weak_verb_cues_go_unless_a_party_takes_a_stance(nlp):
    doc = nlp("Some critics think the plan is flawed.")
    rules = find_attributions(doc)
    assert [a.key for a in rules] == ["think"]
    assert blend_with_tagger(doc, rules, []) == []
    kept = blend_with_tagger(doc, rules, [], blend=Blend(keep_unconfirmed=0.1))
    assert [a.key for a in kept] == ["think"]


def test_unconfirmed_light_verb_cues_stay(nlp):
    doc = nlp("Donald Trump expressed a commitment to end the war.")
    kept = blend_with_tagger(doc, find_attributions(doc), [])
    assert [a.kind for a in kept] == ["light"]


def test_rules_alone_when_the_tagger_is_off(nlp):
    from briefing.analysis.analyze import sentences_of
    from briefing.analysis.parties import resolve_parties
    from briefing.analysis.positions import extract_positions

    doc = nlp("Macron warned that sanctions could follow.")
    rules, _ = extract_positions(doc, sentences_of(doc), resolve_parties(doc), with_tagger=False)
    assert [p.stance for p in rules] == ["warns"]


def test_the_tagger_reads_the_main_parse_vectors(nlp):
    """The tagger was trained on the English pipeline's frozen vectors: recomputing them on a
    copy of the document (norms from the tokenizer included: "’s", "n't") gives the main
    parse's ``doc.tensor``, which the tagger then reads instead of computing its own."""
    model = tagger.tagger(nlp.vocab)
    assert model is not None, "the attribution tagger ships in briefing/analysis/models"
    doc = nlp("Clinton’s aides didn’t say what Mr. Trump’s campaign can’t do, he said. " * 3)
    own = model.get_pipe("tok2vec")(doc.copy())
    assert numpy.allclose(own.tensor, doc.tensor, atol=1e-4)
    assert tagger._shares_vectors(model, doc)


def test_tagging_leaves_the_named_entities_alone(nlp):
    doc = nlp("Vladimir Putin said on Monday that the talks with Turkey had been useful. " * 4)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    tagged = tagger.tag(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before
    assert {t.label for t in tagged} <= {"CUE", "SOURCE", "CONTENT"}
    assert any(t.label == "CUE" for t in tagged)


def test_parse_features_mark_what_hangs_from_a_cue_word(nlp):
    from briefing.analysis.positions.features import _cue_lemmas, parse_features

    doc = nlp('The minister said that "the talks must begin soon." Then she left the room.')
    columns = parse_features(doc, _cue_lemmas())
    by_word = {t.text: columns[t.i] for t in doc}
    # "minister" is the subject of the cue "said", "talks" sits in its clause: both are tied
    # to the cue word above them, each by the branch it hangs from
    assert by_word["minister"][3] and by_word["talks"][3]
    assert by_word["minister"][3] != by_word["talks"][3]
    assert not by_word["room"][3]  # under "left", in a sentence with no cue
    # inside the quotation marks, the marks, outside
    assert [by_word[w][4] for w in ("talks", '"', "room")] == [1, 2, 0]
    assert by_word["minister"][0] == doc[1].dep  # the dependency label column


def test_parse_features_of_an_unparsed_text_are_zero_but_for_quotes():
    import spacy

    from briefing.analysis.positions.features import _cue_lemmas, parse_features

    doc = spacy.blank("en")('He said "yes".')
    columns = parse_features(doc, _cue_lemmas())
    assert not columns[:, :4].any()
    assert list(columns[:, 4]) == [0, 0, 2, 1, 2, 0]


def test_a_subject_inside_the_content_is_no_source(nlp):
    """ "Obama is expected to join Clinton": the annotation's content is "Obama | to join
    Clinton" and nobody is its source; a subject that lies inside the content is dropped."""
    from briefing.analysis.positions.cues import Attribution
    from briefing.analysis.positions.raising import drop_raised_source

    doc = nlp("Obama is expected to join Clinton on the trail.")
    obama, expected = doc[0], doc[2]
    raised = Attribution([expected], "expect", "VERB", source=obama, content=[(0, 5), (18, 48)])
    drop_raised_source(raised)
    assert raised.source is None and raised.source_span is None
    kept = Attribution([expected], "expect", "VERB", source=obama, content=[(18, 48)])
    drop_raised_source(kept)
    assert kept.source is obama


def test_a_quote_of_two_sentences_is_one_content(nlp):
    """The tagger stops at every sentence end, so a quote of two sentences comes in two
    pieces; both are the content of the cue after them, the next paragraph is not."""
    doc = nlp("“The talks will start soon. Russia is ready,” Putin said.\n\n“No, never,” he said.")
    tagged = [
        Tagged("CONTENT", 1, 6),  # The talks will start soon
        Tagged("CONTENT", 7, 10),  # Russia is ready
        Tagged("SOURCE", 12, 13),
        Tagged("CUE", 13, 14),
        Tagged("CONTENT", 17, 20),  # No, never
        Tagged("SOURCE", 22, 23),
        Tagged("CUE", 23, 24),
    ]
    first, second = blend_with_tagger(doc, [], tagged)
    assert [_text(doc, p) for p in first.content] == ["The talks will start soon. Russia is ready"]
    assert [_text(doc, p) for p in second.content] == ["No, never"]
    apart = blend_with_tagger(doc, [], tagged, blend=Blend(chain_sentences=False))[0]
    assert [_text(doc, p) for p in apart.content] == ["Russia is ready"]


def test_a_tagged_cue_over_two_rule_cues_is_not_taken_by_either(nlp):
    """Seen on the seed: the tagger marked "expressed a commitment to facilitate discussions
    and highlighted" as one cue; "highlighted" took it over and hid the commitment."""
    doc = nlp(
        "Donald Trump expressed a commitment to facilitate discussions and highlighted "
        "the humanitarian cost of the war."
    )
    tagged = [Tagged("SOURCE", 0, 2), Tagged("CUE", 2, 10), Tagged("CONTENT", 10, 16)]
    found = blend_with_tagger(doc, find_attributions(doc), tagged)
    assert sorted(" ".join(t.text for t in a.cue) for a in found) == [
        "expressed a commitment",
        "highlighted",
    ]


def test_tagging_a_batch_gives_what_tagging_each_gives(nlp):
    texts = [
        "Putin said on Monday that the talks with Turkey had been useful. " * 3,
        "",
        "“We will not give in,” Zelensky told reporters, according to Reuters.",
    ]
    docs = [nlp(t) for t in texts]
    assert tagger.tag_many(docs) == [tagger.tag(d) for d in docs]
    assert tagger.tag_many(docs)[1] == [] and tagger.tag_many(docs)[0]


def test_a_party_demand_stays_unconfirmed_but_a_party_support_needs_the_tagger(nlp):
    """Held-out PolNeAR: "support", "back", "defend" said of a party are mostly actions the
    annotation does not mark, while "request", "reject", "warn" are positions."""
    doc = nlp("Senator Smith requested a ceasefire. Senator Jones supported the bill.")
    rules = find_attributions(doc)
    assert sorted(a.key for a in rules) == ["request", "support"]
    kept = blend_with_tagger(doc, rules, [], names_party=lambda token: True)
    assert [a.key for a in kept] == ["request"]


def test_a_missing_tagger_is_said_in_the_analysis_notes(monkeypatch):
    from briefing.analysis.analyze import analyze
    from briefing.analysis.types import Article

    monkeypatch.setattr(tagger, "MODEL", "models/no-such-tagger")
    monkeypatch.setattr(tagger, "_models", {})
    a = analyze(Article("Vladimir Putin said on Monday that the talks were useful.", "t"))
    assert any("attribution tagger" in note for note in a.notes)
    monkeypatch.undo()
    tagger._models.clear()
    b = analyze(Article("Vladimir Putin said on Monday that the talks were useful.", "t"))
    assert not any("attribution tagger" in note for note in b.notes)


def test_a_tagged_content_running_over_the_subject_after_it_stops_before_it(nlp):
    """ "..., Islamic State has claimed": the tagger marked the subject as part of the claim;
    it is who claims (and so the source is not dropped as part of what is said)."""
    doc = nlp("Three men have been executed in a new video, Islamic State has claimed.")
    rules = find_attributions(doc)
    tagged = [Tagged("CONTENT", 0, 12), Tagged("CUE", 12, 14)]
    (a,) = blend_with_tagger(doc, rules, tagged)
    assert [_text(doc, p) for p in a.content] == ["Three men have been executed in a new video"]
    assert a.source is not None and a.source.text == "State"


def test_a_tagged_cue_without_the_rules_verb_does_not_replace_it(nlp):
    """The tagger marked "reportedly" alone; the cue is still "reportedly told"."""
    doc = nlp("He reportedly told the newspaper that the war was lost.")
    rules = find_attributions(doc)
    (a,) = blend_with_tagger(doc, rules, [Tagged("CUE", 1, 2)])
    assert [t.text for t in a.cue] == ["reportedly", "told"]
    (b,) = blend_with_tagger(doc, rules, [Tagged("CUE", 1, 5)])
    assert [t.text for t in b.cue] == ["reportedly", "told", "the", "newspaper"]


def test_a_tagged_cue_running_into_a_quote_leaves_the_rules_cue(nlp):
    """Wikinews: the tagger's cue "said in their filing the matter "currently focuses ..."
    ran over the quote, and the position, its cue a sentence long, was not shown."""
    doc = nlp('Ford said in their filing the matter "currently focuses on road tests".')
    tagged = [Tagged("SOURCE", 0, 1), Tagged("CUE", 1, 9)]
    (a,) = blend_with_tagger(doc, find_attributions(doc), tagged)
    assert [t.text for t in a.cue] == ["said"]


def test_a_quote_left_open_does_not_make_a_named_speakers_words_anothers():
    """BBC politics: after a quote with no closing mark the tagger ran its content on over
    the next sentences, and "he said" took them all, so "A spokesman for the British Casino
    Association ... said" was someone's content and not a position."""
    from tests.reading import analyse, holders

    a = analyse(
        '"They will have to act responsibly and will be tightly regulated. "They will be run by '
        "British rules and we will not allow any tricks which raise the risk of problem "
        'gambling." One tactic used in the US is simulating daylight at night. Casinos also '
        "offer free food to keep punters betting. A spokesman for the British Casino "
        "Association, which represents the industry, said the government was trying to allay "
        'fears. He said the licences meant UK firms were at a disadvantage. "The UK industry '
        "is one of the world's most respected,\" he said."
    )
    assert holders(a, "said") == ["British Casino Association"] * 3
    last = max(a.positions, key=lambda p: p.cue)
    assert a.article.text[last.content[0][0] :].startswith('"The UK industry')


def test_a_tagged_content_running_over_a_name_set_after_a_comma_is_cut_before_it(nlp):
    """The tagger may read a body named after a comma into what it said, when the parser ran
    the name into a list before it: the content stops at the comma, the body still speaks."""
    doc = nlp(
        "Last spring saw a fall in orders for steel from both the United States and the rest "
        "of Europe, the Office for National Statistics (ONS) said."
    )
    said = next(t.i for t in doc if t.text == "said")
    tagged = [Tagged("CONTENT", 0, said), Tagged("CUE", said, said + 1)]
    (a,) = blend_with_tagger(doc, find_attributions(doc), tagged)
    assert a.source.text == "Office"
    assert [_text(doc, p) for p in a.content] == [
        "Last spring saw a fall in orders for steel from both the United States and the rest "
        "of Europe"
    ]


def test_a_tagged_cues_subject_before_it_wins_over_a_source_tagged_after_it():
    """Wikinews: "The president's legal team appealed the decision to the Second Circuit,
    which issued a stay to Marrero's order": the tagger marked "Marrero's" a source (of
    "order"), which as the nearest took the cue's place, so the appeal went to nobody."""
    from tests.reading import analyse, holders

    a = analyse(
        "Judge Victor Marrero dismissed the lawsuit of President Donald Trump. The president's "
        "legal team appealed the decision to the Second Circuit Court of Appeals, which issued "
        "an administrative stay to Marrero's order about an hour after the ruling."
    )
    assert holders(a, "appealed the decision to") == ["Donald Trump"]


def test_a_named_partys_said_clause_stays_unconfirmed_but_not_a_nameless_ones(nlp):
    """BBC: "Outlining his crime manifesto, Mr Howard said elected police commissioners would
    be more accountable" was nobody's position when the tagger marked "Outlining" alone."""
    doc = nlp(
        "Outlining his crime manifesto, Mr Howard said elected police commissioners would be "
        "more accountable. They said the plan would fail."
    )
    rules = [a for a in find_attributions(doc) if a.key == "say"]
    assert len(rules) == 2
    kept = blend_with_tagger(doc, rules, [], names_party=lambda token: True)
    assert [a.source.text for a in kept] == ["Howard"]


def test_a_tagged_cue_ending_in_a_participle_read_as_a_preposition_is_its_verbs(nlp):
    doc = nlp("Senator John Cornyn, a Republican, issued a statement regarding the plan.")
    cue = next(t.i for t in doc if t.text == "issued")
    tagged = [Tagged("SOURCE", 0, 3), Tagged("CUE", cue, cue + 4)]
    (a,) = blend_with_tagger(doc, [], tagged)
    assert a.head.text == "issued" and a.source.text == "Cornyn"
