"""HighLevel's answer shapes and the JSON body parser, shared by the API and the extra routes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from ._exceptions import MalformedJson, SandboxError


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return Response(body, status_code=status, headers=dict(headers or {}), media_type="application/json")


def error_response(exc: SandboxError, headers: Mapping[str, str] | None = None) -> Response:
    """A named error in HighLevel's shape ``{"statusCode", "message", "error"}``."""
    return json_response(exc.status, exc.to_json(), {**(headers or {}), **exc.headers})


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(raw: bytes) -> Any:
    """The JSON of a body, or ``MalformedJson`` (NaN, numbers Python cannot hold, bad UTF-8, too deep)."""
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise MalformedJson(str(exc)[:200]) from exc
