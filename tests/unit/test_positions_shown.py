"""What the reader is shown as a party's position, and what not: votes, outlets citing their
sources, messages posted, what happened to a party, acts of office; the error classes found on
the blind Wikinews rounds (issue 10). One built sentence each, real English model."""

from __future__ import annotations

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.shown import shown
from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import cues as _cues
from tests.reading import shown as _shown


def test_a_vote_tally_is_no_position_but_named_members_who_opposed_are():
    a = _analyse(
        "The resolution passed along party lines, with 231 Democrats supporting the "
        "resolution, and 194 Republicans opposing it; two Democrats opposed."
    )
    assert [p for p in _shown(a) if p[2] in ("supporting", "opposing", "opposed")] == []
    b = _analyse(
        "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both "
        "articles of impeachment."
    )
    assert {p for p, _, cue in _shown(b) if cue == "opposed"} >= {"collin-peterson"}


def test_an_outlet_citing_its_sources_is_no_position_of_its_own():
    a = _analyse(
        "Reuters, citing anonymous sources, reported both production and export of oil had "
        "been disrupted."
    )
    assert [cue for _, _, cue in _shown(a)] == ["reported"]


def test_a_court_for_its_circuit_is_one_party():
    a = _analyse(
        "The Court of Appeals for the D.C. Circuit vacated his conviction and ordered a new "
        "trial on Monday."
    )
    names = {p.name for p in a.parties}
    assert "Court of Appeals for the D.C. Circuit" in names and "Court of Appeals" not in names


def test_a_cue_the_parser_hangs_on_its_speaker_has_that_speaker():
    a = _analyse(
        "The count was delayed after William Conley, a United States District judge, ordered "
        "last week that absentee ballots be accepted until April 13."
    )
    assert _at(a, "ordered").party == "william-conley"


def test_a_quote_after_a_speech_verb_the_parser_left_empty_is_what_it_says():
    a = _analyse(
        "President Trump has yet to concede, saying earlier in the morning before the call "
        'for Biden, "I WON THIS ELECTION, BY A LOT!" on Twitter.'
    )
    position = _at(a, "saying")
    assert position.party == "trump" and position.direct_quote
    assert a.article.text[slice(*position.content[0])].startswith('"I WON')


def test_what_happened_to_a_party_and_a_vote_on_a_nominee_are_no_views():
    a = _analyse(
        "Various countries, including the United States, have seen marked increases in "
        "measles cases in recent years. On Friday, the House of Representatives confirmed "
        "Pierluisi's nomination as secretary of state."
    )
    assert [cue for _, _, cue in _shown(a) if cue in ("have seen", "confirmed")] == []
    b = _analyse("The Ministry of Health confirmed that the outbreak had reached the capital.")
    assert [cue for _, _, cue in _shown(b)] == ["confirmed"]
    c = _analyse(
        "Baloch posted pictures of herself with Mufti Abdul Qawi, and Qawi drew criticism for "
        "associating with her."
    )
    assert "mufti-abdul-qawi" not in [p for p, _, _ in _shown(c)]


def test_signing_a_bill_into_law_orders_it_and_introducing_one_proposes_it():
    a = _analyse(
        "Governor of US state of Alabama signs state anti-abortion measure\n\nOn Wednesday, "
        "Alabama governor Kay Ivey signed the Alabama Human Life Protection Act, officially "
        "outlawing abortion. Senator Ann Smith introduced a bill to repeal it."
    )
    assert {(p, s) for p, s, cue in _shown(a) if "sign" in cue} == {("kay-ivey", "demands")}
    assert len([cue for _, _, cue in _shown(a) if "sign" in cue]) == 2
    assert _at(a, "introduced").stance == "proposes"


def test_posting_a_message_is_not_a_position_beside_what_the_message_says():
    a = _analyse(
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
        "attacks on Saturday."
    )
    assert [(p, s, cue) for p, s, cue in _shown(a)] == [("mike-pompeo", "opposes", "blaming")]


def test_an_outlet_citing_someone_as_saying_gives_the_position_to_them():
    a = _analyse(
        "The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence Agency, as "
        "saying the attacker was a member of a militant group."
    )
    assert [(p, cue) for p, _, cue in _shown(a)] == [("budi-gunawan", "as saying")]


