"""Property tests of the client; every piece of data comes from the spec (schemathesis strategies).

- request bodies: a generated valid body -> model ``from_dict`` -> ``to_dict`` is the same body;
- requests: calling the client with generated arguments sends a request that openapi-core
  validates against the spec (method, path, query, Version and Authorization headers, body);
- responses: generated valid bodies of every documented status parse and round-trip; every
  documented error status raises its typed error.
"""

from __future__ import annotations

import copy
import datetime
import enum
import functools
import inspect
import typing
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

import highlevel_invoices as hl_pkg
from contract_tests import spec_tools
from highlevel_invoices import HighLevel
from highlevel_invoices_api.api import Operations
from highlevel_invoices_api.models.error_response import ErrorResponse

from .helpers import TOKEN

SERVER = "https://services.leadconnectorhq.com"
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
OPERATIONS = [(method, path, op) for method, path, op in spec_tools.operations()]
IDS = [op["operationId"] for _, _, op in OPERATIONS]
ERROR_TYPES = {400: hl_pkg.BadRequestError, 401: hl_pkg.AuthenticationError, 403: hl_pkg.PermissionDeniedError,
               404: hl_pkg.NotFoundError, 422: hl_pkg.UnprocessableEntityError, 429: hl_pkg.RateLimitError}  # fmt: skip


@functools.cache
def schema() -> Any:
    return schemathesis.openapi.from_path(spec_tools.SPEC_PATH)


@functools.cache
def response_schema() -> Any:
    """The spec with one synthetic operation per documented response, whose body is that response."""
    derived = copy.deepcopy(spec_tools.load_spec())
    paths = {}
    for _, _, op in spec_tools.operations():
        for status in op["responses"]:
            if not spec_tools.has_body(op["operationId"], status):
                continue
            pointer = spec_tools.response_schema_pointer(op["operationId"], status)
            paths[f"/responses/{op['operationId']}/{status}"] = {
                "post": {
                    "operationId": f"response-{op['operationId']}-{status}",
                    "requestBody": {"required": True,
                                    "content": {"application/json": {"schema": spec_tools.resolve(pointer)}}},
                    "responses": {"200": {"description": "unused"}},
                }
            }  # fmt: skip
    derived["paths"] = paths
    derived.pop("security", None)
    return schemathesis.openapi.from_dict(derived)


def python_name(operation_id: str) -> str:
    return operation_id.replace("-", "_")


def hints(operation_id: str) -> dict[str, Any]:
    return typing.get_type_hints(getattr(Operations, python_name(operation_id)))


def body_model(operation_id: str) -> Any:
    """The body's model; an optional body (QUIRKS Q100) is annotated ``Model | Unset``."""
    body = hints(operation_id)["body"]
    return next(o for o in typing.get_args(body) or (body,) if hasattr(o, "from_dict"))


def success_model(operation_id: str) -> Any:
    return hints(operation_id)["return"]


def _positive(operation: Any) -> Any:
    return operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE)


# ---------------------------------------------------------------------------- request bodies

BODY_OPERATIONS = [(m, p, op) for m, p, op in OPERATIONS if "requestBody" in op]


@pytest.mark.parametrize(("method", "path", "op"), BODY_OPERATIONS, ids=[o["operationId"] for *_, o in BODY_OPERATIONS])
def test_request_bodies_round_trip_through_the_models(method: str, path: str, op: dict[str, Any]) -> None:
    model = body_model(op["operationId"])

    @SETTINGS
    @given(case=_positive(schema()[path][method.upper()]))
    def check(case: Any) -> None:
        assume(isinstance(case.body, dict))  # an optional body (QUIRKS Q100) may be left out
        assert model.from_dict(case.body).to_dict() == case.body

    check()


def test_unknown_keys_are_kept() -> None:
    body = {"altId": "l", "altType": "location", "brandNewField": {"x": [1, 2]}}
    model = body_model("void-invoice")
    assert model.from_dict(body).to_dict() == body


# ---------------------------------------------------------------------------- requests on the wire


class WireRequest:
    """An ``httpx.Request`` seen through openapi-core's request protocol."""

    def __init__(self, request: httpx.Request, host_url: str | None = None) -> None:
        """``host_url``: the server to match the spec's ``servers`` against (default: the request's own)."""
        self.host_url = host_url or f"{request.url.scheme}://{request.url.host}"
        self.path = request.url.path
        self.method = request.method.lower()
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )


@functools.cache
def openapi() -> OpenAPI:
    return OpenAPI.from_file_path(str(spec_tools.SPEC_PATH))


def _convert(value: Any, annotation: Any) -> Any:
    """A generated wire value as the Python type the client method takes."""
    for option in typing.get_args(annotation) or (annotation,):
        if inspect.isclass(option) and issubclass(option, enum.Enum):
            return option(value)
        if option is datetime.date:
            return datetime.date.fromisoformat(value)
    return value


