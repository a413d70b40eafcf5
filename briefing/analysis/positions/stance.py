"""Stance of an attribution: proposes, demands, supports, opposes, warns, commits or states.

The cue decides first (``stances.tsv``: "warned" warns, "called for" proposes, a noun cue such
as "backing" supports). A neutral cue takes the stance of a stance noun its content is about
when the source holds it ("reiterated *his commitment*"), of a judgement ("deemed it a great
day" supports) or of a threat on a condition ("sanctions would follow if ..." warns).
A neutral cue whose content asks for something ("should accept", "must remove", "We need to",
"insists that the budget include": ``asks``) demands, and one that says others should have
done what they did not opposes; one whose speaker binds themself ("I will present", "I
commit") commits.
Negation turns a stance around or neutralises it ("did not support" does not support);
a conditional or hedged cue ("would back it if ...") only states.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.acts import act_stance
from briefing.analysis.positions.asks import asks, reproach
from briefing.analysis.positions.commitments import (
    CONDITIONS,
    SELF,
    content_commitment,
    has_subject,
)
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.questions import challenge

_NEGATED = {"supports": "opposes", "opposes": "states"}
_HEDGES = frozenset({"would", "could", "might", "may"})
_FORWARD = frozenset({"will", "would", "could", "shall"})
OWN = frozenset({"i", "we", "he", "she", "they", "it"})
"""Subjects that may be the speaker itself in what it is reported to say."""
_OWN_VERBS = frozenset(
    {"support", "back", "endorse", "favor", "favour", "welcome", "approve", "oppose", "reject"}
    | {"condemn", "denounce", "criticize", "criticise", "order", "instruct", "applaud"}
)
"""Verbs by which a source tells its own side ("she supported gay marriage") or its own
order ("he had ordered fire safety checks"), their stance from ``stances.tsv``; not every
stance verb ("hails from", "questioned the owner", "is attacking the ice")."""
_ANNOUNCING = frozenset({"announce", "unveil"})
_NEWS = frozenset(
    {"death", "passing", "winner", "arrest", "discovery", "name", "result", "finding"}
    | {"decision", "loss", "profit", "birth", "diagnosis"}
)
"""What an announcement tells that has happened: news, no plan ("announced the winners")."""
_RULING = frozenset({"rule", "find", "order", "decide"})
_SUITS = frozenset({"lawsuit", "suit", "motion", "complaint"})
_AGAINST = frozenset({"against", "over"})
FINDINGS = frozenset({"find", "show", "conclude", "discover", "observe", "estimate", "determine"})
"""Verbs of finding that something is so: what is found is stated (every one in the gold)."""


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _conditional(token: Token) -> bool:
    """The cue is hedged ("would support") or sits in a condition ("if they backed it")."""
    if any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in token.children):
        return True
    node = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ not in ("conj", "xcomp", "advcl", "ccomp"):
            break
        node = node.head
    return False


def _content_tokens(a: Attribution) -> list[Token]:
    doc = a.cue[0].doc
    tokens: list[Token] = []
    for start, end in a.content:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            tokens.extend(span)
    return tokens


def _content_stance(a: Attribution, same_holder: Callable[[Token], bool]) -> str | None:
    """A stance noun heading the content, held by the source itself, gives its stance."""
    root = a.content_root
    lex = lexicon()
    if root is None:
        return None
    noun = root if root.pos_ in ("NOUN", "PROPN") else None
    if noun is None and root.dep_ == "prep":
        noun = next((c for c in root.children if c.dep_ == "pobj"), None)
    if noun is None or lex.stance_noun(noun.lemma_) is None:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None or holder.pos_ == "PRON" or same_holder(holder):
        return lex.stance_noun(noun.lemma_)
    return None


def _words(tokens: list[Token]) -> set[str]:
    """Lemmas and words of ``tokens``, hyphenated words whole ("non-starter")."""
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    for t in tokens:
        if t.text == "-" and 0 < t.i < len(t.doc) - 1 and not t.whitespace_:
            words.add(f"{t.doc[t.i - 1].lower_}-{t.doc[t.i + 1].lower_}")
    return words


def _against(a: Attribution) -> bool:
    """A lawsuit or suit brought against something ("filed a lawsuit against the state",
    "sue the state over its ballot law") opposes it; one to obtain something demands."""
    if a.stance_key not in _SUITS and a.key != "sue":
        return False
    doc = a.cue[0].doc
    first = [doc.char_span(s, e, alignment_mode="expand") for s, e in a.content[:1]]
    if first and first[0] is not None and first[0][0].lower_ in _AGAINST:
        return True
    if any(c.dep_ == "prep" and c.lower_ in _AGAINST for t in a.cue for c in t.children):
        return True
    head = a.head  # "sue the state of Montana over ...": the one sued; "sue X to stop Y" asks
    sued = any(c.dep_ == "dobj" for c in head.children)
    return a.key == "sue" and sued and not any(c.dep_ in ("xcomp", "advcl") for c in head.children)


def _judgement(
    a: Attribution, same_holder: Callable[[Token], bool] = lambda _t: False
) -> str | None:
    lex = lexicon()
    tokens = _content_tokens(a)
    words = _words(tokens)
    if a.key in lex.evaluative:
        negative = any(_negated(t) for t in tokens)
        if words & lex.positive:
            return "opposes" if negative else "supports"
        if words & lex.negative:
            return "supports" if negative else "opposes"
        if words & lex.praise:  # "described Mr Campbell as very talented"; but "the cowardly
            # killing of a courageous journalist" opposes
            return "opposes" if negative else "supports"
    forward = any(t.lower_ in _FORWARD for t in tokens)
    if words & lex.threat and forward:
        return "warns"
    if forward and any(t.lemma_ in lex.intolerance and _negated(t) for t in tokens):
        return "warns"  # "will not be tolerated"
    named = {t.lower_ for t in tokens if t.pos_ == "PROPN"}  # "False Bay" is a place
    if a.key not in _RULING and (words - named) & lex.condemning:
        return "opposes"
    if _judged(a, lex.praise | lex.positive, ("PERSON",), same_holder):
        return "supports"
    return "opposes" if _judged(a, lex.negative, ("PERSON", "ORG", "GPE", "NORP")) else None


def _judged(
    a: Attribution,
    words: frozenset[str],
    kinds: tuple[str, ...],
    same_holder: Callable[[Token], bool] = lambda _t: False,
) -> bool:
    """ "Walter was the most brilliant scientist I have ever known", "the ministers' comments
    were a disgrace": a person (or a party) said to be brilliant, kind, a legend
    (``stance_words.tsv``, "praise"), or wrong, a disgrace (``negative``). ``same_holder``
    (for praise): not the speaker itself in reported speech ("the Lib Dems argue they were
    honest" is a claim)."""
    root = a.content_root
    if root is None or root.lemma_ != "be" or any(_negated(t) for t in (root, *root.children)):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None and same_holder(subject) and _reported(a):
        return False
    party = subject is not None and (
        subject.ent_type_ in kinds
        or subject.lower_ in ("he", "she", "they")
        or any(c.dep_ == "poss" and c.ent_type_ in kinds for c in subject.children)
    )
    told = [c for c in root.children if c.dep_ in ("attr", "acomp")]
    told += [  # "was very honest, hardworking and a brilliant person": what the parser hung
        c  # on the root beside them
        for c in root.children
        if told and c.dep_ in ("advcl", "conj") and c.i > told[0].i
    ]
    return party and any(t.lemma_.lower() in words for c in told for t in c.subtree)


def _own_side(a: Attribution, same_holder: Callable[[Token], bool]) -> str | None:
    """ "said that she supported gay marriage", "announced she was endorsing Joe Biden", "said
    he had ordered checks": a source telling its own side or order (the content's verb of
    support, opposition or command, its subject a pronoun or the source's party) takes that
    stance; a hedged one ("would back it") does not."""
    roots = [a.content_root] if a.content_root is not None else []
    if a.direct_quote:  # "This will make a real difference. I warmly applaud the efforts"
        roots += [t for t in _content_tokens(a) if t.dep_ == "ROOT" and t not in roots]
    for root in roots:
        side = _side_of(root, same_holder, OWN if root is a.content_root else SELF)
        if side is not None:
            return side
    return None


def _side_of(root: Token, same_holder: Callable[[Token], bool], own: frozenset) -> str | None:
    if root.pos_ != "VERB":
        return None
    side = lexicon().verb_stance(root.lemma_) if root.lemma_ in _OWN_VERBS else None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if side is None or subject is None:
        return None
    if not (subject.lower_ in own or same_holder(subject)):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _HEDGES for c in root.children):
        return None
    return _NEGATED.get(side, "states") if _negated(root) else side


