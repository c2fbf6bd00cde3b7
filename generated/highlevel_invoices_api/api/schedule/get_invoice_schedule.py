from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt_type import AltType
from ...models.error_response import ErrorResponse
from ...models.invoice_schedule import InvoiceSchedule
from ...types import UNSET, Response, json_loads


def _get_kwargs(
    schedule_id: str,
    *,
    alt_id: str,
    alt_type: AltType | Literal["location"],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["altId"] = alt_id

    json_alt_type = AltType(alt_type).value

    params["altType"] = json_alt_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/schedule/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        "params": params,
    }

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
    alt_id: str,
    alt_type: AltType | Literal["location"],
) -> Response[ErrorResponse | InvoiceSchedule]:
    """Get an schedule

     API to get a schedule by schedule id

    Args:
        schedule_id (str):
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceSchedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        alt_id=alt_id,
        alt_type=alt_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    alt_id: str,
    alt_type: AltType | Literal["location"],
) -> ErrorResponse | InvoiceSchedule | None:
    """Get an schedule

     API to get a schedule by schedule id

    Args:
        schedule_id (str):
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceSchedule
    """

    return sync_detailed(
        schedule_id=schedule_id,
        client=client,
        alt_id=alt_id,
        alt_type=alt_type,
    ).parsed


async def asyncio_detailed(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    alt_id: str,
    alt_type: AltType | Literal["location"],
) -> Response[ErrorResponse | InvoiceSchedule]:
    """Get an schedule

     API to get a schedule by schedule id

    Args:
        schedule_id (str):
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceSchedule]
    """

    kwargs = _get_kwargs(
        schedule_id=schedule_id,
        alt_id=alt_id,
        alt_type=alt_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    schedule_id: str,
    *,
    client: AuthenticatedClient | Client,
    alt_id: str,
    alt_type: AltType | Literal["location"],
) -> ErrorResponse | InvoiceSchedule | None:
    """Get an schedule

     API to get a schedule by schedule id

    Args:
        schedule_id (str):
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.

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
            alt_id=alt_id,
            alt_type=alt_type,
        )
    ).parsed
