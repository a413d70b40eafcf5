"""A response body's ``Content-Encoding`` undone as it streams, each layer bounded.

httpx inflates each layer of ``Content-Encoding: gzip, gzip`` in one call per chunk, so a
5 KB body can become gigabytes before any size limit is looked at. Here every layer is a
``zlib`` stream inflated with ``max_length``: no layer ever produces more than ``STEP`` bytes
at a time, and a layer is only asked for more when the one after it (or the reader) wants
more, so the reader's limit bounds the work and the memory of every layer.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

STEP = 64 * 1024
"""Most bytes one layer produces per step."""

SUPPORTED = ("gzip", "x-gzip", "deflate", "identity")


class DecodingError(Exception):
    """The body is not what its ``Content-Encoding`` says; ``str()`` says why."""


def encodings(header: str) -> list[str]:
    """The encodings of a ``Content-Encoding`` header in the order they were applied;
    ``DecodingError`` for one this reader cannot undo."""
    names = [name.strip().lower() for name in header.split(",") if name.strip()]
    for name in names:
        if name not in SUPPORTED:
            raise DecodingError(f"unsupported content encoding {name!r}")
    return [name for name in names if name != "identity"]


def decoded(raw: Iterable[bytes], applied: list[str]) -> Iterator[bytes]:
    """The bytes of ``raw`` with the ``applied`` encodings undone, the last applied first,
    in pieces of at most ``STEP`` bytes."""
    stream: Iterator[bytes] = iter(raw)
    for name in reversed(applied):
        stream = _inflate(stream, name)
    return stream


def _inflate(chunks: Iterator[bytes], name: str) -> Iterator[bytes]:
    gzip = name in ("gzip", "x-gzip")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS)
    started = raw = False
    for chunk in chunks:
        data = chunk
        while data:
            if inflater.eof:  # the stream ended: gzip may hold another member, else stop
                if not gzip:
                    return
                inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                out = inflater.decompress(data, STEP)
            except zlib.error as exc:
                if gzip and started and not inflater.unused_data:
                    return  # bytes after the last gzip member: padding, ignored as gzip does
                if gzip or started or raw:
                    raise DecodingError(f"the {name} encoded body is corrupt ({exc})") from None
                # "deflate" is meant to be zlib-wrapped, but some servers send it raw
                inflater, raw = zlib.decompressobj(-zlib.MAX_WBITS), True
                continue
            started = True
            data = inflater.unconsumed_tail or (inflater.unused_data if inflater.eof else b"")
            if out:
                yield out
            while len(out) == STEP and not data:  # output still pending inside zlib
                out = inflater.decompress(b"", STEP)
                if out:
                    yield out
