"""Things shown, won, passed on, offered or unveiled, and places one is let into: no view of
the party that shows, wins, passes on, offers or unveils them, unless a clause or a quote says
one, nor of one admitted to an academy or competing for a title (``shown``)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.documents import WRITINGS

_PRIZES = frozenset(
    {"title", "pole", "place", "spot", "medal", "trophy", "crown", "cup", "seat", "life", "point"}
    | {"glory", "gold", "silver", "bronze", "prize"}
)
_PASSING = frozenset({"post", "share", "publish", "write"})
"""Verbs of passing something on or making it: what they pass or write ("wrote Ring of
Fire", "wrote an anonymous account of her life") is a thing, unless a clause or a quote says
it."""
_PROPOSALS = frozenset(
    {
        "reward", "deal", "plan", "proposal", "ceasefire", "truce", "talk", "negotiation",
        "help", "assistance", "aid", "support", "compromise", "settlement", "concession",
        "amnesty", "resignation", "apology", "solution", "guarantee", "bail", "bounty",
    }
)  # fmt: skip
"""What offering proposes, where other offers are goods and favours."""
_PLANS = frozenset(
    {
        "plan", "proposal", "policy", "budget", "scheme", "vision", "platform", "manifesto",
        "strategy", "measure", "reform", "bill", "idea", "programme", "program", "package",
        "initiative", "blueprint", "agenda", "pledge", "way", "cut", "rise", "refund", "tax",
    }
)  # fmt: skip
"""What unveiling puts forward, where other things unveiled are products, posters, statues."""
_PUTTING_FORWARD = frozenset({"unveil", "outline", "set out", "spell out"})
_MODALS = frozenset({"will", "would", "'ll", "shall"})
_STANDS = frozenset({"position", "view", "stance", "case"})
"""What one will set out that says nothing yet ("will set out her position")."""
_WINNING = {
    "claim": frozenset(),
    "guarantee": frozenset(),
    "secure": frozenset(),
    "celebrate": frozenset({"goal", "win", "victory", "birthday", "anniversary"}),
    "defend": frozenset({"championship"}),  # "defended her title"; not "defended the decision"
    "seek": frozenset({"championship"}),  # "will seek a third title"
}
"""Verbs of winning something, and what else they win besides ``_PRIZES``."""
_RESULTS = frozenset(
    {"win", "victory", "draw", "break", "lead", "slam", "set", "double", "treble", "scalp"}
)
"""What a side claims in play when the words say which ("claimed a draw", "claim a famous
victory", "claims the vital first break"); bare, a claim ("claimed victory in the vote")."""

_STORIES = frozenset({"story", "tale"})
"""What a film, a show or a book tells: its plot."""

_IN_PLAY = frozenset(
    {
        "net", "ace", "shot", "ball", "forehand", "backhand", "serve", "return", "volley",
        "cross", "header", "effort", "drive", "penalty", "free-kick", "flank", "wing",
    }
)  # fmt: skip
"""What a player attacks or blasts: play, not words against someone ("attacks the net",
"blasts an ace", "blasted in a shot")."""


def a_thing(a: Attribution) -> bool:
    """A thing shown, won, passed on, offered or unveiled, a prize, a place one is let into,
    or questions answered: no view of the subject's, unless a clause or a quote says one."""
    root = a.content_root
    if a.key == "know":  # "Carver knows what impact a victory could have": the writer's
        # account of what someone has in mind; "we know of no other" in an answer is said
        return a.source is None or a.source.lower_ not in ("i", "we")
    if a.key in _SHOWING and _depicted(a.head):
        return True
    if a.key in _SHOWING and not (a.clausal or a.direct_quote):
        # "one of the women shows a picture", "demonstrated a phone": shown, not said; but
        # "Results showed the flies hovered", and a poll's "averages showed support at less
        # than one percent"
        return a.source is None or a.source.lemma_.lower() not in WRITINGS
    if a.head.lemma_ in _CONTENDING and _for_a_prize(a.head):
        return True  # "will push for the Premiership title", "contended for the party's
        # nomination": competing to win it, not asking for it ("push for action" asks)
    if a.head.lemma_ == "admit" and _let_in(a.head):
        return True  # "was elected a Fellow and admitted to the American Academy": let in
    if a.key == "add" and any(c.dep_ == "auxpass" for c in a.head.children):
        return not (a.clausal or a.direct_quote)  # "Ollie Smith has been added to the squad"
    if a.key in _PUTTING_FORWARD:
        return not _put_forward(a)
    if root is None and a.key not in ("attack", "blast"):
        return False
    if a.key == "answer":
        return root.lemma_.lower() == "question"  # "answered some questions about his
        # campaign": the answers are elsewhere
    if a.key in ("attack", "blast"):
        return not (a.clausal or a.direct_quote) and _in_play(a.head)
    if root.dep_ != "dobj" or a.clausal or a.direct_quote:
        return False
    if a.key in _WINNING:
        # "Nadal claimed his eighth title", "to claim ninth", "will guarantee play-off
        # places", "celebrates his goal": won, not said ("claimed victory in the vote",
        # "claims sovereignty over Taiwan" are claims)
        placed = root.tag_ in ("CD", "JJ") and a.key not in ("defend", "seek")  # "$5bn"
        won = root.lemma_.lower() in _PRIZES | _WINNING[a.key] or placed
        told = any(c.dep_ in ("det", "poss", "amod", "compound") for c in root.children)
        won = won or (root.lemma_.lower() in _RESULTS and told)
        return won or (a.key == "celebrate" and root.tag_ == "VBG")
    if a.key == "tell" and root.lemma_.lower() in _STORIES:
        # "Wasp tells the story of a young mum": a work's plot, not a view (a described
        # speaker's account, "The minister told the story of her visit", stays: what she
        # says next is hers)
        return a.source is not None and a.source.pos_ == "PROPN"
    if a.key == "offer":  # "Intermix offers the most sought-after styles", "offered Spanton
        # a tour": goods and favours, not proposals ("offered a reward", "offered talks")
        return root.lemma_.lower() not in _PROPOSALS
    if a.key == "write":  # "writes (in an essay) that the term 'subject to' ...", which the
        # parser may read as an object: what is written is a view
        edge = root.left_edge
        before = root.doc[edge.i - 1].lower_ if edge.i > 0 else ""  # not "What he wrote"
        return "that" not in {root.lower_, edge.lower_, before}
    if a.key == "add":  # "O'Gara added the conversion", "adds media playing to DS": scored
        # or put in, not said; but "added a warning", "a note of caution", "added: That ..." say
        word, after = root.lemma_.lower(), a.head.nbor() if a.head.i + 1 < len(a.head.doc) else None
        said = word in lexicon().cue_nouns or lexicon().stance_noun(word)
        return not (said or (after is not None and after.text == ":"))
    return a.key in _PASSING  # "posted a podcast", "shared an update", "wrote a song": passed
    # on or made, not said


_SHOWING = frozenset({"show", "display", "demonstrate"})
_CONTENDING = frozenset({"push", "contend", "compete", "challenge", "battle", "fight"})
_CONTESTED = _PRIZES | {"promotion", "nomination", "championship", "race", "league"}
_LET_IN = frozenset(
    {"hospital", "academy", "university", "college", "school", "clinic", "ward", "bar", "hall"}
)
"""Places one is admitted to: the "to" of an admission, not of a confession."""


def _objects_of(verb: Token, preposition: str) -> list[Token]:
    return [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == preposition
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _for_a_prize(verb: Token) -> bool:
    """ "push for the title", "contended for the party's nomination": what is won ("pushed for
    Barrett's nomination" backs someone)."""
    return any(
        o.lemma_.lower() in _CONTESTED
        and not any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in o.children)
        for o in _objects_of(verb, "for")
    )


def _let_in(verb: Token) -> bool:
    return any(
        o.ent_type_ in ("ORG", "FAC") or o.lemma_.lower() in _LET_IN
        for o in _objects_of(verb, "to")
    )


_SHOWN = frozenset({"me", "him", "her", "us"})
"""Persons shown: "shows her flailing", "showed him what"; not "them", which a poll shows
("showed them ahead")."""


def _depicted(verb: Token) -> bool:
    """ "Footage shows her flailing her arms", "showed him what he described as propaganda":
    someone shown doing something, or shown something; a picture or a demonstration, not a
    finding ("the figures show that prices rose", "a poll showed Biden leading")."""
    shown_to = any(c.dep_ in ("dative", "dobj") and c.lower_ in _SHOWN for c in verb.children)
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if shown_to or (subject is not None and subject.lower_ in _SHOWN):
            return True
    return False


def _put_forward(a: Attribution) -> bool:
    """A plan unveiled, set out or outlined; not "Sony unveiled a new PlayStation" (a product
    launched), "set out to discover the effect of fast food" (set about it), "will set out her
    position when the Bill is debated" (yet to come)."""
    root = a.content_root
    modals = {c.lower_ for c in a.head.children if c.dep_ == "aux"} & _MODALS
    if "would" in modals or (modals and root is not None and root.lemma_ in _STANDS):
        return False  # but "will set out Tory plans for an immigration quota" tells them
    if a.key == "set out":
        return root is None or root.dep_ != "xcomp"
    if a.key == "unveil":
        return root is not None and any(t.lemma_.lower() in _PLANS for t in root.subtree)
    return True


def _in_play(verb: Token) -> bool:
    """ "attacks the net", "blasted in a shot": the verb's object, or its preposition's."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    objects = (*verb.children, *(o for p in preps for o in p.children))
    return any(o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in _IN_PLAY for o in objects)
