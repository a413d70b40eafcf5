"""Organisations the model often leaves untagged: capitals ("regulator AMF", "the RSPCA"),
names cited ("according to The Verge") and names set after a noun saying what kind of body
they are ("US magazine Mobile PC", "The firm, Paion, said")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis.actors import lookup_country
from briefing.analysis.lexicon import lexicon
from briefing.analysis.names import FIRMS
from briefing.analysis.scan import tokens_where


def acronym(token: Token) -> bool:
    """ "reports TMZ", "TVN24 reported": an outlet's or body's capitals, untagged."""
    return token.is_upper and token.text.isalnum() and 2 <= len(token.text) <= 6  # "TVN24"


_BODY_NOUNS = frozenset(
    {"regulator", "watchdog", "agency", "authority", "company", "firm", "group", "bank"}
    | {"union", "party", "ministry", "network", "broadcaster", "newspaper", "airline", "giant"}
)
"""Nouns that say a name set after them is an organisation's ("regulator AMF")."""


def described_acronyms(doc: Doc, taken: set[int]) -> list[Span]:
    """An untagged acronym the article once sets after a noun saying what kind of body it is
    ("French stock market regulator AMF"), joins to an organisation ("The League Against
    Cruel Sports and the RSPCA") or has speak with "the" ("The IAAF said"): an organisation
    wherever it stands (but where ``taken``); and capitals tagged once, as what they were
    tagged, where they act (``_acts``)."""
    tagged = {t for e in doc.ents for t in range(e.start, e.end)}
    named = {
        t.text
        for t in tokens_where(doc, "POS", ("PROPN",))
        if t.i not in tagged
        and acronym(t)
        and len(t) > 2  # not "network TV"
        and (
            any(c.dep_ == "compound" and c.lemma_ in _BODY_NOUNS for c in t.children)
            or _joined_to_a_body(t)
            or _speaks_with_the(t)
        )
    }
    once = _initials(doc) | _tagged_once(doc)
    taken = tagged | taken
    return [
        Span(doc, t.i, t.i + 1, "ORG" if t.text in named else once[t.text])
        for t in tokens_where(doc, "ORTH", named | set(once))
        if t.i not in taken and (t.text in named or (t.text in once and _acts(t)))
    ]


_VOICES = frozenset({"statement", "spokesman", "spokeswoman", "spokesperson", "website", "report"})
"""What a body speaks through, in the singular: "An IAAF statement said", "the WHO report"."""


