"""The token never shows in a repr, str, log line or exception; DEBUG logs say what happened."""

from __future__ import annotations

import logging

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
