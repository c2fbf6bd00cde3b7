"""The catalogue of broken sandboxes, one violation each, to measure what the suite catches.

Each mutant takes a fresh ``Sandbox`` and breaks exactly one promise of the
contract by patching a named method of that sandbox (an operation method of
``sandbox.responses``, a backend method, ``identify``, ``validate``) or, for
``wrong_totals``, the module function ``_rules.compute_totals`` (restored by the
caller). ``MUTANTS`` maps each mutant's name to the function that applies it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from highlevel_sandbox import Identity, Sandbox
from highlevel_sandbox import _rules as rules
from highlevel_sandbox._backend import Backend
from highlevel_sandbox._responses import Answer, Call

Mutant = Callable[[Sandbox], None]


def _wrap_operation(sb: Sandbox, method: str, change: Callable[[Answer], Answer]) -> None:
    """Replace ``sb.responses.<method>`` by one whose answer goes through ``change``."""
    inner: Callable[[Call], Answer] = getattr(sb.responses, method)
    setattr(sb.responses, method, lambda call: change(inner(call)))


def _wrap_asgi(sb: Sandbox, change: Callable[[Scope, Message], Message]) -> None:
    inner = sb.app

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        async def patched_send(message: Message) -> None:
            await send(change(scope, message))

        await inner(scope, receive, patched_send)

    sb.app = app  # type: ignore[assignment]


def missing_required_field(sb: Sandbox) -> None:
    """get_invoice answers without `total`, a required field."""
    _wrap_operation(sb, "get_invoice", lambda r: (r[0], {k: v for k, v in r[1].items() if k != "total"}))


def wrong_field_type(sb: Sandbox) -> None:
    """create_invoice answers `invoiceNumber` as a number (the vendor's documented type, QUIRKS Q1)."""
    _wrap_operation(sb, "create_invoice", lambda r: (r[0], {**r[1], "invoiceNumber": int(r[1]["invoiceNumber"])
                                                            if r[1]["invoiceNumber"].isdigit() else 0}))  # fmt: skip


def undocumented_status(sb: Sandbox) -> None:
    """create_invoice answers 201, which the spec does not document."""
    _wrap_operation(sb, "create_invoice", lambda r: (201, r[1]))


def wrong_content_type(sb: Sandbox) -> None:
    """list-invoices answers text/plain."""

    def change(scope: Scope, message: Message) -> Message:
        if message["type"] == "http.response.start" and scope["path"].rstrip("/") == "/invoices":
            headers = [(k, v) for k, v in message["headers"] if k.lower() != b"content-type"]
            return {**message, "headers": [*headers, (b"content-type", b"text/plain")]}
        return message

    _wrap_asgi(sb, change)


def server_error_on_edge_input(sb: Sandbox) -> None:
    """Creating an invoice divides by each line's quantity: qty 0 (the schema's minimum) crashes with a 500."""
    inner = sb.responses.create_invoice

    def create_invoice(call: Call) -> Answer:
        for item in call.body.get("items", []):
            _unit_price = item["amount"] / item["qty"]  # ZeroDivisionError at the boundary
        return inner(call)

    sb.responses.create_invoice = create_invoice  # type: ignore[method-assign]


def invalid_body_accepted(sb: Sandbox) -> None:
    """create-invoice skips body validation and stores whatever it gets."""
    original = sb.validate

    def validate(operation: Any, *args: Any) -> list[str]:
        problems = original(operation, *args)
        return [] if operation.operation_id == "create-invoice" else problems

    sb.validate = validate  # type: ignore[method-assign,assignment]
    inner = sb.responses.create_invoice

    def create_invoice(call: Call) -> Answer:
        try:
            return inner(call)
        except (KeyError, TypeError, AttributeError, ValueError, ArithmeticError):
            return 200, {"_id": "x"}

    sb.responses.create_invoice = create_invoice  # type: ignore[method-assign]


def auth_ignored(sb: Sandbox) -> None:
    """Any token, or none, is taken for location A."""
    first = Identity(next(iter(sb.config.tokens.values())))
    sb.identify = lambda request: first  # type: ignore[method-assign]


def other_location_visible(sb: Sandbox) -> None:
    """An invoice of another location can be read."""
    original = Backend._find

    def find(self: Backend, kind: str, location: str, object_id: str) -> Any:
        owner = self._owner.get(object_id)
        return original(self, kind, owner if owner is not None else location, object_id)

    sb.backend._find = find.__get__(sb.backend)  # type: ignore[method-assign]


def update_not_persisted(sb: Sandbox) -> None:
    """update-invoice answers the change but does not keep it."""
    backend = sb.backend
    original = backend.update_invoice

    def update(location: str, invoice_id: str, body: dict[str, Any]) -> Any:
        invoice = backend.invoice(location, invoice_id)
        saved = (json.loads(json.dumps(invoice.data)), invoice.number, invoice.updated_at)
        answer = json.loads(json.dumps(original(location, invoice_id, body).to_json()))
        invoice.data, invoice.number, invoice.updated_at = saved
        return _Frozen(answer)

    backend.update_invoice = update  # type: ignore[method-assign]


class _Frozen:
    def __init__(self, payload: dict[str, Any]) -> None:
        self.payload = payload

    def to_json(self, with_summary: bool = False) -> dict[str, Any]:
        return self.payload


def send_keeps_status(sb: Sandbox) -> None:
    """send-invoice answers without changing the status."""
    backend = sb.backend
    backend.send_invoice = lambda location, invoice_id: backend.invoice(location, invoice_id)  # type: ignore[method-assign]


def deleted_still_readable(sb: Sandbox) -> None:
    """delete-invoice answers the invoice but keeps it."""
    backend = sb.backend
    backend.delete_invoice = lambda location, invoice_id: backend.invoice(location, invoice_id)  # type: ignore[method-assign]


def wrong_totals(sb: Sandbox) -> None:
    """Totals ignore quantities (each line counts once)."""
    original = rules.compute_totals

    def totals(items: list[dict[str, Any]], discount: dict[str, Any] | None) -> rules.Totals:
        return original([{**i, "qty": 1} for i in items], discount)

    rules.compute_totals = totals  # restored by the caller (module-level patch)


# ---------------------------------------------------------------------------- schedules, settings, numbering
# Each is caught by one check of conformance/highlevel_conformance/lifecycle/test_schedules.py (named below).


def generate_consumes_the_number(sb: Sandbox) -> None:
    """generate-invoice-number uses the number up (test_generate_reads_the_next_number_and_create_uses_it)."""
    backend = sb.backend

    def next_number(location: str) -> str:
        with backend._lock:
            loc = backend._loc(location)
            loc.next_number += 1
            return rules.next_invoice_number(loc.next_number - 1)

    backend.next_invoice_number = next_number  # type: ignore[method-assign]


def update_and_schedule_generates_before_updating(sb: Sandbox) -> None:
    """updateAndSchedule schedules first, so the first invoice misses the update
    (test_update_and_schedule_updates_then_schedules)."""
    backend = sb.backend

    def update_and_schedule(location: str, schedule_id: str, body: dict[str, Any] | None) -> Any:
        with backend._lock:
            schedule = backend.schedule(location, schedule_id)
            backend._activate(schedule, {})
            if body:
                schedule.data = backend._updated_schedule_data(schedule, body)
            return schedule

    backend.update_and_schedule = update_and_schedule  # type: ignore[method-assign]


def update_and_schedule_not_atomic(sb: Sandbox) -> None:
    """A refused updateAndSchedule keeps its update (test_a_refused_update_and_schedule_changes_nothing)."""
    backend = sb.backend
    original = backend.update_and_schedule

    def update_and_schedule(location: str, schedule_id: str, body: dict[str, Any] | None) -> Any:
        if body:
            schedule = backend.schedule(location, schedule_id)
            schedule.data = backend._updated_schedule_data(schedule, body)
        return original(location, schedule_id, None)

    backend.update_and_schedule = update_and_schedule  # type: ignore[method-assign]


def auto_payment_not_stored(sb: Sandbox) -> None:
    """auto-payment answers the schedule without keeping the settings (test_auto_payment_is_stored)."""
    backend = sb.backend
    backend.set_schedule_auto_payment = lambda location, schedule_id, body: backend.schedule(location, schedule_id)  # type: ignore[method-assign]


def schedule_list_ignores_offset(sb: Sandbox) -> None:
    """list-invoice-schedules answers the first page for every offset (test_list_schedules_pages_and_filters)."""
    original = sb.backend.list_schedules
    sb.backend.list_schedules = lambda location, query: original(location, {**query, "offset": "0"})  # type: ignore[method-assign]


def active_schedule_deleted(sb: Sandbox) -> None:
    """delete-invoice-schedule deletes an active schedule too
    (test_an_active_schedule_is_cancelled_before_it_is_deleted)."""
    backend = sb.backend
    original = backend.delete_schedule

    def delete(location: str, schedule_id: str) -> Any:
        schedule = backend.schedule(location, schedule_id)
        schedule.status = rules.ScheduleStatus.CANCELLED
        return original(location, schedule_id)

    backend.delete_schedule = delete  # type: ignore[method-assign]


def settings_not_the_defaults(sb: Sandbox) -> None:
    """get-invoice-settings answers a due-after delay that new invoices do not get
    (test_new_invoices_take_the_settings_defaults)."""
    _wrap_operation(sb, "get_invoice_settings", lambda r: (r[0], {**r[1], "dueAfterXDays": 30}))


def late_fees_not_persisted(sb: Sandbox) -> None:
    """The late-fees PATCH answers the change but does not keep it (test_late_fees_patch_is_kept)."""
    backend = sb.backend
    original = backend.update_late_fees

    def update(location: str, invoice_id: str, body: dict[str, Any]) -> Any:
        invoice = backend.invoice(location, invoice_id)
        saved = json.loads(json.dumps(invoice.data))
        answer = json.loads(json.dumps(original(location, invoice_id, body).to_json()))
        invoice.data = saved
        return _Frozen(answer)

    backend.update_late_fees = update  # type: ignore[method-assign]


def last_visited_any_id(sb: Sandbox) -> None:
    """last-visited-at accepts an invoice id nobody has (test_last_visited_at_takes_the_callers_invoices_only)."""
    backend = sb.backend
    original = backend.visit_invoice

    def visit(location: str, invoice_id: str) -> Any:
        return original(location, invoice_id) if invoice_id in backend._owner else None

    backend.visit_invoice = visit  # type: ignore[method-assign]


MUTANTS: dict[str, Mutant] = {
    "required response field missing": missing_required_field,
    "field of the wrong type": wrong_field_type,
    "undocumented status code": undocumented_status,
    "wrong content type": wrong_content_type,
    "500 on an edge input": server_error_on_edge_input,
    "invalid body accepted": invalid_body_accepted,
    "auth ignored": auth_ignored,
    "another location's invoice visible": other_location_visible,
    "update not persisted": update_not_persisted,
    "send does not change the status": send_keeps_status,
    "deleted invoice still readable": deleted_still_readable,
    "wrong totals": wrong_totals,
    "generate-invoice-number uses the number up": generate_consumes_the_number,
    "updateAndSchedule generates before it updates": update_and_schedule_generates_before_updating,
    "refused updateAndSchedule keeps its update": update_and_schedule_not_atomic,
    "schedule auto-payment not stored": auto_payment_not_stored,
    "schedule list ignores offset": schedule_list_ignores_offset,
    "active schedule deleted": active_schedule_deleted,
    "settings are not the invoices' defaults": settings_not_the_defaults,
    "invoice late fees not persisted": late_fees_not_persisted,
    "last-visited-at accepts an unknown invoice": last_visited_any_id,
}
