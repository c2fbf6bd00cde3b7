"""Numbers a server sends (headers, a token's lifetime): never misread, never an untyped error (issue 23, item 9).

``float`` takes ``"nan"``, ``"inf"``, ``"1_0"`` and ``"٣"``; ``str.isdigit`` takes ``"²"``, which ``int``
refuses. A ``Retry-After`` or ``X-RateLimit-*`` that is not a plain number is absent: the backoff applies,
the rate-limit field is ``None``. Observed where it matters: the time between the requests the server gets.
"""

from __future__ import annotations

import time

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from highlevel_invoices import OAuthApp, RateLimitInfo, ResponseValidationError, RetryPolicy, models
from highlevel_invoices._headers import header_int, header_number
from highlevel_invoices._retry import parse_retry_after

from . import helpers
from .helpers import INVOICE_ID, LOCATION, sync_client

NUMERALS = [chr(c) for c in range(0x20000) if chr(c).isnumeric()]
HEADER_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30) | st.text(
    st.sampled_from(NUMERALS) | st.sampled_from("0123456789.-+e_ "), min_size=1, max_size=8
)


def request_times(retry_after: bytes) -> list[float]:
    """When the server got each request of a GET answered 429 with ``Retry-After: <retry_after>``, then 200."""
    times: list[float] = []

    def server(request: httpx.Request) -> httpx.Response:
        times.append(time.monotonic())
        if len(times) == 1:
            return httpx.Response(429, headers=[(b"Retry-After", retry_after)], json={"statusCode": 429})
        return httpx.Response(200, json=helpers.INVOICE_WITH_SUMMARY)

    hl = sync_client(server, retry_policy=RetryPolicy(max_retries=1, initial_delay=0.2, max_delay=0.2))
    hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    return times


@pytest.mark.parametrize("value", ["nan", "NaN", "+inf", "\u00b2", "\u0663", "1_0", "1e1", " 0x5"])
def test_a_retry_after_that_is_not_a_number_leaves_the_wait_to_the_backoff(value: str) -> None:
    """``nan`` was a wait of 0 (retried at once), ``٣`` 3 s, ``1_0`` and ``1e1`` 10 s, ``+inf`` no retry at all."""
    first, second = request_times(value.encode())
    assert 0.15 <= second - first < 2  # the 0.2 s backoff, 25 % jitter


def test_a_retry_after_in_seconds_is_still_honoured() -> None:
    first, second = request_times(b"1")
    assert 1.0 <= second - first < 3


@given(HEADER_TEXT)
def test_parse_retry_after_never_raises_and_never_answers_a_negative_or_nan(value: str) -> None:
    seconds = parse_retry_after(value)
    assert seconds is None or seconds >= 0  # NaN fails this comparison


def test_the_header_numbers() -> None:
    assert [header_number(v) for v in ("7", " 7 ", "1.5", "-3", "007")] == [7.0, 7.0, 1.5, -3.0, 7.0]
    assert [header_number(v) for v in (None, "", "nan", "inf", "1e3", "1_0", "\u00b2", "\u0663", "1.", ".5")] == [
        None
    ] * 10
    assert [header_int(v) for v in ("0", " 100 ", "9" * 18)] == [0, 100, int("9" * 18)]
    assert [header_int(v) for v in (None, "-1", "1.0", "\u00b2", "\u0663", "9" * 19)] == [None] * 6


@pytest.mark.parametrize("value", ["-5", "\u0663", "\u00b2", "1_000", "nan"])
def test_a_rate_limit_header_that_is_not_a_count_is_absent(value: str) -> None:
    headers = [(b"X-RateLimit-Remaining", value.encode()), (b"X-RateLimit-Max", b"100")]
    hl = sync_client(lambda r: httpx.Response(200, headers=headers, json=helpers.INVOICE_WITH_SUMMARY))
    hl.get_invoice(INVOICE_ID, alt_id=LOCATION, alt_type=models.AltType.LOCATION)
    assert hl.rate_limit == RateLimitInfo(max=100, remaining=None)


@given(st.dictionaries(st.sampled_from(["x-ratelimit-max", "x-ratelimit-remaining"]), HEADER_TEXT))
def test_rate_limit_info_takes_any_header_text(headers: dict[str, str]) -> None:
    info = RateLimitInfo.from_headers(headers)
    assert all(v is None or (isinstance(v, int) and v >= 0) for v in (info.max, info.remaining))


@pytest.mark.parametrize("expires_in", [b"9" * 400, b"NaN", b"Infinity", b"-Infinity", b"1e400"])
def test_a_token_lifetime_that_is_no_number_of_seconds_is_a_typed_error(expires_in: bytes) -> None:
    """``float()`` of a 400-digit ``expires_in`` raised ``OverflowError`` from ``exchange_code``; NaN and
    Infinity (which ``json`` reads) made a token that never expires. Each is an invalid answer, typed."""
    body = b'{"access_token": "a", "locationId": "loc", "expires_in": ' + expires_in + b"}"
    answer = httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    app = OAuthApp("id", "secret", base_url="https://api.example", transport=httpx.MockTransport(lambda r: answer))
    with pytest.raises(ResponseValidationError, match="no expires_in"):
        app.exchange_code("code")
