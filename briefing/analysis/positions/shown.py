"""Which attributions the reader is shown as positions.

PolNeAR marks every attribution, held by anyone; the Parties panel lists what an identified
party holds. An attribution is shown when its source resolves to a party and its cue reports a
view rather than an act: not "voted for", "appointed Murphy" or "named it Operation Peace
Spring" (``data/actions.tsv``), and not a passive whose subject is what was done to ("he has
been alleged to", "was questioned about the case by police", "was ordered to"), nor a tally
of a vote ("with 231 Democrats supporting the resolution"), nor what happened to a party
("drew criticism", "have seen marked increases"). What another's words only report is left
out apart (``reported``).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import described_actors, lexicon
from briefing.analysis.positions import backing
from briefing.analysis.positions.attacks import ATTACKS, by_force
from briefing.analysis.positions.captions import credit
from briefing.analysis.positions.commitments import CONDITIONS
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.documents import ORGANISATIONS
from briefing.analysis.positions.passives import done_to_source
from briefing.analysis.positions.questions import question, unannounced, undecided
from briefing.analysis.positions.quotes import SPEAKING
from briefing.analysis.positions.things import a_thing
from briefing.analysis.positions.unsaid import made_no_remark, negated_statement, no_comment
from briefing.analysis.positions.wants import wanting

_SENTENCING = frozenset({"sentence", "convict", "acquit", "jail", "fine", "order", "rule"})


_CITED = frozenset({"source", "official", "people", "person", "report", "document"})


def reporter(a: Attribution) -> bool:
    """ "Politico quoted (or cited) Tim Manning as saying ...": the position is Manning's,
    found at "saying"; the outlet only reports it. "Reuters, citing anonymous sources,
    reported": the outlet says where it heard it."""
    root = a.content_root
    if a.key == "cite" and root is not None and root.lemma_.lower() in _CITED:
        return True
    cited = a.head.lemma_ == "quote" or any(
        c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in a.head.children
    )
    return (
        a.head.lemma_ in ("quote", "cite")
        and cited
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in a.head.children)
    )


def _committed_act(a: Attribution) -> bool:
    """ "conspiracy to commit money laundering", "reversing course", "announced his
    resignation", "denied him entry", "denied his old team victory", "swore her in", "was ruled
    out of the match" (injured, rejecting nothing): a verb whose object (or particle) makes it
    an act (``data/actions.tsv``), not a denial of what someone said."""
    objects = lexicon().act_objects.get(a.head.lemma_)
    if objects is None:
        return False
    return any(
        (c.dep_ == "dobj" and ("*" in objects or c.lemma_.lower() in objects))
        or (c.dep_ == "dative" and "@dative" in objects)
        or (c.tag_ == "RP" and "@" + c.lower_ in objects)
        or ("@" + c.lower_ + " of" in objects and any(g.lower_ == "of" for g in c.children))
        for c in a.head.children
    )


def _describes(head: Token) -> bool:
    """ "was interrupted by protesting legislators": a word that describes who did it (the
    parser reads it as an adjective or as "by protesting")."""
    if head.dep_ == "amod":  # but "May's proposed deal" is hers (``modifiers``)
        if any(c.dep_ == "nsubj" for c in head.children):
            return False  # "Trump claimed carbon emissions have been lower", misread
        return head.lemma_ != "propose" or not any(c.dep_ == "poss" for c in head.head.children)
    by = head.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in by.head.children)
    return head.dep_ == "pcomp" and (by.dep_ == "agent" or (by.lower_ == "by" and passive))


_EMPTY_CONTENT = frozenset({"which", "that", "it", "this", "so", "them", "these"})


def _pronoun_only(a: Attribution, text: str) -> bool:
    """ "which the President accepted": a content that is a pronoun alone tells a reader
    nothing the party holds."""
    words = " ".join(text[s:e] for s, e in a.content).strip(" ,.\"'").lower()
    return bool(a.content) and words in _EMPTY_CONTENT


