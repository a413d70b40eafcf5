"""Headlines the parser reads as noun phrases: "Tunisian Prime Minister signs decree to ban
face veils", "U.S. judge orders release of tax records", "Cairo summit denounces offensive".

In a title (the first line, followed by a blank line) where no verb has a subject, the first
word that is a reporting, stance or act verb in the third person present ("signs", "orders",
"denounces") is the cue; the words before it name the source, the words after it the content.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.types import Position

_SENTENCE_ENDS = frozenset({".", "!", ";", ":", ","})


def title_of(doc: Doc) -> Span | None:
    """The headline: the first line, when a blank line follows it and it does not end as a
    sentence does ("Putin said the talks would go ahead." opens a text with no headline)."""
    first = next(iter(doc.sents), None)
    if first is None or first.text.rstrip()[-1:] in _SENTENCE_ENDS:
        return None
    after = doc[first.end : first.end + 1].text_with_ws  # the sentence's own words only:
    if "\n\n" not in (first.text_with_ws + after)[: len(first.text) + 2]:  # not doc.text
        return None
    end = first.end
    while end > first.start and doc[end - 1].is_space:
        end -= 1  # the blank line is part of the sentence
    return doc[first.start : end]


HEADLINE_VIEWS = frozenset({"eye", "aim", "rue"})
"""Verbs a headline tells a view with that a report's sentences seldom do: "McClaren eyes Uefa
Cup top spot", "Costin aims for comeback", "Ferguson rues failure to cut gap" (the gold makes
positions of six of the eight such headlines in the development sets; not "targets", one in
five)."""


def _verb_key(token: Token) -> str | None:
    """The verb a headline word is the third person of ("signs" -> "sign")."""
    word = token.lower_
    if not word.endswith("s") or token.is_title and token.i > 0 and token.pos_ == "PROPN":
        return None
    lex = lexicon()
    ies = word[:-3] + "y" if word.endswith("ies") else word  # "decries", "denies"
    for key in (word[:-1], word[:-2], ies, token.lemma_.lower()):
        if lex.states_a_view(key) or key in lex.act_verbs or key in HEADLINE_VIEWS:
            return key
    return None


def headline_attributions(doc: Doc) -> list[Attribution]:
    """The attributions a telegraphic headline makes that the parser missed (one per clause:
    "U.S. judge orders release of tax records; appeals court issues delay")."""
    inverted = _inverted(_first_line(doc))
    if inverted is not None:
        return [inverted]
    title = title_of(doc)
    if title is None or len(title) < 3:
        return []
    labelled = _labelled(title) or _feeling(title)
    if labelled is not None:
        return [labelled]
    found = []
    start = title.start
    for token in title[1:-1]:
        if token.i < start or token.text in (";", ":"):
            start = max(start, token.i + 1) if token.text in (";", ":") else start
            continue
        key = _verb_key(token)
        read_right = token.pos_ in ("VERB", "AUX") and _has_subject(token)
        if key is None or (read_right and key not in HEADLINE_VIEWS):
            continue  # a clause the parser read right: the rules have it
        if not _reads_as_verb(token, key):
            continue
        made = _made(doc, title, start, token, key)
        if made is not None:
            found.append(made)
            start = title.end
    return found


def with_headlines(every: list[Attribution], headlines: list[Attribution]) -> list[Attribution]:
    """``every`` with the ``headlines`` whose cue no other attribution has; one the tagger
    marked with no content of its own ("Reed:" before the words) gives way."""
    taken = {t.i for a in every if a.content or a.kind != "tagged" for t in a.cue}
    new = [a for a in headlines if not taken & {t.i for t in a.cue}]
    cut = {t.i for a in new for t in a.cue}
    title = title_of(every[0].cue[0].doc) if every else None
    kept = [a for a in every if not cut & {t.i for t in a.cue}]
    return [_named_before(a, title) for a in kept] + new


def _named_before(a: Attribution, title: Span | None) -> Attribution:
    """ "Benitez issues warning to Gerrard": the parser took the headline's verb ("issues")
    for a noun and the speaker; the speaker is the name before it."""
    source = a.source
    if source is None or title is None or not title.start < source.i < title.end:
        return a
    if source.pos_ not in ("NOUN", "VERB") or _verb_key(source) is None:
        return a
    before = [t for t in title if t.i < source.i and t.pos_ in ("NOUN", "PROPN")]
    return replace(a, source=before[-1]) if before else a


def _made(doc: Doc, title: Span, start: int, token: Token, key: str) -> Attribution | None:
    before = [t for t in doc[start : token.i] if t.pos_ in ("NOUN", "PROPN") or _name_opening(t)]
    if not before:
        return None
    cue = [token]
    after = token.nbor(1) if token.i + 1 < title.end else None
    stance_key = None
    if after is not None and after.lemma_.lower() in lexicon().act_stances:
        cue.append(after)  # "signs decree"
        stance_key = after.lemma_.lower()
    end = next((t.i for t in doc[cue[-1].i + 1 : title.end] if t.text == ";"), title.end)
    if cue[-1].i + 1 >= end:
        return None
    content = (doc[cue[-1].i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
    return Attribution(
        cue, key, "VERB", source=before[-1], content=[content], stance_key=stance_key, anchor=token
    )


def _reads_as_verb(token: Token, key: str) -> bool:
    """A headline verb follows its subject's last noun and is not followed by a verb of its
    own ("Hong Kong protests continue": a noun); an act verb takes an act noun ("signs
    decree", not "grants eleven people clemency")."""
    before, after = token.nbor(-1), token.nbor(1) if token.i + 1 < len(token.doc) else None
    if before.pos_ not in ("NOUN", "PROPN") and not _name_opening(before):
        return False
    if after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ not in ("VBG", "VB"):
        return False  # but "Ferrero eyes return to top form": no verb's base after its subject
    lex = lexicon()
    only_act = key in lex.act_verbs and not lex.states_a_view(key)
    return not only_act or (after is not None and after.lemma_.lower() in lex.act_stances)


def _name_opening(token: Token) -> bool:
    """ "Short attacks US over tsunami aid": a capitalised word opening the headline that the
    parser took for an adverb or an adjective is the name of the one who acts."""
    at_start = token.i == 0 or token.nbor(-1).is_space
    return at_start and token.is_title and token.pos_ in ("ADV", "ADJ", "X", "INTJ")


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _first_line(doc: Doc) -> Span:
    """The words before the first blank line (the parser may split a headline in two)."""
    end = next((t.i for t in doc[:40] if t.is_space and "\n\n" in t.text), 0)
    return doc[:end]


def _inverted(title: Span) -> Attribution | None:
    """ "House prices rebound says Halifax": a speech verb with only a name after it, which
    the parser may cut off as a sentence of its own."""
    if len(title) < 4:
        return None
    name = [t for t in title if t.pos_ == "PROPN"]
    for token in title[2:-1]:
        rest = title.doc[token.i + 1 : title.end]
        if token.lower_ not in _SAYS or not all(t.pos_ in ("PROPN", "DET") for t in rest):
            continue
        if not name or name[-1].i != title.end - 1 or token.nbor(-1).is_punct:
            return None  # "..., says X": the parse has it
        content = (title[0].idx, token.nbor(-1).idx + len(token.nbor(-1)))
        return Attribution([token], "say", "VERB", source=name[-1], content=[content], anchor=token)
    return None


_ABOUT = frozenset({"with", "over", "about", "on", "of", "at"})


def _feeling(title: Span) -> Attribution | None:
    """ "Owen delighted with Real display", "Celtic unhappy over Bulgaria date": a name, an
    adjective of feeling (``stances.tsv``) and what it is about."""
    doc = title.doc
    for token in title[1:-2]:
        about = token.nbor(1)
        if not lexicon().feeling(token.lower_) or about.lower_ not in _ABOUT:
            continue
        if not all(t.is_title or t.is_upper for t in doc[title.start : token.i]):
            return None  # "Fans angry over ...": no name
        content = (about.nbor(1).idx, title[-1].idx + len(title[-1]))
        return Attribution(
            [token, about],
            token.lower_,
            "ADJ",
            source=token.nbor(-1),
            content=[content],
            anchor=token,
        )
    return None


_SAYS = frozenset({"says", "warns", "claims", "insists"})
_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _labelled(title: Span) -> Attribution | None:
    """ "Reed: That was a hard fight", "Pensions must be fair - Kennedy": a headline that
    gives one name, before a colon or after a dash, and the words of the one it names; the
    name must be a person's or a body's the article names again ("Profile: Jane Moss" and
    "Analysis: No easy answers" name nobody)."""
    doc = title.doc
    first, last = title[0], title[-1]
    if len(title) >= 4 and title[1].text == ":":
        source, cue, content = first, title[1], doc[title.start + 2 : title.end]
    elif len(title) >= 4 and title[-2].text in _DASHES and title[-3].whitespace_:  # not
        # "breaks into T-Mobile"
        source, cue, content = last, title[-2], doc[title.start : title.end - 2]
    else:
        return None
    named_again = any(
        t.text == source.text and t.ent_type_ in ("PERSON", "ORG") for t in doc[title.end :]
    )
    if not named_again or not source.is_title:
        return None
    span = (content[0].idx, content[-1].idx + len(content[-1]))
    return Attribution([cue], "say", "VERB", source=source, content=[span], anchor=cue)


_LEAD = 2
"""Sentences after a headline that say what it says: the lead, and a dateline before it
("Saturday, February 2, 2019")."""


def with_lead_holders(
    found: list[Attribution], held: dict[int, list[Position]], doc: Doc
) -> dict[int, list[Position]]:
    """ "Brown ally rejects Budget spree" above "Gordon Brown's closest ally has denied ...",
    "Rovers reject third Ferguson bid" above "Blackburn Rovers have rejected": a headline
    whose source names nobody holds what it says as the party the lead (the first sentences
    after it, ``_LEAD``) gives the same words, by the same source noun or the same verb.
    ``found``: the attributions no group described holds ("World leaders call for ..." is
    the world leaders', not the first of them the lead names)."""
    title = title_of(doc)
    body = list(islice((s for s in doc.sents if title and s.start >= title.end), _LEAD))
    if title is None or not body:
        return held
    lead = doc[body[0].start : body[-1].end]
    out = dict(held)
    for a in found:
        made = held[id(a)]
        if not title.start <= a.cue[0].i < title.end or a.source is None:
            continue
        if not made or any(p.party is not None for p in made):
            continue
        for b in found:
            parties = [p.party for p in held[id(b)] if p.party is not None]
            if not parties or not lead.start <= b.cue[0].i < lead.end:
                continue
            same = b.source is not None and b.source.lemma_.lower() == a.source.lemma_.lower()
            if same or b.head.lemma_ == a.head.lemma_:
                out[id(a)] = [replace(made[0], party=parties[0])]
                break
    return out
