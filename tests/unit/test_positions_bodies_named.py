"""Bodies a reader knows by name where the model split, cut or missed the name, and
descriptions that stand for a body named further back (BBC round 82)."""

from __future__ import annotations

import pytest

from tests.reading import analyse, at, holders, party


def test_a_name_run_on_over_a_preposition_before_a_spokeswoman_or_a_bodys_noun_speaks():
    a = analyse(
        "A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. "
        "The Votes at 16 alliance said it was a good thing to engage people."
    )
    assert holders(a, "confirmed") == ["Department for Work and Pensions"]
    assert holders(a, "said") == ["Votes at 16 alliance"]


def test_a_bodys_branch_in_a_country_is_the_body_not_the_country():
    a = analyse("Amnesty International UK said the decisions had been based on torture evidence.")
    assert holders(a, "said") == ["Amnesty International UK"]


def test_a_short_name_in_the_headline_is_the_company_named_in_full_below():
    a = analyse(
        "US insurer Marsh cuts 2,500 jobs\n\nUp to 2,500 jobs are to go at US insurance broker "
        "Marsh & McLennan in a shake up. Marsh posted a loss for the last three months."
    )
    marsh = [p for p in a.parties if "Marsh" in p.name]
    assert len(marsh) == 1 and "Marsh & McLennan" in marsh[0].aliases


def test_the_company_and_the_worlds_biggest_insurer_are_the_company_named_far_back():
    a = analyse(
        "Marsh posted a loss for the last three months of 2004. It was a hard year. Analysts "
        "expect more cuts. The layoffs will take the total to 5,500. Jobs will go in London "
        "too. The restructuring also led to a hit in the fourth quarter, the world's biggest "
        "insurer said. As part of its efforts to cut costs, the company said it was halving "
        "its dividend."
    )
    assert holders(a, "said") == ["Marsh", "Marsh"]


def test_a_continents_biggest_maker_is_the_company_named_before():
    """The model tags "Europe" a location, not a country: "Europe's biggest drugmaker" was
    nobody."""
    a = analyse(
        "GlaxoSmithKline saw its profits fall 9% last year, but Europe's biggest drugmaker "
        "says a recovery is on the way."
    )
    assert holders(a, "says") == ["GlaxoSmithKline"]


def test_questioning_whether_with_nobody_asked_is_a_doubt_and_opposes():
    a = analyse(
        "Amnesty International also questioned whether the decisions had been based on "
        "torture evidence. The men's solicitor, Louise Christian, has raised doubts about "
        "the evidence. Police questioned the driver whether he had been drinking."
    )
    assert (party(a, at(a, "questioned").party).name, at(a, "questioned").stance) == (
        "Amnesty International",
        "opposes",
    )
    assert at(a, "raised doubts").stance == "opposes"
    assert len([p for p in a.positions if p.party is not None]) == 2


def test_with_someone_doing_it_is_that_ones_not_the_clauses_subject():
    a = analyse(
        "Ferguson did not play on Saturday despite recovering from a groin injury with Rovers "
        'boss Mark Hughes claiming it had been an "emotional and difficult time" for him.'
    )
    assert holders(a, "claiming") == ["Mark Hughes"]


def test_an_office_the_lead_speaks_of_is_not_the_lead():
    a = analyse(
        "Mr Kennedy held talks with Tony Blair on Friday over government plans. He said "
        'afterwards that the Prime Minister had offered some "movement" to address his '
        "concerns."
    )
    assert "Kennedy" not in holders(a, "had offered")


def test_a_participle_after_what_someone_attacked_is_theirs_not_the_objects():
    a = analyse(
        "UK Independence Party leader Roger Knapman attacked the plans for pensioners saying "
        'they needed "more money and the dignity of being allowed to spend it".'
    )
    assert holders(a, "saying") == ["Roger Knapman"]


def test_going_on_with_a_quote_says_it_but_going_on_to_win_does_not():
    a = analyse(
        'Barbara Roche spoke. She went on: "What I would like to see is a body which looked at '
        'the figures." Ms Roche went on to win the seat.'
    )
    assert holders(a, "went on") == ["Barbara Roche"]


