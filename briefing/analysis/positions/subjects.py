"""Who does a cue verb: its subject, as English shares subjects.

The subject itself, a passive's "by" agent, or the subject shared through participles
("..., saying"), infinitives, conjoined verbs and relative clauses; a second speech verb the
parser hangs on another's reported clause is that speaker's ("said ... and urged").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions import participles
from briefing.analysis.positions import subject_names as names
from briefing.analysis.positions.subject_names import SUBJECTS

_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_ASIDE_MARKS = frozenset({",", "–", "—", "--"})
_ADDRESSING = frozenset({"tell", "inform", "assure", "ask", "urge", "warn", "remind", "notify"})
"""Speech verbs whose object is whom they address, never who speaks."""


_CAPTION_WORDS = frozenset({"pictured", "left", "right", "centre", "center", "above", "below"})


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """Who does ``verb``: its subject, a passive agent, or the subject it shares."""
    if depth > 4:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    after = _sender(verb, depth)
    after = after or (_named_after(verb) if all(c.i < verb.i for c in subjects) else None)
    if after is not None:  # "UK heading wrong way, says Howard": Howard, not the UK
        return after
    if subjects:
        return names.nearest_subject(verb, subjects)
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    dated = _after_date(verb)
    if dated is not None:
        return dated
    head = verb.head
    if head.i == verb.i:
        return _named_before(verb)
    if head.lower_ in _CAPTION_WORDS and head.i < verb.i and _tensed(verb):
        # "Gordon Brown, pictured campaigning this week, has warned", "Giggs, left, allegedly
        # told": the parser reads the caption's word as the verb the name is the subject of
        return subject_of(head, depth + 1)
    if verb.dep_ in ("conj", "advcl") and _said_on(verb):
        return subject_of(head.head, depth + 1)
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.lemma_ != "use":
        # "Backlash led Biden to express ...": who the verb before it acts on does this one;
        # but "Mr Kennedy used his TV appearance to defend" is Kennedy
        told = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if told is not None and told.pos_ in ("PROPN", "PRON", "NOUN"):
            return told
    if verb.dep_ == "conj" and (named := _after_its_clause(verb) or names.joined_before(verb)):
        return named
    if verb.dep_ == "advcl" and finite(verb) and (named := _named_before(verb)) is not None:
        return named  # "the eatery after Jason Chan, its marketing manager, boasted that"
    if verb.dep_ == "advcl" and (named := names.joined_before(verb)) is not None:
        return named  # "... like schoolboys and the Liberal Democrats claim"
    if verb.dep_ == "advcl" and finite(verb) and verb.i > head.i and _marked(verb):
        return subject_of(head, depth + 1)  # "Moya wants to rest, although insists he will"
    if verb.dep_ == "conj" and _tensed(verb) and _infinitive(head):
        return _tensed_clause_subject(verb, depth)
    if verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VB")):
        shared = _with_subject(verb) or subject_of(head, depth + 1)
        return shared if shared is not None else _joined_too_low(verb, depth)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _gerund_subject(verb, depth)
    if verb.dep_ == "acomp" and verb.lemma_.lower() in _EAGER:  # "Kerr was keen to mention"
        return subject_of(head, depth + 1)
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and _reports_that(verb):
        return head  # "Conley, a district judge, ordered that ...": the parser's participle
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return _participle_subject(verb, depth)
    return names.object_before(verb)


_EAGER = frozenset(
    {"keen", "quick", "eager", "anxious", "determined", "unafraid", "willing", "prepared", "ready"}
)
"""Adjectives of one minded to do something, whose infinitive the copula's subject does ("was
keen to mention", "was quick to give his backing"); not "due to", "able to", "right to"."""


