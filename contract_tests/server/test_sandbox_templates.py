"""The sandbox's template rules (sandbox/README.md, "Templates") that the lifecycle checks do not cover."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from highlevel_conformance.lifecycle import test_templates as tt
from highlevel_invoices import AsyncHighLevel, models
from highlevel_sandbox import LOCATION_A, LOCATION_B, Sandbox, SandboxConfig, SyncASGITransport, _routes

pytestmark = pytest.mark.sandbox_only
HEADERS = {"Authorization": "Bearer sandbox-token-location-a", "Version": "2021-07-28"}
Q = {"altId": LOCATION_A, "altType": "location"}
PAGE = {**Q, "limit": "10", "offset": "0"}


@pytest.fixture
def http() -> Any:
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    with httpx.Client(transport=SyncASGITransport(sandbox.app), base_url="http://sb", headers=HEADERS) as client:
        yield client


def _create(http: httpx.Client, name: str = "Retainer", **overrides: Any) -> dict[str, Any]:
    response = http.post("/invoices/template", json=tt.template_fields(LOCATION_A, name, **overrides))
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("GET", "/invoices/template", "list-invoice-templates"),
        ("POST", "/invoices/template", "create-invoice-template"),
        ("GET", "/invoices/template/abc", "get-invoice-template"),
        ("DELETE", "/invoices/template/abc", "delete-invoice-template"),
        ("PATCH", "/invoices/template/abc/late-fees-configuration", "update-invoice-template-late-fees-configuration"),
        ("GET", "/invoices/estimate/template", "list-estimate-templates"),
        ("GET", "/invoices/estimate/template/preview", "preview-estimate-template"),
        ("GET", "/invoices/abc", "get-invoice"),
    ],
)
def test_static_template_routes_win_over_invoice_ids(method: str, path: str, operation_id: str) -> None:
    found = _routes.match(path)
    assert found is not None
    route, _ = found
    assert route.operations[method].operation_id == operation_id


def test_get_invoices_template_lists_templates_and_never_reads_an_invoice(http: httpx.Client) -> None:
    _create(http)
    listed = http.get("/invoices/template", params=PAGE)
    assert listed.status_code == 200 and listed.json()["totalCount"] == 1
    assert http.put("/invoices/template", json={}).status_code == 405  # not update-invoice of invoice "template"


def test_status_and_payment_mode_filter_nothing(http: httpx.Client) -> None:
    _create(http)
    for extra in ({"status": "draft"}, {"status": "anything"}, {"paymentMode": "live"}, {"paymentMode": "test"}):
        assert http.get("/invoices/template", params={**PAGE, **extra}).json()["totalCount"] == 1


def test_newest_first(http: httpx.Client) -> None:
    ids = [_create(http, f"T{n}")["_id"] for n in range(3)]
    listed = http.get("/invoices/template", params=PAGE).json()["data"]
    created = {t["_id"]: (t["createdAt"], t["_id"]) for t in listed}
    assert [t["_id"] for t in listed] == sorted(ids, key=lambda i: created[i], reverse=True)


def test_amounts_beyond_the_money_maximum_are_refused(http: httpx.Client) -> None:
    body = tt.template_fields(LOCATION_A, "Huge", items=[{"name": "x", "currency": "USD", "amount": 1e9, "qty": 2}])
    assert http.post("/invoices/template", json=body).status_code == 400
    assert http.post("/invoices/estimate/template", json=body).status_code == 400


def test_another_location_gets_403_and_nobody_404(http: httpx.Client) -> None:
    template_id = _create(http)["_id"]
    other = {**HEADERS, "Authorization": "Bearer sandbox-token-location-b"}
    answer = http.get(f"/invoices/template/{template_id}", params={**Q, "altId": LOCATION_B}, headers=other)
    assert answer.status_code == 403
    missing = http.get("/invoices/template/000000000000000000000000", params=Q)
    assert missing.json() == {"statusCode": 404, "message": "Unable to find a template with the given template id",
                              "error": "Not Found"}  # fmt: skip


def test_estimate_template_create_is_201_and_update_counts_versions(http: httpx.Client) -> None:
    body = tt.template_fields(LOCATION_A, "Quote")
    created = http.post("/invoices/estimate/template", json=body)
    assert created.status_code == 201
    assert (created.json()["__v"], created.json()["deleted"], created.json()["liveMode"]) == (0, False, False)
    template_id = created.json()["_id"]
    http.put(f"/invoices/estimate/template/{template_id}", json=body)
    updated = http.put(f"/invoices/estimate/template/{template_id}", json={**body, "name": "Quote v3"})
    assert (updated.json()["__v"], updated.json()["name"]) == (2, "Quote v3")
    listed = http.get("/invoices/estimate/template", params=PAGE).json()
    assert listed["traceId"] and listed["data"][0]["__v"] == 2


def test_payment_methods_patch_without_payment_methods_changes_nothing(http: httpx.Client) -> None:
    template_id = _create(http, paymentMethods={"stripe": {"enableBankDebitOnly": True}})["_id"]
    answer = http.patch(f"/invoices/template/{template_id}/payment-methods-configuration", json=Q)
    assert answer.status_code == 200
    assert answer.json()["paymentMethods"] == {"stripe": {"enableBankDebitOnly": True}}


async def test_the_async_facade_has_the_template_methods(highlevel_async_client: AsyncHighLevel) -> None:
    word = tt.tag()
    created = await highlevel_async_client.create_estimate_template(body=tt.estimate_template(LOCATION_A, word))
    assert (created.name, created.deleted, created.field_v) == (word, False, 0)
    listed = await highlevel_async_client.list_estimate_templates(
        alt_id=LOCATION_A, alt_type=models.AltType.LOCATION, search=word, limit="10", offset="0"
    )
    assert [t.field_id for t in listed.data] == [created.field_id]
    invoice = await highlevel_async_client.create_invoice_template(body=tt.invoice_template(LOCATION_A, word))
    patched = await highlevel_async_client.update_invoice_template_late_fees_configuration(
        invoice.field_id, body=tt.late_fees(LOCATION_A)
    )
    assert isinstance(patched.late_fees_configuration, models.LateFeesConfiguration)