def shown(a: Attribution, text: str) -> bool:
    """Whether ``a`` can be one of a party's positions (its party is checked apart); ``text``
    is the document's (``Doc.text`` walks every token: it is read once by the caller)."""
    actions = lexicon().actions
    if a.kind in ("verb", "tagged") and any(
        t.lemma_.lower() in actions and not (a.direct_quote and t.lemma_ in SPEAKING)
        for t in {a.head, *a.cue}
        if t.pos_ == "VERB"
    ):
        return False  # "voted", "appointed Murphy"; but "‘...,’ McHenry responds" speaks
    if _describes(a.head) and not a.direct_quote and a.pos != "ADJ":  # but "“...” tweeted
        # Sadiq Khan", "Johnson uncertain about Euro bid" (a headline's feeling)
        return False
    if a.kind == "tagged" and not a.content and (a.pos == "NOUN" or a.head.dep_ in _MODIFIER):
        return False  # "Marrero's order about an hour after", "the martial law imposed by":
        # a cue only the tagger saw that names or describes a thing, with nothing held
    if a.kind == "tagged" and not a.content and not _speech_or_stance(a.head):
        return False  # "Cummings successfully ran to be a state delegate": nothing held
    passive = any(c.dep_ == "auxpass" for c in a.head.children)
    if a.kind == "tagged" and not a.content and passive and a.head.lemma_ not in _SENTENCING:
        return False  # "The e-mail was revealed the day after Mandelson warned": the thing
        # revealed is its subject, and nobody named reveals it (but a court sentences)
    if _unknown_verb(a) or _unknown_noun(a) or _hedged_act(a) or wanting(a, text):
        return False
    if a.kind == "tagged" and _went_on(a):
        return False  # "He went on to serve in the House": not "went on to say"
    if negated_statement(a) or no_comment(a) or reporter(a) or question(a, text):
        return False
    if made_no_remark(a):
        return False
    if undecided(a, text) or unannounced(a):  # "will decide whether to": nothing held yet
        return False
    if _pronoun_only(a, text) or _committed_act(a) or _tally(a) or _no_view(a):
        return False
    if credit(a.cue, a.content):  # "Image: Paul Budd."
        return False
    if a.kind in ("verb", "tagged") and (_maybe(a.head) or _on_condition(a.head)):
        return False  # "Austria could demand", "can appeal", "if they want": what a party
        # might do, or would on a condition, is not its position
    return not done_to_source(a)


_MODIFIER = frozenset({"acl", "amod", "relcl"})
_SIDES = frozenset({"supports", "opposes"})
_VOTES = frozenset({"support", "oppose", "favor", "favour", "back"})


def _speech_or_stance(verb: Token) -> bool:
    lex = lexicon()
    return lex.states_a_view(verb.lemma_) or lex.verb_stance(verb.lemma_) is not None


def _unknown_verb(a: Attribution) -> bool:
    """ "Mugabe led a guerrilla movement", "Payette dissolved Parliament", "YouTube uses
    JavaScript", "the garden was full of children": a cue only the tagger saw, on a verb
    PolNeAR's annotators seldom if ever mark (``cues.tsv``) and no lexicon knows for speech,
    a stance or an act issued (``acts.tsv``): the tagger guessed from the sentence's shape,
    and what it found is something done."""
    head = a.head
    if a.kind != "tagged" or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.pos_ == "AUX" and a.source is not None and a.source.lower_ in ("i", "we"):
        return False  # "we are most certain that": an answer's view; "was full of" is none
    lex = lexicon()
    if head.lemma_ in lex.cue_verbs or head.lemma_ in lex.light_verbs or _speech_or_stance(head):
        return False
    if any(t.lower_ == "against" for t in a.cue):
        return False  # "he has come out against Medicare for all"
    if head.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
        return not a.direct_quote and not any(t.text == ":" for t in a.cue)  # "She went on: "
    issued = head.lemma_ in lex.act_verbs and any(
        c.dep_ == "dobj" and c.lemma_ in lex.act_stances for c in head.children
    )
    return not issued  # but "authorized subpoenas"


def _unknown_noun(a: Attribution) -> bool:
    """ "Imus' syndicated radio show": a cue only the tagger saw, on a noun PolNeAR's
    annotators seldom if ever mark (``cues.tsv``) and no lexicon knows for a stance or an
    act."""
    head, lex = a.head, lexicon()
    if a.kind != "tagged" or head.pos_ != "NOUN":
        return False
    word = head.lemma_.lower()
    if word in lex.cue_verbs and any(c.dep_ == "nsubj" for c in head.children):
        return False  # "Estimates by the government state ...": a verb read as a noun
    return not (word in lex.cue_nouns or lex.stance_noun(word) or word in lex.act_stances)


_HEDGES_SAID = frozenset({"reportedly", "allegedly", "apparently", "purportedly", "supposedly"})


def _hedged_act(a: Attribution) -> bool:
    """ "UpGuard reportedly sent an email", "Norman allegedly gave out cake": somebody unnamed
    says the subject did something; no view of the subject's (but "allegedly told" is)."""
    if not any(t.lower_ in _HEDGES_SAID for t in a.cue):
        return False
    return a.head.lower_ in _HEDGES_SAID or not _speech_or_stance(a.head)


