"""What a party's writings say for it (``positions.documents``, ``positions.makers``): its
schedule, its information, its memoirs, its advisory. One built text each, real model."""

from __future__ import annotations

from tests.reading import analyse, holders


def test_a_schedule_information_and_memoirs_speak_for_their_maker():
    a = analyse(
        "Power was cut on Monday. According to PG&E's schedule, by noon today over half a "
        "million customers would lose power."
    )
    assert holders(a, "According to") == ["PG&E"]
    b = analyse("According to NASA information on the Progress vehicle, the craft carries food.")
    assert holders(b, "According to") == ["NASA"]
    c = analyse(
        "Gloria Vanderbilt married four times but, according to her memoirs, also had "
        "romances with Frank Sinatra."
    )
    assert holders(c, "according to") == ["Gloria Vanderbilt"]


def test_a_book_speaks_for_its_author():
    a = analyse(
        "Labour MPs complained at Monday's meeting over claims made in journalist Robert "
        'Peston\'s new book. Tony Blair told MPs: "Nothing is going to get in the way." The new '
        "book claims John Prescott hosted a dinner in November 2003."
    )
    assert holders(a, "claims") == ["Robert Peston"]


def test_a_table_or_ranking_speaks_for_whoever_drew_it_up():
    a = analyse(
        "The comedian earned 5m euros last year, according to a table drawn up by Italy's La "
        "Stampa newspaper."
    )
    assert holders(a, "according to") == ["La Stampa"]
    b = analyse("Oxford is the best university, according to a ranking compiled by Times Higher.")
    assert holders(b, "according to") == ["Times Higher"]


def test_an_advisory_speaks_for_the_body_named_in_it():
    a = analyse(
        "Hurricane Dorian strengthened on Sunday. The NHC advisory indicated Dorian's maximum "
        "sustained winds were near 180 mph."
    )
    assert holders(a, "indicated") == ["NHC"]


def test_a_statement_released_by_a_described_maker_is_that_makers():
    a = analyse("Kay Hagan died yesterday, according to a statement released by her family.")
    assert holders(a, "according to") == ["Kay Hagan's family"]


def test_a_partys_account_on_a_platform_speaks_for_it_and_the_platform_alone_for_itself():
    a = analyse(
        "Liana Barrientos was charged on Friday. Barrientos' Facebook says she became engaged "
        "in July 2013. Her Twitter says she is fine. Facebook said it removed the post."
    )
    assert holders(a, "says") == ["Liana Barrientos", "Liana Barrientos"]
    assert holders(a, "said") == ["Facebook"]


def test_the_spokesman_is_the_one_named_before_with_the_body_he_speaks_for():
    a = analyse(
        "Nicholas Betts-Green quit the party on Friday. A UKIP spokesman said he had left. "
        '"He did not like what he saw," the spokesman added.'
    )
    assert holders(a, "said") == holders(a, "added") == ["UKIP"]


def test_a_pictures_credit_after_a_colon_says_nothing():
    a = analyse(
        "Wikinews attended the fair on Saturday.\n\n\nA banner for the event. Image: Paul "
        "Budd.\n\n\nA parking sign showing the science centre logo. Image: Paul Budd.\n\n\n"
        "Jane Smith, who organised it, said the fair had doubled in size."
    )
    assert [party.name for party in a.parties if any(p.party == party.id for p in a.positions)] == [
        "Jane Smith"
    ]


def test_a_writing_someone_says_something_in_is_theirs_when_it_speaks_later():
    a = analyse(
        "In an advisory issued yesterday evening, the National Hurricane Center confirmed "
        "that a hurricane warning was in effect for Bermuda. The advisory also noted "
        "dangerous surf conditions. Six Minnesota men have been charged in a criminal "
        "complaint unsealed Monday. The complaint says the men planned to reach Syria."
    )
    assert holders(a, "also noted") == ["National Hurricane Center"]
    assert holders(a, "says") == ["Complaint"]


def test_what_a_document_of_a_named_body_reads_after_a_comma_is_that_bodys():
    a = analyse(
        "Pedro Pierluisi was sworn in as governor. The opinion of the Supreme Court of Puerto "
        'Rico, released on Wednesday, read in part, "[I]t is concluded that the oath of '
        'office as governor of Pedro Pierluisi is unconstitutional."'
    )
    assert holders(a, "read") == ["Supreme Court of Puerto Rico"]


