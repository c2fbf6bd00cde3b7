"""Contains methods for accessing the API"""

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Literal

import httpx

from ..client import AuthenticatedClient
from ..errors import UnexpectedStatus
from ..models.alt_type import AltType
from ..models.auto_payment_invoice_schedule_request import AutoPaymentInvoiceScheduleRequest
from ..models.create_invoice_request import CreateInvoiceRequest
from ..models.create_schedule_request import CreateScheduleRequest
from ..models.delete_invoice_schedule_response import DeleteInvoiceScheduleResponse
from ..models.estimate import Estimate
from ..models.estimate_create_request import EstimateCreateRequest
from ..models.estimate_invoice_request import EstimateInvoiceRequest
from ..models.estimate_invoice_response import EstimateInvoiceResponse
from ..models.estimate_last_visited_at_request import EstimateLastVisitedAtRequest
from ..models.estimate_list_response import EstimateListResponse
from ..models.estimate_number_response import EstimateNumberResponse
from ..models.estimate_send_request import EstimateSendRequest
from ..models.estimate_status_filter import EstimateStatusFilter
from ..models.estimate_template import EstimateTemplate
from ..models.estimate_template_list import EstimateTemplateList
from ..models.estimate_template_request import EstimateTemplateRequest
from ..models.estimate_update_request import EstimateUpdateRequest
from ..models.generate_invoice_number_response import GenerateInvoiceNumberResponse
from ..models.invoice import Invoice
from ..models.invoice_schedule import InvoiceSchedule
from ..models.invoice_settings import InvoiceSettings
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_template import InvoiceTemplate
from ..models.invoice_template_create_request import InvoiceTemplateCreateRequest
from ..models.invoice_template_delete_response import InvoiceTemplateDeleteResponse
from ..models.invoice_template_late_fees_request import InvoiceTemplateLateFeesRequest
from ..models.invoice_template_list import InvoiceTemplateList
from ..models.invoice_template_payment_methods_request import InvoiceTemplatePaymentMethodsRequest
from ..models.invoice_template_update_request import InvoiceTemplateUpdateRequest
from ..models.invoice_with_summary import InvoiceWithSummary
from ..models.list_invoice_schedules_payment_mode import ListInvoiceSchedulesPaymentMode
from ..models.list_invoice_schedules_response import ListInvoiceSchedulesResponse
from ..models.list_invoice_templates_payment_mode import ListInvoiceTemplatesPaymentMode
from ..models.list_invoices_payment_mode import ListInvoicesPaymentMode
from ..models.list_invoices_response import ListInvoicesResponse
from ..models.list_invoices_sort_field import ListInvoicesSortField
from ..models.list_invoices_sort_order import ListInvoicesSortOrder
from ..models.location_scoped_request import LocationScopedRequest
from ..models.record_payment_request import RecordPaymentRequest
from ..models.record_payment_response import RecordPaymentResponse
from ..models.schedule_schedule_request import ScheduleScheduleRequest
from ..models.send_invoice_request import SendInvoiceRequest
from ..models.send_invoice_response import SendInvoiceResponse
from ..models.text_2_pay_request import Text2PayRequest
from ..models.text_2_pay_response import Text2PayResponse
from ..models.update_invoice_last_visited_at_request import UpdateInvoiceLastVisitedAtRequest
from ..models.update_invoice_late_fees_configuration_request import UpdateInvoiceLateFeesConfigurationRequest
from ..models.update_invoice_request import UpdateInvoiceRequest
from ..models.update_invoice_schedule_request import UpdateInvoiceScheduleRequest
from ..types import UNSET, Unset
from .estimate import create_invoice_from_estimate as _create_invoice_from_estimate
from .estimate import create_new_estimate as _create_new_estimate
from .estimate import delete_estimate as _delete_estimate
from .estimate import generate_estimate_number as _generate_estimate_number
from .estimate import list_estimates as _list_estimates
from .estimate import send_estimate as _send_estimate
from .estimate import update_estimate as _update_estimate
from .estimate import update_estimate_last_visited_at as _update_estimate_last_visited_at
from .estimate_template import create_estimate_template as _create_estimate_template
from .estimate_template import delete_estimate_template as _delete_estimate_template
from .estimate_template import list_estimate_templates as _list_estimate_templates
from .estimate_template import preview_estimate_template as _preview_estimate_template
from .estimate_template import update_estimate_template as _update_estimate_template
from .invoice import create_invoice as _create_invoice
from .invoice import delete_invoice as _delete_invoice
from .invoice import generate_invoice_number as _generate_invoice_number
from .invoice import get_invoice as _get_invoice
from .invoice import get_invoice_settings as _get_invoice_settings
from .invoice import list_invoices as _list_invoices
from .invoice import record_invoice as _record_invoice
from .invoice import send_invoice as _send_invoice
from .invoice import update_invoice as _update_invoice
from .invoice import update_invoice_last_visited_at as _update_invoice_last_visited_at
from .invoice import update_invoice_late_fees_configuration as _update_invoice_late_fees_configuration
from .invoice import void_invoice as _void_invoice
from .schedule import auto_payment_invoice_schedule as _auto_payment_invoice_schedule
from .schedule import cancel_invoice_schedule as _cancel_invoice_schedule
from .schedule import create_invoice_schedule as _create_invoice_schedule
from .schedule import delete_invoice_schedule as _delete_invoice_schedule
from .schedule import get_invoice_schedule as _get_invoice_schedule
from .schedule import list_invoice_schedules as _list_invoice_schedules
from .schedule import schedule_invoice_schedule as _schedule_invoice_schedule
from .schedule import update_and_schedule_invoice_schedule as _update_and_schedule_invoice_schedule
from .schedule import update_invoice_schedule as _update_invoice_schedule
from .template import create_invoice_template as _create_invoice_template
from .template import delete_invoice_template as _delete_invoice_template
from .template import get_invoice_template as _get_invoice_template
from .template import list_invoice_templates as _list_invoice_templates
from .template import update_invoice_payment_methods_configuration as _update_invoice_payment_methods_configuration
from .template import update_invoice_template as _update_invoice_template
from .template import (
    update_invoice_template_late_fees_configuration as _update_invoice_template_late_fees_configuration,
)
from .text_2_pay import text2pay_invoice as _text2pay_invoice