def _went_on(a: Attribution) -> bool:
    """ "went on to serve", "went on to win": what someone did next, which the tagger reads
    like "went on to say"."""
    if a.head.lemma_ != "go" or not any(c.lower_ == "on" for c in a.head.children):
        return False
    then = next((c for c in a.head.children if c.dep_ == "xcomp"), None)
    return then is not None and not _speech_or_stance(then)


_APPOINTED = frozenset({"nomination", "appointment", "nominee", "him", "her"})
_RECEIVING = frozenset({"draw", "attract", "face", "receive", "earn", "incur"})
_REALMS = frozenset({"country", "nation", "state", "kingdom", "empire", "province", "city"})
_MESSAGES = frozenset({"message", "statement", "letter", "tweet", "post", "video", "release"})


_PREDICATES = frozenset({"oprd", "xcomp", "acomp"})
"""What a verb says of its object ("called the statement *false*")."""


def _one_in_mind(noun: Token) -> bool:
    """ "the statement", "his letter": a message the reader knows, not "a junior post"."""
    return any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in noun.children)


def _no_view(a: Attribution) -> bool:
    """ "Various countries have seen marked increases", "drew criticism": what happened to a
    party, not what it holds; "posted a message on Facebook": a message whose words are not
    here; "the House confirmed him": a vote on a nominee, not a confirmation of news; "Mugabe
    ruled Zimbabwe": he governed it, no court ruled; "Boseman portrayed Black Panther": a
    role played, not a view of him ("portrayed him as weak" is one)."""
    root = a.content_root
    if a.kind != "backing" and a.head.lemma_ in _RECEIVING:
        return True  # "Qawi drew criticism for associating with her": others criticised him
    if (
        root is not None
        and root.pos_ == "NOUN"  # but not "Khan had been released"
        and root.lemma_.lower() in _MESSAGES
        and not any(c.dep_ in ("acl", "relcl", "ccomp", "appos") for c in root.children)
        and not (root.lemma_ == "release" and any(c.lower_ == "of" for c in root.children))
        and not any(c.dep_ in _PREDICATES for c in a.head.children)
        and not (lexicon().verb_stance(a.key) in _SIDES and _one_in_mind(root))
    ):
        return True  # "posted a message on Facebook": nothing said in it here (but "called
        # the statement absolutely false" judges it, "called for the release of" asks, and
        # "welcomed the statement" sides with it)
    if a.key == "rule" and root is not None and not a.clausal and root.dep_ == "dobj":
        # "Mugabe ruled Zimbabwe": he governed it; "ruled the practice unconstitutional" rules
        ruled = root.ent_type_ in ("GPE", "LOC") or root.lemma_.lower() in _REALMS
        return ruled and not any(c.dep_ in ("oprd", "acomp") for c in a.head.children)
    if a.key == "question" and any(
        c.dep_ in ("nsubjpass", "dobj") and _a_person(c) for c in a.head.children
    ):
        return True  # "Kim Rose was questioned by police", "Police questioned the student":
        # interviewed, not doubted
    if a.head.lemma_ in ("write", "report") and _from_a_place(a):
        return True  # "CNN's Jethro Mullen wrote from Hong Kong": a byline
    if a.key in ("seek", "decide") and not any(
        c.dep_ in ("dobj", "ccomp") for c in a.head.children
    ):
        return True  # "sought to determine", "decided to create": an attempt or an act
    if a.head.dep_ == "xcomp" and a.head.head.lemma_ in ("seek", "decide"):
        # nor is what it sought to determine; but "had decided to support the plans" sides
        return a.head.head.lemma_ == "seek" or lexicon().verb_stance(a.key) not in _SIDES
    if a.key == "find" and (_reflexive(a.head) or _came_upon(a.head)):
        return True  # "Bowe has found himself tweeting", "found him standing next to his
        # car": where someone ended up or was, not a finding ("found him guilty" is one)
    if a.key == "support" and backing.no_side(a.head):
        return True
    if a.key in ATTACKS and by_force(a.head):
        return True  # "started attacking people": force, not words against anyone
    if a.key == "call" and _phoned(a.head):
        return True  # "Smith called the police", "calling the organization by phone"
    if a.key in _HEARSAY and _agentless(a.head):
        return True  # "what was seen as a highly personal speech", "is widely seen as a way
        # for the firms", "has also been mentioned as a possible investor": nobody's view
    if a.key in ("see", "portray") or (a.key == "view" and a.pos == "VERB"):
        # "Boseman portrayed Black Panther": an actor's role; "viewed the footage"
        return not a.clausal and judged_as(a.head) is None
    if a_thing(a):
        return True
    if a.key == "confirm" and root is not None and not a.clausal:
        words = {root.lemma_.lower(), root.lower_}
        return root.ent_type_ == "PERSON" or bool(words & _APPOINTED)
    return False


