"""One method per operation of the spec (moto's ``responses``), named after its operationId.

``_app`` routes a request with the spec, authenticates it, validates it, then
calls the method whose name is the operationId in snake_case
(``send-invoice`` -> ``send_invoice``) with a ``Call``. A method reads what it
needs from the call, asks the backend, and returns ``(status, payload)``; it
raises a named error (``_exceptions``) to refuse. ``missing_operations`` names
the operations of the spec without a method; the sandbox refuses to start
while there is one.

To add an operation: add its method here (and a model in ``_models`` and its
state change in ``_backend`` when the resource is new).
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._backend import Backend
from ._models import trace_id

Answer = tuple[int, Any]


@dataclass(frozen=True)
class Call:
    """What an operation method gets: the request, validated against the spec."""

    operation_id: str
    location: str  # the location of the caller's token (its ``altId`` already checked against it)
    path: dict[str, str]  # path parameters by name, e.g. ``path["invoiceId"]``
    query: dict[str, str]
    body: Any  # the parsed JSON body (a dict for every body the spec declares), or None


@functools.cache  # the operationIds of the spec: a handful of names, asked on every request
def method_name(operation_id: str) -> str:
    """``send-invoice`` -> ``send_invoice``; ``getInvoice`` -> ``get_invoice``."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id)
    return re.sub(r"\W+", "_", snake).strip("_").lower()


def missing_operations(responses: object, operation_ids: Iterable[str]) -> list[str]:
    """The operationIds that ``responses`` has no method for."""
    return sorted(op for op in operation_ids if not callable(getattr(responses, method_name(op), None)))


