"""Plain-text articles from files and directories (read recursively, in a stable order)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from briefing.analysis.types import Article
from briefing.sources.errors import SourceError
from briefing.sources.text import MAX_CHARS, check_text, decode, headline

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
MAX_BYTES = MAX_CHARS * 4


def read_text_file(path: Path, source: str | None = None) -> Article:
    """One article from a text file; ``source`` is the path as the user gave it."""
    source = source or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SourceError(
                source, f"too large: {size / 1e6:.1f} MB, the limit is {MAX_CHARS:,} characters"
            )
        data = path.read_bytes()
    except PermissionError:
        raise SourceError(source, "permission denied") from None
    except IsADirectoryError:
        raise SourceError(source, "is a directory") from None
    except OSError as exc:
        raise SourceError(source, exc.strerror or str(exc)) from None
    decoded = decode(data, source)
    text = check_text(decoded.text, source)
    return Article(text=text, source=source, title=headline(text), notes=decoded.notes)


def article_files(directory: Path) -> Iterator[Path]:
    """The article files under ``directory``, recursively, sorted, hidden ones skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in TEXT_SUFFIXES:
                yield path