def _content_mood(a: Attribution, same_holder: Callable[[Token], bool]) -> str:
    """What a neutral cue's content does: ask (demands), promise (commits) or tell (states).
    It asks or promises when its first sentence does: not a long quote with a "should" or a
    "we will assess it in the morning" somewhere in it."""
    tokens = _content_tokens(a)
    sent = tokens[0].sent if tokens else None
    first = [t for t in tokens if sent is not None and t.i < sent.end]
    if any(reproach(t) for t in first):
        return "opposes"
    if first and asks(first):
        return "demands"
    own = same_holder if _reported(a) else (lambda _t: False)
    if content_commitment(first, a.source, own) or (
        a.key in _ANNOUNCING and _announced_plan(a, tokens)
    ):
        return "commits"
    return "states"


def _announced_plan(a: Attribution, tokens: list[Token]) -> bool:
    """What is announced is a plan, not news: an object ("announced his plan", "announced
    Kamala Harris as running mate") or a clause that looks ahead ("that he would pick")."""
    root = a.content_root
    if root is not None and root.dep_ == "dobj" and root.pos_ in ("NOUN", "PROPN"):
        return root.lemma_.lower() not in _NEWS  # not "announced the death of" (news)
    return any(
        t.lower_ in _FORWARD | {"plan", "plans"} or (t.lower_ == "to" and t.dep_ == "aux")
        for t in tokens
    ) or any(_under_way(t) for t in tokens[:12])


