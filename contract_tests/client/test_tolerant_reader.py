"""Issue 24: the client reads answers tolerantly, reports each departure once, and is strict on request.

Also the ways in: dict bodies, plain strings for enum fields, wrong arguments named at the call
(a property test over every method), the per-call options, and reprs without ``Unset`` objects.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
import logging
import warnings
from typing import Any, cast

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import highlevel_invoices as hl_pkg
import highlevel_spec as specs
from contract_tests.client.calls import valid_call
from contract_tests.client.helpers import INVOICE_WITH_SUMMARY, SEND_REQUEST, Recorder, async_client, sync_client
from highlevel_invoices import Departure, DepartureLog, ResponseDriftWarning, ResponseValidationError, Unset, models
from highlevel_invoices import departures as departures_module
from highlevel_invoices_api.api import Operations
from highlevel_invoices_api.types import DecodeError

ARGS: dict[str, Any] = {"alt_id": "l", "alt_type": models.AltType.LOCATION}


def drifted_invoice() -> dict[str, Any]:
    """An invoice answer with one departure of each kind the issue names."""
    body = copy.deepcopy(INVOICE_WITH_SUMMARY)
    del body["contactDetails"]["id"]  # a required field missing
    body["status"] = "scheduled"  # a value outside its enum (the vendor adds a status)
    body["totalSummary"] = [999, 0]  # an array where an object belongs
    body["invoiceItems"][0]["qty"] = "2"  # a wrong type, inside an array
    return body


EXPECTED = [
    ("get-invoice", "status", "enum", "string 'scheduled'"),
    ("get-invoice", "contactDetails.id", "missing", "missing"),
    ("get-invoice", "totalSummary", "type", "array [999, 0]"),
    ("get-invoice", "invoiceItems[0].qty", "type", "string '2'"),
]


def get_invoice(mode: str, handler: Recorder, **kwargs: Any) -> Any:
    if mode == "sync":
        with sync_client(handler, **kwargs) as hl:
            return hl.get_invoice("i", **ARGS)

    async def call() -> Any:
        async with async_client(handler, **kwargs) as ahl:
            return await ahl.get_invoice("i", **ARGS)

    return asyncio.run(call())


@pytest.fixture
def fresh_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process has reported, so a test sees its own first reports."""
    monkeypatch.setattr(departures_module, "_reported", set())


def test_a_drifted_answer_returns_its_model_keeping_what_does_not_fit(mode: str, fresh_reports: None) -> None:
    found: list[Departure] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResponseDriftWarning)
        invoice = get_invoice(mode, Recorder(httpx.Response(200, json=drifted_invoice())), strict=False,
                              on_departure=found.append)  # fmt: skip
    assert isinstance(invoice, models.InvoiceWithSummary)
    assert sorted((d.operation, d.path, d.kind, d.got) for d in found) == sorted(EXPECTED)
    # what fits is typed
    assert invoice.contact_details.name == "Alex"
    assert invoice.invoice_number == INVOICE_WITH_SUMMARY["invoiceNumber"]
    # an unknown enum value is kept as its string
    assert str(invoice.status) == "scheduled"
    # a value of the wrong type is left UNSET and kept as it came, under its JSON key
    assert isinstance(cast(Any, invoice).total_summary, Unset)
    assert invoice.additional_properties["totalSummary"] == [999, 0]
    item = invoice.invoice_items[0]
    assert isinstance(cast(Any, item).qty, Unset) and item.additional_properties["qty"] == "2"
    # and goes back as it came
    assert invoice.to_dict()["totalSummary"] == [999, 0]


