"""The sandbox's estimate rules that only it promises: routing, the transition table, answers without a body."""

from __future__ import annotations

import httpx
import pytest

from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.lifecycle import estimate_bodies as est
from highlevel_conformance.target import Target
from highlevel_invoices import UNSET, HighLevel, models
from highlevel_sandbox import SyncASGITransport, _routes
from highlevel_sandbox import _rules as rules
from highlevel_sandbox._exceptions import InvalidTransition
from highlevel_sandbox._rules import EstimateAction, EstimateStatus

pytestmark = pytest.mark.sandbox_only
LOC = models.AltType.LOCATION
E = EstimateStatus


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("POST", "/invoices/estimate", "create-new-estimate"),
        ("GET", "/invoices/estimate/list", "list-estimates"),
        ("GET", "/invoices/estimate/number/generate", "generate-estimate-number"),
        ("PATCH", "/invoices/estimate/stats/last-visited-at", "update-estimate-last-visited-at"),
        ("PUT", "/invoices/estimate/6578278e879ad2646715ba9c", "update-estimate"),
        ("DELETE", "/invoices/estimate/6578278e879ad2646715ba9c", "delete-estimate"),
        ("POST", "/invoices/estimate/6578278e879ad2646715ba9c/send", "send-estimate"),
        ("POST", "/invoices/estimate/6578278e879ad2646715ba9c/invoice", "create-invoice-from-estimate"),
        ("GET", "/invoices/6578278e879ad2646715ba9c", "get-invoice"),
        ("POST", "/invoices/6578278e879ad2646715ba9c/send", "send-invoice"),
    ],
)
def test_estimate_paths_win_over_invoice_ids(method: str, path: str, operation_id: str) -> None:
    found = _routes.match(path)
    assert found is not None
    route, _ = found
    assert route.operations[method].operation_id == operation_id


@pytest.mark.parametrize("path", ["/invoices/estimate", "/invoices/estimate/list"])
def test_an_estimate_path_is_never_taken_for_an_invoice_id(path: str) -> None:
    found = _routes.match(path)
    assert found is not None
    route, params = found
    assert "invoiceId" not in params and "{invoiceId}" not in route.path
    assert "GET" not in route.operations or route.operations["GET"].operation_id == "list-estimates"


def test_the_transition_table_refuses_every_status_missing_from_a_row() -> None:
    for action, row in rules.ESTIMATE_TRANSITIONS.items():
        for status in EstimateStatus:
            if status in row:
                assert rules.estimate_transition(status, action) == row[status]
            else:
                with pytest.raises(InvalidTransition, match=f"{status.value} estimate"):
                    rules.estimate_transition(status, action)
    assert all(E.INVOICED not in row for row in rules.ESTIMATE_TRANSITIONS.values())  # invoiced is closed


@pytest.mark.parametrize(
    ("before", "wanted", "after"),
    [
        (E.DRAFT, None, E.DRAFT),
        (E.DRAFT, "all", E.DRAFT),
        (E.SENT, "sent", E.SENT),
        (E.SENT, "viewed", E.VIEWED),
        (E.VIEWED, "accepted", E.ACCEPTED),
        (E.SENT, "declined", E.DECLINED),
        (E.ACCEPTED, "accepted", E.ACCEPTED),
        (E.DECLINED, None, E.DECLINED),
    ],
)
def test_update_moves_to_the_status_it_asks_for(before: EstimateStatus, wanted: str | None, after: E) -> None:
    assert rules.estimate_update(before, wanted) == after


@pytest.mark.parametrize(
    ("before", "wanted"),
    [(E.DRAFT, "accepted"), (E.DRAFT, "viewed"), (E.DRAFT, "sent"), (E.SENT, "invoiced"), (E.SENT, "draft"),
     (E.DECLINED, "accepted"), (E.ACCEPTED, "declined"), (E.INVOICED, None), (E.INVOICED, "invoiced")],
)  # fmt: skip
def test_update_refuses_what_only_another_operation_or_nothing_may_do(
    before: EstimateStatus, wanted: str | None
) -> None:
    with pytest.raises(InvalidTransition):
        rules.estimate_update(before, wanted)


def test_send_keeps_a_viewed_estimate_viewed() -> None:
    assert rules.estimate_transition(E.VIEWED, EstimateAction.SEND) == E.VIEWED


def test_last_visited_answers_200_without_a_body_and_a_refusal_in_highlevel_shape(target: Target) -> None:
    assert target.sandbox is not None
    a = target.a.location
    with target.client() as hl:
        created = hl.create_new_estimate(body=est.create(a))
        hl.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a))
    with httpx.Client(transport=SyncASGITransport(target.sandbox.app), base_url=target.base_url) as raw:
        headers = {"Authorization": f"Bearer {target.a.token}", "Version": "2021-07-28"}
        visited = raw.patch("/invoices/estimate/stats/last-visited-at", json={"estimateId": created.field_id},
                            headers=headers)  # fmt: skip
        assert (visited.status_code, visited.content) == (200, b"")
        refused = raw.post(f"/invoices/estimate/{created.field_id}/invoice", headers=headers,
                           json={"altId": a, "altType": "location", "markAsInvoiced": True})  # fmt: skip
    assert refused.status_code == 400
    assert refused.json() == {
        "statusCode": 400,
        "message": "An invoice cannot be created from an invoiced estimate",
        "error": "Bad Request",
    }


def test_the_invoice_of_an_estimate_takes_the_next_invoice_number(client: HighLevel, target: Target) -> None:
    a = target.a.location
    before = client.create_invoice(body=bodies.create_invoice(a)).invoice_number
    created = client.create_new_estimate(body=est.create(a))
    client.send_estimate(created.field_id, body=est.send(a))
    invoice = client.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a)).invoice
    assert int(invoice.invoice_number) == int(before) + 1
    assert created.estimate_number == 1  # the estimates' own sequence


def test_an_estimate_keeps_its_items_attachments_and_refuses_attachments_that_are_not_urls(target: Target) -> None:
    """The vendor's estimate line items (``EstimateLineItemDto``) carry ``attachments``, a list of file URLs."""
    assert target.sandbox is not None
    a = target.a.location
    files = ["https://example.com/file1.jpg", "https://example.com/file2.png"]
    with target.client() as hl:
        created = hl.create_new_estimate(body=est.create(a, items=[bodies.item(attachments=files), bodies.item()]))
        assert [i.attachments for i in created.items] == [files, UNSET]
        fewer = [{**created.items[0].to_dict(), "attachments": files[:1]}]
        updated = hl.update_estimate(created.field_id, body=est.update(a, created, items=fewer))
        assert [i.attachments for i in updated.items] == [files[:1]]
        invoice = hl.create_invoice_from_estimate(created.field_id, body=est.to_invoice(a)).invoice
        assert invoice.invoice_items[0].additional_properties["attachments"] == files[:1]  # as the item was
    with httpx.Client(transport=SyncASGITransport(target.sandbox.app), base_url=target.base_url) as raw:
        headers = {"Authorization": f"Bearer {target.a.token}", "Version": "2021-07-28"}
        body = est.estimate_fields(a, items=[bodies.item(attachments="https://example.com/file1.jpg")])
        refused = raw.post("/invoices/estimate", json=body, headers=headers)
    assert refused.status_code == 422
    assert any(m.startswith("items.0.attachments:") for m in refused.json()["message"]), refused.json()
