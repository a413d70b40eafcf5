"""A story's label: its shared parties' names and its words as the titles write them."""

from __future__ import annotations

from test_across import _analysis

from briefing.analysis.stories import stories

LEAD = "Lawyers for the two detainees held at Guantanamo Bay said on {} that {}."
TITLES = ["Guantanamo pair's passports withdrawn", "Guantanamo detainees questioned"]


def test_a_storys_words_keep_the_capitals_its_titles_give_them():
    monday = LEAD.format("Monday", "passports were withdrawn")
    tuesday = LEAD.format("Tuesday", "police had come")
    (story,) = stories(
        [
            _analysis(monday, [], date="2005-01-21", title=TITLES[0]),
            _analysis(tuesday, [], date="2005-01-22", title=TITLES[1]),
        ]
    )
    words = story.label.split(", ")
    assert "Guantanamo" in words and "guantanamo" not in words
    assert "detainees" in words  # as the titles write it


def test_a_label_does_not_repeat_the_words_of_a_party_it_names():
    lib_dems = ("liberal-democrats", "Liberal Democrats", "ORG", ("Lib Dems",), None)
    texts = [
        f"The Lib Dems set out their {w} plans, Lib Dems leaders said." for w in ("tax", "pension")
    ]
    (story,) = stories(
        [_analysis(t, [lib_dems], date="2005-02-01", title="Lib Dems plans") for t in texts]
    )
    assert story.label.startswith("Liberal Democrats, ")
    assert not {"lib", "dems"} & set(story.label.lower().split(", "))


def test_a_label_says_what_happened_not_the_titles_of_those_it_happened_to():
    lead = "Prime Minister Anna Berg said on {} that the Prime Minister's budget would pass."
    (story,) = stories(
        [
            _analysis(lead.format(day), [], date=f"2005-03-0{n}", title="Budget vote")
            for n, day in ((1, "Monday"), (2, "Tuesday"))
        ]
    )
    assert not {"prime", "minister"} & set(story.label.lower().split(", "))
    assert "budget" in story.label.lower().replace(",", "").split()


def test_words_the_titles_write_side_by_side_are_one_name_in_the_label():
    lead = "Thousands marched in {} on {} against the extradition bill, organisers said."
    titles = ["Hong Kong protesters surround police complex", "Protests continue in Hong Kong"]
    (story,) = stories(
        [
            _analysis(lead.format("Hong Kong", day), [], date=f"2019-06-2{n}", title=title)
            for n, (day, title) in enumerate(zip(("Monday", "Tuesday"), titles, strict=True))
        ]
    )
    words = story.label.split(", ")
    assert "Hong Kong" in words
    assert not {"Hong", "Kong"} & set(words)


def test_a_label_names_no_month_and_no_preposition():
    lead = "Parliament was suspended in September. It came in September following a request."
    titles = ["Suspension of Parliament in September", "Parliament suspension following request"]
    (story,) = stories(
        [_analysis(lead, [], date=f"2019-09-1{n}", title=t) for n, t in enumerate(titles)]
    )
    words = set(story.label.lower().replace(",", "").split())
    assert {"parliament", "suspension"} <= words
    assert not {"september", "following"} & words