def _under_way(verb: Token) -> bool:
    """ "announced that it is quitting the market", "announced she was running for
    president": what the speaker is now doing, told in the progressive."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("ccomp", "ROOT"):
        return False
    be = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return be and has_subject(verb, OWN)


def _reported(a: Attribution) -> bool:
    """Told in the reporter's words, no quote in its sentence: there "it", "they" or "he"
    can be the speaker; in a quote they are others ("They pushed us")."""
    return not any(t.is_quote for t in a.cue[0].sent)


def _phrasal_key(a: Attribution) -> str:
    """The cue with the word right after it that makes its stance: "have also called for",
    "called on them to", "call to address" (a cue the tagger marked keeps the verb's lemma
    alone); not "called the election for Biden"."""
    lex = lexicon()
    head = a.head
    if lex.verb_stance(a.key) is not None or a.pos != "VERB" or head.i + 1 >= len(head.doc):
        return a.key
    word = head.doc[head.i + 1].lower_
    if lex.verb_stance(f"{a.key} {word}") is not None:
        return f"{a.key} {word}"
    if word == "to" and lex.verb_stance(f"{a.key} for") is not None:
        return f"{a.key} for"  # "World leaders call to address the fires"
    return a.key


def plea(a: Attribution) -> str | None:
    """A plea's stance: "pleaded not guilty" denies the charges (opposes), "pleaded guilty"
    admits them (states); None for any other cue."""
    if a.head.lemma_ != "plead":
        return None
    guilty = [t for t in a.head.subtree if t.lower_ in ("guilty", "innocent")]
    return "opposes" if any(_negated(t) for t in [a.head, *guilty]) else "states"


def agreement(a: Attribution) -> str | None:
    """ "agreed to begin talks" commits; "agreed that vaccines have done more good" states a
    view; None for "agreed with the plan" (it supports) and any other cue."""
    if a.head.lemma_ != "agree" or a.stance_key is not None:
        return None
    root = a.content_root
    if root is not None and root.dep_ == "xcomp" and root.head == a.head:
        return "commits"
    return "states" if a.clausal else None


def stance_of(a: Attribution, same_holder: Callable[[Token], bool] = lambda _t: False) -> str:
    """The stance of ``a``; ``same_holder`` tells whether a possessor is the source's side."""
    lex = lexicon()
    head = a.head
    pleaded = plea(a) or (None if _negated(head) else agreement(a))
    if pleaded is not None:
        return pleaded
    if a.stance_key is None and a.key in FINDINGS:
        return "states"  # "found they would eat algae": a finding, whatever its content says
    if challenge(a):
        return "opposes"  # "asked why the government was agreeing to it"
    if a.stance_key is not None:
        stance = lex.stance_noun(a.stance_key) or act_stance(a.stance_key) or "states"
    else:
        feeling = lex.feeling(a.key) if a.pos == "ADJ" else None  # "Owen delighted with"
        stance = feeling or lex.verb_stance(_phrasal_key(a)) or "states"
        if stance == "states":
            judged = _judgement(a, same_holder) if a.key in lex.evaluative else None  # "called
            # the offer a non-starter": the judgement, not the thing judged
            stance = (
                judged
                or _content_stance(a, same_holder)
                or _judgement(a, same_holder)
                or _own_side(a, same_holder)
                or _content_mood(a, same_holder)
            )
    if stance == "demands" and _against(a):
        stance = "opposes"
    if stance == "opposes" and _withheld(head):
        return "states"  # "refused to rule out future tax rises": nothing is rejected
    verb = a.cue[0] if a.kind == "light" else head
    if _negated(verb) or _negated(head):
        return _NEGATED.get(stance, "states")
    if stance != "states" and _conditional(verb):
        return "states"
    return stance


_WITHHELD = frozenset({"rule", "confirm", "deny"})
"""What one may refuse to do without rejecting anything: "refused to rule out", "declined to
confirm" (every such position in the dev gold states)."""


def _withheld(verb: Token) -> bool:
    """ "refused to rule out a second vote", "refused to confirm he is setting up a party"."""
    if verb.lemma_ not in ("refuse", "decline"):
        return False
    done = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return done is not None and done.lemma_ in _WITHHELD