DEFAULT_PAGE_SIZE = 100


def _page_size(page_size: int) -> int:
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError(f"page_size must be a whole number of at least 1 (got {page_size!r})")
    return page_size


def _next_offset(offset: int, count: int, total: object) -> int | None:
    """The offset of the next page, or ``None`` after the last: an empty page, or ``total`` reached."""
    if count == 0:
        return None
    offset += count
    if isinstance(total, (int, float)) and not isinstance(total, bool) and offset >= total:
        return None
    return offset


class _Operations:
    """Shared by the sync and async facades: the client and the two failure hooks."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _invalid_response(self, response: httpx.Response, error: Exception) -> Exception:
        """The exception to raise when a response body does not decode into its model."""
        return error

    def _unexpected_answer(self, response: httpx.Response) -> Exception:
        """The exception to raise for an answer that is not the documented success."""
        return UnexpectedStatus(response.status_code, response.content)


class Operations(_Operations):
    """Every operation of the API, synchronous, returning its success model."""

    def list_invoices(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        limit: str,
        offset: str,
        status: InvoiceStatus
        | Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"]
        | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoicesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        sort_field: ListInvoicesSortField | Literal["issueDate"] | Unset = UNSET,
        sort_order: ListInvoicesSortOrder | Literal["ascend", "descend"] | Unset = UNSET,
    ) -> ListInvoicesResponse:
        """List invoices

        API to list the invoices of a location, newest first unless `sortOrder` says otherwise.
        """
        answer = self._client.get_httpx_client().request(
            **_list_invoices._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                limit=limit,
                offset=offset,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                contact_id=contact_id,
                sort_field=sort_field,
                sort_order=sort_order,
            )
        )
        try:
            parsed = _list_invoices._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, ListInvoicesResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
    ) -> Invoice:
        """Create invoice

        API to create an invoice. The new invoice is a draft.
        """
        answer = self._client.get_httpx_client().request(
            **_create_invoice._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> GenerateInvoiceNumberResponse:
        """Generate Invoice Number

        Get the next invoice number for the given location (reading it does not use it up).
        """
        answer = self._client.get_httpx_client().request(
            **_generate_invoice_number._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _generate_invoice_number._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, GenerateInvoiceNumberResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def get_invoice_settings(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceSettings:
        """Get Invoice Settings

        API to get the invoice settings of a location (the defaults new invoices take).
        """
        answer = self._client.get_httpx_client().request(
            **_get_invoice_settings._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice_settings._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSettings):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice_last_visited_at(
        self,
        *,
        body: UpdateInvoiceLastVisitedAtRequest,
    ) -> None:
        """Update invoice last visited at

        API to update invoice last visited at by invoice id. The answer has no documented body.
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice_last_visited_at._get_kwargs(
                body=body,
            )
        )
        if answer.status_code == 200:
            return None
        raise self._unexpected_answer(answer)

    def get_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceWithSummary:
        """Get invoice

        API to get invoice by invoice id
        """
        answer = self._client.get_httpx_client().request(
            **_get_invoice._get_kwargs(
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceWithSummary):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceRequest,
    ) -> Invoice:
        """Update invoice

        API to update invoice by invoice id
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    def delete_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> Invoice:
        """Delete invoice

        API to delete invoice by invoice id. Answers the deleted invoice.
        """
        answer = self._client.get_httpx_client().request(
            **_delete_invoice._get_kwargs(
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _delete_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice_late_fees_configuration(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceLateFeesConfigurationRequest,
    ) -> Invoice:
        """Update invoice late fees configuration

        API to update the late fees configuration of an invoice
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice_late_fees_configuration._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_late_fees_configuration._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    def send_invoice(
        self,
        invoice_id: str,
        *,
        body: SendInvoiceRequest,
    ) -> SendInvoiceResponse:
        """Send invoice

        API to send invoice by invoice id
        """
        answer = self._client.get_httpx_client().request(
            **_send_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _send_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, SendInvoiceResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def void_invoice(
        self,
        invoice_id: str,
        *,
        body: LocationScopedRequest,
    ) -> Invoice:
        """Void invoice

        API to void an invoice by invoice id
        """
        answer = self._client.get_httpx_client().request(
            **_void_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _void_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    def record_invoice(
        self,
        invoice_id: str,
        *,
        body: RecordPaymentRequest,
    ) -> RecordPaymentResponse:
        """Record a manual payment for an invoice

        API to record a manual payment (cash, card, cheque, bank transfer, other) for an invoice
        by invoice id
        """
        answer = self._client.get_httpx_client().request(
            **_record_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _record_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, RecordPaymentResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def text2pay_invoice(
        self,
        *,
        body: Text2PayRequest,
    ) -> Text2PayResponse:
        """Create & Send

        API to create or update a text2pay invoice. Without `id` a new invoice is
        created; with `id` that invoice is updated. `action: send` sends it at once.
        """
        answer = self._client.get_httpx_client().request(
            **_text2pay_invoice._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _text2pay_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Text2PayResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def list_invoice_schedules(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceSchedulesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> ListInvoiceSchedulesResponse:
        """List schedules

        API to list the recurring invoice schedules of a location, newest first.
        """
        answer = self._client.get_httpx_client().request(
            **_list_invoice_schedules._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_invoice_schedules._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, ListInvoiceSchedulesResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def create_invoice_schedule(
        self,
        *,
        body: CreateScheduleRequest,
    ) -> InvoiceSchedule:
        """Create Invoice Schedule

        API to create a recurring invoice schedule. The new schedule is a draft until it is
        scheduled.
        """
        answer = self._client.get_httpx_client().request(
            **_create_invoice_schedule._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def get_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceSchedule:
        """Get an schedule

        API to get a schedule by schedule id
        """
        answer = self._client.get_httpx_client().request(
            **_get_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest,
    ) -> InvoiceSchedule:
        """Update schedule

        API to update a schedule by schedule id (a draft schedule; an active one is changed with
        updateAndSchedule).
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def delete_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> DeleteInvoiceScheduleResponse:
        """Delete schedule

        API to delete an schedule by schedule id
        """
        answer = self._client.get_httpx_client().request(
            **_delete_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _delete_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, DeleteInvoiceScheduleResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def update_and_schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Update scheduled recurring invoice

        API to update scheduled recurring invoice: the body (optional, QUIRKS Q100) updates the
        schedule as update-invoice-schedule does, and the schedule is scheduled, in one step.
        """
        answer = self._client.get_httpx_client().request(
            **_update_and_schedule_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _update_and_schedule_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def auto_payment_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: AutoPaymentInvoiceScheduleRequest,
    ) -> InvoiceSchedule:
        """Manage Auto payment for an schedule invoice

        API to manage auto payment for a schedule
        """
        answer = self._client.get_httpx_client().request(
            **_auto_payment_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _auto_payment_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: ScheduleScheduleRequest,
    ) -> InvoiceSchedule:
        """Schedule an schedule invoice

        API to schedule an schedule invoice to start sending to the customer
        """
        answer = self._client.get_httpx_client().request(
            **_schedule_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _schedule_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def cancel_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: LocationScopedRequest,
    ) -> InvoiceSchedule:
        """Cancel an scheduled invoice

        API to cancel a scheduled invoice by schedule id
        """
        answer = self._client.get_httpx_client().request(
            **_cancel_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _cancel_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    def list_invoice_templates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceTemplatesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> InvoiceTemplateList:
        """List templates

        API to list the invoice templates of a location, newest first.
        """
        answer = self._client.get_httpx_client().request(
            **_list_invoice_templates._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_invoice_templates._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplateList):
            return parsed
        raise self._unexpected_answer(answer)

    def create_invoice_template(
        self,
        *,
        body: InvoiceTemplateCreateRequest,
    ) -> InvoiceTemplate:
        """Create template

        API to create an invoice template of a location. Invoices can then be made from it.
        """
        answer = self._client.get_httpx_client().request(
            **_create_invoice_template._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def get_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceTemplate:
        """Get an template

        API to get an invoice template by template id
        """
        answer = self._client.get_httpx_client().request(
            **_get_invoice_template._get_kwargs(
                template_id=template_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice_template(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateUpdateRequest,
    ) -> InvoiceTemplate:
        """Update template

        API to update an invoice template by template id
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice_template._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def delete_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceTemplateDeleteResponse:
        """Delete template

        API to delete an invoice template by template id
        """
        answer = self._client.get_httpx_client().request(
            **_delete_invoice_template._get_kwargs(
                template_id=template_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _delete_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplateDeleteResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice_template_late_fees_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateLateFeesRequest,
    ) -> InvoiceTemplate:
        """Update template late fees configuration

        API to update the late fees configuration of an invoice template
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice_template_late_fees_configuration._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_template_late_fees_configuration._parse_response(
                client=self._client, response=answer
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def update_invoice_payment_methods_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplatePaymentMethodsRequest,
    ) -> InvoiceTemplate:
        """Update payment methods configuration

        API to update the payment methods configuration of an invoice template
        """
        answer = self._client.get_httpx_client().request(
            **_update_invoice_payment_methods_configuration._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_payment_methods_configuration._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def list_estimate_templates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        search: str | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> EstimateTemplateList:
        """List estimate templates

        API to list the estimate templates of a location, newest first.
        """
        answer = self._client.get_httpx_client().request(
            **_list_estimate_templates._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                search=search,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_estimate_templates._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplateList):
            return parsed
        raise self._unexpected_answer(answer)

    def create_estimate_template(
        self,
        *,
        body: EstimateTemplateRequest,
    ) -> EstimateTemplate:
        """Create estimate template

        Create a new estimate template. Answers 201, unlike the other creates of the API.
        """
        answer = self._client.get_httpx_client().request(
            **_create_estimate_template._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def preview_estimate_template(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        template_id: str,
    ) -> EstimateTemplate:
        """Preview estimate template

        API to get the preview of an estimate template (the template as estimates are made from
        it)
        """
        answer = self._client.get_httpx_client().request(
            **_preview_estimate_template._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                template_id=template_id,
            )
        )
        try:
            parsed = _preview_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def update_estimate_template(
        self,
        template_id: str,
        *,
        body: EstimateTemplateRequest,
    ) -> EstimateTemplate:
        """Update estimate template

        Update an existing estimate template
        """
        answer = self._client.get_httpx_client().request(
            **_update_estimate_template._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def delete_estimate_template(
        self,
        template_id: str,
        *,
        body: LocationScopedRequest,
    ) -> EstimateTemplate:
        """Delete estimate template

        Delete an existing estimate template. The location is named in the body; answers the
        deleted template.
        """
        answer = self._client.get_httpx_client().request(
            **_delete_estimate_template._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _delete_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    def create_new_estimate(
        self,
        *,
        body: EstimateCreateRequest,
    ) -> Estimate:
        """Create New Estimate

        Create a new estimate with the provided details. The new estimate is a draft; without
        `estimateNumber` it takes the next number of the location's estimate sequence.
        """
        answer = self._client.get_httpx_client().request(
            **_create_new_estimate._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_new_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    def list_estimates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        status: EstimateStatusFilter
        | Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"]
        | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> EstimateListResponse:
        """List Estimates

        Get a paginated list of the location's estimates, newest issue date first.
        """
        answer = self._client.get_httpx_client().request(
            **_list_estimates._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                start_at=start_at,
                end_at=end_at,
                search=search,
                status=status,
                contact_id=contact_id,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_estimates._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateListResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def generate_estimate_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> EstimateNumberResponse:
        """Generate Estimate Number

        Get the number the next estimate of the location will take. Reading it does not use it up.
        """
        answer = self._client.get_httpx_client().request(
            **_generate_estimate_number._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _generate_estimate_number._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateNumberResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def update_estimate_last_visited_at(
        self,
        *,
        body: EstimateLastVisitedAtRequest,
    ) -> None:
        """Update estimate last visited at

        API to update the time an estimate was last visited (its `lastVisitedAt`). The vendor
        documents no answer body.
        """
        answer = self._client.get_httpx_client().request(
            **_update_estimate_last_visited_at._get_kwargs(
                body=body,
            )
        )
        if answer.status_code == 200:
            return None
        raise self._unexpected_answer(answer)

    def update_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateUpdateRequest,
    ) -> Estimate:
        """Update Estimate

        Update an existing estimate with new details. `estimateStatus` moves it along the
        estimate's statuses (sandbox README).
        """
        answer = self._client.get_httpx_client().request(
            **_update_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _update_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    def delete_estimate(
        self,
        estimate_id: str,
        *,
        body: LocationScopedRequest,
    ) -> Estimate:
        """Delete Estimate

        Delete an existing estimate. Answers the deleted estimate.
        """
        answer = self._client.get_httpx_client().request(
            **_delete_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _delete_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    def send_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateSendRequest,
    ) -> Estimate:
        """Send Estimate

        API to send an estimate by estimate id
        """
        answer = self._client.get_httpx_client().request(
            **_send_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _send_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    def create_invoice_from_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateInvoiceRequest,
    ) -> EstimateInvoiceResponse:
        """Create Invoice from Estimate

        Create a new invoice from an existing estimate (its items, contact, business details,
        discount and totals). With `markAsInvoiced` the estimate becomes `invoiced`.
        """
        answer = self._client.get_httpx_client().request(
            **_create_invoice_from_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _create_invoice_from_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateInvoiceResponse):
            return parsed
        raise self._unexpected_answer(answer)

    def iter_invoices(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        status: InvoiceStatus
        | Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"]
        | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoicesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        sort_field: ListInvoicesSortField | Literal["issueDate"] | Unset = UNSET,
        sort_order: ListInvoicesSortOrder | Literal["ascend", "descend"] | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Invoice]:
        """Every item of ``list_invoices`` (its ``invoices``), page after page of ``page_size`` items.

        The filters are those of ``list_invoices``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = self.list_invoices(
                alt_id=alt_id,
                alt_type=alt_type,
                limit=str(size),
                offset=str(offset),
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                contact_id=contact_id,
                sort_field=sort_field,
                sort_order=sort_order,
            )
            found = page.invoices
            yield from found
            offset = _next_offset(offset, len(found), page.total)

    def iter_invoice_schedules(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceSchedulesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[InvoiceSchedule]:
        """Every item of ``list_invoice_schedules`` (its ``schedules``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_schedules``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = self.list_invoice_schedules(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=str(size),
                offset=str(offset),
            )
            found = page.schedules
            yield from found
            offset = _next_offset(offset, len(found), page.total)

    def iter_invoice_templates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceTemplatesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[InvoiceTemplate]:
        """Every item of ``list_invoice_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_templates``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = self.list_invoice_templates(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=str(size),
                offset=str(offset),
            )
            found = page.data
            yield from found
            offset = _next_offset(offset, len(found), None)

    def iter_estimate_templates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        search: str | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[EstimateTemplate]:
        """Every item of ``list_estimate_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_estimate_templates``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = self.list_estimate_templates(
                alt_id=alt_id,
                alt_type=alt_type,
                search=search,
                limit=str(size),
                offset=str(offset),
            )
            found = page.data
            yield from found
            offset = _next_offset(offset, len(found), None)

    def iter_estimates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        status: EstimateStatusFilter
        | Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"]
        | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> Iterator[Estimate]:
        """Every item of ``list_estimates`` (its ``estimates``), page after page of ``page_size`` items.

        The filters are those of ``list_estimates``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = self.list_estimates(
                alt_id=alt_id,
                alt_type=alt_type,
                start_at=start_at,
                end_at=end_at,
                search=search,
                status=status,
                contact_id=contact_id,
                limit=str(size),
                offset=str(offset),
            )
            found = page.estimates
            yield from found
            offset = _next_offset(offset, len(found), page.total)


class AsyncOperations(_Operations):
    """Every operation of the API, asynchronous, returning its success model."""

    async def list_invoices(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        limit: str,
        offset: str,
        status: InvoiceStatus
        | Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"]
        | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoicesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        sort_field: ListInvoicesSortField | Literal["issueDate"] | Unset = UNSET,
        sort_order: ListInvoicesSortOrder | Literal["ascend", "descend"] | Unset = UNSET,
    ) -> ListInvoicesResponse:
        """List invoices

        API to list the invoices of a location, newest first unless `sortOrder` says otherwise.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_list_invoices._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                limit=limit,
                offset=offset,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                contact_id=contact_id,
                sort_field=sort_field,
                sort_order=sort_order,
            )
        )
        try:
            parsed = _list_invoices._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, ListInvoicesResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
    ) -> Invoice:
        """Create invoice

        API to create an invoice. The new invoice is a draft.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_create_invoice._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    async def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> GenerateInvoiceNumberResponse:
        """Generate Invoice Number

        Get the next invoice number for the given location (reading it does not use it up).
        """
        answer = await self._client.get_async_httpx_client().request(
            **_generate_invoice_number._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _generate_invoice_number._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, GenerateInvoiceNumberResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def get_invoice_settings(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceSettings:
        """Get Invoice Settings

        API to get the invoice settings of a location (the defaults new invoices take).
        """
        answer = await self._client.get_async_httpx_client().request(
            **_get_invoice_settings._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice_settings._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSettings):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice_last_visited_at(
        self,
        *,
        body: UpdateInvoiceLastVisitedAtRequest,
    ) -> None:
        """Update invoice last visited at

        API to update invoice last visited at by invoice id. The answer has no documented body.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice_last_visited_at._get_kwargs(
                body=body,
            )
        )
        if answer.status_code == 200:
            return None
        raise self._unexpected_answer(answer)

    async def get_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceWithSummary:
        """Get invoice

        API to get invoice by invoice id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_get_invoice._get_kwargs(
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceWithSummary):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceRequest,
    ) -> Invoice:
        """Update invoice

        API to update invoice by invoice id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    async def delete_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> Invoice:
        """Delete invoice

        API to delete invoice by invoice id. Answers the deleted invoice.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_delete_invoice._get_kwargs(
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _delete_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice_late_fees_configuration(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceLateFeesConfigurationRequest,
    ) -> Invoice:
        """Update invoice late fees configuration

        API to update the late fees configuration of an invoice
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice_late_fees_configuration._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_late_fees_configuration._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    async def send_invoice(
        self,
        invoice_id: str,
        *,
        body: SendInvoiceRequest,
    ) -> SendInvoiceResponse:
        """Send invoice

        API to send invoice by invoice id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_send_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _send_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, SendInvoiceResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def void_invoice(
        self,
        invoice_id: str,
        *,
        body: LocationScopedRequest,
    ) -> Invoice:
        """Void invoice

        API to void an invoice by invoice id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_void_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _void_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Invoice):
            return parsed
        raise self._unexpected_answer(answer)

    async def record_invoice(
        self,
        invoice_id: str,
        *,
        body: RecordPaymentRequest,
    ) -> RecordPaymentResponse:
        """Record a manual payment for an invoice

        API to record a manual payment (cash, card, cheque, bank transfer, other) for an invoice
        by invoice id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_record_invoice._get_kwargs(
                invoice_id=invoice_id,
                body=body,
            )
        )
        try:
            parsed = _record_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, RecordPaymentResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def text2pay_invoice(
        self,
        *,
        body: Text2PayRequest,
    ) -> Text2PayResponse:
        """Create & Send

        API to create or update a text2pay invoice. Without `id` a new invoice is
        created; with `id` that invoice is updated. `action: send` sends it at once.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_text2pay_invoice._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _text2pay_invoice._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Text2PayResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def list_invoice_schedules(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceSchedulesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> ListInvoiceSchedulesResponse:
        """List schedules

        API to list the recurring invoice schedules of a location, newest first.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_list_invoice_schedules._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_invoice_schedules._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, ListInvoiceSchedulesResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def create_invoice_schedule(
        self,
        *,
        body: CreateScheduleRequest,
    ) -> InvoiceSchedule:
        """Create Invoice Schedule

        API to create a recurring invoice schedule. The new schedule is a draft until it is
        scheduled.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_create_invoice_schedule._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def get_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceSchedule:
        """Get an schedule

        API to get a schedule by schedule id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_get_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest,
    ) -> InvoiceSchedule:
        """Update schedule

        API to update a schedule by schedule id (a draft schedule; an active one is changed with
        updateAndSchedule).
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def delete_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> DeleteInvoiceScheduleResponse:
        """Delete schedule

        API to delete an schedule by schedule id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_delete_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _delete_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, DeleteInvoiceScheduleResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_and_schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Update scheduled recurring invoice

        API to update scheduled recurring invoice: the body (optional, QUIRKS Q100) updates the
        schedule as update-invoice-schedule does, and the schedule is scheduled, in one step.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_and_schedule_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _update_and_schedule_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def auto_payment_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: AutoPaymentInvoiceScheduleRequest,
    ) -> InvoiceSchedule:
        """Manage Auto payment for an schedule invoice

        API to manage auto payment for a schedule
        """
        answer = await self._client.get_async_httpx_client().request(
            **_auto_payment_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _auto_payment_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: ScheduleScheduleRequest,
    ) -> InvoiceSchedule:
        """Schedule an schedule invoice

        API to schedule an schedule invoice to start sending to the customer
        """
        answer = await self._client.get_async_httpx_client().request(
            **_schedule_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _schedule_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def cancel_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: LocationScopedRequest,
    ) -> InvoiceSchedule:
        """Cancel an scheduled invoice

        API to cancel a scheduled invoice by schedule id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_cancel_invoice_schedule._get_kwargs(
                schedule_id=schedule_id,
                body=body,
            )
        )
        try:
            parsed = _cancel_invoice_schedule._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)

    async def list_invoice_templates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceTemplatesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> InvoiceTemplateList:
        """List templates

        API to list the invoice templates of a location, newest first.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_list_invoice_templates._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_invoice_templates._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplateList):
            return parsed
        raise self._unexpected_answer(answer)

    async def create_invoice_template(
        self,
        *,
        body: InvoiceTemplateCreateRequest,
    ) -> InvoiceTemplate:
        """Create template

        API to create an invoice template of a location. Invoices can then be made from it.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_create_invoice_template._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def get_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceTemplate:
        """Get an template

        API to get an invoice template by template id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_get_invoice_template._get_kwargs(
                template_id=template_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _get_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice_template(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateUpdateRequest,
    ) -> InvoiceTemplate:
        """Update template

        API to update an invoice template by template id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice_template._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def delete_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> InvoiceTemplateDeleteResponse:
        """Delete template

        API to delete an invoice template by template id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_delete_invoice_template._get_kwargs(
                template_id=template_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _delete_invoice_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplateDeleteResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice_template_late_fees_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateLateFeesRequest,
    ) -> InvoiceTemplate:
        """Update template late fees configuration

        API to update the late fees configuration of an invoice template
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice_template_late_fees_configuration._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_template_late_fees_configuration._parse_response(
                client=self._client, response=answer
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_invoice_payment_methods_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplatePaymentMethodsRequest,
    ) -> InvoiceTemplate:
        """Update payment methods configuration

        API to update the payment methods configuration of an invoice template
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_invoice_payment_methods_configuration._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_invoice_payment_methods_configuration._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def list_estimate_templates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        search: str | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> EstimateTemplateList:
        """List estimate templates

        API to list the estimate templates of a location, newest first.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_list_estimate_templates._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                search=search,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_estimate_templates._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplateList):
            return parsed
        raise self._unexpected_answer(answer)

    async def create_estimate_template(
        self,
        *,
        body: EstimateTemplateRequest,
    ) -> EstimateTemplate:
        """Create estimate template

        Create a new estimate template. Answers 201, unlike the other creates of the API.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_create_estimate_template._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def preview_estimate_template(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        template_id: str,
    ) -> EstimateTemplate:
        """Preview estimate template

        API to get the preview of an estimate template (the template as estimates are made from
        it)
        """
        answer = await self._client.get_async_httpx_client().request(
            **_preview_estimate_template._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                template_id=template_id,
            )
        )
        try:
            parsed = _preview_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_estimate_template(
        self,
        template_id: str,
        *,
        body: EstimateTemplateRequest,
    ) -> EstimateTemplate:
        """Update estimate template

        Update an existing estimate template
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_estimate_template._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _update_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def delete_estimate_template(
        self,
        template_id: str,
        *,
        body: LocationScopedRequest,
    ) -> EstimateTemplate:
        """Delete estimate template

        Delete an existing estimate template. The location is named in the body; answers the
        deleted template.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_delete_estimate_template._get_kwargs(
                template_id=template_id,
                body=body,
            )
        )
        try:
            parsed = _delete_estimate_template._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateTemplate):
            return parsed
        raise self._unexpected_answer(answer)

    async def create_new_estimate(
        self,
        *,
        body: EstimateCreateRequest,
    ) -> Estimate:
        """Create New Estimate

        Create a new estimate with the provided details. The new estimate is a draft; without
        `estimateNumber` it takes the next number of the location's estimate sequence.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_create_new_estimate._get_kwargs(
                body=body,
            )
        )
        try:
            parsed = _create_new_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    async def list_estimates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        status: EstimateStatusFilter
        | Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"]
        | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        limit: str,
        offset: str,
    ) -> EstimateListResponse:
        """List Estimates

        Get a paginated list of the location's estimates, newest issue date first.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_list_estimates._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
                start_at=start_at,
                end_at=end_at,
                search=search,
                status=status,
                contact_id=contact_id,
                limit=limit,
                offset=offset,
            )
        )
        try:
            parsed = _list_estimates._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateListResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def generate_estimate_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
    ) -> EstimateNumberResponse:
        """Generate Estimate Number

        Get the number the next estimate of the location will take. Reading it does not use it up.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_generate_estimate_number._get_kwargs(
                alt_id=alt_id,
                alt_type=alt_type,
            )
        )
        try:
            parsed = _generate_estimate_number._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateNumberResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def update_estimate_last_visited_at(
        self,
        *,
        body: EstimateLastVisitedAtRequest,
    ) -> None:
        """Update estimate last visited at

        API to update the time an estimate was last visited (its `lastVisitedAt`). The vendor
        documents no answer body.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_estimate_last_visited_at._get_kwargs(
                body=body,
            )
        )
        if answer.status_code == 200:
            return None
        raise self._unexpected_answer(answer)

    async def update_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateUpdateRequest,
    ) -> Estimate:
        """Update Estimate

        Update an existing estimate with new details. `estimateStatus` moves it along the
        estimate's statuses (sandbox README).
        """
        answer = await self._client.get_async_httpx_client().request(
            **_update_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _update_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    async def delete_estimate(
        self,
        estimate_id: str,
        *,
        body: LocationScopedRequest,
    ) -> Estimate:
        """Delete Estimate

        Delete an existing estimate. Answers the deleted estimate.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_delete_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _delete_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    async def send_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateSendRequest,
    ) -> Estimate:
        """Send Estimate

        API to send an estimate by estimate id
        """
        answer = await self._client.get_async_httpx_client().request(
            **_send_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _send_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, Estimate):
            return parsed
        raise self._unexpected_answer(answer)

    async def create_invoice_from_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateInvoiceRequest,
    ) -> EstimateInvoiceResponse:
        """Create Invoice from Estimate

        Create a new invoice from an existing estimate (its items, contact, business details,
        discount and totals). With `markAsInvoiced` the estimate becomes `invoiced`.
        """
        answer = await self._client.get_async_httpx_client().request(
            **_create_invoice_from_estimate._get_kwargs(
                estimate_id=estimate_id,
                body=body,
            )
        )
        try:
            parsed = _create_invoice_from_estimate._parse_response(client=self._client, response=answer)
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, EstimateInvoiceResponse):
            return parsed
        raise self._unexpected_answer(answer)

    async def iter_invoices(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        status: InvoiceStatus
        | Literal["draft", "sent", "payment_processing", "paid", "void", "partially_paid"]
        | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoicesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        sort_field: ListInvoicesSortField | Literal["issueDate"] | Unset = UNSET,
        sort_order: ListInvoicesSortOrder | Literal["ascend", "descend"] | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[Invoice]:
        """Every item of ``list_invoices`` (its ``invoices``), page after page of ``page_size`` items.

        The filters are those of ``list_invoices``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = await self.list_invoices(
                alt_id=alt_id,
                alt_type=alt_type,
                limit=str(size),
                offset=str(offset),
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                contact_id=contact_id,
                sort_field=sort_field,
                sort_order=sort_order,
            )
            found = page.invoices
            for item in found:
                yield item
            offset = _next_offset(offset, len(found), page.total)

    async def iter_invoice_schedules(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceSchedulesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[InvoiceSchedule]:
        """Every item of ``list_invoice_schedules`` (its ``schedules``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_schedules``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = await self.list_invoice_schedules(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=str(size),
                offset=str(offset),
            )
            found = page.schedules
            for item in found:
                yield item
            offset = _next_offset(offset, len(found), page.total)

    async def iter_invoice_templates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        status: str | Unset = UNSET,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        payment_mode: ListInvoiceTemplatesPaymentMode | Literal["default", "live", "test"] | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[InvoiceTemplate]:
        """Every item of ``list_invoice_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_templates``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = await self.list_invoice_templates(
                alt_id=alt_id,
                alt_type=alt_type,
                status=status,
                start_at=start_at,
                end_at=end_at,
                search=search,
                payment_mode=payment_mode,
                limit=str(size),
                offset=str(offset),
            )
            found = page.data
            for item in found:
                yield item
            offset = _next_offset(offset, len(found), None)

    async def iter_estimate_templates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        search: str | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[EstimateTemplate]:
        """Every item of ``list_estimate_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_estimate_templates``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = await self.list_estimate_templates(
                alt_id=alt_id,
                alt_type=alt_type,
                search=search,
                limit=str(size),
                offset=str(offset),
            )
            found = page.data
            for item in found:
                yield item
            offset = _next_offset(offset, len(found), None)

    async def iter_estimates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        start_at: datetime.date | Unset = UNSET,
        end_at: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        status: EstimateStatusFilter
        | Literal["all", "draft", "sent", "accepted", "declined", "invoiced", "viewed"]
        | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> AsyncIterator[Estimate]:
        """Every item of ``list_estimates`` (its ``estimates``), page after page of ``page_size`` items.

        The filters are those of ``list_estimates``; the iterator sets ``limit`` and ``offset``.
        """
        size = _page_size(page_size)
        offset: int | None = 0
        while offset is not None:
            page = await self.list_estimates(
                alt_id=alt_id,
                alt_type=alt_type,
                start_at=start_at,
                end_at=end_at,
                search=search,
                status=status,
                contact_id=contact_id,
                limit=str(size),
                offset=str(offset),
            )
            found = page.estimates
            for item in found:
                yield item
            offset = _next_offset(offset, len(found), page.total)
