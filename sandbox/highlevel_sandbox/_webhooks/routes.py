"""The admin routes of the webhooks (the HTTP side of ``Webhooks``), outside the spec's paths, no token."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .._exceptions import BadRequest, SandboxError, ValidationFailed
from .._http import ExtraRoute, error_response, json_response, parse_json, read_body
from .state import Webhooks


def webhook_routes(hooks: Webhooks, max_body_bytes: int) -> list[ExtraRoute]:
    """``/__sandbox/webhooks/public-key`` (PEM), ``/deliveries`` (the log), ``/urls`` (register at run time).

    A body over ``max_body_bytes`` is a 413; a URL the sender could not post to a 422 that says why.
    """

    async def public_key(request: Request) -> Response:
        return Response(hooks.public_key_pem, media_type="application/x-pem-file")

    async def deliveries(request: Request) -> Response:
        if request.method == "DELETE":
            hooks.clear_log()
        return json_response(200, {"deliveries": [d.to_json() for d in hooks.deliveries()]})

    async def urls(request: Request) -> Response:
        if request.method == "GET":
            return json_response(200, {"urls": hooks.urls})
        try:
            raw = await read_body(request, max_body_bytes)
            spec: Any = parse_json(raw) if raw.strip() else None
            if request.method == "DELETE" and spec is None:
                for url in hooks.urls:
                    hooks.remove_url(url)
                return json_response(200, {"urls": []})
            if not isinstance(spec, dict) or not isinstance(spec.get("url"), str):
                raise BadRequest('the body is {"url": "http://host:port/path"}')
            if request.method == "DELETE":
                hooks.remove_url(spec["url"])
                return json_response(200, {"urls": hooks.urls})
            try:
                hooks.add_url(spec["url"])
            except ValueError as exc:  # a URL the sender could not post to: 422 saying why (check_url)
                raise ValidationFailed([f"url: {exc}"]) from None
        except SandboxError as exc:
            return error_response(exc)
        return json_response(201, {"urls": hooks.urls})

    return [
        ("/__sandbox/webhooks/public-key", public_key, ["GET"]),
        ("/__sandbox/webhooks/deliveries", deliveries, ["GET", "DELETE"]),
        ("/__sandbox/webhooks/urls", urls, ["GET", "POST", "DELETE"]),
    ]
