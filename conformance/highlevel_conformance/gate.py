"""The gate: the one place a conformance run's requests leave the machine through, when they reach a real server.

Against a server the command did not start, every stage of the run (the
pre-flight, the lifecycle tests, schemathesis with its probes and auth checks)
is pointed at a door of this local reverse proxy, never at the server itself.
Each door is a loopback HTTP listener named after its stage; all doors share
one :class:`Gate`, which forwards a request to the real base URL (over TLS
when it is ``https://``) only when

- its method is allowed: a read-only run forwards ``GET`` only; with side
  effects allowed, also the methods the spec declares on a path matching the
  request's (probing undeclared methods is its own opt-in);
- the request budget has room: request N+1 of ``--max-requests N`` is never
  forwarded, whichever stage sends it; a stage may also have a share of its
  own (:meth:`Gate.limit`: the runner keeps the lifecycle tests to theirs, so
  that schemathesis' examples and negative cases still fit in the budget);
- the rate allows it: a :class:`~highlevel_conformance.pacing.Pacer` holds the
  request until fewer than R answers came back within the last window (the
  ``--rate``, or the server's ``X-RateLimit-*`` headers; ``Retry-After`` holds
  every door).

What it does not forward it answers itself (``403``, with the header
``X-HighLevel-Conformance-Gate`` saying why and a HighLevel-shaped body), so a
refusal never reaches the server. It counts what it forwarded and refused per
stage (:meth:`Gate.stats`, in ``details.json`` and the summary), and within a
stage per phase, when the stage says which phase it is in (schemathesis' hooks
do, through the control door: ``GET /phase?stage=...&name=...``). A server that
cannot be reached is answered ``502`` with the cause (the host and why, never a
header). The gate logs nothing: no request line, no header, no token.

A stage waits for room before it sends (``GET /wait`` on the control door,
see :class:`GateClient`), so the gate rarely has to hold a request for long;
holding it is the guarantee, not the plan.
"""

from __future__ import annotations

import json
import re
import socket
import ssl
import sys
import threading
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self, cast

import httpx

from .pacing import Pacer
from .target import Target

__all__ = [
    "GATE_HEADER",
    "LIFECYCLE",
    "PREFLIGHT",
    "SCHEMATHESIS",
    "Gate",
    "GateClient",
    "MethodPolicy",
]

PREFLIGHT = "pre-flight"
LIFECYCLE = "lifecycle"
SCHEMATHESIS = "schemathesis"
GATE_HEADER = "X-HighLevel-Conformance-Gate"
# Values of GATE_HEADER: why the gate answered itself.
REFUSED_METHOD = "refused-method"
REFUSED_BUDGET = "refused-budget"
REFUSED_INVALID = "refused-invalid-http"
UNREACHABLE = "unreachable"
# How a lifecycle test that the budget stopped is reported (skipped, with this reason: lifecycle/conftest.py).
BUDGET_SPENT = "the request budget (--max-requests) is spent"
CONNECT_SECONDS = 4.0
READ_SECONDS = 120.0  # above every stage's own timeout: a slow answer reaches the stage, which judges it
HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "host"}
)
EXAMPLES_KEPT = 5
# Requests one schemathesis case can bring that no hook sees: ignored_auth's probes without and with a wrong token,
# the control request of a Content-Type probe. The st hooks stop the engine while the budget still has room for them.
UNSEEN_PER_CASE = 3


@dataclass(frozen=True)
class PathTemplate:
    """One path of the spec (``/invoices/{invoiceId}``) and the methods it declares."""

    template: str
    methods: frozenset[str]

    @property
    def parameters(self) -> int:
        return self.template.count("{")

    def matches(self, path: str) -> bool:
        """Whether ``path`` is one this template names (a parameter is one segment, maybe empty)."""
        parts = re.split(r"(\{[^}/]+\})", self.template)
        return re.fullmatch("".join("[^/]*" if p.startswith("{") else re.escape(p) for p in parts), path) is not None