def test_it_adding_to_a_persons_statement_is_that_person():
    a = analyse(
        "Lynton Crosby helped Australia's prime minister win four elections. Mr Crosby's "
        'statement said: "The party has been making an impact on lower tax." It added: "The '
        'Labour Party will be wanting to distract attention."'
    )
    assert holders(a, "added") == ["Lynton Crosby"]


def test_who_edited_a_memo_did_not_make_it():
    a = analyse(
        "A memo by the Congressional Research Service was seen by reporters. The memo, edited "
        "by Derek E Mix, the CRS's chief European affairs analyst, says that the relationship "
        "has weakened."
    )
    assert holders(a, "says") == ["Congressional Research Service"]


def test_reports_in_outlets_are_the_outlets_but_a_report_in_a_month_is_nobodys():
    a = analyse(
        "Shares in Allied Domecq rose. Reports in the Wall Street Journal and the Financial "
        "Times suggested that the French firm is considering a bid. A report in March said "
        "prices would fall."
    )
    assert holders(a, "suggested") == ["Wall Street Journal", "Financial Times"]
    assert holders(a, "said") == []


def test_a_lawsuit_is_made_by_the_one_who_sued_not_the_one_sued():
    """BBC round 120: "Wal-Mart is sued over rude lyrics ... The lawsuit alleges Wal-Mart
    deceived customers" gave the lawsuit to Wal-Mart, the subject of the passive."""
    a = analyse(
        "Wal-Mart is sued over rude lyrics\n\nA lawsuit was filed against Wal-Mart by Trevin "
        "Skeens on Monday. The lawsuit alleges Wal-Mart deceived customers."
    )
    assert holders(a, "alleges") == ["Trevin Skeens"]


def test_a_book_speaks_for_whoever_wrote_or_published_it():
    """Development sets: "The book alleges" after "Mary Trump released the book", and "The
    book claims" after "Robert Peston has written a new book", were nobody's."""
    a = analyse(
        "Robert Peston has written a new book about Labour. The book claims the prime minister "
        "had promised to stand down."
    )
    assert holders(a, "claims") == ["Robert Peston"]


def test_a_report_brought_in_is_made_by_the_maker_named_just_after_it():
    """BBC business and technology: "..., a report says. The study, undertaken by the
    European Commission, ..." and "according to a survey. A study by the Pew Internet ..."
    were nobody's, or a party "Survey"."""
    a = analyse(
        "Most EU countries have failed to put reforms in place, a report says.\n\nThe study, "
        "undertaken by the European Commission, sought to measure progress."
    )
    assert holders(a, "says") == ["European Commission"]


def test_a_report_the_lead_brings_in_is_made_by_the_first_body_that_speaks_after():
    """BBC business and technology: "..., official figures show. ... the Office for National
    Statistics said", "..., a report suggests. ... The Business Software Alliance warned":
    the figures were dropped and the report nobody's."""
    a = analyse(
        "Jobless total rises again\n\nBritain's jobless total rose for the third month in a "
        "row in March, official figures show.\n\nThe number of people out of work rose 40,000, "
        "the Office for National Statistics said. Average earnings rose by 4.1% in the year."
    )
    assert holders(a, "show") == ["Office for National Statistics"]
    b = analyse(
        "Households face higher bills\n\nFamilies will have to pay more for energy next winter, "
        "a report suggests.\n\nThe increase follows a cold autumn. The Consumer Energy Forum "
        "warned that bills could rise by a fifth, and the Treasury said its plans were sound."
    )
    assert holders(b, "suggests") == ["Consumer Energy Forum"]


def test_research_the_model_takes_for_a_name_speaks_for_the_maker_it_names():
    """BBC business: "Research from Halifax, the country's biggest mortgage lender, suggests"
    was a party "Research"."""
    a = analyse(
        "Homes hit record value\n\nThe value of housing reached a record in 2004, a report "
        "indicates.\n\nResearch from Halifax, the biggest mortgage lender, suggests the value "
        "of housing is rising."
    )
    assert holders(a, "suggests") == ["Halifax"]
    assert holders(a, "indicates") == ["Halifax"]


def test_a_report_of_initials_the_model_reads_as_who_speaks_for_the_body():
    """ "the latest WHO report": the model takes "WHO" for the pronoun; the article spelled
    it out, so the report is the World Health Organization's, not a party of its own."""
    a = analyse(
        "The World Health Organization (WHO) said cases fell last week. The latest WHO report "
        "said that new chains of transmission could appear."
    )
    assert holders(a, "said")[1] in ("WHO", "World Health Organization")


