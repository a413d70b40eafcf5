"""Who holds what in a long campaign round-up: candidates named once in full and then by a
surname with a particle, by a pronoun, a relative clause or a quote they open with a colon
(Wikinews round 84, annotated blind)."""

from __future__ import annotations

from tests.reading import analyse, at, holders, party, text_at


def test_a_surname_with_a_particle_is_the_person_named_in_full():
    a = analyse(
        "Party for Socialism and Liberation presidential nominee Gloria La Riva spoke first. "
        "La Riva argued that only socialism can bring equality. "
        "Jeff Van Drew said he would switch parties. Van Drew said the party had left him."
    )
    assert holders(a, "argued") == ["Gloria La Riva"]
    assert holders(a, "said") == ["Jeff Van Drew", "Jeff Van Drew"]
    assert not any(p.name in ("La Riva", "Van Drew") for p in a.parties)


def test_he_goes_on_being_the_subject_when_the_sentence_between_names_someone_only_in_passing():
    a = analyse(
        "Ron Gunzburger founded Politics1.com in 1997.  He currently serves as senior advisor "
        "to Maryland's Republican Governor Larry Hogan.  According to Twitter, he describes "
        "himself as a centrist Democrat."
    )
    assert holders(a, "describes") == ["Ron Gunzburger"]


def test_who_after_a_noun_the_subject_is_said_to_be_is_the_subject():
    a = analyse(
        "Constitution Party nominee Don Blankenship and Green Party nominee Howie Hawkins "
        "debated. Blankenship claimed he was the only candidate on the stage who based his "
        "platform on the US Constitution and called for the use of cost-benefit analysis for "
        "policy.  Hawkins predicted President Trump would lose."
    )
    assert holders(a, "called for") == ["Don Blankenship"]


def test_he_after_a_quote_opened_with_a_colon_is_whoever_opened_it():
    a = analyse(
        "U.S. presidential candidates Don Blankenship of the Constitution Party and Jo "
        "Jorgensen of the Libertarian Party weighed in on the issue.\n\n"
        '"The conflict between Armenia and Azerbaijan is their conflict. Not ours", said '
        'Jorgensen. "We have no business taking either side."\n\n'
        'Blankenship concurred: "We need to stop policing the world and allow other countries '
        'to manage their own affairs", he argued. "We need to withdraw our troops."'
    )
    assert holders(a, "said") == ["Jo Jorgensen"]
    assert holders(a, "argued") == ["Don Blankenship"]


def test_calling_for_someone_to_act_parsed_as_a_clause_marked_for_is_a_demand():
    a = analyse(
        "Matt Drudge posted a report from The Hill. President Donald Trump attacked Drudge as "
        "a consistent Trump opponent and his campaign called for CNN to fire Lockhart."
    )
    called = at(a, "called for")
    assert (party(a, called.party).name, called.stance) == ("Donald Trump", "demands")
    assert [text_at(a, piece) for piece in called.content] == ["CNN to fire Lockhart"]


def test_deriding_rebuking_and_lambasting_oppose():
    a = analyse(
        "Senator Elizabeth Warren lambasted the bill on Monday. Independent candidate Brock "
        "Pierce derided the two party system. Chancellor Olaf Scholz rebuked the union for its "
        "strike."
    )
    assert [(party(a, p.party).name, p.stance) for p in a.positions] == [
        ("Elizabeth Warren", "opposes"),
        ("Brock Pierce", "opposes"),
        ("Olaf Scholz", "opposes"),
    ]


def test_one_who_did_the_same_holds_the_position_too():
    a = analyse(
        "Aides publicly denied the story as did Trump-critic and former National Security "
        "Advisor John Bolton. The EU condemned the attack, as did Britain and France. Labour "
        "backed the bill, as it has done before."
    )
    assert "John Bolton" in holders(a, "publicly denied")
    assert holders(a, "condemned") == ["European Union", "United Kingdom", "France"]
    assert holders(a, "backed") == ["Labour"]


def test_saying_one_does_something_is_one_position_with_that_stance():
    a = analyse(
        "Senator Elizabeth Warren spoke on Monday. Warren said she fully opposed the bill. "
        "Sir Nicholas admitted he misled MPs when he denied the claims."
    )
    assert [(text_at(a, p.cue), p.stance) for p in a.positions][:1] == [("said", "opposes")]
    assert "opposed" not in [text_at(a, p.cue) for p in a.positions]
    assert holders(a, "denied") == ["Nicholas"]


def test_a_claim_the_parser_read_as_an_adjective_with_its_own_subject_is_shown():
    a = analyse(
        "President Donald Trump gave his first speech. When asked about climate change, Trump "
        "claimed carbon emissions have been lower."
    )
    assert holders(a, "claimed") == ["Donald Trump"]


