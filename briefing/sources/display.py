"""Strings from outside made fit to keep and show: valid UTF-8, one line, no control characters.

Names (paths and URLs as the user gave them) keep every character they can: bytes that are not
UTF-8 (which Python carries as lone surrogates) and control characters become ``\\xNN``
escapes, so a name stays recognisable, encodes as UTF-8 for JSON and the store, and cannot
drive the terminal. Metadata lines (titles, authors) drop control characters instead.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def display_name(name: str) -> str:
    """``name`` with undecodable bytes and control characters written as ``\\xNN``."""
    if not _UNSAFE.search(name):
        return name
    try:  # bytes of a file name that were not UTF-8 (os.fsdecode's surrogateescape)
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # other lone surrogates: not from a file name
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL.sub(_escape, name)


def one_line(text: str) -> str:
    """``text`` on one line, its whitespace runs collapsed and control characters escaped
    (for reasons in error messages)."""
    return display_name(" ".join(text.split()))


def clean_line(value: object) -> str | None:
    """A metadata line (title, author, date): whitespace collapsed, control characters and
    lone surrogates dropped; None when nothing is left."""
    if not value or not isinstance(value, str):
        return None
    value = _UNSAFE.sub("", " ".join(value.split()))
    value = " ".join(value.split())
    return value or None
