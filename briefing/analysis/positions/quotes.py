"""Direct quotes: find them in the text and give them to the cue that introduces them.

A quote is a run of text between matching quotation marks (curly or straight) inside one
paragraph; it may span sentences. A cue whose content reaches into a quote takes the whole
quote (“A. B,” he said), a cue with no content takes the quote right before or after it
(“…” — X said / X said: “…”), and a second quote after the cue in the same sentence becomes a
second piece of the content (“A,” he said, “B.”). A speech verb the parser gave no content at
all, whose clause a quote follows after a comma or a colon ("spoke to the press after the
speech: “I really urge …”", "observed, “I've seen …”"), is a cue with that quote for content;
so is what a document "read" ("The opinion of the Court read in part, “[I]t is concluded
…”": a cue inside the quote does not keep it from its speaker).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.documents import made
from briefing.analysis.positions.spans import cue_tokens
from briefing.analysis.positions.subjects import subject_of
from briefing.analysis.scan import tokens_where

_QUOTE = re.compile(
    r"“[^”\n]*”|‘‘[^’\n]*’’"
    r"|(?<![\w'’])[‘'](?:[^'’‘\n]|['’](?=\w))*['’](?![\w'’])"  # ‘…’, '…', ‘…'
)
"""Quotations in double marks, and in single marks (some publishers quote so, and mix the
curly and the straight: "‘I think she’s watching her back,' continued"): a single closing
mark followed by a letter is an apostrophe ("Don't", "she’s"), and an opening one never
follows a letter ("Miliband's")."""
MIN_QUOTE_WORDS = 4
"""Shorter quotes are scare quotes (“direct talks”) inside a sentence, not speech."""
NEAR = 6
"""Characters between a quote and its cue's clause: a comma, a dash, a space."""


