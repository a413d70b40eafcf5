"""A view told in a relative clause whose reported words the parser tore off: "large rural
estates, which President Chavez argues are lying idle" (it hangs "are lying idle" on the main
clause), "what Sella believes is the best side" (it makes "believes" the subject of "is"),
"which Yukos claims was illegally sold" (it reads "claims" as a noun).

A verb of saying or believing that heads a relative clause (or a "what" clause made a
subject), has a relative word and a subject of its own before it and reports no clause of its
own is a cue; its subject holds it. So is such a verb read as a noun right after a relative
word and a name or noun, and right before a verb: the name or noun holds it. What it tells is
the words after it, to the end of the clause (the next comma, colon, dash or the sentence's
end)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.positions.attribution import Attribution
from briefing.analysis.positions.spans import span_of
from briefing.analysis.scan import tokens_where

VERBS = ("say", "claim", "argue", "insist", "allege", "contend", "maintain", "believe", "think")
"""Verbs whose subject holds what the clause they report tells; not "hope" or "fear" (the
subject wants or dreads it, whether or not it is so)."""
_RELATIVES = frozenset({"which", "who", "that", "what", "whom"})
_CLAUSE_ENDS = frozenset({",", ";", ":", "-", "–", "—", "(", ")"})
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "“", "”"})
_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd"})


def torn_views(doc: Doc) -> list[Attribution]:
    """An attribution for each such verb in ``doc`` (module rule)."""
    found = []
    for verb in tokens_where(doc, "LEMMA", VERBS):
        source = _holder(verb) if verb.pos_ == "VERB" else _holder_of_noun(verb)
        if source is None:
            continue
        told = _told(verb)
        if not told:
            continue
        found.append(
            Attribution(
                [verb],
                verb.lemma_,
                "VERB",
                source=source,
                content=[span_of(told)],
                content_root=told[0],
                clausal=True,
            )
        )
    return found


def _holder(verb: Token) -> Token | None:
    """The verb's own subject, after a relative word that is its subject or object in the
    parse ("which President Chavez argues"), when the verb reports no clause of its own."""
    if verb.dep_ not in ("relcl", "csubj"):
        return None
    if any(c.dep_ in _REPORTED and c.lower_ not in _RELATIVES for c in verb.children):
        return None
    children = [c for c in verb.children if c.i < verb.i]
    relative = [c for c in children if c.lower_ in _RELATIVES and c.dep_ in ("nsubj", "dobj")]
    subjects = [c for c in children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVES]
    if not relative or len(subjects) != 1 or subjects[0].i < relative[0].i:
        return None
    return subjects[0]


def _holder_of_noun(word: Token) -> Token | None:
    """ "which Yukos claims was", "which ministers claim will": the name or noun right before
    a cue word read as a noun, after a relative word, before a verb."""
    doc = word.doc
    if word.pos_ != "NOUN" or word.i < 2 or word.i + 1 >= len(doc):
        return None
    holder, relative, after = doc[word.i - 1], doc[word.i - 2], doc[word.i + 1]
    if holder.pos_ not in ("PROPN", "NOUN") or relative.lower_ not in _RELATIVES:
        return None
    return holder if after.pos_ in ("AUX", "VERB") else None


def _listing(comma: Token, words: list[Token]) -> bool:
    """A comma inside a list the words hold ("will tackle crime, terrorism and ...")."""
    after = comma.doc[comma.i + 1] if comma.i + 1 < len(comma.doc) else comma
    return comma.text == "," and after.dep_ == "conj" and after.head in words


def _joining(dash: Token) -> bool:
    """A hyphen inside a word ("long-term"), which spaCy makes a token of its own."""
    return dash.text == "-" and dash.i > 0 and not dash.doc[dash.i - 1].whitespace_


def _told(verb: Token) -> list[Token]:
    """The words after ``verb`` to the end of its clause, when they hold a verb (the parser
    may have begun a sentence in them: "which Jane Doyle argues | are lying unused")."""
    doc = verb.doc
    words: list[Token] = []
    for token in doc[verb.i + 1 :]:
        if token.text in _SENTENCE_ENDS or token.is_space:
            break
        if token.text in _CLAUSE_ENDS and not _listing(token, words) and not _joining(token):
            break
        words.append(token)
    return words if any(t.pos_ in ("VERB", "AUX") for t in words) else []
