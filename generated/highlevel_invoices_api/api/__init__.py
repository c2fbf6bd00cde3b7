"""Contains methods for accessing the API"""

import datetime
import datetime as _datetime
import json as _json
import math
from collections.abc import AsyncIterator, Iterator, Mapping
from enum import StrEnum
from typing import Any, Literal, Protocol, Self, TypeVar

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
from ..types import (
    NOT_JSON,
    STATUS,
    UNSET,
    DecodeError,
    Found,
    Unset,
    decode_tolerantly,
    describe,
    json_loads,
    member_values,
    one_of,
)
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


# The request extension the public package's transport reads a call's ``max_retries`` from.
MAX_RETRIES_EXTENSION = "highlevel_invoices.max_retries"

M = TypeVar("M")
E = TypeVar("E", bound=StrEnum)
S = TypeVar("S", bound=str)


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


B = TypeVar("B", bound=_Model)


def _text(name: str, value: S, *, path: bool = False) -> S:
    """A string argument; a path parameter must not be empty (it would name another resource)."""
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected a string, got {describe(value)}")
    if path and not value:
        raise ValueError(f"{name}: expected a non-empty string (it goes in the URL's path), got ''")
    return value


def _integer(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name}: expected an integer, got {describe(value)}")
    return value


def _date(name: str, value: _datetime.date) -> _datetime.date:
    if not isinstance(value, _datetime.date) or isinstance(value, _datetime.datetime):
        raise TypeError(f"{name}: expected a datetime.date, got {describe(value)}")
    return value


def _member(name: str, value: object, enum: type[E]) -> E:
    """An enum argument as its member: the member, or its plain string."""
    if isinstance(value, enum) and value.value in member_values(enum):
        return value
    if isinstance(value, str) and value in member_values(enum) and not isinstance(value, StrEnum):
        return enum(value)
    error = ValueError if isinstance(value, str) else TypeError
    raise error(f"{name}: expected {one_of(enum)} or the member, got {describe(value)}")


def _body(name: str, value: object, model: type[B]) -> B:
    """A request body: the model, or a dict of its JSON fields; either must fit the spec to be sent."""
    if isinstance(value, model):
        try:
            wire: Any = value.to_dict()
        except Exception as exc:
            raise TypeError(
                f"{name}: this {model.__name__} cannot be encoded, a field holds what its type cannot "
                f"({type(exc).__name__}: {exc})"
            ) from exc
    elif isinstance(value, Mapping):
        wire = value
    else:
        raise TypeError(f"{name}: expected {model.__name__} or a dict of its JSON fields, got {describe(value)}")
    decoded, found = decode_tolerantly(model, wire)
    if found:
        path, _, expected, got = found[0]
        raise DecodeError((name, *path), expected, got)
    try:
        _json.dumps(wire, allow_nan=False)  # what httpx does with it: a value JSON cannot hold fails here, named
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name}: not sendable as JSON ({exc})") from exc
    result: B = value if isinstance(value, model) else decoded
    return result


def _options(
    request: dict[str, Any],
    timeout: float | httpx.Timeout | Unset,
    max_retries: int | Unset,
    extra_headers: Mapping[str, str] | Unset,
) -> None:
    """Apply a call's own options to its request (only called when one is given)."""
    if not isinstance(timeout, Unset):
        if isinstance(timeout, httpx.Timeout):
            request["timeout"] = timeout
        elif isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
            raise TypeError(f"timeout: expected seconds (a number > 0) or an httpx.Timeout, got {describe(timeout)}")
        elif not (timeout > 0 and math.isfinite(timeout)):
            raise ValueError(f"timeout: expected seconds (a number > 0) or an httpx.Timeout, got {timeout!r}")
        else:
            request["timeout"] = httpx.Timeout(timeout)
    if not isinstance(max_retries, Unset):
        if isinstance(max_retries, bool) or not isinstance(max_retries, int):
            raise TypeError(f"max_retries: expected an integer >= 0, got {describe(max_retries)}")
        if max_retries < 0:
            raise ValueError(f"max_retries: expected an integer >= 0, got {max_retries}")
        request["extensions"] = {MAX_RETRIES_EXTENSION: max_retries}
    if not isinstance(extra_headers, Unset):
        if not isinstance(extra_headers, Mapping):
            raise TypeError(
                f"extra_headers: expected a mapping of header names to strings, got {describe(extra_headers)}"
            )
        for key, value in extra_headers.items():
            if not isinstance(key, str) or not key or not isinstance(value, str):
                raise TypeError(
                    f"extra_headers: expected header names and values as strings, got {key!r}: {describe(value)}"
                )
            if any(c in key + value for c in "\r\n\0") or any(c in key for c in " :"):
                raise ValueError(f"extra_headers: {key!r} is not a valid header line")
        request["headers"] = {**request.get("headers", {}), **extra_headers}


