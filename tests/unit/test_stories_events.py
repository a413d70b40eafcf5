"""Stories of whole analyses (the real model): reports of one event share a story, and no
other event joins it. Built reports of the 2019 suspension of the UK Parliament, the issue's
example of what held-out articles are judged on, among other news of the same weeks."""

from __future__ import annotations

from briefing.analysis.analyze import analyze_many
from briefing.analysis.stories import stories
from briefing.analysis.types import Article

REPORTS = [
    (
        "2019-08-28",
        "Queen approves suspension of UK Parliament",
        "Queen Elizabeth II on Wednesday approved a request from Prime Minister Boris "
        "Johnson to suspend Parliament from mid-September until October 14. Opposition "
        "leader Jeremy Corbyn called the move an outrage and a threat to democracy. Speaker "
        "John Bercow said it was a constitutional outrage meant to stop MPs debating Brexit. "
        "The government said the suspension would allow it to set out a new legislative "
        "agenda in a Queen's Speech.",
    ),
    (
        "2019-08-31",
        "Protesters rally across UK against suspension of Parliament",
        "Thousands of people protested in London, Manchester and Edinburgh on Saturday "
        "against Prime Minister Boris Johnson's decision to suspend Parliament. Protesters "
        "chanted outside Downing Street and accused the government of a coup. Labour leader "
        "Jeremy Corbyn said the suspension was an attack on democracy. Organisers said more "
        "protests would follow before Parliament is suspended next month.",
    ),
    (
        "2019-09-11",
        "Scottish court rules suspension of UK Parliament unlawful",
        "Scotland's highest civil court ruled on Wednesday that Prime Minister Boris "
        "Johnson's suspension of Parliament was unlawful. Three judges of the Court of "
        "Session said the suspension was intended to stop Parliament holding the government "
        "to account over Brexit. The government said it would appeal to the Supreme Court. "
        "MPs who brought the case called on Johnson to recall Parliament immediately.",
    ),
    (
        "2019-09-24",
        "UK Supreme Court rules Parliament suspension unlawful",
        "The Supreme Court of the United Kingdom ruled on Tuesday that Prime Minister Boris "
        "Johnson's suspension of Parliament was unlawful. Court president Lady Hale said the "
        "decision to advise the Queen to suspend Parliament had the effect of frustrating "
        "its ability to carry out its functions. Speaker John Bercow said the House of "
        "Commons would sit again on Wednesday. Opposition leader Jeremy Corbyn called on "
        "Johnson to resign.",
    ),
    (
        "2019-07-24",
        "Boris Johnson becomes UK Prime Minister",
        "Boris Johnson became Prime Minister of the United Kingdom on Wednesday after "
        "Theresa May resigned. Johnson promised to take the UK out of the European Union by "
        "October 31 with or without a deal. Labour leader Jeremy Corbyn said Johnson had no "
        "mandate and called for a general election.",
    ),
    (
        "2019-09-24",
        "US House opens impeachment inquiry into Trump",
        "Speaker of the US House of Representatives Nancy Pelosi announced on Tuesday a "
        "formal impeachment inquiry into President Donald Trump. Pelosi said the president "
        "had betrayed his oath of office by asking Ukraine to investigate a political rival. "
        "Trump called the inquiry a witch hunt.",
    ),
    (
        "2019-09-02",
        "Hurricane Dorian hits the Bahamas",
        "Hurricane Dorian struck the Bahamas on Sunday as a Category 5 storm, with winds of "
        "185 mph. Bahamas Prime Minister Hubert Minnis said it was the saddest day of his "
        "life. Forecasters warned of a life-threatening storm surge.",
    ),
    (
        "2019-09-10",
        "UK Parliament rejects early election as suspension begins",
        "MPs on Monday night again rejected Prime Minister Boris Johnson's call for an early "
        "general election, hours before Parliament was suspended. Opposition parties said "
        "they would not back an election until a law blocking a no-deal Brexit took effect. "
        "Speaker John Bercow announced he would stand down.",
    ),
]
"""(date, title, text): 0 to 3 and 7 are the suspension, 4 to 6 other news."""


def test_reports_of_a_parliaments_suspension_share_a_story_and_nothing_else_joins():
    articles = [
        Article(f"{title}\n\n{text}", f"{i}.txt", title=title, date=day)
        for i, (day, title, text) in enumerate(REPORTS)
    ]
    found = stories(analyze_many(articles))
    index = {a.id: i for i, a in enumerate(articles)}
    groups = sorted(sorted(index[a] for a in s.articles) for s in found)
    assert groups == [[0, 1, 2, 3, 7], [4], [5], [6]]
    assert "suspension" in found[0].label.split(", ")
