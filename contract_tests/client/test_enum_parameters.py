"""Every enum parameter of every operation takes its plain string value (``alt_type="location"``).

The operations and their enum parameters come from the spec; the other arguments
are generated from it (schemathesis), so an operation added to the spec is covered
without touching this file.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings

import highlevel_invoices as hl_pkg
import highlevel_spec as specs
from highlevel_invoices import AsyncHighLevel, HighLevel

from .helpers import TOKEN
from .test_properties import SERVER, SETTINGS, WireRequest, _positive, client_arguments, openapi, python_name, schema


def enum_parameters(op: dict[str, Any]) -> dict[str, list[str]]:
    """{wire name: enum values} of the operation's parameters whose schema is an enum (the Version header aside)."""
    document = specs.load_spec()
    found = {}
    for parameter in op.get("parameters", []):
        parameter = specs.deref(document, parameter)
        schema_ = specs.deref(document, parameter["schema"])
        if "enum" in schema_ and parameter["name"] != "Version":
            found[parameter["name"]] = [str(v) for v in schema_["enum"]]
    return found


CASES = [(m, p, op) for m, p, op in specs.operations(specs.load_spec()) if enum_parameters(op)]


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def test_the_spec_has_enum_parameters() -> None:
    assert any("altType" in enum_parameters(op) for *_, op in CASES)


@pytest.mark.parametrize(("method", "path", "op"), CASES, ids=[op["operationId"] for *_, op in CASES])
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_enum_parameters_take_their_plain_string_values(mode: str, method: str, path: str, op: dict[str, Any]) -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)

    enums = enum_parameters(op)
    client_args: dict[str, Any] = {"base_url": SERVER, "max_retries": 0, "rate_limit": None}

    @settings(SETTINGS, max_examples=5)
    @given(case=_positive(schema()[path][method.upper()]))
    def check(case: Any) -> None:
        args, kwargs = client_arguments(op, case)
        for wire_name, values in enums.items():
            for value in values:
                sent.clear()
                kwargs[snake(wire_name)] = value  # the plain string, not the enum member
                if mode == "sync":
                    client = HighLevel(TOKEN, transport=httpx.MockTransport(server), **client_args)
                    with pytest.raises(hl_pkg.APIStatusError) as info:
                        getattr(client, python_name(op["operationId"]))(*args, **kwargs)
                else:
                    aclient = AsyncHighLevel(TOKEN, transport=httpx.MockTransport(server), **client_args)
                    with pytest.raises(hl_pkg.APIStatusError) as info:
                        asyncio.run(getattr(aclient, python_name(op["operationId"]))(*args, **kwargs))
                assert info.value.status_code == 418  # the server's answer: the call went out
                (request,) = sent
                assert request.url.params.get(wire_name) == value
                openapi().validate_request(WireRequest(request))

    check()
