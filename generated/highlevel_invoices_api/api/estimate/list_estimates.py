import datetime
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alt_type import AltType
from ...models.error_response import ErrorResponse
from ...models.estimate_list_response import EstimateListResponse
from ...models.estimate_status_filter import EstimateStatusFilter
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
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
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["altId"] = alt_id

    json_alt_type = AltType(alt_type).value

    params["altType"] = json_alt_type

    json_start_at: str | Unset = UNSET
    if not isinstance(start_at, Unset):
        json_start_at = start_at.isoformat()
    params["startAt"] = json_start_at

    json_end_at: str | Unset = UNSET
    if not isinstance(end_at, Unset):
        json_end_at = end_at.isoformat()
    params["endAt"] = json_end_at

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = EstimateStatusFilter(status).value

    params["status"] = json_status

    params["contactId"] = contact_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/estimate/list",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | EstimateListResponse | None:
    if response.status_code == 200:
        response_200 = EstimateListResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | EstimateListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorResponse | EstimateListResponse]:
    """List Estimates

     Get a paginated list of the location's estimates, newest issue date first.

    Args:
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        status (EstimateStatusFilter | Unset): An estimate status, or `all` for every status
            Example: all.
        contact_id (str | Unset):
        limit (str):
        offset (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EstimateListResponse]
    """

    kwargs = _get_kwargs(
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
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
) -> ErrorResponse | EstimateListResponse | None:
    """List Estimates

     Get a paginated list of the location's estimates, newest issue date first.

    Args:
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        status (EstimateStatusFilter | Unset): An estimate status, or `all` for every status
            Example: all.
        contact_id (str | Unset):
        limit (str):
        offset (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EstimateListResponse
    """

    return sync_detailed(
        client=client,
        alt_id=alt_id,
        alt_type=alt_type,
        start_at=start_at,
        end_at=end_at,
        search=search,
        status=status,
        contact_id=contact_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
) -> Response[ErrorResponse | EstimateListResponse]:
    """List Estimates

     Get a paginated list of the location's estimates, newest issue date first.

    Args:
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        status (EstimateStatusFilter | Unset): An estimate status, or `all` for every status
            Example: all.
        contact_id (str | Unset):
        limit (str):
        offset (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | EstimateListResponse]
    """

    kwargs = _get_kwargs(
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
) -> ErrorResponse | EstimateListResponse | None:
    """List Estimates

     Get a paginated list of the location's estimates, newest issue date first.

    Args:
        alt_id (str):
        alt_type (AltType): Alt Type Example: location.
        start_at (datetime.date | Unset):
        end_at (datetime.date | Unset):
        search (str | Unset):
        status (EstimateStatusFilter | Unset): An estimate status, or `all` for every status
            Example: all.
        contact_id (str | Unset):
        limit (str):
        offset (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | EstimateListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
