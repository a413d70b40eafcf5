"""Which sentences are prose: datelines, bylines, captions, legends and lists are not."""

from __future__ import annotations

import unicodedata

import pytest

from briefing.analysis.analyze import analyze
from briefing.analysis.prose import _SYMBOLS, _symbol_share, is_prose
from briefing.analysis.types import Article


def prose(sentence: str, text: str | None = None) -> bool:
    """``is_prose`` of ``sentence`` standing in ``text`` (default: alone)."""
    text = sentence if text is None else text
    start = text.index(sentence)
    n_words = sum(any(c.isalnum() for c in w) for w in sentence.split())
    return is_prose(text, start, start + len(sentence), n_words)


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, October 15, 2019",
        "Friday, January 4, 2019\xa0",
        "15 October 2019",
        "██ Conservative Party - 365 seats",
        "■ Territory controlled by the government forces in the north",
        "Protesters at the march. Image: Andrew Gray.",
        "Sirhan in 1969 (Image: CDCR)",
        "By Jane Smith and John Doe",
        "By . Daily Mail Reporter .",
        "PUBLISHED: 08:27 EST, 2 January 2014",
        "—Natasha Gownaris, biologist",
        "– United States District Judge Victor Marrero",
        "Sources",
        "Related news",
        "Yes.",
        "Council votes today.",
        "Marketing stand for the movie UglyDolls",
    ],
)
def test_lines_that_are_not_prose(line):
    assert not prose(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted on Tuesday to cut the library budget by a third.",
        "By the end of the week he had quit.",
        "By Monday, India was in full-scale crisis mode and the markets had fallen.",
        "Related talks are planned for next week in Geneva.",
        "The vote took place on Tuesday, October 15, 2019, after a long debate.",
        '"We will not give up," she said.',
        "Temperatures reached 40°C in the shade, the highest since 1976.",
        # A lede that lost its full stop (BBC ledes do) is still prose when it is long.
        "The US trade deficit widened by more than expected in October, hitting record "
        "levels after higher oil prices raised import costs, figures have shown",
        "Москва объявила о новых мерах поддержки экономики страны.",
    ],
)
def test_prose_stays_prose(sentence):
    assert prose(sentence)


def test_a_short_line_without_a_full_stop_is_a_label_only_when_alone_on_its_line():
    label = "Dozens and dozens of dice"
    assert not prose(label, f"The fair opened.\n{label}\nIt closed at six.")
    assert prose(label, f"The fair opened and {label}")


def test_every_sentence_of_a_caption_line_is_a_caption():
    caption = "Protesters at the meeting."
    text = f"The council met.\n{caption} Image: Jane Smith.\nThe vote was close tonight."
    assert not prose(caption, text)
    long_line = "The council met on Tuesday to discuss the budget for next year. " * 5
    assert prose(caption, f"{long_line}{caption} Image: Jane Smith.")


def test_sentences_of_marks_the_dateline_and_the_legend():
    text = (
        "Tuesday, October 15, 2019\n\n"
        "The Conservative Party won a majority of 80 seats in the general election on "
        "Thursday, the electoral commission said.\n\n"
        "██ Conservative Party - 365 seats\n\n"
        "Turnout was 67 per cent, slightly lower than at the previous election two years ago."
    )
    analysis = analyze(Article(text, "test"))
    flags = {text[s.start : s.end].split("\n")[0]: s.prose for s in analysis.sentences}
    assert flags["Tuesday, October 15, 2019"] is False
    assert flags["██ Conservative Party - 365 seats"] is False
    assert sum(flags.values()) == 2
    top = analysis.summary.ranking[:2]
    assert all(analysis.sentences[i].prose for i in top)


def test_scroll_down_for_video_set_into_the_text_is_a_sentence_of_its_own_not_prose():
    text = (
        "He accused Ed Miliband of having some brass neck, adding: 'Don't you dare lecture "
        "us.' Scroll down for video The Prime Minister, delivering a speech in Bedford today, "
        "said Labour had left millions of people trapped on welfare."
    )
    analysis = analyze(Article(text, "test"))
    starts = [text[s.start : s.end] for s in analysis.sentences]
    assert "Scroll down for video" in starts
    assert any(s.startswith("The Prime Minister") for s in starts)
    assert not next(s for s in analysis.sentences if text[s.start :].startswith("Scroll")).prose


def test_a_caption_set_into_the_text_without_a_full_stop_starts_a_sentence_of_its_own():
    text = (
        "Karo is now suing the actress for $5,000 In her lawsuit, Karo states that they were "
        "friends. The film starred in The Dark Knight and the On the Mat studio. It has H and "
        "He in it."
    )
    analysis = analyze(Article(text, "test"))
    starts = [text[s.start : s.end] for s in analysis.sentences]
    assert any(s.startswith("In her lawsuit") for s in starts)
    assert not any(s.startswith(("The Dark", "On the", "He in")) for s in starts)


def test_a_quote_mark_closing_a_paragraph_ends_its_sentence_not_starts_the_next():
    text = (
        'Artist row\n\nMs James told the radio: "Free expression is vital. You need distance '
        "from government.\"\n\nBut she said the reports were inaccurate. He said 'no.' "
        "'Mom, if I can't go I will stay,' she wrote."
    )
    analysis = analyze(Article(text, "test"))
    sentences = [text[s.start : s.end].strip() for s in analysis.sentences]
    assert 'You need distance from government."' in sentences
    assert "But she said the reports were inaccurate." in sentences
    assert all(any(c.isalpha() for c in s) for s in sentences)
    assert sentences[-1].startswith("'Mom")


def test_a_quoted_paragraph_does_not_keep_the_next_one_from_its_speaker():
    text = (
        "Arts row\n\nShani Rhys James is worried about the council. Culture Minister Alun Pugh "
        "said it would be crass. Ms James told BBC Radio "
        'Wales: "It\'s quite dangerous when you involve politicians. "Free expression is '
        'vital in a democratic society. You need distance, you do not need government."\n\n'
        "But she said reports that she had likened the government to regimes were wrong."
    )
    analysis = analyze(Article(text, "test"))
    names = {p.id: p.name for p in analysis.parties}
    said = [p for p in analysis.positions if text[p.cue[0] : p.cue[1]] == "said"]
    assert [names[p.party] for p in said] == ["Alun Pugh", "Shani Rhys James"]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5% to 20°C in a week.",
        "x + y = z | a ~ b ^ c `d`",
        "Shares ↑ 3%, oil ↓ → see ★ chart ✓ 😀",
        "Non-breaking\u00a0space\u3000and\u2028line — “quoted” €100",
        " \n\t ",
        "",
    ],
)
def test_the_share_of_symbols_counts_every_visible_character_by_its_category(text):
    visible = [c for c in text if not c.isspace()]
    odd = [c for c in visible if unicodedata.category(c) in _SYMBOLS and c not in "°%"]
    assert _symbol_share(text) == (len(odd) / len(visible) if visible else 1.0)