def quotes(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotes in ``text``, quotation marks included."""
    return list(_quotes(text))


@lru_cache(maxsize=4)  # the rules of one article ask for its quotes several times
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    spans = [(m.start(), m.end()) for m in _QUOTE.finditer(text)] + _straight(text)
    return tuple(sorted((s, e) for s, e in spans if len(text[s:e].split()) >= MIN_QUOTE_WORDS))


def _straight(text: str) -> list[tuple[int, int]]:
    """Quotes in straight double marks, paired within a paragraph; a mark that opens (after
    a space, before a word) while a quote is open ends that one: a quote that runs on over
    sentences opens each with a mark and closes only the last ('"A. "B," he said')."""
    spans = []
    start = None
    for m in re.finditer(r'"|\n', text):
        i = m.start()
        if m.group() == "\n":
            start = None  # a quote never runs over a paragraph's end
            continue
        after = text[i + 1 : i + 2]
        opens = (i == 0 or text[i - 1].isspace()) and after != "" and not after.isspace()
        if start is None:
            start = i
        elif opens:
            spans.append((start, i))
            start = i
        else:
            spans.append((start, i + 1))
            start = None
    return spans


def within(char: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the character ``char`` stands inside one of ``spans``."""
    return any(start <= char < end for start, end in spans)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def attach_quotes(doc: Doc, attributions: list[Attribution], text: str | None = None) -> None:
    """Extend or fill the content of ``attributions`` with the quotes they introduce.

    ``text`` is ``doc.text`` when the caller has it (reading it walks every token)."""
    text = doc.text if text is None else text
    spans = quotes(text)
    used: set[tuple[int, int]] = set()
    for a in attributions:
        if a.pos != "VERB":
            continue
        for q in spans:
            if any(_overlaps(q, piece) for piece in a.content):
                _take(a, q, used)
    for a in attributions:
        addressee = _addressee_only(a)
        if a.pos != "VERB" or (a.content and not addressee):
            continue
        cue_end = a.cue[-1].idx + len(a.cue[-1])
        clause = _clause_span(a)
        for q in spans:
            if q in used:
                continue
            before = 0 <= clause[0] - q[1] <= NEAR and "\n" not in text[q[1] : clause[0]]
            after = 0 <= q[0] - cue_end <= NEAR and "\n" not in text[cue_end : q[0]]
            if before or after:
                if addressee:  # "'...,' Craig Johnson told KSL.com": the quote, not KSL.com
                    a.content, a.content_root = [], None
                _take(a, q, used)
                break
    for a in attributions:
        if a.pos != "VERB" or not a.direct_quote:
            continue
        sent = a.cue[0].sent
        cue_end = a.cue[-1].idx + len(a.cue[-1])
        for q in spans:
            if q not in used and cue_end < q[0] < sent.end_char and q[0] - cue_end <= 2 * NEAR:
                a.content.append(q)
                used.add(q)


SPEAKING = frozenset({"speak", "comment", "observe", "respond", "reply", "post", "tweet"})
"""Verbs that introduce a quote of their own besides the reliable speech verbs ("spoke")."""


def quoted_speech(doc: Doc, found: list[Attribution], text: str) -> list[Attribution]:
    """Speech verbs without an attribution whose clause a free quote follows after a comma or a
    colon, each with that quote for content."""
    every = quotes(text)
    pieces = [p for a in found if not _quoted_cue(a, every) for p in a.content]
    free = [q for q in every if not any(_overlaps(q, p) for p in pieces)]
    if not free:
        return []
    lex = lexicon()
    cues = {t.i for a in found for t in [*a.cue, a.head]}
    made: list[Attribution] = []
    for verb in tokens_where(doc, "POS", ("VERB",)) if free else []:
        if verb.i in cues:
            continue
        speech = lex.speaks(verb.lemma_) or verb.lemma_ in SPEAKING or _writing_reads(verb)
        framed = None if speech else _framed(verb, free, text)
        if not (speech or framed):
            continue
        inverted = framed or _inverted(verb, free, text) or _before_speaker(verb, free, text)
        if inverted is not None:  # "“I am in awe ...” tweeted Mayor of London Sadiq Khan"
            q, source = inverted
            kind = "framed" if framed else "verb"
            made.append(
                Attribution(
                    [verb], verb.lemma_, "VERB", source, content=[q], direct_quote=True, kind=kind
                )
            )
            free.remove(q)
            continue
        sent_end = verb.sent.end_char
        for q in free:
            if not verb.idx < q[0] <= sent_end:
                continue
            before = [t for t in verb.subtree if t.idx < q[0] and t.text not in (",", ":")]
            end = max(t.idx + len(t) for t in before)
            gap = text[end : q[0]]
            if len(gap) <= NEAR and not gap.strip(" ,:") and gap.strip(" "):
                source = subject_of(verb)
                cue = cue_tokens(verb, [])
                made.append(
                    Attribution(
                        cue,
                        verb.lemma_,
                        "VERB",
                        source=source,
                        content=[q],
                        direct_quote=True,
                        anchor=verb,
                    )
                )
                free.remove(q)
                break
    return made


_FRAMING = frozenset({"nsubj", "dobj", "punct", "advmod", "npadvmod"})
"""What a verb that frames a quote may govern besides the quote: its speaker (as an object
too: "continued Hollis"), commas, "then"."""


_FRAME_WORDS = 8
_FRAME_CHARS = 60
"""How far a framing verb stands from its full stop (words) and from the quote (characters,
its speaker between: "..., continued the 75-year-old author.")."""


def _framed(
    verb: Token, free: list[tuple[int, int]], text: str
) -> tuple[tuple[int, int], Token] | None:
    """ "'She is careful and always right,' Hollis smiled.", "'...,' he admitted": any verb
    set between a quote that ends in a comma and its sentence's end, governing nothing but
    its speaker, tells who said the quote: the quote and its speaker."""
    if not any(0 <= verb.idx - q[1] <= _FRAME_CHARS for q in free):
        return None  # no quote just before
    if verb.sent.end - verb.i > _FRAME_WORDS:
        return None  # no full stop a few words on
    if any(c.dep_ not in _FRAMING and not within(c.idx, free) for c in verb.children):
        return None
    subject = subject_of(verb)
    after = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]  # "continued
    speaker = subject if subject is not None else next(iter(after), None)  # the author"
    if speaker is None or not (speaker.pos_ in ("PROPN", "PRON") or speaker.tag_ == "NN"):
        return None
    start = min(verb.idx, speaker.left_edge.idx)
    end = max(verb.idx + len(verb), speaker.idx + len(speaker))
    if not text[end:].startswith(".") or verb.sent.end_char > end + 1:
        return None
    quote = next(
        (
            q
            for q in free
            if 0 <= start - q[1] <= 2
            and not text[q[1] : start].strip(" ")
            and text[q[0] : q[1]].rstrip("'\"’”").endswith(",")
        ),
        None,
    )
    return None if quote is None else (quote, speaker)


