"""Admin routes outside the spec's paths, no token: ``/__sandbox/reset`` and ``/__sandbox/faults``.

Their bodies are read like the API's (``read_body``): over ``max_body_bytes``, 413.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from ._exceptions import BadRequest, SandboxError
from ._faults import Fault
from ._http import error_response, json_response, parse_json, read_body

if TYPE_CHECKING:
    from ._app import Sandbox

AdminRoute = tuple[str, Callable[[Request], Awaitable[Response]], list[str]]


def admin_routes(sandbox: Sandbox) -> list[AdminRoute]:
    async def reset(request: Request) -> Response:
        sandbox.reset()
        return json_response(200, {"reset": True})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            sandbox.faults.clear()
            return json_response(200, {"faults": []})
        if request.method == "GET":
            return json_response(200, {"faults": [vars(f) for f in sandbox.faults.pending]})
        try:
            raw = await read_body(request, sandbox.config.max_body_bytes)
        except SandboxError as exc:  # 413
            return error_response(exc)
        try:
            spec: Any = parse_json(raw)
            fault = Fault(
                count=int(spec.get("count", 1)),
                status=spec.get("status"),
                delay_ms=int(spec.get("delayMs", 0)),
                operation_id=spec.get("operationId"),
            )
        except SandboxError as exc:
            return error_response(BadRequest(f"invalid fault: {exc.message}"))
        except (AttributeError, TypeError, ValueError) as exc:
            return error_response(BadRequest(f"invalid fault: {exc}"))
        sandbox.faults.add(fault)
        return json_response(201, {"faults": [vars(f) for f in sandbox.faults.pending]})

    return [("/__sandbox/reset", reset, ["POST"]), ("/__sandbox/faults", faults, ["POST", "DELETE", "GET"])]
