"""The httpx clients under ``HighLevel`` and ``AsyncHighLevel``, minus two per-call costs.

httpx spends about a third of a call's client time on two things this API does
not need on every call (``make bench``, client per-call overhead, profiled):

- **Joining the path to the base URL** parses the path as a URL and then the
  joined URL again (``Client._merge_url``, about 18 µs). The generated
  endpoints build paths that are already percent-encoded (every path
  parameter goes through ``quote(..., safe="")``), so for such a path the
  joined URL is the base URL with the path appended, and nothing is left for
  the parser to change. Any other URL (absolute, with a query, with a dot
  segment or a character httpx would encode) takes httpx's own way.
- **Reading cookies from every answer** builds a ``urllib`` request and runs
  the cookie jar even when the answer sets no cookie (about 13 µs). An answer
  with a ``Set-Cookie`` header is handled by httpx exactly as before.

Both rest on httpx internals (``URL._uri_reference``, a ``NamedTuple``, and the
client's ``_merge_url``), checked once at import: with another httpx they are
not there and the clients are plain httpx clients. The tests compare the fast
join with httpx's own for many paths and base URLs.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

# A path httpx would leave as it is: "/" then unreserved, sub-delims, ":" "@" "/"
# and complete percent-escapes, with no "." or ".." segment (httpx removes those);
# not "//" first, which httpx reads as a host.
_PLAIN_PATH = re.compile(r"/(?!/)(?:[A-Za-z0-9\-_~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2}|\.(?![./]|\Z))*")


def _fast_join_available() -> bool:
    url = httpx.URL("https://example.com/base/")
    reference = getattr(url, "_uri_reference", None)
    return (
        hasattr(httpx.Client, "_merge_url")
        and hasattr(reference, "_replace")
        and getattr(reference, "path", None) == "/base/"
        and getattr(reference, "query", "") is None
    )


_FAST_JOIN = _fast_join_available()


def join(base_url: httpx.URL, path: str) -> httpx.URL | None:
    """``base_url`` with ``path`` appended as httpx would join them, or ``None`` where httpx must do it."""
    if not _FAST_JOIN or not _PLAIN_PATH.fullmatch(path):
        return None
    base = base_url._uri_reference
    if base.query is not None or base.fragment is not None or not base.path.endswith("/"):
        return None
    url = httpx.URL.__new__(httpx.URL)
    url._uri_reference = base._replace(path=base.path + path[1:])
    return url


class _SetCookieOnly(httpx.Cookies):
    """The client's cookies; an answer without ``Set-Cookie`` skips the cookie jar."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if any(name.lower() == b"set-cookie" for name, _ in response.headers.raw):
            super().extract_cookies(response)


class _Lean:
    """What the two clients share: the fast path join and the cookie check (first in their MRO)."""

    base_url: httpx.URL
    _cookies: httpx.Cookies

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _SetCookieOnly(self._cookies)

    @property
    def cookies(self) -> httpx.Cookies:
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = _SetCookieOnly(cookies)

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if type(url) is str and url[:1] == "/" and (joined := join(self.base_url, url)) is not None:
            return joined
        merged: httpx.URL = super()._merge_url(url)  # type: ignore[misc]
        return merged


class Client(_Lean, httpx.Client):
    """``httpx.Client`` with the shortcuts of this module."""


class AsyncClient(_Lean, httpx.AsyncClient):
    """``httpx.AsyncClient`` with the shortcuts of this module."""
