"""One request before the run: does the server answer, and does it accept the token?

``GET /invoices/`` (list, one item) as identity A. Any answer but 401, 403 and
a 404 of the listing itself means the run can start; otherwise one line says
why, so a wrong URL or token costs seconds and not a screen of failures.
"""

from __future__ import annotations

import socket
import ssl

import httpx

from highlevel_sandbox.specs import load_spec

from .pacing import Pacer
from .target import Target

TIMEOUT_SECONDS = 4.0


def api_version() -> str:
    """The ``Version`` header value the spec requires."""
    versions: list[str] = load_spec()["components"]["schemas"]["ApiVersion"]["enum"]
    return versions[0]


def _reason(response: httpx.Response) -> str:
    """``401 Invalid JWT``: the status and the server's own message (HighLevel's error shape), else its phrase."""
    message: object = None
    try:
        body = response.json()
        if isinstance(body, dict):
            message = body.get("message") or body.get("error")
    except ValueError:
        message = response.text.strip()[:120] or None
    if isinstance(message, list):
        message = "; ".join(map(str, message))
    return f"{response.status_code} {message or response.reason_phrase}".strip()


def _cause(exc: BaseException) -> str:
    """Why a connection failed, from the deepest cause httpx chained."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, socket.gaierror):
            return "cannot resolve the host name"
        if isinstance(seen, ssl.SSLError):
            return f"TLS handshake failed ({seen.reason or seen})"
        seen = seen.__cause__ or seen.__context__
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "nodename nor servname" in text.lower():
        return "cannot resolve the host name"
    return text or type(exc).__name__


def check(target: Target, *, pacer: Pacer | None = None, timeout: float = TIMEOUT_SECONDS) -> str | None:
    """``None`` when the run can start, else the one line that says why not."""
    url = f"{target.base_url}/invoices/"
    params = {"altId": target.a.location, "altType": "location", "limit": "1", "offset": "0"}
    headers = {"Authorization": f"Bearer {target.a.token}", "Version": api_version(), "Accept": "application/json"}
    try:
        response = httpx.get(url, params=params, headers=headers, timeout=timeout)
    except httpx.TimeoutException:
        return f"cannot connect to {target.base_url}: no answer within {timeout:g} s"
    except httpx.TransportError as exc:
        return f"cannot connect to {target.base_url}: {_cause(exc)}"
    if pacer is not None:
        pacer.after_response(response.status_code, response.headers)
    if response.status_code == 401:
        return f"the token was refused ({_reason(response)})"
    if response.status_code == 403:
        return f"the token has no access to location {target.a.location} ({_reason(response)})"
    if response.status_code == 404:
        return f"{url} answered {_reason(response)}: is the base URL the API's root (without /invoices)?"
    return None
