"""The pacer keeps under the server's rate limit; the budget stops at its limit."""

from __future__ import annotations

import pytest

from highlevel_conformance.pacing import Budget, BudgetSpent, Pacer, Rate


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def send(pacer: Pacer, clock: Clock, headers: dict[str, str] | None = None, status: int = 200) -> float:
    """One request: the time it left at."""
    pacer.before_request()
    left = clock.now
    pacer.after_response(status, headers or {})
    return left


@pytest.mark.parametrize(
    ("text", "rate"),
    [("100/10s", Rate(100, 10.0)), ("5/1", Rate(5, 1.0)), ("600/1m", Rate(600, 60.0)), ("20/500ms", Rate(20, 0.5))],
)
def test_rate_parse(text: str, rate: Rate) -> None:
    assert Rate.parse(text) == rate


@pytest.mark.parametrize("text", ["fast", "0/10s", "10/0s", "10/", "/10s", "10/10x"])
def test_rate_parse_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=f"expected requests/interval such as 100/10s, got {text!r}"):
        Rate.parse(text)


def test_a_given_rate_holds_the_request_past_the_limit_until_the_oldest_answer_leaves_the_window() -> None:
    clock = Clock()
    pacer = Pacer(Rate(3, 10.0), clock=clock, sleep=clock.sleep)
    assert [send(pacer, clock) for _ in range(3)] == [0.0, 0.0, 0.0]
    clock.now = 4.0
    assert send(pacer, clock) == pytest.approx(10.01)
    assert clock.slept == [6.01]


def test_the_limit_comes_from_the_servers_headers_when_no_rate_is_given() -> None:
    clock = Clock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    headers = {"X-RateLimit-Max": "2", "X-RateLimit-Interval-Milliseconds": "1000", "X-RateLimit-Remaining": "1"}
    send(pacer, clock, headers)
    assert pacer.rate == Rate(2, 1.0)
    send(pacer, clock, {**headers, "X-RateLimit-Remaining": "0"})
    assert send(pacer, clock, headers) == pytest.approx(1.01)


def test_retry_after_holds_every_request() -> None:
    clock = Clock()
    pacer = Pacer(Rate(100, 10.0), clock=clock, sleep=clock.sleep)
    send(pacer, clock, {"Retry-After": "7"}, status=429)
    assert send(pacer, clock) == pytest.approx(7.01)


def test_remaining_zero_from_someone_elses_requests_waits_a_whole_interval() -> None:
    clock = Clock()
    pacer = Pacer(Rate(10, 2.0), clock=clock, sleep=clock.sleep)
    send(pacer, clock, {"X-RateLimit-Remaining": "0"})
    assert send(pacer, clock) == pytest.approx(2.01)


def test_no_answer_frees_its_place() -> None:
    clock = Clock()
    pacer = Pacer(Rate(1, 10.0), clock=clock, sleep=clock.sleep)
    pacer.before_request()
    pacer.after_response(None, {})
    assert send(pacer, clock) == 0.0


def test_the_budget_stops_at_its_limit() -> None:
    budget = Budget(2)
    budget.take()
    budget.take()
    assert budget.spent
    with pytest.raises(BudgetSpent, match="the request budget of 2 is spent"):
        budget.take()
    assert budget.used == 2
    unlimited = Budget(None)
    for _ in range(1000):
        unlimited.take()
    assert not unlimited.spent


def test_a_request_that_may_have_arrived_keeps_its_place_in_the_window() -> None:
    # A read timeout: the server may have received the request, so it counts as if answered then.
    clock = Clock()
    pacer = Pacer(Rate(1, 10.0), clock=clock, sleep=clock.sleep)
    pacer.before_request()
    pacer.after_response(None, {}, maybe_received=True)
    assert send(pacer, clock) == pytest.approx(10.01)


def test_waiting_for_room_takes_no_place() -> None:
    clock = Clock()
    pacer = Pacer(Rate(1, 10.0), clock=clock, sleep=clock.sleep)
    pacer.wait_for_room()
    pacer.wait_for_room()
    assert clock.slept == []
    assert send(pacer, clock) == 0.0
    pacer.wait_for_room()
    assert clock.now == pytest.approx(10.01)
