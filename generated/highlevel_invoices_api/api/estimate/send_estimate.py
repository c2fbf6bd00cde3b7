from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.estimate import Estimate
from ...models.estimate_send_request import EstimateSendRequest
from ...types import Response, json_loads


def _get_kwargs(
    estimate_id: str,
    *,
    body: EstimateSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/estimate/{estimate_id}/send".format(
            estimate_id=quote(str(estimate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Estimate | None:
    if response.status_code == 201:
        response_201 = Estimate.from_dict(json_loads(response.content))

        return response_201

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
) -> Response[ErrorResponse | Estimate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    estimate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EstimateSendRequest,
) -> Response[ErrorResponse | Estimate]:
    """Send Estimate

     API to send an estimate by estimate id

    Args:
        estimate_id (str):
        body (EstimateSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Estimate]
    """

    kwargs = _get_kwargs(
        estimate_id=estimate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    estimate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EstimateSendRequest,
) -> ErrorResponse | Estimate | None:
    """Send Estimate

     API to send an estimate by estimate id

    Args:
        estimate_id (str):
        body (EstimateSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Estimate
    """

    return sync_detailed(
        estimate_id=estimate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    estimate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EstimateSendRequest,
) -> Response[ErrorResponse | Estimate]:
    """Send Estimate

     API to send an estimate by estimate id

    Args:
        estimate_id (str):
        body (EstimateSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Estimate]
    """

    kwargs = _get_kwargs(
        estimate_id=estimate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    estimate_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EstimateSendRequest,
) -> ErrorResponse | Estimate | None:
    """Send Estimate

     API to send an estimate by estimate id

    Args:
        estimate_id (str):
        body (EstimateSendRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Estimate
    """

    return (
        await asyncio_detailed(
            estimate_id=estimate_id,
            client=client,
            body=body,
        )
    ).parsed
