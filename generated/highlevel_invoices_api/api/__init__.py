"""Contains methods for accessing the API"""

import datetime
from typing import Literal

import httpx

from ..client import AuthenticatedClient
from ..errors import UnexpectedStatus
from ..models.alt_type import AltType
from ..models.auto_payment_invoice_schedule_request import AutoPaymentInvoiceScheduleRequest
from ..models.create_invoice_request import CreateInvoiceRequest
from ..models.create_schedule_request import CreateScheduleRequest
from ..models.delete_invoice_schedule_response import DeleteInvoiceScheduleResponse
from ..models.generate_invoice_number_response import GenerateInvoiceNumberResponse
from ..models.invoice import Invoice
from ..models.invoice_schedule import InvoiceSchedule
from ..models.invoice_settings import InvoiceSettings
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_with_summary import InvoiceWithSummary
from ..models.list_invoice_schedules_payment_mode import ListInvoiceSchedulesPaymentMode
from ..models.list_invoice_schedules_response import ListInvoiceSchedulesResponse
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
from .text_2_pay import text2pay_invoice as _text2pay_invoice


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
            parsed = _list_invoices._build_response(client=self._client, response=answer).parsed
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
            parsed = _create_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _generate_invoice_number._build_response(client=self._client, response=answer).parsed
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
            parsed = _get_invoice_settings._build_response(client=self._client, response=answer).parsed
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
            parsed = _get_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _delete_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_invoice_late_fees_configuration._build_response(
                client=self._client, response=answer
            ).parsed
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
            parsed = _send_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _void_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _record_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _text2pay_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _list_invoice_schedules._build_response(client=self._client, response=answer).parsed
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
            parsed = _create_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _get_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _delete_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_and_schedule_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _auto_payment_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _schedule_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _cancel_invoice_schedule._build_response(client=self._client, response=answer).parsed
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)


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
            parsed = _list_invoices._build_response(client=self._client, response=answer).parsed
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
            parsed = _create_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _generate_invoice_number._build_response(client=self._client, response=answer).parsed
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
            parsed = _get_invoice_settings._build_response(client=self._client, response=answer).parsed
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
            parsed = _get_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _delete_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_invoice_late_fees_configuration._build_response(
                client=self._client, response=answer
            ).parsed
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
            parsed = _send_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _void_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _record_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _text2pay_invoice._build_response(client=self._client, response=answer).parsed
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
            parsed = _list_invoice_schedules._build_response(client=self._client, response=answer).parsed
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
            parsed = _create_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _get_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _delete_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _update_and_schedule_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _auto_payment_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _schedule_invoice_schedule._build_response(client=self._client, response=answer).parsed
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
            parsed = _cancel_invoice_schedule._build_response(client=self._client, response=answer).parsed
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(answer, exc) from exc
        if isinstance(parsed, InvoiceSchedule):
            return parsed
        raise self._unexpected_answer(answer)
