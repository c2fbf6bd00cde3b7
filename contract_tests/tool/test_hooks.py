"""The hooks note what the report needs: the server's reason for a rejected valid request, the JSON path of a
schema violation in the response body, the statuses per operation. Run in-process against a sandbox whose
answers a wrapper breaks."""

from __future__ import annotations

import json
from typing import Any

from contract_tests import engine
from highlevel_conformance import st_hooks
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig

REASON = {"statusCode": 422, "message": ["contactDetails.email is not allowed here"], "error": "Unprocessable Entity"}
VIOLATIONS = '[{"location":["request","body","name"],"severity":"Error","code":"maxLength"}]'


def breaking(app: Any) -> Any:
    """create-invoice refuses every request with 422 (and Prism's header); get-invoice answers ``total: "abc"``."""

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        held: dict[str, Any] = {}

        async def patched(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                held["start"] = message
                return
            if message.get("more_body"):
                held.setdefault("chunks", []).append(message["body"])
                return
            body = b"".join([*held.get("chunks", []), message.get("body", b"")])
            start = held["start"]
            if method == "POST" and path == "/invoices/" and start["status"] == 200:
                body = json.dumps(REASON).encode()
                start = {**start, "status": 422, "headers": [(b"content-type", b"application/json"),
                                                            (b"sl-violations", VIOLATIONS.encode())]}  # fmt: skip
            elif method == "GET" and path.count("/") == 2 and start["status"] == 200:
                document = json.loads(body)
                if isinstance(document, dict) and "total" in document:
                    body = json.dumps({**document, "total": "abc"}).encode()
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, patched)

    return wrapped


def test_the_hooks_note_reasons_paths_and_statuses() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=False))
    token, location = next(iter(DEFAULT_TOKENS.items()))
    result = engine.run(breaking(sandbox.app), token=token, location=location, max_examples=2)
    assert not result.passed
    seen = st_hooks.SETTINGS.seen
    rejections = seen.rejections["POST /invoices/"]
    assert rejections[0] == {"status": 422, "body": json.dumps(REASON), "sl-violations": VIOLATIONS}
    paths = {v["path"] for v in seen.violations.get("GET /invoices/{invoiceId}", [])}
    assert "body.total" in paths
    assert seen.statuses["POST /invoices/"][422] >= 1