@dataclass(frozen=True)
class MethodPolicy:
    """Which requests may leave the machine.

    ``allow_side_effects`` off: ``GET`` only. On: also the methods the spec
    declares on the request's path: of the path templates that match it, the
    most concrete ones, as a router (and OpenAPI) matches them, so
    ``POST /invoices/settings`` is not allowed by ``PUT /invoices/{invoiceId}``.
    ``probe_undeclared`` (with side effects): any method on any path
    (schemathesis' probes of the methods a path does not declare).
    """

    allow_side_effects: bool = False
    probe_undeclared: bool = False
    paths: tuple[PathTemplate, ...] = ()

    @classmethod
    def from_spec(cls, *, allow_side_effects: bool, probe_undeclared: bool) -> MethodPolicy:
        import highlevel_spec as specs

        methods: dict[str, set[str]] = {}
        for method, path, _ in specs.operations(specs.load_spec()):
            methods.setdefault(path, set()).add(method.upper())
        paths = tuple(PathTemplate(path, frozenset(declared)) for path, declared in methods.items())
        return cls(allow_side_effects, probe_undeclared, paths)

    @classmethod
    def everything(cls) -> MethodPolicy:
        return cls(allow_side_effects=True, probe_undeclared=True)

    def declared(self, path: str) -> frozenset[str]:
        """The methods the spec declares on ``path`` (those of its most concrete matching templates)."""
        matching = [template for template in self.paths if template.matches(path)]
        fewest = min((template.parameters for template in matching), default=0)
        return frozenset().union(*(t.methods for t in matching if t.parameters == fewest))

    def refusal(self, method: str, target: str) -> str | None:
        """``None`` when ``method`` may be sent to ``target`` (a request target: path and query), else why not."""
        method = method.upper()
        if method == "GET" or (self.allow_side_effects and self.probe_undeclared):
            return None
        if not self.allow_side_effects:
            return f"{method}: a read-only run sends GET only (--allow-side-effects to send more)"
        path = urllib.parse.urlsplit(target).path
        if method in self.declared(path):
            return None
        return (f"{method} {path}: the spec does not declare {method} on this path "
                "(--probe-undeclared-methods to send it)")  # fmt: skip


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class _Tally:
    forwarded: Counter[str] = field(default_factory=Counter)  # stage -> requests forwarded
    unreachable: Counter[str] = field(default_factory=Counter)  # stage -> forwarded requests that got no answer
    refused: dict[str, Counter[str]] = field(default_factory=dict)  # stage -> {kind: n}
    phases: dict[str, Counter[str]] = field(default_factory=dict)  # stage -> {phase: requests forwarded}
    examples: dict[str, list[str]] = field(default_factory=dict)  # stage -> first refusals, method and path only

    @property
    def total(self) -> int:
        return sum(self.forwarded.values())


