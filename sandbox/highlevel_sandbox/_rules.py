"""The sandbox's rules where the vendor is silent: status transitions, totals and payments, numbering, what an
estimate gives its invoice, the order of lists. No HTTP, no state.

Each rule here is an assumption written in ``sandbox/README.md``. Money is computed
in ``Decimal`` and rounded half-up to cents.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from ._exceptions import AmountsTooLarge, InvalidPayment, InvalidTransition, TotalBelowAmountPaid

CENT = Decimal("0.01")
MAX_TOTAL = Decimal("1000000000")  # the Money bound of the spec's x-generation (QUIRKS Q28), the arithmetic's limit


# ---------------------------------------------------------------------------- statuses


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    PAYMENT_PROCESSING = "payment_processing"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    VOID = "void"


class ScheduleStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    CANCELLED = "cancelled"


class InvoiceAction(StrEnum):
    """What a call does to an invoice; the value is the refusal's wording."""

    UPDATE = "A {status} invoice cannot be updated"
    SEND = "A {status} invoice cannot be sent"
    VOID = "A {status} invoice cannot be voided"
    RECORD_PAYMENT = "A payment cannot be recorded on a {status} invoice"


class ScheduleAction(StrEnum):
    SCHEDULE = "A {status} schedule cannot be scheduled"
    CANCEL = "A {status} schedule cannot be cancelled"
    UPDATE = "A {status} schedule cannot be updated (an active one is changed with updateAndSchedule)"
    DELETE = "A {status} schedule cannot be deleted (cancel an active one first)"
    AUTO_PAYMENT = "The auto-payment of a {status} schedule cannot be changed"


# A void or paid invoice is closed: nothing but void (of a void one) applies to it.
CLOSED = frozenset({InvoiceStatus.VOID, InvoiceStatus.PAID})
_OPEN = [s for s in InvoiceStatus if s not in CLOSED]

# THE table: action -> {status before: status after}. A status missing from an action's row refuses it.
# A payment's row gives the status while something is still due; ``after_payment`` settles paid.
INVOICE_TRANSITIONS: dict[InvoiceAction, dict[InvoiceStatus, InvoiceStatus]] = {
    InvoiceAction.UPDATE: {s: s for s in _OPEN},
    InvoiceAction.SEND: {s: InvoiceStatus.SENT if s == InvoiceStatus.DRAFT else s for s in _OPEN},
    InvoiceAction.VOID: {s: InvoiceStatus.VOID for s in InvoiceStatus if s != InvoiceStatus.PAID},
    InvoiceAction.RECORD_PAYMENT: {s: InvoiceStatus.PARTIALLY_PAID for s in _OPEN},
}
SCHEDULE_TRANSITIONS: dict[ScheduleAction, dict[ScheduleStatus, ScheduleStatus]] = {
    ScheduleAction.SCHEDULE: {
        ScheduleStatus.DRAFT: ScheduleStatus.ACTIVE,
        ScheduleStatus.ACTIVE: ScheduleStatus.ACTIVE,
    },
    ScheduleAction.CANCEL: {s: ScheduleStatus.CANCELLED for s in ScheduleStatus},
    # Only a draft is edited in place; an active schedule is changed by updateAndSchedule (update, then the
    # SCHEDULE row), so the invoices it goes on generating never follow a half-applied edit.
    ScheduleAction.UPDATE: {ScheduleStatus.DRAFT: ScheduleStatus.DRAFT},
    # An active schedule is still generating invoices: it is cancelled before it is deleted.
    ScheduleAction.DELETE: {
        ScheduleStatus.DRAFT: ScheduleStatus.DRAFT,
        ScheduleStatus.CANCELLED: ScheduleStatus.CANCELLED,
    },
    ScheduleAction.AUTO_PAYMENT: {
        ScheduleStatus.DRAFT: ScheduleStatus.DRAFT,
        ScheduleStatus.ACTIVE: ScheduleStatus.ACTIVE,
    },
}


class EstimateStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    VIEWED = "viewed"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    INVOICED = "invoiced"


class EstimateAction(StrEnum):
    """What a call does to an estimate; the value is the refusal's wording."""

    UPDATE = "A {status} estimate cannot be updated"
    SEND = "A {status} estimate cannot be sent"
    MARK_VIEWED = "A {status} estimate cannot be marked viewed"
    ACCEPT = "A {status} estimate cannot be accepted"
    DECLINE = "A {status} estimate cannot be declined"
    INVOICE = "An invoice cannot be created from an {status} estimate"


