"""The request plan of a run (issue 27 items 1, 3, 4) and how the hooks spend it, without a server."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import TestPhase

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


def test_a_state_bound_operation_that_knows_no_resource_it_can_take_has_one_made_first() -> None:
    """Issue 28 item 8: the examples phase paid every invoice (record-payment) before it sent, voided or updated one,
    and invoiced every estimate before it sent or updated one; their valid requests all got 400. When no resource
    the run knows is in a state the operation takes, the newest request that made such a resource is sent again."""
    import highlevel_spec as specs

    links = st_hooks.Links(st_hooks.declared_links(specs.load_spec()))
    states, makers = st_hooks.States(), st_hooks.Makers()
    sent: list[dict[str, Any]] = []

    def answer(case: Any, body: dict[str, Any]) -> Any:
        response = _response(body)
        st_hooks.note_answer(case, response, links, states, makers)  # what the after_call hook does
        return response

    class Create:  # POST /invoices/ as schemathesis' APIOperation offers it to the hooks
        label, path = "POST /invoices/", "/invoices/"

        def Case(self, **given: Any) -> Any:
            made = SimpleNamespace(id=f"made{len(sent)}", method="POST", meta=None, operation=self, **given)

            def call(**kwargs: Any) -> Any:  # the server makes an invoice; schemathesis runs the hooks
                sent.append(kwargs)
                return answer(made, {"_id": f"new{len(sent)}", **fresh})

            made.call = call
            return made

    def creation(body: Any) -> Any:
        return SimpleNamespace(id="c", method="POST", meta=None, operation=Create(), path_parameters={}, query={},
                               headers={"Version": "2021-07-28"}, body=body, media_type="application/json")  # fmt: skip

    fresh = {"status": "draft", "amountDue": 0, "altId": "L"}
    pay_label = "POST /invoices/{invoiceId}/record-payment"
    answer(creation({"name": "nothing due"}), {"_id": "empty", **fresh})
    assert pay_label not in makers.recipes  # a draft with nothing due cannot take a payment
    assert makers.recipes["POST /invoices/{invoiceId}/send"].body == {"name": "nothing due"}  # but it can be sent
    fresh["amountDue"] = 40
    answer(creation({"name": "one item"}), {"_id": "first", **fresh})
    assert makers.recipes[pay_label].body == makers.recipes["PUT /invoices/{invoiceId}"].body == {"name": "one item"}
    assert "POST /invoices/estimate/{estimateId}/send" not in makers.recipes  # an invoice is no estimate
    states.note({"invoices": [{"_id": "first", "status": "paid", "amountDue": 0}]})

    def case(label: str, path: dict[str, str], body: Any, negative: bool = False, stateful: bool = False) -> Any:
        phase = SimpleNamespace(name=TestPhase.STATEFUL if stateful else TestPhase.EXAMPLES)
        meta = SimpleNamespace(phase=phase, components=[ParameterLocation.BODY],
                               is_negative_at=lambda where: negative and where is ParameterLocation.BODY)  # fmt: skip
        return SimpleNamespace(id=label, method="POST", meta=meta, operation=SimpleNamespace(label=label),
                               path_parameters=dict(path), query=None, body=body)  # fmt: skip

    def make(label: str) -> bool:
        return makers.make(label, {"timeout": 5})

    negative = case(pay_label, {"invoiceId": "first"}, {"amount": "x"}, negative=True)
    assert not st_hooks.fit_to_state(negative, links, states, make) and sent == []  # negative: sent as generated
    stateful = case(pay_label, {"invoiceId": "first"}, {"amount": 5}, stateful=True)
    assert not st_hooks.fit_to_state(stateful, links, states, make) and sent == []  # the state machine's own ids
    pay = case(pay_label, {"invoiceId": "first"}, {"amount": 1e9})
    assert st_hooks.fit_to_state(pay, links, states, make)
    assert sent == [{"timeout": 5}]  # sent once, with the transport arguments of the case that needed it
    assert pay.path_parameters == {"invoiceId": "new1"} and pay.body["amount"] == 40
    assert makers.to_json() == {pay_label: 1}
    send = case("POST /invoices/{invoiceId}/send", {"invoiceId": "first"}, {"action": "email"})
    assert st_hooks.fit_to_state(send, links, states, make) and send.path_parameters == {"invoiceId": "new1"}
    assert len(sent) == 1  # a fitting one is known now: nothing more is made
    assert send.body == {"action": "email"}
    states.note({"invoices": [{"_id": "new1", "status": "void"}, {"_id": "empty", "status": "void"}]})
    update = case("PUT /invoices/{invoiceId}", {"invoiceId": "first"}, {"name": "x"})
    assert st_hooks.fit_to_state(update, links, states, make) and update.path_parameters == {"invoiceId": "new2"}
    estimate = case("POST /invoices/estimate/{estimateId}/send", {"estimateId": "e"}, {"action": "email"})
    assert not st_hooks.fit_to_state(estimate, links, states, make) and len(sent) == 2  # nothing makes an estimate
    assert estimate.path_parameters == {"estimateId": "e"}  # so it goes as generated
    assert makers.to_json() == {pay_label: 1, "PUT /invoices/{invoiceId}": 1}
    assert repr(makers).count("2021-07-28") == 0  # the recipe's headers (a token among them) are kept out of reprs