def test_a_question_asked_of_nobody_named_challenges_but_one_put_to_someone_is_none():
    a = analyse(
        'Charles Kennedy spoke next. "How can it be right that the poorest 20% pay more in '
        'tax?" he asked. Tory leader Michael Howard asked why the government was agreeing '
        "to the constitution. Wikinews asked Stamenkovic whether he had any ideas. Mr Blair "
        "asked voters to back him."
    )
    assert [(party(a, p.party).name, p.stance) for p in a.positions] == [
        ("Charles Kennedy", "opposes"),
        ("Michael Howard", "opposes"),
        ("Blair", "demands"),
    ]


def test_a_party_the_model_left_untagged_is_one_and_the_parties_are_both():
    a = analyse(
        "Labour and the Conservatives are still telephoning the millions of people. The "
        "parties say they can stick to the rules."
    )
    assert holders(a, "say") == ["Labour", "Conservatives"]


def test_the_report_far_below_is_the_one_whose_maker_the_article_named_before():
    a = analyse(
        "A cap on donations should not be introduced yet. In a new report, the Electoral "
        "Commission says it is worth debating a cap. Donors gave £68m. Gifts came from many "
        "people. The rules have changed. The public can see who gives. Some gave £1m. Others "
        "gave less. Parties spent much of it. Turnout fell. The report suggests doubling the "
        "money which can be spent by candidates."
    )
    assert holders(a, "suggests") == ["Electoral Commission"]


def test_what_someone_failed_to_mention_does_not_make_them_the_next_speaker():
    a = analyse(
        "Liberal Democrat leader Charles Kennedy attacked Mr Brown for failing to mention the "
        'environment. "How can it be right that the poorest 20% pay more in tax?" he asked.'
    )
    assert holders(a, "asked") == ["Charles Kennedy"]


def test_a_clause_the_parser_hung_on_a_description_is_not_part_of_its_name():
    a = analyse(
        "The airport and nearby hotel were both evacuated and local police warned people in "
        "the general vicinity to stay inside."
    )
    assert holders(a, "warned") == ["Police"]


def test_two_subjects_each_with_a_clause_joined_by_and_both_speak():
    a = analyse(
        "Kimberly-Clark, which makes Kleenex Toilet Tissue, and Solaris Paper which makes "
        "Sorbent, emphasized they were working 24/7 to maintain the supply."
    )
    assert sorted(holders(a, "emphasized")) == ["Kimberly-Clark", "Solaris Paper"]


def test_a_space_agency_with_a_country_is_that_countrys_not_another():
    a = analyse(
        "The Russian Federal Space Agency lost contact with the ship on Tuesday. The Russia "
        "space agency said it is working on its next supply flight. The American space "
        "agency said the station was safe."
    )
    assert holders(a, "said") == ["Russian Federal Space Agency"]


def test_parties_in_the_plural_are_no_one_body_named_with_the_word():
    a = analyse(
        "Scottish National Party campaign director Angus Robertson insisted the poll showed "
        "support. He said: 'it demonstrates that the people of Scotland share our view that "
        "the Westminster parties are not delivering on their referendum vow, and want far "
        "more power for Scotland.'"
    )
    assert holders(a, "want") == []


def test_a_department_for_two_things_is_one_body_but_two_banks_are_two():
    a = analyse(
        "A spokeswoman for the Department for Education and Skills said the venture had been "
        "ambitious. The Bank of England and Barclays added that rates would rise."
    )
    assert holders(a, "said") == ["Department for Education and Skills"]
    assert holders(a, "added") == ["Bank of England", "Barclays"]


def test_a_persons_closest_ally_is_not_that_person():
    a = analyse(
        "Chancellor Gordon Brown's closest ally has denied suggestions there will be a Budget "
        "giveaway on 16 March."
    )
    assert "Gordon Brown" not in holders(a, "has denied")