_E = EstimateStatus
# Estimates move draft -> sent -> (viewed) -> accepted | declined, and from any of these to invoiced (an
# invoice can be made from an estimate at any point, once). An invoiced estimate is closed.
# Same reading as INVOICE_TRANSITIONS: a status missing from a row refuses it.
ESTIMATE_TRANSITIONS: dict[EstimateAction, dict[EstimateStatus, EstimateStatus]] = {
    EstimateAction.UPDATE: {s: s for s in EstimateStatus if s != _E.INVOICED},
    EstimateAction.SEND: {_E.DRAFT: _E.SENT, _E.SENT: _E.SENT, _E.VIEWED: _E.VIEWED},
    EstimateAction.MARK_VIEWED: {_E.SENT: _E.VIEWED, _E.VIEWED: _E.VIEWED},
    EstimateAction.ACCEPT: {_E.SENT: _E.ACCEPTED, _E.VIEWED: _E.ACCEPTED, _E.ACCEPTED: _E.ACCEPTED},
    EstimateAction.DECLINE: {_E.SENT: _E.DECLINED, _E.VIEWED: _E.DECLINED, _E.DECLINED: _E.DECLINED},
    EstimateAction.INVOICE: {s: _E.INVOICED for s in EstimateStatus if s != _E.INVOICED},
}
# The status an update's ``estimateStatus`` asks for -> the action it takes. ``all`` or the current status is a
# plain update; ``draft``, ``sent`` and ``invoiced`` are reached only by their own operations (refused here).
ESTIMATE_STATUS_ACTIONS = {
    _E.VIEWED: EstimateAction.MARK_VIEWED,
    _E.ACCEPTED: EstimateAction.ACCEPT,
    _E.DECLINED: EstimateAction.DECLINE,
}


def estimate_transition(status: EstimateStatus, action: EstimateAction) -> EstimateStatus:
    """The status after ``action``, or ``InvalidTransition`` when the table refuses it."""
    after = ESTIMATE_TRANSITIONS[action].get(status)
    if after is None:
        raise InvalidTransition(action.value.format(status=status.value))
    return after


def estimate_update(status: EstimateStatus, wanted: str | None) -> EstimateStatus:
    """The status after an update asking for ``wanted`` (its ``estimateStatus``, if any)."""
    if wanted is None or wanted == "all" or wanted == status.value:
        return estimate_transition(status, EstimateAction.UPDATE)
    estimate_transition(status, EstimateAction.UPDATE)  # an invoiced estimate takes no update at all
    action = ESTIMATE_STATUS_ACTIONS.get(EstimateStatus(wanted))
    if action is None:
        raise InvalidTransition(f"An update cannot make a {status.value} estimate {wanted}")
    return estimate_transition(status, action)


def invoice_transition(status: InvoiceStatus, action: InvoiceAction) -> InvoiceStatus:
    """The status after ``action``, or ``InvalidTransition`` when the table refuses it."""
    after = INVOICE_TRANSITIONS[action].get(status)
    if after is None:
        raise InvalidTransition(action.value.format(status=status.value))
    return after


def schedule_transition(status: ScheduleStatus, action: ScheduleAction) -> ScheduleStatus:
    after = SCHEDULE_TRANSITIONS[action].get(status)
    if after is None:
        raise InvalidTransition(action.value.format(status=status.value))
    return after


def settled(status: InvoiceStatus, amount_paid: Decimal, total: Decimal) -> InvoiceStatus:
    """``paid`` once something was paid and nothing is due any more, else ``status``.

    Applied after a payment and after an update: an update that brings the total down to what was
    already paid settles the invoice (it could never be paid otherwise)."""
    return InvoiceStatus.PAID if amount_paid > 0 and amount_paid >= total else status


def after_payment(status: InvoiceStatus, amount_paid: Decimal, total: Decimal) -> InvoiceStatus:
    """What the table says for a payment, then ``settled``."""
    return settled(invoice_transition(status, InvoiceAction.RECORD_PAYMENT), amount_paid, total)


# ---------------------------------------------------------------------------- money and totals


def money(value: Decimal) -> int | float:
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return int(value) if value == value.to_integral_value() else float(value)


def dec(value: Any) -> Decimal:
    return Decimal(str(value))


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


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


def checked_totals(items: list[dict[str, Any]], discount: dict[str, Any] | None) -> Totals:
    """The totals, once every amount an invoice reports (sub-total, discount, tax, total) is within ``MAX_TOTAL``.

    The spec bounds no number (QUIRKS Q28), so a line such as ``1e308 x 1e308`` reaches here: an amount the
    arithmetic cannot hold, or beyond ``MAX_TOTAL`` either way, is refused with 400, never a crash."""
    try:
        totals = compute_totals(items, discount)
    except InvalidOperation:
        raise AmountsTooLarge(MAX_TOTAL) from None
    if max(abs(totals.sub_total), abs(totals.discount), abs(totals.tax), abs(totals.total)) > MAX_TOTAL:
        raise AmountsTooLarge(MAX_TOTAL)
    return totals


def covers_amount_paid(total: Decimal, amount_paid: Decimal) -> None:
    """An update may not bring an invoice's total below what was already paid on it (``TotalBelowAmountPaid``)."""
    if amount_paid > total:
        raise TotalBelowAmountPaid()


