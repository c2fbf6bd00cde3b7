"""State and lifecycle rules of the sandbox (moto's ``models``): no HTTP in here.

Every rule the vendor does not document is an assumption, listed in
``sandbox/README.md``. Money is computed in ``Decimal`` and rounded to cents.
"""

from __future__ import annotations

import copy
import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")
MAX_TOTAL = Decimal("1000000000")  # the spec's Money maximum


class SandboxError(Exception):
    """A request the rules refuse: becomes an HTTP error of ``status``."""

    def __init__(self, status: int, message: str | list[str]) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def new_object_id() -> str:
    return os.urandom(12).hex()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def money(value: Decimal) -> int | float:
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return int(value) if value == value.to_integral_value() else float(value)


def dec(value: Any) -> Decimal:
    return Decimal(str(value))


# ---------------------------------------------------------------------------- totals


@dataclass(frozen=True)
class Totals:
    sub_total: Decimal
    discount: Decimal
    tax: Decimal

    @property
    def total(self) -> Decimal:
        return self.sub_total - self.discount + self.tax


def compute_totals(items: list[dict[str, Any]], discount: dict[str, Any] | None) -> Totals:
    """Totals of line items: ``qty * amount`` per line, the discount spread over the
    lines it applies to, exclusive taxes by rate on each discounted line."""
    lines = [dec(i["qty"]) * dec(i["amount"]) for i in items]
    sub_total = sum(lines, Decimal(0))
    discount = discount or {}
    only = discount.get("validOnProductIds") or None
    eligible = [line if only is None or item.get("productId") in only else Decimal(0)
                for item, line in zip(items, lines, strict=True)]  # fmt: skip
    eligible_total = sum(eligible, Decimal(0))
    value = dec(discount.get("value", 0))
    if discount.get("type") == "fixed":
        discount_total = min(value, eligible_total)
    else:
        discount_total = eligible_total * min(value, Decimal(100)) / 100
    discount_total = discount_total.quantize(CENT, rounding=ROUND_HALF_UP)
    tax = Decimal(0)
    for item, line, share in zip(items, lines, eligible, strict=True):
        if item.get("taxInclusive"):
            continue
        line_discount = discount_total * share / eligible_total if eligible_total else Decimal(0)
        taxable = line - line_discount
        for t in item.get("taxes") or []:
            tax += taxable * dec(t["rate"]) / 100
    tax = tax.quantize(CENT, rounding=ROUND_HALF_UP)
    return Totals(sub_total.quantize(CENT, rounding=ROUND_HALF_UP), discount_total, tax)


# ---------------------------------------------------------------------------- records


def _items_with_ids(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**copy.deepcopy(i), "_id": i.get("_id") or new_object_id()} for i in items]


PASS_THROUGH = (
    "termsNotes", "sentTo", "lateFeesConfiguration", "tipsConfiguration", "paymentMethods", "attachments",
    "miscellaneousCharges", "invoiceNumberPrefix", "description", "contactId", "xeroDetails", "includeTermsNote",
)  # fmt: skip


