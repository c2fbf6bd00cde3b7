"""Contains methods for accessing the API"""

import datetime
from typing import Any, Literal, TypeVar

from ..client import AuthenticatedClient
from ..errors import UnexpectedStatus
from ..models.alt_type import AltType
from ..models.create_invoice_request import CreateInvoiceRequest
from ..models.create_schedule_request import CreateScheduleRequest
from ..models.invoice import Invoice
from ..models.invoice_schedule import InvoiceSchedule
from ..models.invoice_status import InvoiceStatus
from ..models.invoice_with_summary import InvoiceWithSummary
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
from ..models.update_invoice_request import UpdateInvoiceRequest
from ..types import UNSET, Response, Unset
from .invoice import create_invoice as _create_invoice
from .invoice import delete_invoice as _delete_invoice
from .invoice import get_invoice as _get_invoice
from .invoice import list_invoices as _list_invoices
from .invoice import record_invoice as _record_invoice
from .invoice import send_invoice as _send_invoice
from .invoice import update_invoice as _update_invoice
from .invoice import void_invoice as _void_invoice
from .schedule import cancel_invoice_schedule as _cancel_invoice_schedule
from .schedule import create_invoice_schedule as _create_invoice_schedule
from .schedule import get_invoice_schedule as _get_invoice_schedule
from .schedule import schedule_invoice_schedule as _schedule_invoice_schedule
from .text_2_pay import text2pay_invoice as _text2pay_invoice

T = TypeVar("T")


