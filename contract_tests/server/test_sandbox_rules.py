"""Rules the sandbox promises in its README (totals, numbering, lists, schedules)."""

from __future__ import annotations

from typing import Any

import pytest

from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.target import Target
from highlevel_invoices import HighLevel, models

pytestmark = pytest.mark.sandbox_only
LOC = models.AltType.LOCATION
TAX = {"_id": "t1", "name": "VAT", "rate": 8.25, "calculation": "exclusive"}


@pytest.mark.parametrize(
    ("items", "discount", "expected"),
    [
        ([bodies.item(100, 2)], {"type": "percentage", "value": 0}, (200, 0, 0, 200)),
        ([bodies.item(100, 2, taxes=[TAX])], {"type": "percentage", "value": 10}, (200, 20, 14.85, 194.85)),
        ([bodies.item(10.005, 3)], {"type": "fixed", "value": 5}, (30.02, 5, 0, 25.02)),
        ([bodies.item(50, 1, productId="p1"), bodies.item(50, 1, productId="p2", taxes=[TAX])],
         {"type": "percentage", "value": 50, "validOnProductIds": ["p1"]}, (100, 25, 4.13, 79.13)),
        ([bodies.item(100, 1, taxes=[TAX], taxInclusive=True)], {"type": "fixed", "value": 500}, (100, 100, 0, 0)),
    ],
)  # fmt: skip
def test_totals(
    client: HighLevel, target: Target, items: list[Any], discount: dict[str, Any], expected: tuple[float, ...]
) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location, items=items, discount=discount))
    summary = client.get_invoice(created.field_id, alt_id=target.a.location, alt_type=LOC)
    actual = (summary.total_summary.sub_total, summary.total_summary.discount, summary.total_summary.tax, summary.total)
    assert actual == expected
    assert summary.amount_due == expected[3]


def test_invoice_numbers_are_a_per_location_sequence_with_prefix(client: HighLevel, target: Target) -> None:
    numbers = [client.create_invoice(body=bodies.create_invoice(target.a.location)).invoice_number for _ in range(3)]
    prefixed = client.create_invoice(body=bodies.create_invoice(target.a.location, invoiceNumberPrefix="INV-"))
    given = client.create_invoice(body=bodies.create_invoice(target.a.location, invoiceNumber="X-77"))
    assert numbers == ["1", "2", "3"]
    assert (prefixed.invoice_number, given.invoice_number) == ("INV-4", "X-77")
    assert target.b is not None
    with target.client(target.b) as other:
        assert other.create_invoice(body=bodies.create_invoice(target.b.location)).invoice_number == "1"


def test_a_line_item_keeps_the_id_it_was_sent_with_and_gets_one_otherwise(client: HighLevel, target: Target) -> None:
    kept = "6578278e879ad2646715ba9e"
    items = [bodies.item(10, 1, _id=kept), bodies.item(20, 1)]
    created = client.create_invoice(body=bodies.create_invoice(target.a.location, items=items))
    ids = [i.field_id for i in created.invoice_items]
    assert ids[0] == kept and isinstance(ids[1], str) and len(ids[1]) == 24 and ids[1] != kept


def test_list_filters_sorting_and_paging(client: HighLevel, target: Target) -> None:
    loc = target.a.location
    for day, name in [("2024-01-03", "Gamma"), ("2024-01-01", "Alpha"), ("2024-01-02", "Beta")]:
        client.create_invoice(body=bodies.create_invoice(loc, issueDate=day, name=name))
    zed = {**bodies.CONTACT, "email": "zed@example.org"}
    other = client.create_invoice(
        body=bodies.create_invoice(loc, issueDate="2024-02-01", name="Delta", contactDetails=zed)
    )
    client.send_invoice(other.field_id, body=bodies.send(loc))

    def names(**query: object) -> list[str]:
        page = client.list_invoices(alt_id=loc, alt_type=LOC, limit="10", offset="0", **query)  # type: ignore[arg-type]
        return [i.name for i in page.invoices]

    assert names() == ["Delta", "Gamma", "Beta", "Alpha"]
    assert names(sort_order=models.ListInvoicesSortOrder.ASCEND) == ["Alpha", "Beta", "Gamma", "Delta"]
    assert names(status=models.InvoiceStatus.SENT) == ["Delta"]
    assert names(search="ZED@") == ["Delta"]
    from datetime import date

    assert names(start_at=date(2024, 1, 2), end_at=date(2024, 1, 3)) == ["Gamma", "Beta"]
    page = client.list_invoices(alt_id=loc, alt_type=LOC, limit="2", offset="1")
    assert ([i.name for i in page.invoices], page.total) == (["Gamma", "Beta"], 4)


def test_cancelled_schedule_cannot_be_scheduled(client: HighLevel, target: Target) -> None:
    import highlevel_invoices as hl_pkg

    created = client.create_invoice_schedule(body=bodies.schedule(target.a.location))
    client.cancel_invoice_schedule(created.field_id, body=bodies.location_only(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.schedule_invoice_schedule(created.field_id, body=bodies.schedule_now(target.a.location))


def test_update_is_refused_for_void_invoices(client: HighLevel, target: Target) -> None:
    import highlevel_invoices as hl_pkg

    created = client.create_invoice(body=bodies.create_invoice(target.a.location))
    client.void_invoice(created.field_id, body=bodies.location_only(target.a.location))
    with pytest.raises(hl_pkg.BadRequestError):
        client.update_invoice(created.field_id, body=bodies.update(target.a.location, created, name="x"))


def test_amounts_beyond_the_money_maximum_are_refused_even_when_the_total_fits(
    client: HighLevel, target: Target
) -> None:
    """Found by schemathesis: a 100 % discount kept `total` small while `subTotal` overflowed."""
    import highlevel_invoices as hl_pkg

    huge = bodies.create_invoice(
        target.a.location, items=[bodies.item(1e9, 10)], discount={"type": "percentage", "value": 100}
    )
    with pytest.raises(hl_pkg.BadRequestError, match="exceed"):
        client.create_invoice(body=huge)


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # QUIRKS Q30: a tax without `calculation` is exclusive, its only value
        ([bodies.item(100, 1, taxes=[{"_id": "t1", "name": "VAT", "rate": 10}])], (100, 0, 10, 110)),
        # QUIRKS Q28: no bound on a rate (the vendor's update page sends 123) or a quantity; negatives count as given
        ([bodies.item(10, 1, taxes=[{**TAX, "rate": 123}])], (10, 0, 12.3, 22.3)),
        ([bodies.item(0.5, 2_000_000)], (1_000_000, 0, 0, 1_000_000)),
        ([bodies.item(100, 1), bodies.item(-30, 1)], (70, 0, 0, 70)),
    ],
)  # fmt: skip
def test_totals_of_what_the_vendor_accepts(
    client: HighLevel, target: Target, items: list[Any], expected: tuple[float, ...]
) -> None:
    created = client.create_invoice(body=bodies.create_invoice(target.a.location, items=items))
    summary = client.get_invoice(created.field_id, alt_id=target.a.location, alt_type=LOC)
    actual = (summary.total_summary.sub_total, summary.total_summary.discount, summary.total_summary.tax, summary.total)
    assert actual == expected
