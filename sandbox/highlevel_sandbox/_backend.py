"""The sandbox's state: one store per location, one lock, and the state-change events.

Every method that changes state takes the one ``RLock`` and does not await, so
concurrent writers to one invoice lose no update (``sandbox/README.md``,
"Concurrency"). Rules come from ``_rules``; failures are the named errors of
``_exceptions``.

Events: after each change, still under the lock, ``publish`` calls every
subscriber with the event name (``Event``) and the resource (an ``Invoice``)::

    sandbox.backend.subscribe(lambda event, resource: queue.put((event, resource.to_json())))

A subscriber runs under the lock, so it sees the resource as the change left it;
it must be quick (put on a queue, do not send). One that raises is logged and
does not fail the call.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from . import _rules
from ._exceptions import (
    EstimateNotFound,
    EstimateTemplateNotFound,
    InvoiceNotFound,
    InvoiceTemplateNotFound,
    NotFound,
    ScheduleNotFound,
    TenantMismatch,
)
from ._models import (
    Estimate,
    EstimateTemplate,
    Invoice,
    InvoiceTemplate,
    Location,
    Schedule,
    items_with_ids,
    new_object_id,
    now_iso,
)
from ._rules import EstimateAction, InvoiceAction, InvoiceStatus, ScheduleAction, money

log = logging.getLogger("highlevel_sandbox")


class Event(StrEnum):
    """HighLevel's webhook event names for invoices."""

    INVOICE_CREATE = "InvoiceCreate"
    INVOICE_UPDATE = "InvoiceUpdate"
    INVOICE_SENT = "InvoiceSent"
    INVOICE_PAID = "InvoicePaid"
    INVOICE_PARTIALLY_PAID = "InvoicePartiallyPaid"
    INVOICE_VOID = "InvoiceVoid"
    INVOICE_DELETE = "InvoiceDelete"


Subscriber = Callable[[Event, Any], None]

# What a lookup of an id nobody has (in a store of this name) answers; ``_find`` falls back to ScheduleNotFound.
NOT_FOUND: dict[str, Callable[[], NotFound]] = {
    "invoices": InvoiceNotFound,
    "schedules": ScheduleNotFound,
    "invoice_templates": InvoiceTemplateNotFound,
    "estimate_templates": EstimateTemplateNotFound,
    "estimates": EstimateNotFound,
}


