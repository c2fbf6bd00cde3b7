"""Admin routes outside the spec's paths, no token: ``/__sandbox/reset`` and ``/__sandbox/faults``.

A fault body with ``webhook`` (``drop``, ``duplicate``, ``delay``) is a ``WebhookFault``; any other is an API ``Fault``.

Their bodies are read like the API's (``read_body``): over ``max_body_bytes``, 413.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ._exceptions import BadRequest, SandboxError
from ._faults import Fault, Faults, WebhookFault
from ._http import ExtraRoute, error_response, json_response, parse_json, read_body


def admin_routes(reset_all: Callable[[], None], pending: Faults, max_body_bytes: int) -> list[ExtraRoute]:
    """``POST /__sandbox/reset`` calls ``reset_all``; ``/__sandbox/faults`` lists, adds to and clears ``pending``."""

    async def reset(request: Request) -> Response:
        reset_all()
        return json_response(200, {"reset": True})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            pending.clear()
            return json_response(200, {"faults": []})
        if request.method == "GET":
            return json_response(200, {"faults": [vars(f) for f in pending.pending]})
        try:
            raw = await read_body(request, max_body_bytes)
        except SandboxError as exc:  # 413
            return error_response(exc)
        try:
            spec: Any = parse_json(raw)
            fault: Fault | WebhookFault
            if "webhook" in spec:
                if "status" in spec or "operationId" in spec:
                    raise ValueError("a webhook fault takes no status or operationId")
                fault = WebhookFault(
                    webhook=spec["webhook"],
                    count=int(spec.get("count", 1)),
                    delay_ms=int(spec.get("delayMs", 0)),
                    event=spec.get("event"),
                )
            else:
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
        pending.add(fault)
        return json_response(201, {"faults": [vars(f) for f in pending.pending]})

    return [("/__sandbox/reset", reset, ["POST"]), ("/__sandbox/faults", faults, ["POST", "DELETE", "GET"])]
