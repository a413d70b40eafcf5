"""Who spoke last, for ``pronouns``: the speaker a "he said" goes on from ("Jeff Sessions ...
said in a letter ... He wrote:"), the body an "it reported" goes on from ("..., according to
the Telegraph. It reported"), the outlet "the newspaper" stands for ("The Sunday Telegraph
report added ... the newspaper suggested"), and who speaks the quote a pronoun stands in; over
what ``sources.SourceResolver`` holds of the document."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions import interviews
from briefing.analysis.positions.captions import captions
from briefing.analysis.positions.documents import DEFINITE, issued, made, speaks_for
from briefing.analysis.positions.quotes import quotes, within
from briefing.analysis.positions.roles import Mention
from briefing.analysis.positions.subjects import subject_of

GROUP = frozenset({"they", "them", "their", "theirs", "themselves"})
THING = frozenset({"it", "its", "itself"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


_OUTLETS = frozenset({"newspaper", "paper", "magazine", "publication", "tabloid", "website"})
_WRITINGS = frozenset({"report", "article", "story", "editorial"})
_OUTLET_LOOKBACK = 8
_IN_PASSING = frozenset({"poss", "compound", "pobj", "dobj", "dative"})
"""How a body named since an outlet spoke may stand and leave the outlet the one meant."""
_UNSAID = frozenset({"fail", "refuse", "decline", "neglect", "forget"})
"""Verbs under which a speech verb tells what was not said ("failing to mention")."""


def unowned(noun: Token) -> bool:
    """ "The website", with "the" and no word saying whose or which ("The Auction Drop
    website", "the hotel's website")."""
    deps = {c.dep_: c for c in noun.children}
    det = deps.get("det")
    owned = deps.keys() & {"compound", "amod", "poss", "nmod"}
    return det is not None and det.lower_ in DEFINITE and not owned


def _owns_subject(name: Token) -> bool:
    """ "Vessel Tracker's database had": the owner of a main clause's subject."""
    owned = name.head
    return (
        name.dep_ == "poss"
        and owned.dep_ == "nsubj"
        and owned.head.dep_ in ("ROOT", "conj", "ccomp")
    )


class Speakers:
    """The document's state the resolver holds, and who spoke last in it."""

    doc: Doc
    mentions: list[Mention]
    sentence_of: dict[int, int]
    kind: dict[str, str]
    gender: dict[str, str]
    party_of_token: dict[int, str]
    resolved: dict[int, str | None]
    """Pronouns resolved so far, by token index."""
    parties_of: Callable[[Token | None], list[str]]
    """``SourceResolver.parties_of``: the parties a source stands for."""
    people: dict[str, tuple[str, ...]]
    """Person id -> names, for the speakers of an interview's answers."""

    @cached_property
    def text(self) -> str:
        """The document's text, read once (``Doc.text`` walks every token)."""
        return self.doc.text

    @cached_property
    def answer_spans(self) -> list[tuple[int, int, str]]:
        """The answers of an interview (``interviews``), read when "I" or "we" first asks."""
        return interviews.answers(self.text, self.people)

    def answered(self, char: int) -> str | None:
        """Who gives the interview answer the character ``char`` stands in, if any."""
        return next((p for s, e, p in self.answer_spans if s <= char < e), None)

    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """The document's direct quotes (``quotes``), read once."""
        return quotes(self.text)

    @cached_property
    def quoted_sentences(self) -> set[int]:
        """The sentences that open inside a quote (a quote's second sentence and on)."""
        spans = self.quote_spans
        return {n for n, sent in enumerate(self.sentences) if within(sent[0].idx + 1, spans)}

    @cached_property
    def captions(self) -> set[int]:
        """The sentences that are photo captions set into the text (``captions``)."""
        return captions(self.doc)

    @cached_property
    def sentences(self) -> list[Span]:
        """The document's sentences, read once (``Doc.sents`` walks every token)."""
        return list(self.doc.sents)

    @cached_property
    def quoted(self) -> set[int]:
        """The mentions that stand inside a quote."""
        return {m.token for m in self.mentions if within(self.doc[m.token].idx, self.quote_spans)}

    pronoun: Callable[[Token], str | None]
    """``Pronouns.pronoun``: whom a pronoun refers to."""

    def _speaker_further(
        self, token: Token, fits: Callable[[str], bool], lookback: int
    ) -> str | None:
        """ "Mr Hogan said worm writers ... [three sentences naming no one] Part of the reason,
        he said, was ...": "he" saying something, outside quotes, is the person named last
        before it (within ``lookback`` sentences) when that person was then the subject of a
        speech verb and fits."""
        lex = lexicon()
        speaking = token.dep_ in SUBJECT_DEPS and lex.speaks(token.head.lemma_)
        if not speaking or within(token.idx, self.quote_spans):
            return None
        here = self.sentence_of[token.i]
        people = [
            m
            for m in self.mentions
            if m.token < token.i
            and here - m.sentence <= lookback
            and m.token not in self.quoted
            and self.kind.get(m.party) == "PERSON"
        ]
        last = max(people, key=lambda m: m.token, default=None)
        if last is None or not last.subject or not fits(last.party):
            return None
        return last.party if lex.speaks(self.doc[last.token].head.lemma_) else None

    def _last_speaker(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "Jeff Sessions ... said in a letter ... He wrote:": "he" saying something (not in
        a quote, where "he" is another) is whoever fitting said something last, in its
        sentence or the one before, a quote's sentences and one sentence naming no one between
        not counted ("... explained Professor Curnoe. 'Why? ...' But he said"; "A spokesman
        said: ... The decision is left to forces. He said"; "Spiegel quoted Johan Van
        Overtveldt as saying ... He said": not the deputy minister who spoke before him)."""
        lex = lexicon()
        speaking = token.dep_ in SUBJECT_DEPS and lex.speaks(token.head.lemma_)
        if not speaking or within(token.idx, self.quote_spans):
            return None
        here = self.sentence_of[token.i]
        back, skipped = here - 1, False
        while (
            back in self.quoted_sentences
            or back in self.captions
            or not (skipped or any(m.sentence == back for m in self.mentions))
        ):
            skipped = skipped or back not in self.quoted_sentences and back not in self.captions
            back -= 1
        for verb in reversed(self.doc[: token.i]):
            if self.sentence_of[verb.i] < back:
                return None
            beside = _set_beside(verb)  # "..., but Geoff Pollard rejected his comments"
            if verb.pos_ != "VERB" or not (lex.speaks(verb.lemma_) or beside):
                continue
            if verb.i == token.head.i or within(verb.idx, self.quote_spans):
                continue
            if reported_in(verb) and not beside:
                continue  # nor one reported: "as Mr Brown would like to portray it"
            if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
                continue  # nor what someone is accused of: "accused Mr Blair of telling lies"
            if verb.dep_ == "xcomp" and verb.head.lemma_ in _UNSAID:
                continue  # nor what was not said: "attacked Mr Brown for failing to mention"
            said = subject_of(verb)
            if said is None or said.i == token.i:
                continue
            party = self.pronoun(said) if said.pos_ == "PRON" else self._one_party(said)
            spokesperson = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), said)
            if party is None or not (fits(party) or speaks_for(spokesperson, token)):
                continue  # but "A spokeswoman for the commission said ... She said": it
            start = min(verb.i, said.i)
            reported = _reported(verb, token)
            others = [  # "by Winston Churchill, when he said": the one named since, not in
                m  # a quote ("'... Darwin thought so too.' But he said"), nor in what the
                # speaker reports ("the chancellor said Mr Baume was never at meetings"), nor
                # in passing before ("A Labour spokesman criticised Mr Howard's record. He said")
                for m in self.mentions
                if start < m.token < token.i
                and m.party != party
                and m.token not in self.quoted
                and m.token not in reported
                and (m.sentence == here or m.subject and self._acts(m.token))
            ]
            return None if any(fits(m.party) for m in others) else party
        return None

    def outlet_before(self, token: Token) -> str | None:
        """ "The Sunday Telegraph said ... the newspaper suggested": the organisation that
        last spoke or was cited (its sentence and the eight before), for an outlet's
        noun; not one named since in passing ("the LSE's managed bid process")."""
        if token.lemma_.lower() not in _OUTLETS:
            return None
        here = self.sentence_of[token.i]
        lex = lexicon()
        for m in reversed(self.mentions):
            kind = self.kind.get(m.party)
            if m.token >= token.i or kind not in ("ORG", "PERSON"):
                continue
            if here - m.sentence > _OUTLET_LOOKBACK:
                return None
            name = self.doc[m.token]
            cited = name.dep_ == "pobj" and name.head.lower_ == "to"
            cited = cited and name.head.head.lower_ == "according"
            wrote = name.dep_ == "compound" and name.head.lemma_.lower() in _WRITINGS
            if name.dep_ == "compound" and name.head.lemma_.lower() in _OUTLETS:
                name = name.head  # "The Mirror newspaper said"
            spoke = kind == "ORG" and name.dep_ == "nsubj" and lex.speaks(name.head.lemma_)
            whose = m.sentence == here and _owns_subject(name)  # "X's database had ...; the
            # website noted"
            if cited or wrote or spoke or whose:  # a person only as an outlet the model mistook
                return m.party
            if kind == "ORG" and name.dep_ not in _IN_PASSING:
                return None  # a body the sentence is about: the one named last decides
        return None

    def _acts(self, i: int) -> bool:
        """The parse's subject at ``i`` does its verb ("e-mailed Mr McFadyen pointing out":
        Mr McFadyen points out nothing, ``subject_of``)."""
        token = self.doc[i]
        return subject_of(token.head) in (None, token) or token.head.i == i

    def _speaker_before(self, token: Token) -> str | None:
        """ "..., according to the Telegraph. It reported": "it" or "they" saying something
        just after a body (or a person's writing) said something is that body (its sentence
        and the two before; the nearest speaker first); "" when that speaker is no party."""
        lex = lexicon()

        def speaks(verb: Token) -> bool:  # "It reads:", "They also declared"; not one made
            # to speak ("its attempt to have the act ruled invalid. But it says")
            made_to = verb.dep_ == "ccomp" and verb.head.lemma_ in ("have", "get", "make")
            return (lex.states_a_view(verb.lemma_) or verb.lemma_ in lex.cue_verbs) and not made_to

        if token.dep_ not in SUBJECT_DEPS or not speaks(token.head):
            return None
        here = self.sentence_of[token.i]
        outside = not within(token.idx, self.quote_spans)
        back = here - 2
        while outside and back + 1 in self.quoted_sentences:
            back -= 1  # a quote's sentences between do not count
        for t in reversed(self.doc[: token.i]):
            if self.sentence_of[t.i] < back:
                return None
            if outside and within(t.idx, self.quote_spans):
                continue  # '"Docking has been called off," it said': not the quote's words
            if t.lower_ == "according":
                to = next((c for c in t.children if c.lower_ == "to"), None)
                said = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            elif t.dep_ in SUBJECT_DEPS and (speaks(t.head) or issued(t.head)):
                if t.pos_ != "PRON" and _in_report(t, speaks):
                    continue  # "Deloitte said the UK economy had enjoyed ...": in its report
                said = t
            elif token.lower_ == "they" and _plural_name(t) and t.i in self.party_of_token:
                return None  # "opposed by the Liberal Democrats. They have said": named since
            elif token.lower_ == "it" and self._acting_body(t):
                return None  # "Research by Earthlink revealed ... Microsoft has left the
                # market to specialist firms. It said": the body that acted since
            else:
                continue
            if said is not None and said.lower_ == token.lower_:
                return self.pronoun(said)
            found = [] if said is None or said.pos_ == "PRON" else self.parties_of(said)
            party = found[0] if found else None
            writing = said is not None and made(said.lemma_.lower()) and token.lower_ in THING
            if party is not None and (self.kind.get(party) != "PERSON" or writing):
                return party  # "Mr Crosby's statement said: ... It added": Mr Crosby
            plural = said is not None and said.tag_ in ("NNS", "NNPS")
            if party is None and said is not None and plural == (token.lower_ in GROUP):
                if said.dep_ == "nsubjpass":
                    continue  # "the document had been found": a thing found says nothing
                return "" if said.pos_ in ("NOUN", "PROPN") else None
        return None

    def _acting_body(self, token: Token) -> bool:
        """A body named as the subject of a sentence's main verb."""
        if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.pos_ != "PROPN":
            return False
        found = self.parties_of(token)
        return bool(found) and self.kind.get(found[0]) != "PERSON"

    def _quote_speaker(self, token: Token) -> str | None:
        """Who speaks the direct quote ``token`` stands in: the subject named or referred to
        just before the quote opens or, of a speech verb, just after it closes (80 and 40
        characters; "...' Klopp has been tipped to replace" is no speaker)."""
        quote = next(((s, e) for s, e in self.quote_spans if s <= token.idx < e), None)
        if quote is None:
            return None
        doc = self.doc
        end = doc[-1].idx + len(doc[-1])
        before = doc.char_span(max(0, quote[0] - 80), quote[0], alignment_mode="expand")
        after = doc.char_span(quote[1], min(end, quote[1] + 40), alignment_mode="expand")
        speaking = [t for t in after or () if t.dep_ == "nsubj" and lexicon().speaks(t.head.lemma_)]
        around = [*(before or ()), *speaking]
        for t in sorted(around, key=lambda t: min(abs(t.idx - quote[0]), abs(t.idx - quote[1]))):
            if t.dep_ in SUBJECT_DEPS and not within(t.idx, self.quote_spans):
                if t.pos_ == "PRON":
                    return self.pronoun(t)
                party = self.party_of_token.get(t.i)
                if party is not None:
                    return party
        return None

    def _one_party(self, said: Token) -> str | None:
        """The party a speaker named by a noun stands for ("the chancellor"), if only one."""
        found = self.party_of_token.get(said.i)
        if found is not None or said.pos_ != "NOUN":
            return found
        parties = self.parties_of(said)
        return parties[0] if len(parties) == 1 else None


def _in_report(subject: Token, speaks: Callable[[Token], bool]) -> bool:
    """Whether ``subject``'s clause is (inside) what a speaking verb reports: "Deloitte said
    the UK economy had enjoyed ..." (not "adding it expected": the speaker, often)."""
    clause = subject.head
    return any(v.dep_ == "ccomp" and speaks(v.head) for v in (clause, *clause.ancestors))


def _reported(verb: Token, pronoun: Token) -> set[int]:
    """The tokens of the clause ``verb`` reports (less ``pronoun``), but not a view set beside
    it (``_set_beside``)."""
    said = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for beside in filter(_set_beside, clause.conjuncts):
            said -= {t.i for t in beside.subtree}
    return said - {pronoun.i}


def _set_beside(verb: Token) -> bool:
    """A view with a name of its own as subject joined to a reported clause, which the parse
    hangs in it ("Hewitt said he had had a gutful ... but Geoff Pollard rejected his
    comments"): Pollard's, not reported by Hewitt."""
    named = any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" for c in verb.children)
    return verb.dep_ == "conj" and named and lexicon().states_a_view(verb.lemma_)


def reported_in(verb: Token) -> bool:
    """Whether ``verb`` stands in what a speech verb reports (its clause), not set against
    it ("Duda said the victims were ... while Brudziński wrote")."""
    for t in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children):
            return False
        if t.dep_ == "ccomp" and t.head.pos_ == "VERB" and lexicon().speaks(t.head.lemma_):
            return True
    return False


def _plural_name(token: Token) -> bool:
    """The head of a name in the plural ("the Liberal Democrats", "the Tories"; not "Rights"
    of "the Civil Human Rights Front")."""
    return token.tag_ == "NNPS" and token.lower_.endswith("s") and token.dep_ != "compound"
