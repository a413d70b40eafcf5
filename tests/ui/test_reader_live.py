"""The reader over the real model's analysis of the seed, and through the real service."""

from __future__ import annotations

from pathlib import Path

from builders import app_for, settle

from briefing import cli
from briefing.analysis.types import Party
from briefing.ui.launch import create_app
from briefing.ui.widgets.article_view import ArticleView
from briefing.ui.widgets.parties_pane import PartiesPane, ordered_parties
from briefing.ui.widgets.summary_pane import SummaryPane

SIZE = (120, 36)
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_ba72d959d0682f81.txt"


async def test_n_then_enter_opens_the_party_of_a_real_entity(seed_analysis):
    app = app_for([seed_analysis])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = app.query_one(ArticleView)
        parties = app.query_one(PartiesPane)
        listed = [node.data for node in parties.root.children if isinstance(node.data, Party)]
        with_positions = [
            p for p in ordered_parties(seed_analysis) if seed_analysis.positions_of(p.id)
        ]
        assert listed == with_positions
        await pilot.press("n")
        for _ in range(len(seed_analysis.entities)):
            if view.entity.party is not None:
                break
            await pilot.press("n")
        entity = view.entity
        assert entity.party is not None
        await pilot.press("enter")
        node = parties.cursor_node
        assert app.focused is parties and node.is_expanded
        assert isinstance(node.data, Party) and node.data.id == entity.party


async def test_the_reader_gets_its_analysis_from_the_service(seed_analysis):
    app = create_app([str(SEED)])  # no stand-in: the worker calls briefing.service
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.analysis is not None
        assert app.analysis.entities == seed_analysis.entities
        assert app.query_one(SummaryPane).option_count == seed_analysis.summary.k
        await pilot.press("s")  # the real resummarize in its worker
        await settle(pilot)
        assert app.analysis.summary.algorithm != seed_analysis.summary.algorithm
    from briefing.service import Service

    library = Service().library()  # the default settings' store, which the reader used
    entry = library.get(seed_analysis.article.id)  # the reader keeps what it opened
    assert entry is not None


def test_the_command_reports_unreadable_sources_in_one_line(tmp_path, capsys):
    assert cli.main([str(tmp_path / "nothing.txt")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nothing.txt" in err[0] and "Traceback" not in err[0]


def test_the_command_rejects_an_unknown_algorithm_before_the_reader_opens(capsys):
    assert cli.main([str(SEED), "--algorithm", "nope"]) == 2
    assert "unknown algorithm 'nope'" in capsys.readouterr().err
