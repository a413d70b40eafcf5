"""Turning bytes into article text: decoding, line endings, titles, size limits."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import datetime

from charset_normalizer import from_bytes

from briefing.sources.display import clean_line
from briefing.sources.errors import SourceError

MAX_CHARS = 1_000_000
"""Longest article text accepted (spaCy's default ``max_length``): about 150,000 words."""


@dataclass(frozen=True)
class Decoded:
    text: str
    notes: tuple[str, ...] = ()


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters near the start: an image, archive or program."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str, charset: str | None = None) -> Decoded:
    """Decode ``data`` as UTF-8 (or the declared ``charset``); UTF-8 with a few bad bytes as
    UTF-8 with U+FFFD for them; anything else as charset-normalizer detects it. A note says
    when the text was not clean UTF-8."""
    if not data.strip():
        raise SourceError(source, "empty file: no text to read")
    if looks_binary(data):
        raise SourceError(source, "binary file, not text")
    for encoding in dict.fromkeys(e for e in ("utf-8-sig", charset) if e):
        try:
            return Decoded(normalise(data.decode(encoding)))
        except (UnicodeDecodeError, LookupError):
            pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    if _mostly_utf8(replaced, bad):
        note = f"{source}: invalid UTF-8; {bad} bad byte sequence(s) replaced with U+FFFD"
        return Decoded(normalise(replaced), (note,))
    encoding = _guess_encoding(data)
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
        note = f"{source}: not UTF-8; decoded as {encoding}"
        return Decoded(normalise(text), (note,))
    text = data.decode("utf-8", errors="replace")
    return Decoded(normalise(text), (f"{source}: invalid UTF-8; bad bytes replaced with U+FFFD",))


def _mostly_utf8(replaced: str, bad: int) -> bool:
    """Whether text that failed to decode as UTF-8 is UTF-8 with a few bad bytes: it holds at
    least as many well-formed non-ASCII characters as bad sequences. (Text in a legacy 8-bit
    encoding almost never forms valid multi-byte UTF-8 by accident; read as cp1252, UTF-8
    turns every no-break space into "Â ".)"""
    valid_non_ascii = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad
    return valid_non_ascii > 0 and valid_non_ascii >= bad


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def unbom(data: bytes, source: str) -> tuple[bytes, tuple[str, ...]]:
    """``data`` as UTF-8 when it starts with a UTF-16 or UTF-32 byte order mark (and a note
    saying so), else ``data`` as it is. Those encodings are full of NUL bytes: without this
    they would pass for binary files."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            note = f"{source}: not UTF-8; decoded as {encoding.upper()} (byte order mark)"
            return text.encode("utf-8"), (note,)
    return data, ()


# Western European encodings first when the detector finds them as likely as the rest: short
# Latin-1 texts otherwise come out as cp1250 ("prête" read as "pręte").
_PREFERRED = ("cp1252", "latin_1", "iso8859_15")


def _guess_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds likeliest, preferring Western European on a tie."""
    results = from_bytes(data)
    best = results.best()
    if best is None or best.encoding == "utf_8":
        return None
    for match in results:
        if match.chaos <= best.chaos and match.coherence >= best.coherence:
            for encoding in _PREFERRED:
                if encoding in match.could_be_from_charset:
                    return encoding
    return best.encoding


def normalise(text: str) -> str:
    """Line endings to ``\\n``; nothing else changes, so offsets stay offsets into the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_text(text: str, source: str) -> str:
    """``text`` if it can be analysed, else a ``SourceError`` saying why not."""
    if not text.strip():
        raise SourceError(source, "no text to read")
    if len(text) > MAX_CHARS:
        raise SourceError(
            source,
            f"too large: {len(text):,} characters, the limit is {MAX_CHARS:,} "
            "(split the file into articles)",
        )
    return text


def headline(text: str) -> str | None:
    """The first line when it is a headline: short, unpunctuated at its end, then a blank line."""
    first, sep, rest = text.lstrip("\n").partition("\n")
    first = first.strip()
    if not sep or not rest.startswith("\n") or not first or len(first) > 200:
        return None
    if first[-1] in ".!?;:," or len(first.split()) > 30:
        return None
    return clean_line(first)


_YEAR = re.compile(r"\b(19|20)\d\d\b")
"""A year written in full: a dateline has one ("1/2/3" or "Round 3" is none)."""
DATELINE_LINES = 3
"""Lines at the top of a text (the headline's among them) searched for a dateline."""


def dateline(text: str) -> str | None:
    """The date a text gives on a line of its own at its top, as ISO ("Monday, January 7,
    2019" under the headline -> "2019-01-07"), read by python-dateutil; a line that leaves
    out the day, the month or the year ("May 2019") gives none."""
    lines = [line.strip() for line in text[:2000].split("\n") if line.strip()]
    for line in lines[:DATELINE_LINES]:
        if len(line) <= 40 and _YEAR.search(line):
            day = _whole_date(line)
            if day is not None:
                return day
    return None


def _whole_date(line: str) -> str | None:
    """``line`` as an ISO date when it is one whole date and nothing else: read against two
    defaults, a date with a part left out comes out twice different."""
    from dateutil import parser as dates  # here: only a line that may be a dateline needs it

    try:
        one = dates.parse(line, default=datetime(2000, 1, 1))
        other = dates.parse(line, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    return one.date().isoformat() if one.date() == other.date() else None