def judged_as(verb: Token) -> Token | None:
    """The "as" of a judgement ("sees games as a small laboratory", "viewed the debt as an
    issue"), hung on the verb or on what is judged; else None."""
    judged = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next((c for t in judged for c in t.children if c.lower_ == "as"), None)


_HEARSAY = frozenset({"see", "view", "regard", "consider", "mention", "tip", "tout"})
"""Verbs of what is thought or said of something, which said in the passive with no "by"
name nobody who holds it."""


def _agentless(verb: Token) -> bool:
    children = [c.dep_ for c in verb.children]
    return "auxpass" in children and "agent" not in children


def _from_a_place(a: Attribution) -> bool:
    """A cue whose only complement is the place it was written from."""
    places = [
        t
        for c in a.head.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for t in c.children
        if t.dep_ == "pobj" and t.ent_type_ in ("GPE", "LOC")
    ]
    said = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in a.head.children)
    if not places or said:
        return False
    start = min(p.head.idx for p in places)  # the content, if any, is only "from <place>"
    return all(s >= start for s, _e in a.content)


def _reflexive(verb: Token) -> bool:
    """ "found himself tweeting": the object, or its clause's subject, is the subject."""
    near = [t for c in verb.children for t in (c, *c.children) if t.dep_ in ("dobj", "nsubj")]
    return any(t.lower_.endswith(("self", "selves")) for t in near)


def _a_person(token: Token) -> bool:
    described = described_actors().get(token.lemma_.lower())
    person = described is not None and described[0] in ("person", "kin")
    return person or token.ent_type_ == "PERSON" or token.pos_ == "PRON"


def _phoned(verb: Token) -> bool:
    """ "called" someone with nothing called them (no complement, no quote, no "for" or
    "on"): a telephone call or a summons; "called off": a cancellation."""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True  # "called off a demonstration": cancelled it
    if verb.pos_ != "VERB" or any(t.is_quote for t in verb.subtree):
        return False  # "called the technical teams 'completely useless'"
    purpose = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]  # "to
    # attempt to speak with his mother"
    if any(
        c.dep_ in _PREDICATES | {"ccomp", "prt", "dative"}
        for c in verb.children
        if c not in purpose
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in verb.children):
        return False
    actors = described_actors()
    return any(
        _a_person(c) or c.ent_type_ == "ORG" or c.lemma_ in ORGANISATIONS or c.lemma_ in actors
        for c in verb.children
        if c.dep_ == "dobj"
    )


def _came_upon(verb: Token) -> bool:
    small = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBG"]
    deps = [{g.dep_ for g in c.children} for c in small]  # "him standing", not "is benefiting"
    return any("nsubj" in d and not d & {"aux", "auxpass"} for d in deps)


def _tally(a: Attribution) -> bool:
    """ "with 231 Democrats supporting the resolution, and 194 Republicans opposing it",
    "Republican members opposing": a side taken in a vote, counted or with nothing said."""
    if a.kind not in ("verb", "tagged") or lexicon().verb_stance(a.key) not in _SIDES:
        return False
    source = a.source
    counted = source is not None and any(c.dep_ == "nummod" for c in source.children)
    if counted and not any(c.dep_ in ("appos", "conj") and c.ent_type_ for c in source.children):
        return True  # but "Two Democrats, Collin Peterson and Jeff Van Drew, opposed" names
    return not a.content and a.key in _VOTES


_MAYBE = frozenset({"could", "might", "may", "can"})


def _maybe(verb: Token) -> bool:
    """ "could demand", "can appeal"; not "cannot accept", which refuses."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in verb.children)
    return bool(aux & _MAYBE) and not (negated and "can" in aux)


def _on_condition(verb: Token) -> bool:
    """ "If the union wants a bigger share", "will decide if they want help", "did not say
    whether she backs the plan": a view set in a condition, or asked about, is held by
    nobody yet; not "even if the manager admitted" (it concedes what was said), nor an "if"
    the parser hung on the cue across a comma ("fines that could follow if the rules were
    broken, the minister said")."""
    for mark in verb.children:
        if mark.dep_ != "mark" or mark.lower_ not in CONDITIONS or mark.i > verb.i:
            continue
        conceded = mark.i > 0 and mark.nbor(-1).lower_ == "even"
        if not conceded and not any(t.text == "," for t in verb.doc[mark.i : verb.i]):
            return True
    return False
