"""Character spans of attribution parts: a cue with its auxiliaries, a source's noun phrase
without its relative clauses, a dateline before it or a day beside it, a content's subtree
without edge punctuation, and a content without its own cue or, for a noun cue, what the noun
is about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.subject_names import joined_before

if TYPE_CHECKING:
    from briefing.analysis.positions.cues import Attribution

_NOT_SOURCE = frozenset({"relcl", "acl", "punct", "cc", "conj"})
_BREAKS = frozenset({"—", "–", "--", "(AP)", "(Reuters)"})
_WHEN = frozenset({"DATE", "TIME"})
_ON_DAYS = frozenset({"on", "at", "during", "in", "from", "until"})
_CUE_LEFT = frozenset({"aux", "auxpass", "neg"})
_CUE_ADVERBS = frozenset({"also", "just", "already", "reportedly", "repeatedly", "publicly"})


def span_of(tokens: list[Token]) -> tuple[int, int]:
    """The character span covering ``tokens``, less punctuation at either end."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while len(tokens) > 1 and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def range_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``span_of`` the tokens ``start`` to ``end`` (exclusive), reading only its ends."""
    first, last = start, end - 1
    while last > first and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def subtree_span(token: Token, exclude: set[int] = frozenset()) -> tuple[int, int]:
    tokens = [t for t in token.subtree if t.i not in exclude]
    return span_of(tokens or [token])


def source_span(a: Attribution, source: Token | None) -> tuple[int, int] | None:
    """The characters of the source ``source`` of ``a``: the span the tagger marked when it is
    the attribution's own source, else its noun phrase; either without a day beside it."""
    if source is None:
        return None
    if source is a.source and a.source_span is not None:
        return without_when(source.doc, a.source_span)
    return without_when(source.doc, span_of(source_tokens(source)))