def client_arguments(op: dict[str, Any], case: Any) -> tuple[list[Any], dict[str, Any]]:
    types = hints(op["operationId"])
    args = [case.path_parameters[name] for name in sorted(case.path_parameters or {})]
    kwargs: dict[str, Any] = {}
    for name, value in (case.query or {}).items():
        snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in name)
        kwargs[snake] = _convert(value, types[snake])
    if isinstance(case.body, dict) and "body" in types:  # an optional body may be left out (schemathesis NotSet)
        kwargs["body"] = body_model(op["operationId"]).from_dict(case.body)
    return args, kwargs


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_request_the_client_sends_validates_against_the_spec(method: str, path: str, op: dict[str, Any]) -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(418)  # undocumented: the client raises, we only look at the request

    client = HighLevel(TOKEN, base_url=SERVER, transport=httpx.MockTransport(server), max_retries=0, rate_limit=None)

    @SETTINGS
    @given(case=_positive(schema()[path][method.upper()]))
    def check(case: Any) -> None:
        sent.clear()
        args, kwargs = client_arguments(op, case)
        with pytest.raises(hl_pkg.APIStatusError):
            getattr(client, python_name(op["operationId"]))(*args, **kwargs)
        (request,) = sent
        openapi().validate_request(WireRequest(request))  # raises on any mismatch
        assert request.headers["version"] == "2021-07-28"
        assert request.headers["authorization"] == f"Bearer {TOKEN}"

    check()


# ---------------------------------------------------------------------------- responses


def _response_cases() -> list[tuple[str, str]]:
    return [(op["operationId"], status) for _, _, op in OPERATIONS for status in op["responses"]
            if spec_tools.has_body(op["operationId"], status)]  # fmt: skip


def _model(operation_id: str, status: str) -> Any:
    return success_model(operation_id) if status == spec_tools.success_status(operation_id) else ErrorResponse


# One per schema and model: the seven schedule operations' InvoiceSchedule and the 239 error answers' ErrorResponse
# are one test each (spec_tools.one_per_schema).
RESPONSES, RESPONSE_IDS = spec_tools.one_per_schema(
    [(f"{o}/{s}", spec_tools.response_schema_pointer(o, s), _model(o, s)) for o, s in _response_cases()]
)


def test_every_documented_response_is_one_of_the_tested_schemas() -> None:
    tested = {(spec_tools.target_pointer(pointer), model) for _, pointer, model in RESPONSES}
    for operation_id, status in _response_cases():
        pointer = spec_tools.target_pointer(spec_tools.response_schema_pointer(operation_id, status))
        assert (pointer, _model(operation_id, status)) in tested, (operation_id, status)
    assert len(RESPONSES) < len(_response_cases())


@pytest.mark.parametrize(("name", "pointer", "model"), RESPONSES, ids=RESPONSE_IDS)
def test_documented_responses_parse_and_round_trip(name: str, pointer: str, model: Any) -> None:
    operation_id, status = name.split("/")
    strategy = _positive(response_schema()[f"/responses/{operation_id}/{status}"]["POST"])

    @SETTINGS
    @given(case=strategy)
    def check(case: Any) -> None:
        assume(isinstance(case.body, dict))  # the generator occasionally yields a case without a body
        event("body generated")
        parsed = model.from_dict(case.body)
        assert parsed.to_dict() == case.body

    check()


@pytest.mark.parametrize(("operation_id", "status"), [c for c in _response_cases() if not c[1].startswith("2")],
                         ids=lambda v: str(v))  # fmt: skip
def test_every_documented_error_status_raises_its_typed_error(operation_id: str, status: str) -> None:
    strategy = _positive(response_schema()[f"/responses/{operation_id}/{status}"]["POST"])
    method, path, op = spec_tools.operation(operation_id)
    request_strategy = _positive(schema()[path][method.upper()])

    @settings(SETTINGS, max_examples=5)
    @given(error=strategy, case=request_strategy, data=st.data())
    def check(error: Any, case: Any, data: Any) -> None:
        assume(isinstance(error.body, dict))
        answer = httpx.Response(int(status), json=error.body, headers={"Retry-After": "0"})
        client = HighLevel(TOKEN, base_url=SERVER, transport=httpx.MockTransport(lambda r: answer),
                           max_retries=0, rate_limit=None)  # fmt: skip
        args, kwargs = client_arguments(op, case)
        with pytest.raises(ERROR_TYPES[int(status)]) as info:
            getattr(client, python_name(operation_id))(*args, **kwargs)
        assert info.value.status_code == int(status)
        assert all(isinstance(m, str) for m in info.value.messages)

    check()
