"""Attribution cues found on spaCy's dependency parse, each with its source and content.

Constructions are ``DependencyMatcher``-format patterns (run by ``patterns.ChildPatterns``,
which is much faster for child-only patterns) and ``Matcher`` patterns over lexicons (see
``lexicon.py``): a reporting or stance verb with a clause, an object, an infinitive or a
prepositional content ("said that", "urged Y to", "called for", "hit out at"); a light verb
with a stance noun ("expressed a commitment to"), "X has backing from Y" and a stance noun
with its holder ("Putin's proposal for", "a call by X for"), built in ``noun_cues``;
"according to X" (and "Per the decree"); "was quoted as saying". The source is the cue's
subject, climbing through participles ("..., saying"), infinitives, conjoined verbs and
relative clauses the way English shares subjects.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from briefing.analysis.lexicon import STRONG_CUE, WEAK_CUE, Lexicon, lexicon
from briefing.analysis.positions.according import (
    IN_VIEW,
    according_source,
    ended_at_comma,
    holder,
    per_source,
)
from briefing.analysis.positions.attribution import Attribution
from briefing.analysis.positions.behest import behests
from briefing.analysis.positions.colons import colon_quotes
from briefing.analysis.positions.companions import companions
from briefing.analysis.positions.noun_cues import noun_construction
from briefing.analysis.positions.patterns import ChildPatterns
from briefing.analysis.positions.spans import (
    anothers_speech,
    apart_from_source,
    cue_tokens,
    end_before,
    source_tokens,
    span_of,
    speech_start,
    subtree_span,
)
from briefing.analysis.positions.subjects import passive, subject_of
from briefing.analysis.positions.torn import torn_views
from briefing.analysis.scan import tokens_where

__all__ = ["Attribution", "find_attributions", "source_tokens", "span_of"]

CONTENT_PREPS = ("for", "against", "about", "to", "of", "with", "at", "over")
"""Prepositions that introduce what a cue verb is about; "with" only in a phrasal cue of
``stances.tsv`` ("disagreed with", not "spoke with"), "at" and "over" only after a particle
that makes one ("has hit out at", "hits out over")."""
_AIMED = frozenset({"at", "over"})
_GIVING_WAY = _AIMED | {"with"}
"""Prepositions another content preposition of the same verb takes the place of."""
# Children that belong to the cue clause, not to its subject phrase.
_OBJECT_PARTS = frozenset({"dobj", "dative", "oprd", "npadvmod", "attr"})
_ABOUT_OBJECT = frozenset({"against", "about", "of", "for"})
"""Prepositions after an object that say what the cue is about: the addressee is warned
*against* something, thanked *for* it."""


def _about_object(verb: Token, obj: Token, prep: Token | None) -> bool:
    """Whether ``prep`` says what the cue is about after its object ("warned his supporters
    *against complacency*"); not after a pronoun object of a verb with no subject of its own
    ("lawsuits - one accusing it of discriminating": the lawsuit's, not the firm's)."""
    if prep is None or prep.lower_ not in _ABOUT_OBJECT or prep.i < obj.i:
        return False
    return obj.pos_ != "PRON" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _pattern(name: str, *nodes: tuple[str, str | None, dict]) -> tuple[str, list[dict]]:
    spec = []
    for i, (node_id, rel, attrs) in enumerate(nodes):
        if i == 0:
            spec.append({"RIGHT_ID": node_id, "RIGHT_ATTRS": attrs})
        else:
            left, op = rel.split(" ")
            spec.append({"LEFT_ID": left, "REL_OP": op, "RIGHT_ID": node_id, "RIGHT_ATTRS": attrs})
    return name, spec


_PARTICLES = (" out", " back", " down", " off")
"""Particles that make a cue of a verb ("hit out", "played down"), in ``stances.tsv``."""


def _patterns(lex: Lexicon) -> list[tuple[str, list[dict]]]:
    phrasal = {k.split()[0] for k, p in lex.stances if p == "VERB" and k.endswith(_PARTICLES)}
    verbs = sorted(
        set(lex.cue_verbs) | {k for k, p in lex.stances if p == "VERB" and " " not in k} | phrasal
    )
    verb = {"POS": {"IN": ["VERB", "AUX"]}, "LEMMA": {"IN": verbs}}
    stance_nouns = sorted(k for k, p in lex.stances if p == "NOUN")
    noun = {"POS": {"IN": ["NOUN", "PROPN"]}, "LEMMA": {"IN": stance_nouns}}
    return [
        _pattern("clause", ("cue", None, verb), ("c", "cue >", {"DEP": "ccomp"})),
        _pattern(  # "oprd": "called Trump a clown", as the parser may read it
            "object",
            ("cue", None, verb),
            ("c", "cue >", {"DEP": {"IN": ["dobj", "dative", "oprd"]}}),
        ),
        _pattern("infinitive", ("cue", None, verb), ("c", "cue >", {"DEP": "xcomp"})),
        _pattern(
            "patient",
            ("cue", None, verb),
            ("c", "cue >", {"DEP": "nsubjpass"}),
            ("a", "cue >", {"DEP": "agent"}),
        ),
        _pattern(
            "prep",
            ("cue", None, verb),
            ("p", "cue >", {"DEP": "prep", "LOWER": {"IN": list(CONTENT_PREPS)}}),
            ("c", "p >", {"DEP": {"IN": ["pobj", "pcomp"]}}),
        ),
        _pattern(  # "called for CNN to fire Lockhart", parsed as a clause marked "for"
            "for_clause",
            ("cue", None, verb),
            ("c", "cue >", {"DEP": "advcl"}),
            ("p", "c >", {"DEP": "mark", "LOWER": "for"}),
        ),
        _pattern(
            "light",
            ("cue", None, {"LEMMA": {"IN": sorted(lex.light_verbs)}, "POS": "VERB"}),
            ("n", "cue >", {**noun, "DEP": "dobj"}),
        ),
        _pattern(
            "backing",
            ("v", None, {"LEMMA": {"IN": sorted(lex.backing_verbs)}}),
            ("cue", "v >", {**noun, "DEP": "dobj"}),
            ("p", "cue >", {"DEP": "prep", "LOWER": "from"}),
            ("s", "p >", {"DEP": "pobj"}),
        ),
        _pattern("noun", ("cue", None, noun), ("s", "cue >", {"DEP": "poss"})),
        _pattern(
            "noun_by",
            ("cue", None, noun),
            ("p", "cue >", {"DEP": "prep", "LOWER": "by"}),
            ("s", "p >", {"DEP": "pobj"}),
        ),
    ]


_matchers: dict[int, tuple[Vocab, ChildPatterns, Matcher]] = {}
_matchers_lock = threading.Lock()
"""The reader's workers analyse in threads: the matchers of a vocabulary are made once."""


def _matchers_for(vocab: Vocab) -> tuple[ChildPatterns, Matcher]:
    with _matchers_lock:
        cached = _matchers.get(id(vocab))
        if cached is None or cached[0] is not vocab:
            dep = ChildPatterns(_patterns(lexicon()))
            tok = Matcher(vocab)
            tok.add("according", [[{"LOWER": "according"}, {"LOWER": "to"}]])
            # "Per the decree signed by ...", "Per numbers reported by AP": not "per capita"
            tok.add("according", [[{"LOWER": "per"}, {"POS": {"IN": ["DET", "PROPN", "NOUN"]}}]])
            tok.add("view", [IN_VIEW])  # "In his view, ...", "In Gagay's opinion, ..."
            cached = _matchers[id(vocab)] = (vocab, dep, tok)
        return cached[1], cached[2]


def _content_of(parts: dict[str, Token]) -> list[Token]:
    if "clause" in parts:
        return [parts["clause"]]
    if "infinitive" in parts:
        obj = parts.get("object")
        return [obj, parts["infinitive"]] if obj is not None else [parts["infinitive"]]
    if "object" in parts:
        return [parts["object"]]
    if "prep" in parts:
        return [parts["prep"]]
    if "patient" in parts:  # "was rejected by the court": what it rejected
        return [parts["patient"]]
    return []


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution the patterns find in ``doc``, one per cue."""
    lex = lexicon()
    dep_matcher, tok_matcher = _matchers_for(doc.vocab)
    verbs: dict[int, dict[str, Token]] = {}
    found: list[Attribution] = []
    for name, ids in dep_matcher(doc):
        tokens = [doc[i] for i in ids]
        if name == "for_clause":
            _verb_part(verbs, "prep", [tokens[0], tokens[2], tokens[1]])
        elif name in ("clause", "object", "infinitive", "prep", "patient"):
            _verb_part(verbs, name, tokens)
        else:
            found.extend(noun_construction(name, tokens, lex))
    light_verbs = {a.cue[0].i for a in found if a.kind == "light"}
    for i, parts in sorted(verbs.items()):
        if i not in light_verbs:
            found.extend(a for a in [_verb(doc[i], parts, lex)] if a is not None)
    cue_words = ("according", "per", "view", "opinion", "estimation", "judgement")
    phrases = tok_matcher(doc) if tokens_where(doc, "LOWER", cue_words) else []
    for match_id, start, end in phrases:
        if doc.vocab.strings[match_id] == "view":
            if doc[start].head.dep_ == "ROOT":  # not "X noted that in her opinion, ..."
                found.append(replace(_according(doc, start, end), source=holder(doc[start:end])))
        elif doc[start].lower_ == "per":
            if per_source(doc[start]):
                found.append(_according(doc, start, start + 1))
        else:
            found.append(_according(doc, start, end))
    for saying in filter(_quoted_saying, tokens_where(doc, "LOWER", ("saying",))):
        # "quoted X as saying" replaces the verb cues it is made of
        verb = saying.head.head
        found = [a for a in found if a.head.i not in (verb.i, saying.i)]
        start = verb.i if saying.i == verb.i + 2 else saying.i - 1
        said = verbs.get(saying.i) or {  # "Video games are big, the paper quoted him as saying"
            k: v for k, v in verbs.get(verb.i, {}).items() if k == "clause"
        }
        found.append(_quoted(doc, start, saying, said))
    torn = torn_views(doc)  # they replace the verb cue whose object was the relative word
    replaced = {a.head.i for a in torn}
    found = [a for a in found if a.head.i not in replaced]
    return found + colon_quotes(doc) + behests(doc) + torn


_QUOTING = frozenset({"quote", "cite", "report"})


def _quoted_saying(token: Token) -> bool:
    """ "saying" of "was quoted as saying", "the paper quoted Mr Chernin as saying",
    "Reuters reported BaFin as saying", "cited Budi Gunawan as saying"."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and prep.lower_ == "as"
        and prep.dep_ == "prep"
        and prep.head.lemma_ in _QUOTING
    )