def test_posting_a_message_that_says_nothing_here_is_no_position():
    a = _analyse("Prime Minister Igor Matovič posted a message on Facebook on Sunday evening.")
    assert _shown(a) == []


def test_ruling_a_country_is_governing_it_but_ruling_a_practice_unlawful_is_a_ruling():
    a = _analyse("Robert Mugabe ruled Zimbabwe from 1980 until 2017.")
    assert _shown(a) == []
    b = _analyse("Judge Gray Miller ruled the male-only draft unconstitutional on Friday.")
    assert [cue for _, _, cue in _shown(b)] == ["ruled"]


def test_a_party_saying_something_is_its_position_even_where_the_tagger_hesitates():
    a = _analyse(
        "In remarks to the Agence France-Presse news service, Sheldon Yett of UNICEF observed, "
        "\"I've seen mass mobilisation campaigns before, but not over an entire country like "
        'this."'
    )
    assert [(p, cue) for p, _, cue in _shown(a)] == [("sheldon-yett", "observed")]


def test_a_noun_cue_is_held_by_its_possessor():
    a = _analyse(
        "The following election in 2013 saw a substantial victory for Mugabe, and despite "
        "Tsvangirai's allegations of widespread fraud, Mugabe ended the power-sharing."
    )
    assert _at(a, "allegations").party == "tsvangirai"


def test_going_on_to_serve_is_what_someone_did_next_not_a_view():
    a = _analyse(
        "When Representative Kweisi Mfume of Maryland announced his resignation in 1995, "
        "Cummings joined the race to replace him, winning the election. He went on to serve "
        "in the House of Representatives for twenty three years."
    )
    assert not [p for p in a.positions if "went" in a.article.text[slice(*p.cue)]]


def test_nominating_someone_or_discussing_a_topic_is_an_act_not_a_view():
    a = _analyse(
        "The Libertarian Party nominated podcast host Spike Cohen for vice president on "
        "Saturday. Cohen discussed how his nomination came about with Wikinews. Smith's "
        "study focuses on ozone-temperature covariation."
    )
    starts = ("nom", "dis", "foc")
    assert not [p for p in a.positions if a.article.text[p.cue[0] : p.cue[0] + 3] in starts]


def test_a_cue_only_the_tagger_saw_with_nothing_held_and_no_view_verb_is_not_shown():
    doc = load_pipeline().nlp("In 1982 Cummings successfully ran to be a state delegate.")
    ran = next(t for t in doc if t.text == "ran")
    tagged = Attribution([ran], "run", "VERB", source=doc[2], kind="tagged", anchor=ran)
    assert not shown(tagged, doc.text)
    doc = load_pipeline().nlp("The European Court of Justice ruled on Thursday.")
    ruled = next(t for t in doc if t.text == "ruled")
    tagged = Attribution([ruled], "rule", "VERB", source=doc[4], kind="tagged", anchor=ruled)
    assert shown(tagged, doc.text)  # a ruling is a view, said or not


def _tagged(sentence: str, cue: str, source: str) -> tuple[Attribution, str]:
    """An attribution only the tagger saw: ``cue``'s words (the first its head), held by the
    word ``source``, of the words after the cue."""
    doc = load_pipeline().nlp(sentence)
    words = cue.split()
    start = next(t.i for t in doc if t.text == words[0])
    tokens = list(doc[start : start + len(words)])
    holder = next(t for t in doc if t.text == source)
    head = tokens[0]
    content = [(tokens[-1].idx + len(tokens[-1]) + 1, len(doc.text) - 1)]
    found = Attribution(
        tokens, head.lemma_, "VERB", holder, content=content, kind="tagged", anchor=head
    )
    return found, doc.text


