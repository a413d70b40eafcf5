"""Words the English model misreads by their spelling alone, mended when the pipeline loads."""

from __future__ import annotations

from briefing.analysis.pipeline import load_pipeline
from tests.reading import analyse, holders


def test_who_in_capitals_is_the_world_health_organization() -> None:
    """CNN: '"...," the latest WHO report said' had no source: the model read "WHO" as the
    pronoun "who" ("the latest" the subject, "WHO report" a clause of its own)."""
    doc = load_pipeline().nlp("Cases rose again, the latest WHO report said.")
    who = next(t for t in doc if t.text == "WHO")
    assert (who.tag_, who.ent_type_, who.head.text) == ("NNP", "ORG", "report")
    a = analyse(
        'The World Health Organization (WHO) met on Monday. "New infections could follow in '
        'the coming weeks," the latest WHO report said. Who will pay is not known.'
    )
    assert holders(a, "said") == ["World Health Organization"]
