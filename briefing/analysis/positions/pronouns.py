"""What a personal pronoun refers to (for ``sources.SourceResolver``): the nearest fitting
party before it, the subject of its sentence first, then of the sentences before; "he"/"she"
only to people the article does not call the other, "she" first to a woman named in the
sentences before (``gender``), "they" and "it" only to groups, countries and organisations
(not "it" to a place that only locates); never to someone named in a quote the pronoun
stands outside of. With nobody fitting named just before, "he" is whoever the last "he" was."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from briefing.analysis.polity import INSTITUTIONS
from briefing.analysis.positions import interviews
from briefing.analysis.positions.ages import demonym
from briefing.analysis.positions.antecedents import description_before, fronted_participle
from briefing.analysis.positions.documents import LOOKBACK, ROLE_LOOKBACK, RULERS
from briefing.analysis.positions.gender import SHE, pronoun_gender
from briefing.analysis.positions.quotes import within
from briefing.analysis.positions.reported import reported_before, speaking
from briefing.analysis.positions.roles import OFFICES, Mention, modifier, role_of
from briefing.analysis.positions.speakers import GROUP, SUBJECT_DEPS, THING, Speakers
from briefing.analysis.positions.writings import writing_meant

_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


class Pronouns(Speakers):
    """The pronoun half of ``SourceResolver``, over its speakers (``Speakers``)."""

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
        if word in GROUP or word in THING:
            speaker = self._speaker_before(token)
            if speaker is not None:
                return speaker or None  # "": a speaker the article names as no party
            writing = writing_meant(token, self.sentences, self.sentence_of[token.i])
            if writing is not None:  # "The lawsuit seeks ... It also seeks": its maker
                return self.party_of(writing)

            def body(party: str) -> bool:
                return self.kind.get(party) != "PERSON"

            # "they" are no country ("Day, they said" after "United States"), but may be
            # a country's people named in the plural ("European leaders met ... They called");
            # "it" is no country whose adjective only says where a thing is from
            named = self._country_named if word in GROUP else self._origin
            stop = self._placed if word in THING else None
            found = self._described_before(token, body) if word in THING else None
            found = found or self._fronted(token, body)
            return found or self.recent(token, body, skip=named, stop=stop)
        return None

    def _described_before(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "The company's shares fell after it said": the body a description stands for
        (``description_before``), no fitting party named after it; not in a quote."""
        if within(token.idx, self.quote_spans):
            return None
        noun = description_before(token, self.sentences, self.sentence_of[token.i])
        if noun is None or any(noun.i < m.token < token.i and fits(m.party) for m in self.mentions):
            return None
        party = self.party_of(noun)
        return party if party is not None and fits(party) else None

    def person_like(self, token: Token, want: str | None) -> str | None:
        """The person "he" or "she" (``want``) at ``token`` refers to; either, with None."""
        speaker = self._quote_speaker(token)  # "he" in Affleck's quote is not Affleck
        named = self._named_in_report(token)

        def fits(party: str) -> bool:  # "she" is not a man the article calls "he"
            return (
                self.kind.get(party) == "PERSON"
                and (want is None or self.gender.get(party, want) == want)
                and party != speaker
                and party not in named
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
            or self._role_before(token, fits)
            or self._over_report(token, fits)
            or (self.recent(token, woman) if want == SHE else None)
            or self.recent(token, fits, past_quotes=True)
            or self._carried(token, fits)
            or self._only_person(token, fits)
            or self._speaker_further(token, fits, ROLE_LOOKBACK)
        )
        office = self._office_unnamed_before(token) if found is not None else None
        if office is not None and self._holds_another(found, office):
            return None  # "The prime minister said ... But he rejected": not Home Secretary
            # Charles Clarke, named last
        return found

    def _named_in_report(self, token: Token) -> set[str]:
        """Who is named in what "he" says ("Mr Bush's first task was to rebuild ..., he
        said"; "He said Mr Howard had failed"): not the speaker, who would say "my" or "I"."""
        if not speaking(token):
            return set()
        reported = {t.i for c in token.head.children if c.dep_ == "ccomp" for t in c.subtree}
        return {
            m.party
            for m in self.mentions
            if m.token in reported
            and not speaking(self.doc[m.token])
            and not _introduces(self.doc[m.token])
        }  # but '"...," said Delfin Lorenzana; he described': who says the clause is its own

    def _over_report(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "He did not think Mr Howard intended to ... But he warned": the "he" who opens the
        sentence before, when everyone fitting named since is in what he said or thought; and
        "He serves as advisor to Governor Larry Hogan. He describes himself": a subject "he"
        when nobody fitting named since is the subject of a clause."""
        here = self.sentence_of[token.i]
        if here == 0 or within(token.idx, self.quote_spans):
            return None
        root = self.sentences[here - 1].root
        before = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        word = token.lower_
        if before is None or before.lower_ != word:
            return None
        said = {t.i for c in root.children if c.dep_ == "ccomp" for t in c.subtree}
        between = [m for m in self.mentions if before.i < m.token < token.i and fits(m.party)]
        if not between:
            return None
        aside = token.dep_ in SUBJECT_DEPS and all(  # named in passing in that sentence
            m.sentence == here - 1 and not m.subject for m in between
        )
        if not aside and any(m.token not in said for m in between):
            return None
        return self.pronoun(before)

    def _role_before(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "The prime minister ratcheted up Labour's campaigning ... He insisted", "the
        American remains critical ... he claimed": the person a role or a nationality names as
        the subject of the sentence before, none named since."""
        here = self.sentence_of[token.i]
        if within(token.idx, self.quote_spans) or any(
            m.sentence == here and m.token < token.i and fits(m.party) for m in self.mentions
        ):
            return None
        back = here - 1
        while back in self.quoted_sentences:
            back -= 1
        if back < 0:
            return None
        root = self.sentences[back].root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or not (subject.pos_ == "NOUN" or demonym(subject)):
            return None
        if not demonym(subject) and any(t.i in self.party_of_token for t in subject.subtree):
            return None  # "One resident, named only as Jassem, told": the name is nearer
        found = [p for p in self.parties_of(subject) if fits(p)]
        return found[0] if len(found) == 1 else None

    def _office_unnamed_before(self, token: Token) -> str | None:
        """ "The prime minister on Sunday said ... But he rejected": the office a subject "he"
        or "she" may stand for, when the sentence before has it as its subject, nobody named
        with it, and nobody is named since."""
        here = self.sentence_of[token.i]
        if here == 0 or token.dep_ not in SUBJECT_DEPS or within(token.idx, self.quote_spans):
            return None
        if any(m.sentence == here and m.token < token.i for m in self.mentions):
            return None
        subject = next(
            (c for c in self.sentences[here - 1].root.children if c.dep_ in SUBJECT_DEPS), None
        )
        if subject is None or subject.pos_ != "NOUN" or self.parties_of(subject):
            return None
        role = role_of(subject, {})
        return role if role in OFFICES else None

    def _holds_another(self, party: str, office: str) -> bool:
        """Whether the article names ``party`` with an office or a ministry other than
        ``office`` ("Home Secretary Charles Clarke" is no prime minister)."""
        held = {r for m in self.mentions if m.party == party for r in self.roles.get(m.token, ())}
        held.discard(office)
        return bool(held & OFFICES) or any(r.endswith((" secretary", " minister")) for r in held)

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

    def _chained(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """ "His moderate politics have clashed with Sanders and Warren; he has come out
        against": the same pronoun as a subject (or its possessor) before it in the sentence,
        when no fitting party is a subject in between, is the same person."""
        start, gender = token.sent.start, pronoun_gender(token.lower_)
        outside = not within(token.idx, self.quote_spans)
        for before in reversed(token.doc[start : token.i]):
            if before.lower_ not in _PERSONAL or pronoun_gender(before.lower_) != gender:
                continue
            if outside and within(before.idx, self.quote_spans):
                continue  # '"Lleyton's proving how versatile he is," he said': not Lleyton
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
            and not modifier(self.doc[m.token])
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

    def most_named(self, token: Token, fits: Callable[[str], bool]) -> str | None:
        """The fitting party named most often in the sentences before ``token``
        (``ROLE_LOOKBACK``), if one is named more often than any other: "the company" a few
        sentences below the company a passage is about."""
        here = self.sentence_of[token.i]
        counts = Counter(
            m.party
            for m in self.mentions
            if m.token < token.i and here - m.sentence <= ROLE_LOOKBACK and fits(m.party)
        )
        top = counts.most_common(2)
        return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def _placed(self, m: Mention) -> bool:  # "a club in Germany ... It said": not Germany
        return self.kind.get(m.party) in ("GPE", "LOC", "FAC") and not m.subject

    def _origin(self, m: Mention) -> bool:
        """ "German football club Borussia Dortmund has warned ... after it said": a country's
        adjective says where a thing is from, not what "it" is ("the Russian government" is)."""
        token = self.doc[m.token]
        return (
            token.pos_ == "ADJ"
            and token.dep_ == "amod"
            and token.head.lemma_.lower() not in RULERS | INSTITUTIONS
        )

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
        past_quotes: bool = False,
        stop: Callable[[Mention], bool] | None = None,
    ) -> str | None:
        """The nearest fitting party before ``token``: its sentence, then earlier ones (the
        main clause's subject first: "While Toyota saw ..., Suzuki snapped"); not one named in
        a quote the pronoun is outside (" 'Bloody hell, I'm a drummer', he recalled") nor in
        what it is said to report ("Women hold 10% of posts in FTSE companies, according to
        their figures"). With ``past_quotes``, outside quotes, quoted sentences count for
        nothing: "Mr Howard said. '...' [four sentences of his] He went on" is Mr Howard (a
        subject, there: not "Dan Brown's theory" named before the Bishop spoke)."""
        here = self.sentence_of[token.i]
        inside = {t.i for t in token.subtree} | reported_before(token) | fronted_participle(token)
        outside = not within(token.idx, self.quote_spans)
        if outside:
            inside |= {m.token for m in self.mentions} & self.quoted
        for sentence in self._sentences_back(here, lookback, outside and past_quotes):
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
                and (m.subject or here - sentence <= lookback)  # past quotes: who spoke
            ]
            if not candidates:
                continue
            if sentence == here:  # nearest first in the sentence itself, but not a name
                # that only says which ("The Peter Hain 'mongrel' attack, he says": Letwin)
                candidates = [m for m in reversed(candidates) if not modifier(self.doc[m.token])]
                if not candidates:
                    continue
            subjects = [m for m in candidates if m.subject]
            main = [m for m in subjects if self.doc[m.token].head.dep_ == "ROOT"]
            found = (main or subjects or candidates)[0]
            return None if stop and stop(found) else found.party
        return None

    def _sentences_back(self, here: int, lookback: int, unquoted: bool) -> list[int]:
        """``here`` and the ``lookback`` sentences before it, not counting (with ``unquoted``)
        those wholly quoted."""
        found, counted, sentence = [here], 0, here - 1
        while sentence >= 0 and counted < lookback:
            found.append(sentence)
            last = self.sentences[sentence][-1]  # wholly quoted: opens and ends in a quote
            wholly = sentence in self.quoted_sentences and within(last.idx, self.quote_spans)
            counted += not (unquoted and wholly)
            sentence -= 1
        return found


def _introduces(token: Token) -> bool:
    """ "Blankenship concurred: '...', he argued": the subject of a clause that opens a quote
    with a colon is the one who speaks, whatever clause the parser hung it in."""
    verb = token.head
    return (
        token.dep_ in SUBJECT_DEPS
        and verb.i + 1 < len(verb.doc)
        and verb.nbor(1).text == ":"
        and verb.i > token.i
    )