class InvoiceResponses:
    """The Invoices API, one method per operationId."""

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    # -------------------------------------------------------------- invoices

    def create_invoice(self, call: Call) -> Answer:
        return 200, self.backend.create_invoice(call.location, call.body).to_json()

    def list_invoices(self, call: Call) -> Answer:
        invoices, total = self.backend.list_invoices(call.location, call.query)
        return 200, {"invoices": [i.to_json() for i in invoices], "total": total}

    def get_invoice(self, call: Call) -> Answer:
        return 200, self.backend.invoice(call.location, call.path["invoiceId"]).to_json(with_summary=True)

    def update_invoice(self, call: Call) -> Answer:
        return 200, self.backend.update_invoice(call.location, call.path["invoiceId"], call.body).to_json()

    def delete_invoice(self, call: Call) -> Answer:
        return 200, self.backend.delete_invoice(call.location, call.path["invoiceId"]).to_json()

    def send_invoice(self, call: Call) -> Answer:
        invoice = self.backend.send_invoice(call.location, call.path["invoiceId"])
        return 200, {"invoice": invoice.to_json(), "smsData": {}, "emailData": {}}

    def void_invoice(self, call: Call) -> Answer:
        return 200, self.backend.void_invoice(call.location, call.path["invoiceId"]).to_json()

    def record_invoice(self, call: Call) -> Answer:
        invoice = self.backend.record_payment(call.location, call.path["invoiceId"], call.body)
        return 200, {"success": True, "invoice": invoice.to_json()}

    def text2pay_invoice(self, call: Call) -> Answer:
        invoice = self.backend.text2pay(call.location, call.body)
        return 200, {"invoice": invoice.to_json(), "invoiceUrl": f"https://sandbox.invalid/invoice/{invoice.id}"}

    # -------------------------------------------------------------- schedules

    def create_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.create_schedule(call.location, call.body)
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    def get_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.schedule(call.location, call.path["scheduleId"])
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    def schedule_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.schedule_schedule(call.location, call.path["scheduleId"], call.body)
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    def cancel_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.cancel_schedule(call.location, call.path["scheduleId"])
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    # -------------------------------------------------------------- invoice templates

    def create_invoice_template(self, call: Call) -> Answer:
        return 200, self.backend.create_invoice_template(call.location, call.body).to_json()

    def list_invoice_templates(self, call: Call) -> Answer:
        templates, total = self.backend.list_invoice_templates(call.location, call.query)
        return 200, {"data": [t.to_json() for t in templates], "totalCount": total}

    def get_invoice_template(self, call: Call) -> Answer:
        return 200, self.backend.invoice_template(call.location, call.path["templateId"]).to_json()

    def update_invoice_template(self, call: Call) -> Answer:
        return 200, self.backend.update_invoice_template(call.location, call.path["templateId"], call.body).to_json()

    def delete_invoice_template(self, call: Call) -> Answer:
        self.backend.delete_invoice_template(call.location, call.path["templateId"])
        return 200, {"success": True}

    def update_invoice_template_late_fees_configuration(self, call: Call) -> Answer:
        value = call.body["lateFeesConfiguration"]
        template = self.backend.configure_invoice_template(
            call.location, call.path["templateId"], "lateFeesConfiguration", value
        )
        return 200, template.to_json()

    def update_invoice_payment_methods_configuration(self, call: Call) -> Answer:
        value = call.body.get("paymentMethods")
        template = self.backend.configure_invoice_template(
            call.location, call.path["templateId"], "paymentMethods", value
        )
        return 200, template.to_json()

    # -------------------------------------------------------------- estimate templates

    def create_estimate_template(self, call: Call) -> Answer:
        return 201, self.backend.create_estimate_template(call.location, call.body).to_json()

    def list_estimate_templates(self, call: Call) -> Answer:
        templates, total = self.backend.list_estimate_templates(call.location, call.query)
        return 200, {"data": [t.to_json() for t in templates], "totalCount": total, "traceId": str(uuid.uuid4())}

    def update_estimate_template(self, call: Call) -> Answer:
        template = self.backend.update_estimate_template(call.location, call.path["templateId"], call.body)
        return 200, template.to_json()

    def delete_estimate_template(self, call: Call) -> Answer:
        return 200, self.backend.delete_estimate_template(call.location, call.path["templateId"]).to_json()

    def preview_estimate_template(self, call: Call) -> Answer:
        return 200, self.backend.estimate_template(call.location, call.query["templateId"]).to_json()

    # -------------------------------------------------------------- estimates

    def create_new_estimate(self, call: Call) -> Answer:
        return 201, self.backend.create_estimate(call.location, call.body).to_json()

    def update_estimate(self, call: Call) -> Answer:
        return 200, self.backend.update_estimate(call.location, call.path["estimateId"], call.body).to_json()

    def delete_estimate(self, call: Call) -> Answer:
        return 200, self.backend.delete_estimate(call.location, call.path["estimateId"]).to_json()

    def generate_estimate_number(self, call: Call) -> Answer:
        return 200, {"estimateNumber": self.backend.next_estimate_number(call.location), "traceId": trace_id()}

    def send_estimate(self, call: Call) -> Answer:
        return 201, self.backend.send_estimate(call.location, call.path["estimateId"], call.body).to_json()

    def create_invoice_from_estimate(self, call: Call) -> Answer:
        estimate, invoice = self.backend.invoice_estimate(call.location, call.path["estimateId"], call.body)
        return 200, {"estimate": estimate.to_json(), "invoice": invoice.to_json()}

    def list_estimates(self, call: Call) -> Answer:
        estimates, total = self.backend.list_estimates(call.location, call.query)
        return 200, {"estimates": [e.to_json() for e in estimates], "total": total, "traceId": trace_id()}

    def update_estimate_last_visited_at(self, call: Call) -> Answer:
        """The vendor documents no answer body: 200 without one."""
        self.backend.visit_estimate(call.location, call.body["estimateId"])
        return 200, None

    def list_invoice_schedules(self, call: Call) -> Answer:
        schedules, total = self.backend.list_schedules(call.location, call.query)
        return 200, {"schedules": [s.to_json(self.backend.schedule_invoices(s)) for s in schedules], "total": total}

    def update_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.update_schedule(call.location, call.path["scheduleId"], call.body)
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    def delete_invoice_schedule(self, call: Call) -> Answer:
        self.backend.delete_schedule(call.location, call.path["scheduleId"])
        return 200, {"success": True}

    def update_and_schedule_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.update_and_schedule(call.location, call.path["scheduleId"], call.body)
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    def auto_payment_invoice_schedule(self, call: Call) -> Answer:
        schedule = self.backend.set_schedule_auto_payment(call.location, call.path["scheduleId"], call.body)
        return 200, schedule.to_json(self.backend.schedule_invoices(schedule))

    # -------------------------------------------------------------- location settings, numbering, stats

    def generate_invoice_number(self, call: Call) -> Answer:
        return 200, {"invoiceNumber": self.backend.next_invoice_number(call.location)}

    def get_invoice_settings(self, call: Call) -> Answer:
        return 200, {"altId": call.location, "altType": "location", **self.backend.invoice_settings(call.location)}

    def update_invoice_late_fees_configuration(self, call: Call) -> Answer:
        invoice = self.backend.update_late_fees(call.location, call.path["invoiceId"], call.body)
        return 200, invoice.to_json()

    def update_invoice_last_visited_at(self, call: Call) -> Answer:
        """The location is the token's (the body names only the invoice); no answer body, as for estimates (Q94)."""
        self.backend.visit_invoice(call.location, call.body["invoiceId"])
        return 200, None