def test_each_departure_is_reported_once_per_process(
    mode: str, fresh_reports: None, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder(httpx.Response(200, json=drifted_invoice()))
    found: list[Departure] = []
    with warnings.catch_warnings(record=True) as seen, caplog.at_level(logging.WARNING, "highlevel_invoices"):
        warnings.simplefilter("always")
        for _ in range(3):
            get_invoice(mode, recorder, strict=False, on_departure=found.append)
    drift = [w for w in seen if issubclass(w.category, ResponseDriftWarning)]
    assert len(drift) == len(EXPECTED)  # once each, not once per call
    assert "get-invoice: contactDetails.id: expected string, got missing (missing)" in [str(w.message) for w in drift]
    logged = [r.getMessage() for r in caplog.records if r.name == "highlevel_invoices"]
    assert len(logged) == len(EXPECTED)
    assert any("totalSummary: expected object (TotalSummary), got array [999, 0]" in line for line in logged)
    assert len(found) == 3 * len(EXPECTED)  # the callback gets every one
    log = DepartureLog(found)
    assert sorted((d.path, n) for d, n in log) == sorted((path, 3) for _, path, _, _ in EXPECTED)
    if mode == "sync":  # the warning points at the user's call, not at the client's insides
        assert all(w.filename == __file__ for w in drift)


def test_a_drift_warning_can_be_made_an_error(fresh_reports: None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseDriftWarning)
        with pytest.raises(ResponseDriftWarning, match="status"):
            get_invoice("sync", Recorder(httpx.Response(200, json=drifted_invoice())), strict=False)


def test_strict_raises_response_validation_error_naming_the_path(mode: str) -> None:
    with pytest.raises(ResponseValidationError) as error:
        get_invoice(mode, Recorder(httpx.Response(200, json=drifted_invoice())))  # the tests' clients are strict
    assert error.value.json_path == "status"
    assert "status: expected one of 'draft'" in str(error.value)
    assert sorted((d.path, d.kind) for d in error.value.departures) == sorted((p, k) for _, p, k, _ in EXPECTED)


def test_a_body_that_is_not_json_or_an_unexpected_success_status(mode: str, fresh_reports: None) -> None:
    found: list[Departure] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResponseDriftWarning)
        invoice = get_invoice(mode, Recorder(httpx.Response(202, text="<html>")), strict=False,
                              on_departure=found.append)  # fmt: skip
    assert isinstance(invoice, models.InvoiceWithSummary)
    assert [(d.path, d.kind) for d in found] == [("", "status"), ("", "not-json")]
    with pytest.raises(ResponseValidationError):
        get_invoice(mode, Recorder(httpx.Response(200, text="<html>")))


def test_check_answer_gives_the_clients_verdict_on_a_recorded_answer() -> None:
    assert hl_pkg.check_answer("get-invoice", INVOICE_WITH_SUMMARY) == []
    got = hl_pkg.check_answer("get-invoice", drifted_invoice(), status=200)
    assert sorted((d.operation, d.path, d.kind, d.got) for d in got) == sorted(EXPECTED)
    assert [d.kind for d in hl_pkg.check_answer("get-invoice", b"nope", status=202)] == ["status", "not-json"]
    assert got[0].key == (got[0].operation, got[0].pattern, got[0].kind)
    assert Departure("list-invoices", "invoices[3].qty", "type", "number", "string '2'").pattern == "invoices[*].qty"


# ---------------------------------------------------------------------------------------- the way in


def test_a_dict_body_is_decoded_and_sent_as_the_model_would_be(mode: str) -> None:
    from contract_tests.client.helpers import SEND_RESPONSE

    recorder = Recorder(httpx.Response(200, json=SEND_RESPONSE))
    model = models.SendInvoiceRequest.from_dict(SEND_REQUEST)
    if mode == "sync":
        with sync_client(recorder) as hl:
            hl.send_invoice("i", body=SEND_REQUEST)
            hl.send_invoice("i", body=model)
    else:

        async def run() -> None:
            async with async_client(recorder) as ahl:
                await ahl.send_invoice("i", body=SEND_REQUEST)
                await ahl.send_invoice("i", body=model)

        asyncio.run(run())
    assert recorder.requests[0].content == recorder.requests[1].content


def test_a_wrong_dict_body_raises_decode_error_with_its_path() -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with sync_client(recorder) as hl:
        with pytest.raises(DecodeError, match=r"body\.action: expected") as error:
            hl.send_invoice("i", body={**SEND_REQUEST, "action": 5})
        assert error.value.json_path == "body.action"
        with pytest.raises(TypeError, match="body: expected SendInvoiceRequest or a dict"):
            hl.send_invoice("i", body=[SEND_REQUEST])  # type: ignore[arg-type]
    assert recorder.requests == []  # nothing was sent


def test_an_enum_field_takes_the_plain_string_or_names_the_field() -> None:
    send = models.SendInvoiceRequest(alt_id="l", alt_type="location", user_id="u", action="email", live_mode=False)
    assert send.action is models.SendInvoiceRequestAction.EMAIL
    assert send.alt_type is models.AltType.LOCATION
    assert send.to_dict()["action"] == "email"
    with pytest.raises(ValueError, match=r"SendInvoiceRequest\.action: expected one of 'email', .*got string 'fax'"):
        models.SendInvoiceRequest(alt_id="l", alt_type="location", user_id="u", action="fax", live_mode=False)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"SendInvoiceRequest\.alt_type: expected one of 'location'"):
        models.SendInvoiceRequest(alt_id="l", alt_type=1, user_id="u", action="email", live_mode=False)  # type: ignore[arg-type]