def connection_cause(exc: BaseException, *, connect_seconds: float, read_seconds: float) -> str:
    """Why the server could not be reached, from the deepest cause (httpx's and urllib's chains alike);
    never a header or a body. The gate and the pre-flight both say it this way."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, socket.gaierror):
            return "cannot resolve the host name"
        if isinstance(seen, httpx.ConnectTimeout):
            return f"no answer within {connect_seconds:g} s"
        if isinstance(seen, (TimeoutError, socket.timeout, httpx.TimeoutException)):
            return f"no answer within {read_seconds:g} s"
        if isinstance(seen, ssl.SSLError):
            return f"TLS handshake failed ({seen.reason or seen})"
        reason = getattr(seen, "reason", None)  # urllib.error.URLError keeps its cause here
        seen = reason if isinstance(reason, BaseException) else (seen.__cause__ or seen.__context__)
    return type(exc).__name__


class Gate:
    """A local reverse proxy in front of ``upstream``; open one door per stage (see the module docstring)."""

    def __init__(
        self,
        upstream: str,
        *,
        policy: MethodPolicy,
        max_requests: int | None = None,
        pacer: Pacer | None = None,
        connect_seconds: float = CONNECT_SECONDS,
        read_seconds: float = READ_SECONDS,
    ) -> None:
        self.upstream = httpx.URL(upstream.rstrip("/"))
        self.policy = policy
        self.max_requests = max_requests
        self.pacer = pacer or Pacer()
        self.connect_seconds, self.read_seconds = connect_seconds, read_seconds
        self._client = httpx.Client(timeout=httpx.Timeout(read_seconds, connect=connect_seconds))
        self._lock = threading.Lock()
        self._tally = _Tally()
        self._limits: dict[str, int] = {}  # stage -> its own share of the budget (forwarded requests)
        self._phase: dict[str, str] = {}  # stage -> the phase it said it is in
        self._servers: list[ThreadingHTTPServer] = []
        self.control_url = self._listen(_ControlHandler, "control")

    # -- doors -------------------------------------------------------------------------------------------------
    def _listen(self, handler: type[BaseHTTPRequestHandler], stage: str) -> str:
        server = _Door(("127.0.0.1", 0), handler, self, stage)
        thread = threading.Thread(target=server.serve_forever, name=f"gate-{stage}", daemon=True)
        thread.start()
        self._servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    def door(self, stage: str) -> str:
        """The base URL that ``stage`` sends to (its requests are counted under that name)."""
        return self._listen(_ForwardHandler, stage)

    def target(self, target: Target, stage: str) -> Target:
        """``target`` as ``stage`` must use it: its base URL a door of this gate, its pacing the gate's."""
        return replace(target, base_url=self.door(stage), gate=self.control_url, rate=self.pacer.rate)

    def close(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    # -- the rules ---------------------------------------------------------------------------------------------
    @property
    def remaining(self) -> int | None:
        with self._lock:
            return self._remaining(None)

    def remaining_for(self, stage: str) -> int | None:
        """The requests ``stage`` may still send: the budget left, or its own share's if that is less."""
        with self._lock:
            return self._remaining(stage)

    def _remaining(self, stage: str | None) -> int | None:
        left = None if self.max_requests is None else max(0, self.max_requests - self._tally.total)
        if stage is not None and stage in self._limits:
            own = max(0, self._limits[stage] - self._tally.forwarded[stage])
            left = own if left is None else min(left, own)
        return left

    def limit(self, stage: str, requests: int | None) -> None:
        """At most ``requests`` forwarded for ``stage`` from the start of the run (``None``: no share of its own)."""
        with self._lock:
            if requests is None:
                self._limits.pop(stage, None)
            else:
                self._limits[stage] = max(0, requests)

    def set_phase(self, stage: str, phase: str) -> None:
        """From now on, count ``stage``'s forwarded requests under ``phase`` too (see :meth:`stats`)."""
        with self._lock:
            self._phase[stage] = phase

    def _refuse(self, stage: str, kind: str, example: str) -> None:
        self._tally.refused.setdefault(stage, Counter())[kind] += 1
        kept = self._tally.examples.setdefault(stage, [])
        if len(kept) < EXAMPLES_KEPT and example not in kept:
            kept.append(example)

    def admit(self, stage: str, method: str, target: str) -> tuple[str, str] | None:
        """Take one request from the budget for ``stage``; ``None`` when it may go, else (kind, reason)."""
        example = f"{method} {urllib.parse.urlsplit(target).path}"
        with self._lock:
            reason = self.policy.refusal(method, target)
            if reason is not None:
                self._refuse(stage, REFUSED_METHOD, example)
                return REFUSED_METHOD, reason
            if self.max_requests is not None and self._tally.total >= self.max_requests:
                self._refuse(stage, REFUSED_BUDGET, example)
                return REFUSED_BUDGET, f"the request budget of {self.max_requests} (--max-requests) is spent"
            share = self._limits.get(stage)
            if share is not None and self._tally.forwarded[stage] >= share:
                self._refuse(stage, REFUSED_BUDGET, example)
                return REFUSED_BUDGET, (f"the {stage} stage's share of the request budget ({share} requests) is "
                                        "spent: the rest is kept for the later stages")  # fmt: skip
            self._tally.forwarded[stage] += 1
            if stage in self._phase:
                self._tally.phases.setdefault(stage, Counter())[self._phase[stage]] += 1
        return None

    def not_sent(self, stage: str, method: str, target: str) -> None:
        """An admitted request that the gate could not send at all (not valid HTTP): give its place back."""
        with self._lock:
            self._tally.forwarded[stage] -= 1
            if stage in self._phase:
                self._tally.phases[stage][self._phase[stage]] -= 1
            self._refuse(stage, REFUSED_INVALID, f"{method} {urllib.parse.urlsplit(target).path}")

    def unreachable(self, stage: str) -> None:
        with self._lock:
            self._tally.unreachable[stage] += 1

    def request(
        self, method: str, target: str, headers: list[tuple[bytes, bytes]], body: bytes | None
    ) -> httpx.Request:
        """The upstream request for a stage's ``method target`` (``httpx.InvalidURL`` for a target it cannot name)."""
        raw_path = self.upstream.raw_path.rstrip(b"/") + target.encode("latin-1")
        return httpx.Request(method, self.upstream.copy_with(raw_path=raw_path), headers=headers, content=body)

    def send(self, request: httpx.Request) -> _Answer:
        """Send one admitted request upstream (after the pacer lets it go); the answer, read in full."""
        response = self._client.send(request, stream=True)
        try:
            raw = b"".join(response.iter_raw())  # the bytes as the server sent them (still compressed, if so)
        finally:
            response.close()
        headers_sent = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw]
        return _Answer(response.status_code, response.reason_phrase, headers_sent, raw)

    def stats(self) -> dict[str, Any]:
        """What the gate forwarded and refused, per stage (``details.json``'s ``gate``; the summary's requests)."""
        with self._lock:
            tally = self._tally
            return {
                "forwarded": dict(tally.forwarded),
                "phases": {stage: dict(counts) for stage, counts in tally.phases.items()},
                "total": tally.total,
                "max_requests": self.max_requests,
                "limits": dict(self._limits),
                "unreachable": dict(tally.unreachable),
                "refused": {stage: dict(kinds) for stage, kinds in tally.refused.items()},
                "refused_examples": {stage: list(kept) for stage, kept in tally.examples.items()},
                "rate": str(self.pacer.rate) if self.pacer.rate else None,
                "waited_seconds": round(self.pacer.waited, 1),
            }


