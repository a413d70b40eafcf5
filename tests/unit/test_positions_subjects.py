"""Who does a cue verb where the small English model misparses the clause
(``positions.subjects``, ``positions.combine``). One built sentence each, real model."""

from __future__ import annotations

from tests.reading import analyse, at, holders, party


def test_a_name_read_with_the_date_before_it_as_one_object_is_the_subject():
    a = analyse(
        "On Friday Ford Motor Company announced the United States Department of Justice was "
        "performing a criminal investigation of its emission tests."
    )
    assert party(a, at(a, "announced").party).name == "Ford Motor Company"


def test_a_subject_the_tagger_marks_as_content_still_speaks():
    a = analyse(
        "Voters in the Philippines approved a new law. Of the 2.8 million who voted, 85% were "
        "in favour and on Friday the government announced the new region would be governing "
        "itself from 2022."
    )
    position = at(a, "announced")
    assert position.party is not None
    assert "government" in a.article.text[slice(*position.source)]
    assert all("government" not in a.article.text[s:e] for s, e in position.content)


def test_who_the_verb_before_acts_on_does_the_infinitive_cue():
    a = analyse(
        "Joe Biden spoke on a radio show on Friday. Backlash from the remark led Biden to "
        "express regret on Saturday."
    )
    assert party(a, at(a, "express").party).name == "Joe Biden"


def test_according_to_a_place_then_a_titled_name_is_according_to_the_person():
    a = analyse(
        "According to Connecticut Senator Richard Blumenthal, the airplane is one of eighteen "
        "B-17s still in the United States."
    )
    assert party(a, at(a, "According to").party).name == "Richard Blumenthal"


def test_they_saying_what_a_plural_noun_did_is_that_noun():
    a = analyse(
        "Police said officers arrived at the Walmart six minutes later. State prosecutors "
        "charged the suspect in the shooting with capital murder, they said Sunday."
    )
    assert party(a, at(a, "said Sunday").party).name == "State prosecutors"


def test_the_family_after_his_family_is_that_family_and_so_is_their_they():
    a = analyse(
        "Imus's family reported his death. Stern said in an interview with Rolling Stone he "
        "was open to having Imus as a guest. The family said they plan to have a private "
        "funeral service for Imus."
    )
    family = at(a, "reported").party
    assert party(a, family).name == "Imus's family"
    said = {p.party for p in a.positions if a.article.text[slice(*p.cue)] == "said"}
    assert family in said  # "The family said"
    assert at(a, "plan").party == family  # not Stern, nor Rolling Stone


def test_a_tensed_verb_joined_to_an_infinitive_has_the_clauses_subject():
    a = analyse(
        "Governor John Bel Edwards spoke on Thursday. He said he has arranged for 3000 of the "
        "National Guard to be available and has requested President Donald Trump declare a "
        "state of emergency."
    )
    assert party(a, at(a, "requested").party).name == "John Bel Edwards"


def test_a_speech_verb_left_without_a_subject_is_said_by_the_person_named_before_it():
    a = analyse(
        "On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant and Gianna "
        "were on their way to a basketball game."
    )
    assert party(a, at(a, "said").party).name == "Adrian Wojnarowski"
    b = analyse(  # a verb in quotes between is a name's
        'Calling it "just another apology", Anna Franowska of "Have no fear", an abuse victim '
        'support charity, told Reuters "it almost appears as if they are mocking us".'
    )
    assert party(b, at(b, "told").party).name == "Anna Franowska"


def test_an_aside_before_a_speech_verb_left_without_a_subject_is_passed_over():
    # the parser hangs "Baker" on "Abused" inside the aside and leaves "added" no subject
    a = analyse(
        "Tom Baker, chief executive of the National Society for People Abused in Childhood, "
        "added: 'He could not have signed this letter.'"
    )
    assert party(a, at(a, "added").party).name == "Tom Baker"


def test_of_two_clauses_a_verb_reports_the_one_after_it():
    # the parser makes "IS" in the aside a clause of "conceded" too, with the name inside it
    a = analyse(
        "Omar Farah – who blamed police for failing to stop his daughter fleeing to join IS "
        "earlier this year – conceded the girl was ‘maybe’ influenced by the rally."
    )
    conceded = at(a, "conceded")
    assert party(a, conceded.party).name == "Omar Farah"
    assert a.article.text[slice(*conceded.content[0])].startswith("the girl was")