def test_a_repr_shows_what_the_model_holds() -> None:
    send = models.SendInvoiceRequest(alt_id="l", alt_type="location", user_id="u", action="email", live_mode=False)
    assert "Unset object" not in repr(send) and "UNSET" not in repr(send)
    assert repr(send).startswith("SendInvoiceRequest(alt_id='l', alt_type=<AltType.LOCATION: 'location'>")
    assert repr(hl_pkg.UNSET) == "UNSET"


def test_per_call_options_reach_the_request(mode: str) -> None:
    recorder = Recorder(httpx.Response(200, json=INVOICE_WITH_SUMMARY))
    options: dict[str, Any] = {"timeout": 0.5, "extra_headers": {"X-Trace": "abc"}, "max_retries": 0}
    if mode == "sync":
        with sync_client(recorder) as hl:
            hl.get_invoice("i", **ARGS, **options)
    else:

        async def run() -> None:
            async with async_client(recorder) as ahl:
                await ahl.get_invoice("i", **ARGS, **options)

        asyncio.run(run())
    request = recorder.requests[0]
    assert request.headers["X-Trace"] == "abc"
    assert request.extensions["timeout"] == {"connect": 0.5, "read": 0.5, "write": 0.5, "pool": 0.5}


def test_per_call_max_retries_overrides_the_clients(mode: str) -> None:
    def calls(**options: Any) -> int:
        recorder = Recorder(httpx.Response(503, json={"message": "busy"}))
        with pytest.raises(hl_pkg.InternalServerError):
            if mode == "sync":
                with sync_client(recorder) as hl:
                    hl.get_invoice("i", **ARGS, **options)
            else:

                async def run() -> None:
                    async with async_client(recorder) as ahl:
                        await ahl.get_invoice("i", **ARGS, **options)

                asyncio.run(run())
        return len(recorder.requests)

    assert calls() == 3  # the client's policy: 2 retries
    assert calls(max_retries=0) == 1
    assert calls(max_retries=1) == 2


def test_wrong_per_call_options_are_named() -> None:
    with sync_client(Recorder(httpx.Response(200, json=INVOICE_WITH_SUMMARY))) as hl:
        with pytest.raises(ValueError, match="timeout: expected seconds"):
            hl.get_invoice("i", **ARGS, timeout=-1)
        with pytest.raises(TypeError, match="max_retries: expected an integer"):
            hl.get_invoice("i", **ARGS, max_retries="2")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="extra_headers"):
            hl.get_invoice("i", **ARGS, extra_headers={"X-A": "b\r\nX-Injected: 1"})


# Every method of the client with one valid call, built from the spec.
SPEC = specs.load_spec()
METHODS = sorted(op["operationId"] for _, _, op in specs.operations(SPEC))
WRONG = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5), st.binary(max_size=5),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(object()), st.sampled_from(list(models.AltType) + list(models.InvoiceStatus)),
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(operation=st.sampled_from(METHODS), data=st.data())
def test_a_wrong_argument_is_named_at_the_call(operation: str, data: st.DataObject) -> None:
    name, args, kwargs = valid_call(operation, SPEC)
    parameters = [p for p in inspect.signature(getattr(Operations, name)).parameters if p != "self"]
    parameter = data.draw(st.sampled_from(parameters), label="parameter")
    value = data.draw(WRONG, label="value")
    positional = [p for p in parameters if inspect.signature(getattr(Operations, name)).parameters[p].kind
                  == inspect.Parameter.POSITIONAL_OR_KEYWORD]  # fmt: skip
    if parameter in positional:
        args = list(args)
        args[positional.index(parameter)] = value
    else:
        kwargs = {**kwargs, parameter: value}
    recorder = Recorder(httpx.Response(200, json={}))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResponseDriftWarning)
        with sync_client(recorder, strict=False) as hl:
            try:
                getattr(hl, name)(*args, **kwargs)
            except (TypeError, ValueError) as error:  # DecodeError is a ValueError
                assert parameter in str(error), f"{name}({parameter}={value!r}): {error}"
                assert recorder.requests == [], "a refused argument must not be sent"
            # anything else (AttributeError, KeyError, ...) fails the test
