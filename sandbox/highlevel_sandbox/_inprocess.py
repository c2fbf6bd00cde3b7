"""A synchronous httpx transport to an ASGI app, in-process.

``httpx.ASGITransport`` is async only. This one runs the app on a private
event loop in a daemon thread, so a synchronous client can talk to the sandbox
without a socket, from plain code or from inside a running event loop.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx


class SyncASGITransport(httpx.BaseTransport):
    def __init__(self, app: Any) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="sandbox-asgi", daemon=True)
        self._thread.start()

    async def _call(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._loop.is_closed():  # said plainly, before a coroutine is made that nothing would run
            raise RuntimeError(f"{request.method} {request.url}: the sandbox's in-process transport is closed")
        if not isinstance(request.stream, httpx.AsyncByteStream):
            request = httpx.Request(request.method, request.url, headers=request.headers, content=request.read())
        return asyncio.run_coroutine_threadsafe(self._call(request), self._loop).result()

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        # Its sockets too: a loop left open is a ResourceWarning in the user's test run.
        if not self._loop.is_running() and not self._loop.is_closed():
            self._loop.close()
