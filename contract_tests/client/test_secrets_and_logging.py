"""The token never shows in a repr, str, log line or exception; DEBUG logs say what happened."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import highlevel_invoices as hl_pkg
from highlevel_invoices import models

from . import helpers
from .helpers import INVOICE_ID, LOCATION, TOKEN, Handler, Recorder, async_client, sync_client


async def test_token_appears_nowhere(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    seen: list[str] = []
    answers = Recorder(
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(401, json={"statusCode": 401, "message": "Invalid token: access token is invalid"}),
    )
    hl = sync_client(answers)
    ahl = async_client(answers)
    seen += [repr(hl), str(hl), repr(ahl), repr(hl.raw), str(hl.raw), repr(hl.raw.get_httpx_client().headers)]
    body = models.SendInvoiceRequest.from_dict(helpers.SEND_REQUEST)
    with pytest.raises(hl_pkg.AuthenticationError) as info:
        hl.send_invoice(INVOICE_ID, body=body)
    seen += [str(info.value), repr(info.value), repr(info.value.response), repr(info.value.response.request)]
    seen += [repr(info.value.__dict__), repr(info.value.response.request.headers)]
    with pytest.raises(hl_pkg.AuthenticationError) as ainfo:
        await ahl.send_invoice(INVOICE_ID, body=body)
    seen += [str(ainfo.value), repr(ainfo.value)]
    broken = sync_client(Recorder(httpx.ConnectError(f"refused for Bearer {TOKEN}")), max_retries=0, retry_policy=None)
    with pytest.raises(hl_pkg.APIConnectionError) as cinfo:
        broken.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    seen += [str(cinfo.value), repr(cinfo.value)]
    seen += [record.getMessage() for record in caplog.records]
    assert caplog.records, "expected DEBUG log records"
    leaks = [text for text in seen if TOKEN in text]
    assert leaks == []


def test_debug_log_shows_method_path_status_duration_and_attempts(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="highlevel_invoices")
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json={"statusCode": 1}))
    hl = sync_client(recorder)
    with pytest.raises(hl_pkg.ResponseValidationError):
        hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    lines = [r.getMessage() for r in caplog.records if r.name == "highlevel_invoices"]
    path = f"/invoices/{INVOICE_ID}"
    assert any(line.startswith(f"GET {path} -> 503 in ") and "(attempt 1)" in line for line in lines), lines
    assert any(f"GET {path} answered 503; retry 1 of 2" in line for line in lines), lines
    assert any(line.startswith(f"GET {path} -> 200 in ") and "ms (attempt 2)" in line for line in lines), lines


def _reachable_text(error: BaseException) -> list[str]:
    """Everything an exception exposes: message, repr, attributes, its response and request, its causes."""
    texts: list[str] = []
    seen: set[int] = set()
    stack: list[object] = [error]
    while stack:
        node = stack.pop()
        if id(node) in seen or node is None:
            continue
        seen.add(id(node))
        texts += [str(node), repr(node)]
        if isinstance(node, httpx.Request):
            texts += [repr(node.headers.raw), node.content.decode("latin-1"), str(node.url)]
        elif isinstance(node, httpx.Response):
            texts += [repr(node.headers.raw), node.content.decode("latin-1")]
            stack.append(node.request)
        elif isinstance(node, BaseException):
            stack += [node.__cause__, node.__context__, *vars(node).values()]
        elif isinstance(node, list | tuple):
            stack += list(node)
    return texts


async def test_oauth_secrets_appear_nowhere(caplog: pytest.LogCaptureFixture) -> None:
    """Client secret, codes, access, refresh and location tokens: in no repr, log line or exception attribute."""
    from highlevel_invoices import OAuthApp, RefreshTokenUsedError, Token
    from highlevel_invoices._tokens import store_token

    from .oauth_fakes import CLIENT_ID, CLIENT_SECRET, COMPANY, FakeHighLevel
    from .oauth_fakes import LOCATION as LOC

    caplog.set_level(logging.DEBUG)  # every logger, httpx and httpcore included
    fake = FakeHighLevel()
    seen: list[str] = []
    base = "https://services.example"

    def app_with(handler: Handler, store: object = None) -> OAuthApp:
        return OAuthApp(CLIENT_ID, CLIENT_SECRET, store=store, base_url=base, transport=httpx.MockTransport(handler))  # type: ignore[arg-type]

    app = OAuthApp(
        CLIENT_ID,
        CLIENT_SECRET,
        base_url=base,
        transport=fake.transport(),
        async_transport=fake.async_transport(),
    )
    url = app.authorize_url("https://myapp.example/cb", ["invoices.readonly"], state="st")
    token = app.exchange_code(fake.new_code())
    agency_token = await app.aexchange_code(fake.new_code("Company"), user_type="Company")
    auth = app.auth(LOC)
    location = app.auth(COMPANY).for_location(LOC)
    hl = hl_pkg.HighLevel(auth=auth, base_url=base, transport=fake.transport(), rate_limit=None)
    ahl = hl_pkg.AsyncHighLevel(auth=location, base_url=base, transport=fake.async_transport(), rate_limit=None)
    hl.get_invoice(INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION)
    await ahl.get_invoice(INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION)
    fake.expire_access_tokens()  # 401 -> refresh -> replay, for both
    hl.get_invoice(INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION)
    await ahl.get_invoice(INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION)
    seen += [url, repr(app), repr(auth), repr(location), repr(token), str(token), repr(agency_token), repr(hl)]
    seen += [repr(ahl), repr(app.store), repr(hl.raw.get_httpx_client().headers), repr(hl.raw.get_httpx_client().auth)]
    errors: list[BaseException] = []
    # a reused refresh token
    store_token(app.store, LOC, Token(**{**token.__dict__, "expires_at": 0.0}))
    with pytest.raises(RefreshTokenUsedError) as used:
        hl_pkg.HighLevel(auth=app.auth(LOC), base_url=base, transport=fake.transport()).get_invoice(
            INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION
        )
    errors.append(used.value)
    # a code used twice; an error answer that echoes the secrets it was sent
    with pytest.raises(hl_pkg.AuthenticationError) as twice:
        app.exchange_code(fake.secrets[1])
    errors.append(twice.value)

    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"statusCode": 400, "message": request.content.decode()})

    code = fake.new_code()
    with pytest.raises(hl_pkg.BadRequestError) as echoed:
        app_with(echo).exchange_code(code)
    errors.append(echoed.value)
    # no answer from the token endpoint; an answer that is not JSON
    with pytest.raises(hl_pkg.APIConnectionError) as lost:
        app_with(Recorder(httpx.ConnectError("refused"))).exchange_code(code)
    errors.append(lost.value)
    with pytest.raises(hl_pkg.ResponseValidationError) as garbled:
        app_with(lambda r: httpx.Response(200, content=b"{" + r.content)).exchange_code(code)
    errors.append(garbled.value)
    # an API error of a call made with an OAuth token
    api_error = Recorder(httpx.Response(404, json={"statusCode": 404, "message": "Invoice not found"}))
    fresh = app.exchange_code(fake.new_code())
    store_token(app.store, LOC, fresh)
    failing = hl_pkg.HighLevel(auth=app.auth(LOC), base_url=base, transport=httpx.MockTransport(api_error))
    with pytest.raises(hl_pkg.NotFoundError) as missing:
        failing.get_invoice(INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION)
    errors.append(missing.value)
    # a token store that fails to write a renewed token, and words its error with what it was writing
    from .test_auth import FailingStore

    broken_store = FailingStore(hl_pkg.InMemoryTokenStore())
    writer = OAuthApp(CLIENT_ID, CLIENT_SECRET, store=broken_store, base_url=base, transport=fake.transport())
    written = writer.exchange_code(fake.new_code())
    store_token(broken_store, LOC, Token(**{**written.__dict__, "expires_at": 0.0}))
    broken_store.failing = True
    with pytest.raises(hl_pkg.TokenStoreWriteError) as unwritten:
        hl_pkg.HighLevel(auth=writer.auth(LOC), base_url=base, transport=fake.transport()).get_invoice(
            INVOICE_ID, alt_id=LOC, alt_type=models.AltType.LOCATION
        )
    errors.append(unwritten.value)
    # a forged OAuth callback: neither state, nor the code it came with, in the error
    generated = app.authorize_url("https://myapp.example/cb", ["invoices.readonly"])
    forged_state = "forged-" + generated.state[::-1]
    fake.secrets += [generated.state, forged_state]
    seen.append(repr(generated))
    with pytest.raises(hl_pkg.OAuthStateError) as forged:
        app.check_state(generated.state, forged_state)
    errors.append(forged.value)
    for error in errors:
        seen += _reachable_text(error)
    seen += [record.getMessage() for record in caplog.records]
    seen += [repr(record.args) for record in caplog.records]
    assert any(r.name == "highlevel_invoices.auth" for r in caplog.records), "expected DEBUG records of the auth"
    assert len(fake.secrets) >= 8
    leaks = [(secret, text) for secret in fake.secrets for text in seen if secret in text]
    assert leaks == []


def _walk(value: object, path: str, seen: set[int], found: list[str], depth: int = 0) -> None:
    """Every string and bytes reachable from ``value`` through attributes, items, args and causes."""
    if id(value) in seen or depth > 12:
        return
    seen.add(id(value))
    if isinstance(value, str):
        if TOKEN in value:
            found.append(path)
        return
    if isinstance(value, bytes):
        if TOKEN.encode() in value:
            found.append(path)
        return
    if (
        value is None
        or isinstance(value, (int, float, bool, type))
        or callable(value)
        and not hasattr(value, "__dict__")
    ):
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _walk(key, f"{path}[{key!r}]<key>", seen, found, depth + 1)
            _walk(item, f"{path}[{key!r}]", seen, found, depth + 1)
        return
    if isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", seen, found, depth + 1)
        return
    if isinstance(value, BaseException):
        _walk(value.args, f"{path}.args", seen, found, depth + 1)
        _walk(value.__cause__, f"{path}.__cause__", seen, found, depth + 1)
        _walk(value.__context__, f"{path}.__context__", seen, found, depth + 1)
    if isinstance(value, httpx.Headers):
        _walk(value.raw, f"{path}.raw", seen, found, depth + 1)
    for name in ("request", "response", "headers", "content", "url"):  # properties over private storage
        try:
            attribute = getattr(value, name, None)
        except Exception:
            attribute = None
        _walk(attribute, f"{path}.{name}", seen, found, depth + 1)
    for name, attribute in getattr(value, "__dict__", {}).items():
        _walk(attribute, f"{path}.{name}", seen, found, depth + 1)


def every_error() -> list[BaseException]:
    """One error of each type the client raises, from realistic failures."""
    errors: list[BaseException] = []
    get: dict[str, Any] = {"alt_id": LOCATION, "alt_type": models.AltType.LOCATION}
    for status in (400, 401, 403, 404, 422, 429, 500, 409):
        answer = httpx.Response(status, json={"statusCode": status, "message": "no"}, headers={"Retry-After": "9999"})
        with pytest.raises(hl_pkg.APIStatusError) as info:
            sync_client(Recorder(answer)).get_invoice(INVOICE_ID, **get)
        errors.append(info.value)
    for failure in (httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError):

        def fail(request: httpx.Request, failure: type[httpx.TransportError] = failure) -> httpx.Response:
            raise failure(f"{failure.__name__} on the way", request=request)  # the request, token and all

        with pytest.raises(hl_pkg.APIConnectionError) as cinfo:
            sync_client(fail).get_invoice(INVOICE_ID, **get)
        errors.append(cinfo.value)
    with pytest.raises(hl_pkg.ResponseValidationError) as vinfo:
        sync_client(Recorder(httpx.Response(200, json={"_id": 1}))).get_invoice(INVOICE_ID, **get)
    errors.append(vinfo.value)
    return errors


def test_no_attribute_of_any_error_holds_the_token() -> None:
    errors = every_error()
    kinds = {type(e).__name__ for e in errors}
    assert {"APIStatusError", "NotFoundError", "RateLimitError", "APIConnectionError", "APITimeoutError",
            "ResponseValidationError", "InternalServerError", "AuthenticationError"} <= kinds  # fmt: skip
    found: list[str] = []
    for error in errors:
        _walk(error, type(error).__name__, set(), found)
    assert found == []
    for error in errors:
        response = getattr(error, "response", None)
        if response is not None:
            assert response.request.headers["Authorization"] == "[redacted]"
    cause = errors[-2].__cause__  # the RemoteProtocolError, as httpx raised it
    assert isinstance(cause, httpx.HTTPError) and cause.request.headers["Authorization"] == "[redacted]"
