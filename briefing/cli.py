"""The ``briefing`` command: the reader (default) and ``briefing export``.

Every failure the user can cause ends in one line on stderr naming the input and the reason,
and a non-zero exit status; never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.cli_common import (
    EXIT_INPUT,
    EXIT_USAGE,
    Parser,
    UsageError,
    add_store_options,
    say,
    settings_from,
    silence_stdout,
    write_stdout,
)
from briefing.sources import SourceError, load_all

if TYPE_CHECKING:
    from briefing.analysis.options import Options
    from briefing.analysis.types import Analysis
    from briefing.service import Service


def _add_analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--algorithm", help="summarizer (default: the measured best)")
    parser.add_argument(
        "--summary-length",
        default=None,
        metavar="N|N%",
        help="summary length in sentences, or percent of the article's sentences",
    )
    parser.add_argument("--model", help="spaCy pipeline to load (or BRIEFING_SPACY_MODEL)")


def _export_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="briefing export", description="Write briefings as JSON or Markdown.")
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="files, directories, HTML pages, feeds, http(s) URLs, or - for standard input",
    )
    parser.add_argument(  # "markdown" is "md" written out
        "--format",
        type=lambda v: {"markdown": "md"}.get(v, v),
        choices=("json", "md"),
        default="json",
    )
    _add_library_options(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of stdout, atomically, keeping FILE's permissions; a link is "
        "written through, a FIFO or device written to, a directory refused",
    )
    _add_analysis_options(parser)
    add_store_options(parser)
    return parser


def _add_library_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("from the library (instead of sources)")
    group.add_argument("--library", action="store_true", help="export the library's articles")
    group.add_argument("--unread", action="store_true", help="only those not read yet")
    group.add_argument("--bookmarked", action="store_true", help="only the bookmarked ones")


def _reader_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="briefing",
        description="Read news briefings in the terminal. 'briefing export --help' for export.",
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help="default: the samples")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _add_analysis_options(parser)
    add_store_options(parser)
    return parser


def _options(args: argparse.Namespace):
    from briefing.analysis.options import Options
    from briefing.analysis.summarize import (
        DEFAULT_ALGORITHM,
        DEFAULT_LENGTH,
        SummaryLength,
        algorithms,
    )

    algorithm = args.algorithm or DEFAULT_ALGORITHM
    if algorithm not in algorithms():
        raise UsageError(f"unknown algorithm {algorithm!r}; choose from {', '.join(algorithms())}")
    try:
        length = SummaryLength.parse(args.summary_length) if args.summary_length else DEFAULT_LENGTH
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return Options(algorithm=algorithm, length=length, model=args.model)


def export(argv: Sequence[str]) -> int:
    args = _export_parser().parse_args(argv)
    options = _options(args)
    from briefing.service import Service

    service = Service(settings_from(args))
    try:
        return _export(args, options, service)
    finally:
        service.close()


def _export(args: argparse.Namespace, options: Options, service: Service) -> int:
    library = None
    if args.library or args.unread or args.bookmarked:
        from briefing.library_export import from_args

        library, loaded = from_args(args, service)
    elif not args.sources:
        raise UsageError("give a SOURCE to export, or --library")
    else:
        loaded = load_all(args.sources, service.settings.fetching)
    for error in loaded.errors:
        say(str(error))
    for copy in loaded.copies:
        say(f"note: {copy}")
    if not loaded.articles and library is None:
        return EXIT_INPUT

    from briefing import export as exporter

    analyses = _noted(service.analyses(loaded.articles, options))
    # Streamed: each article is written as soon as it is analysed, none is held after.
    if args.format == "json":  # what the reader did with each article goes with it
        chunks = exporter.iter_json(analyses, extra=library.fields if library else None)
    else:
        chunks = exporter.iter_markdown(analyses, extra=library.markdown if library else None)
    if args.output:
        try:
            exporter.write_file(args.output, chunks)
        except OSError as exc:
            say(f"{args.output}: cannot write: {exc.strerror or exc}")
            return EXIT_INPUT
    elif not write_stdout(chunks):
        return EXIT_INPUT
    return EXIT_INPUT if loaded.errors else 0


def _noted(analyses: Iterable[Analysis]) -> Iterator[Analysis]:
    """``analyses`` as they come, saying each note the first time it is met."""
    said: set[str] = set()
    for analysis in analyses:
        for note in analysis.notes:
            if note not in said:
                said.add(note)
                say(f"note: {note}")
        yield analysis


def read(argv: Sequence[str]) -> int:
    args = _reader_parser().parse_args(argv)
    # Defaults are left to the reader's worker: building Options imports sumy, which would
    # delay the text on screen by a quarter of a second.
    chosen = args.algorithm or args.summary_length or args.model
    options = _options(args) if chosen else None
    settings = settings_from(args)
    try:
        from briefing.ui.launch import run_reader
    except ImportError as exc:
        say(f"the reader is not available: {exc}")
        return EXIT_INPUT
    return run_reader(args.sources, options, settings)  # none: the library (or the samples)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "export":
            return export(argv[1:])
        if argv and argv[0] in ("feeds", "refresh"):
            from briefing.library_cli import main as library_main

            return library_main(argv)
        return read(argv)
    except UsageError as exc:
        say(str(exc))
        return EXIT_USAGE
    except SourceError as exc:
        say(str(exc))
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # e.g. `briefing export ... | head`: the reader went away; not an error of ours
        silence_stdout()
        return 0
    except Exception as exc:  # never a traceback for the user; BRIEFING_DEBUG=1 shows it
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (BRIEFING_DEBUG=1 for details)")
        return 70