def test_the_party_is_the_one_the_sentence_before_spoke_of():
    a = analyse(
        "The Tories unveiled their plans. The Tories said taxes would fall. Labour hit back at "
        "the Tory proposals with election coordinator Alan Milburn accusing Mr Howard of "
        'producing a "fraudulent prospectus". The party on Tuesday challenged the Tories to '
        "publish the full report from David James."
    )
    assert holders(a, "challenged") == ["Labour"]


def test_who_e_mails_someone_pointing_out_a_mistake_points_it_out_and_speaks_next():
    a = analyse(
        "Ex-No 10 media chief Alastair Campbell is at the centre of a row. Realising his "
        "error, Mr Campbell then e-mailed Mr McFadyen pointing out the mistake, but suggesting "
        'presenter Jeremy Paxman would have seen the funny side. He said: "Not very good at '
        'this e-mail Blackberry malarkey."'
    )
    assert holders(a, "pointing out") == ["Alastair Campbell"]
    assert holders(a, "said") == ["Alastair Campbell"]


def test_a_role_in_apposition_with_its_own_and_is_no_second_speaker():
    a = analyse(
        "Peter Mandelson, former Labour minister and now a European Commissioner, warned the "
        "BBC to steer away from demonising Mr Campbell."
    )
    assert holders(a, "warned") == ["Peter Mandelson"]


def test_a_second_speech_verb_the_tagger_read_as_a_participle_is_the_speakers():
    a = analyse(
        "But the Home Office said mandatory life sentences would not be abolished and argued "
        "courts already had flexibility."
    )
    assert holders(a, "argued") == ["Home Office"]


def test_refusing_to_say_and_a_thing_revealed_by_nobody_named_are_no_positions():
    a = analyse(
        "Mr Balls refused to say whether Mr Brown would remain as chancellor after the "
        "election. The e-mail was revealed the day after Peter Mandelson warned the BBC. On "
        "Friday in Pakistan, Mohammed Waseem, brother of social media personality and "
        "feminist Qandeel Baloch, was sentenced for her murder to life in prison by a court in "
        "Multan."
    )
    assert [a.article.text[slice(*p.cue)] for p in a.positions] == ["warned", "was sentenced"]


def test_a_name_set_after_the_kind_of_body_it_is_is_that_body_and_the_noun_repeats_it():
    a = analyse(
        "The Brick 7 phone was named the best handset of the year by US magazine Mobile PC. "
        'Its list also includes the Sony Walkman. "We only counted devices you could carry," '
        "said the magazine."
    )
    assert holders(a, "said") == ["Mobile PC"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "A German drug maker is looking to raise money on the stock market. The firm, "
            "Paion, said that it hoped to sell five million shares.",
            "Paion",
        ),
        (  # BBC business: the model left "Metrovias" untagged, so "It said" was nobody's
            "Tube workers walked out last week. Metrovias, the private firm which runs the "
            "tube lines, has offered a rise. It said that it would put this on paper.",
            "Metrovias",
        ),
    ],
)
def test_a_name_set_off_beside_a_firms_noun_speaks_for_the_firm(text, firm):
    assert holders(analyse(text), "said") == [firm]


def test_the_noun_repeats_the_body_introduced_with_the_same_words_only():
    a = analyse(
        "The photographs were posted by the campaign group Raqqa Watch. Food is scarce in the "
        "city, where ISIS rules. The terror group said it would punish traders."
    )
    assert holders(a, "said") != ["Raqqa Watch"]


def test_a_body_named_with_its_countrys_possessive_keeps_that_name_among_its_aliases():
    a = analyse(
        "Bids have been invited from foreign firms, Iraq's Ministry of Communications said. "
        "The ministry said it would publish the rules in February."
    )
    ministry = party(a, at(a, "said").party)
    assert "Iraq's Ministry of Communications" in ministry.aliases


def test_a_name_the_model_cut_at_a_preposition_before_a_groups_name_is_one_body():
    a = analyse(
        "Half of the UK now shops online, according to figures collected by the Interactive "
        "Media in Retail Group which represents web retailers."
    )
    assert holders(a, "according to") == ["Interactive Media in Retail Group"]