class _Operations:
    """Shared by the sync and async facades: the client, decoding answers, and the failure hooks."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def _decode(self, operation: str, status: int, model: type[M], response: httpx.Response) -> M:
        """The 2xx answer's model, decoded tolerantly; what did not fit goes to ``_departures``."""
        if not response.is_success:
            raise self._unexpected_answer(response)
        found: list[Found] = []
        if response.status_code != status:
            found.append(((), STATUS, str(status), str(response.status_code)))
        try:
            data = json_loads(response.content)
        except ValueError:
            parsed, _ = decode_tolerantly(model, {})
            found.append(((), NOT_JSON, f"JSON (object {model.__name__})", describe(response.text)))
        else:
            parsed, more = decode_tolerantly(model, data)
            found += more
        if found:
            self._departures(operation, response, found)
        result: M = parsed
        return result

    def _no_content(self, operation: str, status: int, response: httpx.Response) -> None:
        """A success the spec documents without a body: nothing to decode, only the status to check."""
        if not response.is_success:
            raise self._unexpected_answer(response)
        if response.status_code != status:
            self._departures(operation, response, [((), STATUS, str(status), str(response.status_code))])

    def _departures(self, operation: str, response: httpx.Response, found: list[Found]) -> None:
        """A 2xx answer that departs from the spec (``found``: path, kind, expected, got): raise here."""
        path, _, expected, got = found[0]
        raise DecodeError(path, expected, got)

    def _unexpected_answer(self, response: httpx.Response) -> Exception:
        """The exception to raise for an answer that is not a success."""
        return UnexpectedStatus(response.status_code, response.content)


