"""A report set after what it reports, which the parser left without a clause: "The debt
of a divorced retiree averages £22,100, Prudential's report said, while ..." (the parser read
"averages" as a noun, so the sentence has no verb before "said" to be its clause); and a
report set before what it reports that the parser hung on it as its clause: "Deutsche Welle
reported in mid-2019, 62 Tesco outlets had closed" (``_ahead``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.names import TEAM_ROLES
from briefing.analysis.positions.companions import companions
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.spans import cue_tokens, span_of
from briefing.analysis.positions.subjects import finite, subject_of
from briefing.analysis.scan import tokens_where

_GOVERNED = frozenset({"ccomp", "dobj", "xcomp", "dative", "attr", "oprd"})
"""What a speech verb says when the parser found it: then the patterns have the cue."""
_LINKS = frozenset({"ADV", "CCONJ", "SCONJ", "PUNCT", "INTJ"})


def inverted_reports(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """The reports the patterns missed whose speaker is named after a comma, right before a
    speech verb that governs nothing said: what they report is the sentence before that
    comma. Not when a quotation mark is in it (``quotes`` reads quotes)."""
    lex = lexicon()
    taken = {t.i for a in found for t in a.cue}
    reports = []
    for verb in tokens_where(doc, "POS", ("VERB",)):
        if verb.i in taken or not lex.speaks(verb.lemma_):
            continue
        if not finite(verb) or verb.dep_ == "relcl":  # not "The 28-year-old, who hails from"
            continue
        if any(c.dep_ in _GOVERNED for c in verb.children):
            continue
        ahead = _ahead(verb)
        if ahead:
            reports.append(_report(verb, subject_of(verb), ahead))
            continue
        named = _speaker_after(verb)
        if named is not None:
            reports.append(_report(verb, named, _around(verb, named)))
            continue
        speaker = _speaker(verb)
        if speaker is None:
            continue
        before = [t for t in doc[verb.sent.start : speaker.left_edge.i - 1] if not t.is_space]
        if not any(t.pos_ in ("VERB", "AUX", "NOUN") for t in before):
            continue
        after = verb.i + 1 if verb.i + 1 < verb.sent.end else verb.i
        if _quoted(verb, speaker.left_edge.i - 1, after):
            continue
        reports.append(_report(verb, speaker, [span_of(before), *_resumed(verb)]))
    return reports


def _report(verb: Token, speaker: Token | None, content: list[tuple[int, int]]) -> Attribution:
    return Attribution(
        cue_tokens(verb, []),
        verb.lemma_,
        "VERB",
        source=speaker,
        companions=companions(verb),
        content=content,
        clausal=True,
        strength=lexicon().verb_strength(verb.lemma_),
        anchor=verb,
    )


def _ahead(verb: Token) -> list[tuple[int, int]]:
    """What a speaker's report set before it says when the parser made the report a clause
    of the verb after it, past a comma: the sentence from that comma on."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or subject_of(verb) is None:
        return []
    doc = verb.doc
    comma = next((t for t in doc[verb.i + 1 : head.i] if t.text == ","), None)
    if comma is None or comma.head != head or comma.i < verb.right_edge.i:
        return []
    rest = [t for t in doc[comma.i + 1 : verb.sent.end] if not t.is_space]
    while rest and rest[-1].is_punct and not rest[-1].is_quote:
        rest.pop()
    return [span_of(rest)] if rest else []


def _speaker(verb: Token) -> Token | None:
    """The subject right before ``verb`` that a comma sets off from what comes before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    speaker = subjects[-1]
    if speaker.tag_ in ("WP", "WDT"):
        return None
    start = speaker.left_edge.i
    if start - 1 <= verb.sent.start or verb.doc[start - 1].text != ",":
        return None
    between = verb.doc[speaker.i + 1 : verb.i]
    return speaker if all(t.dep_ in ("aux", "advmod", "neg") for t in between) else None


def _resumed(verb: Token) -> list[tuple[int, int]]:
    """The rest of a sentence the report interrupts, after the comma that closes it ("Many
    of the cultures in Montana, the complaint pointed out, have a concept of family")."""
    doc, end = verb.doc, verb.sent.end
    after = verb.i + 1
    while after < end and (doc[after].dep_ in ("prt", "prep", "pobj", "det", "npadvmod")):
        after += 1  # "pointed out", "said in a statement", "said on Tuesday"
    if after >= end or doc[after].text != ",":
        return []
    rest = [t for t in doc[after + 1 : end] if not t.is_space]
    return [span_of(rest)] if any(not t.is_punct for t in rest) else []


def _speaker_after(verb: Token) -> Token | None:
    """ "The answer, says Prof Brewer, is wi-fi": the subject right after a speech verb that
    commas set inside its sentence (the parser may hang the sentence's own subject on the
    verb too); not in a sentence with a quotation mark (``quotes`` reads those)."""
    doc, sent = verb.doc, verb.sent
    if verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if speaker is None or speaker.left_edge.i != verb.i + 1:
        return None
    end = _name_end(speaker)  # the parser may hang the closing comma on the name
    if end >= sent.end - 1 or doc[end].text != "," or _quoted(verb, verb.i - 1, end):
        return None
    return speaker


def _name_end(speaker: Token) -> int:
    """The index after a speaker's last word, a comma the parser hung on it left out."""
    end = speaker.right_edge.i
    while end > speaker.i and speaker.doc[end].is_punct:
        end -= 1
    return end + 1


def _quoted(verb: Token, before: int, after: int) -> bool:
    """A quotation the report splits ("'It is,' said Mr Lee, 'over'", "'Part of it,' he
    said"), the report's words from ``before`` to ``after``: ``quotes`` reads it. Quotation
    marks elsewhere in the sentence only mark a term ("Part of the reason these 'bot nets'
    spread, he said, was ...")."""
    doc, sent = verb.doc, verb.sent
    beside = [doc[i] for i in (before - 1, before + 1, after - 1, after + 1) if 0 <= i < len(doc)]
    return doc[sent.start].is_quote or any(t.is_quote and t.dep_ != "case" for t in beside)


def _around(verb: Token, speaker: Token) -> list[tuple[int, int]]:
    """What a report set inside its sentence says: the sentence before it and after it."""
    doc, sent = verb.doc, verb.sent
    rest = [t for t in doc[_name_end(speaker) + 1 : sent.end] if not t.is_space]
    while rest and rest[-1].is_punct:
        rest.pop()
    before = [t for t in doc[sent.start : verb.i - 1] if not t.is_space]
    if all(t.pos_ in _LINKS for t in before):
        before = []  # "Also, said Mr Flynn, Vodafone has ...": a link, nothing said
    return [span_of(part) for part in (before, rest) if part]


def role_after_quote(token: Token) -> bool:
    """'"It was great play," said the Tottenham striker': a team's role that speaks the
    quote just before it, in sport reports the person the passage is about (the player, though
    the role names the team, where "the Labour spokesman" speaks for Labour)."""
    verb = token.head
    if token.lemma_.lower() not in TEAM_ROLES or token.dep_ != "nsubj":
        return False
    start = min(verb.i, token.left_edge.i)
    before = token.doc[max(0, start - 2) : start]  # a quote that runs into it: ',"' not '."'
    return len(before) == 2 and before[1].is_quote and before[0].text in (",", "?", "!")
