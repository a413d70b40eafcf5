"""Offices and party titles that name a person the article names otherwise: "the prime
minister" in lower case, "says PM" in a headline, "The Tory leader" after "Tory leader Michael
Howard" (issue 10: one actor, one party). Built texts, the real English model."""

from __future__ import annotations

import pytest

from tests.reading import analyse, at, holders, party


def test_the_office_in_lower_case_or_short_in_a_headline_is_the_leads_person():
    # the parser reads "prime" in lower case as an adjective; the model tags "PM" a body
    a = analyse(
        "School sport is back, says PM\n\nTony Blair has promised that sport is back.\n\n"
        "The prime minister launched a new initiative for schools."
    )
    assert holders(a, "says") == ["Tony Blair"]
    assert holders(a, "launched a new initiative") == ["Tony Blair"]
    assert [p.name for p in a.parties] == ["Tony Blair"]


def test_a_partys_leader_named_so_is_the_person_named_with_that_title_not_another_partys():
    a = analyse(
        "Tory leader Michael Howard spoke in Leeds. The Tory leader said the plan was wrong. "
        "Liberal Democrat leader Charles Kennedy spoke too. The Liberal Democrat leader said "
        "taxes would rise. The Labour leader said little had changed."
    )
    assert holders(a, "said") == ["Michael Howard", "Charles Kennedy", "Labour"]


def test_an_office_named_long_before_is_still_its_one_holder():
    """BBC politics: "Prime Minister Tony Blair" in the third paragraph, "The prime minister
    said" thirteen sentences on went to a party called "prime minister"."""
    filler = " ".join(f"The regiment number {n} was founded long ago." for n in range(14))
    a = analyse(
        "The plan must be approved by Defence Secretary Geoff Hoon and Prime Minister Tony "
        f"Blair. {filler} The prime minister said he hoped the worries would be heard."
    )
    assert holders(a, "said") == ["Tony Blair"]


def test_a_role_qualified_as_its_one_holder_was_is_that_person_however_far_back():
    """BBC politics: "Lib Dem spokesman Vince Cable said", then twenty sentences on "the Lib
    Dem spokesman questioned ... He urged the government": both went to Gordon Brown, named
    last. Another party's spokesman is not Cable: before, "The Labour spokesman said" was
    his too (the role's holder within twelve sentences)."""
    filler = " ".join(f"Mr Brown set aside fund number {n} for schools." for n in range(14))
    a = analyse(
        "Lib Dem spokesman Vince Cable said the tax was unfair. Chancellor Gordon Brown "
        f"spoke in the Commons. {filler} The Lib Dem spokesman said the money came from "
        "cuts. He urged the government to scrap the tax. The Labour spokesman said the "
        "figures were wrong."
    )
    assert holders(a, "said") == ["Vince Cable", "Vince Cable", "Labour"]
    assert holders(a, "urged") == ["Vince Cable"]
    near = analyse(
        "Lib Dem spokesman Vince Cable said the tax was unfair. The Labour spokesman said "
        "the figures were wrong. The Lib Dem spokesman said the money came from cuts."
    )
    assert holders(near, "said") == ["Vince Cable", "Labour", "Vince Cable"]


def test_an_office_nobody_is_named_with_is_named_without_the_time_it_spoke():
    """BBC politics: "The prime minister on Sunday said", in an article naming nobody prime
    minister, listed a party "Prime minister on Sunday"."""
    a = analyse(
        "Home Secretary Charles Clarke wants a points system for migrants. The prime minister "
        'on Sunday said immigration would be "toughened up".'
    )
    assert [p.name for p in a.parties if p.id == at(a, "said").party] == ["Prime minister"]


def test_a_headline_says_the_name_after_its_verb_not_the_place_before():
    """BBC politics: "UK heading wrong way, says Howard" was the United Kingdom's position with
    no content (the tagger marked "UK" a source, and the model ran the headline's blank line
    into the name); "No election TV debate, says Blair" was nobody's."""
    text = (
        "UK heading wrong way, says Howard\n\nTony Blair has failed, the Tory leader Michael "
        "Howard has said."
    )
    a = analyse(text)
    says = at(a, "says")
    assert party(a, says.party).name == "Michael Howard"
    assert [text[s:e] for s, e in says.content] == ["UK heading wrong way"]
    b = analyse("No election TV debate, says Blair\n\nTony Blair has said he will not debate.")
    assert holders(b, "says") == ["Tony Blair"]


def test_the_lead_holds_one_office_and_a_lead_of_two_holds_none():
    """BBC politics: "Brown outlines ... The chancellor has planned ... The premier insisted
    Mr Brown will have a key role" gave Brown the premier's words; "Brown and Blair face new
    rift claims ... the prime minister insisted" gave them to Brown too."""
    a = analyse(
        "Brown outlines his vision\n\nGordon Brown has outlined the themes of the campaign. "
        "The chancellor has planned the strategy before. The premier insisted Mr Brown "
        "will have a key role in the campaign."
    )
    assert holders(a, "has planned") == ["Gordon Brown"]
    assert "Gordon Brown" not in holders(a, "insisted")
    a = analyse(
        "Brown and Blair face new rift claims\n\nTony Blair and Gordon Brown are said to "
        "have declared war on each other. The prime minister insisted he had been involved."
    )
    assert "Gordon Brown" not in holders(a, "insisted")


