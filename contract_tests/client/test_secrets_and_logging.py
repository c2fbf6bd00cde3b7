"""The token never shows in a repr, str, log line or exception; DEBUG logs say what happened."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import models

from .conftest import INVOICE_ID, LOCATION, SEND_REQUEST, TOKEN, Recorder, async_client, sync_client


async def test_token_appears_nowhere(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    seen: list[str] = []
    answers = Recorder(
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(401, json={"statusCode": 401, "message": "Invalid token: access token is invalid"}),
    )
    hl = sync_client(answers)
    ahl = async_client(answers)
    seen += [repr(hl), str(hl), repr(ahl), repr(hl.raw), str(hl.raw), repr(hl.raw.get_httpx_client().headers)]
    body = models.SendInvoiceRequest.from_dict(SEND_REQUEST)
    with pytest.raises(hl_pkg.AuthenticationError) as info:
        hl.send_invoice(INVOICE_ID, body=body)
    seen += [str(info.value), repr(info.value), repr(info.value.response), repr(info.value.response.request)]
    seen += [repr(info.value.__dict__), repr(info.value.response.request.headers)]
    with pytest.raises(hl_pkg.AuthenticationError) as ainfo:
        await ahl.send_invoice(INVOICE_ID, body=body)
    seen += [str(ainfo.value), repr(ainfo.value)]
    broken = sync_client(Recorder(httpx.ConnectError(f"refused for Bearer {TOKEN}")), max_retries=0, retry_policy=None)
    with pytest.raises(hl_pkg.APIConnectionError) as cinfo:
        broken.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    seen += [str(cinfo.value), repr(cinfo.value)]
    seen += [record.getMessage() for record in caplog.records]
    assert caplog.records, "expected DEBUG log records"
    leaks = [text for text in seen if TOKEN in text]
    assert leaks == []


def test_debug_log_shows_method_path_status_duration_and_attempts(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="highlevel_invoices")
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json={"statusCode": 1}))
    hl = sync_client(recorder)
    with pytest.raises(hl_pkg.ResponseValidationError):
        hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    lines = [r.getMessage() for r in caplog.records if r.name == "highlevel_invoices"]
    path = f"/invoices/{INVOICE_ID}"
    assert any(line.startswith(f"GET {path} -> 503 in ") and "(attempt 1)" in line for line in lines), lines
    assert any(f"GET {path} answered 503; retry 1 of 2" in line for line in lines), lines
    assert any(line.startswith(f"GET {path} -> 200 in ") and "ms (attempt 2)" in line for line in lines), lines


def _walk(value: object, path: str, seen: set[int], found: list[str], depth: int = 0) -> None:
    """Every string and bytes reachable from ``value`` through attributes, items, args and causes."""
    if id(value) in seen or depth > 12:
        return
    seen.add(id(value))
    if isinstance(value, str):
        if TOKEN in value:
            found.append(path)
        return
    if isinstance(value, bytes):
        if TOKEN.encode() in value:
            found.append(path)
        return
    if (
        value is None
        or isinstance(value, (int, float, bool, type))
        or callable(value)
        and not hasattr(value, "__dict__")
    ):
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _walk(key, f"{path}[{key!r}]<key>", seen, found, depth + 1)
            _walk(item, f"{path}[{key!r}]", seen, found, depth + 1)
        return
    if isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", seen, found, depth + 1)
        return
    if isinstance(value, BaseException):
        _walk(value.args, f"{path}.args", seen, found, depth + 1)
        _walk(value.__cause__, f"{path}.__cause__", seen, found, depth + 1)
        _walk(value.__context__, f"{path}.__context__", seen, found, depth + 1)
    if isinstance(value, httpx.Headers):
        _walk(value.raw, f"{path}.raw", seen, found, depth + 1)
    for name in ("request", "response", "headers", "content", "url"):  # properties over private storage
        try:
            attribute = getattr(value, name, None)
        except Exception:
            attribute = None
        _walk(attribute, f"{path}.{name}", seen, found, depth + 1)
    for name, attribute in getattr(value, "__dict__", {}).items():
        _walk(attribute, f"{path}.{name}", seen, found, depth + 1)


def every_error() -> list[BaseException]:
    """One error of each type the client raises, from realistic failures."""
    errors: list[BaseException] = []
    get: dict[str, Any] = {"alt_id": LOCATION, "alt_type": models.AltType.LOCATION}
    for status in (400, 401, 403, 404, 422, 429, 500, 409):
        answer = httpx.Response(status, json={"statusCode": status, "message": "no"}, headers={"Retry-After": "9999"})
        with pytest.raises(hl_pkg.APIStatusError) as info:
            sync_client(Recorder(answer)).get_invoice(INVOICE_ID, **get)
        errors.append(info.value)
    for failure in (httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError):

        def fail(request: httpx.Request, failure: type[httpx.TransportError] = failure) -> httpx.Response:
            raise failure(f"{failure.__name__} on the way", request=request)  # the request, token and all

        with pytest.raises(hl_pkg.APIConnectionError) as cinfo:
            sync_client(fail).get_invoice(INVOICE_ID, **get)
        errors.append(cinfo.value)
    with pytest.raises(hl_pkg.ResponseValidationError) as vinfo:
        sync_client(Recorder(httpx.Response(200, json={"_id": 1}))).get_invoice(INVOICE_ID, **get)
    errors.append(vinfo.value)
    return errors


def test_no_attribute_of_any_error_holds_the_token() -> None:
    errors = every_error()
    kinds = {type(e).__name__ for e in errors}
    assert {"APIStatusError", "NotFoundError", "RateLimitError", "APIConnectionError", "APITimeoutError",
            "ResponseValidationError", "InternalServerError", "AuthenticationError"} <= kinds  # fmt: skip
    found: list[str] = []
    for error in errors:
        _walk(error, type(error).__name__, set(), found)
    assert found == []
    for error in errors:
        response = getattr(error, "response", None)
        if response is not None:
            assert response.request.headers["Authorization"] == "[redacted]"
    cause = errors[-2].__cause__  # the RemoteProtocolError, as httpx raised it
    assert isinstance(cause, httpx.HTTPError) and cause.request.headers["Authorization"] == "[redacted]"
