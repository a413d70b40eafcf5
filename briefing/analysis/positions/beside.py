"""A person named beside a role that is an attribution's source: "The Vice President, Mike
Pence", "director of research Steven Camarota", "Mayor of Koszalin Piotr Jedlinski"."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.names import POST_NOMINALS, TITLES


def named_beside(token: Token, party_of_token: dict[int, str], kind: dict[str, str]) -> str | None:
    """A person in apposition names the source: "The Vice President, Mike Pence", also
    when the parser hangs the name on the role's last word ("the director of Amnesty
    International, Mariela Belski", "director of the Victims of Crime Trust, Norman
    Brennan"), on an apposition of its own ("news source Daily
    Xtra's editorial director, Rachel Giese, said") or on the role's field ("director of
    research Steven Camarota": not "the mother of Harry Dunn")."""
    own = party_of_token.get(token.i, "")
    if kind.get(own) == "PERSON" and not _role_set_off(token, party_of_token):
        return None
    if token.text in POST_NOMINALS:  # "Former welfare minister Frank Field MP said": the name
        named = [party_of_token.get(c.i) for c in token.children if c.dep_ == "compound"]
        people = {p for p in named if p is not None and kind.get(p) == "PERSON"}
        if len(people) == 1:
            return people.pop()
    after = _named_after_body(token, party_of_token, kind)
    if after is not None:
        return after
    title = token.pos_ == "PROPN" and token.lower_ in TITLES
    title = title and not any(c.dep_ == "det" for c in token.children)
    appositions = [c for c in token.children if c.dep_ == "appos"]
    if token.pos_ == "NOUN" or title:  # "Chairman of the Environmental Audit Committee
        # Peter Ainsworth MP, said"
        appositions += [
            t
            for t in token.subtree
            if (t.dep_ == "appos" or (t.dep_ == "npadvmod" and t.ent_type_ == "PERSON"))
            and t.head.i != token.i
            and (t.head.dep_ == "pobj" or (t.head.dep_ == "appos" and t.head.head == token))
        ]
    for child in appositions:
        party = party_of_token.get(child.i)
        if child.text in POST_NOMINALS and kind.get(party or "") != "PERSON":  # "Jo Bloggs MSP"
            party = next(
                (party_of_token[c.i] for c in child.children if c.i in party_of_token), None
            )
        if party is not None and kind.get(party) == "PERSON":
            return party
    # "CIS director of research Steven Camarota said"; a title with its place, the model
    # running the place into the name: "Mayor of Koszalin Piotr Jedlinski has declared",
    # "Senator from Vermont Bernie Sanders endorsed"
    if token.pos_ == "NOUN" or title:
        of = ("of", "from", "to") if title else ("of",)
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in of):
            for name in (c for c in prep.children if c.dep_ == "pobj"):
                party = party_of_token.get(name.i)
                field = title or any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_
                    for c in name.children
                )
                if field and party is not None and kind.get(party) == "PERSON":
                    return party
    for rule in (_first_name_as_preposition, _so_named, _body_beside, _role_after_comma):
        party = rule(token, party_of_token, kind)
        if party is not None:
            return party
    return None


def _body_beside(token: Token, party_of_token: dict[int, str], _kind: dict[str, str]) -> str | None:
    """ "One news site, Znak.com, claims": the party in apposition to a common noun."""
    if token.pos_ == "NOUN" and not token.ent_type_:
        for child in token.children:
            party = party_of_token.get(child.i) if child.dep_ == "appos" else None
            if party is not None:
                return party
    return None


def _role_after_comma(
    token: Token, party_of_token: dict[int, str], kind: dict[str, str]
) -> str | None:
    """ "said University of California, San Diego's chancellor, Pradeep Khosla": a name with a
    comma in it that the parser split in two, its second part the possessor of a role with a
    person beside it, joined to the first without an "and": that person."""
    for role in (c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"):
        if any(t.dep_ == "cc" for t in token.doc[token.i : role.i]):
            continue  # "The player himself and his captain Jason Robinson": two
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in role.children):
            party = named_beside(role, party_of_token, kind)
            if party is not None and kind.get(party) == "PERSON":
                return party
    return None


def _first_name_as_preposition(
    token: Token, party_of_token: dict[int, str], kind: dict[str, str]
) -> str | None:
    """ "Arsenal vice-captain Per Mertesacker says": a first name right after the role that
    the parser read as a preposition ("per"), capitalised mid-sentence."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1):
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        party = party_of_token.get(name.i) if name is not None and prep.is_title else None
        if party is not None and prep.i != prep.sent.start and kind.get(party) == "PERSON":
            return party
    return None


def _so_named(token: Token, party_of_token: dict[int, str], kind: dict[str, str]) -> str | None:
    """ "A university student named Wong said", "a man identified as Tom Smith": the person
    the description goes on to name."""
    for acl in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.lemma_ not in ("name", "call", "identify"):
            continue
        named = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj")]
        named += [g for c in acl.children if c.lower_ == "as" for g in c.children]
        people = {party_of_token.get(n.i) for n in named} - {None}
        if len(people) == 1 and kind.get(next(iter(people))) == "PERSON":
            return people.pop()
    return None


def _named_after_body(
    token: Token, party_of_token: dict[int, str], kind: dict[str, str]
) -> str | None:
    """ "Executive director of the Dallas chapter of the Council on American-Islamic
    Relations Alia Salem said": the person whose name ends the role's words, right after the
    name of a body (not "the mother of Harry Dunn")."""
    end = token.right_edge
    party = party_of_token.get(end.i)
    if token.pos_ != "NOUN" or party is None or kind.get(party) != "PERSON":
        return None
    first = end.i
    while first > token.i and party_of_token.get(first - 1) == party:
        first -= 1
    body = party_of_token.get(first - 1)
    if first <= token.i + 1 or body is None or kind.get(body) in ("PERSON", None):
        return None
    return party


def _role_set_off(token: Token, party_of_token: dict[int, str]) -> bool:
    """ "The EU's Humanitarian Aid Commissioner, Louis Michel, said": a role the model ran
    into a name of its own ("Humanitarian Aid" tagged a person), with another person set off
    beside it: the role, not a name."""
    return token.lower_ in TITLES and any(
        c.dep_ == "appos" and party_of_token.get(c.i, "") not in ("", party_of_token[token.i])
        for c in token.children
    )
