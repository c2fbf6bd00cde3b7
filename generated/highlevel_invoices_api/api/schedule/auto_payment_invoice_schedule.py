from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_payment_invoice_schedule_request import AutoPaymentInvoiceScheduleRequest
from ...models.error_response import ErrorResponse
from ...models.invoice_schedule import InvoiceSchedule
from ...types import Response, json_loads


def _get_kwargs(
    schedule_id: str,
    *,
    body: AutoPaymentInvoiceScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/schedule/{schedule_id}/auto-payment".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceSchedule | None:
    if response.status_code == 200:
        response_200 = InvoiceSchedule.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(json_loads(response.content))

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(json_loads(response.content))

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InvoiceSchedule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPaymentInvoiceScheduleRequest,
) -> Response[ErrorResponse | InvoiceSchedule]:
    """Manage Auto payment for an schedule invoice

     API to manage auto payment for a schedule

    Args:
        schedule_id (str):
        body (AutoPaymentInvoiceScheduleRequest): The auto-payment settings of a schedule

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceSchedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPaymentInvoiceScheduleRequest,
) -> ErrorResponse | InvoiceSchedule | None:
    """Manage Auto payment for an schedule invoice

     API to manage auto payment for a schedule

    Args:
        schedule_id (str):
        body (AutoPaymentInvoiceScheduleRequest): The auto-payment settings of a schedule

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceSchedule
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPaymentInvoiceScheduleRequest,
) -> Response[ErrorResponse | InvoiceSchedule]:
    """Manage Auto payment for an schedule invoice

     API to manage auto payment for a schedule

    Args:
        schedule_id (str):
        body (AutoPaymentInvoiceScheduleRequest): The auto-payment settings of a schedule

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceSchedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPaymentInvoiceScheduleRequest,
) -> ErrorResponse | InvoiceSchedule | None:
    """Manage Auto payment for an schedule invoice

     API to manage auto payment for a schedule

    Args:
        schedule_id (str):
        body (AutoPaymentInvoiceScheduleRequest): The auto-payment settings of a schedule

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceSchedule
    """

    return (
        await asyncio_detailed(
            schedule_id=schedule_id,
            client=client,
            body=body,
        )
    ).parsed
