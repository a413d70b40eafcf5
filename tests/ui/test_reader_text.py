"""The article text on screen: literal, wrapped with exact offsets, highlighted by label."""

from __future__ import annotations

from builders import app_for, settle, tiny_analysis

from briefing.ui import highlights as hl
from briefing.ui.literal import line_of, printable, wrap_lines
from briefing.ui.widgets.article_view import ArticleView

HOSTILE = (
    "Plain [bold]x[/] and [link=https://evil.example]click[/link] and [red on blue]y[/].\n"
    "An escape \x1b[31mred\x1b[0m, a bell \x07, an OSC \x1b]8;;http://e.example\x1b\\link"
    "\x1b]8;;\x1b\\ and a title \x1b]0;pwned\x07, a C1 \x9b2J, a tab\tand a CR\r.\n"
    "Then Reuters reported it."
)


def test_printable_keeps_length_and_shows_controls():
    shown = printable(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert "␛[31mred␛[0m" in shown and "␇" in shown
    assert "[bold]x[/]" in shown


def test_wrap_lines_cover_the_text_in_order_and_fit():
    text = printable(HOSTILE) + "\n\n" + "a" * 50 + " end"
    for width in (7, 20, 33, 80):
        lines = wrap_lines(text, width)
        assert "".join(text[s:e] for s, e in lines) == text.replace("\n", "")
        assert all(len(text[s:e].rstrip()) <= width for s, e in lines)
        starts = [s for s, _ in lines]
        assert starts == sorted(starts)
        offset = text.index("Reuters")
        assert "Reuters" in text[slice(*lines[line_of(starts, offset)])] or width < 7


def test_wrap_counts_wide_characters_as_two_cells():
    text = "日本語のテキスト" * 3
    lines = wrap_lines(text, 10)
    assert all(len(text[s:e]) <= 5 for s, e in lines)


def test_layer_finds_spans_crossing_a_line():
    layer = hl.Layer([hl.Highlight(0, 100, hl.SUMMARY), hl.Highlight(40, 45, "entity--org")])
    assert [h.component for h in layer.between(50, 60)] == [hl.SUMMARY]
    assert len(layer.between(42, 43)) == 2
    assert layer.between(100, 120) == []


def _screen_text(view: ArticleView) -> tuple[str, list[str]]:
    texts, raw = [], []
    for y in range(view.line_count):
        strip = view._render_text_line(y, view.rich_style)
        raw += [segment.text for segment in strip]
        texts.append(strip.text)
    return "".join(texts), raw


async def test_markup_and_escape_sequences_render_literally():
    analysis = tiny_analysis(HOSTILE, [("Reuters", "ORG")])
    app = app_for([analysis])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        shown, raw = _screen_text(view)
        assert "[bold]x[/]" in shown
        assert "[link=https://evil.example]click[/link]" in shown
        assert "␛[31mred␛[0m" in shown and "␛]0;pwned␇" in shown
        assert not any(c in segment for segment in raw for c in "\x1b\x07\x9b\r\t")
        # the entity still lines up with its offsets after the substitutions
        reuters = analysis.entities[0]
        assert view.text[reuters.start : reuters.end] == "Reuters"


async def test_entity_labels_get_their_own_styles(seed):
    app = app_for([seed])
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        styles = {
            label: view.get_component_rich_style(hl.entity_class(label), partial=True)
            for label in ("PERSON", "ORG", "GPE", "NORP")
        }
        assert all(style.bgcolor is not None for style in styles.values())
        assert len({str(style) for style in styles.values()}) == 4
        # the first line shows "Istanbul" (GPE) in the GPE style
        strip = view._render_text_line(0, view.rich_style)
        istanbul = next(s for s in strip if s.text == "Istanbul")
        assert istanbul.style.bgcolor == styles["GPE"].bgcolor
