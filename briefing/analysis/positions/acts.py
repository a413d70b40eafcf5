"""Acts that state a party's view: a decree signed, a lawsuit filed, a stay or a ruling
issued, a statement released, responsibility claimed (``data/acts.tsv``).

PolNeAR does not mark most of these, so the tagger does not find them; the reader lists them
when the one who acts is a party: "Chahed signed a government decree banning the niqab" is
what Chahed demands.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.companions import companions
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.spans import subtree_span
from briefing.analysis.positions.subjects import subject_of

_CONTENT_DEPS = frozenset({"acl", "relcl", "prep", "ccomp"})
_VERB_CONTENT = _CONTENT_DEPS | {"advcl", "xcomp"}
_ENACTING = frozenset({"sign", "enact"})


def act_stance(noun: str) -> str | None:
    return lexicon().act_stances.get(noun)


def _stance_key(noun: Token, verb: Token) -> str:
    """The act noun, or "decree" for a proposal signed: signing a bill into law orders it."""
    word = noun.lemma_.lower()
    if verb.lemma_ in _ENACTING and act_stance(word) == "proposes":
        return "decree"
    return word


def _content(noun: Token) -> tuple[int, int] | None:
    """What the act says: "a decree *banning anyone ...*", "a lawsuit *against the state of
    emergency*", "a stay *on the ruling*"."""
    part = next((c for c in noun.children if c.dep_ in _CONTENT_DEPS and c.i > noun.i), None)
    if part is None and noun.head.i < noun.i:  # "issued a stay, delaying the order"
        verb = noun.head
        part = next(
            (
                c
                for c in verb.children
                if c.dep_ in _VERB_CONTENT and c.i > noun.i and not _circumstance(c)
            ),
            None,
        )
    return subtree_span(part) if part is not None else None


_DESPITE = frozenset({"although", "though", "whereas"})


def _circumstance(clause: Token) -> bool:
    """ "will formally open the proceedings, *although his speech will be pre-empted*": a
    clause saying despite what, not what the act says (but "issued weather alerts as the
    storm approached" warns of it)."""
    return any(c.dep_ == "mark" and c.lower_ in _DESPITE for c in clause.children)


def _by_agent(noun: Token, verbs: frozenset[str]) -> tuple[Token, Token] | None:
    """ "a lawsuit *filed by Texas*", "a subpoena *issued by a grand jury*": the verb and the
    one who did it."""
    for verb in noun.children:
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in verbs:
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            if agent is not None:
                return verb, agent
    return None


def _act_content(noun: Token, verb: Token) -> tuple[int, int] | None:
    """What an act done "by" someone says: its own content, or what its verb runs on to
    ("a lawsuit filed by Texas *which tried to overturn the results*")."""
    found = _content(noun)
    if found is not None and verb.i not in range(*_token_range(found, noun.doc)):
        return found
    part = next((c for c in noun.children if c.dep_ == "relcl" and c.i > verb.i), None)
    if part is None:
        part = next((c for c in verb.children if c.dep_ in _VERB_CONTENT and c.i > verb.i), None)
    return subtree_span(part) if part is not None else None


def _token_range(span: tuple[int, int], doc: Doc) -> tuple[int, int]:
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    return (chars.start, chars.end) if chars is not None else (0, 0)


def _purchase(noun: Token, verb: Token) -> bool:
    """ "Ryanair has placed an order for 70 Boeing planes": a firm buying, no order to anyone."""
    return noun.lemma_.lower() == "order" and verb.lemma_ == "place"


def find_acts(doc: Doc) -> list[Attribution]:
    """Every "<verb> a <act noun>" whose verb has a subject, and every "<act noun> <verb>ed
    by <agent>", as an attribution."""
    verbs, nouns = lexicon().act_verbs, lexicon().act_stances
    found = []
    for noun in doc:
        if noun.lemma_.lower() not in nouns or noun.ent_type_ == "PERSON":
            continue  # "brought along her husband Bill": a man, not a bill
        head = noun.head
        done_by = _by_agent(noun, verbs)
        if done_by is not None:
            verb, source = done_by
            content = _act_content(noun, verb)
            cue = [noun, verb]
        elif noun.dep_ == "dobj" and head.lemma_ in verbs and not _purchase(noun, head):
            verb, source, content = head, subject_of(head), _content(noun)
            if content is None and _stance_key(noun, verb) == "decree":
                content = subtree_span(noun)  # "signs state anti-abortion measure"
            cue = [head, *(t for t in doc[head.i + 1 : noun.i + 1] if noun.i in (t.i, t.head.i))]
        else:
            continue
        if source is None or content is None:
            continue
        found.append(
            Attribution(
                cue,
                noun.lemma_.lower(),
                "NOUN",
                source=source,
                companions=companions(verb) if done_by is None else [],
                content=[content],
                stance_key=_stance_key(noun, verb),
                kind="light",
                anchor=verb,
            )
        )
    return found
