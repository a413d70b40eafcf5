"""What every ``briefing`` command shares: exit codes, the one-line argument parser, the
store and network options, one-line messages on stderr and writing to stdout.

Kept apart from ``cli`` so that the library commands (``library_cli``, ``library_export``)
use them without importing the command that dispatches to them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from briefing.config import Fetching, Settings
from briefing.safe_text import safe_line

EXIT_INPUT = 1
EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not argparse's usage dump
        self.exit(EXIT_USAGE, f"briefing: {safe_line(message)} (see {self.prog} --help)\n")


def add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the library and analysis cache live (or BRIEFING_HOME; "
        "default: the platform's user data directory)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="analyse afresh, neither reading nor writing cache"
    )
    parser.add_argument(
        "--timeout",
        type=seconds,
        metavar="SECONDS",
        help=f"total time allowed per URL request (default {Fetching.total_timeout:g})",
    )
    parser.add_argument(
        "--connect-timeout",
        type=seconds,
        metavar="SECONDS",
        help=f"time allowed to connect to a server (default {Fetching.connect_timeout:g})",
    )


def seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError(f"seconds must be in (0, 3600]: {value!r}")
    return seconds


def settings_from(args: argparse.Namespace) -> Settings:
    """The store and network options of a command (reader and export alike)."""
    fetching = Fetching()
    if args.timeout is not None:
        fetching = replace(fetching, total_timeout=args.timeout)
    if args.connect_timeout is not None:
        fetching = replace(fetching, connect_timeout=args.connect_timeout)
    data_dir = Path(args.data_dir).expanduser() if args.data_dir else None
    return Settings(data_dir=data_dir, cache=not args.no_cache, fetching=fetching)


class UsageError(Exception):
    pass


def say(message: str) -> None:
    """One line on stderr; what it quotes from outside (names, titles, server messages) is
    made safe for the terminal first."""
    print(f"briefing: {safe_line(message)}", file=sys.stderr)


def write_stdout(chunks: Iterable[str]) -> bool:
    """Write ``chunks`` to stdout as UTF-8 (the contract, whatever the locale), each as it
    comes; False, said in one line, when stdout cannot take it (a full disk, /dev/full,
    closed)."""
    if sys.stdout is None:  # started with stdout closed (`>&-`)
        say("standard output: cannot write: it is closed")
        return False
    try:
        stream = getattr(sys.stdout, "buffer", None)
        for chunk in chunks:
            if stream is None:
                sys.stdout.write(chunk)
            else:
                sys.stdout.flush()
                stream.write(chunk.encode("utf-8", "replace"))
            sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        say(f"standard output: cannot write: {exc.strerror or exc}")
        silence_stdout()  # what is still buffered must not fail again at exit
        return False
    return True


def silence_stdout() -> None:
    if sys.stdout is None:
        return
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError):  # not a file (a test's capture): nothing is flushed at exit
        return
    os.dup2(os.open(os.devnull, os.O_WRONLY), fileno)