def _participle_subject(verb: Token, depth: int) -> Token | None:
    """The noun a participle hangs on ("the spokesman saying"), or who does the clause when
    that noun does not speak for it (``participles.clause_speaks``)."""
    if not participles.clause_speaks(verb):
        return verb.head
    clause = next((t for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return subject_of(clause, depth + 1) if clause is not None else None


_SENDING = _ADDRESSING | {"mail", "e-mail", "email", "message", "text", "write", "contact"}


def _sender(verb: Token, depth: int) -> Token | None:
    """ "Mr Campbell then e-mailed Mr McFadyen pointing out the mistake": the parser makes
    the one written to the subject of the participle; the writer does it."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ != "VBG" or head.lemma_.lower() not in _SENDING:
        return None
    told = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if told is None or told.left_edge.i != head.i + 1:
        return None
    return subject_of(head, depth + 1)


def _with_subject(verb: Token) -> Token | None:
    """ "with Rovers boss Mark Hughes claiming it had been difficult": the one "with" names
    just before the participle, which the parser hangs on the clause before."""
    before = verb.doc[verb.i - 1] if verb.i > 0 and verb.tag_ == "VBG" else None
    if before is None or before.dep_ != "pobj" or before.head.lower_ not in ("with", "without"):
        return None
    return before if before.pos_ in ("PROPN", "NOUN", "PRON") else None


def _joined_too_low(verb: Token, depth: int) -> Token | None:
    """The subject of a finite verb the parser joined to a clause with none of its own."""
    head = verb.head
    if verb.dep_ != "conj" or not finite(verb):
        return None
    if not finite(head):
        # "expressed a commitment to facilitate X and highlighted Y": the parser hangs the
        # finite "highlighted" on the infinitive; its subject is the clause's.
        clause = head
        while clause.dep_ in ("acl", "xcomp", "dobj", "pobj", "prep", "conj"):
            clause = clause.head
        if clause is not head:
            return subject_of(clause, depth + 1)
    if head.dep_ == "advcl":
        # "Anwar wept upon hearing her son had been convicted and said": the parser joins
        # the speech verb to the subjectless clause it follows, not to the one it adds to
        return subject_of(head.head, depth + 1)
    return None


def _tensed_clause_subject(verb: Token, depth: int) -> Token | None:
    """ "he has arranged for 3000 of the Guard to be available and has requested": not the
    infinitive's subject but the clause's the parser hung the tensed verb under, of its own
    tense ("Brown has warned that the SNP want to force a vote and urged": not "want")."""
    clause, first = verb.head, None
    while clause.dep_ in _CLIMB and clause.head.i != clause.i:
        clause = clause.head
        if _tensed(clause):
            first = first or clause
            if _past(clause) == _past(verb):
                return subject_of(clause, depth + 1)
    return subject_of(first, depth + 1) if first is not None else None


def _gerund_subject(verb: Token, depth: int) -> Token | None:
    """Who does a gerund after a preposition: who a stance verb accuses of it ("Cameron
    accused Miliband of having some brass neck"), who is quoted as saying it ("quoted Tim
    Manning as saying", "reported BaFin as saying"), else the clause's subject."""
    prep = verb.head
    stance_verb = prep.head.pos_ == "VERB" and lexicon().verb_stance(prep.head.lemma_)
    if prep.lower_ in ("of", "for") and stance_verb:
        accused = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
        if accused is not None and accused.pos_ in ("PROPN", "PRON"):
            return accused
    quoted = None
    if prep.lower_ == "as" and prep.head.lemma_ in ("quote", "cite", "report"):
        quoted = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    return quoted or subject_of(prep.head, depth + 1)


def _named_before(verb: Token) -> Token | None:
    """ "On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said": a speech verb
    the parser left without a subject is said by the person named before it in its clause
    (no verb between but in quotes: 'Anna Franowska of "Have no fear", a charity, told'),
    whatever the parser hung the name on. An aside set off just before the verb is passed
    over, whatever verbs it holds ("Pete Saunders, chief executive of the National Association
    for People Abused in Childhood, added", "Abase Hussen – who blamed police – conceded"), and
    so is the verb's own auxiliary ("..., President Musharraf of Pakistan has said")."""
    if _tensed(verb) and lexicon().speaks(verb.lemma_):
        if (named := names.named_after_comma(verb)) is not None:
            return named
        marks = 0  # quotation marks passed: odd inside a quote
        for token in reversed(verb.doc[verb.sent.start : _aside_opened(verb)]):
            marks += token.is_quote
            own = token.dep_ in ("aux", "neg") and token.head.i == verb.i  # "has said"
            if token.pos_ in ("VERB", "AUX") and not marks % 2 and not own:
                return None
            if token.ent_type_ == "PERSON":
                return token  # a name's last word
    return None


def _after_its_clause(verb: Token) -> Token | None:
    """ "Hiding women away is a backward view of Islam, President Musharraf of Pakistan has
    said": a speech verb the parser joined to the clause it reports is said by the name set
    after that clause's comma (or run on from it), not by the clause's subject."""
    named = _named_before(verb)
    if named is None or named.i < verb.head.i:
        return None
    left = min(t.i for t in named.subtree)
    between = verb.doc[left : verb.i]
    # or run on from it with no word or mark joining them, as a caption into the text
    # ("... at the end of the season Arsenal vice-captain Per Mertesacker says Klopp would")
    joins = (",", ";", ":", "—", "–")
    run_on = not any(t.dep_ == "cc" or t.text in joins for t in verb.doc[verb.head.i + 1 : verb.i])
    comma = left > 0 and verb.doc[left - 1].text == ","
    if left == 0 or not (comma or run_on) or any(t.dep_ == "cc" for t in between):
        return None
    return named


def _aside_opened(verb: Token) -> int:
    """Where an aside closed by the comma or dash just before ``verb`` opens (or ``verb``'s
    own index when none does): at the same mark after a name."""
    doc, start = verb.doc, verb.sent.start
    close = doc[verb.i - 1] if verb.i > start else None
    if close is None or close.text not in _ASIDE_MARKS:
        return verb.i
    for token in reversed(doc[start : close.i]):
        if token.is_quote:
            break
        if token.text == close.text:
            before = doc[token.i - 1] if token.i > start else None
            named = before is not None and before.ent_type_ == "PERSON" and before.pos_ == "PROPN"
            return token.i if named else verb.i
    return verb.i


def _named_after(verb: Token) -> Token | None:
    """'"No, I don't need one," said Stancil, who stood before the judge with his legs
    shackled', "another student sued the district, reported The Salt Lake Tribune": a speech
    verb set after a quote or a comma and left without a subject (the parser made the name
    the subject of a verb further on, or shared the clause's) is said by the name just after
    it, past a title ("stated Minister of Information Moammar al-Eryani"), when the name ends
    its clause (not "said Smith's lawyer", nor 'said Mr Blair "should butt out"', where the
    parser made the name the subject of what was said)."""
    doc = verb.doc
    if not finite(verb) or not lexicon().speaks(verb.lemma_) or verb.i + 2 >= len(doc):
        return None
    if verb.lemma_ in _ADDRESSING:
        return None  # "Anna Franowska, of a charity, told Reuters": whom she told
    if verb.i == 0 or not (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ","):
        return None
    name = doc[verb.i + 1]
    if name.lower_ == "the" and name.ent_iob_ != "B":
        name = doc[verb.i + 2]
    name = _past_title(name)
    if name.ent_type_ not in ("PERSON", "ORG") or name.ent_iob_ != "B":
        return names.described_after(verb, SUBJECTS)  # '"No," replied the witness'
    while name.i + 1 < len(doc) and doc[name.i + 1].ent_iob_ == "I":
        if doc[name.i + 1].is_space:
            break  # a headline's blank line the model ran into the name
        name = doc[name.i + 1]
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    ends = after is None or after.is_space or after.text in _CLAUSE_ENDS
    if not ends and name.dep_ in SUBJECTS and name.head.dep_ == "ccomp" and name.head.head == verb:
        return None  # 'Johnson, who ..., said Mr Blair "should butt out"': what he said
    return name if after is None or after.is_punct or after.is_space else None


_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "?", "!"})
_NOT_TITLE = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "NUM"})
"""Words no title holds ("said a spokesman for John Smith" is not Smith)."""