def _acts(token: Token) -> bool:
    """ "G7 finance ministers have backed", "G7 said", "An IAAF statement said": capitals
    that act (or by whom something is done) or name those who do, or what speaks for them,
    not a thing ("patients with MS")."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "agent":
        return True  # "was described by the CBCP as"
    return token.dep_ == "nsubj" or (
        token.dep_ in ("compound", "nmod")
        and (
            (head.tag_ == "NNS" and head.lemma_.lower() in lexicon().source_nouns)
            or (head.tag_ == "NN" and head.lemma_.lower() in _VOICES)
        )  # not "MS sufferers"
    )


def _initials(doc: Doc) -> dict[str, str]:
    """ "The Football Association" named, and "said an FA statement": the initials of an
    organisation the article names in full are that organisation, where they act."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        name = list(ent[: next((t.i for t in ent if t.text == "("), ent.end) - ent.start])
        name = [t for t in name if t.tag_ != "POS"]  # "Catholic Bishops' Conference": CBC
        words = [t for t in name if t.is_title and t.lower_ != "the"]  # not "(ILO" run into it
        small = sum(t.lower_ in ("the", "of", "for", "and") for t in name)
        if ent.label_ == "ORG" and 1 < len(words) == len(name) - small:
            found["".join(t.text[0] for t in words)] = "ORG"
    return found


def _tagged_once(doc: Doc) -> dict[str, str]:
    """ "G7 backs Africa debt relief plan" (tagged) and "G7 finance ministers have backed"
    (untagged): capitals the model tagged once as a body or a place -> a body, or the
    country they name, wherever else they stand."""
    labels: dict[str, str] = {}
    for ent in doc.ents:
        if len(ent) == 1 and acronym(ent[0]) and ent.label_ in ("ORG", "GPE"):
            country = lookup_country(ent.text) is not None  # "G7" is no place
            labels.setdefault(ent.text, "GPE" if country else "ORG")
    return labels


_ROLE_CAPITALS = frozenset({"pm", "mp", "mep", "msp", "ceo", "cfo", "coo", "qc", "md", "dj"})
"""Capitals that name a role, not a body: "The PM said"."""


def _speaks_with_the(token: Token) -> bool:
    """ "The IAAF said", "The IAAF - which said it was surprised": capitals with "the" that
    speak are a body's."""
    if token.lower_ in _ROLE_CAPITALS or not any(c.lower_ == "the" for c in token.children):
        return False
    lex = lexicon()
    verbs = [token.head] if token.dep_ == "nsubj" else []
    verbs += [  # "which said": the relative clause's subject is the name
        c for c in token.children if c.dep_ == "relcl" and any(w.tag_ == "WDT" for w in c.children)
    ]
    speaks = any(v.pos_ == "VERB" and lex.speaks(v.lemma_) for v in verbs)
    return speaks and not _spelled_in_lower_case(token)  # "producer price index (PPI)": a
    # thing's capitals


def _spelled_in_lower_case(token: Token) -> bool:
    """Whether the article spells the capitals out in small letters before them: "the
    producer price index (PPI)"."""
    doc = token.doc
    return any(
        t.text == token.text
        and 1 < t.i < len(doc) - 1
        and doc[t.i - 1].text == "("
        and doc[t.i - 2].is_lower
        for t in doc
    )


def _joined_to_a_body(token: Token) -> bool:
    """ "The League Against Cruel Sports and the RSPCA": joined to an organisation's name with
    nothing but "the" ("Marketing Officer and Deputy CEO" is a title)."""
    return (
        token.dep_ == "conj"
        and token.head.ent_type_ == "ORG"
        and all(c.dep_ == "det" for c in token.children)
    )


_RECORDS = frozenset({"record", "data", "datum", "figure", "statistic", "filing", "report"})


def cited_untagged(doc: Doc, people: set[str], spans: list[Span]) -> list[Span]:
    """ "..., according to The Verge", "according to WSET-TV": the name cited, which the
    model left untagged, is an actor (an outlet or body; a person when a tagged person bears
    the name)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for token in tokens_where(doc, "DEP", ("pobj",)):
        head = token.head
        cited = head.lower_ == "to" and head.head.lower_ == "according"
        if cited and token.lemma_.lower() in _RECORDS:  # "according to FEC records"
            found += [
                Span(doc, c.i, c.i + 1, "ORG")
                for c in token.children
                if c.dep_ == "compound" and acronym(c) and c.i not in taken
            ]
        named = token.pos_ == "PROPN" or acronym(token) or (token.pos_ == "NOUN" and token.is_title)
        if not cited or token.i in taken or not named:  # "according to PC Pro", read as nouns
            continue
        # "The Verge" keeps its capital article; "the Arizona DPS" does not
        words = [
            t for t in token.subtree if t.i <= token.i and (t.dep_ != "det" or t.text == "The")
        ]
        if any(t.i in taken or not (t.is_title or t.is_upper or t.text == "-") for t in words):
            continue  # "according to a report by The Atlantic": the name is the report's
        label = "PERSON" if token.text in people else "ORG"
        found.append(Span(doc, words[0].i, token.i + 1, label))
    return found


def described_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Capitalised words the model left untagged right after a noun saying what kind of body
    they name ("steel giant LNM", "by US magazine Mobile PC"), or set off after it by commas
    ("The firm, Paion, said"), or before it ("Metrovias, the private firm which runs the
    tube, has offered"): an organisation's name."""
    kinds = FIRMS | _BODY_NOUNS
    found = []
    maybe = {t.i for t in tokens_where(doc, "POS", ["PROPN"])}  # a name, or set off after
    maybe |= {t.i for t in tokens_where(doc, "DEP", ["appos"])}  # its kind by commas
    for token in (doc[i] for i in sorted(maybe)):
        if token.i in taken or token.ent_type_ or not _capital(token):
            continue
        if _set_before(token, kinds):
            found.append(Span(doc, token.i, token.i + 1, "ORG"))
            continue
        if token.is_sent_start:
            continue
        if token.dep_ == "appos" and token.head.lemma_ in kinds and token.head.i < token.i:
            first = token.left_edge.i  # "The firm, Paion, said"; "by US magazine Mobile PC"
            if doc[first - 1].text != "," and first != token.head.i + 1:
                continue
        else:
            kind = [
                c for c in token.children if c.dep_ in ("compound", "amod") and c.lemma_ in kinds
            ]
            if not kind or token.pos_ != "PROPN":
                continue
            first = kind[-1].i + 1  # the words between the noun and the name are the name's
        words = doc[first : token.i + 1]
        if all(_capital(t) and t.i not in taken and not t.ent_type_ for t in words):
            found.append(Span(doc, first, token.i + 1, "ORG"))
    return found


def _set_before(token: Token, kinds: frozenset[str]) -> bool:
    """A one-word name followed by a comma and "the" kind of body it is ("Metrovias, the
    private firm which runs ...")."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    if token.i > 0 and (doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start):
        return False  # a longer name's last word
    return any(
        c.dep_ == "appos"
        and c.lemma_ in kinds
        and c.tag_ == "NN"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in token.children
    )


def _capital(token: Token) -> bool:
    return token.is_title or acronym(token)
