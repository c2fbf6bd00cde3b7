"""The catalogue of broken sandboxes, one violation each, to measure what the suite catches.

Each mutant takes a fresh ``Sandbox`` and breaks exactly one promise of the
contract by patching a named method of that sandbox (an operation method of
``sandbox.responses``, a backend method, ``identify``, ``validate``) or, for
``wrong_totals``, ``discount_ignored`` and ``money_maximum_ignored``, the module
functions ``_rules.compute_totals`` / ``_rules.checked_totals`` (restored by the
caller). ``MUTANTS`` maps each mutant's name to the function that applies it; the
rule each one breaks, and the check that catches it, are in ``contract_tests/README.md``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from highlevel_sandbox import Identity, Sandbox
from highlevel_sandbox import _rules as rules
from highlevel_sandbox._backend import Backend
from highlevel_sandbox._models import now_iso
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
    """Creating an invoice averages its lines' amounts: an empty `items` (which the spec allows) crashes with a 500."""
    inner = sb.responses.create_invoice

    def create_invoice(call: Call) -> Answer:
        items = call.body.get("items", [])
        _mean = sum(item["amount"] for item in items) / len(items)  # ZeroDivisionError at the boundary
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


def list_total_is_the_page(sb: Sandbox) -> None:
    """list-invoices answers `total` as the number of invoices on the page, not of every match."""
    _wrap_operation(sb, "list_invoices", lambda r: (r[0], {**r[1], "total": len(r[1]["invoices"])}))


def _wrap_list_query(
    sb: Sandbox, change: Callable[[dict[str, str]], dict[str, str]], method: str = "list_invoices"
) -> None:
    """The backend's list ``method`` gets its query through ``change`` first."""
    original = getattr(sb.backend, method)
    setattr(sb.backend, method, lambda location, query: original(location, change(dict(query))))


def list_ignores_offset(sb: Sandbox) -> None:
    """list-invoices always answers the first page."""
    _wrap_list_query(sb, lambda query: {**query, "offset": "0"})


def _list_ignores_status(sb: Sandbox, method: str) -> None:
    """The backend's list ``method`` never sees the `status` filter."""
    _wrap_list_query(sb, lambda query: {k: v for k, v in query.items() if k != "status"}, method)


def invoice_list_ignores_status(sb: Sandbox) -> None:
    """list-invoices ignores the `status` filter."""
    _list_ignores_status(sb, "list_invoices")


def list_oldest_first(sb: Sandbox) -> None:
    """list-invoices sorts oldest first unless told otherwise (the rule: newest first)."""
    _wrap_list_query(sb, lambda query: {**query, "sortOrder": query.get("sortOrder", "ascend")})


def discount_ignored(sb: Sandbox) -> None:
    """Totals leave the discount out."""
    original = rules.compute_totals

    def totals(items: list[dict[str, Any]], discount: dict[str, Any] | None) -> rules.Totals:
        return original(items, None)

    rules.compute_totals = totals  # restored by the caller (module-level patch)