def _verb_part(verbs: dict[int, dict[str, Token]], name: str, tokens: list[Token]) -> None:
    """Record what a matched verb governs: its clause, object, infinitive or preposition."""
    parts = verbs.setdefault(tokens[0].i, {})
    if name == "prep":
        if "prep" not in parts or parts["prep_word"].lower_ in _GIVING_WAY:
            parts["prep"], parts["prep_word"] = tokens[2], tokens[1]
    elif name in parts and parts[name].i < tokens[0].i < tokens[1].i:
        parts[name] = tokens[1]  # of two clauses, the one after the verb: the parser made a
        # clause of an aside before it ("Hussen – who ... join IS this year – conceded that")
    else:
        parts.setdefault(name, tokens[1])


def _outward(verb: Token, prep: Token | None, lex: Lexicon) -> str | None:
    """ "hit out", "hit back" ("back" read as an adverb): a cue its particle makes (not "hit
    back with two tries")."""
    near = [c.lower_ for c in verb.children if c.dep_ == "prt" or c.i == verb.i + 1]
    key = f"{verb.lemma_} {near[0]}" if near else ""
    aimed = prep is None or prep.lower_ != "with"
    return key if aimed and (key, "VERB") in lex.stances else None


def _quoted(doc: Doc, start: int, saying: Token, parts: dict[str, Token]) -> Attribution:
    """ "X was quoted as saying Y", "the paper quoted X as saying Y": X's (the cue "quoted as
    saying", or "as saying" when X stands between)."""
    content = _content_of(parts)
    return Attribution(
        list(doc[start : saying.i + 1]),
        "say",
        "VERB",
        source=subject_of(saying),
        content=[subtree_span(c) for c in content],
        content_root=content[0] if content else None,
        clausal="clause" in parts,
        kind="quoted",
    )