def test_who_is_accused_of_doing_something_does_it():
    a = analyse(
        "Mr Cameron spoke in Bedford. He accused Ed Miliband and Ed Balls of having some brass "
        "neck by attacking the Tories for failing the poor."
    )
    attacking = {
        party(a, p.party).name
        for p in a.positions
        if a.article.text[slice(*p.cue)].startswith("attacking")
    }
    assert attacking == {"Ed Miliband", "Ed Balls"}


def test_a_verb_joined_to_an_infinitive_takes_the_subject_of_the_clause_of_its_tense():
    a = analyse(
        "Gordon Brown has warned that the SNP want to use the chaos after the election to "
        "force another referendum and urged patriotic Scots to vote Labour."
    )
    assert party(a, at(a, "urged").party).name == "Gordon Brown"


def test_the_words_of_one_title_joined_as_conjuncts_are_not_a_second_source():
    a = analyse(
        "'Barbie is a true icon and one of a handful of toys that transcends generations,' "
        "said Myer Chief Merchandise & Marketing Officer and Deputy CEO, Daniel Bracken."
    )
    assert [party(a, p.party).name for p in a.positions] == ["Daniel Bracken"]


def test_a_role_joined_to_a_name_by_and_is_that_person_not_the_body_before_it():
    a = analyse(
        "'It was a great night for music,' said Recording Academy president and CEO Neil Portnow."
    )
    assert [party(a, p.party).name for p in a.positions] == ["Neil Portnow"]


def test_a_report_after_a_sentence_the_parser_left_without_a_verb_reports_that_sentence():
    # the parser reads "averages" as a noun: "said" has two subjects and no clause
    for text in (
        "The debt of a divorced retiree averages £21,300, Aviva's report said, while many "
        "divorced people will struggle.",
        "The cost of a typical wedding averages £27,000, Barclays' survey said, while many "
        "couples will borrow.",
        # and the tagger marks "Prudential's report" as what is said
        "The savings of a divorced retiree averages £22,100, Prudential's report said, while "
        "many divorced people will struggle.",
    ):
        a = analyse(text)
        said = at(a, "said")
        assert party(a, said.party).name in ("Aviva", "Barclays", "Prudential")
        assert a.article.text[slice(*said.content[0])].startswith(text[:28])


def test_a_report_the_parser_hung_on_the_clause_after_its_comma_reports_that_clause():
    text = "Deutsche Welle reported in mid-2019, 62 Tesco outlets had closed within a year."
    a = analyse(text)
    reported = at(a, "reported")
    assert party(a, reported.party).name == "Deutsche Welle"
    assert [text[s:e] for s, e in reported.content] == ["62 Tesco outlets had closed within a year"]


def test_a_speaker_named_after_a_title_after_the_verb_said_the_clause_before():
    text = (
        "The bomb was placed on a motorcycle in a market, stated Minister of Information "
        "Moammar al-Eryani, and was left outside a restaurant."
    )
    a = analyse(text)
    stated = at(a, "stated")
    assert party(a, stated.party).name == "Moammar al-Eryani"
    assert [text[s:e] for s, e in stated.content] == [text[:47]]


def test_the_person_a_long_description_ends_with_speaks_not_its_first_words():
    a = analyse(
        'Longtime Imus in the Morning writer and performer Rob Bartlett tweeted: "He was a '
        'rebel." Executive producer Ann Lee of the Morning Show said it was fine.'
    )
    assert party(a, at(a, "tweeted").party).name == "Rob Bartlett"
    assert party(a, at(a, "said").party).name == "Ann Lee"


def test_a_relative_clause_after_a_comma_is_no_inverted_report():
    a = analyse(
        "A video of the ESPN reporter Britt McHenry surfaced online this week. The "
        "28-year-old, who hails from New Jersey, had her car towed."
    )
    assert [a.article.text[slice(*p.cue)] for p in a.positions] == []


def test_a_speech_verb_joined_to_a_subjectless_clause_has_the_main_clauses_subject():
    # the parser joins "said" to "convicted", the clause before, which has no subject
    a = analyse(
        "The boy's mother, Maria Lopez, wept upon hearing her son had been convicted and said "
        "she believed he was innocent."
    )
    assert party(a, at(a, "said").party).name == "Maria Lopez"


