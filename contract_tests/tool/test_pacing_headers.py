"""The pacer reads a server's rate-limit headers as plain numbers only (issue 23, item 9).

``float`` took ``"inf"``: a ``Retry-After: inf`` held the run forever (``time.sleep`` overflowed), an
``X-RateLimit-Max: inf`` raised ``OverflowError`` from ``int``. Such a header is ignored now.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from highlevel_conformance.pacing import Pacer, Rate

NUMERALS = [chr(c) for c in range(0x20000) if chr(c).isnumeric()]
HEADER_TEXT = (
    st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
    | st.text(st.sampled_from(NUMERALS) | st.sampled_from("0123456789.-+eifna"), min_size=1, max_size=8)
    | st.sampled_from(["inf", "-inf", "nan", "1e999", "1e308", "9" * 400])
)
NAMES = ["Retry-After", "X-RateLimit-Max", "X-RateLimit-Interval-Milliseconds", "X-RateLimit-Remaining"]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert 0 <= seconds < 1e9 + 1, f"asked to sleep {seconds} s"
        self.now += seconds


def next_request_waits(headers: dict[str, str], status: int = 429) -> float:
    """How long the pacer holds the request after an answer with ``headers``."""
    clock = Clock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.before_request()
    pacer.after_response(status, headers)
    left = clock.now
    pacer.before_request()
    return clock.now - left


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "inf"},
        {"Retry-After": "1e999"},
        {"Retry-After": "9" * 400},
        {"Retry-After": "nan"},
        {"Retry-After": "-5"},
        {"Retry-After": "\u00b2"},
        {"X-RateLimit-Max": "inf", "X-RateLimit-Interval-Milliseconds": "10000"},
        {"X-RateLimit-Max": "1", "X-RateLimit-Interval-Milliseconds": "1e308"},
        {"X-RateLimit-Max": "1", "X-RateLimit-Interval-Milliseconds": "inf"},
    ],
    ids=["inf", "1e999", "400-digits", "nan", "negative", "superscript", "max-inf", "interval-1e308", "interval-inf"],
)
def test_a_header_that_is_not_a_plain_number_is_ignored(headers: dict[str, str]) -> None:
    assert next_request_waits(headers) == 0


def test_plain_numbers_still_pace() -> None:
    assert next_request_waits({"Retry-After": "3"}) == pytest.approx(3.01)
    assert next_request_waits({"X-RateLimit-Max": "1", "X-RateLimit-Interval-Milliseconds": "2000"}, 200) == (
        pytest.approx(2.01)
    )


@given(st.dictionaries(st.sampled_from(NAMES), HEADER_TEXT))
def test_any_header_text_neither_raises_nor_holds_the_run_forever(headers: dict[str, str]) -> None:
    assert 0 <= next_request_waits(headers) < 1e9 + 1


def test_an_interval_too_long_to_hold_is_refused() -> None:
    with pytest.raises(ValueError, match="expected requests/interval such as 100/10s"):
        Rate.parse("1/" + "1" * 400 + "s")