def _verb(verb: Token, parts: dict[str, Token], lex: Lexicon) -> Attribution | None:
    if verb.lower_ == "according":  # "according to X" is its own construction
        return None
    strength = lex.verb_strength(verb.lemma_)
    keyed = _key(verb, parts, strength, lex)
    if keyed is None:
        return None
    key, parts = keyed
    if key.endswith(_PARTICLES):  # "has played down claims": a cue its particle makes
        strength = max(strength, WEAK_CUE)
    prep = parts.get("prep_word")
    source = subject_of(verb)
    agent, patient = passive(verb)
    if agent is not None:  # "was criticised by the archbishop": the agent holds the view
        source = agent
    clausal = "clause" in parts
    if strength < WEAK_CUE:
        return None
    stance_verb = lex.verb_stance(key) is not None
    if strength < STRONG_CUE and not clausal and not (stance_verb and source is not None):
        return None
    if source is None and not clausal and strength < STRONG_CUE:
        return None
    if source is not None and source.lower_ in ("it", "there") and not clausal:
        return None
    if source is None and "object" in parts and parts["object"].dep_ == "oprd":
        return None  # "Trump called the sentence unjust" misread: the tagger's to find
    content = _content_of(parts)
    opens = prep is not None and not ({"clause", "object", "infinitive"} & parts.keys())
    cue = cue_tokens(verb, [prep] if opens else [])
    pieces = []
    if len(content) == 2:
        first, last = subtree_span(content[0]), subtree_span(content[1])
        pieces = [(min(first[0], last[0]), max(first[1], last[1]))]
    elif content and "object" in parts and content[0] is parts["object"]:
        # "deeming it a great day": the object and its predicate are one content
        after = [c for c in verb.children if c.i > verb.i and c.dep_ in _OBJECT_PARTS]
        if _about_object(verb, content[0], prep):
            after.append(prep)  # "warned his supporters against complacency": both
        pieces = [span_of([t for c in after or content for t in c.subtree])]
    elif content:  # "called for CNN to fire him": "for" is the cue's
        pieces = [subtree_span(content[0], {prep.i} if opens else set())]
        other = anothers_speech(content[0]) if clausal else None
        if other is not None:  # "... while Joachim Brudziński wrote": his
            pieces = [(pieces[0][0], min(pieces[0][1], end_before(speech_start(other))))]
    pieces = apart_from_source(pieces, verb, source)
    return Attribution(
        cue,
        key,
        "VERB",
        source=source,
        companions=companions(verb),
        content=pieces,
        content_root=content[-1] if content else None,
        clausal=clausal,
        strength=strength,
        anchor=verb,
    )


