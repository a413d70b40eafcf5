"""Fetching over HTTP with ``httpx``: http/https only, bounded in time, redirects and size.

Every failure becomes a ``SourceError`` that names the URL and the reason in words
(``HTTP 404 Not Found``, ``no answer within 30 s``, ``too many redirects``), never a traceback.
The body is streamed, its content encodings undone layer by layer as it streams (``inflate``),
and abandoned as soon as the decoded bytes pass the size cap. httpx's timeouts bound each
read, not the request: a watchdog ends the whole request at ``total_timeout`` (or when the
caller cancels it) by shutting its socket down, so a server dripping its headers cannot hold
a fetch, or the process, past the deadline.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing import __version__
from briefing.config import Fetching
from briefing.sources.errors import SourceError
from briefing.sources.inflate import DecodingError, decoded, encodings
from briefing.sources.kinds import FEED_TYPES, HTML_TYPES, TEXT_TYPES

if TYPE_CHECKING:
    import ssl

    import httpx

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")

ACCEPTED_TYPES = HTML_TYPES | FEED_TYPES | TEXT_TYPES

_HEADERS = {
    "User-Agent": f"briefing/{__version__} (terminal news reader)",
    "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/plain;q=0.8",
    "Accept-Encoding": "gzip, deflate",
}


@dataclass(frozen=True)
class Fetched:
    url: str
    """Where the body came from, after redirects."""
    content: bytes
    media_type: str
    """The content type without parameters, lower case ("" when the server gave none)."""
    charset: str | None
    status: int = 200
    """304 when a conditional request found nothing new (and ``content`` is empty)."""
    etag: str | None = None
    last_modified: str | None = None
    """The validators the server gave, for the next conditional request."""


def url_scheme(spec: str) -> str | None:
    """The scheme of ``spec`` if it is written as a URL (``scheme://...``), else None."""
    match = _SCHEME.match(spec)
    return match.group(1).lower() if match else None


def client(
    fetching: Fetching | None = None, *, verify: ssl.SSLContext | bool = True
) -> httpx.Client:
    """An ``httpx`` client with the configured timeouts and redirect bound (share it);
    ``verify``: how to check servers' certificates (httpx's default, or a given context)."""
    import httpx

    fetching = fetching or Fetching()
    timeout = httpx.Timeout(
        fetching.total_timeout, connect=min(fetching.connect_timeout, fetching.total_timeout)
    )
    return httpx.Client(
        timeout=timeout,
        # one connection per request: the watchdog of a request shuts its own socket down
        limits=httpx.Limits(max_keepalive_connections=0),
        follow_redirects=True,
        max_redirects=fetching.max_redirects,
        headers=_HEADERS,
        verify=verify,
    )


def fetch(
    url: str,
    fetching: Fetching | None = None,
    *,
    source: str | None = None,
    http: httpx.Client | None = None,
    cancel: Cancel | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """GET ``url`` within the limits of ``fetching``; ``SourceError`` naming ``source`` if not.
    ``cancel`` ends the request early from another thread. With ``etag`` or
    ``last_modified`` (from an earlier ``Fetched``) the request is conditional: a server
    with nothing new answers 304, returned as an empty ``Fetched`` with that status."""

    fetching = fetching or Fetching()
    source = source or url
    scheme = url_scheme(url)
    if scheme not in ("http", "https"):
        raise SourceError(source, f"unsupported URL scheme {scheme!r}: only http and https")
    own = http is None
    http = http or client(fetching)
    watchdog = _Watchdog(fetching.total_timeout, cancel)
    conditions = {"If-None-Match": etag, "If-Modified-Since": last_modified}
    headers = {name: value for name, value in conditions.items() if value}
    try:
        return _get(http, url, fetching, source, watchdog, headers)
    except Exception:
        if watchdog.cancelled:
            raise SourceError(source, "cancelled: no time left") from None
        if watchdog.fired:  # whatever the shut socket made httpx say
            raise _timed_out(source, fetching) from None
        raise
    finally:
        watchdog.stop()
        if own:
            http.close()


def _timed_out(source: str, fetching: Fetching) -> SourceError:
    return SourceError(source, f"no answer within {fetching.total_timeout:g} s (timed out)")


def _get(
    http: httpx.Client,
    url: str,
    fetching: Fetching,
    source: str,
    watchdog: _Watchdog,
    headers: dict[str, str],
) -> Fetched:
    import httpx

    try:
        return _stream(http, url, fetching, source, watchdog, headers)
    except httpx.ConnectTimeout:
        raise SourceError(
            source, f"could not connect within {fetching.connect_timeout:g} s"
        ) from None
    except (httpx.TimeoutException, _TotalTimeout):
        raise _timed_out(source, fetching) from None
    except DecodingError as exc:
        raise SourceError(source, str(exc)) from None
    except httpx.TooManyRedirects:
        raise SourceError(
            source, f"too many redirects (more than {fetching.max_redirects}; a redirect loop?)"
        ) from None
    except httpx.UnsupportedProtocol as exc:
        raise SourceError(source, f"not an http(s) URL (or redirected to one): {exc}") from None
    except httpx.InvalidURL as exc:
        raise SourceError(source, f"not a valid URL: {exc}") from None
    except httpx.ConnectError as exc:
        raise SourceError(source, f"cannot connect: {_reason(exc)}") from None
    except httpx.HTTPError as exc:
        raise SourceError(source, f"{type(exc).__name__}: {_reason(exc)}") from None
    except (UnicodeError, ValueError) as exc:  # what httpx lets through, e.g. a host name
        raise SourceError(source, f"not a valid URL: {_reason(exc)}") from None  # too long
    except OSError as exc:
        raise SourceError(source, f"cannot fetch: {exc.strerror or _reason(exc)}") from None


def _stream(
    http: httpx.Client,
    url: str,
    fetching: Fetching,
    source: str,
    watchdog: _Watchdog,
    headers: dict[str, str],
) -> Fetched:
    deadline = time.monotonic() + fetching.total_timeout
    trace = {"trace": watchdog.trace}
    with http.stream("GET", url, headers=headers, extensions=trace) as response:
        validators = {
            "etag": response.headers.get("etag"),
            "last_modified": response.headers.get("last-modified"),
        }
        if response.status_code == 304 and headers:
            return Fetched(str(response.url), b"", "", None, 304, **validators)
        if response.status_code >= 400:
            phrase = response.reason_phrase or ""
            raise SourceError(source, f"HTTP {response.status_code} {phrase}".rstrip())
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        if media_type and media_type not in ACCEPTED_TYPES and not media_type.endswith("+xml"):
            raise SourceError(source, f"not a text document (content type {media_type})")
        limit = fetching.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise SourceError(source, _too_large(int(declared), limit))
        applied = encodings(response.headers.get("content-encoding", ""))
        body = bytearray()
        for chunk in decoded(_counted(response.iter_raw(), limit, source), applied):
            body += chunk
            if len(body) > limit:
                raise SourceError(source, _too_large(None, limit))
            if time.monotonic() > deadline:
                raise _TotalTimeout
        if watchdog.fired:  # the body may look complete: the socket was shut under it
            raise _TotalTimeout
        return Fetched(
            str(response.url), bytes(body), media_type, charset, response.status_code, **validators
        )


def _counted(chunks: Iterator[bytes], limit: int, source: str) -> Iterator[bytes]:
    """``chunks`` as they come, until more than ``limit`` bytes have come."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise SourceError(source, _too_large(None, limit))
        yield chunk


class Cancel:
    """Ends, at once, every request made with it that is still running (a feed's teaser
    fetches when their time budget is spent), and every one started after."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._watchdogs: set[_Watchdog] = set()
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            watchdogs = list(self._watchdogs)
        for watchdog in watchdogs:
            watchdog.fire(cancelled=True)

    def _add(self, watchdog: _Watchdog) -> None:
        with self._lock:
            self._watchdogs.add(watchdog)
            cancelled = self.cancelled
        if cancelled:
            watchdog.fire(cancelled=True)

    def _remove(self, watchdog: _Watchdog) -> None:
        with self._lock:
            self._watchdogs.discard(watchdog)


class _Watchdog:
    """Ends one request at its deadline by shutting down its socket (which httpcore reports
    through the ``trace`` extension when it connects, and again when TLS wraps it); reads
    blocked on it return at once."""

    def __init__(self, seconds: float, cancel: Cancel | None = None) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.fired = False
        self.cancelled = False
        self._cancel = cancel
        self._timer = threading.Timer(seconds, self.fire)
        self._timer.daemon = True
        self._timer.start()
        if cancel is not None:
            cancel._add(self)

    def trace(self, event: str, info: dict[str, Any]) -> None:
        # the TLS socket replaces (and detaches) the TCP one: keep both, shut whichever lives
        if event not in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _shut(sock)

    def fire(self, cancelled: bool = False) -> None:
        with self._lock:
            if cancelled:
                self.cancelled = True
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def stop(self) -> None:
        self._timer.cancel()
        if self._cancel is not None:
            self._cancel._remove(self)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class _TotalTimeout(Exception):
    """The whole request took longer than ``total_timeout`` (each read was quick enough)."""


def _too_large(size: int | None, limit: int) -> str:
    said = f"{size / 1e6:.1f} MB" if size is not None else f"more than {limit / 1e6:g} MB"
    return f"response too large: {said}, the limit is {limit / 1e6:g} MB"


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, *params = (part.strip() for part in header.split(";"))
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return media_type.lower(), charset


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