class _Door(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], gate: Gate, stage: str) -> None:
        super().__init__(address, handler)
        self.gate = gate
        self.stage = stage

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A stage that hung up before its answer (a timeout of its own): nothing to report, and no traceback,
        # which could hold a request's values.
        kind = sys.exc_info()[0]
        if kind is not None and not issubclass(kind, (ConnectionError, TimeoutError)):
            print(f"highlevel-conformance: the gate's {self.stage} door: {kind.__name__}", file=sys.stderr)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Door

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no request lines in the output: their queries hold ids, and nothing here is worth a line

    def _answer(self, status: int, headers: Iterable[tuple[str, str]], body: bytes, *, with_body: bool = True) -> None:
        self.send_response_only(status)
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _json(self, status: int, document: dict[str, Any], extra: Iterable[tuple[str, str]] = ()) -> None:
        body = json.dumps(document).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(body))), *extra]
        self._answer(status, headers, body)


class _ForwardHandler(_Handler):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("do_"):  # every method reaches the rules, declared or not
            return self._forward
        raise AttributeError(name)

    def _body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline(1024).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(3)
        length = self.headers.get("Content-Length")
        if length is None:
            return None
        size = int(length)
        body = self.rfile.read(size) if size >= 0 else b""
        if len(body) != size:  # a negative length, or a client that hung up before the end of its body
            raise ValueError("the body is shorter than its Content-Length")
        return body

    def _refuse(self, kind: str, reason: str) -> None:
        status = 400 if kind == REFUSED_INVALID else 403
        error = "Bad Request" if status == 400 else "Forbidden"
        message = f"not forwarded by highlevel-conformance: {reason}"
        self._json(status, {"statusCode": status, "message": message, "error": error}, [(GATE_HEADER, kind)])

    def _forward(self) -> None:
        gate, stage = self.server.gate, self.server.stage
        try:
            body = self._body()
        except ValueError:
            self.close_connection = True
            self._refuse(REFUSED_INVALID, "the request's body framing is not valid HTTP/1.1")
            return
        method, target = self.command, self.path
        if not target.startswith("/"):
            self._refuse(REFUSED_INVALID, "only origin-form request targets (/path?query) are forwarded")
            return
        chunked = self.headers.get("Transfer-Encoding", "").lower() == "chunked"
        headers = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in self.headers.items()
            if name.lower() not in HOP_BY_HOP and not (chunked and name.lower() == "content-length")
        ]
        if chunked and body is not None:
            headers.append((b"Content-Length", str(len(body)).encode()))
        try:
            request = gate.request(method, target, headers, body)
        except (httpx.InvalidURL, ValueError, TypeError):
            self._refuse(REFUSED_INVALID, "the request target is not a URL path the gate can forward")
            return
        refused = gate.admit(stage, method, target)
        if refused is not None:
            self._refuse(*refused)
            return
        gate.pacer.before_request()
        try:
            response = gate.send(request)
        except httpx.LocalProtocolError:
            # h11 will not write this request (a NUL byte or a line break in a header value): nothing was sent.
            gate.pacer.after_response(None, {})
            gate.not_sent(stage, method, target)
            self._refuse(REFUSED_INVALID, "a header is not valid HTTP/1.1 (the gate's HTTP library cannot send it)")
            return
        except Exception as exc:  # any failure: its place in the window is settled and the stage is told
            never_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout))
            gate.pacer.after_response(None, {}, maybe_received=not never_sent)
            gate.unreachable(stage)
            cause = connection_cause(exc, connect_seconds=gate.connect_seconds, read_seconds=gate.read_seconds)
            self._json(
                502,
                {"statusCode": 502, "message": f"highlevel-conformance: cannot reach {gate.upstream.host}: {cause}",
                 "cause": cause},
                [(GATE_HEADER, UNREACHABLE)],
            )  # fmt: skip
            return
        gate.pacer.after_response(response.status, dict(response.headers))
        bodyless = method == "HEAD" or response.status in (204, 304) or response.status < 200
        kept = [(k, v) for k, v in response.headers if k.lower() not in HOP_BY_HOP]
        if not bodyless:
            kept = [(k, v) for k, v in kept if k.lower() != "content-length"]
            kept.append(("Content-Length", str(len(response.body))))
        self.send_response_only(response.status, response.reason)
        for name, value in kept:
            self.send_header(name, value)
        self.end_headers()
        if not bodyless:
            self.wfile.write(response.body)


