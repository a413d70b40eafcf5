"""The entity spans an article's parties are made of, corrected where the English model errs.

- "Biden and Sanders" (both named apart), "The Progressive and The New York Times" are two.
- "Plaid Cymru - 4" (a results list) is "Plaid Cymru".
- A proper noun that the model left untagged but that speaks or issues an act ("Facebook
  further claimed", "Facebook released a statement", with only "Facebook Ireland Limited"
  tagged) or that is cited ("according to The Verge") is an actor: a person when a tagged
  person bears that name, else an organisation.
  A tagged person's name states a view with any view verb or any verb that is often a cue
  ("Pelosi had previously opposed", "Rittenhouse contended").
- Names the model cut short, ran together or mistook (``name_spans``) are mended first.
- Two proper nouns or more after a cleric's title that the model left untagged ("Cardinal
  Cormac Murphy O'Connor") are a person.
- A name that never acts (``data/not_parties.tsv``: time zones, honorifics, platforms named
  as people, events) is no actor; nor is a "person" that is a place or building: "in Ain
  Issa", "at John Radcliffe Hospital", nor a capitalised function word ("Amongst").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefing.analysis import prep_names
from briefing.analysis.acronyms import acronym, cited_untagged, described_acronyms, described_names
from briefing.analysis.cited_names import cited
from briefing.analysis.demonym_names import as_country, demonym_body
from briefing.analysis.first_named import HONORIFICS, described_as_person, first_named_people
from briefing.analysis.groups import ADMINISTRATION_NOUNS
from briefing.analysis.joined_names import hyphen_start, nicknamed, whole_surnames, with_place
from briefing.analysis.lexicon import STRONG_CUE, lexicon
from briefing.analysis.listed_bodies import listed_bodies
from briefing.analysis.listed_names import split_list, split_pair
from briefing.analysis.metonyms import numbered_institutions
from briefing.analysis.name_spans import (
    as_body,
    country_then_name,
    first_names,
    named_again,
    of_two_places,
    opened,
    person_then_body,
    surname,
    titled,
    unpunctuated,
    verbless,
    whole_name,
)
from briefing.analysis.names import TITLES, last_name, political_parties
from briefing.analysis.not_names import (
    actors_of,
    description,
    law,
    listed_not_parties,
    turn_label,
    work_title,
)
from briefing.analysis.party_names import untagged_parties, whole_party_names
from briefing.analysis.peers import peers
from briefing.analysis.portfolios import portfolio_names, portfolio_titles
from briefing.analysis.report_names import without_report
from briefing.analysis.run_ons import off_platform, title_then_name
from briefing.analysis.scan import tokens_where
from briefing.analysis.spelled import spelled_out

_BUILDINGS = frozenset(
    {
        "hospital",
        "school",
        "university",
        "college",
        "street",
        "square",
        "airport",
        "station",
        "bridge",
        "road",
        "avenue",
        "park",
        "stadium",
        "prison",
        "hotel",
        "church",
        "mosque",
    }
)


def never_acts(span: Span) -> bool:
    """A name that is never an actor of the news, or a "person" that is a place."""
    listed = listed_not_parties().get(span.text.strip().casefold(), False)
    if listed is None:
        return True
    if listed and span.label_ in listed and span.root.dep_ not in ("nsubj", "nsubjpass"):
        return True  # "on Twitter"; but "Twitter said" is the company speaking
    if span.label_ != "PERSON" and law(span):
        return True
    if span.label_ == "ORG" and description(span):
        return True
    if len(span) == 1 and span[0].tag_ == "NNS" and span.label_ in ("PERSON", "GPE", "LOC", "FAC"):
        # "Protesters" at a sentence's start, tagged as a place: a common noun; but not
        # "Mijares" or "Cummings", the end of a name written in full elsewhere, nor "Coles"
        # written with its capital within a sentence
        return not any(
            t.text == span.text
            and t.i > 0
            and (
                (t.nbor(-1).tag_ == "NNP" and (t.tag_ == "NNPS" or t.ent_type_ == "PERSON"))
                or not t.is_sent_start  # "Coles" within a sentence: a name
            )
            for t in span.doc
        )
    if all((t.is_stop and not t.is_upper) or t.is_punct for t in span):
        return True  # "Amongst" at a sentence's start, tagged as a place
    if not any(c.isupper() for c in span.text):
        return True  # "The 36-year-old publican", tagged as a nationality: no name
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        after is not None
        and after.text == ":"
        and ((len(span) == 1 and span[0].pos_ != "PROPN") or span.doc.text.count(span.text) == 1)
        and span.root.dep_ not in ("dobj", "dative")  # not "He told Ms Sturgeon:"
        and span.doc[after.i + 1 : after.i + 2].text not in ('"', "“")  # not "Mark Hughes: "
    ):
        return True  # "Guilty: School teacher Brianne Altice", "Impoverished: Dozens of
        # Syrians queue": a caption's label, named nowhere else
    if turn_label(span):
        return True
    if span.label_ == "PERSON":
        doc = span.doc
        if any(t.lower_ in _BUILDINGS for t in span[1:]):  # "John Radcliffe Hospital";
            return True  # not "Park Won-soon"
        root = span.root
        if prep_names.placed(span) or work_title(span):  # "in Ain Issa", a town tagged a
            return True  # person; "Only Fools and Horses star David Jason", a show
        modifier = len(span) == 1 and root.dep_ == "compound" and root.head.pos_ == "NOUN"
        modifier = modifier and root.head.lemma_.lower() not in ADMINISTRATION_NOUNS
        if modifier and span.start > 0 and doc[span.start - 1].lower_ == "the":
            # "told the Brighton conference": a place's name on a noun; not "the Trump
            # administration" nor "the Blair government", with Tony Blair named
            return not any(
                e.label_ == "PERSON" and e[-1].text == span.text != e.text for e in doc.ents
            )
    return False


def _trim_count(span: Span) -> Span:
    """ "Plaid Cymru - 4": the name without a trailing dash and number; "National Emergency
    Operation Centre (NEOC": without an opened bracket the name does not close; "Spiegel Online
    quoted": without the verb that follows the name; "Perm 35 - a Soviet labour camp",
    "Arsene Wenger - he": without what follows a dash set off by spaces; "Jiri Novak 7": a
    person without the score after the name; "The Forum for the Future research": a body
    without the common noun after its name."""
    opened = [t.i for t in span if t.text == "("]
    if opened and not any(t.text == ")" for t in span) and opened[0] > span.start:
        span = Span(span.doc, span.start, opened[0], span.label_)
    person = span.label_ == "PERSON"
    dash = next((t.i for t in span[2:] if t.text in "-–" and t.whitespace_), None)
    if person and dash is not None and span.doc[dash - 1].whitespace_:
        span = Span(span.doc, span.start, dash, span.label_)  # not "Jean - Pierre"
    end = span.end
    while end - span.start > 1 and (
        (span.doc[end - 1].like_num and (person or span.doc[end - 2].is_punct))  # "CBS 13"
        or span.doc[end - 1].is_punct
        or span.doc[end - 1].tag_ in ("VBD", "VBZ", "VBP")  # "Spiegel Online quoted"
        or (span.label_ == "ORG" and span.doc[end - 1].is_lower and span.doc[end - 1].tag_ == "NN")
    ):
        end -= 1
    return span if end == span.end else Span(span.doc, span.start, end, span.label_)


def _untagged_speakers(doc: Doc, people: set[str], spans: list[Span]) -> list[Span]:
    """Proper nouns outside every entity that are the subject of a reliable speech verb, or
    of any verb stating a view when a tagged person bears the name ("Pelosi had previously
    opposed", with "Nancy Pelosi" tagged elsewhere); the name of an earlier speaker found
    here even where the parser read it as a common noun ("Rowling revealed ... Rowling said"),
    with that speaker's kind. One who reports on "he" or "she" is a person."""
    lex = lexicon()
    tagged = {t for e in [*doc.ents, *spans] for t in range(e.start, e.end)}

    def speaks(verb: Token, known: bool) -> bool:
        if lex.speaks(verb.lemma_) or any(
            c.dep_ in ("xcomp", "advcl") and lex.speaks(c.lemma_) for c in verb.children
        ):
            return True  # "Schwartz went on to say"
        often = lex.verb_strength(verb.lemma_) >= STRONG_CUE  # "Rittenhouse contended"
        if known and (lex.states_a_view(verb.lemma_) or often):
            return True
        return verb.lemma_ in lex.act_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.act_stances for c in verb.children
        )

    names = {e.text: e.label_ for e in doc.ents if len(e) == 1 and e.label_ in ("ORG", "PERSON")}
    found: list[Span] = []
    for token in tokens_where(doc, "DEP", ("nsubj",)):
        head = token.head
        known = token.text in people or token.text in names  # "NEOC" tagged elsewhere
        known = known or token.lower_ in political_parties()  # "Labour and the Lib Dems said"
        named_for = prep_names.named_for(token)
        again = next((s.label_ for s in found if s[-1].text == token.text), None)
        common = token.pos_ != "PROPN" and not (known or again) and named_for is None
        if (
            (common and not _body(token))
            or token.i in tagged
            or head.pos_ != "VERB"
            or not speaks(head, known)
            or not (_capitalised(token) or token.text in names or acronym(token))
            or token.lower_ in TITLES  # "Mayor of Koszalin Piotr Jedlinski": a role too
        ):
            continue
        words = _compound_words(token)
        det = any(c.dep_ == "det" for c in token.children)
        if det and named_for is None and not _titled_name(doc, words):
            continue  # "The President": a role; but "reports the Golf Channel" names one
        start = token.i
        while (
            not known and start - 1 in words and start - 1 not in tagged and doc[start - 1].is_title
        ):
            start -= 1  # the untagged words of the name; a known person's name is enough
        start = hyphen_start(doc, start, tagged)  # "Henin-Hardenne said"
        if start == token.i and words and not known:
            continue  # a name whose first words the model tagged as something else
        person = token.text in people or doc[start].lower_ in HONORIFICS  # "Ms Detakats said"
        label = names.get(token.text, again or "ORG")
        person = person or described_as_person(token) or _said_of_self(head)
        label = "PERSON" if person else label
        found.append(Span(doc, start, (named_for or token.i) + 1, label))
    return found


def _said_of_self(verb: Token) -> bool:
    """ "Rowling revealed she had completed the novel": a speaker reporting on "he" or "she"
    is a person (a body says "it" or "we")."""
    return any(
        c.dep_ == "ccomp"
        and any(s.dep_ == "nsubj" and s.lower_ in ("he", "she") for s in c.children)
        for c in verb.children
    )


def _body(token: Token) -> bool:
    """ "WHO say": a body's capitals the tagger read as a pronoun, not "WE" or "IT" shouted."""
    return acronym(token) and token.tag_ == "WP"


def _capitalised(token: Token) -> bool:
    """ "Facebook", and "CalFire" or "McDonald" written in camel case."""
    return token.is_title or (token.text[:1].isupper() and token.text[1:2].islower())


def _titled_name(doc: Doc, words: set[int]) -> bool:
    """Capitalised words compounded on a name after "the", none of them a title: "the Golf
    Channel", not "the Health Secretary"."""
    return bool(words) and all(
        doc[i].is_title and doc[i].lower_ not in TITLES and not doc[i].ent_type_ for i in words
    )


def _compound_words(token: Token) -> set[int]:
    """The proper nouns compounded on ``token``, and on them in turn ("World" of "World Wonder
    Ring Stardom", which the parser hangs on "Wonder")."""
    words, stack = set(), [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                words.add(child.i)
                stack.append(child)
    return words


def entity_spans(doc: Doc) -> list[Span]:
    """The entities of ``doc``, with pairs split, list counts trimmed and untagged speakers
    added, in text order."""
    ents = [
        as_country(actors_of(demonym_body(opened(verbless(unpunctuated(e)))))) for e in doc.ents
    ]
    ents = first_named_people(doc, [as_body(titled(cited(off_platform(e)))) for e in ents])
    people = _last_names(ents)
    tagged = {t for e in ents for t in range(e.start, e.end)}
    spans: list[Span] = []
    split = [p for e in ents for p in country_then_name(e, frozenset(people))]
    split = [q for p in split for q in person_then_body(p, frozenset(people))]
    split = [q for p in split for q in title_then_name(p)]
    ents = peers(of_two_places(first_names(whole_surnames(nicknamed(split)))))
    for ent in with_place(ents):
        ent = whole_name(surname(ent, people), tagged)
        if ent.label_ in ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"):
            spans.extend(_trim_count(s) for s in split_pair(ent, people))
        else:
            spans.append(ent)
    spans = named_again(whole_party_names(sorted(spans, key=lambda s: s.start)))
    taken = {t for s in spans for t in range(s.start, s.end)}
    spans = [p for s in spans for p in prep_names.at_preposition(s, taken, people)]
    spans = prep_names.over_places(prep_names.run_over_preposition(spans))
    people |= _last_names(spans)
    spans.extend(_untagged_speakers(doc, people, spans))
    spans.extend(untagged_parties(doc, spans))
    spans.extend(described_acronyms(doc, {t for s in spans for t in range(s.start, s.end)}))
    spans.extend(described_names(doc, {t for s in spans for t in range(s.start, s.end)}))
    spans.extend(cited_untagged(doc, people, spans))
    spans.extend(_known_surnames(doc, people, spans))
    spans.extend(_titled_untagged(doc, spans))
    spans = numbered_institutions(doc, spans)
    spans = portfolio_titles(doc, portfolio_names(doc, spelled_out(doc, spans)))
    spans = listed_bodies(doc, spans, people)
    return [part for s in spans for part in split_list(without_report(s))]


_CLERICS = frozenset(
    {"cardinal", "archbishop", "bishop", "rabbi", "imam", "sheikh", "ayatollah", "reverend"}
    | {"rev", "pastor", "patriarch", "metropolitan"}
)
"""Titles before a name the English model often leaves untagged (it knows "Senator", "Judge")."""


def _titled_untagged(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster, backed": two proper
    nouns or more after a cleric's title, that the model left untagged, are a person."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for title in tokens_where(doc, "LOWER", _CLERICS):
        if title.i >= len(doc) - 2 or not title.is_title:
            continue
        end = title.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        names = range(title.i + 1, end)
        if len(names) >= 2 and not taken & set(names) and doc[end - 1].lower_ not in TITLES:
            found.append(Span(doc, title.i + 1, end, "PERSON"))
    return found


def _last_names(spans: list[Span]) -> set[str]:
    """The last names of the persons tagged ("Stancil" of "Kenneth Morgan Stancil III")."""
    return {
        last_name([t.text for t in s])
        for s in spans
        if s.label_ == "PERSON" and " and " not in s.text
    }


def _first_name_before(token: Token) -> bool:
    """ "Kathleen Prior": another name's first word before the surname, not "Mr Prior"."""
    before = token.nbor(-1)
    return before.is_title and before.pos_ == "PROPN" and before.lower_ not in HONORIFICS


def _known_surnames(doc: Doc, people: set[str], spans: list[Span]) -> list[Span]:
    """A tagged person's surname the model left untagged elsewhere ("In that role, Cummings
    oversaw", read as a common noun): a mention of the person, as a reader takes it."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    found = []
    for token in tokens_where(doc, "ORTH", people):
        et_al = token.i + 1 < len(doc) and token.nbor(1).lower_ == "et"  # "Stamenković et al"
        if (
            token.text in people
            and token.i not in taken
            and not token.ent_type_
            and _capitalised(token)  # "DiCaprio" too
            and (token.pos_ in ("PROPN", "NOUN") or et_al)
            and not (token.i > 0 and _first_name_before(token))
            and not (token.i + 1 < len(doc) and token.nbor(1).pos_ == "PROPN" and not et_al)
        ):
            found.append(Span(doc, hyphen_start(doc, token.i, taken), token.i + 1, "PERSON"))
    return found
