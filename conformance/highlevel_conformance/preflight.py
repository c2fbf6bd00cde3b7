"""One request before the run: does the server answer, and does it accept the token?

``GET /invoices/`` (list, one item) as identity A. Any answer but 401, 403 and
a 404 of the listing itself means the run can start; otherwise one line says
why, so a wrong URL or token costs seconds and not a screen of failures.
Against a server that is not the sandbox it goes through the run's gate like
every other request (its pre-flight door), which counts it and learns the
server's rate limit from its answer.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message

from highlevel_spec import load_spec

from .gate import GATE_HEADER, UNREACHABLE, connection_cause
from .target import Target

# urllib, not httpx: the answer must come within seconds, and importing httpx (with the rich
# and click that schemathesis brings) costs more than a second before the request leaves.
TIMEOUT_SECONDS = 4.0


def api_version() -> str:
    """The ``Version`` header value the spec requires."""
    versions: list[str] = load_spec()["components"]["schemas"]["ApiVersion"]["enum"]
    return versions[0]


def _reason(status: int, phrase: str, body: bytes) -> str:
    """``401 Invalid JWT``: the status and the server's own message (HighLevel's error shape), else its phrase."""
    message: object = None
    text = body.decode("utf-8", "replace")
    try:
        document = json.loads(text)
        if isinstance(document, dict):
            message = document.get("message") or document.get("error")
    except ValueError:
        message = text.strip()[:120] or None
    if isinstance(message, list):
        message = "; ".join(map(str, message))
    return f"{status} {message or phrase}".strip()


def _cause(exc: BaseException, timeout: float) -> str:
    return connection_cause(exc, connect_seconds=timeout, read_seconds=timeout)


def check(target: Target, *, server: str | None = None, timeout: float = TIMEOUT_SECONDS) -> str | None:
    """``None`` when the run can start, else the one line that says why not.

    ``server``: the URL the messages name when ``target.base_url`` is a door of the gate (the server behind it).
    """
    server = server or target.base_url
    query = urllib.parse.urlencode({"altId": target.a.location, "altType": "location", "limit": "1", "offset": "0"})
    headers = {"Authorization": f"Bearer {target.a.token}", "Version": api_version(), "Accept": "application/json"}
    request = urllib.request.Request(f"{target.base_url}/invoices/?{query}", headers=headers)
    answer: Message
    try:
        # The gate gives up connecting after ``timeout`` and then answers: wait a little longer for its answer.
        with urllib.request.urlopen(request, timeout=timeout + 1) as response:
            status, phrase, answer, body = response.status, response.reason, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, phrase, answer, body = error.code, str(error.reason), error.headers, error.read()
    except (OSError, ValueError) as exc:
        return f"cannot connect to {server}: {_cause(exc, timeout)}"
    if status == 502 and answer.get(GATE_HEADER) == UNREACHABLE:
        cause = json.loads(body).get("cause", "no answer")
        return f"cannot connect to {server}: {cause}"
    url = f"{server}/invoices/"
    if status == 401:
        return f"the token was refused ({_reason(status, phrase, body)})"
    if status == 403:
        return f"the token has no access to location {target.a.location} ({_reason(status, phrase, body)})"
    if status == 404:
        return f"{url} answered {_reason(status, phrase, body)}: is the base URL the API's root (without /invoices)?"
    return None


# The sandbox's documented admin route that --sandbox asks for (sandbox/README.md, "Admin routes"): it lists the
# pending faults, answers without a token and changes nothing. The real API has no such path.
SANDBOX_PROOF = "/__sandbox/faults"


def prove_sandbox(base_url: str, *, server: str | None = None, timeout: float = TIMEOUT_SECONDS) -> str | None:
    """``None`` when the server at ``base_url`` shows it is the sandbox, else the one line that says why not.

    The proof: ``GET /__sandbox/faults`` answers 200 with a JSON object whose ``faults`` is a list.
    ``server``: the URL the messages name when ``base_url`` is a door of the gate (the server behind it).
    """
    server = server or base_url
    refusal = f"--sandbox: {server} is not the sandbox: GET {SANDBOX_PROOF}"
    advice = "leave out --sandbox (SANDBOX) to check it as a server that is not the sandbox"
    request = urllib.request.Request(f"{base_url}{SANDBOX_PROOF}", headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout + 1) as response:
            status, body = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
        if status == 502 and error.headers.get(GATE_HEADER) == UNREACHABLE:
            return f"cannot connect to {server}: {json.loads(body).get('cause', 'no answer')}"
    except (OSError, ValueError) as exc:
        return f"cannot connect to {server}: {_cause(exc, timeout)}"
    if status != 200:
        return f"{refusal} answered {status} (a sandbox answers 200 with its pending faults); {advice}"
    try:
        document = json.loads(body)
    except ValueError:
        document = None
    if not isinstance(document, dict) or not isinstance(document.get("faults"), list):
        return f"{refusal} answered 200 without the sandbox's list of faults; {advice}"
    return None