def test_according_to_a_source_ends_at_its_comma():
    # the parser runs "Barrientos and Garcia" into the source after "the Post,"
    a = analyse(
        "George told the New York Post that Garcia was angry. According to the Post, "
        "Barrientos and Garcia are parents to a baby girl."
    )
    according = at(a, "According to")
    assert party(a, according.party).name == "New York Post"
    assert a.article.text[slice(*according.content[0])].startswith("Barrientos and Garcia")
    assert a.article.text[slice(*according.source)] == "Post"  # not the tagger's span over
    # what is said ("the Post, Barrientos and Garcia")


def test_according_to_a_role_is_the_person_named_with_it():
    """Wikinews: "according to curator Elaine Gustafon" (two objects to the parser) and
    "According to Windsor Locks' first selectman, Chris Kervick, there were" held no
    position: the role alone names nobody."""
    a = analyse(
        "The exhibit drew 11,000 visitors in 2010, according to curator Elaine Gustafon.\n\n"
        "According to Windsor Locks' first selectman, Chris Kervick, there were two people on "
        "board."
    )
    assert holders(a, "according to") == ["Elaine Gustafon"]
    kervick = at(a, "According to")
    assert party(a, kervick.party).name == "Chris Kervick"
    assert a.article.text[slice(*kervick.content[0])] == "there were two people on board"


def test_a_speaker_named_right_after_a_verb_set_inside_the_sentence_said_the_sentence():
    # the parser hangs "The answer" on "says" as its subject
    text = (
        "Prof Reddy has teamed up with Eric Brewer at Berkeley. The answer, says Prof Brewer, "
        "is wi-fi."
    )
    a = analyse(text)
    says = at(a, "says")
    assert party(a, says.party).name == "Eric Brewer"
    assert [text[s:e] for s, e in says.content] == ["The answer", "is wi-fi"]


def test_a_name_set_after_the_clause_it_reports_says_it():
    """BBC politics: "Hiding women ... is a backward view of Islam, President Musharraf of
    Pakistan has said" (the parser joins "said" to "is") went to "Hiding"."""
    a = analyse(
        "Pakistani women must not hide\n\nHiding women away in the home hidden behind veils "
        "is a backward view of Islam, President Musharraf of Pakistan has said during a visit "
        "to Britain."
    )
    assert holders(a, "has said") == ["Musharraf"]


def test_a_name_the_parser_hung_on_the_clause_it_says_is_no_part_of_what_it_says():
    text = (
        "Hiding women away in the home is a backward view of Islam, President Musharraf of "
        "Pakistan has said during a visit to Britain."
    )
    a = analyse(text)
    said = at(a, "has said")
    assert party(a, said.party).name == "Musharraf"
    assert [text[s:e] for s, e in said.content] == [
        "Hiding women away in the home is a backward view of Islam"
    ]


def test_a_speech_verb_in_a_clause_of_time_is_said_by_the_person_named_before_it():
    """Daily Mail: "reported the eatery after Jason Chan, its marketing manager, boasted
    that": the parser left "boasted" without a subject and the position was lost."""
    a = analyse(
        "Officers raided the Sushi Samba club and confiscated illegally imported fins. Charity "
        "Bite-Back, which campaigns to protect sharks, reported the eatery after Jason Chan, "
        "its marketing manager, boasted that it sold the soup and another dish made with "
        "ground shark teeth."
    )
    assert holders(a, "boasted") == ["Jason Chan"]


def test_a_name_then_a_role_the_parser_made_two_subjects_of_is_the_person():
    # no comma closes the apposition: the parser hangs "spokesman" on "said" beside the name
    a = analyse(
        "Labour's Jane Hutt set a new target. Rhodri Glyn Thomas, Plaid Cymru health "
        'spokesman said: "It\'s exactly the same target she set in 1999."'
    )
    assert holders(a, "said") == ["Rhodri Glyn Thomas"]


def test_who_uses_something_to_say_a_thing_says_it():
    """BBC politics: "Mr Kennedy also used his TV appearance to defend his party's plans" was
    read as the appearance defending them, as "led Biden to express" is Biden expressing."""
    a = analyse(
        "Mr Kennedy also used his TV appearance to defend his party's plans to increase income "
        "tax to 50%."
    )
    assert party(a, at(a, "defend").party).name == "Kennedy"


def test_a_speech_verb_run_on_from_a_caption_is_said_by_the_name_before_it():
    a = analyse(
        "Jurgen Klopp has revealed he will be leaving his role as Dortmund coach at the end of "
        "the season Arsenal vice-captain Per Mertesacker says Klopp would be a fine manager in "
        "England."
    )
    assert "Jurgen Klopp" not in holders(a, "says")
    assert len(holders(a, "says")) == 1


