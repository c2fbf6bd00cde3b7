"""A non-2xx answer raises a typed error with everything a caller needs."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import models

from . import helpers
from .helpers import INVOICE_ID, LOCATION, Recorder, async_client, sync_client

CASES = [
    (400, hl_pkg.BadRequestError, {"statusCode": 400, "message": "Unable to find an invoice with that id"}),
    (401, hl_pkg.AuthenticationError, {"statusCode": 401, "message": "Invalid token: access token is invalid",
                                       "error": "Unauthorized"}),
    (403, hl_pkg.PermissionDeniedError, {"statusCode": 403,
                                         "message": "The token does not have access to this location."}),
    (404, hl_pkg.NotFoundError, {"statusCode": 404, "message": "Invoice not found", "error": "Not Found"}),
    (422, hl_pkg.UnprocessableEntityError, {"statusCode": 422, "message": ["altId must be a string", "x"],
                                            "error": "Unprocessable Entity"}),
    (429, hl_pkg.RateLimitError, {"statusCode": 429, "message": "Too many requests"}),
    (500, hl_pkg.InternalServerError, {"statusCode": 500, "message": "Internal server error"}),
    (503, hl_pkg.InternalServerError, {"statusCode": 503, "message": "Service unavailable"}),
]  # fmt: skip

RATE_HEADERS = {
    "X-RateLimit-Max": "100",
    "X-RateLimit-Remaining": "0",
    "X-RateLimit-Interval-Milliseconds": "10000",
    "X-RateLimit-Limit-Daily": "200000",
    "X-RateLimit-Daily-Remaining": "199000",
    "X-Request-Id": "req-42",
}


async def _send(mode: str, recorder: Recorder, **kwargs: Any) -> Any:
    body = models.SendInvoiceRequest.from_dict(helpers.SEND_REQUEST)
    if mode == "sync":
        return sync_client(recorder, max_retries=0, retry_policy=None, **kwargs).send_invoice(INVOICE_ID, body=body)
    client = async_client(recorder, max_retries=0, retry_policy=None, **kwargs)
    return await client.send_invoice(INVOICE_ID, body=body)


@pytest.mark.parametrize(("status", "error_type", "body"), CASES, ids=[str(c[0]) for c in CASES])
async def test_status_raises_its_typed_error(
    mode: str, status: int, error_type: type[hl_pkg.APIStatusError], body: dict[str, Any]
) -> None:
    recorder = Recorder(httpx.Response(status, json=body, headers=RATE_HEADERS))
    with pytest.raises(error_type) as info:
        await _send(mode, recorder)
    error = info.value
    assert type(error) is error_type
    assert isinstance(error, hl_pkg.APIStatusError) and isinstance(error, hl_pkg.HighLevelError)
    assert error.status_code == status
    assert (error.method, error.path) == ("POST", f"/invoices/{INVOICE_ID}/send")
    expected = body["message"] if isinstance(body["message"], list) else [body["message"]]
    assert error.messages == expected
    assert error.body is not None and error.body.status_code == status
    assert error.rate_limit == hl_pkg.RateLimitInfo(100, 0, 10000, 200000, 199000)
    assert error.request_id == "req-42"
    assert error.response.status_code == status and error.response.json() == body  # raw access
    assert str(status) in str(error) and expected[0] in str(error)


async def test_undocumented_4xx_is_a_plain_status_error(mode: str) -> None:
    recorder = Recorder(httpx.Response(409, text="conflict"))
    with pytest.raises(hl_pkg.APIStatusError) as info:
        await _send(mode, recorder)
    assert type(info.value) is hl_pkg.APIStatusError
    assert info.value.messages == ["conflict"] and info.value.body is None


async def test_non_json_error_body_still_gives_a_message(mode: str) -> None:
    recorder = Recorder(httpx.Response(502, text="<html>Bad gateway</html>"))
    with pytest.raises(hl_pkg.InternalServerError) as info:
        await _send(mode, recorder)
    assert info.value.messages == ["<html>Bad gateway</html>"]


async def test_connection_and_timeout_errors_are_typed(mode: str) -> None:
    refused = Recorder(httpx.ConnectError("connection refused"))
    with pytest.raises(hl_pkg.APIConnectionError) as info:
        await _send(mode, refused)
    assert not isinstance(info.value, hl_pkg.APITimeoutError)
    assert "POST /invoices/" in str(info.value)

    slow = Recorder(httpx.ReadTimeout("read timed out"))
    with pytest.raises(hl_pkg.APITimeoutError):
        await _send(mode, slow)


def test_gzip_error_body_is_readable_from_the_error() -> None:
    import gzip
    import json

    payload = gzip.compress(json.dumps({"statusCode": 404, "message": "Invoice not found"}).encode())
    recorder = Recorder(httpx.Response(404, content=payload, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(hl_pkg.NotFoundError) as info:
        sync_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    assert info.value.messages == ["Invoice not found"]
    assert info.value.response.json()["statusCode"] == 404
