"""What a personal pronoun refers to (for ``sources.SourceResolver``): the nearest fitting
party before it, the subject of its sentence first, then of the sentences before; "he"/"she"
only to people the article does not call the other, "she" first to a woman named in the
sentences before (``gender``), "they" and "it" only to groups, countries and organisations;
never to someone named in a quote the pronoun stands outside of. With nobody fitting named in
the sentences just before, "he" is whoever the last "he" was."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Doc, Token

from briefing.analysis.lexicon import lexicon
from briefing.analysis.positions import interviews
from briefing.analysis.positions.captions import captions
from briefing.analysis.positions.documents import LOOKBACK, issued, made, speaks_for
from briefing.analysis.positions.gender import SHE, pronoun_gender
from briefing.analysis.positions.quotes import quotes, within
from briefing.analysis.positions.roles import Mention
from briefing.analysis.positions.subjects import reported_in, subject_of

_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
_GROUP = frozenset({"they", "them", "their", "theirs", "themselves"})
_THING = frozenset({"it", "its", "itself"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
ROLE_LOOKBACK = 12
"""Sentences searched back for the person a role ("the judge") refers to."""


class Pronouns:
    """The pronoun half of ``SourceResolver``, over what it holds of the document."""

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
    def answer_spans(self) -> list[tuple[int, int, str]]:
        """The answers of an interview (``interviews``), read when "I" or "we" first asks."""
        return interviews.answers(self.doc.text, self.people)

    def answered(self, char: int) -> str | None:
        """Who gives the interview answer the character ``char`` stands in, if any."""
        return next((p for s, e, p in self.answer_spans if s <= char < e), None)

    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """The document's direct quotes (``quotes``), read once."""
        return quotes(self.doc.text)

    @cached_property
    def quoted_sentences(self) -> set[int]:
        """The sentences that open inside a quote (a quote's second sentence and on)."""
        spans = self.quote_spans
        return {n for n, sent in enumerate(self.doc.sents) if within(sent[0].idx + 1, spans)}

    @cached_property
    def captions(self) -> set[int]:
        """The sentences that are photo captions set into the text (``captions``)."""
        return captions(self.doc)

    @cached_property
    def quoted(self) -> set[int]:
        """The mentions that stand inside a quote."""
        return {m.token for m in self.mentions if within(self.doc[m.token].idx, self.quote_spans)}

    def pronoun(self, token: Token) -> str | None:
        """The party ``token`` refers to, or None (once per token: resolving may ask another's)."""
        known = self.resolved.get(token.i, False)
        if known is not False:
            return known
        self.resolved[token.i] = None  # while it is worked out
        found = self._pronoun(token)
        self.resolved[token.i] = found
        return found

    def _pronoun(self, token: Token) -> str | None:
        word = token.lower_
        if word in interviews.FIRST_PERSON:  # "NG: We've been able to follow ..."
            return self.answered(token.idx)
        if word in _PERSONAL:
            return self.person_like(token, pronoun_gender(word))
        if word in _GROUP or word in _THING:
            speaker = self._speaker_before(token)
            if speaker is not None:
                return speaker or None  # "": a speaker the article names as no party

            def body(party: str) -> bool:
                return self.kind.get(party) != "PERSON"

            # "they" are no country ("Day, they said" after "United States"), but may be
            # a country's people named in the plural ("European leaders met ... They called")
            named = self._country_named if word in _GROUP else None
            return self._fronted(token, body) or self.recent(token, body, skip=named)
        return None

    def person_like(self, token: Token, want: str | None) -> str | None:
        """The person "he" or "she" (``want``) at ``token`` refers to."""
        speaker = self._quote_speaker(token)  # "he" in Affleck's quote is not Affleck

        def fits(party: str) -> bool:  # "she" is not a man the article calls "he"
            return (
                self.kind.get(party) == "PERSON"
                and self.gender.get(party, want) == want
                and party != speaker
            )

        def woman(party: str) -> bool:
            return fits(party) and self.gender.get(party) == SHE

        # most persons in the news are men: "she" is the woman named just before rather
        # than the nearest person the article gives no pronoun, "he" the nearest person
        found = (
            self._fronted(token, fits)
            or self._last_speaker(token, fits)
            or self._chained(token, fits)
            or self._subject_before(token, fits)
            or (self.recent(token, woman) if want == SHE else None)
        )
        return (
            found
            or self.recent(token, fits)
            or self._carried(token, fits)
            or self._only_person(token, fits)
        )

    def _fronted(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "According to its press release, the NBA was suspending", "In his statement,
        Trump said": a possessive in a phrase set before its clause's subject is the
        subject's, when the subject is named and fits."""
        if token.dep_ != "poss":
            return None
        verb = token.head
        while verb.dep_ in ("pobj", "prep", "poss", "compound", "amod") and verb.head != verb:
            verb = verb.head
        verb = verb.head if verb.dep_ in ("prep", "advmod", "npadvmod") else verb
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i < token.i or subject.pos_ == "PRON":
            return None
        if token.i not in {t.i for c in verb.children if c.i < subject.i for t in c.subtree}:
            return None
        found = [p for p in self.parties_of(subject) if fits(p)]
        return found[0] if len(found) == 1 else None

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
            if verb.pos_ != "VERB" or not lex.speaks(verb.lemma_) or verb.i == token.head.i:
                continue
            if within(verb.idx, self.quote_spans) or reported_in(verb):
                continue  # nor one reported: "as Mr Brown would like to portray it"
            if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
                continue  # nor what someone is accused of: "accused Mr Blair of telling lies"
            said = subject_of(verb)
            if said is None or said.i == token.i:
                continue
            party = self.pronoun(said) if said.pos_ == "PRON" else self._one_party(said)
            if party is None or not (fits(party) or speaks_for(said, token)):
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
                and (m.subject or m.sentence == here)
            ]
            return None if any(fits(m.party) for m in others) else party
        return None

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
                said = t
            else:
                continue
            if said is not None and said.lower_ == token.lower_:
                return self.pronoun(said)
            found = [] if said is None or said.pos_ == "PRON" else self.parties_of(said)
            party = found[0] if found else None
            writing = said is not None and made(said.lemma_.lower()) and token.lower_ in _THING
            if party is not None and (self.kind.get(party) != "PERSON" or writing):
                return party  # "Mr Crosby's statement said: ... It added": Mr Crosby
            plural = said is not None and said.tag_ in ("NNS", "NNPS")
            if party is None and said is not None and plural == (token.lower_ in _GROUP):
                return "" if said.pos_ in ("NOUN", "PROPN") else None
        return None

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

    def _chained(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "His moderate politics have clashed with Sanders and Warren; he has come out
        against": the same pronoun as a subject (or its possessor) before it in the sentence,
        when no fitting party is a subject in between, is the same person."""
        start, gender = token.sent.start, pronoun_gender(token.lower_)
        for before in reversed(token.doc[start : token.i]):
            if before.lower_ not in _PERSONAL or pronoun_gender(before.lower_) != gender:
                continue
            if any(
                m.subject and before.i < m.token < token.i and fits(m.party) for m in self.mentions
            ):
                return None
            if (before.head if before.dep_ == "poss" else before).dep_ in SUBJECT_DEPS:
                return self.pronoun(before)
        return None

    def _subject_before(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "Sandi Toksvig caused outrage when she said": a fitting person who is a subject
        before the pronoun in its own sentence, outside any quote it stands outside of, is
        nearer than a woman named sentences before."""
        if within(token.idx, self.quote_spans):
            return None
        here = self.sentence_of[token.i]
        before = [
            m
            for m in self.mentions
            if m.sentence == here
            and m.token < token.i
            and m.subject
            and m.token not in self.quoted
            and fits(m.party)
        ]
        return before[-1].party if before else None

    def _carried(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "Mr Morris despatches him ... How will he achieve it? ... 'Look, ...,' he said":
        "he" is whoever the last "he" before it, a subject outside quotes and captions, was,
        when nobody fitting is named between and at most ``LOOKBACK`` sentences not quoted
        stand between. Not a "he" in a quote: that is the quoted speaker's."""
        if within(token.idx, self.quote_spans):
            return None
        here = last = self.sentence_of[token.i]
        gender = pronoun_gender(token.lower_)
        between = 0  # sentences not quoted passed
        for before in reversed(self.doc[: token.i]):
            back = self.sentence_of[before.i]
            if back != last:
                between += last != here and last not in self.quoted_sentences
                last = back
                if between > LOOKBACK:
                    return None
            if before.dep_ not in SUBJECT_DEPS or pronoun_gender(before.lower_) != gender:
                continue
            if within(before.idx, self.quote_spans) or back in self.captions:
                continue
            named = any(  # a fitting party named between: ``recent`` would have had it
                before.i < m.token < token.i and fits(m.party) for m in self.mentions
            )
            return None if named else self.pronoun(before)
        return None

    def _only_person(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "He went on to cite": with nobody named in the sentences just before, the one
        person named further back (``ROLE_LOOKBACK``), when there is only one."""
        here = self.sentence_of[token.i]
        people = {
            m.party
            for m in self.mentions
            if m.token < token.i and here - m.sentence <= ROLE_LOOKBACK and fits(m.party)
        }
        return people.pop() if len(people) == 1 else None

    def _one_party(self, said: Token) -> str | None:
        """The party a speaker named by a noun stands for ("the chancellor"), if only one."""
        found = self.party_of_token.get(said.i)
        if found is not None or said.pos_ != "NOUN":
            return found
        parties = self.parties_of(said)
        return parties[0] if len(parties) == 1 else None

    def _country_named(self, m: Mention) -> bool:
        """A mention of a country that names no group of its people ("European leaders")."""
        if self.kind.get(m.party) != "GPE":
            return False
        token = self.doc[m.token]
        head = token if token.pos_ == "NOUN" else token.head
        return head.tag_ not in ("NNS", "NNPS")

    def recent(
        self,
        token: Token,
        fits: Callable[[str], bool],
        lookback: int = LOOKBACK,
        skip: Callable[[Mention], bool] | None = None,
    ) -> str | None:
        """The nearest fitting party before ``token``: its sentence, then earlier ones (the
        main clause's subject first: "While Toyota saw ..., Suzuki snapped"); not one named in
        a quote the pronoun is outside (" 'Bloody hell, I'm a drummer', he recalled")."""
        here = self.sentence_of[token.i]
        inside = {t.i for t in token.subtree}
        if not within(token.idx, self.quote_spans):
            inside |= {m.token for m in self.mentions} & self.quoted
        for sentence in range(here, here - lookback - 1, -1):
            if sentence != here and sentence in self.captions and here not in self.captions:
                continue  # a caption's "Mr Zhang" is not the narration's "he"
            candidates = [
                m
                for m in self.mentions
                if m.sentence == sentence
                and m.token < token.i
                and m.token not in inside
                and fits(m.party)
                and not (skip and skip(m))
            ]
            if not candidates:
                continue
            if sentence == here:
                candidates.reverse()  # nearest first in the sentence itself
            subjects = [m for m in candidates if m.subject]
            main = [m for m in subjects if self.doc[m.token].head.dep_ == "ROOT"]
            return (main or subjects or candidates)[0].party
        return None


def _reported(verb: Token, pronoun: Token) -> set[int]:
    """The tokens of the clause ``verb`` reports (less ``pronoun``)."""
    return {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree} - {pronoun.i}