def test_the_spokesman_of_an_office_nobody_is_named_with_speaks_for_the_office():
    """BBC politics: "The prime minister's official spokesman said the Cabinet was still
    used" was nobody's when the article never names the prime minister."""
    a = analyse(
        "Lord Butler attacked the style of government. The prime minister's official "
        "spokesman said the Cabinet was still used to reach a consensus."
    )
    assert holders(a, "said") == ["Prime minister"]


def test_a_day_or_a_place_before_a_name_is_no_role_that_keeps_the_lead_from_an_office():
    """BBC politics: "on Wednesday Mr Blair" gave Blair the role "wednesday", so "The prime
    minister" was nobody and "He is saying" after it went to Brown, named between."""
    a = analyse(
        "Tony Blair says his party's next manifesto will be New Labour.\n\nThe prime minister "
        "is trying to draw a line under speculation over the state of his relationship with "
        "Gordon Brown with the speech in Chatham, Kent. He is saying that prosperity means "
        "wealth for all. On Wednesday Mr Blair directly denied Mr Brown made that quote."
    )
    assert holders(a, "is saying") == ["Tony Blair"]


def test_a_hyphenated_vice_president_is_no_president():
    """Wikinews: "Nickey Iyambo, the first vice-president of Namibia" (split in three by the
    tokenizer) was named "president", so "The president said" was Iyambo, who had died."""
    a = analyse(
        "Nickey Iyambo, the first vice-president of Namibia, died on Sunday. He was 82 years "
        "old. The president said the nation had lost a hero."
    )
    assert "Nickey Iyambo" not in holders(a, "said")


def test_a_name_set_off_after_a_role_of_a_place_is_a_person_whatever_the_model_tagged():
    """Wikinews: "The current president of Namibia, Hage Geingob, expressed" with Geingob
    tagged an organisation went to the vice-president named before."""
    a = analyse(
        "Nickey Iyambo, the first vice-president of Namibia, died on Sunday.\n\nThe current "
        "president of Namibia, Hage Geingob, expressed his sadness at Iyambo's death."
    )
    assert holders(a, "expressed") == ["Hage Geingob"]
    assert party(a, at(a, "expressed").party).kind == "PERSON"


def test_the_prime_ministers_spokesman_speaks_for_the_office_the_article_names():
    """BBC politics: "Downing Street has confirmed ... Prime Minister Tony Blair's official
    spokesman said" gave the spokesman's words to Blair; annotators hold them Downing
    Street's (the party "Downing Street" stands for)."""
    a = analyse(
        "Downing Street has confirmed British troops are on standby in Ivory Coast. Prime "
        "Minister Tony Blair's official spokesman said: \"We are making the usual contingency "
        'plans." A spokesman for the Tories said they backed the plans.'
    )
    assert at(a, "said").party == at(a, "has confirmed").party != party(a, "tony-blair").id


def test_a_hyphenated_role_the_parser_split_is_the_person_named_with_it():
    """BBC politics: "The Tory co-chairman attacked ... and said", split in three by the
    tokenizer with "-" made the subject and "The" hung on "co", found no one."""
    a = analyse(
        "Tory co-chairman Liam Fox spoke in London. The Tory co-chairman attacked Labour's six "
        'new pledges as "vacuous" and said Mr Blair was very worried voters would take revenge.'
    )
    assert holders(a, "attacked") == holders(a, "said") == ["Liam Fox"]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (  # BBC business: went to a person "Humanitarian Aid Commissioner", the model
            # tagging "Humanitarian Aid" a person's name
            "Aid is on its way. The EU's Humanitarian Aid Commissioner, Louis Michel, was "
            "quoted as saying that it was key to bring aid quickly.",
            "quoted as saying",
            ["Louis Michel"],
        ),
        (  # BBC politics: the chairman's words went to the Tory leader, as "he said" would
            "Party leader Michael Howard said the new role would replace police authorities. "
            "Responding to the plans, the chairman of the Police Federation, which represents "
            "officers, said it was essential independence was retained.",
            "said",
            ["Michael Howard"],  # his own words only
        ),
    ],
)
def test_a_role_beside_a_name_or_of_a_body_is_not_the_person_named_last(text, cue, expected):
    assert holders(analyse(text), cue) == expected


def test_our_correspondent_is_the_papers_correspondent_named_before():
    a = analyse(
        "The unions will strike next month, said BBC transport correspondent Jane Hollis. "
        "This would allow weeks of talks to follow, said our correspondent. Ministers see "
        "a strike as the less painful option, our correspondent added."
    )
    assert holders(a, "said") == ["Jane Hollis", "Jane Hollis"]
    assert holders(a, "added") == ["Jane Hollis"]