# Every operation's documented success: operationId -> (status, model; None for an answer without a body).
SUCCESS: dict[str, tuple[int, type[_Model] | None]] = {
    "list-invoices": (200, ListInvoicesResponse),
    "create-invoice": (200, Invoice),
    "generate-invoice-number": (200, GenerateInvoiceNumberResponse),
    "get-invoice-settings": (200, InvoiceSettings),
    "update-invoice-last-visited-at": (200, None),
    "get-invoice": (200, InvoiceWithSummary),
    "update-invoice": (200, Invoice),
    "delete-invoice": (200, Invoice),
    "update-invoice-late-fees-configuration": (200, Invoice),
    "send-invoice": (200, SendInvoiceResponse),
    "void-invoice": (200, Invoice),
    "record-invoice": (200, RecordPaymentResponse),
    "text2pay-invoice": (200, Text2PayResponse),
    "list-invoice-schedules": (200, ListInvoiceSchedulesResponse),
    "create-invoice-schedule": (200, InvoiceSchedule),
    "get-invoice-schedule": (200, InvoiceSchedule),
    "update-invoice-schedule": (200, InvoiceSchedule),
    "delete-invoice-schedule": (200, DeleteInvoiceScheduleResponse),
    "update-and-schedule-invoice-schedule": (200, InvoiceSchedule),
    "auto-payment-invoice-schedule": (200, InvoiceSchedule),
    "schedule-invoice-schedule": (200, InvoiceSchedule),
    "cancel-invoice-schedule": (200, InvoiceSchedule),
    "list-invoice-templates": (200, InvoiceTemplateList),
    "create-invoice-template": (200, InvoiceTemplate),
    "get-invoice-template": (200, InvoiceTemplate),
    "update-invoice-template": (200, InvoiceTemplate),
    "delete-invoice-template": (200, InvoiceTemplateDeleteResponse),
    "update-invoice-template-late-fees-configuration": (200, InvoiceTemplate),
    "update-invoice-payment-methods-configuration": (200, InvoiceTemplate),
    "list-estimate-templates": (200, EstimateTemplateList),
    "create-estimate-template": (201, EstimateTemplate),
    "preview-estimate-template": (200, EstimateTemplate),
    "update-estimate-template": (200, EstimateTemplate),
    "delete-estimate-template": (200, EstimateTemplate),
    "create-new-estimate": (201, Estimate),
    "list-estimates": (200, EstimateListResponse),
    "generate-estimate-number": (200, EstimateNumberResponse),
    "update-estimate-last-visited-at": (200, None),
    "update-estimate": (200, Estimate),
    "delete-estimate": (200, Estimate),
    "send-estimate": (201, Estimate),
    "create-invoice-from-estimate": (200, EstimateInvoiceResponse),
}


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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> ListInvoicesResponse:
        """List invoices

        API to list the invoices of a location, newest first unless `sortOrder` says otherwise.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        if not isinstance(status, Unset):
            status = _member("status", status, InvoiceStatus)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(payment_mode, Unset):
            payment_mode = _member("payment_mode", payment_mode, ListInvoicesPaymentMode)

        if not isinstance(contact_id, Unset):
            contact_id = _text("contact_id", contact_id)

        if not isinstance(sort_field, Unset):
            sort_field = _member("sort_field", sort_field, ListInvoicesSortField)

        if not isinstance(sort_order, Unset):
            sort_order = _member("sort_order", sort_order, ListInvoicesSortOrder)

        request = _list_invoices._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("list-invoices", 200, ListInvoicesResponse, answer)

    def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Create invoice

        API to create an invoice. The new invoice is a draft.
        """
        body = _body("body", body, CreateInvoiceRequest)

        request = _create_invoice._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("create-invoice", 200, Invoice, answer)

    def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> GenerateInvoiceNumberResponse:
        """Generate Invoice Number

        Get the next invoice number for the given location (reading it does not use it up).
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _generate_invoice_number._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("generate-invoice-number", 200, GenerateInvoiceNumberResponse, answer)

    def get_invoice_settings(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSettings:
        """Get Invoice Settings

        API to get the invoice settings of a location (the defaults new invoices take).
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice_settings._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("get-invoice-settings", 200, InvoiceSettings, answer)

    def update_invoice_last_visited_at(
        self,
        *,
        body: UpdateInvoiceLastVisitedAtRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> None:
        """Update invoice last visited at

        API to update invoice last visited at by invoice id. The answer has no documented body.
        """
        body = _body("body", body, UpdateInvoiceLastVisitedAtRequest)

        request = _update_invoice_last_visited_at._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._no_content("update-invoice-last-visited-at", 200, answer)

    def get_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceWithSummary:
        """Get invoice

        API to get invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice._get_kwargs(
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("get-invoice", 200, InvoiceWithSummary, answer)

    def update_invoice(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Update invoice

        API to update invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, UpdateInvoiceRequest)

        request = _update_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-invoice", 200, Invoice, answer)

    def delete_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Delete invoice

        API to delete invoice by invoice id. Answers the deleted invoice.
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _delete_invoice._get_kwargs(
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("delete-invoice", 200, Invoice, answer)

    def update_invoice_late_fees_configuration(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceLateFeesConfigurationRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Update invoice late fees configuration

        API to update the late fees configuration of an invoice
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, UpdateInvoiceLateFeesConfigurationRequest)

        request = _update_invoice_late_fees_configuration._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-invoice-late-fees-configuration", 200, Invoice, answer)

    def send_invoice(
        self,
        invoice_id: str,
        *,
        body: SendInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> SendInvoiceResponse:
        """Send invoice

        API to send invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, SendInvoiceRequest)

        request = _send_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("send-invoice", 200, SendInvoiceResponse, answer)

    def void_invoice(
        self,
        invoice_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Void invoice

        API to void an invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _void_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("void-invoice", 200, Invoice, answer)

    def record_invoice(
        self,
        invoice_id: str,
        *,
        body: RecordPaymentRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> RecordPaymentResponse:
        """Record a manual payment for an invoice

        API to record a manual payment (cash, card, cheque, bank transfer, other) for an invoice
        by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, RecordPaymentRequest)

        request = _record_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("record-invoice", 200, RecordPaymentResponse, answer)

    def text2pay_invoice(
        self,
        *,
        body: Text2PayRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Text2PayResponse:
        """Create & Send

        API to create or update a text2pay invoice. Without `id` a new invoice is
        created; with `id` that invoice is updated. `action: send` sends it at once.
        """
        body = _body("body", body, Text2PayRequest)

        request = _text2pay_invoice._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("text2pay-invoice", 200, Text2PayResponse, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> ListInvoiceSchedulesResponse:
        """List schedules

        API to list the recurring invoice schedules of a location, newest first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(status, Unset):
            status = _text("status", status)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(payment_mode, Unset):
            payment_mode = _member("payment_mode", payment_mode, ListInvoiceSchedulesPaymentMode)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_invoice_schedules._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("list-invoice-schedules", 200, ListInvoiceSchedulesResponse, answer)

    def create_invoice_schedule(
        self,
        *,
        body: CreateScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Create Invoice Schedule

        API to create a recurring invoice schedule. The new schedule is a draft until it is
        scheduled.
        """
        body = _body("body", body, CreateScheduleRequest)

        request = _create_invoice_schedule._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("create-invoice-schedule", 200, InvoiceSchedule, answer)

    def get_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Get an schedule

        API to get a schedule by schedule id
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("get-invoice-schedule", 200, InvoiceSchedule, answer)

    def update_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Update schedule

        API to update a schedule by schedule id (a draft schedule; an active one is changed with
        updateAndSchedule).
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, UpdateInvoiceScheduleRequest)

        request = _update_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-invoice-schedule", 200, InvoiceSchedule, answer)

    def delete_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> DeleteInvoiceScheduleResponse:
        """Delete schedule

        API to delete an schedule by schedule id
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _delete_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("delete-invoice-schedule", 200, DeleteInvoiceScheduleResponse, answer)

    def update_and_schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Update scheduled recurring invoice

        API to update scheduled recurring invoice: the body (optional, QUIRKS Q100) updates the
        schedule as update-invoice-schedule does, and the schedule is scheduled, in one step.
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        if not isinstance(body, Unset):
            body = _body("body", body, UpdateInvoiceScheduleRequest)

        request = _update_and_schedule_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-and-schedule-invoice-schedule", 200, InvoiceSchedule, answer)

    def auto_payment_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: AutoPaymentInvoiceScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Manage Auto payment for an schedule invoice

        API to manage auto payment for a schedule
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, AutoPaymentInvoiceScheduleRequest)

        request = _auto_payment_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("auto-payment-invoice-schedule", 200, InvoiceSchedule, answer)

    def schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: ScheduleScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Schedule an schedule invoice

        API to schedule an schedule invoice to start sending to the customer
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, ScheduleScheduleRequest)

        request = _schedule_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("schedule-invoice-schedule", 200, InvoiceSchedule, answer)

    def cancel_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Cancel an scheduled invoice

        API to cancel a scheduled invoice by schedule id
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _cancel_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("cancel-invoice-schedule", 200, InvoiceSchedule, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplateList:
        """List templates

        API to list the invoice templates of a location, newest first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(status, Unset):
            status = _text("status", status)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(payment_mode, Unset):
            payment_mode = _member("payment_mode", payment_mode, ListInvoiceTemplatesPaymentMode)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_invoice_templates._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("list-invoice-templates", 200, InvoiceTemplateList, answer)

    def create_invoice_template(
        self,
        *,
        body: InvoiceTemplateCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Create template

        API to create an invoice template of a location. Invoices can then be made from it.
        """
        body = _body("body", body, InvoiceTemplateCreateRequest)

        request = _create_invoice_template._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("create-invoice-template", 200, InvoiceTemplate, answer)

    def get_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Get an template

        API to get an invoice template by template id
        """
        template_id = _text("template_id", template_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice_template._get_kwargs(
            template_id=template_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("get-invoice-template", 200, InvoiceTemplate, answer)

    def update_invoice_template(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Update template

        API to update an invoice template by template id
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, InvoiceTemplateUpdateRequest)

        request = _update_invoice_template._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-invoice-template", 200, InvoiceTemplate, answer)

    def delete_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplateDeleteResponse:
        """Delete template

        API to delete an invoice template by template id
        """
        template_id = _text("template_id", template_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _delete_invoice_template._get_kwargs(
            template_id=template_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("delete-invoice-template", 200, InvoiceTemplateDeleteResponse, answer)

    def update_invoice_template_late_fees_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateLateFeesRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Update template late fees configuration

        API to update the late fees configuration of an invoice template
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, InvoiceTemplateLateFeesRequest)

        request = _update_invoice_template_late_fees_configuration._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-invoice-template-late-fees-configuration", 200, InvoiceTemplate, answer)

    def update_invoice_payment_methods_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplatePaymentMethodsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Update payment methods configuration

        API to update the payment methods configuration of an invoice template
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, InvoiceTemplatePaymentMethodsRequest)

        request = _update_invoice_payment_methods_configuration._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-invoice-payment-methods-configuration", 200, InvoiceTemplate, answer)

    def list_estimate_templates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        search: str | Unset = UNSET,
        limit: str,
        offset: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplateList:
        """List estimate templates

        API to list the estimate templates of a location, newest first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(search, Unset):
            search = _text("search", search)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_estimate_templates._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
            search=search,
            limit=limit,
            offset=offset,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("list-estimate-templates", 200, EstimateTemplateList, answer)

    def create_estimate_template(
        self,
        *,
        body: EstimateTemplateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Create estimate template

        Create a new estimate template. Answers 201, unlike the other creates of the API.
        """
        body = _body("body", body, EstimateTemplateRequest)

        request = _create_estimate_template._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("create-estimate-template", 201, EstimateTemplate, answer)

    def preview_estimate_template(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        template_id: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Preview estimate template

        API to get the preview of an estimate template (the template as estimates are made from
        it)
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        template_id = _text("template_id", template_id)

        request = _preview_estimate_template._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
            template_id=template_id,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("preview-estimate-template", 200, EstimateTemplate, answer)

    def update_estimate_template(
        self,
        template_id: str,
        *,
        body: EstimateTemplateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Update estimate template

        Update an existing estimate template
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, EstimateTemplateRequest)

        request = _update_estimate_template._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-estimate-template", 200, EstimateTemplate, answer)

    def delete_estimate_template(
        self,
        template_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Delete estimate template

        Delete an existing estimate template. The location is named in the body; answers the
        deleted template.
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _delete_estimate_template._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("delete-estimate-template", 200, EstimateTemplate, answer)

    def create_new_estimate(
        self,
        *,
        body: EstimateCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Create New Estimate

        Create a new estimate with the provided details. The new estimate is a draft; without
        `estimateNumber` it takes the next number of the location's estimate sequence.
        """
        body = _body("body", body, EstimateCreateRequest)

        request = _create_new_estimate._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("create-new-estimate", 201, Estimate, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateListResponse:
        """List Estimates

        Get a paginated list of the location's estimates, newest issue date first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(status, Unset):
            status = _member("status", status, EstimateStatusFilter)

        if not isinstance(contact_id, Unset):
            contact_id = _text("contact_id", contact_id)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_estimates._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("list-estimates", 200, EstimateListResponse, answer)

    def generate_estimate_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateNumberResponse:
        """Generate Estimate Number

        Get the number the next estimate of the location will take. Reading it does not use it up.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _generate_estimate_number._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("generate-estimate-number", 200, EstimateNumberResponse, answer)

    def update_estimate_last_visited_at(
        self,
        *,
        body: EstimateLastVisitedAtRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> None:
        """Update estimate last visited at

        API to update the time an estimate was last visited (its `lastVisitedAt`). The vendor
        documents no answer body.
        """
        body = _body("body", body, EstimateLastVisitedAtRequest)

        request = _update_estimate_last_visited_at._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._no_content("update-estimate-last-visited-at", 200, answer)

    def update_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Update Estimate

        Update an existing estimate with new details. `estimateStatus` moves it along the
        estimate's statuses (sandbox README).
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, EstimateUpdateRequest)

        request = _update_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("update-estimate", 200, Estimate, answer)

    def delete_estimate(
        self,
        estimate_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Delete Estimate

        Delete an existing estimate. Answers the deleted estimate.
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _delete_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("delete-estimate", 200, Estimate, answer)

    def send_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateSendRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Send Estimate

        API to send an estimate by estimate id
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, EstimateSendRequest)

        request = _send_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("send-estimate", 201, Estimate, answer)

    def create_invoice_from_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateInvoiceResponse:
        """Create Invoice from Estimate

        Create a new invoice from an existing estimate (its items, contact, business details,
        discount and totals). With `markAsInvoiced` the estimate becomes `invoiced`.
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, EstimateInvoiceRequest)

        request = _create_invoice_from_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = self._client.get_httpx_client().request(**request)
        return self._decode("create-invoice-from-estimate", 200, EstimateInvoiceResponse, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Iterator[Invoice]:
        """Every item of ``list_invoices`` (its ``invoices``), page after page of ``page_size`` items.

        The filters are those of ``list_invoices``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.invoices if isinstance(page.invoices, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Iterator[InvoiceSchedule]:
        """Every item of ``list_invoice_schedules`` (its ``schedules``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_schedules``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.schedules if isinstance(page.schedules, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Iterator[InvoiceTemplate]:
        """Every item of ``list_invoice_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_templates``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.data if isinstance(page.data, list) else []

            yield from found
            offset = _next_offset(offset, len(found), None)

    def iter_estimate_templates(
        self,
        alt_id: str,
        *,
        alt_type: AltType | Literal["location"] = AltType.LOCATION,
        search: str | Unset = UNSET,
        page_size: int = DEFAULT_PAGE_SIZE,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Iterator[EstimateTemplate]:
        """Every item of ``list_estimate_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_estimate_templates``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.data if isinstance(page.data, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Iterator[Estimate]:
        """Every item of ``list_estimates`` (its ``estimates``), page after page of ``page_size`` items.

        The filters are those of ``list_estimates``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.estimates if isinstance(page.estimates, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> ListInvoicesResponse:
        """List invoices

        API to list the invoices of a location, newest first unless `sortOrder` says otherwise.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        if not isinstance(status, Unset):
            status = _member("status", status, InvoiceStatus)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(payment_mode, Unset):
            payment_mode = _member("payment_mode", payment_mode, ListInvoicesPaymentMode)

        if not isinstance(contact_id, Unset):
            contact_id = _text("contact_id", contact_id)

        if not isinstance(sort_field, Unset):
            sort_field = _member("sort_field", sort_field, ListInvoicesSortField)

        if not isinstance(sort_order, Unset):
            sort_order = _member("sort_order", sort_order, ListInvoicesSortOrder)

        request = _list_invoices._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("list-invoices", 200, ListInvoicesResponse, answer)

    async def create_invoice(
        self,
        *,
        body: CreateInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Create invoice

        API to create an invoice. The new invoice is a draft.
        """
        body = _body("body", body, CreateInvoiceRequest)

        request = _create_invoice._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("create-invoice", 200, Invoice, answer)

    async def generate_invoice_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> GenerateInvoiceNumberResponse:
        """Generate Invoice Number

        Get the next invoice number for the given location (reading it does not use it up).
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _generate_invoice_number._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("generate-invoice-number", 200, GenerateInvoiceNumberResponse, answer)

    async def get_invoice_settings(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSettings:
        """Get Invoice Settings

        API to get the invoice settings of a location (the defaults new invoices take).
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice_settings._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("get-invoice-settings", 200, InvoiceSettings, answer)

    async def update_invoice_last_visited_at(
        self,
        *,
        body: UpdateInvoiceLastVisitedAtRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> None:
        """Update invoice last visited at

        API to update invoice last visited at by invoice id. The answer has no documented body.
        """
        body = _body("body", body, UpdateInvoiceLastVisitedAtRequest)

        request = _update_invoice_last_visited_at._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._no_content("update-invoice-last-visited-at", 200, answer)

    async def get_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceWithSummary:
        """Get invoice

        API to get invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice._get_kwargs(
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("get-invoice", 200, InvoiceWithSummary, answer)

    async def update_invoice(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Update invoice

        API to update invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, UpdateInvoiceRequest)

        request = _update_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-invoice", 200, Invoice, answer)

    async def delete_invoice(
        self,
        invoice_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Delete invoice

        API to delete invoice by invoice id. Answers the deleted invoice.
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _delete_invoice._get_kwargs(
            invoice_id=invoice_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("delete-invoice", 200, Invoice, answer)

    async def update_invoice_late_fees_configuration(
        self,
        invoice_id: str,
        *,
        body: UpdateInvoiceLateFeesConfigurationRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Update invoice late fees configuration

        API to update the late fees configuration of an invoice
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, UpdateInvoiceLateFeesConfigurationRequest)

        request = _update_invoice_late_fees_configuration._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-invoice-late-fees-configuration", 200, Invoice, answer)

    async def send_invoice(
        self,
        invoice_id: str,
        *,
        body: SendInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> SendInvoiceResponse:
        """Send invoice

        API to send invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, SendInvoiceRequest)

        request = _send_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("send-invoice", 200, SendInvoiceResponse, answer)

    async def void_invoice(
        self,
        invoice_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Invoice:
        """Void invoice

        API to void an invoice by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _void_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("void-invoice", 200, Invoice, answer)

    async def record_invoice(
        self,
        invoice_id: str,
        *,
        body: RecordPaymentRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> RecordPaymentResponse:
        """Record a manual payment for an invoice

        API to record a manual payment (cash, card, cheque, bank transfer, other) for an invoice
        by invoice id
        """
        invoice_id = _text("invoice_id", invoice_id, path=True)

        body = _body("body", body, RecordPaymentRequest)

        request = _record_invoice._get_kwargs(
            invoice_id=invoice_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("record-invoice", 200, RecordPaymentResponse, answer)

    async def text2pay_invoice(
        self,
        *,
        body: Text2PayRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Text2PayResponse:
        """Create & Send

        API to create or update a text2pay invoice. Without `id` a new invoice is
        created; with `id` that invoice is updated. `action: send` sends it at once.
        """
        body = _body("body", body, Text2PayRequest)

        request = _text2pay_invoice._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("text2pay-invoice", 200, Text2PayResponse, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> ListInvoiceSchedulesResponse:
        """List schedules

        API to list the recurring invoice schedules of a location, newest first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(status, Unset):
            status = _text("status", status)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(payment_mode, Unset):
            payment_mode = _member("payment_mode", payment_mode, ListInvoiceSchedulesPaymentMode)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_invoice_schedules._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("list-invoice-schedules", 200, ListInvoiceSchedulesResponse, answer)

    async def create_invoice_schedule(
        self,
        *,
        body: CreateScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Create Invoice Schedule

        API to create a recurring invoice schedule. The new schedule is a draft until it is
        scheduled.
        """
        body = _body("body", body, CreateScheduleRequest)

        request = _create_invoice_schedule._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("create-invoice-schedule", 200, InvoiceSchedule, answer)

    async def get_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Get an schedule

        API to get a schedule by schedule id
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("get-invoice-schedule", 200, InvoiceSchedule, answer)

    async def update_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Update schedule

        API to update a schedule by schedule id (a draft schedule; an active one is changed with
        updateAndSchedule).
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, UpdateInvoiceScheduleRequest)

        request = _update_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-invoice-schedule", 200, InvoiceSchedule, answer)

    async def delete_invoice_schedule(
        self,
        schedule_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> DeleteInvoiceScheduleResponse:
        """Delete schedule

        API to delete an schedule by schedule id
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _delete_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("delete-invoice-schedule", 200, DeleteInvoiceScheduleResponse, answer)

    async def update_and_schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: UpdateInvoiceScheduleRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Update scheduled recurring invoice

        API to update scheduled recurring invoice: the body (optional, QUIRKS Q100) updates the
        schedule as update-invoice-schedule does, and the schedule is scheduled, in one step.
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        if not isinstance(body, Unset):
            body = _body("body", body, UpdateInvoiceScheduleRequest)

        request = _update_and_schedule_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-and-schedule-invoice-schedule", 200, InvoiceSchedule, answer)

    async def auto_payment_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: AutoPaymentInvoiceScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Manage Auto payment for an schedule invoice

        API to manage auto payment for a schedule
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, AutoPaymentInvoiceScheduleRequest)

        request = _auto_payment_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("auto-payment-invoice-schedule", 200, InvoiceSchedule, answer)

    async def schedule_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: ScheduleScheduleRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Schedule an schedule invoice

        API to schedule an schedule invoice to start sending to the customer
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, ScheduleScheduleRequest)

        request = _schedule_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("schedule-invoice-schedule", 200, InvoiceSchedule, answer)

    async def cancel_invoice_schedule(
        self,
        schedule_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceSchedule:
        """Cancel an scheduled invoice

        API to cancel a scheduled invoice by schedule id
        """
        schedule_id = _text("schedule_id", schedule_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _cancel_invoice_schedule._get_kwargs(
            schedule_id=schedule_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("cancel-invoice-schedule", 200, InvoiceSchedule, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplateList:
        """List templates

        API to list the invoice templates of a location, newest first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(status, Unset):
            status = _text("status", status)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(payment_mode, Unset):
            payment_mode = _member("payment_mode", payment_mode, ListInvoiceTemplatesPaymentMode)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_invoice_templates._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("list-invoice-templates", 200, InvoiceTemplateList, answer)

    async def create_invoice_template(
        self,
        *,
        body: InvoiceTemplateCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Create template

        API to create an invoice template of a location. Invoices can then be made from it.
        """
        body = _body("body", body, InvoiceTemplateCreateRequest)

        request = _create_invoice_template._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("create-invoice-template", 200, InvoiceTemplate, answer)

    async def get_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Get an template

        API to get an invoice template by template id
        """
        template_id = _text("template_id", template_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _get_invoice_template._get_kwargs(
            template_id=template_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("get-invoice-template", 200, InvoiceTemplate, answer)

    async def update_invoice_template(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Update template

        API to update an invoice template by template id
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, InvoiceTemplateUpdateRequest)

        request = _update_invoice_template._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-invoice-template", 200, InvoiceTemplate, answer)

    async def delete_invoice_template(
        self,
        template_id: str,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplateDeleteResponse:
        """Delete template

        API to delete an invoice template by template id
        """
        template_id = _text("template_id", template_id, path=True)

        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _delete_invoice_template._get_kwargs(
            template_id=template_id,
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("delete-invoice-template", 200, InvoiceTemplateDeleteResponse, answer)

    async def update_invoice_template_late_fees_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplateLateFeesRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Update template late fees configuration

        API to update the late fees configuration of an invoice template
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, InvoiceTemplateLateFeesRequest)

        request = _update_invoice_template_late_fees_configuration._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-invoice-template-late-fees-configuration", 200, InvoiceTemplate, answer)

    async def update_invoice_payment_methods_configuration(
        self,
        template_id: str,
        *,
        body: InvoiceTemplatePaymentMethodsRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> InvoiceTemplate:
        """Update payment methods configuration

        API to update the payment methods configuration of an invoice template
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, InvoiceTemplatePaymentMethodsRequest)

        request = _update_invoice_payment_methods_configuration._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-invoice-payment-methods-configuration", 200, InvoiceTemplate, answer)

    async def list_estimate_templates(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        search: str | Unset = UNSET,
        limit: str,
        offset: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplateList:
        """List estimate templates

        API to list the estimate templates of a location, newest first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(search, Unset):
            search = _text("search", search)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_estimate_templates._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
            search=search,
            limit=limit,
            offset=offset,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("list-estimate-templates", 200, EstimateTemplateList, answer)

    async def create_estimate_template(
        self,
        *,
        body: EstimateTemplateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Create estimate template

        Create a new estimate template. Answers 201, unlike the other creates of the API.
        """
        body = _body("body", body, EstimateTemplateRequest)

        request = _create_estimate_template._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("create-estimate-template", 201, EstimateTemplate, answer)

    async def preview_estimate_template(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        template_id: str,
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Preview estimate template

        API to get the preview of an estimate template (the template as estimates are made from
        it)
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        template_id = _text("template_id", template_id)

        request = _preview_estimate_template._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
            template_id=template_id,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("preview-estimate-template", 200, EstimateTemplate, answer)

    async def update_estimate_template(
        self,
        template_id: str,
        *,
        body: EstimateTemplateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Update estimate template

        Update an existing estimate template
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, EstimateTemplateRequest)

        request = _update_estimate_template._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-estimate-template", 200, EstimateTemplate, answer)

    async def delete_estimate_template(
        self,
        template_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateTemplate:
        """Delete estimate template

        Delete an existing estimate template. The location is named in the body; answers the
        deleted template.
        """
        template_id = _text("template_id", template_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _delete_estimate_template._get_kwargs(
            template_id=template_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("delete-estimate-template", 200, EstimateTemplate, answer)

    async def create_new_estimate(
        self,
        *,
        body: EstimateCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Create New Estimate

        Create a new estimate with the provided details. The new estimate is a draft; without
        `estimateNumber` it takes the next number of the location's estimate sequence.
        """
        body = _body("body", body, EstimateCreateRequest)

        request = _create_new_estimate._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("create-new-estimate", 201, Estimate, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateListResponse:
        """List Estimates

        Get a paginated list of the location's estimates, newest issue date first.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        if not isinstance(start_at, Unset):
            start_at = _date("start_at", start_at)

        if not isinstance(end_at, Unset):
            end_at = _date("end_at", end_at)

        if not isinstance(search, Unset):
            search = _text("search", search)

        if not isinstance(status, Unset):
            status = _member("status", status, EstimateStatusFilter)

        if not isinstance(contact_id, Unset):
            contact_id = _text("contact_id", contact_id)

        limit = _text("limit", limit)

        offset = _text("offset", offset)

        request = _list_estimates._get_kwargs(
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
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("list-estimates", 200, EstimateListResponse, answer)

    async def generate_estimate_number(
        self,
        *,
        alt_id: str,
        alt_type: AltType | Literal["location"],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateNumberResponse:
        """Generate Estimate Number

        Get the number the next estimate of the location will take. Reading it does not use it up.
        """
        alt_id = _text("alt_id", alt_id)

        alt_type = _member("alt_type", alt_type, AltType)

        request = _generate_estimate_number._get_kwargs(
            alt_id=alt_id,
            alt_type=alt_type,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("generate-estimate-number", 200, EstimateNumberResponse, answer)

    async def update_estimate_last_visited_at(
        self,
        *,
        body: EstimateLastVisitedAtRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> None:
        """Update estimate last visited at

        API to update the time an estimate was last visited (its `lastVisitedAt`). The vendor
        documents no answer body.
        """
        body = _body("body", body, EstimateLastVisitedAtRequest)

        request = _update_estimate_last_visited_at._get_kwargs(
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._no_content("update-estimate-last-visited-at", 200, answer)

    async def update_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Update Estimate

        Update an existing estimate with new details. `estimateStatus` moves it along the
        estimate's statuses (sandbox README).
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, EstimateUpdateRequest)

        request = _update_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("update-estimate", 200, Estimate, answer)

    async def delete_estimate(
        self,
        estimate_id: str,
        *,
        body: LocationScopedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Delete Estimate

        Delete an existing estimate. Answers the deleted estimate.
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, LocationScopedRequest)

        request = _delete_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("delete-estimate", 200, Estimate, answer)

    async def send_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateSendRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> Estimate:
        """Send Estimate

        API to send an estimate by estimate id
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, EstimateSendRequest)

        request = _send_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("send-estimate", 201, Estimate, answer)

    async def create_invoice_from_estimate(
        self,
        estimate_id: str,
        *,
        body: EstimateInvoiceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> EstimateInvoiceResponse:
        """Create Invoice from Estimate

        Create a new invoice from an existing estimate (its items, contact, business details,
        discount and totals). With `markAsInvoiced` the estimate becomes `invoiced`.
        """
        estimate_id = _text("estimate_id", estimate_id, path=True)

        body = _body("body", body, EstimateInvoiceRequest)

        request = _create_invoice_from_estimate._get_kwargs(
            estimate_id=estimate_id,
            body=body,
        )
        if timeout is not UNSET or max_retries is not UNSET or extra_headers is not UNSET:
            _options(request, timeout, max_retries, extra_headers)
        answer = await self._client.get_async_httpx_client().request(**request)
        return self._decode("create-invoice-from-estimate", 200, EstimateInvoiceResponse, answer)

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> AsyncIterator[Invoice]:
        """Every item of ``list_invoices`` (its ``invoices``), page after page of ``page_size`` items.

        The filters are those of ``list_invoices``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.invoices if isinstance(page.invoices, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> AsyncIterator[InvoiceSchedule]:
        """Every item of ``list_invoice_schedules`` (its ``schedules``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_schedules``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.schedules if isinstance(page.schedules, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> AsyncIterator[InvoiceTemplate]:
        """Every item of ``list_invoice_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_invoice_templates``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.data if isinstance(page.data, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> AsyncIterator[EstimateTemplate]:
        """Every item of ``list_estimate_templates`` (its ``data``), page after page of ``page_size`` items.

        The filters are those of ``list_estimate_templates``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.data if isinstance(page.data, list) else []

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
        timeout: float | httpx.Timeout | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
    ) -> AsyncIterator[Estimate]:
        """Every item of ``list_estimates`` (its ``estimates``), page after page of ``page_size`` items.

        The filters are those of ``list_estimates``; the iterator sets ``limit`` and ``offset``. The
        options (``timeout``, ``max_retries``, ``extra_headers``) apply to each page's call.
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
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            found = page.estimates if isinstance(page.estimates, list) else []

            for item in found:
                yield item
            offset = _next_offset(offset, len(found), page.total)