def test_a_photo_captions_word_read_as_the_verb_leaves_the_name_its_speaker():
    """CNN/Daily Mail captions: "Giggs, left, allegedly told" was parsed with "left" as the
    verb, and the position had no party."""
    a = analyse(
        "Ryan Giggs is a former manager of Salford City. Manchester United assistant manager "
        "Giggs, left, allegedly told his brother that the affair was only ever about sex."
    )
    assert holders(a, "told") == ["Ryan Giggs"]


def test_a_passive_joined_to_a_verb_is_nothing_its_shared_subject_holds():
    """BBC round 93: "Bogdanovic and Murray both pulled out ... but are expected to be fit"
    was listed as Murray's position."""
    a = analyse(
        "GB captain Jeremy Bates could use Andrew Murray in the doubles. Alex Bogdanovic and "
        "Murray both pulled out of tournaments last week through injury but are expected to "
        "be fit."
    )
    assert holders(a, "are expected") == []


def test_a_speaker_set_between_commas_after_a_link_word_says_the_rest_of_the_sentence():
    """BBC round 100: "Also, said Mr Flynn, Vodafone has ..." was nobody's: the parser hung
    the closing comma on the name."""
    text = (
        "Jeremy Flynn runs services at Vodafone. Some have been told to revamp websites so "
        "customers know what they get, said Mr Flynn. Also, said Mr Flynn, Vodafone has "
        "briefly cut off between eight and ten content sellers flouting the rules."
    )
    a = analyse(text)
    assert holders(a, "said") == ["Jeremy Flynn", "Jeremy Flynn"]
    assert [text[s:e] for s, e in a.positions[-1].content] == [
        "Vodafone has briefly cut off between eight and ten content sellers flouting the rules"
    ]


def test_he_saying_something_is_the_last_person_named_when_that_one_spoke_then():
    """BBC round 100: 'Part of the reason that these "bot nets" have become so prevalent, he
    said, was ...' was nobody's: Mr Hogan had spoken four sentences before, none naming
    anyone else; and the term's quotation marks were read as a quote's."""
    text = (
        "Kevin Hogan works at Symantec. Graham Cluley of Sophos agreed with him.\n\nMr Hogan "
        'said worm writers were recruiting PCs to take part in "bot nets".\n\nIn September '
        'Symantec released statistics. Thanks to these "bot nets", spam continued to be a '
        "problem. Anti-spam firms report that legitimate e-mail has shrunk. Part of the reason "
        'that these "bot nets" have become so prevalent, he said, was due to a big change.'
    )
    a = analyse(text)
    assert holders(a, "said") == ["Kevin Hogan", "Kevin Hogan"]
    assert [text[s:e] for s, e in a.positions[-1].content] == [
        'Part of the reason that these "bot nets" have become so prevalent',
        "was due to a big change",
    ]


def test_a_tensed_clause_with_no_subject_of_its_own_shares_the_main_clauses():
    """BBC sport: "Moya ... wants to focus on the Grand Slams in 2005, although insists he
    will return": the parser hangs "insists" on the main clause with no subject."""
    a = analyse(
        "Carlos Moya led Spain to victory over the USA but wants to focus on the Grand Slams "
        "in 2005, although insists he will return to the Davis Cup in 2006."
    )
    assert holders(a, "insists") == ["Carlos Moya"]


def test_a_role_set_off_by_commas_after_a_hyphenated_name_is_not_the_speaker():
    """BBC business: "Blake Lee-Harwood, campaigns director at Greenpeace in the UK, said":
    the parser hangs the first comma on "director", which it makes a second subject."""
    a = analyse(
        "Blake Lee-Harwood, campaigns director at Greenpeace in the UK, said the plan was flawed."
    )
    assert holders(a, "said") == ["Blake Lee-Harwood"]


def test_a_body_named_after_a_comma_and_run_into_a_list_before_it_says_alone():
    a = analyse(
        "Last spring saw a fall in orders for steel from both the United States and the rest "
        "of Europe, the Office for National Statistics (ONS) said. Imports fell 3%."
    )
    position = at(a, "said")
    assert party(a, position.party).name == "Office for National Statistics"
    assert all("Office" not in a.article.text[s:e] for s, e in position.content)
    a = analyse(
        "Spring saw more visitors from both the European Union and the rest of the world, the "
        "Office for National Statistics (ONS) said. Hotels were full."
    )
    assert holders(a, "said") == ["Office for National Statistics"]  # not the Union too