def test_the_owner_of_a_company_named_after_its_noun_is_not_the_company():
    a = analyse("The majority owner of Russian oil firm Yukos has sued the Russian government.")
    assert "Yukos" not in holders(a, "has sued")


def test_a_bodys_name_run_on_into_its_reports_is_the_body():
    a = analyse("The latest World Health Organization Report confirmed 30 new cases of the virus.")
    assert holders(a, "confirmed") == ["World Health Organization"]


def test_a_countrys_name_the_bodys_acronym_spells_out_with_it_is_the_bodys():
    a = analyse(
        "The inquiry was led by the United States Anti-Doping Agency (USADA). The United States "
        "Anti-Doping Agency (USADA) said the sprinter had failed two tests."
    )
    held = party(a, at(a, "said").party)
    assert "United States Anti-Doping Agency" in held.aliases


def test_a_first_and_last_name_after_a_role_opening_the_sentence_is_a_person():
    a = analyse(
        "Ship crane maker Huisman is building a factory in China.\n\nBoss Henk Addink blames "
        'the low growth rate in Europe. "Growth in the EU is about 1%," he says. Mr Addink '
        "also blames the euro."
    )
    assert holders(a, "says") == ["Henk Addink"]


def test_a_name_of_two_things_the_model_cut_at_and_is_one_body():
    """BBC round 96: "the Pew Internet and American Life Project" was tagged from "American",
    so its study's finding went to nobody ("Internet" holds no party)."""
    a = analyse(
        "Millions buy MP3 players in US\n\nA study by the Pew Internet and American Life "
        "Project found that MP3 players are the gadget of choice among affluent young "
        "Americans. The Pentagon and NATO officials said nothing."
    )
    assert holders(a, "found") == ["Pew Internet and American Life Project"]


def test_police_said_is_the_one_police_force_the_article_names():
    """BBC round 97: "Police described the intruder" was a party "Police" beside "Thames
    Valley Police", named in the same article; the force now holds it, called so too."""
    a = analyse(
        "Detective Inspector Paul Miller of Thames Valley Police praised the singer. Police "
        "described the intruder as well-built and said he was wearing a ski-mask."
    )
    force = next(p for p in a.parties if p.name == "Thames Valley Police")
    assert holders(a, "said") == ["Thames Valley Police"]
    assert "Police" in force.aliases
    assert not any(p.name == "Police" for p in a.parties)


def test_the_computer_giant_is_the_firm_named_before():
    """BBC round 97: "The computer giant has sued three men" went to nobody."""
    a = analyse(
        "Apple has taken more legal action to stop online leaks of its new products. The "
        "computer giant has sued three men for releasing preview versions of its software."
    )
    assert holders(a, "has sued") == ["Apple"]


def test_a_countrys_central_bank_is_a_body_and_the_central_bank_is_it_again():
    """BBC round 98: "the Libyan central bank has said" and "the central bank told Reuters"
    went to nobody."""
    a = analyse(
        "Libya takes $1bn in unfrozen funds\n\nLibya has withdrawn $1bn in assets from the US, "
        "the Libyan central bank has said. The original size of Libya's funds was $400m, the "
        "central bank told Reuters."
    )
    assert holders(a, "has said") == ["Libyan central bank"]
    assert holders(a, "told") == ["Libyan central bank"]


def test_a_headlines_firm_is_the_company_the_lead_describes_by_that_noun():
    a = analyse(
        "Brewer rejects Hallam's offer\n\nScottish brewer Kelburn has rejected a takeover "
        "offer from the drinks group Hallam. Kelburn said the offer was too low."
    )
    assert holders(a, "rejects") == ["Kelburn"]
    assert "Brewer" not in {p.name for p in a.parties}


def test_the_agency_is_the_agency_named_before():
    """CNN/Daily Mail, BBC business and technology: "the American space agency said" after
    NASA, "the agency made it clear" after Standard & Poor's were nobody's."""
    a = analyse(
        'NASA released new images of Ganymede on Thursday. "The moon has an ocean," the agency '
        "noted."
    )
    assert holders(a, "noted") == ["NASA"]
