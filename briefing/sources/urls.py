"""Fetching over HTTP with ``httpx``: http/https only, bounded in time, redirects and size.

Every failure becomes a ``SourceError`` that names the URL and the reason in words
(``HTTP 404 Not Found``, ``no answer within 30 s``, ``too many redirects``), never a traceback.
The body is streamed and abandoned as soon as it passes the size cap.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.config import Fetching, settings
from briefing.sources.errors import SourceError
from briefing.sources.files import FEED_TYPES, HTML_TYPES, TEXT_TYPES

if TYPE_CHECKING:
    import httpx

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")

ACCEPTED_TYPES = HTML_TYPES | FEED_TYPES | TEXT_TYPES

_HEADERS = {
    "User-Agent": f"briefing/{__version__} (terminal news reader)",
    "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/plain;q=0.8",
}


@dataclass(frozen=True)
class Fetched:
    url: str
    """Where the body came from, after redirects."""
    content: bytes
    media_type: str
    """The content type without parameters, lower case ("" when the server gave none)."""
    charset: str | None


def url_scheme(spec: str) -> str | None:
    """The scheme of ``spec`` if it is written as a URL (``scheme://...``), else None."""
    match = _SCHEME.match(spec)
    return match.group(1).lower() if match else None


def client(fetching: Fetching | None = None) -> httpx.Client:
    """An ``httpx`` client with the configured timeouts and redirect bound (share it)."""
    import httpx

    fetching = fetching or settings().fetching
    timeout = httpx.Timeout(
        fetching.total_timeout, connect=min(fetching.connect_timeout, fetching.total_timeout)
    )
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        max_redirects=fetching.max_redirects,
        headers=_HEADERS,
    )


def fetch(
    url: str,
    fetching: Fetching | None = None,
    *,
    source: str | None = None,
    http: httpx.Client | None = None,
) -> Fetched:
    """GET ``url`` within the limits of ``fetching``; ``SourceError`` naming ``source`` if not."""
    import httpx

    fetching = fetching or settings().fetching
    source = source or url
    scheme = url_scheme(url)
    if scheme not in ("http", "https"):
        raise SourceError(source, f"unsupported URL scheme {scheme!r}: only http and https")
    own = http is None
    http = http or client(fetching)
    try:
        return _get(http, url, fetching, source)
    except httpx.ConnectTimeout:
        raise SourceError(
            source, f"could not connect within {fetching.connect_timeout:g} s"
        ) from None
    except (httpx.TimeoutException, _TotalTimeout):
        raise SourceError(
            source, f"no answer within {fetching.total_timeout:g} s (timed out)"
        ) from None
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
    finally:
        if own:
            http.close()


def _get(http: httpx.Client, url: str, fetching: Fetching, source: str) -> Fetched:
    deadline = time.monotonic() + fetching.total_timeout
    with http.stream("GET", url) as response:
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
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise SourceError(source, _too_large(None, limit))
            if time.monotonic() > deadline:
                raise _TotalTimeout
        return Fetched(str(response.url), bytes(body), media_type, charset)


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