def test_calling_someone_a_name_parsed_as_two_predicates_is_a_position():
    a = analyse(
        "Joe Biden delivered a speech in Delaware in which he called Trump a "
        '"climate arsonist," citing the recent California wildfires. Trump insulted Biden as '
        "unintelligent."
    )
    called = at(a, "called")
    assert party(a, called.party).name == "Joe Biden"
    assert "climate arsonist" in text_at(a, called.content[0])
    assert (party(a, at(a, "insulted").party).name, at(a, "insulted").stance) == (
        "Trump",
        "opposes",
    )


def test_two_bodies_named_with_the_same_first_word_and_joined_by_and_are_two_parties():
    a = analyse(
        "The Center for Biological Diversity and Center for Food Safety requested monarch "
        "butterflies be given Endangered Species Act protections from the United States "
        "government in 2014. President Donald Trump commuted the prison sentence of confidante "
        'Roger Stone. Trump called Stone\'s 40 month sentence "unjust."'
    )
    assert holders(a, "requested") == ["Center for Biological Diversity", "Center for Food Safety"]
    assert holders(a, "called") == ["Donald Trump"]


def test_agreeing_to_act_commits_and_agreeing_that_something_is_so_states():
    a = analyse(
        "Labour agreed to begin talks on the plan. Gloria La Riva agreed that vaccines have "
        "done more good than harm. The Tories agreed with the plan."
    )
    assert [p.stance for p in a.positions] == ["commits", "states", "supports"]


def test_the_one_agreed_with_does_not_say_what_the_one_agreeing_says():
    a = analyse(
        "Brian Carroll and Gloria La Riva debated.  Carroll agreed with La Riva, saying that jobs "
        "are more important than UBI."
    )
    assert holders(a, "saying") == ["Brian Carroll"]


def test_swearing_someone_in_is_an_act_and_swearing_to_act_commits():
    a = analyse(
        "Justice Clarence Thomas swore her in at the White House. Senator Elizabeth Warren swore "
        "to fight the bill."
    )
    assert [(party(a, p.party).name, p.stance) for p in a.positions] == [
        ("Elizabeth Warren", "commits")
    ]


def test_what_one_is_blamed_for_not_doing_is_not_their_position():
    a = analyse(
        "Joe Biden visited Kenosha. The Trump campaign criticized Biden for not denouncing "
        "Antifa. Labour attacked Michael Howard for failing to condemn the remarks. Mr "
        "Blair did not support the plan."
    )
    assert [text_at(a, p.cue) for p in a.positions] == [
        "criticized",
        "attacked",
        "did not support",
    ]


def test_saying_ones_own_party_will_act_commits():
    a = analyse(
        "Labour's Alan Milburn said Labour would set out workable plans for tackling "
        "immigration abuse. Michael Howard said Labour would raise taxes."
    )
    assert [p.stance for p in a.positions] == ["commits", "states"]


def test_a_second_speech_verb_the_parser_joined_to_the_reported_clause_is_the_speakers():
    """BBC politics: in "Labour and the Liberal Democrats say the party's sums do not add up
    and claim it would cut services", the parser joins "claim" to "add up"; it is both
    parties' second claim, not something reported inside the first."""
    a = analyse(
        "Labour and the Liberal Democrats say the party's sums do not add up and claim it "
        "would cut frontline services."
    )
    assert holders(a, "claim") == ["Labour", "Liberal Democrats"]


def test_arguing_for_something_demands_it():
    """Wikinews round 84 and BBC politics: "argued for using ballot access", "have argued for
    flexibility": a call for it, as "pushed for" and "pressed for" are."""
    a = analyse(
        "Pierce and Hawkins argued for using ballot access as an inclusion standard for the "
        "debates. The Liberal Democrats have argued for flexibility in deciding access rules."
    )
    assert {p.stance for p in a.positions} == {"demands"}
    assert len(a.positions) == 3


def test_refusing_to_rule_out_or_confirm_states_and_refusing_to_back_opposes():
    """BBC and CNN/Daily Mail: "refused to rule out future tax rises" and "refused to confirm
    he is setting up a party" reject nothing (the five such positions of the dev gold state);
    "refused to support him" still opposes."""
    a = analyse(
        "Gordon Brown refused to rule out future tax rises. Mr Kilroy-Silk refused to confirm "
        "he is setting up a new party. Mr Blair refused to support him."
    )
    assert [p.stance for p in a.positions] == ["states", "states", "opposes"]


def test_a_quote_asks_when_it_opens_by_asking_not_for_a_should_further_on():
    """BBC sport and CNN/Daily Mail: a long quote about a game with a "should" in its third
    sentence states; "The government must act now" demands."""
    a = analyse(
        '"The pitch is not in the greatest condition. The game was there at the weekend. We '
        'should have played better," said Jones. "The government must act now," Smith said.'
    )
    assert [p.stance for p in a.positions] == ["states", "demands"]
