"""The vendor's own Python SDK as a client of the sandbox (issue 17, item 6).

``gohighlevel-api-client`` 3.0.0 (import name ``highlevel``; locked in ``requirements.lock``,
so ``make install`` brings it) drives the lifecycle of ``SDK_LIFECYCLE`` against the
in-process sandbox and against a ``make serve`` process, unpatched: its code runs as
shipped; we only point its public ``httpx.AsyncClient`` at the sandbox (``base_url``, and
for the in-process run the transport, which the SDK takes no argument for) through a
transport that records each request.

Every request it sends is checked against ``spec/invoices.yaml`` with an independent
validator (openapi-core). Where the SDK departs from the vendor's spec, a named
expectation below says so and asserts it, instead of a silent work-around:

- ``SENDS_VERSION_V3``: the SDK locks ``Version: v3`` on every call (its ``API_VERSION``; a
  per-call header cannot change it). The vendor's ``2021-07-28`` document refuses ``v3``; its
  ``v3`` document requires it (QUIRKS Q27), which is why the spec and the sandbox accept both.
- ``OWN_MODELS_ARE_NOT_SENDABLE``: its methods are annotated with its pydantic models, but a
  model passed as the body is not JSON serializable; the lifecycle sends plain dicts, the only
  bodies the SDK can send.
- ``BODYLESS_ANSWER_BREAKS_THE_SDK``: the SDK parses every answer as JSON, also the 200 without a
  body that the last-visited operations answer (the vendor documents no success answer for them,
  QUIRKS Q94): the call is made and kept, and the SDK raises ``JSONDecodeError`` reading the answer.
- ``CONTENT_TYPE_WITHOUT_BODY``: GET and DELETE carry ``Content-Type: application/json`` and no
  body. The spec does not forbid it; the sandbox ignores it, as any server should.

To drive a new operation, add a ``Step`` to ``SDK_LIFECYCLE`` (the SDK's method is the
operationId in snake_case); ``test_every_operation_of_the_spec_is_driven`` lists what is missing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from highlevel import HighLevel as OfficialSDK  # type: ignore[import-untyped]  # gohighlevel-api-client
from highlevel.error import GHLError  # type: ignore[import-untyped]

from highlevel_conformance.lifecycle import bodies
from highlevel_conformance.lifecycle import estimate_bodies as estimates
from highlevel_conformance.lifecycle import schedule_bodies as schedules
from highlevel_conformance.lifecycle import test_templates as templates
from highlevel_conformance.servers import running
from highlevel_sandbox import DEFAULT_TOKENS, Sandbox, SandboxConfig
from highlevel_spec import load_spec, operations

from .test_properties import WireRequest, openapi

ROOT = Path(__file__).resolve().parents[2]
SDK_DISTRIBUTION = "gohighlevel-api-client==3.0.0"
TOKEN, LOCATION = next(iter(DEFAULT_TOKENS.items()))
IN_PROCESS_URL = "http://sandbox.invalid"
SPEC_SERVER = "https://services.leadconnectorhq.com"  # the SDK is aimed at a sandbox; match the spec's server

SENDS_VERSION_V3 = "v3"
CONTENT_TYPE_WITHOUT_BODY = "application/json"
BODYLESS_ANSWER_BREAKS_THE_SDK = json.JSONDecodeError


# ---------------------------------------------------------------------------- the lifecycle, as a table

Context = dict[str, Any]


@dataclass(frozen=True)
class Step:
    """One SDK call: ``sdk.invoices.<operationId in snake_case>(*args(context))``.

    ``expect``: dotted paths of the answer and the value each must hold; ``keep``: context
    keys to set from dotted paths of the answer (ids for the later steps).
    """

    operation_id: str
    args: Callable[[Context], tuple[Any, ...]]
    expect: dict[str, Any] = field(default_factory=dict)
    keep: dict[str, str] = field(default_factory=dict)
    raises: type[Exception] | None = None  # a named departure (above) makes the SDK raise this after the call

    @property
    def method(self) -> str:
        return self.operation_id.replace("-", "_")


def _scoped(context: Context) -> dict[str, str]:
    return {"altId": context["location"], "altType": "location"}


def _update(context: Context) -> dict[str, Any]:
    return {**_scoped(context), "name": "Renamed by the SDK", "currency": "USD", "invoiceItems": [bodies.item(100, 2)],
            "issueDate": "2024-01-01", "dueDate": "2024-01-31"}  # fmt: skip


SDK_LIFECYCLE: list[Step] = [
    Step("create-invoice", lambda c: (bodies.invoice_fields(c["location"]),), {"status": "draft"}, {"invoice": "_id"}),
    Step("get-invoice", lambda c: (c["invoice"], c["location"], "location"), {"status": "draft"}),
    Step("list-invoices", lambda c: (c["location"], "location", "100", "0"), {"invoices.0._id": "{invoice}"}),
    Step("update-invoice", lambda c: (c["invoice"], _update(c)), {"name": "Renamed by the SDK", "total": 200}),
    Step("send-invoice", lambda c: (c["invoice"], bodies.send(c["location"]).to_dict()), {"invoice.status": "sent"}),
    Step(
        "record-invoice",
        lambda c: (c["invoice"], bodies.payment(c["location"], 50, mode="card").to_dict()),
        {"success": True, "invoice.status": "partially_paid", "invoice.amountDue": 150},
    ),  # fmt: skip
    Step("void-invoice", lambda c: (c["invoice"], _scoped(c)), {"status": "void"}),
    Step("delete-invoice", lambda c: (c["invoice"], c["location"], "location"), {"_id": "{invoice}"}),
    Step(
        "text2pay-invoice",
        lambda c: (bodies.text2pay(c["location"], "send").to_dict(),),
        {"invoice.status": "sent"},
        {"invoice_b": "invoice._id"},
    ),  # fmt: skip
    Step(
        "create-invoice-schedule",
        lambda c: (bodies.schedule(c["location"]).to_dict(),),
        {"status": "draft"},
        {"schedule": "_id"},
    ),  # fmt: skip
    Step("get-invoice-schedule", lambda c: (c["schedule"], c["location"], "location"), {"status": "draft"}),
    Step(
        "schedule-invoice-schedule",
        lambda c: (c["schedule"], bodies.schedule_now(c["location"]).to_dict()),
        {"status": "active"},
    ),  # fmt: skip
    Step("cancel-invoice-schedule", lambda c: (c["schedule"], _scoped(c)), {"status": "cancelled"}),
    Step("delete-invoice-schedule", lambda c: (c["schedule"], c["location"], "location")),
    # schedule editing, settings, numbering, late fees, visits
    Step("get-invoice-settings", lambda c: (c["location"], "location")),
    Step("generate-invoice-number", lambda c: (c["location"], "location"), keep={"next_number": "invoiceNumber"}),
    Step(
        "create-invoice-schedule",
        lambda c: (schedules.schedule_fields(c["location"]),),
        {"status": "draft"},
        {"draft": "_id"},
    ),  # fmt: skip
    Step("list-invoice-schedules", lambda c: (c["location"], "location", "100", "0"), {"schedules.0._id": "{draft}"}),
    Step(
        "update-invoice-schedule",
        lambda c: (c["draft"], {**schedules.schedule_fields(c["location"]), "name": "Renamed by the SDK"}),
        {"name": "Renamed by the SDK"},
    ),  # fmt: skip
    Step(
        "auto-payment-invoice-schedule",
        lambda c: (c["draft"], schedules.auto_payment(c["location"], c["draft"]).to_dict()),
        {"autoPayment.enable": True},
    ),  # fmt: skip
    Step("update-and-schedule-invoice-schedule", lambda c: (c["draft"],), {"status": "active"}),
    Step(
        "update-invoice-late-fees-configuration",
        lambda c: (c["invoice_b"], schedules.late_fees(c["location"]).to_dict()),
        {"lateFeesConfiguration.enable": True},
    ),  # fmt: skip
    Step(
        "update-invoice-last-visited-at",
        lambda c: (schedules.visited(c["invoice_b"]).to_dict(),),
        raises=BODYLESS_ANSWER_BREAKS_THE_SDK,
    ),  # fmt: skip
    # invoice templates
    Step(
        "create-invoice-template",
        lambda c: (templates.template_fields(c["location"], "SDK template"),),
        {"name": "SDK template"},
        {"template": "_id"},
    ),  # fmt: skip
    Step("list-invoice-templates", lambda c: (c["location"], "location", "100", "0"), {"data.0._id": "{template}"}),
    Step("get-invoice-template", lambda c: (c["template"], c["location"], "location"), {"_id": "{template}"}),
    Step(
        "update-invoice-template",
        lambda c: (c["template"], templates.template_fields(c["location"], "SDK template, renamed")),
        {"name": "SDK template, renamed"},
    ),  # fmt: skip
    Step(
        "update-invoice-template-late-fees-configuration",
        lambda c: (c["template"], templates.late_fees(c["location"]).to_dict()),
        {"lateFeesConfiguration.value": 15},
    ),  # fmt: skip
    Step(
        "update-invoice-payment-methods-configuration",
        lambda c: (c["template"], templates.payment_methods(c["location"], True).to_dict()),
        {"paymentMethods.stripe.enableBankDebitOnly": True},
    ),  # fmt: skip
    Step("delete-invoice-template", lambda c: (c["template"], c["location"], "location")),
    # estimate templates
    Step(
        "create-estimate-template",
        lambda c: (templates.estimate_template(c["location"], "SDK estimate template").to_dict(),),
        {"name": "SDK estimate template"},
        {"estimate_template": "_id"},
    ),  # fmt: skip
    Step(
        "list-estimate-templates",
        lambda c: (c["location"], "location", "100", "0"),
        {"data.0._id": "{estimate_template}"},
    ),  # fmt: skip
    Step(
        "update-estimate-template",
        lambda c: (c["estimate_template"], templates.estimate_template(c["location"], "SDK, renamed").to_dict()),
        {"name": "SDK, renamed"},
    ),  # fmt: skip
    Step(
        "preview-estimate-template",
        lambda c: (c["location"], "location", c["estimate_template"]),
        {"name": "SDK, renamed"},
    ),  # fmt: skip
    Step("delete-estimate-template", lambda c: (c["estimate_template"], _scoped(c))),
    # estimates
    Step("generate-estimate-number", lambda c: (c["location"], "location"), keep={"estimate_number": "estimateNumber"}),
    Step(
        "create-new-estimate",
        lambda c: (estimates.estimate_fields(c["location"]),),
        {"estimateStatus": "draft", "estimateNumber": "{estimate_number}"},
        {"estimate": "_id"},
    ),  # fmt: skip
    Step("list-estimates", lambda c: (c["location"], "location", "100", "0"), {"estimates.0._id": "{estimate}"}),
    Step(
        "update-estimate",
        lambda c: (c["estimate"], {**estimates.estimate_fields(c["location"]), "name": "Renamed by the SDK"}),
        {"name": "Renamed by the SDK"},
    ),  # fmt: skip
    Step(
        "send-estimate",
        lambda c: (c["estimate"], estimates.send(c["location"]).to_dict()),
        {"estimateStatus": "sent"},
    ),  # fmt: skip
    Step(
        "update-estimate-last-visited-at",
        lambda c: (estimates.visited(c["estimate"]).to_dict(),),
        raises=BODYLESS_ANSWER_BREAKS_THE_SDK,
    ),  # fmt: skip
    Step(
        "create-invoice-from-estimate",
        lambda c: (c["estimate"], estimates.to_invoice(c["location"]).to_dict()),
        {"estimate.estimateStatus": "invoiced", "invoice.status": "draft"},
    ),  # fmt: skip
    Step("delete-estimate", lambda c: (c["estimate"], _scoped(c)), {"_id": "{estimate}"}),
]
# Operations of the spec the lifecycle does not drive, each with the reason.
NOT_DRIVEN: dict[str, str] = {}


def _dig(answer: Any, dotted: str) -> Any:
    for key in dotted.split("."):
        answer = answer[int(key)] if isinstance(answer, list) else answer[key]
    return answer


# ---------------------------------------------------------------------------- the SDK, pointed at a sandbox


class Recording(httpx.AsyncBaseTransport):
    """The SDK's transport: hands each request to ``inner`` and keeps it."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def official_sdk(base_url: str, inner: httpx.AsyncBaseTransport) -> tuple[Any, Recording]:
    """The SDK as a user builds it (a private integration token), its httpx client aimed at ``base_url``.

    The SDK's constructor takes no transport or base URL: the one ``httpx.AsyncClient`` it builds (every
    service shares it) gets the recording transport through httpx's public constructor, and the base URL
    through the client's public attribute.
    """
    recording = Recording(inner)
    real = httpx.AsyncClient

    def client(**kwargs: Any) -> httpx.AsyncClient:
        return real(transport=recording, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(httpx, "AsyncClient", client)
        sdk = OfficialSDK(private_integration_token=TOKEN, log_level="error")
    sdk.http_client.base_url = base_url
    return sdk, recording


def check_request(request: httpx.Request) -> None:
    """The SDK's request fits the spec, and departs from the vendor's only as the named expectations say."""
    assert request.headers["version"] == SENDS_VERSION_V3, "the SDK sends Version: v3 on every call"
    assert SENDS_VERSION_V3 in load_spec()["components"]["schemas"]["ApiVersion"]["enum"]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if not request.content:
        assert request.headers.get("content-type") == CONTENT_TYPE_WITHOUT_BODY
    openapi().validate_request(WireRequest(request, SPEC_SERVER))  # raises, naming the field, on any mismatch


async def drive(sdk: Any, recording: Recording, steps: list[Step] = SDK_LIFECYCLE) -> list[str]:
    """Run ``steps`` through the SDK; the operationIds it drove, in order."""
    context: Context = {"location": LOCATION}
    done = []
    for step in steps:
        before = len(recording.requests)
        call = getattr(sdk.invoices, step.method)(*step.args(context))
        if step.raises is None:
            answer = await call
        else:
            with pytest.raises(step.raises):
                await call
            answer = {}
        sent = recording.requests[before:]
        assert len(sent) == 1, f"{step.operation_id}: the SDK sent {len(sent)} requests"
        check_request(sent[0])
        for dotted, want in step.expect.items():
            if isinstance(want, str):  # "{key}" is the context's value as kept; other text is formatted
                want = context[want[1:-1]] if re.fullmatch(r"\{\w+\}", want) else want.format(**context)
            assert _dig(answer, dotted) == want, f"{step.operation_id}: {dotted} is {_dig(answer, dotted)!r}"
        context.update({key: _dig(answer, dotted) for key, dotted in step.keep.items()})
        done.append(step.operation_id)
    return done


# ---------------------------------------------------------------------------- the tests


def test_every_operation_of_the_spec_is_driven() -> None:
    in_spec = {op["operationId"] for _, _, op in operations(load_spec())}
    driven = {step.operation_id for step in SDK_LIFECYCLE}
    missing = sorted(in_spec - driven - set(NOT_DRIVEN))
    assert missing == [], f"add a Step to SDK_LIFECYCLE (or a reason to NOT_DRIVEN) for: {', '.join(missing)}"
    assert driven <= in_spec, f"steps for operations the spec does not have: {sorted(driven - in_spec)}"
    sdk_methods = {name for name in dir(OfficialSDK(private_integration_token=TOKEN).invoices)}
    assert {step.method for step in SDK_LIFECYCLE} <= sdk_methods


def test_the_sdk_is_locked_and_installed_by_make_install() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    assert re.search(rf"^{re.escape(SDK_DISTRIBUTION)} \\$", lock, re.MULTILINE), "make install would not bring it"
    assert OfficialSDK.API_VERSION == SENDS_VERSION_V3


async def test_the_sdk_lifecycle_against_the_in_process_sandbox() -> None:
    sandbox = Sandbox(SandboxConfig(rate_limit=None, strict_responses=True))
    sdk, recording = official_sdk(IN_PROCESS_URL, httpx.ASGITransport(app=sandbox.app))
    try:
        assert await drive(sdk, recording) == [step.operation_id for step in SDK_LIFECYCLE]
    finally:
        await sdk.http_client.aclose()


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    with running(["make", "-s", "serve", "PORT={port}", "RATE_LIMIT=off"], cwd=ROOT, timeout=60) as server:
        yield server.url


async def test_the_sdk_lifecycle_against_make_serve(served: str) -> None:
    sdk, recording = official_sdk(served, httpx.AsyncHTTPTransport())
    try:
        assert await drive(sdk, recording) == [step.operation_id for step in SDK_LIFECYCLE]
    finally:
        await sdk.http_client.aclose()


async def test_the_sdk_cannot_send_its_own_models() -> None:
    """OWN_MODELS_ARE_NOT_SENDABLE: the annotated body type fails before a request leaves."""
    from highlevel.services.invoices.models import VoidInvoiceDto  # type: ignore[import-untyped]

    sandbox = Sandbox(SandboxConfig(rate_limit=None))
    sdk, recording = official_sdk(IN_PROCESS_URL, httpx.ASGITransport(app=sandbox.app))
    try:
        with pytest.raises(TypeError, match="not JSON serializable"):
            await sdk.invoices.void_invoice(
                "6578278e879ad2646715ba9c", VoidInvoiceDto(altId=LOCATION, altType="location")
            )
        assert recording.requests == []
    finally:
        await sdk.http_client.aclose()


async def test_a_refused_sdk_request_is_refused_in_the_vendors_shape() -> None:
    """The vendor requires ``card.brand``, ``card.last4`` and ``cheque.number``: the SDK, which does not check
    bodies, gets the API's 422 naming the fields, raised as its own ``GHLError``."""
    sandbox = Sandbox(SandboxConfig(rate_limit=None))
    sdk, recording = official_sdk(IN_PROCESS_URL, httpx.ASGITransport(app=sandbox.app))
    body = {**bodies.payment(LOCATION, 1).to_dict(), "card": {}, "cheque": {}}
    try:
        with pytest.raises(GHLError) as info:
            await sdk.invoices.record_invoice("6578278e879ad2646715ba9c", body)
        assert json.loads(recording.requests[-1].content)["card"] == {}
        assert info.value.status_code == 422
        message = " ".join(info.value.response["message"])
        assert all(f'"{name}" is a required property' in message for name in ("brand", "last4", "number")), message
    finally:
        await sdk.http_client.aclose()


def test_the_sandbox_page_example_runs_against_make_serve(served: str, capsys: pytest.CaptureFixture[str]) -> None:
    section = (
        (ROOT / "docs" / "sandbox.md")
        .read_text(encoding="utf-8")
        .split("\n## The sandbox\n", 1)[1]
        .split("\n## ", 1)[0]
    )
    (example,) = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert "http://127.0.0.1:4010" in example
    exec(compile(example.replace("http://127.0.0.1:4010", served), "docs/sandbox.md", "exec"), {"__name__": "readme"})
    assert capsys.readouterr().out.endswith(" invoices\n")