@dataclass
class Invoice:
    id: str
    location: str
    number: str
    data: dict[str, Any]
    status: str = "draft"
    amount_paid: Decimal = Decimal(0)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""
    payments: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.updated_at = self.updated_at or self.created_at

    @property
    def items(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.data["items"]
        return items

    def totals(self) -> Totals:
        return compute_totals(self.items, self.data.get("discount"))

    def to_json(self, with_summary: bool = False) -> dict[str, Any]:
        d = self.data
        totals = self.totals()
        body: dict[str, Any] = {
            "_id": self.id,
            "status": self.status,
            "liveMode": d.get("liveMode", False),
            "amountPaid": money(self.amount_paid),
            "altId": self.location,
            "altType": "location",
            "name": d["name"],
            "businessDetails": d.get("businessDetails") or {},
            "invoiceNumber": self.number,
            "currency": d["currency"],
            "contactDetails": d["contactDetails"],
            "issueDate": d["issueDate"],
            "dueDate": d.get("dueDate") or d["issueDate"],
            "discount": d.get("discount") or {"type": "percentage", "value": 0},
            "invoiceItems": self.items,
            "total": money(totals.total),
            "title": d.get("title") or "INVOICE",
            "amountDue": money(totals.total - self.amount_paid),
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "automaticTaxesEnabled": bool(d.get("automaticTaxesEnabled", False)),
            "automaticTaxesCalculated": False,
            "paymentSchedule": d.get("paymentSchedule") or {},
        }
        for key in PASS_THROUGH:
            if key in d:
                body[key] = d[key]
        if with_summary:
            body["totalSummary"] = {
                "subTotal": money(totals.sub_total),
                "discount": money(totals.discount),
                "tax": money(totals.tax),
            }
        return body


@dataclass
class Schedule:
    id: str
    location: str
    data: dict[str, Any]
    status: str = "draft"
    invoice_ids: list[str] = field(default_factory=list)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""

    def __post_init__(self) -> None:
        self.updated_at = self.updated_at or self.created_at


@dataclass
class Location:
    invoices: dict[str, Invoice] = field(default_factory=dict)
    schedules: dict[str, Schedule] = field(default_factory=dict)
    next_number: int = 1


# ---------------------------------------------------------------------------- the backend


def _check_total(items: list[dict[str, Any]], discount: dict[str, Any] | None) -> Totals:
    """The totals, once every amount an invoice reports (sub-total, discount, tax, total) fits the spec's Money."""
    totals = compute_totals(items, discount)
    if max(totals.sub_total, totals.discount, totals.tax, totals.total) > MAX_TOTAL:
        raise SandboxError(400, "The invoice amounts exceed 1000000000")
    return totals


class Backend:
    """In-memory invoices and schedules, one store per location."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.locations: dict[str, Location] = {}
        # Which location owns each id, to tell 403 (someone else's) from 404 (nobody's).
        self._owner: dict[str, str] = {}

    def reset(self) -> None:
        with self._lock:
            self.locations.clear()
            self._owner.clear()

    def _loc(self, location: str) -> Location:
        return self.locations.setdefault(location, Location())

    def _find(self, kind: str, location: str, object_id: str) -> Any:
        owner = self._owner.get(object_id)
        store = None if owner is None else getattr(self._loc(owner), kind)
        if owner is None or store is None or object_id not in store:
            noun = "invoice" if kind == "invoices" else "schedule"
            raise SandboxError(404, f"Unable to find an {noun} with the given {noun} id")
        if owner != location:
            raise SandboxError(403, "The token does not have access to this location.")
        return store[object_id]

    def invoice(self, location: str, invoice_id: str) -> Invoice:
        found: Invoice = self._find("invoices", location, invoice_id)
        return found

    def schedule(self, location: str, schedule_id: str) -> Schedule:
        found: Schedule = self._find("schedules", location, schedule_id)
        return found

    # -------------------------------------------------------------- invoices

    def create_invoice(self, location: str, body: dict[str, Any], status: str = "draft") -> Invoice:
        data = copy.deepcopy(body)
        data["items"] = _items_with_ids(data.get("items") or data.get("invoiceItems") or [])
        data.pop("invoiceItems", None)
        _check_total(data["items"], data.get("discount"))
        with self._lock:
            loc = self._loc(location)
            number = data.get("invoiceNumber")
            if not number:
                number = f"{data.get('invoiceNumberPrefix') or ''}{loc.next_number}"
                loc.next_number += 1
            invoice = Invoice(new_object_id(), location, str(number), data, status=status)
            loc.invoices[invoice.id] = invoice
            self._owner[invoice.id] = location
            return invoice

    def update_invoice(self, location: str, invoice_id: str, body: dict[str, Any]) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            if invoice.status in ("void", "paid"):
                raise SandboxError(400, f"A {invoice.status} invoice cannot be updated")
            data = {**invoice.data, **copy.deepcopy(body)}
            items = body.get("invoiceItems", body.get("items"))
            if items is not None:
                data["items"] = _items_with_ids(items)
            data.pop("invoiceItems", None)
            if invoice.amount_paid > _check_total(data["items"], data.get("discount")).total:
                raise SandboxError(400, "The new total is below the amount already paid")
            if body.get("invoiceNumber"):
                invoice.number = str(body["invoiceNumber"])
            invoice.data = data
            invoice.updated_at = now_iso()
            return invoice

    def send_invoice(self, location: str, invoice_id: str) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            if invoice.status in ("void", "paid"):
                raise SandboxError(400, f"A {invoice.status} invoice cannot be sent")
            if invoice.status == "draft":
                invoice.status = "sent"
            invoice.updated_at = now_iso()
            return invoice

    def void_invoice(self, location: str, invoice_id: str) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            if invoice.status == "paid":
                raise SandboxError(400, "A paid invoice cannot be voided")
            invoice.status = "void"
            invoice.updated_at = now_iso()
            return invoice

    def delete_invoice(self, location: str, invoice_id: str) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            del self._loc(location).invoices[invoice_id]
            del self._owner[invoice_id]
            return invoice

    def record_payment(self, location: str, invoice_id: str, body: dict[str, Any]) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            if invoice.status in ("void", "paid"):
                raise SandboxError(400, f"A payment cannot be recorded on a {invoice.status} invoice")
            total = invoice.totals().total
            due = total - invoice.amount_paid
            amount = dec(body["amount"]) if body.get("amount") is not None else due
            amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
            if amount <= 0:
                raise SandboxError(400, "The amount to record must be greater than zero")
            if amount > due:
                raise SandboxError(400, f"The amount {money(amount)} is more than the amount due {money(due)}")
            invoice.amount_paid += amount
            invoice.status = "paid" if invoice.amount_paid >= total else "partially_paid"
            invoice.payments.append({"mode": body["mode"], "amount": money(amount), "at": now_iso()})
            invoice.updated_at = now_iso()
            return invoice

    def text2pay(self, location: str, body: dict[str, Any]) -> Invoice:
        data = {k: v for k, v in body.items() if k not in ("id", "action", "userId")}
        with self._lock:
            if body.get("id"):
                invoice = self.update_invoice(location, body["id"], data)
            else:
                invoice = self.create_invoice(location, data)
            if body["action"] == "send":
                invoice = self.send_invoice(location, invoice.id)
            return invoice

    def list_invoices(self, location: str, query: dict[str, str]) -> tuple[list[Invoice], int]:
        with self._lock:
            found = list(self._loc(location).invoices.values())
        if query.get("status"):
            found = [i for i in found if i.status == query["status"]]
        if query.get("contactId"):
            found = [i for i in found if i.data["contactDetails"].get("id") == query["contactId"]]
        if query.get("paymentMode") in ("live", "test"):
            live = query["paymentMode"] == "live"
            found = [i for i in found if bool(i.data.get("liveMode")) == live]
        if query.get("startAt"):
            found = [i for i in found if i.data["issueDate"] >= query["startAt"]]
        if query.get("endAt"):
            found = [i for i in found if i.data["issueDate"] <= query["endAt"]]
        if query.get("search"):
            needle = query["search"].casefold()
            found = [i for i in found if needle in _haystack(i)]
        descending = query.get("sortOrder", "descend") != "ascend"
        found.sort(key=lambda i: (i.data["issueDate"], i.created_at, i.id), reverse=descending)
        total = len(found)
        offset, limit = int(query["offset"]), int(query["limit"])
        return found[offset : offset + limit], total

    # -------------------------------------------------------------- schedules

    def create_schedule(self, location: str, body: dict[str, Any]) -> Schedule:
        data = copy.deepcopy(body)
        data["items"] = _items_with_ids(data.get("items") or [])
        _check_total(data["items"], data.get("discount"))
        with self._lock:
            schedule = Schedule(new_object_id(), location, data)
            self._loc(location).schedules[schedule.id] = schedule
            self._owner[schedule.id] = location
            return schedule

    def schedule_schedule(self, location: str, schedule_id: str, body: dict[str, Any]) -> Schedule:
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            if schedule.status == "cancelled":
                raise SandboxError(400, "A cancelled schedule cannot be scheduled")
            if schedule.status != "active":
                schedule.status = "active"
                if "autoPayment" in body:
                    schedule.data["autoPayment"] = copy.deepcopy(body["autoPayment"])
                # The first invoice of the schedule is generated and sent at once.
                invoice_body = {k: v for k, v in schedule.data.items() if k not in ("schedule", "autoPayment")}
                invoice_body["issueDate"] = _schedule_start(schedule.data)
                invoice = self.create_invoice(location, invoice_body, status="sent")
                schedule.invoice_ids.append(invoice.id)
            schedule.updated_at = now_iso()
            return schedule

    def cancel_schedule(self, location: str, schedule_id: str) -> Schedule:
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            schedule.status = "cancelled"
            schedule.updated_at = now_iso()
            return schedule

    def schedule_json(self, schedule: Schedule) -> dict[str, Any]:
        d = schedule.data
        loc = self._loc(schedule.location)
        totals = compute_totals(d["items"], d.get("discount"))
        terms = d.get("termsNotes") or ""
        body: dict[str, Any] = {
            "_id": schedule.id,
            "status": schedule.status,
            "liveMode": d.get("liveMode", False),
            "altId": schedule.location,
            "altType": "location",
            "name": d["name"],
            "schedule": d.get("schedule") or {},
            "invoices": [loc.invoices[i].to_json() for i in schedule.invoice_ids if i in loc.invoices],
            "businessDetails": d.get("businessDetails") or {},
            "currency": d["currency"],
            "contactDetails": d["contactDetails"],
            "discount": d.get("discount") or {"type": "percentage", "value": 0},
            "items": d["items"],
            "total": money(totals.total),
            "title": d.get("title") or "INVOICE",
            "termsNotes": terms,
            "compiledTermsNotes": terms,
            "createdAt": schedule.created_at,
            "updatedAt": schedule.updated_at,
        }
        return body


def _schedule_start(data: dict[str, Any]) -> str:
    rrule = (data.get("schedule") or {}).get("rrule") or {}
    start = rrule.get("startDate")
    return str(start) if start else datetime.now(UTC).date().isoformat()


def _haystack(invoice: Invoice) -> str:
    contact = invoice.data.get("contactDetails") or {}
    parts = [invoice.data.get("name"), contact.get("name"), contact.get("email"), contact.get("phoneNo")]
    return " ".join(str(p) for p in parts if p).casefold()
