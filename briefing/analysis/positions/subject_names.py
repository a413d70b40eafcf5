"""The person a subject stands for when the parser cut a name or a role short: "said study
co-author Karen Alley" (a piece of the hyphenated role made the subject), "Longtime Imus in
the Morning writer and performer Rob Bartlett tweeted" (the first words of a long description
made the subject); the nearest of a verb's subjects (``nearest_subject``); and the speaker it
hung elsewhere: a name joined to the clause before (``joined_before``), described after the
verb as its object (``described_after``), or made the object of a role word read as a verb
("Munster lock Paul O'Connell has dismissed": ``object_before``) (for ``subjects``)."""

from __future__ import annotations

from spacy.tokens import Token

from briefing.analysis.names import FIRMS
from briefing.analysis.positions.hyphens import hyphenated

SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def split_name(nearest: Token) -> Token:
    """ "said study co-author Karen Alley": the parser cut the role at its hyphen and made a
    subject of a piece of it; the name the role runs on into is the one. And "A, B and C all
    said", where the parser made "all" the subject: the names."""
    doc = nearest.doc
    if nearest.lower_ in ("al", "al.") and nearest.i > 1 and doc[nearest.i - 1].lower_ == "et":
        return doc[nearest.i - 2]  # "Stamenković et al found": the first author
    if nearest.lower_ in ("all", "both", "each"):  # "The CML, the BBA and the BSA all said":
        named = [c for c in nearest.children if c.dep_ in ("nmod", "appos") and c.i < nearest.i]
        return named[0] if named and named[0].pos_ == "PROPN" else nearest  # the list named
    if nearest.pos_ != "NOUN" or nearest.i + 1 >= len(nearest.doc):
        return nearest
    beside = _named_beside(nearest)
    if beside is not None:
        return beside
    if not any(t.text == "-" for t in doc[nearest.i : nearest.i + 2]):
        return nearest
    run = []
    for t in doc[nearest.i + 1 :]:
        if t.pos_ not in ("NOUN", "PROPN") and t.text != "-":
            break
        run.append(t)
    names = [t for t in run if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")]
    return names[-1] if names else nearest


def _named_beside(role: Token) -> Token | None:
    """ "Former Chelsea captain Desailly, who is now playing in Qatar, says": a person named
    right after a role's noun in the singular, whatever the parser hung the name on there,
    is the subject (not "British stars Imelda Staunton and Clive Owen": the two)."""
    after = role.doc[role.i + 1]
    if role.tag_ != "NN" or after.ent_type_ != "PERSON" or after.ent_iob_ != "B":
        return None
    end = after.i
    while end + 1 < len(role.doc) and role.doc[end + 1].ent_iob_ == "I":
        end += 1
    name = role.doc[end]
    return name if name.head.i == role.i else None


def named_last(verb: Token, subject: Token | None) -> Token | None:
    """ "Longtime Imus in the Morning writer and performer Rob Bartlett tweeted": a subject
    the parser took from the first words of a long description is the person its last words
    name, right before the verb and after a role's noun (not "the lawyer for Rob Bartlett")."""
    if subject is None or subject.i > verb.i or subject.ent_type_ == "PERSON":
        return subject
    doc = verb.doc
    last = verb.i - 1
    while last > subject.i and doc[last].dep_ in ("aux", "auxpass", "neg", "advmod"):
        last -= 1
    name = doc[last]
    inside = subject.left_edge.i <= name.i <= subject.right_edge.i  # not walking the subtree
    if name.ent_type_ != "PERSON" or name.i <= subject.i or not inside:
        return subject
    first = name.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    role = doc[first - 1]
    if role.lemma_.lower() in FIRMS and _object_of(name, subject):
        return subject  # "The majority owner of Russian oil firm Yukos has sued": not Yukos
    return name if role.i > subject.i and role.pos_ == "NOUN" and not role.ent_type_ else subject


def _object_of(name: Token, subject: Token) -> bool:
    """Whether ``name`` hangs on ``subject`` through a preposition ("owner of ... Yukos"; but
    "Commission for Racial Equality chairman Trevor Phillips", parsed so too, is a person
    named after a role: only a company's name counts)."""
    token = name
    while token.i != subject.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False


_BODIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def named_after_comma(verb: Token) -> Token | None:
    """ "Last spring saw a fall in orders from both the United States and the rest of Europe,
    the Office for National Statistics (ONS) said": a speech verb ending a sentence, left without a
    subject (the parser joined the name to a list before it), is said by the name that alone
    fills the words between the last comma and the verb, past "the", an abbreviation in
    brackets and the verb's auxiliaries."""
    doc, start = verb.doc, verb.sent.start
    end = verb.i
    while end > start and doc[end - 1].dep_ in ("aux", "neg") and doc[end - 1].head.i == verb.i:
        end -= 1
    if end - start > 2 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3  # "(ONS)"
    comma = next((t.i for t in reversed(doc[start:end]) if t.text == ","), None)
    if comma is None or comma + 1 >= end:
        return None
    first = comma + 1 + (doc[comma + 1].lower_ == "the" and not doc[comma + 1].ent_type_)
    name = doc[first:end]
    kinds = {t.ent_type_ for t in name}
    if not len(name) or doc[first].ent_iob_ != "B" or len(kinds) != 1 or not kinds <= _BODIES:
        return None
    if any(t.ent_iob_ == "B" for t in name[1:]) or (end < verb.i and doc[end].ent_iob_ == "I"):
        return None  # two names, or one running on past the brackets
    return name.root


def joined_before(verb: Token) -> Token | None:
    """ "The matters are being looked into by the police and the IMF has called for": a tensed
    verb the parser joined to the clause before, with no subject of its own, whose auxiliary
    comes right after a name or noun the parser joined to that clause's last noun, is done by
    that noun (not "met the minister and has called for": "and" comes before it); so is a
    tensed verb right after the noun, hung on the clause before as its adverbial ("the men are
    behaving like schoolboys and the Liberal Democrats claim")."""
    if verb.dep_ not in ("conj", "advcl") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if any(c.dep_ == "aux" for c in own):
        start = min(c.i for c in own)
    elif verb.tag_ in ("VBP", "VBZ", "VBD") and not own:
        start = verb.i
    else:
        return None
    if any(t.dep_ not in ("aux", "auxpass", "neg") for t in verb.doc[start : verb.i]):
        return None
    noun = verb.doc[start - 1] if start > 0 else None
    while noun is not None and noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
        noun = noun.head
    if noun is None or noun.i != start - 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    joined = noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i
    return noun if joined else None


def described_after(verb: Token, subjects: tuple[str, ...]) -> Token | None:
    """'"No," replied the witness', "The singer will not tour this year, claims her
    publicist": a report set after what it says, its speaker described after the verb, which
    the parser took for the verb's object. The description ends its clause; a nationality
    ("added the Italian") stands for a person the article named, never for the country."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or any(c.dep_ in subjects for c in verb.children):
        return None
    reported = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not (reported or doc[verb.i - 1].is_quote):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    if obj.ent_type_ in ("NORP", "GPE", "DATE", "TIME"):
        return None
    end = obj.right_edge.i + 1
    return obj if end == len(doc) or doc[end].is_punct or doc[end].is_space else None


def object_before(verb: Token, role: Token | None = None) -> Token | None:
    """ "Ireland and Munster lock Paul O'Connell has dismissed": a tensed clause hung on a role
    word the parser took for a verb ("lock"), or with that word for its subject (``role``), is
    said by the name just before it, which the parser made that word's object."""
    role = role or verb.head
    if role is verb.head and (verb.dep_ != "ccomp" or verb.head.i > verb.i):
        return None
    aux = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not aux and verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    first = min([*aux, verb.i])
    name = verb.doc[first - 1] if first > verb.sent.start else None
    if name is None or name.ent_type_ not in ("PERSON", "ORG") or name.dep_ != "dobj":
        return None
    return name if name.head.i == role.i else None


def nearest_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The nearest of ``subjects`` (a dateline parsed as a second subject stands further
    away), but the person named where the parser made a word or role the subject."""
    nearest = hyphenated(min(subjects, key=lambda c: abs(c.i - verb.i)))[-1]
    first = nearest.left_edge.i
    after_comma = "," in (nearest.left_edge.text, nearest.doc[max(first - 1, 0)].text)
    if nearest.pos_ == "NOUN" and (after_comma or not any(nearest.children)):
        # "Judge Philip Head, sentencing said", "Rhodri Glyn Thomas, Plaid Cymru health
        # spokesman said": a word or role the parser made a second subject is not the
        # person named
        named = [c for c in subjects if c.ent_type_ == "PERSON"]
        nearest = named[-1] if named else nearest
    if nearest.pos_ == "VERB":  # "Munster lock Paul O'Connell has dismissed", "lock" a verb
        nearest = object_before(verb, nearest) or nearest
    return named_last(verb, _past_label(split_name(nearest)))


def _past_label(subject: Token) -> Token | None:
    """ "Guilty: School teacher Brianne Altice, 35, pleaded guilty": not a caption's label
    but the one named after it (the parser hangs her on the label)."""
    doc = subject.doc
    if subject.pos_ == "PROPN" or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ":":
        return subject
    return next(
        (
            c
            for c in subject.children
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i > subject.i
        ),
        None,
    )