def _past_title(token: Token) -> Token:
    """The first word of the person's name after a title ("stated Minister of Information
    Moammar al-Eryani", "said Tory shadow local government secretary Caroline Spelman": a
    party's or country's name in it too, and words the parser took for a verb), or
    ``token``."""
    doc = token.doc
    for t in doc[token.i : min(token.i + 8, len(doc))]:
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            return t
        if t.ent_type_ not in ("", "NORP", "ORG", "GPE") or not t.is_alpha:
            break
        if t.pos_ in _NOT_TITLE and t.lower_ != "of":
            break
    return token


def _reports_that(verb: Token) -> bool:
    """A verb with a "that" clause: finite, whatever the parser read it as."""
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _said_on(verb: Token) -> bool:
    """ "Flynn said there was a lack of transparency and urged the crowd to ...", "He stated
    the trial would not be impartial, saying ...": a finite or "-ing" speech verb that the
    parser hangs on the clause another speech verb reports is that speaker's second act of
    speech, not the reported clause's."""
    lex = lexicon()
    head = verb.head
    said_on = (verb.dep_ == "conj" and (finite(verb) or _present_on(verb))) or (
        verb.dep_ == "advcl" and verb.tag_ == "VBG"
    )
    # an "-ing" stance verb too: "The court decided their actions did not qualify,
    # reversing the convictions"
    cue = lex.speaks(verb.lemma_) or (verb.dep_ == "advcl" and lex.verb_stance(verb.lemma_))
    return bool(said_on and cue and head.dep_ == "ccomp" and lex.states_a_view(head.head.lemma_))