def without_when(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A source's words without a day or a time that opens them ("On Wednesday Mr Blair",
    "Friday Ford Motor Company") or that a preposition hangs on their noun ("The prime
    minister on Sunday"); not one inside them ("the report released in March by Shelter") nor
    one a verb of theirs takes ("which begins on 17 January")."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or len(words) < 2:
        return span
    first, last = words.start, words.end - 1
    opening = first + (doc[first].pos_ == "ADP" and doc[first + 1].ent_type_ in _WHEN)
    if doc[opening].ent_type_ in _WHEN and doc[opening].lower_ not in ("the", "a"):
        while opening < last and (doc[opening].ent_type_ in _WHEN or doc[opening].text == ","):
            opening += 1
        owned = any(t.tag_ == "POS" for t in doc[first : opening + 1])  # "June's daughter"
        first = first if owned or doc[opening].ent_type_ in _WHEN else opening
    end = last
    while end > first and doc[end].ent_type_ in _WHEN:
        end -= 1
    on = doc[end].lower_ in _ON_DAYS and doc[end].head.pos_ != "VERB"
    if end < last and end > first and on:  # not "Leader of the Year", "friends for 60 years"
        last = end - 1
    return range_span(doc, first, last + 1)


def source_tokens(head: Token) -> list[Token]:
    """The words of the noun phrase headed by ``head``, without relative clauses."""
    if head.tag_ in ("WP", "WDT") or head.pos_ == "PRON":
        return [head]
    tokens = [head]
    for child in head.children:
        if child.dep_ not in _NOT_SOURCE:
            tokens.extend(child.subtree)
    for child in head.children:  # "Germany, France, and Poland" stay one source
        if child.dep_ == "conj":
            tokens.extend(t for t in child.subtree if t.dep_ not in ("relcl",))
            tokens.extend(c for c in head.children if c.dep_ == "cc")
    relcl = {t.i for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    for conj in head.conjuncts:
        relcl |= {t.i for c in conj.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    tokens = sorted((t for t in tokens if t.i not in relcl), key=lambda t: t.i)
    # A dateline ("RENO, Nev. (AP) —") or a headline above the name is not part of it.
    cut = [t.i for t in tokens if t.i < head.i and (t.text in _BREAKS or "\n" in t.text)]
    if cut:
        tokens = [t for t in tokens if t.i > max(cut)]
    return tokens


def cue_tokens(verb: Token, extra: list[Token]) -> list[Token]:
    """The cue verb with the auxiliaries, negation and adverbs right before it ("has also
    said", "did not mention"), its particle and any preposition that opens its content."""
    left = [
        c
        for c in verb.children
        if c.i < verb.i
        and c.lower_ != "to"
        and (c.dep_ in _CUE_LEFT or (c.dep_ == "advmod" and c.lower_ in _CUE_ADVERBS))
    ]
    tokens = [verb, *extra, *(c for c in verb.children if c.dep_ == "prt")]
    for c in sorted(left, key=lambda t: -t.i):  # contiguous only
        if all(t in left or t.is_space for t in verb.doc[c.i + 1 : verb.i]):
            tokens.append(c)
    return sorted(tokens, key=lambda t: t.i)


ABOUT = frozenset({"of", "for", "to", "on", "about", "against"})
"""Prepositions of what a noun cue is about: "claims *of widespread voter fraud*"."""


def with_noun_content(a: Attribution) -> Attribution:
    """A tagged noun cue with no content takes what the noun is about: "the president's
    claims *of widespread voter fraud*" (the reader shows what a party holds; PolNeAR's
    layer keeps the tagger's own spans)."""
    if a.kind != "tagged" or a.pos != "NOUN" or a.content:
        return a
    prep = next((c for c in a.head.children if c.dep_ == "prep" and c.lower_ in ABOUT), None)
    if prep is not None:
        a.content = [subtree_span(prep)]
        a.content_root = prep
    return a


def with_content(a: Attribution) -> Attribution:
    """``a`` with what it is about when it has no content: the phrase right after a cue that
    ends in its own object (``phrase_after``), a tagged noun cue's subject
    (``with_noun_content``), or what a speech verb reports that the parser hung elsewhere
    (``said_clause``, ``around_aside``)."""
    if a.content:
        return a
    if phrase := phrase_after(a.cue):
        a.content, a.content_root = [span_of(phrase)], phrase[0]
    elif a.pos != "VERB" or not lexicon().speaks(a.head.lemma_):
        return with_noun_content(a)
    elif clause := said_clause(a.head):
        a.content = [span_of(clause)]
        a.content_root = clause[0].head if clause[0].lower_ == "that" else clause[0]
    elif pieces := around_aside(a.head, a.source):
        a.content = [span_of(p) for p in pieces]
        a.content_root = a.head.sent.root
    return a


def phrase_after(cue: list[Token]) -> list[Token]:
    """What a cue that ends in its own object is about: the phrase its last word takes right
    after it ("pleaded guilty *to charges that ...*", "told *of his shock*")."""
    last = cue[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if after is None or after.dep_ != "prep" or after.head not in cue or after.lower_ not in ABOUT:
        return []
    return list(after.subtree) if any(c.dep_ in ("pobj", "pcomp") for c in after.children) else []


def around_aside(verb: Token, source: Token | None) -> list[list[Token]]:
    """The rest of the sentence around a speech verb set aside by commas with its speaker
    ("..., it said.", "By contrast, says Mr Cox, the Mac mini is cheap."), when the parser
    hung it there as a clause of its own; none when the aside holds other words or the rest
    no verb (the parser may hang the speaker on the rest: "says Mr Cox, the Mac mini is")."""
    as_said = verb.dep_ == "advcl" and any(c.lower_ == "as" for c in verb.children)
    hung = verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("relcl", "acl", "advcl")
    if hung and not as_said:  # "as the man says"; not "David Klein, who argued with them, quit"
        return []
    sent = verb.sent
    commas = [t.i for t in sent if t.text == ","]
    before = max((i for i in commas if i < verb.i), default=None)
    after = min((i for i in commas if i > verb.i), default=None)
    if before is None and after is None:
        return []
    start = sent.start if before is None else before + 1
    end = sent.end if after is None else after
    own = {t.i for t in verb.subtree}
    speaker = {t.i for t in source_tokens(source)} if source is not None else set()
    aside = [t for t in verb.doc[start:end] if not t.is_punct and t.i not in speaker]
    earlier = any(t.i in own and not t.is_punct for t in sent if t.i < start)
    if earlier or any(t.i not in own for t in aside):
        return []
    edges = [(sent.start, before)] if before is not None else []
    edges += [(after + 1, sent.end)] if after is not None else []
    pieces = [[t for t in verb.doc[a:b] if not t.is_space] for a, b in edges]
    described = {t.i for t in source.subtree} if source is not None else set()
    pieces = [p for p in pieces if p and not all(t.is_punct or t.i in described for t in p)]
    verbs = any(t.pos_ in ("VERB", "AUX") for p in pieces for t in p)
    return pieces if verbs else []


def said_clause(verb: Token) -> list[Token]:
    """What a speech verb reports, hung elsewhere by the parser: an adverbial clause after it
    with a subject of its own and no marker ("He said after seven years Labour had
    changed"; not "said nothing when the minister resigned"), or a "that" clause after
    phrases of the verb ("said in its submission before the Budget that action was needed",
    read as a clause on "Budget")."""
    for child in verb.children:
        marked = any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in child.children)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if child.dep_ == "advcl" and child.i > verb.i and subject and not marked:
            return list(child.subtree)
    doc, end = verb.doc, verb.sent.end
    phrases = {t.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i for t in c.subtree}
    after = verb.i + 1
    while after < end and after in phrases and doc[after].lower_ != "that":
        after += 1
    if after == verb.i + 1 or after >= end or doc[after].lower_ != "that":
        return []
    words = [t for t in doc[after:end] if not (t.is_punct and t.i == end - 1)]
    return words if any(t.pos_ in ("VERB", "AUX") for t in words) else []


def without_cue(a: Attribution, text: str) -> Attribution:
    """A content piece that holds its own cue ("which he said would allow him to act") starts
    after the cue: "would allow him to act"."""
    cue_start = a.cue[0].idx
    cue_end = a.cue[-1].idx + len(a.cue[-1])
    pieces = []
    for start, end in a.content:
        if start <= cue_start < end:
            if start < cue_start and a.source is not None and a.source.idx < start:
                pieces.append((start, cue_start))  # the part before the cue is content
            pieces.append((cue_end, end))
        else:
            pieces.append((start, end))
    a.content = [_trimmed(text, s, e) for s, e in pieces if text[s:e].strip()]
    return a


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clause_before(verb: Token, source: Token | None) -> list[tuple[int, int]]:
    """ "Another student sued the district, reported The Salt Lake Tribune": what a verb
    set after its clause and a comma, with its source after it, reports is that clause."""
    if source is None or source.i < verb.i or verb.i == verb.sent.start:
        return []
    if verb.doc[verb.i - 1].text != ",":
        return []
    before = [t for t in verb.sent if t.i < verb.i - 1 and not t.is_space]
    return [span_of(before)] if any(not t.is_punct for t in before) else []


def apart_from_source(
    pieces: list[tuple[int, int]], verb: Token, source: Token | None
) -> list[tuple[int, int]]:
    """The content without its source where the parser read the source into it: after the
    verb as its object ("..., reported The Salt Lake Tribune": ``clause_before``), or before
    it hung on the content's last word ("... a backward view of Islam, President Musharraf of
    Pakistan has said": what comes before the name)."""
    if source is None or not any(s <= source.idx < e for s, e in pieces):
        return pieces
    if source.i > verb.i:
        return clause_before(verb, source) if len(pieces) == 1 else pieces
    if any(e > verb.idx for _, e in pieces):
        return pieces  # "the allegations which he said had been made": around the verb
    first = min(t.i for t in source_tokens(source))
    before = [t for t in verb.doc[verb.sent.start : first] if not t.is_space]
    while before and before[-1].is_punct:
        before.pop()
    return [span_of(before)] if before else []


_CONTRASTS = frozenset({"while", "whereas"})


def anothers_speech(clause: Token) -> Token | None:
    """A clause set against a reported ``clause`` that another speaker says: "wrote" of "the
    victims were 'joyful girls' while Interior Minister Joachim Brudziński wrote he had
    ordered checks" (what the minister wrote is his, not the reporter's), or that the parser
    hung on it with its speaker joined to a noun before ("the two men are behaving like
    squabbling schoolboys and the Liberal Democrats claim")."""
    for t in clause.subtree:
        if t.dep_ != "advcl" or t.i <= clause.i or not lexicon().speaks(t.lemma_):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONTRASTS for c in t.children) and any(
            c.dep_ == "nsubj" for c in t.children
        ):
            return t
        if joined_before(t) is not None:  # "... like schoolboys and the Lib Dems claim"
            return t
    return None


def speech_start(verb: Token) -> Token:
    """The first word of ``verb``'s clause, from the "and" before a subject the parser joined
    to the clause before (``joined_before``)."""
    subject = joined_before(verb)
    if subject is None:
        return verb.left_edge
    first = subject.left_edge
    cc = [c for c in subject.head.children if c.dep_ == "cc" and c.i < first.i]
    return cc[-1] if cc else first


def end_before(token: Token) -> int:
    """Where the words before ``token`` end: after the last word or quotation mark."""
    words = [w for w in token.doc[: token.i] if not w.is_space and (w.is_quote or not w.is_punct)]
    return words[-1].idx + len(words[-1]) if words else token.idx


_DOUBLE = '"“”'


def closed_quotes(text: str, pieces: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """Content pieces that take in the quotation mark they stop just short of, when they hold
    the other one ('the Tories offered a "hard right agenda' -> '... agenda"'; '"our
    country' of 'said "our country" was'): a reader sees quotes that open and close. A mark
    that opens the next quote ('... for men. "But') stays out: it has a letter after it."""
    out = []
    for start, end in pieces:
        if sum(text.count(q, start, end) for q in _DOUBLE) % 2:
            if _mark_at(text, end, after=True):
                end += 1
            elif _mark_at(text, start - 1, after=False):
                start -= 1
        out.append((start, end))
    return tuple(out)


def _mark_at(text: str, i: int, after: bool) -> bool:
    """A double quotation mark at ``i`` that closes (``after``: no letter or digit follows
    it) or opens (none comes before it) what is next to it."""
    if not 0 <= i < len(text) or text[i] not in _DOUBLE:
        return False
    beside = i + 1 if after else i - 1
    return not (0 <= beside < len(text) and text[beside].isalnum())
