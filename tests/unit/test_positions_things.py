"""Verbs of doing something with a thing, which the tagger and the lexicons take for cues:
showing, winning, offering, passing on, knowing (``things.a_thing``, ``shown._wanting``).
Built sentences, the real model; a parse the model gave a real article where a built
sentence parses otherwise."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.analysis.pipeline import load_pipeline
from briefing.analysis.positions.cues import Attribution
from briefing.analysis.positions.shown import shown
from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import cues as _cues
from tests.reading import shown as _shown


def test_claiming_a_title_or_a_place_is_winning_it_but_claiming_victory_is_a_claim():
    a = _analyse(
        "Rafael Nadal claimed his eighth title in Barcelona in 2013. Felipe Nasr and Marcus "
        "Ericsson performed superbly to claim ninth and tenth. Robert Mugabe claimed victory "
        "in the presidential vote."
    )
    assert [c for c in _cues(a) if "claim" in c] == ["claimed"]
    assert _at(a, "claimed").party == "robert-mugabe"
    b = _analyse(
        "Eastleigh and Forest Green will guarantee play-off places if they win. Emmanuel "
        "Adebayor celebrates his goal. Don Blankenship answered some questions about his "
        "campaign from Wikinews."
    )
    assert _cues(b) == []


def test_showing_a_thing_is_no_view_but_results_showing_a_finding_are():
    a = _analyse(
        "Nancy Perry showed him a video on her phone. One of the women shows a picture of "
        "herself holding a gun. The results showed the flies hovered over both coats."
    )
    assert [c for c in _cues(a) if c.startswith("show")] == ["showed"]
    assert _at(a, "showed").content != ()
    # the parse of a real preview, "to return" hung on "look" as an adverbial clause
    words = "Athletic Bilbao look to return to winning ways ."
    heads, deps = [1, 2, 2, 4, 2, 4, 7, 5, 2], "compound nsubj ROOT aux advcl prep amod pobj punct"
    doc = Doc(load_pipeline().nlp.vocab, words=words.split(), heads=heads, deps=deps.split())
    doc[2].lemma_, doc[2].pos_ = "look", "VERB"
    look = Attribution([doc[2]], "look", "VERB", doc[1], content=[(21, 46)], kind="tagged")
    assert not shown(look, doc.text)


def test_offering_goods_or_a_favour_is_no_proposal_but_a_reward_or_talks_are():
    a = _analyse(
        "Skin Laundry offers bulk-buy packages that are sold at a discount. Antoine Quirin "
        "offered Jane Spanton a late night tour of the headquarters. The State Department "
        "offered a reward for information on his whereabouts."
    )
    assert [c for c in _cues(a) if "offer" in c] == ["offered"]
    assert _at(a, "offered").party == "state-department"  # a body of its own


def test_posting_or_sharing_a_thing_is_no_view_but_what_a_post_says_is():
    a = _analyse(
        "Brady Haran posted a podcast dedicated to Conway. Later, Sergey shared an update on "
        'the IRC channel. Buzz Aldrin posted on Twitter, "Today we went to the Moon."'
    )
    assert [c for c in _cues(a) if "post" in c or "shar" in c] == ["posted on Twitter"]


def test_defending_or_seeking_a_title_is_winning_it_but_defending_a_decision_is_a_view():
    a = _analyse(
        "Paula Radcliffe won the race in 2002 and defended her title 12 months later. She will "
        "seek a third title in the 17 April race. Tony Blair defended the decision to go to "
        "war. Enron sought $5bn in damages from the bank."
    )
    assert _cues(a) == ["defended", "sought"]
    assert _at(a, "defended").party == "tony-blair"


def test_adding_a_score_or_a_thing_is_no_view_but_adding_a_warning_or_a_clause_is():
    a = _analyse(
        "Ronan O'Gara added the conversion and a further penalty, with David Humphreys adding "
        "the final flourish. Roger Federer added the Dubai Championship trophy to his Qatar "
        "title. Tim Henman added a warning that the courts were too fast. Andy Murray added "
        "that he was tired."
    )
    assert [c for c in _cues(a) if c.startswith("add")] == ["added", "added"]
    assert _at(a, "added").party == "tim-henman"
    b = _analyse("David Cameron spoke in Leeds. The PM added: That destroyed aspiration.")
    assert _at(b, "added").party == "david-cameron"
    # BBC sport: a player added to a squad
    c = _analyse(
        "But Leicester's England centre Ollie Smith has been added to the squad, giving him a "
        "chance to shine."
    )
    assert _cues(c) == []


def test_what_the_writer_says_someone_knows_is_no_view_of_theirs():
    a = _analyse(
        "Real Madrid boss Carlo Ancelotti knows his side have plenty of reasons to be wary. "
        "Ancelotti said his players were tired."
    )
    assert _cues(a) == ["said"]


def test_conceding_a_thing_is_an_act_but_conceding_that_something_is_so_is_a_view():
    a = _analyse(
        "Caloundra coach Ben Radmall conceded that his side needed to work on some things. "
        "Leicester conceded two goals in the first half. Hillary Clinton conceded the "
        "election to Donald Trump on Wednesday."
    )
    assert [c for c in _cues(a) if c.startswith("conced")] == ["conceded"]
    assert _at(a, "conceded").party == "ben-radmall"


def test_denying_someone_a_thing_is_an_act_but_denying_a_claim_is_a_view():
    a = _analyse(
        "Former Valencia striker Aritz Aduriz denied his old team victory with a last-gasp "
        "equaliser. The referee, Mark Clattenburg, denied Chelsea a penalty. Police chief "
        "John Smith denied him entry. Senator Mary Jones denied the report on Monday."
    )
    assert [c for c in _cues(a) if c.startswith("den")] == ["denied"]
    assert _at(a, "denied").party == "mary-jones"


def test_liking_to_do_something_is_a_habit_not_a_position():
    a = _analyse(
        "Michelle Obama likes to keep a busy schedule, and on Wednesday she visited a school "
        "garden. She said children should eat more vegetables."
    )
    assert _cues(a) == ["said"]


def test_paying_tribute_supports_whom_it_is_paid_to_but_a_show_called_a_tribute_does_not():
    text = (
        "Michael Makuei, the Information Minister, paid tribute to Luk on Monday. During "
        'ABC\'s "A Tribute For a King" on Sunday evening, a number of artists performed.'
    )
    a = _analyse(text)
    assert _cues(a) == ["paid tribute"]
    found = _at(a, "paid tribute")
    assert (found.party, found.stance) == ("michael-makuei", "supports")
    assert text[slice(*found.content[0])] == "to Luk"


def test_attacking_the_net_or_blasting_an_ace_is_play_but_attacking_plans_is_a_view():
    """BBC round 96, a tennis report: "he attacks the net", "blasts an ace", "blasts a
    forehand service return" were listed as positions against someone."""
    a = _analyse(
        "Andy Roddick met Rafael Nadal. Roddick looks sluggish but he attacks the net and is "
        "rewarded. The American blasts an ace to save one. Damien Duff got round Ben Thatcher "
        "and blasted in a shot. Gordon Brown blasted the Tory plans."
    )
    assert _cues(a) == ["blasted"]
    assert _at(a, "blasted").party == "gordon-brown"


