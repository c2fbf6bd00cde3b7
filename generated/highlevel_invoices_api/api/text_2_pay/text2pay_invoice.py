from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.text_2_pay_request import Text2PayRequest
from ...models.text_2_pay_response import Text2PayResponse
from ...types import Response, json_loads


def _get_kwargs(
    *,
    body: Text2PayRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/text2pay",
    }

    _kwargs["json"] = body.to_dict()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Text2PayResponse | None:
    if response.status_code == 200:
        response_200 = Text2PayResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | Text2PayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Text2PayRequest,
) -> Response[ErrorResponse | Text2PayResponse]:
    """Create & Send

     API to create or update a text2pay invoice. Without `id` a new invoice is
    created; with `id` that invoice is updated. `action: send` sends it at once.

    Args:
        body (Text2PayRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Text2PayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Text2PayRequest,
) -> ErrorResponse | Text2PayResponse | None:
    """Create & Send

     API to create or update a text2pay invoice. Without `id` a new invoice is
    created; with `id` that invoice is updated. `action: send` sends it at once.

    Args:
        body (Text2PayRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Text2PayResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Text2PayRequest,
) -> Response[ErrorResponse | Text2PayResponse]:
    """Create & Send

     API to create or update a text2pay invoice. Without `id` a new invoice is
    created; with `id` that invoice is updated. `action: send` sends it at once.

    Args:
        body (Text2PayRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Text2PayResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Text2PayRequest,
) -> ErrorResponse | Text2PayResponse | None:
    """Create & Send

     API to create or update a text2pay invoice. Without `id` a new invoice is
    created; with `id` that invoice is updated. `action: send` sends it at once.

    Args:
        body (Text2PayRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Text2PayResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