class _ControlHandler(_Handler):
    """The control door: answers itself, forwards nothing.

    ``GET /wait``: returns once the rate would let a request go, with the budget left.
    ``GET /status``: :meth:`Gate.stats` and the budget left, at once.
    Both take ``?stage=NAME``: the budget left is then that stage's (its own share, if it has one).
    ``GET /phase?stage=NAME&name=PHASE``: count the stage's requests under that phase from now on.
    """

    def do_GET(self) -> None:
        gate = self.server.gate
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        stage = query.get("stage")
        if url.path == "/phase" and stage and query.get("name"):
            gate.set_phase(stage, query["name"])
        elif url.path == "/wait":
            gate.pacer.wait_for_room()
        elif url.path != "/status":
            self._json(404, {"statusCode": 404, "message": "the gate's control door answers /wait, /status and /phase"})
            return
        remaining = gate.remaining if stage is None else gate.remaining_for(stage)
        self._json(200, {"remaining": remaining, **gate.stats()})


class GateClient:
    """A stage's side of the control door (its URL: the stage's ``Target.gate``, or ``HL_CONFORMANCE_GATE``)."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def _get(self, path: str, **query: str | None) -> dict[str, Any]:
        given = urllib.parse.urlencode({name: value for name, value in query.items() if value is not None})
        url = f"{self.url}{path}{'?' + given if given else ''}"
        with urllib.request.urlopen(url, timeout=None) as answer:  # our own loopback door
            return cast(dict[str, Any], json.loads(answer.read()))

    def wait(self, stage: str | None = None) -> dict[str, Any]:
        """Block until the rate lets a request go; the gate's state (``remaining``: the budget left, or None;
        ``stage``'s when given)."""
        return self._get("/wait", stage=stage)

    def status(self, stage: str | None = None) -> dict[str, Any]:
        return self._get("/status", stage=stage)

    def phase(self, stage: str, name: str) -> None:
        """Tell the gate that ``stage``'s requests from now on belong to its phase ``name``."""
        self._get("/phase", stage=stage, name=name)