class Backend:
    """In-memory invoices and schedules, one store per location."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self.locations: dict[str, Location] = {}
        # Which location owns each id, to tell 403 (someone else's) from 404 (nobody's).
        self._owner: dict[str, str] = {}
        self.subscribers: list[Subscriber] = []

    def reset(self) -> None:
        """Forget every resource (subscribers stay)."""
        with self._lock:
            self.locations.clear()
            self._owner.clear()

    # -------------------------------------------------------------- events

    def subscribe(self, subscriber: Subscriber) -> None:
        self.subscribers.append(subscriber)

    def publish(self, event: Event, resource: Any) -> None:
        for subscriber in list(self.subscribers):
            try:
                subscriber(event, resource)
            except Exception:
                log.exception("a subscriber to %s failed", event.value)

    # -------------------------------------------------------------- lookups

    def _loc(self, location: str) -> Location:
        return self.locations.setdefault(location, Location())

    def _find(self, kind: str, location: str, object_id: str) -> Any:
        owner = self._owner.get(object_id)
        store = None if owner is None else getattr(self._loc(owner), kind)
        if owner is None or store is None or object_id not in store:
            raise NOT_FOUND.get(kind, ScheduleNotFound)()
        if owner != location:
            raise TenantMismatch()
        return store[object_id]

    def invoice(self, location: str, invoice_id: str) -> Invoice:
        found: Invoice = self._find("invoices", location, invoice_id)
        return found

    def schedule(self, location: str, schedule_id: str) -> Schedule:
        found: Schedule = self._find("schedules", location, schedule_id)
        return found

    def estimate(self, location: str, estimate_id: str) -> Estimate:
        found: Estimate = self._find("estimates", location, estimate_id)
        return found

    def schedule_invoices(self, schedule: Schedule) -> list[Invoice]:
        """The invoices a schedule generated that still exist."""
        with self._lock:
            store = self._loc(schedule.location).invoices
            return [store[i] for i in schedule.invoice_ids if i in store]

    # -------------------------------------------------------------- invoices

    def create_invoice(
        self, location: str, body: dict[str, Any], status: InvoiceStatus = InvoiceStatus.DRAFT
    ) -> Invoice:
        data = copy.deepcopy(body)
        data["items"] = items_with_ids(data.get("items") or data.get("invoiceItems") or [])
        data.pop("invoiceItems", None)
        _rules.checked_totals(data["items"], data.get("discount"))
        with self._lock:
            loc = self._loc(location)
            data = _rules.invoice_defaults(data, loc.settings)
            number = data.get("invoiceNumber")
            if not number:
                number = _rules.invoice_number(loc.next_number, data.get("invoiceNumberPrefix"))
                loc.next_number += 1
            invoice = Invoice(new_object_id(), location, str(number), data, status=status)
            loc.invoices[invoice.id] = invoice
            self._owner[invoice.id] = location
            self.publish(Event.INVOICE_CREATE, invoice)
            if status == InvoiceStatus.SENT:
                self.publish(Event.INVOICE_SENT, invoice)
            return invoice

    def update_invoice(self, location: str, invoice_id: str, body: dict[str, Any]) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            status = _rules.invoice_transition(invoice.status, InvoiceAction.UPDATE)
            data = {**invoice.data, **copy.deepcopy(body)}
            items = body.get("invoiceItems", body.get("items"))
            if items is not None:
                data["items"] = items_with_ids(items)
            data.pop("invoiceItems", None)
            total = _rules.checked_totals(data["items"], data.get("discount")).total
            _rules.covers_amount_paid(total, invoice.amount_paid)
            if body.get("invoiceNumber"):
                invoice.number = str(body["invoiceNumber"])
            invoice.data = data
            invoice.status = _rules.settled(status, invoice.amount_paid, total)
            invoice.updated_at = now_iso()
            self.publish(Event.INVOICE_UPDATE, invoice)
            if invoice.status != status:
                self.publish(Event.INVOICE_PAID, invoice)
            return invoice

    def send_invoice(self, location: str, invoice_id: str) -> Invoice:
        return self._change_status(location, invoice_id, InvoiceAction.SEND, Event.INVOICE_SENT)

    def void_invoice(self, location: str, invoice_id: str) -> Invoice:
        return self._change_status(location, invoice_id, InvoiceAction.VOID, Event.INVOICE_VOID)

    def _change_status(self, location: str, invoice_id: str, action: InvoiceAction, event: Event) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            invoice.status = _rules.invoice_transition(invoice.status, action)
            invoice.updated_at = now_iso()
            self.publish(event, invoice)
            return invoice

    def delete_invoice(self, location: str, invoice_id: str) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            del self._loc(location).invoices[invoice_id]
            del self._owner[invoice_id]
            self.publish(Event.INVOICE_DELETE, invoice)
            return invoice

    def record_payment(self, location: str, invoice_id: str, body: dict[str, Any]) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            _rules.invoice_transition(invoice.status, InvoiceAction.RECORD_PAYMENT)
            total = invoice.totals().total
            amount = _rules.payment_amount(body.get("amount"), total - invoice.amount_paid)
            invoice.amount_paid += amount
            invoice.status = _rules.after_payment(invoice.status, invoice.amount_paid, total)
            invoice.payments.append({"mode": body["mode"], "amount": money(amount), "at": now_iso()})
            invoice.updated_at = now_iso()
            paid = invoice.status == InvoiceStatus.PAID
            self.publish(Event.INVOICE_PAID if paid else Event.INVOICE_PARTIALLY_PAID, invoice)
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

    def next_invoice_number(self, location: str) -> str:
        with self._lock:
            return _rules.next_invoice_number(self._loc(location).next_number)

    def invoice_settings(self, location: str) -> dict[str, Any]:
        with self._lock:
            return copy.deepcopy(self._loc(location).settings)

    def update_late_fees(self, location: str, invoice_id: str, body: dict[str, Any]) -> Invoice:
        """Like an update that only sets ``lateFeesConfiguration`` (so refused for void and paid invoices)."""
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            _rules.invoice_transition(invoice.status, InvoiceAction.UPDATE)
            invoice.update_data(lateFeesConfiguration=body["lateFeesConfiguration"])
            invoice.updated_at = now_iso()
            self.publish(Event.INVOICE_UPDATE, invoice)
            return invoice

    def visit_invoice(self, location: str, invoice_id: str) -> Invoice:
        with self._lock:
            invoice = self.invoice(location, invoice_id)
            invoice.last_visited_at = now_iso()
            return invoice

    def list_invoices(self, location: str, query: dict[str, str]) -> tuple[list[Invoice], int]:
        with self._lock:
            found = list(self._loc(location).invoices.values())
        if query.get("status"):
            found = [i for i in found if i.status == query["status"]]
        if query.get("startAt"):
            found = [i for i in found if i.issue_date >= query["startAt"]]
        if query.get("endAt"):
            found = [i for i in found if i.issue_date <= query["endAt"]]
        found = _by_fields(found, query, ("contactId", "paymentMode", "search"))
        return _page(_rules.by_issue_date(found, query.get("sortOrder")), query)

    # -------------------------------------------------------------- schedules

    def create_schedule(self, location: str, body: dict[str, Any]) -> Schedule:
        data = copy.deepcopy(body)
        _checked_items(data)
        with self._lock:
            schedule = Schedule(new_object_id(), location, data)
            self._loc(location).schedules[schedule.id] = schedule
            self._owner[schedule.id] = location
            return schedule

    def schedule_schedule(self, location: str, schedule_id: str, body: dict[str, Any]) -> Schedule:
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            self._activate(schedule, body)
            return schedule

    def _activate(self, schedule: Schedule, body: dict[str, Any]) -> None:
        """The SCHEDULE row: a draft becomes active and its first invoice is generated and sent at once."""
        before = schedule.status
        schedule.status = _rules.schedule_transition(before, ScheduleAction.SCHEDULE)
        if before != schedule.status:
            if "autoPayment" in body:
                schedule.update_data(autoPayment=body["autoPayment"])
            invoice_body = {k: v for k, v in schedule.data.items() if k not in ("schedule", "autoPayment")}
            invoice_body["issueDate"] = schedule.start_date()
            invoice = self.create_invoice(schedule.location, invoice_body, status=InvoiceStatus.SENT)
            schedule.invoice_ids.append(invoice.id)
        schedule.updated_at = now_iso()

    def _updated_schedule_data(self, schedule: Schedule, body: dict[str, Any]) -> dict[str, Any]:
        """The schedule's fields with ``body`` merged over them (items get ids), once their totals fit."""
        data = {**schedule.data, **copy.deepcopy(body)}
        _checked_items(data)
        return data

    def update_schedule(self, location: str, schedule_id: str, body: dict[str, Any]) -> Schedule:
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            _rules.schedule_transition(schedule.status, ScheduleAction.UPDATE)
            schedule.data = self._updated_schedule_data(schedule, body)
            schedule.updated_at = now_iso()
            return schedule

    def update_and_schedule(self, location: str, schedule_id: str, body: dict[str, Any] | None) -> Schedule:
        """Update, then schedule, as one step: when either is refused, neither happens."""
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            _rules.schedule_transition(schedule.status, ScheduleAction.SCHEDULE)  # refuses before changing
            if body:
                schedule.data = self._updated_schedule_data(schedule, body)
            self._activate(schedule, {})
            return schedule

    def set_schedule_auto_payment(self, location: str, schedule_id: str, body: dict[str, Any]) -> Schedule:
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            _rules.schedule_transition(schedule.status, ScheduleAction.AUTO_PAYMENT)
            schedule.update_data(autoPayment=body["autoPayment"])
            schedule.updated_at = now_iso()
            return schedule

    def delete_schedule(self, location: str, schedule_id: str) -> Schedule:
        """The schedule is gone; the invoices it generated stay."""
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            _rules.schedule_transition(schedule.status, ScheduleAction.DELETE)
            del self._loc(location).schedules[schedule_id]
            del self._owner[schedule_id]
            return schedule

    def list_schedules(self, location: str, query: dict[str, str]) -> tuple[list[Schedule], int]:
        """Newest first (creation order, reversed); filters as ``sandbox/README.md`` says."""
        with self._lock:
            found = _rules.newest_stored_first(self._loc(location).schedules.values())
        if query.get("status"):
            found = [s for s in found if s.status == query["status"]]
        if query.get("startAt"):
            found = [s for s in found if s.start_date() >= query["startAt"]]
        if query.get("endAt"):
            found = [s for s in found if s.start_date() <= query["endAt"]]
        found = _by_fields(found, query, ("paymentMode", "search"))
        return _page(found, query)

    def cancel_schedule(self, location: str, schedule_id: str) -> Schedule:
        with self._lock:
            schedule = self.schedule(location, schedule_id)
            schedule.status = _rules.schedule_transition(schedule.status, ScheduleAction.CANCEL)
            schedule.updated_at = now_iso()
            return schedule

    # -------------------------------------------------------------- templates (sandbox/README.md, "Templates")

    def invoice_template(self, location: str, template_id: str) -> InvoiceTemplate:
        found: InvoiceTemplate = self._find("invoice_templates", location, template_id)
        return found

    def estimate_template(self, location: str, template_id: str) -> EstimateTemplate:
        found: EstimateTemplate = self._find("estimate_templates", location, template_id)
        return found

    def _template_data(self, body: dict[str, Any]) -> dict[str, Any]:
        data = {k: v for k, v in copy.deepcopy(body).items() if k not in ("altId", "altType")}
        _checked_items(data)
        return data

    def create_invoice_template(self, location: str, body: dict[str, Any]) -> InvoiceTemplate:
        data = self._template_data(body)
        with self._lock:
            template = InvoiceTemplate(new_object_id(), location, data)
            self._loc(location).invoice_templates[template.id] = template
            self._owner[template.id] = location
            return template

    def update_invoice_template(self, location: str, template_id: str, body: dict[str, Any]) -> InvoiceTemplate:
        """PUT: the fields the body names replace the stored ones; the others (late fees, ...) stay."""
        data = self._template_data(body)
        with self._lock:
            template = self.invoice_template(location, template_id)
            template.data = {**template.data, **data}
            template.updated_at = now_iso()
            return template

    def configure_invoice_template(self, location: str, template_id: str, key: str, value: Any) -> InvoiceTemplate:
        """The PATCH operations: set one configuration (``lateFeesConfiguration``, ``paymentMethods``)."""
        with self._lock:
            template = self.invoice_template(location, template_id)
            if value is not None:
                template.update_data(**{key: value})
                template.updated_at = now_iso()
            return template

    def delete_invoice_template(self, location: str, template_id: str) -> InvoiceTemplate:
        with self._lock:
            template = self.invoice_template(location, template_id)
            del self._loc(location).invoice_templates[template_id]
            del self._owner[template_id]
            return template

    def list_invoice_templates(self, location: str, query: dict[str, str]) -> tuple[list[InvoiceTemplate], int]:
        with self._lock:
            found = list(self._loc(location).invoice_templates.values())
        if query.get("startAt"):
            found = [t for t in found if t.created_at[:10] >= query["startAt"]]
        if query.get("endAt"):
            found = [t for t in found if t.created_at[:10] <= query["endAt"]]
        return _template_page(found, query)

    def create_estimate_template(self, location: str, body: dict[str, Any]) -> EstimateTemplate:
        data = self._template_data(body)
        with self._lock:
            template = EstimateTemplate(new_object_id(), location, data)
            self._loc(location).estimate_templates[template.id] = template
            self._owner[template.id] = location
            return template

    def update_estimate_template(self, location: str, template_id: str, body: dict[str, Any]) -> EstimateTemplate:
        data = self._template_data(body)
        with self._lock:
            template = self.estimate_template(location, template_id)
            template.data = {**template.data, **data}
            template.version += 1
            template.updated_at = now_iso()
            return template

    def delete_estimate_template(self, location: str, template_id: str) -> EstimateTemplate:
        with self._lock:
            template = self.estimate_template(location, template_id)
            del self._loc(location).estimate_templates[template_id]
            del self._owner[template_id]
            template.deleted = True
            template.updated_at = now_iso()
            return template

    def list_estimate_templates(self, location: str, query: dict[str, str]) -> tuple[list[EstimateTemplate], int]:
        with self._lock:
            found = list(self._loc(location).estimate_templates.values())
        return _template_page(found, query)

    # -------------------------------------------------------------- estimates

    def next_estimate_number(self, location: str) -> int:
        """The number the location's next estimate takes; reading it does not use it up."""
        with self._lock:
            return self._loc(location).next_estimate_number

    def create_estimate(self, location: str, body: dict[str, Any]) -> Estimate:
        data = copy.deepcopy(body)
        data.setdefault("issueDate", datetime.now(UTC).date().isoformat())
        _checked_items(data)
        with self._lock:
            loc = self._loc(location)
            number = data.get("estimateNumber")
            if number is None:
                number = loc.next_estimate_number
                loc.next_estimate_number += 1
            estimate = Estimate(new_object_id(), location, number, data)
            loc.estimates[estimate.id] = estimate
            self._owner[estimate.id] = location
            return estimate

    def update_estimate(self, location: str, estimate_id: str, body: dict[str, Any]) -> Estimate:
        with self._lock:
            estimate = self.estimate(location, estimate_id)
            status = _rules.estimate_update(estimate.status, body.get("estimateStatus"))
            data = {**estimate.data, **copy.deepcopy(body)}
            data.pop("estimateStatus", None)
            _checked_items(data)
            if body.get("estimateNumber") is not None:
                estimate.number = body["estimateNumber"]
            estimate.data = data
            estimate.changed("updated" if status == estimate.status else status.value)
            estimate.status = status
            return estimate

    def delete_estimate(self, location: str, estimate_id: str) -> Estimate:
        with self._lock:
            estimate = self.estimate(location, estimate_id)
            del self._loc(location).estimates[estimate_id]
            del self._owner[estimate_id]
            estimate.deleted = True
            return estimate

    def send_estimate(self, location: str, estimate_id: str, body: dict[str, Any]) -> Estimate:
        with self._lock:
            estimate = self.estimate(location, estimate_id)
            estimate.status = _rules.estimate_transition(estimate.status, EstimateAction.SEND)
            data = estimate.data
            sent_to = data.get("sentTo")
            if not sent_to:
                contact = data["contactDetails"]
                sent_to = {"email": [contact["email"]], "phoneNo": [contact["phoneNo"]]}
            estimate.update_data(sentBy=body["userId"], sentTo=sent_to)
            estimate.changed("sent")
            return estimate

    def invoice_estimate(self, location: str, estimate_id: str, body: dict[str, Any]) -> tuple[Estimate, Invoice]:
        """A new invoice (numbered like any) with the estimate's items, contact, business details, discount
        and so its totals; the estimate becomes ``invoiced`` when ``markAsInvoiced``."""
        with self._lock:
            estimate = self.estimate(location, estimate_id)
            after = _rules.estimate_transition(estimate.status, EstimateAction.INVOICE)
            invoice_body = _rules.invoice_from_estimate(estimate.data, datetime.now(UTC).date().isoformat())
            invoice = self.create_invoice(location, copy.deepcopy(invoice_body))
            if body["markAsInvoiced"]:
                estimate.status = after
                estimate.changed("invoiced")
            return estimate, invoice

    def visit_estimate(self, location: str, estimate_id: str) -> Estimate:
        with self._lock:
            estimate = self.estimate(location, estimate_id)
            estimate.last_visited_at = now_iso()
            return estimate

    def list_estimates(self, location: str, query: dict[str, str]) -> tuple[list[Estimate], int]:
        with self._lock:
            found = list(self._loc(location).estimates.values())
        if query.get("status", "all") != "all":
            found = [e for e in found if e.status == query["status"]]
        if query.get("startAt"):
            found = [e for e in found if e.issue_date >= query["startAt"]]
        if query.get("endAt"):
            found = [e for e in found if e.issue_date <= query["endAt"]]
        found = _by_fields(found, query, ("contactId", "search"))
        return _page(_rules.by_issue_date(found), query)


