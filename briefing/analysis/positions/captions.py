"""Photo captions set into an article's text: "Poignant: Vegetables sold by Mr Zhang at the
local market were found in the trailer after the crash He added that ...". A caption is not
the story's narration, so the people it names are not whom the next sentence's "he" means.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

LABEL_WORDS = 3
"""The most words a caption's label has before its colon ("Slain in cold blood:" has four and
is missed; "Happy couple:" is caught)."""
_ENDS = frozenset({".", "!", "?", "…"})
_CLOSING = frozenset({"'", '"', "’", "”", ")"})


def _label(words: Span) -> bool:
    """One to ``LABEL_WORDS`` capitalised words, not a pronoun ("He said:" is none)."""
    return (
        0 < len(words) <= LABEL_WORDS
        and all(t.is_alpha and t.text[0].isupper() for t in words)
        and words[0].pos_ != "PRON"
    )


def _label_only(sent: Span) -> bool:
    """ "Aftermath:" parsed as a sentence of its own."""
    if len(sent) > LABEL_WORDS + 2:
        return False
    words = [t for t in sent if not t.is_space]
    return len(words) > 1 and words[-1].text == ":" and _label(sent[: len(words) - 1])


def _labelled(sent: Span) -> bool:
    """ "Aftermath: The trailer": a label, a colon, then a capitalised word (not "He said:
    'We'", whose label is a pronoun and a verb)."""
    colon = next((t.i - sent.start for t in sent[: LABEL_WORDS + 1] if t.text == ":"), None)
    if not colon or sent.start + colon + 1 >= sent.end:
        return False
    return _label(sent[:colon]) and sent[colon + 1].text[:1].isupper()


def _unfinished(sent: Span) -> bool:
    """Ends without a full stop, an exclamation or a question mark (a closing quote or
    bracket after one counts as ending)."""
    for t in reversed(sent):
        if not t.is_space and t.text not in _CLOSING:
            return t.text not in _ENDS
    return False


def _line_ends(sent: Span, after: Span) -> bool:
    """A line break between ``sent`` and the sentence ``after`` it, read from the tokens
    (``Doc.text`` walks every token): the spaces ending one and starting the other."""
    for t in reversed(sent):
        if "\n" in t.text_with_ws:
            return True
        if not t.is_space:
            break
    for t in after:
        if not t.is_space:
            return False
        if "\n" in t.text:
            return True
    return False


def captions(doc: Doc) -> set[int]:
    """The indices (in ``doc.sents``) of the sentences that are captions: a label and a
    colon ("Aftermath:", parsed as a sentence or not) that run on into the next sentence
    without a full stop."""
    sents = list(doc.sents)
    found = set()
    for n, sent in enumerate(sents[:-1]):
        if _line_ends(sent, sents[n + 1]):
            continue
        if _label_only(sent) or ((_labelled(sent) or n - 1 in found) and _unfinished(sent)):
            found.add(n)
    return found


def credit(cue: list[Token], content: list[tuple[int, int]]) -> bool:
    """ "A banner for the event. Image: Paul Budd.": a colon before a name and nothing else
    credits a picture, it says nothing."""
    if [t.text for t in cue] != [":"] or not content:
        return False
    doc = cue[0].doc
    words = [
        t
        for s, e in content
        for t in doc.char_span(s, e, alignment_mode="expand") or ()
        if not t.is_punct
    ]
    return bool(words) and all(t.ent_type_ in ("PERSON", "ORG") for t in words)
