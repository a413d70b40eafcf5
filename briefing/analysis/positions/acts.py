"""Acts that state a party's view: a decree signed, a lawsuit filed, a stay or a ruling
issued, a statement released, responsibility claimed (``data/acts.tsv``).

PolNeAR does not mark most of these, so the tagger does not find them; the reader lists them
when the one who acts is a party: "Chahed signed a government decree banning the niqab" is
what Chahed demands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.spans import subtree_span
from briefing.analysis.positions.subjects import subject_of

_CONTENT_DEPS = frozenset({"acl", "relcl", "prep", "ccomp"})
_VERB_CONTENT = _CONTENT_DEPS | {"advcl", "xcomp"}


def act_stance(noun: str) -> str | None:
    return lexicon().act_stances.get(noun)


def _content(noun: Token) -> tuple[int, int] | None:
    """What the act says: "a decree *banning anyone ...*", "a lawsuit *against the state of
    emergency*", "a stay *on the ruling*"."""
    part = next((c for c in noun.children if c.dep_ in _CONTENT_DEPS and c.i > noun.i), None)
    if part is None and noun.head.i < noun.i:  # "issued a stay, delaying the order"
        verb = noun.head
        part = next((c for c in verb.children if c.dep_ in _VERB_CONTENT and c.i > noun.i), None)
    return subtree_span(part) if part is not None else None


def find_acts(doc: Doc) -> list[Attribution]:
    """Every "<verb> a <act noun>" whose verb has a subject, as an attribution."""
    verbs, nouns = lexicon().act_verbs, lexicon().act_stances
    found = []
    for noun in doc:
        head = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in nouns or head.lemma_ not in verbs:
            continue
        source = subject_of(head)
        content = _content(noun)
        if source is None or content is None:
            continue
        cue = [head, *(t for t in doc[head.i + 1 : noun.i + 1] if noun.i in (t.i, t.head.i))]
        found.append(
            Attribution(
                cue,
                noun.lemma_.lower(),
                "NOUN",
                source=source,
                content=[content],
                stance_key=noun.lemma_.lower(),
                kind="light",
                anchor=head,
            )
        )
    return found