def _haystack_of(data: dict[str, Any]) -> str:
    """What ``search`` looks in: the name and the contact's name, email and phone."""
    contact = data.get("contactDetails") or {}
    parts = [data.get("name"), contact.get("name"), contact.get("email"), contact.get("phoneNo")]
    return " ".join(str(p) for p in parts if p).casefold()


def _template_page(found: list[Any], query: dict[str, str]) -> tuple[list[Any], int]:
    """``search`` (case-insensitive, in the name), newest first, then ``offset``/``limit``; and the match count."""
    if query.get("search"):
        needle = query["search"].casefold()
        found = [t for t in found if needle in str(t.data.get("name", "")).casefold()]
    return _page(_rules.newest_created_first(found), query)


def _checked_items(data: dict[str, Any]) -> None:
    """Give ``data``'s items their ids and check that its totals fit (400 otherwise), in place."""
    data["items"] = items_with_ids(data.get("items") or [])
    _rules.checked_totals(data["items"], data.get("discount"))


def _page(found: list[Any], query: dict[str, str]) -> tuple[list[Any], int]:
    """The ``offset``/``limit`` page of ``found``, and how many matched in all."""
    offset, limit = int(query["offset"]), int(query["limit"])
    return found[offset : offset + limit], len(found)


def _by_fields(found: list[Any], query: dict[str, str], filters: tuple[str, ...]) -> list[Any]:
    """``found`` kept by the ``filters`` (of ``contactId``, ``paymentMode``, ``search``) that read stored fields.

    Those fields are JSON text (``_models.Stored``): each resource is decoded once, and only when one of
    these filters is asked for.
    """
    contact = query.get("contactId") if "contactId" in filters else None
    mode = query.get("paymentMode") if "paymentMode" in filters else None
    live = mode == "live" if mode in ("live", "test") else None
    needle = query["search"].casefold() if "search" in filters and query.get("search") else None
    if contact is None and live is None and needle is None:
        return found
    kept = []
    for resource in found:
        d = resource.data
        if contact and d["contactDetails"].get("id") != contact:
            continue
        if live is not None and bool(d.get("liveMode")) != live:
            continue
        if needle is not None and needle not in _haystack_of(d):
            continue
        kept.append(resource)
    return kept
