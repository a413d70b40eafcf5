"""The actor that qualifies a name: "Kremlin spokesperson X", "X, a Russian envoy" (the
party a person speaks for, in ``parties``)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from briefing.analysis.names import TITLES

ACTOR_KINDS = frozenset({"GPE", "NORP", "ORG"})


def affiliation_entity(span: Span, named: Mapping[str, str] | None = None) -> Span | None:
    """An actor entity that qualifies ``span``: "Kremlin spokesperson X", "X, a Russian envoy";
    or a word ``named`` (a one-word actor's name, with its kind) the model left untagged here:
    "Tory co-chairman Liam Fox", with "Tory" tagged elsewhere in the article."""
    doc = span.doc
    inside = set(range(span.start, span.end))
    candidates: list[Token] = []
    for token in doc[_sentence_start(doc[span.start], max(span.start - 4, 0)) : span.start]:
        # modifiers of the name, or of the role noun the name is compounded with
        if token.head.i in inside or (token.head.i < span.start and token.head.head.i in inside):
            candidates.append(token)
    for child in span.root.children:
        # "X, a Russian envoy": the apposition right after the name, not a later one the
        # parser hung on it ("Cheryl Silvonek, 54, was stabbed ..., Army Spc. Caleb Barnes"),
        # nor an amount ("according to Al Jazeera, US$3.6 billion from ... Pentagon ...")
        if child.dep_ == "appos" and child.left_edge.i <= span.end + 1 and child.pos_ != "NUM":
            candidates.extend(child.subtree)
    for token in candidates:
        if token.i in inside:
            continue
        if token.ent_type_ in ACTOR_KINDS:
            return _entity_of(token)
        if named and not token.ent_type_ and token.is_title and token.text in named:
            return Span(doc, token.i, token.i + 1, named[token.text])
    return None


def _sentence_start(token: Token, floor: int) -> int:
    """Where the sentence of ``token`` starts, or ``floor`` when it starts before that: what
    ``max(token.sent.start, floor)`` is, without finding the whole sentence."""
    i = token.i
    while i > floor and not token.doc[i].is_sent_start:
        i -= 1
    return i


def _entity_of(token: Token) -> Span:
    """The named entity ``token`` is in (it is in one), read from the tags around it."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, token.ent_type_)


def one_word_actors(
    ents: list[Span], ent_party: dict[int, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """The one-word actors' names (not titles), with their kinds and with their parties: to
    be found where the model left the word untagged ("Tory co-chairman Liam Fox")."""
    words = {
        e.text: i
        for i, e in enumerate(ents)
        if len(e) == 1 and e.label_ in ACTOR_KINDS and e[0].lower_ not in TITLES and i in ent_party
    }
    kinds = {w: ents[i].label_ for w, i in words.items()}
    return kinds, {w: ent_party[i] for w, i in words.items()}
