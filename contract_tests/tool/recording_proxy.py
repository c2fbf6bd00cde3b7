"""A recording reverse proxy for the tests: what a server receives, logged where it arrives.

``python -m contract_tests.tool.recording_proxy --port P --upstream URL --log FILE``
forwards every request to ``URL`` and appends one JSON line per request it
receives (``{"t": <time.monotonic()>, "method": "GET", "path": "/invoices/?..."}``)
before forwarding it. It shares no code with the conformance command: the
promises the command makes about what a server receives (read-only, a budget,
a rate) are checked from this log, never from the command's own counters.
"""

from __future__ import annotations

import argparse
import http.client
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "content-length", "host"}


def arrivals(log: Path) -> list[dict[str, Any]]:
    """The requests the proxy received, in order of arrival."""
    if not log.exists():
        return []
    lines = log.read_text(encoding="utf-8").splitlines()
    return sorted((json.loads(line) for line in lines if line.strip()), key=lambda entry: float(entry["t"]))


def busiest_window(times: list[float], seconds: float) -> int:
    """The most arrivals in any window of ``seconds`` (a window ``[t, t + seconds)`` starting at an arrival)."""
    times = sorted(times)
    most, start = 0, 0
    for end, t in enumerate(times):
        while times[start] <= t - seconds:
            start += 1
        most = max(most, end - start + 1)
    return most


def serve(port: int, upstream: str, log: Path) -> None:
    target = urllib.parse.urlsplit(upstream)
    lock = threading.Lock()
    out = log.open("a", encoding="utf-8")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def parse_request(self) -> bool:
            ok = super().parse_request()
            entry = {"t": time.monotonic(), "method": self.command, "path": self.path}
            with lock:
                out.write(json.dumps(entry) + "\n")
                out.flush()
            return ok

        def _body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _forward(self) -> None:
            body = self._body()
            connection = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port or 80, timeout=60)
            try:
                connection.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
                connection.putheader("Host", target.netloc)
                for name, value in self.headers.items():
                    if name.lower() not in HOP_BY_HOP:
                        connection.putheader(name, value)
                connection.putheader("Content-Length", str(len(body)))
                connection.endheaders(body)
                response = connection.getresponse()
                data = response.read()
            finally:
                connection.close()
            self.send_response_only(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        def __getattr__(self, name: str) -> Any:
            if name.startswith("do_"):  # every method, declared or not, is forwarded
                return self._forward
            raise AttributeError(name)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    serve(args.port, args.upstream, args.log)


if __name__ == "__main__":
    main()
