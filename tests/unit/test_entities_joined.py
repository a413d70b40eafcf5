"""Names the English model runs together or cuts apart, put right before parties are made
(issue 10): a surname run into a party's name, a nickname in quotes, a list of bodies read as
one, a name cut at its particles, a caption's word run into a name. One built sentence each,
real English model."""

from __future__ import annotations

from tests.reading import analyse as _analyse
from tests.reading import at as _at
from tests.reading import party as _party


def test_a_surname_run_into_a_partys_name_is_the_person_and_the_party():
    a = _analyse(
        "Blair Labour's longest-serving PM\n\nTony Blair has become the Labour Party's "
        "longest-serving prime minister. Former Labour leader Lord Kinnock praised him. When "
        'asked about the future, he told ITV Wales: "That contest is a long way away." Gordon '
        'Brown spoke. Laying into the Conservative\'s record he said: "I give you this promise."'
    )
    assert "Blair Labour" not in {p.name for p in a.parties}
    assert _party(a, _at(a, "told").party).name == "Kinnock"
    assert _party(a, _at(a, "said").party).name == "Gordon Brown"


def test_a_nickname_in_quotes_is_inside_the_persons_name():
    """BBC entertainment: 'Antonio "LA" Reid' was tagged "Antonio", "LA" (a place) and
    "Reid", and his words went to a party "Reid" that no reader would know for him."""
    a = _analyse(
        'Antonio "LA" Reid, chairman of The Island Def Jam Music Group, said: "I can think of '
        'no-one better." Earvin "Magic" Johnson said he agreed.'
    )
    assert _party(a, _at(a, "said").party).name == 'Antonio "LA" Reid'


def test_a_name_cut_at_its_particles_is_one_person():
    """Issue 10 ("Ursula von der"), BBC entertainment ("Festival director Sandra den Hamer"
    said, held by "Hamer"), BBC business ("Walter van der Vijver", tagged "Walter van" and a
    product "Vijver")."""
    a = _analyse(
        "Commission president Ursula von der Leyen said the plan was ready. Festival director "
        'Sandra den Hamer told reporters: "The festival reflects what is happening." Production '
        "chief Walter van der Vijver has denied the claims."
    )
    assert _party(a, _at(a, "said").party).name == "Ursula von der Leyen"
    assert _party(a, _at(a, "told").party).name == "Sandra den Hamer"
    assert _party(a, _at(a, "has denied").party).name == "Walter van der Vijver"


def test_a_list_of_bodies_run_together_is_each_body_but_a_name_with_a_list_in_it_is_one():
    """BBC business (rounds 126 and before): "the Council of Mortgage Lenders, British Bankers
    Association and Building Societies Association all said" was one organisation."""
    a = _analyse(
        "On Monday, the Council of Mortgage Lenders, British Bankers Association and Building "
        "Societies Association all said mortgage lending was slowing. A spokesman for the "
        "Department for Culture, Media and Sport told reporters there were no plans to sell."
    )
    text = a.article.text
    said = [_party(a, p.party).name for p in a.positions if text[slice(*p.cue)] == "said"]
    assert said == [
        "Council of Mortgage Lenders",
        "British Bankers Association",
        "Building Societies Association",
    ]
    assert [_party(a, _at(a, "told").party).name] == ["Department for Culture, Media and Sport"]


def test_a_double_barrelled_surname_cut_at_its_hyphen_is_one_person():
    """BBC technology: "said Professor Nadia Magnenat-Thalman of ..." was tagged "Nadia
    Magnenat", and "Thalman", untagged, was added as a speaker of its own over the joined
    name; "she said" after it went to "Nadia Magnenat"."""
    a = _analyse(
        '"The software is new," said Professor Nadia Magnenat-Thalman of the research group '
        'MiraLab. "It runs in real time," she said.'
    )
    assert {p.name for p in a.parties if p.kind == "PERSON"} == {"Nadia Magnenat-Thalman"}
    assert {_party(a, p.party).name for p in a.positions} == {"Nadia Magnenat-Thalman"}


def test_a_double_barrelled_surname_left_untagged_is_the_person_named_in_full():
    """BBC sport: "Henin-Hardenne was speaking after ..." (untagged) was read as a person
    "Hardenne" of her own, who took "she said" from Justine Henin-Hardenne."""
    a = _analyse(
        "Justine Henin-Hardenne lost to Nathalie Dechy on Saturday. Henin-Hardenne was "
        'speaking after a three-set defeat by Elena Dementieva. "I have to be positive," '
        "she said."
    )
    assert "Hardenne" not in {p.name for p in a.parties}
    assert _party(a, _at(a, "said").party).name == "Justine Henin-Hardenne"