def test_a_cue_only_the_tagger_saw_on_a_verb_of_doing_is_not_shown():
    for sentence, cue, source in [
        (
            "Robert Mugabe led a militant guerrilla movement against the government.",
            "led",
            "Mugabe",
        ),
        (
            "Julie Payette dissolved the 42nd Canadian Parliament on Wednesday.",
            "dissolved",
            "Payette",
        ),
        ("YouTube uses JavaScript to make it harder to download videos.", "uses", "YouTube"),
        ("The Kitchen Garden was full of school children on Wednesday.", "was full of", "Garden"),
    ]:
        assert not shown(*_tagged(sentence, cue, source)), sentence
    for sentence, cue, source in [  # but a stance, an act issued, a speech verb are views
        ("Hickenlooper has come out against Medicare for all.", "come out against", "Hickenlooper"),
        ("The Oversight Committee authorized subpoenas for documents.", "authorized", "Committee"),
        ("Secretary Vázquez affirmed her willingness to accept the role.", "affirmed", "Vázquez"),
        ("Jordan testified that she was attacked.", "testified", "Jordan"),
        ("We are most certain that the third object is a black hole.", "are most certain", "We"),
    ]:
        assert shown(*_tagged(sentence, cue, source)), sentence


def test_an_actor_portraying_a_role_holds_no_view_but_portraying_someone_as_does():
    a = _analyse(
        "Chadwick Boseman played starring roles in biographical films portraying James Brown "
        "in Get On Up. Boseman portrayed Black Panther in four Marvel films."
    )
    assert [cue for _, _, cue in _shown(a) if cue.startswith("portray")] == []
    b = _analyse("Senator Warren portrayed the bill as a giveaway to the banks.")
    assert [cue for _, _, cue in _shown(b)] == ["portrayed"]


def test_seeking_an_office_is_running_for_it_but_seeking_a_policy_is_a_demand():
    a = _analyse(
        "Robert F. Kennedy was seeking the Democratic nomination for president. Chirac "
        "sought a more federal European Union."
    )
    assert [(cue, stance) for _, stance, cue in _shown(a)] == [("sought", "demands")]


def test_a_court_quashing_a_conviction_rules_against_it():
    a = _analyse("The Court of Appeal quashed the conviction of the reporter Lucy Panton.")
    assert [(cue, stance) for _, stance, cue in _shown(a)] == [("quashed", "opposes")]


def test_a_quote_in_single_marks_is_a_direct_quote_but_an_apostrophe_opens_none():
    a = _analyse(
        "Many point to Hillary Clinton's 2011 speech in Switzerland in which she declared: "
        "'Human rights are gay rights and gay rights are human rights.' Her aides didn't agree."
    )
    declared = _at(a, "declared")
    assert declared.direct_quote
    assert a.article.text[slice(*declared.content[-1])].startswith("'Human rights")


def test_being_questioned_by_police_is_no_view_of_theirs_but_questioning_a_thing_is():
    a = _analyse(
        "Ukip candidate Kim Rose was questioned by police for 90 minutes. Senator Smith "
        "questioned the legality of the order."
    )
    assert [(cue, stance) for _, stance, cue in _shown(a)] == [("questioned", "opposes")]
    assert _at(a, "questioned").party == "smith"


def test_what_someone_reportedly_did_is_no_view_of_theirs_but_what_they_allegedly_said_is():
    a = _analyse(
        "UpGuard reportedly sent an email to Cultura Colectiva on January 10. Jesse Norman "
        "allegedly gave out cake while campaigning. Perry allegedly told students that the "
        "president was evil."
    )
    assert _cues(a) == ["allegedly told"]


def test_a_quote_whose_verb_is_a_word_for_a_message_is_still_said():
    a = _analyse('Lucy Fischer of The Times told NPR, "Khan had been released a year ago."')
    assert _at(a, "told").party is not None


def test_a_question_said_is_a_point_made_but_one_asked_is_nobodys():
    a = _analyse(
        'Cardinal Marc Ouellet said, "We have said for years that priests should follow strict '
        "rules, so why should the bishops be exempt?\" Norah O'Donnell asked the crown prince: "
        '"It happened under your watch?"'
    )
    assert _cues(a) == ["said"]


def test_a_man_named_bill_is_not_a_bill_brought():
    a = _analyse(
        "Perry brought along her husband Bill, who sits on the Board of Education. Senator "
        "Smith introduced a bill that would ban guns."
    )
    assert _cues(a) == ["introduced a bill"]