def payment_amount(requested: Any, due: Decimal) -> Decimal:
    """The amount a payment records: the one asked for (``None``: everything due), in cents, above zero and at
    most what is due (``InvalidPayment`` otherwise)."""
    amount = cents(dec(requested) if requested is not None else due)
    if amount <= 0:
        raise InvalidPayment("The amount to record must be greater than zero")
    if amount > due:
        raise InvalidPayment(f"The amount {money(amount)} is more than the amount due {money(due)}")
    return amount


# ---------------------------------------------------------------------------- numbering


def invoice_number(sequence: int, prefix: str | None) -> str:
    """The number of a location's ``sequence``-th numbered invoice (QUIRKS Q1: always a string)."""
    return f"{prefix or ''}{sequence}"


def next_invoice_number(sequence: int) -> str:
    """What ``generate-invoice-number`` answers: the number the next numbered invoice will take, without its
    prefix, as a string (QUIRKS Q101). Reading it does not use it up; only creating an invoice does."""
    return str(sequence)


# ---------------------------------------------------------------------------- settings


def default_settings() -> dict[str, Any]:
    """A new location's invoice settings (``get-invoice-settings``): the defaults ``invoice_defaults`` applies.

    Chosen so that an invoice created without title, terms, prefix or due date looks as it always did in the
    sandbox: title ``INVOICE``, no terms, no prefix, due on its issue date."""
    return {
        "title": "INVOICE",
        "termsNote": "",
        "invoiceNumberPrefix": "",
        "dueAfterXDays": 0,
        "estimatesTitle": "ESTIMATE",
        "estimatesTermsNote": "",
        "estimateNumberPrefix": "",
        "estimatesExpireAfterXDays": 0,
        "minimumPercentagePartialPayment": 0,
        "customFields": [],
    }


SETTING_OF_FIELD = {"title": "title", "termsNotes": "termsNote", "invoiceNumberPrefix": "invoiceNumberPrefix"}


def invoice_defaults(data: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a new invoice's fields) with the location's settings where a field is absent: ``title``,
    ``termsNotes`` (from ``termsNote``), ``invoiceNumberPrefix`` and ``dueDate`` (``issueDate`` plus
    ``dueAfterXDays``). A field that is given, even empty, is kept; an empty setting adds nothing."""
    filled = dict(data)
    for field, setting in SETTING_OF_FIELD.items():
        if field not in filled and settings.get(setting):
            filled[field] = settings[setting]
    if "dueDate" not in filled and filled.get("issueDate"):
        days = int(settings.get("dueAfterXDays") or 0)
        # A date the spec's pattern lets through but the calendar has not (2024-13-45) stays due on issue.
        with contextlib.suppress(ValueError, OverflowError):
            filled["dueDate"] = (date.fromisoformat(filled["issueDate"]) + timedelta(days=days)).isoformat()
    return filled


# ---------------------------------------------------------------------------- estimates into invoices

ESTIMATE_FIELDS_OF_INVOICE = ("termsNotes", "sentTo", "attachments", "automaticTaxesEnabled")


def invoice_from_estimate(estimate: Mapping[str, Any], issue_date: str) -> dict[str, Any]:
    """The create-invoice fields of an invoice made from an estimate's fields: its name, business details,
    currency, line items (without their ids: the invoice gives its own), discount, contact and live mode, so
    its totals; its terms, recipients, attachments and automatic taxes where it has them; issued ``issue_date``."""
    body: dict[str, Any] = {
        "name": estimate["name"],
        "businessDetails": estimate.get("businessDetails") or {},
        "currency": estimate["currency"],
        "items": [{k: v for k, v in item.items() if k != "_id"} for item in estimate["items"]],
        "discount": estimate.get("discount"),
        "contactDetails": estimate["contactDetails"],
        "issueDate": issue_date,
        "liveMode": estimate.get("liveMode", False),
    }
    for key in ESTIMATE_FIELDS_OF_INVOICE:
        if key in estimate:
            body[key] = estimate[key]
    return body


# ---------------------------------------------------------------------------- the order of lists


class Created(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def created_at(self) -> str: ...


class Issued(Created, Protocol):
    @property
    def issue_date(self) -> str: ...


CreatedT = TypeVar("CreatedT", bound=Created)
IssuedT = TypeVar("IssuedT", bound=Issued)
T = TypeVar("T")


def by_issue_date(found: Iterable[IssuedT], sort_order: str | None = None) -> list[IssuedT]:
    """Invoices and estimates: newest issue date first, ``sortOrder=ascend`` oldest first; a tie goes by creation
    time, then id, in the same direction."""
    descending = (sort_order or "descend") != "ascend"
    return sorted(found, key=lambda r: (r.issue_date, r.created_at, r.id), reverse=descending)


def newest_created_first(found: Iterable[CreatedT]) -> list[CreatedT]:
    """Invoice and estimate templates: the newest created first (a tie: the greater id first)."""
    return sorted(found, key=lambda r: (r.created_at, r.id), reverse=True)


def newest_stored_first(found_in_creation_order: Iterable[T]) -> list[T]:
    """Schedules: the last created first (the reverse of the order they were stored in)."""
    return list(reversed(list(found_in_creation_order)))