def test_claiming_a_draw_a_victory_or_a_break_the_words_say_is_winning_it():
    """BBC round 96 and the sport dev gold: "Roddick claims the vital first break",
    "Portsmouth claimed a draw", "held on to claim a famous victory" were read as claims."""
    a = _analyse(
        "Nadal's drop shot is called out and Andy Roddick claims the vital first break. "
        "Portsmouth claimed a draw at Anfield. Ireland held on to claim a famous victory. "
        "Robert Mugabe claimed victory in the presidential vote."
    )
    assert [c for c in _cues(a) if "claim" in c] == ["claimed"]
    assert _at(a, "claimed").party == "robert-mugabe"


def test_claiming_glory_or_gold_is_winning_it():
    """BBC sport dev gold: "England claim Dubai Sevens glory" was read as England's claim."""
    a = _analyse("Wales claim Sevens glory in Hong Kong. Kelly Holmes claimed gold in Athens.")
    assert [c for c in _cues(a) if "claim" in c] == []


def test_a_work_written_is_no_view_but_what_a_writing_says_is():
    """BBC round 103: "He wrote Ring of Fire with June Carter Cash" was listed as Merle
    Kilgore's statement; "writes that ..." (read as an object) and a written quote still are."""
    a = _analyse(
        "Ring of Fire writer dies\n\nMerle Kilgore has died. He wrote Ring of Fire with June "
        "Carter Cash. Ellen Simonetti wrote an anonymous account of her life in the sky. "
        'Professor John C. Eastman writes that the term "subject to" in the 14th Amendment '
        'requires parents to be citizens. Edge wrote: "Halo is the most important launch game." '
        "Professor Eugene Volokh of UCLA School of Law writes in a Newsweek essay that the term "
        '"natural born citizen" derived from the British "natural born subjects".'
    )
    names = {p.id: p.name for p in a.parties}
    text = a.article.text
    assert [(names[p.party], text[slice(*p.cue)]) for p in a.positions] == [
        ("John C. Eastman", "writes"),
        ("Edge", "wrote"),
        ("Eugene Volokh", "writes"),
    ]