def _key(
    verb: Token, parts: dict[str, Token], strength: float, lex: Lexicon
) -> tuple[str, dict[str, Token]] | None:
    """The cue's key ("say", "call for", "hit out", "challenge to") and the parts it governs,
    less a preposition that opens no content ("said at a news conference"); None when a weak
    verb's preposition makes no cue."""
    prep = parts.get("prep_word")
    key = verb.lemma_
    outward = _outward(verb, prep, lex)
    if outward:  # "has hit out at the quality of films", "Labour hit back at the Tories"
        key = outward
    elif prep is not None and prep.lower_ in _AIMED:
        parts = {k: v for k, v in parts.items() if k not in ("prep", "prep_word")}
        prep = None
        if not parts:
            return None
    if prep is not None and not outward and not ({"clause", "object", "infinitive"} & parts.keys()):
        phrasal = f"{verb.lemma_} {prep.lower_}"
        weak = strength < STRONG_CUE or prep.lower_ == "with"  # "with": phrasal cues only
        if (phrasal, "VERB") in lex.stances:
            key = phrasal
        elif weak or prep.lower_ == "of" and verb.lemma_ not in ("warn", "speak"):
            return None
    if {"object", "infinitive"} <= parts.keys() and (f"{key} to", "VERB") in lex.stances:
        key = f"{key} to"  # "challenged his side to match them": a demand
    return key, parts


def _according(doc: Doc, start: int, end: int) -> Attribution:
    """ "according to X": X is the source, the rest of the clause is the content."""
    to = doc[end - 1]
    pobj, beside, named = according_source(to)
    phrase = {t.i for t in to.subtree} | set(range(start, end)) | named  # not "According"'s:
    # the parser may make it the sentence's root
    cut = ended_at_comma(to, pobj) if pobj is not None and not beside else None
    if cut is not None:  # "According to the Post, Barrientos and Garcia are"
        pobj, phrase = cut, phrase - set(range(cut.i + 1, pobj.i + 1))
    elif pobj is not None:  # a name hung elsewhere keeps no clause the parser hung on it
        below = pobj.head.i == to.i
        phrase |= {t.i for t in pobj.subtree if below or t.i <= pobj.i}
    sent = doc[start].sent
    rest = [t for t in sent if t.i not in phrase and not t.is_space]
    pieces: list[tuple[int, int]] = []
    before = [t for t in rest if t.i < start]
    after = [t for t in rest if t.i >= end]
    for group in (before, after):
        if group and any(not t.is_punct for t in group):
            pieces.append(span_of(group))
    return Attribution(
        list(doc[start:end]),
        "accord",
        "VERB",
        source=pobj,
        content=pieces,
        content_root=sent.root,
        kind="according",
    )
