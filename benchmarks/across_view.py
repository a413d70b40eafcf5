"""How long ``P`` and ``c`` take to open over 300 articles already analysed (as from the cache).

    python benchmarks/across_view.py

The 263 Wikinews dev articles and the first 37 again under other names (300 in all) are
analysed once (pickled under /tmp), then served to the reader as its analyses; the time is
from the key press to the screen being shown, cross-article parties and stories computed in
the worker from ``Analysis`` objects only (no spaCy ``Doc`` is held): ahead, once the last
analysis has arrived (the reader's way), and after the key (the reader's way when the key
comes first).
"""

from __future__ import annotations

import asyncio
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._data import wikinews  # noqa: E402
from briefing.analysis.types import Analysis, Article  # noqa: E402

CACHE = Path("/tmp/briefing-bench-across-view.pickle")


def analyses() -> list[Analysis]:
    if CACHE.exists():
        return pickle.loads(CACHE.read_bytes())
    from briefing.analysis.analyze import analyze_many
    from briefing.analysis.options import Options

    rows = wikinews()
    rows = rows + [{**r, "text": r["text"] + "\n(Repeated.)"} for r in rows[: 300 - len(rows)]]
    articles = [
        Article(r["text"], f"wikinews-{i}.txt", title=r["title"], date=r["date"])
        for i, r in enumerate(rows)
    ]
    found = list(analyze_many(articles, Options()))
    CACHE.write_bytes(pickle.dumps(found))
    return found


async def opening(key: str, screen: str, given: list[Analysis], ahead: bool = True) -> float:
    """Seconds from ``key`` to ``screen``; without ``ahead``, the reader does not compute
    the view before the key (as when the key comes before the last analysis has)."""
    from briefing.ui.launch import create_app

    by_id = {a.article.id: a for a in given}
    app = create_app(
        articles=[a.article for a in given],
        analyse=lambda articles, _options: [by_id[a.id] for a in articles],
    )
    if not ahead:
        app.across.warm = lambda: None
    async with app.run_test(size=(120, 36)) as pilot:
        while len(app.analyses) < len(given):
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        start = time.perf_counter()
        await pilot.press(key)
        while type(app.screen).__name__ != screen:
            await pilot.pause(0.01)
        return time.perf_counter() - start


def main() -> None:
    given = analyses()
    print(f"{len(given)} articles analysed")
    for key, screen in (("P", "AcrossScreen"), ("c", "StoryScreen")):
        for ahead in (True, False):
            took = asyncio.run(opening(key, screen, given, ahead))
            how = "computed ahead" if ahead else "computed after the key"
            print(f"{key}: {screen} shown {took:.2f} s after the key ({how})")


if __name__ == "__main__":
    main()
