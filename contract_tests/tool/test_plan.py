"""The request plan of a run (issue 27 items 1, 3, 4) and how the hooks spend it, without a server."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from highlevel_conformance import st_hooks
from highlevel_conformance.pacing import Rate
from highlevel_conformance.plan import CasePlan, Plan, default_budget, duration


def make(**kwargs: Any) -> Plan:
    given: dict[str, Any] = {"max_requests": None, "sandbox": False, "rate": Rate(100, 10.0),
                             "rate_source": "the server's X-RateLimit headers", "read_only": False,
                             "max_examples": 20, "lifecycle_counted": True}  # fmt: skip
    return Plan.make(**(given | kwargs))


def test_a_server_that_is_not_the_sandbox_gets_a_budget_that_ends_within_five_minutes() -> None:
    plan = make()
    assert plan.budget == default_budget(Rate(100, 10.0)) == 2_700
    seconds = duration(plan.budget, plan.rate)
    assert seconds is not None and seconds + 30 <= 300
    assert default_budget(None) == 2_700  # no rate announced: HighLevel's documented 100 per 10 s
    assert default_budget(Rate(10, 1.0)) == 2_700 and default_budget(Rate(20, 60.0)) == 90
    lines = plan.lines()
    assert lines[0].startswith("conformance: plan: at most 2,700 requests (the default against a server that is not")
    assert "about 4 min 20 s at 100/10s" in lines[0]
    assert any("--max-requests N" in line for line in lines)


def test_the_sandbox_and_an_explicit_budget_keep_theirs() -> None:
    assert make(sandbox=True).budget is None
    assert make(sandbox=True).lines()[0].startswith("conformance: plan: about ")
    assert make(max_requests=1_000).budget == 1_000


def test_the_lifecycle_tests_leave_room_for_every_operations_examples_and_negative_cases() -> None:
    plan = make(max_requests=1_000)
    share = plan.lifecycle_share
    assert share is not None and share + plan.step3_minimum + plan.preflight <= 1_000
    assert len(plan.checked) == 42 and plan.excluded == {}
    small = make(max_requests=60)
    assert small.lifecycle_share == 59 // 3  # at least a third, even when the rest cannot fit


def test_a_read_only_run_excludes_the_writes_with_why() -> None:
    plan = make(read_only=True)
    assert len(plan.checked) == 12 and len(plan.excluded) == 30
    assert all(label.startswith("GET ") for label in plan.checked)
    assert set(plan.excluded.values()) == {"a write; a read-only run sends GET only (--allow-side-effects to check it)"}


def test_fuzzing_gets_an_equal_share_of_what_is_left_at_most_max_examples() -> None:
    plan = make(max_requests=1_000)
    assert plan.fuzzing_examples(10_000) == 20
    assert plan.fuzzing_examples(462) == 10  # 462 / (42 x 1.1)
    assert plan.fuzzing_examples(40) == 0


def test_no_operation_eats_the_coverage_phase() -> None:
    shares = st_hooks.Shares(CasePlan.from_json(CasePlan(3).to_json()))
    left = iter([33, 30, 3])  # the gate's budget left when each operation's turn comes
    first = [shares.admit("A", negative, lambda: next(left)) for negative in [False] * 8 + [True] * 8]
    assert first.count(True) == 10  # 33 / 3 operations / 1.1 cases each: 10, at most half of them positive
    assert first[:8].count(True) == 5 and first[8:].count(True) == 5
    assert [shares.admit("B", False, lambda: next(left)) for _ in range(20)].count(True) == 7  # ceil(13 / 2)
    assert [shares.admit("C", True, lambda: next(left)) for _ in range(5)].count(True) == 1  # 2 (3 / 1.1), half
    assert json.loads(json.dumps(shares.to_json()))["A"] == {"allowed": 10, "positive": 5, "negative": 5}
    assert st_hooks.Shares().admit("D", False, lambda: 0)  # no plan: no budget to spread


def _response(body: Any) -> Any:
    return SimpleNamespace(status_code=200, content=json.dumps(body).encode())


def _case(label: str, method: str = "GET", path: dict[str, str] | None = None, body: Any = None) -> Any:
    return SimpleNamespace(id=label + method, method=method, meta=None, operation=SimpleNamespace(label=label),
                           path_parameters=path or {}, query=None, body=body)  # fmt: skip


def test_a_list_answer_gives_every_item_to_the_single_resource_get() -> None:
    import highlevel_spec as specs

    links = st_hooks.Links(st_hooks.declared_links(specs.load_spec()))
    item = {"altId": "L", "altType": "location"}
    listing = {"invoices": [{"_id": "newest", **item}, {"_id": "older", **item}]}
    st_hooks.note_answer(_case("GET /invoices/"), _response(listing), links)
    assert links.candidates("GET /invoices/{invoiceId}", "path", "invoiceId") == ["newest", "older"]
    case = _case("GET /invoices/{invoiceId}", path={"invoiceId": "random"})
    assert st_hooks.use_linked_values(case, links)
    assert case.path_parameters == {"invoiceId": "newest"}
    links.answered(case.id, "GET /invoices/{invoiceId}", 404, all_positive=True)  # refused: the next one
    case = _case("GET /invoices/{invoiceId}", path={"invoiceId": "random"})
    st_hooks.use_linked_values(case, links)
    assert case.path_parameters == {"invoiceId": "older"}


def test_a_state_bound_operation_gets_a_resource_it_can_take_and_a_body_that_fits() -> None:
    import highlevel_spec as specs

    links = st_hooks.Links(st_hooks.declared_links(specs.load_spec()))
    states = st_hooks.States()
    listing = {"estimates": [{"_id": "sent-one", "estimateStatus": "sent", "altId": "L"},
                             {"_id": "draft-one", "estimateStatus": "draft", "altId": "L"}]}  # fmt: skip
    st_hooks.note_answer(_case("GET /invoices/estimate/list"), _response(listing), links, states)
    send = _case("POST /invoices/estimate/{estimateId}/send", "POST", {"estimateId": "random"}, {"action": "email"})
    assert st_hooks.fit_to_state(send, links, states)
    assert send.path_parameters == {"estimateId": "draft-one"}  # not the newest: a draft is sent, not re-sent
    update = _case("PUT /invoices/estimate/{estimateId}", "PUT", {"estimateId": "random"}, {"estimateStatus": "x"})
    assert st_hooks.fit_to_state(update, links, states)
    assert update.path_parameters == {"estimateId": "draft-one"} and update.body["estimateStatus"] == "draft"

    invoices = {"invoices": [{"_id": "due", "status": "sent", "amountDue": 25, "altId": "L", "altType": "location"},
                             {"_id": "paid", "status": "paid", "amountDue": 0, "altId": "L"}]}  # fmt: skip
    st_hooks.note_answer(_case("GET /invoices/"), _response(invoices), links, states)
    pay = _case("POST /invoices/{invoiceId}/record-payment", "POST", {"invoiceId": "random"}, {"amount": 1e9})
    links.values[("POST /invoices/{invoiceId}/record-payment", "path", "invoiceId")] = ["due", "paid"]
    assert st_hooks.fit_to_state(pay, links, states)
    assert pay.path_parameters == {"invoiceId": "due"} and pay.body["amount"] == 25