def test_a_survey_speaks_for_whoever_carried_it_out_or_conducted_it():
    a = analyse(
        "Shoppers distrust loyalty cards.\n\nMost shoppers distrust loyalty cards, a new "
        "survey says. The survey of 3,000 adults in Spain and Italy was carried out by "
        "consultancy firm Brightwell. The survey showed that few shoppers read the terms."
    )
    assert holders(a, "says") == ["Brightwell"]
    assert holders(a, "showed") == ["Brightwell"]
    b = analyse(
        "Bosses are gloomy, a survey of 800 bosses suggests. When accountants Harlow & Finch "
        "conducted the same survey last year, most were cheerful. This year the survey "
        "suggests that energy prices worry them most."
    )
    assert holders(b, "suggests") == ["Harlow & Finch", "Harlow & Finch"]


def test_a_survey_carried_out_by_two_bodies_is_neither_alone():
    a = analyse(
        "Women in the industry earn less.\n\nWomen in the film industry earn less than men, a "
        "study says. The study was carried out by the Screen Council and the training body "
        "Crewcraft. The study found that few women work as camera operators."
    )
    assert holders(a, "found") not in (["Screen Council"], ["Crewcraft"])


def test_a_study_brought_in_further_down_is_not_the_one_the_lead_names():
    a = analyse(
        "Fans share links.\n\nMost fans share links, a survey says. The survey was conducted "
        "by the Film Alliance. Sites close every week. A recent study showed that half of "
        "all traffic is shared video."
    )
    assert holders(a, "says") == ["Film Alliance"]
    assert holders(a, "showed") != ["Film Alliance"]


def test_the_survey_far_below_is_the_one_the_article_named_with_its_maker():
    filler = " ".join(f"Owners in group {n} spent {n}0 dollars." for n in range(1, 9))
    a = analyse(
        "Millions buy e-readers.\n\nOne in ten adults owns an e-reader, according to a survey."
        "\n\nA study by the Harwick Institute found that e-readers are popular with the young. "
        f"{filler} Cheap books drive the rise, the survey found."
    )
    assert holders(a, "found") == ["Harwick Institute", "Harwick Institute"]


def test_a_firms_name_the_parser_took_for_an_adjective_makes_its_reports():
    a = analyse(
        "Web tracking company Envisional counted downloads of television shows. The Envisional "
        "reports said that broadcasters should offer shows online."
    )
    assert holders(a, "said") == ["Envisional"]


def test_a_study_far_below_is_not_given_to_the_scientist_named_as_its_author():
    filler = " ".join(f"Birds in colony {n} laid {n} eggs." for n in range(1, 9))
    a = analyse(
        "Penguins lay fewer eggs.\n\nA report by biologist Jane Holt found that penguins lay "
        f"fewer eggs. {filler} Warmer seas explain the fall, the study found."
    )
    assert holders(a, "found")[-1:] != ["Jane Holt"]


def test_a_document_speaks_for_the_described_actors_who_filed_it():
    """Wikinews: "attorneys general from sixteen states filed a combined lawsuit ... The
    motion claims" and "reads the motion" went to nobody: the filers are named only by a
    description."""
    a = analyse(
        "On Monday, attorneys general from sixteen states filed a combined lawsuit against "
        "the order. The motion claims the order is unconstitutional. Police said nothing."
    )
    assert holders(a, "claims") == ["Attorneys general from sixteen states"]


def test_a_writing_sent_from_someones_account_speaks_for_them():
    """Wikinews: "A tweet sent from Biden's Twitter account during the debate repeated
    Biden's commitment, saying ..." went to nobody."""
    a = analyse(
        "Joe Biden debated Bernie Sanders on Sunday. A tweet sent from Biden's Twitter "
        'account during the debate repeated the pledge, saying "My running mate will be a '
        'woman."'
    )
    assert holders(a, "saying") == ["Joe Biden"]


def test_a_banks_minutes_speak_for_the_bank():
    """BBC business: "The Bank's minutes said", "the minutes added" were nobody's."""
    a = analyse(
        "The Bank of England kept rates on hold this month. The Bank's minutes said that risks "
        'were to the downside. However, the minutes added: "Some members noted an increase."'
    )
    assert holders(a, "said") == ["Bank of England"]
    assert holders(a, "added") == ["Bank of England"]


def test_a_statement_on_a_website_speaks_for_the_websites_owner():
    """BBC sport: "a statement on her website said" was nobody's."""
    a = analyse(
        'Kim Clijsters will not play in Paris. "Kim had considered returning," a statement on '
        "her website said."
    )
    assert holders(a, "said") == ["Kim Clijsters"]
