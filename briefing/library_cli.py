"""The library commands (DESIGN §5): ``briefing feeds add|remove|list|import`` and
``briefing refresh``. Headless and scriptable: results on stdout, one line per problem on
stderr naming the input and the reason, exit status 1 when something failed.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from collections.abc import Sequence

from briefing.cli_common import (
    EXIT_INPUT,
    Parser,
    add_store_options,
    say,
    settings_from,
    write_stdout,
)
from briefing.config import Fetching
from briefing.safe_text import safe_line
from briefing.sources.errors import SourceError


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="briefing", description="Feed subscriptions and refresh.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    feeds = commands.add_parser("feeds", help="feed subscriptions")
    actions = feeds.add_subparsers(dest="action", required=True, parser_class=Parser)
    add = actions.add_parser("add", help="subscribe to feeds (each must answer as a feed)")
    add.add_argument("urls", nargs="+", metavar="URL")
    remove = actions.add_parser("remove", help="unsubscribe (their articles stay)")
    remove.add_argument("urls", nargs="+", metavar="URL")
    actions.add_parser("list", help="URL, title, articles, last refresh and its result")
    imported = actions.add_parser("import", help="every feed of an OPML or newsboat urls file")
    imported.add_argument("file", metavar="FILE")
    commands.add_parser("refresh", help="fetch every subscribed feed into the library")
    for sub in (add, remove, actions.choices["list"], imported, commands.choices["refresh"]):
        add_store_options(sub)
    return parser


def main(argv: Sequence[str]) -> int:
    """``briefing feeds ...`` or ``briefing refresh ...``; the exit status."""
    args = _parser().parse_args(argv)
    settings = settings_from(args)
    from briefing.store import Store, StoreError

    try:
        store = Store.open(settings.directory())
    except StoreError as exc:
        say(str(exc))
        return EXIT_INPUT
    for note in store.notes:
        say(note)
    try:
        with store:
            if args.command == "refresh":
                return _refresh(store, settings.fetching)
            if args.action == "add":
                return _add(store, args.urls, settings.fetching)
            if args.action == "remove":
                return _remove(store, args.urls)
            if args.action == "import":
                return _import(store, args.file)
            return _list(store)
    except sqlite3.Error as exc:
        say(f"{store.path}: the library cannot be used: {exc}")
        return EXIT_INPUT


def _add(store, urls: list[str], fetching: Fetching) -> int:
    from briefing.sources.feeds import feed_title
    from briefing.sources.urls import fetch

    status = 0
    subscribed = {feed.url for feed in store.feeds.all()}
    for url in urls:
        if url in subscribed:
            _print(f"already subscribed to {url}")
            continue
        try:
            page = fetch(url, fetching)
            title = feed_title(page.content, url, page.url)
        except SourceError as exc:
            say(f"{exc}; not subscribed")
            status = EXIT_INPUT
            continue
        if store.feeds.add(url, title):
            _print(f"subscribed to {url} ({title or 'untitled'})")
        else:
            _print(f"already subscribed to {url}")
    return status


def _remove(store, urls: list[str]) -> int:
    status = 0
    for url in urls:
        if store.feeds.remove(url):
            _print(f"unsubscribed from {url}")
        else:
            say(f"{url}: not subscribed")
            status = EXIT_INPUT
    return status


def _list(store) -> int:
    feeds = store.feeds.all()
    if not feeds:
        say("no subscriptions yet (briefing feeds add URL, or feeds import FILE)")
        return 0
    for feed in feeds:
        when = (
            time.strftime("%Y-%m-%d %H:%M", time.localtime(feed.refreshed))
            if feed.refreshed
            else "never refreshed"
        )
        result = f" ({'failed: ' if feed.failed else ''}{feed.result})" if feed.result else ""
        count = f"{feed.articles} article{'s' * (feed.articles != 1)}"
        fields = (feed.url, feed.title or "-", count, when + result)
        write_stdout("\t".join(safe_line(f) for f in fields) + "\n")
    return 0


def _import(store, file: str) -> int:
    from briefing.subscriptions import SubscriptionsError, read_subscriptions

    try:
        found, skipped = read_subscriptions(file)
    except SubscriptionsError as exc:
        say(str(exc))
        return EXIT_INPUT
    for line in skipped:
        say(line)
    added = store.feeds.add_many((s.url, s.title, s.tags) for s in found)
    already = len(found) - added
    _print(
        f"subscribed to {added} feed{'s' * (added != 1)} from {file}"
        + (f" ({already} already subscribed)" if already else "")
    )
    return 0


def _refresh(store, fetching: Fetching) -> int:
    from briefing.refresh import refresh

    if not store.feeds.all():
        say("no subscriptions to refresh (briefing feeds add URL, or feeds import FILE)")
        return EXIT_INPUT
    shown = sys.stderr is not None and sys.stderr.isatty()

    def progress(result, done: int, total: int) -> None:
        if shown:
            name = safe_line(result.name)[:60]
            print(f"\r\x1b[K[{done}/{total}] {name}", end="", file=sys.stderr, flush=True)

    refreshed = refresh(store, fetching, progress=progress)
    if shown:
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)
    _print(refreshed.summary())
    return EXIT_INPUT if refreshed.failed else 0


def _print(line: str) -> None:
    write_stdout(safe_line(line) + "\n")