def test_what_someone_intends_is_no_view_they_stated():
    a = _analyse("Scott Srebnick announced Michael Avenatti intended to appeal the conviction.")
    assert "intended" not in _cues(a)
    b = _analyse(
        "Thailand planned to implement a curfew between 10 p.m. and 4 a.m. Joko Widodo was "
        "planning to visit Wiranto. House Democrats plan to address the government shutdown."
    )
    assert [c for c in _cues(b) if "plan" in c] == ["plan"]
    c = _analyse(
        "Atletico Madrid will look to consolidate their grip on third place. Athletic Bilbao "
        "look to return to winning ways after three games without a victory."
    )
    assert not [x for x in _cues(c) if "look" in x]


def test_a_noun_only_the_tagger_took_for_a_cue_is_none_unless_it_is_a_verb_misread():
    a = _analyse(
        "Don Imus died on Friday. Imus' syndicated radio show Imus in the Morning aired on "
        "various networks from 1968 until 2018. Estimates by the Argentinian government state "
        "about 350 thousand illegal abortions are performed each year."
    )
    cues = _cues(a)
    assert "show" not in cues and any(c.startswith("state") for c in cues)


def test_finding_oneself_somewhere_is_no_finding():
    a = _analyse(
        "Now Riddick Bowe has found himself tweeting happy birthday messages for money. The "
        "court found him guilty of fraud."
    )
    cues = _cues(a)
    assert not any("has found" in c for c in cues)


def test_seeking_to_do_something_is_an_attempt_but_seeking_something_is_a_demand():
    a = _analyse(
        "The Supreme Court sought to determine whether the actions were fraud. President "
        "Donald Trump sought an injunction to stop the release."
    )
    cues = _cues(a)
    assert cues == ["sought"] and _at(a, "sought").party == "donald-trump"


def test_deciding_to_do_something_is_an_act_and_showing_promise_no_promise():
    a = _analyse(
        "At that point Sofia Vergara decided to create the embryos. The unanimous Supreme Court "
        "decided their actions did not qualify. One antibody cocktail, ZMapp, initially showed "
        "promise in the field."
    )
    cues = _cues(a)
    assert cues == ["decided"] and _at(a, "decided").party == "supreme-court"


def test_a_byline_is_no_position():
    a = _analyse(
        "The boy was rescued on Sunday. CNN's Elizabeth Joseph reported from Kathmandu, and "
        "CNN's Jethro Mullen wrote from Hong Kong. Jones reported that the boy was alive."
    )
    cues = _cues(a)
    assert cues == ["reported"] and _at(a, "reported").party == "jones"


def test_asking_someone_if_something_is_a_question_not_a_demand():
    a = _analyse(
        "Wikinews interviewed Vlada Stamenković. Wikinews asked Stamenković if he had any "
        "ideas about sponges. The mayor asked residents to stay indoors."
    )
    assert [(p, cue) for p, _, cue in _shown(a)] == [("mayor", "asked")]


def test_a_governments_name_written_with_a_possessive_is_among_its_names():
    a = _analyse(
        "Former chief minister Francisco D'Souza died on Sunday. Goa's government announced "
        "three days of mourning for D'Souza."
    )
    held = next(p for p in a.parties if p.id == _at(a, "announced").party)
    assert "Goa's government" in held.aliases


def test_it_is_fair_to_say_is_nobodys_statement():
    a = _analyse(
        "Topshop opened a store in Sydney last year. If that's anything to go by, it's safe "
        "to say the new store will be busy. It is fair to say that the team played well."
    )
    assert a.positions == ()


def test_a_decision_to_support_sides_but_a_decision_to_act_is_no_view():
    a = _analyse(
        "Earlier this week the Tories announced they would back the government's plans. They "
        "had decided to support the plans as the police said they would help fight terror. "
        "The council decided to create a new park."
    )
    names = {p.id: p.name for p in a.parties}
    text = a.article.text
    assert [(names[p.party], text[slice(*p.cue)], p.stance) for p in a.positions] == [
        ("Tories", "announced", "commits"),
        ("Tories", "support", "supports"),
        ("Police", "said", "states"),
    ]