class _Operations:
    """Shared by the sync and async facades: the client and the success check."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _invalid_response(self, error: Exception) -> Exception:
        """The exception to raise when a response body does not decode into its model."""
        return error

    def _expect(self, response: Response[Any], model: type[T]) -> T:
        """The parsed success model, or an exception for any other answer."""
        if isinstance(response.parsed, model):
            return response.parsed
        raise UnexpectedStatus(response.status_code, response.content)


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
        try:
            response = _list_invoices.sync_detailed(
                client=self._client,
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
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, ListInvoicesResponse)

    def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
    ) -> Invoice:
        """Create invoice

        API to create an invoice. The new invoice is a draft.
        """
        try:
            response = _create_invoice.sync_detailed(
                client=self._client,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

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
        try:
            response = _get_invoice.sync_detailed(
                client=self._client,
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceWithSummary)

    def update_invoice(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceRequest,
    ) -> Invoice:
        """Update invoice

        API to update invoice by invoice id
        """
        try:
            response = _update_invoice.sync_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

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
        try:
            response = _delete_invoice.sync_detailed(
                client=self._client,
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

    def send_invoice(
        self,
        invoice_id: str,
        *,
        body: SendInvoiceRequest,
    ) -> SendInvoiceResponse:
        """Send invoice

        API to send invoice by invoice id
        """
        try:
            response = _send_invoice.sync_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, SendInvoiceResponse)

    def void_invoice(
        self,
        invoice_id: str,
        *,
        body: LocationScopedRequest,
    ) -> Invoice:
        """Void invoice

        API to void an invoice by invoice id
        """
        try:
            response = _void_invoice.sync_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

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
        try:
            response = _record_invoice.sync_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, RecordPaymentResponse)

    def text2pay_invoice(
        self,
        *,
        body: Text2PayRequest,
    ) -> Text2PayResponse:
        """Create & Send

        API to create or update a text2pay invoice. Without `id` a new invoice is
        created; with `id` that invoice is updated. `action: send` sends it at once.
        """
        try:
            response = _text2pay_invoice.sync_detailed(
                client=self._client,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Text2PayResponse)

    def create_invoice_schedule(
        self,
        *,
        body: CreateScheduleRequest,
    ) -> InvoiceSchedule:
        """Create Invoice Schedule

        API to create a recurring invoice schedule. The new schedule is a draft until it is
        scheduled.
        """
        try:
            response = _create_invoice_schedule.sync_detailed(
                client=self._client,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)

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
        try:
            response = _get_invoice_schedule.sync_detailed(
                client=self._client,
                schedule_id=schedule_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)

    def schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: ScheduleScheduleRequest,
    ) -> InvoiceSchedule:
        """Schedule an schedule invoice

        API to schedule an schedule invoice to start sending to the customer
        """
        try:
            response = _schedule_invoice_schedule.sync_detailed(
                client=self._client,
                schedule_id=schedule_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)

    def cancel_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: LocationScopedRequest,
    ) -> InvoiceSchedule:
        """Cancel an scheduled invoice

        API to cancel a scheduled invoice by schedule id
        """
        try:
            response = _cancel_invoice_schedule.sync_detailed(
                client=self._client,
                schedule_id=schedule_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)


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
        try:
            response = await _list_invoices.asyncio_detailed(
                client=self._client,
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
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, ListInvoicesResponse)

    async def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest,
    ) -> Invoice:
        """Create invoice

        API to create an invoice. The new invoice is a draft.
        """
        try:
            response = await _create_invoice.asyncio_detailed(
                client=self._client,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

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
        try:
            response = await _get_invoice.asyncio_detailed(
                client=self._client,
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceWithSummary)

    async def update_invoice(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceRequest,
    ) -> Invoice:
        """Update invoice

        API to update invoice by invoice id
        """
        try:
            response = await _update_invoice.asyncio_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

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
        try:
            response = await _delete_invoice.asyncio_detailed(
                client=self._client,
                invoice_id=invoice_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

    async def send_invoice(
        self,
        invoice_id: str,
        *,
        body: SendInvoiceRequest,
    ) -> SendInvoiceResponse:
        """Send invoice

        API to send invoice by invoice id
        """
        try:
            response = await _send_invoice.asyncio_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, SendInvoiceResponse)

    async def void_invoice(
        self,
        invoice_id: str,
        *,
        body: LocationScopedRequest,
    ) -> Invoice:
        """Void invoice

        API to void an invoice by invoice id
        """
        try:
            response = await _void_invoice.asyncio_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Invoice)

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
        try:
            response = await _record_invoice.asyncio_detailed(
                client=self._client,
                invoice_id=invoice_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, RecordPaymentResponse)

    async def text2pay_invoice(
        self,
        *,
        body: Text2PayRequest,
    ) -> Text2PayResponse:
        """Create & Send

        API to create or update a text2pay invoice. Without `id` a new invoice is
        created; with `id` that invoice is updated. `action: send` sends it at once.
        """
        try:
            response = await _text2pay_invoice.asyncio_detailed(
                client=self._client,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, Text2PayResponse)

    async def create_invoice_schedule(
        self,
        *,
        body: CreateScheduleRequest,
    ) -> InvoiceSchedule:
        """Create Invoice Schedule

        API to create a recurring invoice schedule. The new schedule is a draft until it is
        scheduled.
        """
        try:
            response = await _create_invoice_schedule.asyncio_detailed(
                client=self._client,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)

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
        try:
            response = await _get_invoice_schedule.asyncio_detailed(
                client=self._client,
                schedule_id=schedule_id,
                alt_id=alt_id,
                alt_type=alt_type,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)

    async def schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: ScheduleScheduleRequest,
    ) -> InvoiceSchedule:
        """Schedule an schedule invoice

        API to schedule an schedule invoice to start sending to the customer
        """
        try:
            response = await _schedule_invoice_schedule.asyncio_detailed(
                client=self._client,
                schedule_id=schedule_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)

    async def cancel_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: LocationScopedRequest,
    ) -> InvoiceSchedule:
        """Cancel an scheduled invoice

        API to cancel a scheduled invoice by schedule id
        """
        try:
            response = await _cancel_invoice_schedule.asyncio_detailed(
                client=self._client,
                schedule_id=schedule_id,
                body=body,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise self._invalid_response(exc) from exc
        return self._expect(response, InvoiceSchedule)
