"""docs/webhooks.md's receivers: the Starlette one runs as written; the Flask one's calls run on Werkzeug."""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from werkzeug.datastructures import Headers
from werkzeug.test import EnvironBuilder

from highlevel_invoices import WebhookVerificationError, verify_webhook
from highlevel_invoices._webhooks import PUBLIC_KEY_ENV
from highlevel_invoices_api.models import InvoiceEvent, InvoiceEventType

from . import helpers

README = (Path(__file__).resolve().parents[2] / "docs" / "webhooks.md").read_text(encoding="utf-8")
SECTION = README.split("## Receiving webhooks", 1)[1].split("\n## ", 1)[0]
EXAMPLES = re.findall(r"```python\n(.*?)```", SECTION, flags=re.DOTALL)
KEY = Ed25519PrivateKey.generate()
PEM = KEY.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def delivery(kind: str = "InvoicePaid") -> tuple[bytes, dict[str, str]]:
    body = {
        **helpers.INVOICE_WITH_SUMMARY,
        "type": kind,
        "locationId": helpers.INVOICE_WITH_SUMMARY["altId"],
        "timestamp": datetime.datetime.now(datetime.UTC).isoformat(),
        "webhookId": uuid.uuid4().hex,
    }
    raw = json.dumps(body).encode()
    return raw, {"Content-Type": "application/json", "X-GHL-Signature": base64.b64encode(KEY.sign(raw)).decode()}


def test_the_section_shows_a_starlette_and_a_flask_receiver() -> None:
    assert len(EXAMPLES) == 2
    starlette, flask = EXAMPLES
    assert "from starlette" in starlette and "from flask import Flask, request" in flask
    for example in EXAMPLES:
        assert "verify_webhook(" in example and "except WebhookVerificationError" in example
        assert "def handle(" in example  # a newcomer's copy runs: nothing it calls is left undefined
        assert len(example.strip().splitlines()) <= 25


def test_the_starlette_receiver_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PUBLIC_KEY_ENV, PEM.decode())
    handled: list[InvoiceEvent] = []
    namespace: dict[str, Any] = {"__name__": "readme_webhooks"}  # the example defines all it uses
    exec(compile(EXAMPLES[0], "docs/webhooks.md example 1", "exec"), namespace)
    assert callable(namespace["handle"])
    namespace["handle"] = handled.append  # the route calls the example's global handle: watch what it gets

    async def post_three() -> tuple[httpx.Response, ...]:
        transport = httpx.ASGITransport(app=namespace["app"])
        async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as client:
            raw, headers = delivery()
            return (
                await client.post("/hooks/highlevel", content=raw, headers=headers),
                await client.post("/hooks/highlevel", content=raw, headers=headers),
                await client.post(
                    "/hooks/highlevel", content=delivery()[0], headers={"Content-Type": "application/json"}
                ),
            )

    accepted, replayed, unsigned = asyncio.run(post_three())
    assert (accepted.status_code, replayed.status_code, unsigned.status_code) == (204, 401, 401)
    assert (replayed.json(), unsigned.json()) == ({"refused": "replayed"}, {"refused": "no_signature"})
    assert [event.type_ for event in handled] == [InvoiceEventType.INVOICE_PAID]


def test_the_flask_receivers_calls_work_on_a_werkzeug_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """``flask.Request`` is Werkzeug's: ``get_data()`` is the raw body, ``headers`` its ``EnvironHeaders``."""
    monkeypatch.setenv(PUBLIC_KEY_ENV, PEM.decode())
    raw, headers = delivery("InvoiceSent")
    request = EnvironBuilder(method="POST", path="/hooks/highlevel", data=raw, headers=Headers(headers)).get_request()
    assert verify_webhook(request.get_data(), request.headers).type_ is InvoiceEventType.INVOICE_SENT
    tampered = EnvironBuilder(method="POST", data=raw + b" ", headers=Headers(headers)).get_request()
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook(tampered.get_data(), tampered.headers)
    assert info.value.reason == "bad_signature"
