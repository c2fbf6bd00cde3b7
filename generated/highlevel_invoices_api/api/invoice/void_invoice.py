from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice import Invoice
from ...models.location_scoped_request import LocationScopedRequest
from ...types import Response, json_loads


def _get_kwargs(
    invoice_id: str,
    *,
    body: LocationScopedRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/void".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LocationScopedRequest,
) -> Response[ErrorResponse | Invoice]:
    """Void invoice

     API to void an invoice by invoice id

    Args:
        invoice_id (str):
        body (LocationScopedRequest): A request that only names the location (void an invoice,
            cancel a schedule)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LocationScopedRequest,
) -> ErrorResponse | Invoice | None:
    """Void invoice

     API to void an invoice by invoice id

    Args:
        invoice_id (str):
        body (LocationScopedRequest): A request that only names the location (void an invoice,
            cancel a schedule)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Invoice
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LocationScopedRequest,
) -> Response[ErrorResponse | Invoice]:
    """Void invoice

     API to void an invoice by invoice id

    Args:
        invoice_id (str):
        body (LocationScopedRequest): A request that only names the location (void an invoice,
            cancel a schedule)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Invoice]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LocationScopedRequest,
) -> ErrorResponse | Invoice | None:
    """Void invoice

     API to void an invoice by invoice id

    Args:
        invoice_id (str):
        body (LocationScopedRequest): A request that only names the location (void an invoice,
            cancel a schedule)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Invoice
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