def _present_on(verb: Token) -> bool:
    """ "Labour and the Lib Dems say the sums do not add up and claim it would cut": a base
    form the parser joined to the reported "do not add up", with a clause of its own, after a
    speech verb in the present."""
    said = verb.head.head
    return (
        verb.tag_ == "VB"
        and said.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.head.children)
    )


def _marked(verb: Token) -> bool:
    """A clause opened by "although" or "though" ("although insists"), not "after"."""
    return any(c.dep_ == "mark" and c.lower_ in ("although", "though") for c in verb.children)


def finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _tensed(verb: Token) -> bool:
    """ "requested", "has requested": finite, or with a finite auxiliary."""
    return finite(verb) or any(c.dep_ == "aux" and finite(c) for c in verb.children)


def _past(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN")


_CLIMB = frozenset({"acl", "xcomp", "advcl", "dobj", "pobj", "prep", "conj", "ccomp"})


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def passive(verb: Token) -> tuple[Token | None, Token | None]:
    """The agent and the subject of a passive verb with a "by" agent ("The plan was
    rejected by the court": the court, the plan); none otherwise."""
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if patient is None or agent is None:
        return None, None
    return agent, patient


def _after_date(verb: Token) -> Token | None:
    """ "On Monday, Klobuchar, along with Senator Wyden, introduced a bill": the parser hangs
    the subject on the date as an apposition; the name after the date is who acts. "On
    Friday Ford Motor Company announced": it reads the date and the name as one object of
    "On"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for date in prep.children:
            if date.dep_ != "pobj":
                continue
            if date.ent_type_ in ("DATE", "TIME"):
                for name in date.children:
                    if name.dep_ == "appos" and name.ent_type_ in _ACTORS:
                        return name
            elif date.ent_type_ in _ACTORS and any(
                c.dep_ == "compound" and c.ent_type_ == "DATE" and c.i < date.i
                for c in date.children
            ):
                return date
    return None


def in_the_singular(subject: Token) -> bool:
    """Whether the verb of ``subject`` agrees with one ("Rosneft owns Yugansk and Russia has
    said": the parser joined "Yugansk" to "Russia", whom alone "has said" agrees with)."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i == subject.i:
        return False
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBZ" or w.lower_ == "was" for w in words)  # "has", "says", "was"