def numbers_do_not_advance(sb: Sandbox) -> None:
    """Every numbered invoice of a location gets the same number."""
    backend = sb.backend
    original = backend.create_invoice

    def create(location: str, body: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        invoice = original(location, body, *args, **kwargs)
        if not body.get("invoiceNumber"):
            backend._loc(location).next_number -= 1
        return invoice

    backend.create_invoice = create  # type: ignore[method-assign]


def no_default_title(sb: Sandbox) -> None:
    """An invoice created without `title` is titled `Invoice`, not `INVOICE`."""
    inner = sb.responses.create_invoice

    def create_invoice(call: Call) -> Answer:
        status, body = inner(call)
        return status, ({**body, "title": "Invoice"} if "title" not in call.body else body)

    sb.responses.create_invoice = create_invoice  # type: ignore[method-assign]


def _reopened(sb: Sandbox, method: str, kind: str, closed: str, reopened: str) -> None:
    """``backend.<method>`` acts on a ``closed`` invoice or schedule as if it were ``reopened``."""
    backend = sb.backend
    original = getattr(backend, method)

    def act(location: str, object_id: str, *args: Any) -> Any:
        thing = getattr(backend, kind)(location, object_id)
        if thing.status == closed:
            thing.status = type(thing.status)(reopened)
        return original(location, object_id, *args)

    setattr(backend, method, act)


def void_invoice_updatable(sb: Sandbox) -> None:
    """update-invoice changes a void invoice (it reopens it as a draft)."""
    _reopened(sb, "update_invoice", "invoice", "void", "draft")


def paid_invoice_sendable(sb: Sandbox) -> None:
    """send-invoice sends a paid invoice again (as if it were only partly paid)."""
    _reopened(sb, "send_invoice", "invoice", "paid", "partially_paid")


def cancelled_schedule_reschedulable(sb: Sandbox) -> None:
    """schedule-invoice-schedule starts a cancelled schedule again."""
    _reopened(sb, "schedule_schedule", "schedule", "cancelled", "draft")


def other_location_schedule_visible(sb: Sandbox) -> None:
    """A schedule of another location can be read (invoices stay private)."""
    backend = sb.backend
    original = backend.schedule
    backend.schedule = lambda location, schedule_id: original(backend._owner.get(schedule_id, location), schedule_id)  # type: ignore[method-assign]


def paid_invoice_voidable(sb: Sandbox) -> None:
    """void-invoice voids a paid invoice."""
    _reopened(sb, "void_invoice", "invoice", "paid", "partially_paid")


def void_invoice_payable(sb: Sandbox) -> None:
    """record-invoice takes a payment on a void invoice."""
    _reopened(sb, "record_payment", "invoice", "void", "sent")


def overpayment_accepted(sb: Sandbox) -> None:
    """record-invoice takes a payment above the amount due (it records the amount due instead)."""
    backend = sb.backend
    original = backend.record_payment

    def record(location: str, invoice_id: str, body: dict[str, Any]) -> Any:
        due = backend.invoice(location, invoice_id).to_json()["amountDue"]
        if isinstance(body.get("amount"), (int, float)) and body["amount"] > due:
            body = {**body, "amount": due}
        return original(location, invoice_id, body)

    backend.record_payment = record  # type: ignore[method-assign]


def schedule_makes_no_invoice(sb: Sandbox) -> None:
    """A scheduled schedule lists no invoice (its first one is not generated)."""
    sb.backend.schedule_invoices = lambda schedule: []  # type: ignore[method-assign]


def money_maximum_ignored(sb: Sandbox) -> None:
    """Invoices whose amounts exceed the spec's Money maximum are created."""
    rules.checked_totals = rules.compute_totals  # restored by the caller (module-level patch)


def template_list_ignores_paging(sb: Sandbox) -> None:
    """list-invoice-templates answers every match whatever `limit` and `offset` say."""
    _wrap_list_query(sb, lambda query: {**query, "offset": "0", "limit": "1000"}, "list_invoice_templates")


def template_date_filters_ignored(sb: Sandbox) -> None:
    """list-invoice-templates ignores `startAt` and `endAt`."""
    _wrap_list_query(
        sb, lambda query: {k: v for k, v in query.items() if k not in ("startAt", "endAt")}, "list_invoice_templates"
    )


def template_update_not_persisted(sb: Sandbox) -> None:
    """update-invoice-template answers the change but keeps the template as it was."""
    backend = sb.backend
    original = backend.update_invoice_template

    def update(location: str, template_id: str, body: dict[str, Any]) -> Any:
        template = backend.invoice_template(location, template_id)
        saved = (json.loads(json.dumps(template.data)), template.updated_at)
        answer = json.loads(json.dumps(original(location, template_id, body).to_json()))
        template.data, template.updated_at = saved
        return _Frozen(answer)

    backend.update_invoice_template = update  # type: ignore[method-assign]


def _configuration_not_persisted(sb: Sandbox, forgotten: str) -> None:
    """The PATCH of ``forgotten`` answers the template with the new value but does not keep it."""
    backend = sb.backend
    original = backend.configure_invoice_template

    def configure(location: str, template_id: str, key: str, value: Any) -> Any:
        if key != forgotten:
            return original(location, template_id, key, value)
        template = backend.invoice_template(location, template_id)
        return _Frozen({**template.to_json(), key: value})

    backend.configure_invoice_template = configure  # type: ignore[method-assign]


def template_late_fees_not_persisted(sb: Sandbox) -> None:
    """The late-fees PATCH answers the template with the new late fees but does not keep them."""
    _configuration_not_persisted(sb, "lateFeesConfiguration")


def template_payment_methods_not_persisted(sb: Sandbox) -> None:
    """The payment-methods PATCH answers the template with the new methods but does not keep them."""
    _configuration_not_persisted(sb, "paymentMethods")


def template_search_ignored(sb: Sandbox) -> None:
    """list-invoice-templates ignores `search` (every template of the location matches)."""
    _wrap_list_query(sb, lambda query: {k: v for k, v in query.items() if k != "search"}, "list_invoice_templates")


def deleted_template_still_listed(sb: Sandbox) -> None:
    """delete-invoice-template forgets the template for get, but the list still shows it."""
    backend = sb.backend
    original_delete, original_list = backend.delete_invoice_template, backend.list_invoice_templates
    ghosts: dict[str, list[Any]] = {}

    def delete(location: str, template_id: str) -> Any:
        template = original_delete(location, template_id)
        ghosts.setdefault(location, []).append(template)
        return template

    def list_templates(location: str, query: dict[str, str]) -> Any:
        page, total = original_list(location, query)
        extra = ghosts.get(location, [])
        return [*page, *extra], total + len(extra)

    backend.delete_invoice_template = delete  # type: ignore[method-assign]
    backend.list_invoice_templates = list_templates  # type: ignore[method-assign]


def estimate_template_update_not_persisted(sb: Sandbox) -> None:
    """update-estimate-template answers the change but keeps the template as it was."""
    backend = sb.backend
    original = backend.update_estimate_template

    def update(location: str, template_id: str, body: dict[str, Any]) -> Any:
        template = backend.estimate_template(location, template_id)
        saved = (json.loads(json.dumps(template.data)), template.version, template.updated_at)
        answer = json.loads(json.dumps(original(location, template_id, body).to_json()))
        template.data, template.version, template.updated_at = saved
        return _Frozen(answer)

    backend.update_estimate_template = update  # type: ignore[method-assign]


def estimate_template_list_ignores_paging(sb: Sandbox) -> None:
    """list-estimate-templates answers every match whatever `limit` and `offset` say."""
    _wrap_list_query(sb, lambda query: {**query, "offset": "0", "limit": "1000"}, "list_estimate_templates")


def deleted_estimate_template_previewable(sb: Sandbox) -> None:
    """delete-estimate-template answers `deleted: true` but the template stays (preview still answers it)."""
    backend = sb.backend

    def delete(location: str, template_id: str) -> Any:
        template = backend.estimate_template(location, template_id)
        return _Frozen({**template.to_json(), "deleted": True})

    backend.delete_estimate_template = delete  # type: ignore[method-assign]


def _refusing(sb: Sandbox, problem: Callable[[Any, Any, dict[str, str], Any], str | None]) -> None:
    """``sb.validate`` also refuses (422) what ``problem(operation, body, headers, query)`` names."""
    original = sb.validate

    def validate(operation: Any, path_params: dict[str, str], query: dict[str, str], request: Any, body: Any) -> Any:
        problems = original(operation, path_params, query, request, body)
        extra = problem(operation, body, dict(request.headers), query)
        return [*problems, extra] if extra else problems

    sb.validate = validate  # type: ignore[method-assign]


def _taxes(body: Any) -> list[dict[str, Any]]:
    items = (body.get("items") or body.get("invoiceItems") or []) if isinstance(body, dict) else []
    return [t for i in items if isinstance(i, dict) for t in i.get("taxes") or [] if isinstance(t, dict)]


def version_v3_refused(sb: Sandbox) -> None:
    """Only `Version: 2021-07-28` is accepted, as before the vendor published v3 (QUIRKS Q27)."""
    _refusing(sb, lambda op, body, headers, query: 'Version: "v3" is not one of "2021-07-28"'
              if headers.get("version") == "v3" else None)  # fmt: skip


def tax_rate_capped(sb: Sandbox) -> None:
    """A tax rate above 100 is refused, a bound the vendor does not set (QUIRKS Q28)."""

    def problem(op: Any, body: Any, headers: dict[str, str], query: dict[str, str]) -> str | None:
        big = any(isinstance(t.get("rate"), int | float) and t["rate"] > 100 for t in _taxes(body))
        return "rate: must be <= 100" if big else None

    _refusing(sb, problem)


def tax_calculation_required(sb: Sandbox) -> None:
    """A tax without `calculation` is refused; the vendor requires only `_id`, `name`, `rate` (QUIRKS Q30)."""
    _refusing(sb, lambda op, body, headers, query: '"calculation" is a required property'
              if any("calculation" not in t for t in _taxes(body)) else None)  # fmt: skip


def tips_as_strings_refused(sb: Sandbox) -> None:
    """`tipsPercentage` strings are refused; the vendor types them strings (QUIRKS Q29)."""

    def problem(op: Any, body: Any, headers: dict[str, str], query: dict[str, str]) -> str | None:
        tips = (body.get("tipsConfiguration") or {}) if isinstance(body, dict) else {}
        found = tips.get("tipsPercentage") if isinstance(tips, dict) else None
        return "tipsPercentage: not a number" if any(isinstance(t, str) for t in found or []) else None

    _refusing(sb, problem)


def quantity_capped(sb: Sandbox) -> None:
    """A quantity above 1e6 (the bound of generated data only) is refused (QUIRKS Q28)."""

    def problem(op: Any, body: Any, headers: dict[str, str], query: dict[str, str]) -> str | None:
        items = (body.get("items") or body.get("invoiceItems") or []) if isinstance(body, dict) else []
        big = any(isinstance(i, dict) and isinstance(i.get("qty"), int | float) and i["qty"] > 1e6 for i in items)
        return "qty: must be <= 1000000" if big else None

    _refusing(sb, problem)


def estimate_invoice_loses_items(sb: Sandbox) -> None:
    """create-invoice-from-estimate makes an invoice without the estimate's line items."""
    backend = sb.backend
    original = backend.invoice_estimate

    def invoice_estimate(location: str, estimate_id: str, body: dict[str, Any]) -> Any:
        estimate, invoice = original(location, estimate_id, body)
        invoice.update_data(items=[])
        return estimate, invoice

    backend.invoice_estimate = invoice_estimate  # type: ignore[method-assign]


def estimate_stays_sent_after_invoicing(sb: Sandbox) -> None:
    """create-invoice-from-estimate with markAsInvoiced leaves the estimate's status as it was."""
    backend = sb.backend
    original = backend.invoice_estimate

    def invoice_estimate(location: str, estimate_id: str, body: dict[str, Any]) -> Any:
        before = backend.estimate(location, estimate_id).status
        estimate, invoice = original(location, estimate_id, body)
        estimate.status = before
        return estimate, invoice

    backend.invoice_estimate = invoice_estimate  # type: ignore[method-assign]


def estimate_number_used_up(sb: Sandbox) -> None:
    """generate-estimate-number uses the number up: reading it twice gives two numbers."""
    _number_used_up(sb, "generate_estimate_number", "next_estimate_number")


def estimate_list_ignores_status(sb: Sandbox) -> None:
    """list-estimates answers every status whatever its `status` filter says."""
    _list_ignores_status(sb, "list_estimates")


def visit_ignores_location(sb: Sandbox) -> None:
    """update-estimate-last-visited-at marks another location's estimate visited."""
    backend = sb.backend

    def visit(location: str, estimate_id: str) -> Any:
        estimate = backend.estimate(backend._owner.get(estimate_id, location), estimate_id)
        estimate.last_visited_at = now_iso()
        return estimate

    backend.visit_estimate = visit  # type: ignore[method-assign]


def estimate_accepted_unsent(sb: Sandbox) -> None:
    """update-estimate moves a draft or declined estimate to whatever `estimateStatus` asks (as if just sent)."""
    backend = sb.backend
    original = backend.update_estimate

    def update_estimate(location: str, estimate_id: str, body: dict[str, Any]) -> Any:
        estimate = backend.estimate(location, estimate_id)
        if body.get("estimateStatus") in ("viewed", "accepted", "declined") and estimate.status in (
            rules.EstimateStatus.DRAFT,
            rules.EstimateStatus.DECLINED,
        ):
            estimate.status = rules.EstimateStatus.SENT
        return original(location, estimate_id, body)

    backend.update_estimate = update_estimate  # type: ignore[method-assign]


def mark_as_invoiced_ignored(sb: Sandbox) -> None:
    """create-invoice-from-estimate marks the estimate invoiced even with `markAsInvoiced: false`."""
    backend = sb.backend
    original = backend.invoice_estimate
    backend.invoice_estimate = lambda location, estimate_id, body: original(  # type: ignore[method-assign]
        location, estimate_id, {**body, "markAsInvoiced": True}
    )


def visit_not_kept(sb: Sandbox) -> None:
    """update-estimate-last-visited-at answers 200 but does not change `lastVisitedAt`."""
    backend = sb.backend
    backend.visit_estimate = backend.estimate  # type: ignore[method-assign]


# ---------------------------------------------------------------------------- schedules, settings, numbering
# Each is caught by one check of conformance/highlevel_conformance/lifecycle/test_schedules.py (named below).


def _number_used_up(sb: Sandbox, operation: str, counter: str) -> None:
    """The ``operation`` method answers the location's next number, then advances ``counter`` past it."""
    inner = getattr(sb.responses, operation)

    def generate(call: Call) -> Answer:
        answer: Answer = inner(call)
        with sb.backend._lock:
            loc = sb.backend._loc(call.location)
            setattr(loc, counter, getattr(loc, counter) + 1)
        return answer

    setattr(sb.responses, operation, generate)


def invoice_number_used_up(sb: Sandbox) -> None:
    """generate-invoice-number uses the number up (test_generate_reads_the_next_number_and_create_uses_it)."""
    _number_used_up(sb, "generate_invoice_number", "next_number")


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
    _wrap_list_query(sb, lambda query: {**query, "offset": "0"}, "list_schedules")


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


def schedule_update_not_persisted(sb: Sandbox) -> None:
    """update-invoice-schedule answers the change but keeps the schedule as it was
    (test_update_changes_a_draft_schedule)."""
    inner = sb.responses.update_invoice_schedule

    def update(call: Call) -> Answer:
        schedule = sb.backend.schedule(call.location, call.path["scheduleId"])
        before = copy.deepcopy(schedule.data)
        answer = inner(call)
        schedule.data = before
        return answer

    sb.responses.update_invoice_schedule = update  # type: ignore[method-assign]


def active_schedule_updatable(sb: Sandbox) -> None:
    """`PUT` changes an active schedule as if it were a draft
    (test_an_active_schedule_is_changed_only_by_update_and_schedule)."""
    backend = sb.backend
    original = backend.update_schedule

    def update(location: str, schedule_id: str, body: dict[str, Any]) -> Any:
        schedule = backend.schedule(location, schedule_id)
        status, schedule.status = schedule.status, rules.ScheduleStatus.DRAFT
        try:
            return original(location, schedule_id, body)
        finally:
            schedule.status = status

    backend.update_schedule = update  # type: ignore[method-assign]


def deleted_schedule_still_readable(sb: Sandbox) -> None:
    """delete-invoice-schedule answers success and keeps the schedule (test_delete_schedule_then_get_is_404)."""
    backend = sb.backend

    def delete(location: str, schedule_id: str) -> Any:
        schedule = backend.schedule(location, schedule_id)
        rules.schedule_transition(schedule.status, rules.ScheduleAction.DELETE)
        return schedule

    backend.delete_schedule = delete  # type: ignore[method-assign]


def void_invoice_takes_late_fees(sb: Sandbox) -> None:
    """The late-fees `PATCH` is taken whatever the invoice's status (test_late_fees_of_a_void_invoice_are_refused)."""
    backend = sb.backend

    def update_late_fees(location: str, invoice_id: str, body: dict[str, Any]) -> Any:
        invoice = backend.invoice(location, invoice_id)
        invoice.update_data(lateFeesConfiguration=body["lateFeesConfiguration"])
        return invoice

    backend.update_late_fees = update_late_fees  # type: ignore[method-assign]


def settings_of_another_location(sb: Sandbox) -> None:
    """get-invoice-settings answers the settings of another location (test_settings_answer_for_the_location)."""
    _wrap_operation(sb, "get_invoice_settings", lambda r: (r[0], {**r[1], "altId": "another-location-000000"}))


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
    "template list ignores paging": template_list_ignores_paging,
    "template update not persisted": template_update_not_persisted,
    "template late fees not persisted": template_late_fees_not_persisted,
    "template payment methods not persisted": template_payment_methods_not_persisted,
    "template search ignored": template_search_ignored,
    "template date filters ignored": template_date_filters_ignored,
    "deleted template still listed": deleted_template_still_listed,
    "deleted estimate template still previewable": deleted_estimate_template_previewable,
    "estimate template update not persisted": estimate_template_update_not_persisted,
    "estimate template list ignores paging": estimate_template_list_ignores_paging,
    "list total counts the page only": list_total_is_the_page,
    "list ignores offset": list_ignores_offset,
    "list ignores the status filter": invoice_list_ignores_status,
    "list sorted oldest first": list_oldest_first,
    "discount ignored in totals": discount_ignored,
    "invoice numbers do not advance": numbers_do_not_advance,
    "no default title": no_default_title,
    "void invoice can be updated": void_invoice_updatable,
    "paid invoice can be sent": paid_invoice_sendable,
    "cancelled schedule can be scheduled again": cancelled_schedule_reschedulable,
    "another location's schedule visible": other_location_schedule_visible,
    "paid invoice can be voided": paid_invoice_voidable,
    "void invoice accepts payments": void_invoice_payable,
    "over-payment accepted": overpayment_accepted,
    "scheduling makes no invoice": schedule_makes_no_invoice,
    "money maximum not enforced": money_maximum_ignored,
    # stricter than the vendor (lifecycle/test_compat.py)
    "Version v3 refused": version_v3_refused,
    "tax rate above 100 refused": tax_rate_capped,
    "tax without calculation refused": tax_calculation_required,
    "tipsPercentage strings refused": tips_as_strings_refused,
    "quantity above 1e6 refused": quantity_capped,
    "estimate -> invoice loses the items": estimate_invoice_loses_items,
    "estimate stays sent after invoicing": estimate_stays_sent_after_invoicing,
    "generate-estimate-number consumes the number": estimate_number_used_up,
    "list-estimates ignores the status filter": estimate_list_ignores_status,
    "another location's estimate can be marked visited": visit_ignores_location,
    "estimate last visit not kept": visit_not_kept,
    "a draft estimate can be accepted": estimate_accepted_unsent,
    "markAsInvoiced ignored": mark_as_invoiced_ignored,
    "generate-invoice-number uses the number up": invoice_number_used_up,
    "updateAndSchedule generates before it updates": update_and_schedule_generates_before_updating,
    "refused updateAndSchedule keeps its update": update_and_schedule_not_atomic,
    "schedule auto-payment not stored": auto_payment_not_stored,
    "schedule list ignores offset": schedule_list_ignores_offset,
    "active schedule deleted": active_schedule_deleted,
    "settings are not the invoices' defaults": settings_not_the_defaults,
    "invoice late fees not persisted": late_fees_not_persisted,
    "last-visited-at accepts an unknown invoice": last_visited_any_id,
    "schedule update not persisted": schedule_update_not_persisted,
    "active schedule changed by PUT": active_schedule_updatable,
    "deleted schedule still readable": deleted_schedule_still_readable,
    "void invoice takes late fees": void_invoice_takes_late_fees,
    "settings of another location": settings_of_another_location,
}
