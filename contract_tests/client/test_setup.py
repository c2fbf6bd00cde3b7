"""One-line set-up: token and base URL from arguments or environment, Version header, timeout."""

from __future__ import annotations

import httpx
import pytest

from highlevel_invoices import (
    DEFAULT_BASE_URL,
    DEFAULT_VERSION,
    AsyncHighLevel,
    ConfigurationError,
    HighLevel,
    ResponseValidationError,
    models,
)
from highlevel_invoices._constants import VERSIONS
from highlevel_invoices_api.models.alt_type import AltType
from highlevel_invoices_api.models.api_version import ApiVersion

from . import helpers
from .helpers import INVOICE_ID, LOCATION, TOKEN, Recorder, async_client, sync_client


def test_token_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIGHLEVEL_TOKEN", TOKEN)
    monkeypatch.setenv("HIGHLEVEL_BASE_URL", "http://127.0.0.1:4010/")
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    with HighLevel(transport=httpx.MockTransport(recorder)) as hl:
        hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    request = recorder.requests[0]
    assert str(request.url).startswith("http://127.0.0.1:4010/invoices/")
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_default_base_url_is_highlevel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HIGHLEVEL_BASE_URL", raising=False)
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    sync_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert str(recorder.requests[0].url).startswith(DEFAULT_BASE_URL + "/invoices/")


def test_missing_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HIGHLEVEL_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="HIGHLEVEL_TOKEN"):
        HighLevel()
    with pytest.raises(ConfigurationError, match="HIGHLEVEL_TOKEN"):
        AsyncHighLevel()


@pytest.mark.parametrize("token", ["Bearer abc", "abc def"])
def test_token_with_white_space_is_refused_without_echoing_it(token: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        HighLevel(token)
    assert token not in str(info.value)


def test_bad_base_url_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        HighLevel(TOKEN, base_url="services.leadconnectorhq.com")


async def test_version_header_on_every_call_sync_and_async() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    sync_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    await async_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert [r.headers["version"] for r in recorder.requests] == ["2021-07-28", "2021-07-28"]


async def test_version_v3_is_sent_on_every_call_sync_and_async() -> None:
    """The vendor's second edition (QUIRKS Q27): ``version="v3"``, or the generated enum member."""
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    sync_client(recorder, version="v3").get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    client = async_client(recorder, version=ApiVersion.V3)
    await client.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert [r.headers["version"] for r in recorder.requests] == ["v3", "v3"]
    assert client.version == "v3" and "version='v3'" in repr(client)
    assert sorted(VERSIONS) == ["2021-07-28", "v3"] and HighLevel(TOKEN).version == DEFAULT_VERSION == "2021-07-28"


def test_version_is_overridable_per_client() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    sync_client(recorder, version="2023-02-21").get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert recorder.requests[0].headers["version"] == "2023-02-21"


def test_timeout_is_finite_by_default() -> None:
    hl = HighLevel(TOKEN)
    timeout = hl.raw.get_httpx_client().timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    assert timeout.read is not None and timeout.read <= 60


def test_one_connection_pool_is_reused_across_calls() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    hl = sync_client(recorder)
    first = hl.raw.get_httpx_client()
    hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert hl.raw.get_httpx_client() is first
    assert len(recorder.requests) == 2


def test_sync_and_async_clients_offer_the_same_operations() -> None:
    def public(cls: type) -> set[str]:
        return {name for name in dir(cls) if not name.startswith("_")} - {"close", "aclose"}

    assert public(HighLevel) == public(AsyncHighLevel)
    assert "send_invoice" in public(HighLevel)


def test_typed_request_in_typed_model_out() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY))
    invoice = sync_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert isinstance(invoice, models.InvoiceWithSummary)
    assert invoice.field_id == helpers.INVOICE["_id"]
    assert invoice.status is models.InvoiceStatus.DRAFT
    assert invoice.total_summary.sub_total == 999


def test_a_success_body_that_is_not_the_documented_model_is_a_typed_error() -> None:
    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE))  # no totalSummary, which get-invoice requires
    with pytest.raises(ResponseValidationError, match="totalSummary"):
        sync_client(recorder).get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=AltType.LOCATION)


def test_raw_access_gives_status_headers_and_body() -> None:
    from highlevel_invoices_api.api.invoice import get_invoice

    recorder = Recorder(httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY, headers={"X-RateLimit-Remaining": "97"}))
    hl = sync_client(recorder)
    response = get_invoice.sync_detailed(INVOICE_ID, client=hl.raw, alt_id=LOCATION, alt_type=AltType.LOCATION)
    assert response.status_code == 200
    assert response.headers["x-ratelimit-remaining"] == "97"
    assert b'"_id"' in response.content