def test_a_word_opening_a_caption_or_sentence_is_no_part_of_the_name_after_it():
    """CNN/Daily Mail: "Shocked Terry Cooper, 79," and "Shocked: Pensioner Terry Cooper said"
    were two people, neither Terry Cooper."""
    a = _analyse(
        "Shocked Terry Cooper, 79, was enjoying the sunshine. Shocked: Pensioner Terry Cooper "
        "said the badger burst through a hedge."
    )
    assert [p.name for p in a.parties if p.kind == "PERSON"] == ["Terry Cooper"]


def test_a_describing_noun_the_model_tagged_with_the_name_after_it_is_no_part_of_it():
    """CNN/Daily Mail: "Her own biggest fan: Founder Yen Reis, pictured, says" listed
    "Founder Yen Reis" beside "Yen Reis"."""
    a = _analyse(
        "Yen Reis runs a clinic in Manhattan. Her own biggest fan: Founder Yen Reis, "
        "pictured, says she uses the treatment every week."
    )
    assert [p.name for p in a.parties if p.kind == "PERSON"] == ["Yen Reis"]


def test_a_body_noun_opening_a_sentence_before_a_name_stays_with_the_person():
    """BBC entertainment: "Broadcaster Chris Evans has begun selling" became an organisation
    when the rule above left "Broadcaster" out (a firm's noun before a name makes a firm)."""
    a = _analyse(
        'Broadcaster Chris Evans has begun selling his possessions. Evans said: "I just want '
        'to get rid of it all."'
    )
    assert [(p.name, p.kind) for p in a.parties] == [("Chris Evans", "PERSON")]


def test_a_feeling_opening_a_headline_is_no_part_of_the_name_after_it():
    """BBC sport: "Angry Williams rejects criticism" listed "Angry Williams" beside Serena
    Williams."""
    a = _analyse(
        "Angry Williams rejects criticism\n\nSerena Williams has angrily rejected criticism of "
        "her fitness."
    )
    assert [p.name for p in a.parties if p.kind == "PERSON"] == ["Serena Williams"]


def test_a_name_run_on_over_a_headlines_verb_is_the_words_before_it():
    """BBC sport: "O'Connell rejects Lions rumours" was tagged "O'Connell rejects Lions", a
    party of its own that held the headline's rejection."""
    a = _analyse(
        "O'Connell rejects Lions rumours\n\nIreland lock Paul O'Connell has said he is not "
        "thinking about a place on the tour."
    )
    assert not any("rejects" in p.name for p in a.parties)
    assert _party(a, _at(a, "rejects").party).name == "Paul O'Connell"


def test_a_trade_run_into_a_full_name_anywhere_is_no_part_of_it():
    """Wikinews and BBC: "Immunologist Kristian Andersen", "Ecologist Ryan Norris",
    "Backbencher Stephen Pound" were listed so, the trade taken for part of the name."""
    a = _analyse(
        "The virus was not made in a lab, said Immunologist Kristian Andersen of Scripps "
        "Research. Ecologist Ryan Norris of the University of Guelph said the birds were "
        "declining. The immunologist added that the evidence was clear."
    )
    assert sorted(p.name for p in a.parties if p.kind == "PERSON") == [
        "Kristian Andersen",
        "Ryan Norris",
    ]
    assert _party(a, _at(a, "added").party).name == "Kristian Andersen"


def test_a_demonym_after_a_doers_word_is_no_first_name():
    """BBC technology: "Fraunhofer German-Sino Lab" is a lab's name, not a "Fraunhofer"
    before a person named "German"."""
    a = _analyse("Fraunhofer German-Sino Lab said the chip was ready.")
    assert _party(a, _at(a, "said").party).name == "Fraunhofer German-Sino Lab"


def test_a_teams_star_tagged_with_the_team_is_the_player_alone():
    """BBC sport: "Barcelona star Ronaldinho" was one organisation that held his words."""
    a = _analyse("Barcelona star Ronaldinho said he was happy at the club.")
    player = _party(a, _at(a, "said").party)
    assert (player.name, player.kind) == ("Ronaldinho", "PERSON")
