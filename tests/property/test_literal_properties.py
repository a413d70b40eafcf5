"""Property-based checks of everything that puts outside text on a terminal: the article
pane's literal renderer, the safe-text function of titles, names and messages, and the JSON
and Markdown writers. Random text full of markup-like brackets and every kind of control
character: nothing raises, nothing is read as markup, nothing a terminal acts on survives."""

from __future__ import annotations

import json
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text
from textual.content import Content

from briefing import export
from briefing.analysis.types import Analysis, Article, Sentence, Summary
from briefing.safe_text import is_safe, safe_line, safe_text
from briefing.ui.literal import printable, wrap_lines

# What a terminal acts on (newline and tab aside): C0, DEL, C1, bidi controls, surrogates.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

TOKENS = [
    "[b]", "[/b]", "[/]", "[", "]", "[link=https://e.example]", "[@click=app.quit]", "[red]",
    "\\", "\\[", "$var", "\x1b", "\x1b[31m", "\x1b]52;c;eA==\x07", "\x1b]0;t\x1b\\", "\x07",
    "\x08", "\r", "\n", "\t", "\x00", "\x7f", "\x85", "\x9b", "\x9d", "\u202e", "\u2066",
    "\u2069", "\u200f", "\u2028", "\udce9", "\ud800", "日本", "é", "\ufeff", " ",
]  # fmt: skip
hostile = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.text(max_size=5), st.characters(codec=None)),
    max_size=40,
).map("".join)

CONSOLE = Console(width=80, color_system="truecolor", force_terminal=True, legacy_windows=False)
FAST = settings(max_examples=150, deadline=None)


def _rendered(text: Text) -> str:
    return "".join(segment.text for segment in text.render(CONSOLE))


@FAST
@given(hostile)
def test_printable_keeps_offsets_and_leaves_nothing_unsafe(text):
    shown = printable(text)
    assert len(shown) == len(text)
    assert not UNSAFE.search(shown) and "\t" not in shown
    assert [i for i, c in enumerate(shown) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


@FAST
@given(hostile)
def test_the_article_pane_renders_literally(text):
    shown = printable(text)
    for line in shown.split("\n"):  # as ArticleView renders a screen line
        rendered = _rendered(Text(line, end="", no_wrap=True))
        assert rendered == line  # markup-like text stays text
        rendered.encode("utf-8")  # and the terminal can be sent it


@FAST
@given(hostile, st.integers(min_value=1, max_value=30))
@example("\u2028[b]", 1)  # a zero-width space before a folded word was lost
def test_wrapped_lines_cover_the_text_in_order(text, width):
    shown = printable(text)
    lines = wrap_lines(shown, width)
    assert "".join(shown[s:e] for s, e in lines) == shown.replace("\n", "")
    starts = [s for s, _ in lines]
    assert starts == sorted(starts)


@FAST
@given(hostile)
def test_safe_text_leaves_nothing_a_terminal_acts_on(text):
    safe = safe_text(text)
    assert is_safe(safe) and not UNSAFE.search(safe)
    assert safe_text(safe) == safe  # nothing left to escape
    line = safe_line(text)
    assert not UNSAFE.search(line) and not set(line) & {"\n", "\t", "\r"}
    if not UNSAFE.search(text) and not set(text) & {"\r", "\u2028", "\u2029"}:
        assert safe == text  # safe text is left alone
    safe.encode("utf-8")


@FAST
@given(hostile)
def test_safe_text_is_shown_literally_in_notifications_and_titles(text):
    safe = safe_text(text)
    content = Content(safe)  # what a toast (markup=False) and a pane header hold
    assert content.plain == safe
    rendered = "".join(s.text for s in content.render_segments())
    assert not UNSAFE.search(rendered)


@FAST
@given(hostile, hostile)
def test_export_json_is_valid_utf8_and_safe_to_cat(title, text):
    out = export.dumps({"title": title, "text": text})
    data = out.encode("utf-8")
    assert not UNSAFE.search(out)
    back = json.loads(data)
    assert back == {
        "title": re.sub(r"[\ud800-\udfff]", "\ufffd", title),
        "text": re.sub(r"[\ud800-\udfff]", "\ufffd", text),
    }


@FAST
@given(hostile, hostile)
def test_export_markdown_is_safe(title, source):
    text = "Ministers met on Monday."
    article = Article(text, source, title, notes=(title,))
    summary = Summary("lead", (0,), (1.0,), 1)
    analysis = Analysis(article, "m", (Sentence(0, 0, len(text)),), (), (), (), summary)
    md = export.to_markdown([analysis])
    md.encode("utf-8")
    assert not UNSAFE.search(md)