def test_a_written_object_that_opens_the_article_is_read_without_error():
    """Review of 5c0bdb0: "What he wrote was a hit." looked before the first word."""
    for text in ("What he wrote was a hit.", "Which song Kilgore wrote is unclear."):
        assert not _analyse(text).positions


def test_a_film_telling_a_story_is_its_plot_not_a_view():
    a = _analyse(
        "Set in her native Leeds, Gull tells the story of a young father who loses his job. "
        "The director said she was overwhelmed by the award."
    )
    assert "tells" not in _cues(a)
    b = _analyse("The minister told the story of her visit. She told reporters the camp was full.")
    assert "told" in _cues(b)


def test_an_offer_for_a_thing_or_to_a_player_is_a_bid_but_an_offer_to_do_something_proposes():
    a = _analyse(
        "Deutsche Boerse said it may make an offer for the London Stock Exchange. Chelsea "
        "confirmed that Tottenham's offer to the midfielder had been rejected. Phil Redmond "
        "made an offer to buy Channel 4. Vladimir Putin made an offer of talks in Istanbul."
    )
    offers = [c for c in _cues(a) if "offer" in c]
    assert offers == ["made an offer", "made an offer"]
    assert _at(a, "made an offer").party == "phil-redmond"


def test_showing_interest_or_support_tells_how_someone_behaved_not_a_view():
    a = _analyse(
        "Malcolm Glazer showed interest in Manchester United. Brad Hall showed his support for "
        "his wife at the premiere. Hugh Grant showed no interest in the role. Mary Jones "
        "expressed interest in the plan."
    )
    assert _cues(a) == ["expressed interest"]
    assert _at(a, "expressed interest").party == "mary-jones"


def test_a_picture_or_a_transcript_showing_someone_doing_something_is_no_finding():
    a = _analyse(
        "Wendy Smith plays the drums at every game. A video of Wendy Smith shows her flailing "
        "her arms in the air. Teacher Nancy Perry showed him what she described as a picture of "
        "Barack Obama. A Gallup poll showed Joe Biden leading Donald Trump."
    )
    assert [c for c in _cues(a) if c.startswith("show")] == ["showed"]
    assert _at(a, "showed").party == "gallup"


def test_pushing_for_a_title_or_a_nomination_is_competing_but_pushing_for_action_asks():
    a = _analyse(
        "Chelsea will push for the Premiership title. Jo Jorgensen contended for the "
        "Libertarian Party's presidential nomination. Greenpeace will push for action on "
        "climate change. Donald Trump pushed for Amy Barrett's nomination."
    )
    assert [party for party, _, _ in _shown(a)] == ["greenpeace", "donald-trump"]


def test_admitted_to_an_academy_or_a_hospital_is_let_in_but_admitted_to_doping_confesses():
    a = _analyse(
        "John Conway was elected as a Fellow of the Royal Society in 1981 and admitted to the "
        "American Academy of Arts and Sciences in 1992. Lance Armstrong admitted to doping."
    )
    assert [(party, cue) for party, _, cue in _shown(a)] == [("lance-armstrong", "admitted to")]


def test_unveiling_or_setting_out_a_plan_proposes_it_but_unveiling_a_product_does_not():
    a = _analyse(
        "Plans to abolish 162 quangos have been unveiled by the Conservatives. Gordon Brown set "
        "out his aid plans on Monday. Sony unveiled a new PlayStation in Tokyo. Morgan Spurlock "
        "set out to discover the effect of fast food. Tessa Jowell will set out her position "
        "when the Bill is debated."
    )
    assert [(party, stance) for party, stance, _ in _shown(a)] == [
        ("conservatives", "proposes"),
        ("gordon-brown", "proposes"),
    ]