def _quoted_cue(a: Attribution, spans: list[tuple[int, int]]) -> bool:
    """A cue inside a quote (“[I]t is concluded that ...”): what it governs is part of what
    the quote's own speaker says."""
    return within(a.head.idx, spans)


def _writing_reads(verb: Token) -> bool:
    """ "The opinion of the Court read in part, “...”": what a document reads."""
    subject = subject_of(verb) if verb.lemma_ == "read" else None
    return subject is not None and made(subject.lemma_.lower())


def _inverted(
    verb: Token, free: list[tuple[int, int]], text: str
) -> tuple[tuple[int, int], Token] | None:
    """A speech verb just after a quote, that the parser gave no subject, and the person
    named just after it: the quote and its speaker."""
    if subject_of(verb) is not None:
        return None
    quote = next(
        (q for q in free if 0 <= verb.idx - q[1] <= 2 and not text[q[1] : verb.idx].strip(" ,")),
        None,
    )
    if quote is None:
        return None
    for t in verb.doc[verb.i + 1 : verb.i + 8]:
        if t.ent_type_ == "PERSON" and (t.i + 1 >= len(t.doc) or t.nbor(1).ent_iob_ != "I"):
            return quote, t
        if t.is_punct and t.text not in ("-",):
            return None
    return None


def _before_speaker(
    verb: Token, free: list[tuple[int, int]], text: str
) -> tuple[tuple[int, int], Token] | None:
    """A quote just before the speaker of a speech verb the patterns missed: "‘That's why I
    have a degree,’ McHenry responds."."""
    source = subject_of(verb)
    if source is None or source.i > verb.i:
        return None
    start = source.left_edge.idx
    quote = next(
        (q for q in free if 0 <= start - q[1] <= 3 and not text[q[1] : start].strip(" ,")), None
    )
    return None if quote is None else (quote, source)


def _clause_span(a: Attribution) -> tuple[int, int]:
    """From the source (or the cue) to the cue: “…,” *he said* / “…” — *said Y*."""
    tokens = list(a.cue)
    if a.source is not None:
        tokens.extend(a.source.subtree)
    start = min(t.idx for t in tokens)
    return start, max(t.idx + len(t) for t in tokens)


def _addressee_only(a: Attribution) -> bool:
    """ "told KSL.com": a content that is only whom a speaker told."""
    root = a.content_root
    return (
        a.head.lemma_ == "tell"
        and len(a.content) == 1
        and root is not None
        and root.dep_ in ("dobj", "dative")
        and (root.pos_ in ("PROPN", "PRON") or bool(root.ent_type_))
    )


def _take(a: Attribution, quote: tuple[int, int], used: set[tuple[int, int]]) -> None:
    cue = (a.cue[0].idx, a.cue[-1].idx + len(a.cue[-1]))
    if _overlaps(cue, quote):
        return
    kept = [p for p in a.content if not _overlaps(p, quote)]
    merged = [(min(p[0], quote[0]), max(p[1], quote[1])) for p in a.content if _overlaps(p, quote)]
    start = min([quote[0]] + [m[0] for m in merged])
    end = max([quote[1]] + [m[1] for m in merged])
    inside = quote[1] - quote[0]
    a.content = sorted(kept + [(start, end)])
    a.direct_quote = a.direct_quote or inside >= 0.5 * (end - start)
    used.add(quote)


def continue_quotes(shown: list[Attribution], every: list[Attribution], text: str) -> None:
    """A quote with no cue of its own, later in the paragraph of a quoted speaker, is more of
    what they said (“A,” Putin said. “B.”): it becomes another piece of their content. Any
    other cue in between (or in the quote) ends the run."""
    cues = sorted(a.cue[0].idx for a in every)
    spans = quotes(text)
    taken = {q for a in every for q in spans if any(_overlaps(q, p) for p in a.content)}
    for a in sorted(shown, key=lambda a: a.cue[0].idx):
        if a.pos != "VERB" or not a.direct_quote or not a.content:
            continue
        end = max(max(p[1] for p in a.content), a.cue[-1].idx + len(a.cue[-1]))
        for q in spans:
            if q[0] < end or q in taken:
                continue
            if "\n" in text[end : q[0]] or any(end <= c < q[1] for c in cues):
                break
            a.content.append(q)
            taken.add(q)
            end = q[1]
