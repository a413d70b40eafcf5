"""A judgement is a view: "sees games as a small laboratory", "viewed the debt as an issue"
(``shown.judged_as``, ``views``); "viewed the footage", "saw the new director" are not."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.shown import judged_as
from tests.reading import analyse, shown


def test_seeing_or_viewing_something_as_a_thing_is_a_judgement():
    a = analyse(
        "Tom Reed runs the archive. Reed sees games as a small laboratory. Reed also saw the "
        "new director at the library. Reed viewed the debt as an issue. Reed viewed the "
        "footage on Monday. Reed did not view the plan as a threat."
    )
    assert [cue for _, _, cue in shown(a)] == ["sees", "viewed"]
    text = a.article.text
    viewed = next(p for p in a.positions if text[slice(*p.cue)] == "viewed")
    assert [text[s:e] for s, e in viewed.content] == ["the debt as an issue"]


def test_a_judgement_s_as_may_hang_on_what_is_judged():
    # the small model's parse of some long sentences: "as" hung on the object
    vocab = load_pipeline().nlp.vocab
    words = ["Reed", "sees", "games", "as", "a", "laboratory", "."]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 5, 3, 1], deps=deps)
    assert judged_as(doc[1]).i == 3  # type: ignore[union-attr]
    seen = Doc(vocab, words=["Reed", "saw", "games"], heads=[1, 1, 1], deps=deps[:3])
    assert judged_as(seen[1]) is None


def test_what_is_seen_as_something_with_nobody_named_who_sees_it_is_nobody_s_view():
    a = analyse(
        "Tony Blair spoke in Gateshead. In what was seen as a highly personal speech, Mr Blair "
        "said he had the same passion. Arsenal were barely seen as an attacking force in the "
        "first half, although Freddie Ljungberg turned a chance wide."
    )
    assert [(party, cue) for party, _, cue in shown(a)] == [("tony-blair", "said")]
