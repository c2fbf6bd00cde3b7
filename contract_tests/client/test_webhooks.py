"""``verify_webhook``: a signed, fresh, first-seen invoice event comes back typed; anything else is refused with why."""

from __future__ import annotations

import base64
import copy
import datetime
import functools
import json
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import highlevel_invoices
from contract_tests import spec_tools
from highlevel_invoices import (
    MemorySeenStore,
    SeenStore,
    SQLiteSeenStore,
    WebhookVerificationError,
    WebhookVerifier,
    models,
    verify_webhook,
)
from highlevel_invoices._errors import REASONS
from highlevel_invoices._webhooks import (
    HIGHLEVEL_ED25519_PUBLIC_KEY,
    HIGHLEVEL_RSA_PUBLIC_KEY,
    LEGACY_RSA_CUTOVER,
    PUBLIC_KEY_ENV,
)
from highlevel_invoices_api.models import InvoiceEvent, InvoiceEventType, InvoiceStatus

from . import helpers
from .webhook_receiver import receive_in_turn, verify_in_turn

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime.datetime(2026, 11, 22, 12, 0, 0, tzinfo=datetime.UTC)
KEY = Ed25519PrivateKey.generate()
PEM = KEY.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
RSA_PEM = (
    RSA_KEY.public_key()
    .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    .decode()
)


def clock(at: datetime.datetime = NOW) -> Callable[[], datetime.datetime]:
    return lambda: at


def event_body(kind: str = "InvoicePaid", *, sent: datetime.datetime = NOW, **overrides: Any) -> dict[str, Any]:
    """The vendor's invoice (seed 003:131) with its totals and an envelope."""
    return {
        **copy.deepcopy(helpers.INVOICE_WITH_SUMMARY),
        "type": kind,
        "locationId": helpers.INVOICE_WITH_SUMMARY["altId"],
        "timestamp": sent.isoformat().replace("+00:00", "Z"),
        "webhookId": uuid.uuid4().hex,
        **overrides,
    }


def ed25519_headers(raw: bytes, key: Ed25519PrivateKey = KEY) -> dict[str, str]:
    return {"Content-Type": "application/json", "X-GHL-Signature": base64.b64encode(key.sign(raw)).decode()}


def rsa_headers(raw: bytes, key: rsa.RSAPrivateKey = RSA_KEY) -> dict[str, str]:
    signature = key.sign(raw, padding.PKCS1v15(), hashes.SHA256())
    return {"Content-Type": "application/json", "X-WH-Signature": base64.b64encode(signature).decode()}


def signed(body: dict[str, Any] | bytes) -> tuple[bytes, dict[str, str]]:
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return raw, ed25519_headers(raw)


def verifier(**kwargs: Any) -> WebhookVerifier:
    kwargs.setdefault("public_key", PEM)
    kwargs.setdefault("clock", clock())
    return WebhookVerifier(**kwargs)


def refusal(check: Callable[[], object]) -> WebhookVerificationError:
    with pytest.raises(WebhookVerificationError) as info:
        check()
    return info.value


# ------------------------------------------------------------------ accepted


@pytest.mark.parametrize("kind", [member.value for member in InvoiceEventType])
def test_a_signed_fresh_event_comes_back_typed(kind: str) -> None:
    body = event_body(kind)
    raw, headers = signed(body)
    event = verifier().verify(raw, headers)
    assert type(event) is InvoiceEvent
    assert event == InvoiceEvent.from_dict(body)
    assert event.type_ is InvoiceEventType(kind)
    assert (event.webhook_id, event.location_id, event.timestamp) == (body["webhookId"], body["locationId"], NOW)
    assert event.to_dict()["invoiceNumber"] == helpers.INVOICE_WITH_SUMMARY["invoiceNumber"]


class Pairs:
    """The least a header object must offer: ``items()``."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs

    def items(self) -> list[tuple[str, str]]:
        return self.pairs


@pytest.mark.parametrize(
    "headers",
    [
        lambda h: {k.lower(): v for k, v in h.items()},
        lambda h: {k.upper(): v for k, v in h.items()},
        httpx.Headers,
        lambda h: Pairs([(k.swapcase(), v) for k, v in h.items()]),
    ],
    ids=["lower", "upper", "httpx.Headers", "items-only"],
)
def test_header_names_in_any_case_and_any_mapping(headers: Callable[[dict[str, str]], Any]) -> None:
    raw, sent = signed(event_body())
    assert verifier().verify(raw, headers(sent)).type_ is InvoiceEventType.INVOICE_PAID


def test_the_exact_bytes_are_verified_not_a_reserialisation() -> None:
    raw = json.dumps(event_body(), indent=2, separators=(",", " :  ")).encode()
    assert verifier().verify(raw, ed25519_headers(raw)).type_ is InvoiceEventType.INVOICE_PAID
    with pytest.raises(TypeError, match="raw body bytes"):
        verifier().verify(raw.decode(), ed25519_headers(raw))  # type: ignore[arg-type]


# ------------------------------------------------------------------ refused, each with its reason


def test_a_tampered_body_is_refused() -> None:
    raw, headers = signed(event_body(amountPaid=0))
    tampered = raw.replace(b'"amountPaid": 0', b'"amountPaid": 9')
    assert tampered != raw
    error = refusal(lambda: verifier().verify(tampered, headers))
    assert (error.reason, str(error)) == (
        "bad_signature",
        "webhook refused (bad_signature): X-GHL-Signature does not match the body and the Ed25519 key",
    )


def test_a_body_signed_with_another_key_is_refused() -> None:
    raw = json.dumps(event_body()).encode()
    error = refusal(lambda: verifier().verify(raw, ed25519_headers(raw, Ed25519PrivateKey.generate())))
    assert error.reason == "bad_signature"
    assert "does not match the body and the Ed25519 key" in str(error)


def test_a_signature_that_is_not_base64_is_refused() -> None:
    raw, headers = signed(event_body())
    error = refusal(lambda: verifier().verify(raw, {**headers, "X-GHL-Signature": "not base64!"}))
    assert (error.reason, error.detail) == ("bad_signature", "x-ghl-signature is not base64")


@pytest.mark.parametrize(("age", "said"), [(301, "301 s old"), (3600, "3600 s old"), (-301, "301 s in the future")])
def test_a_timestamp_outside_the_window_is_refused(age: int, said: str) -> None:
    sent = NOW - datetime.timedelta(seconds=age)
    raw, headers = signed(event_body(sent=sent))
    error = refusal(lambda: verifier().verify(raw, headers))
    assert (error.reason, error.detail) == (
        "stale_timestamp",
        f"timestamp {sent.isoformat()} is {said}, beyond the 300 s tolerance",
    )


def test_the_window_is_configurable_and_its_edge_is_inside() -> None:
    raw, headers = signed(event_body(sent=NOW - datetime.timedelta(seconds=300)))
    assert verifier().verify(raw, headers).timestamp == NOW - datetime.timedelta(seconds=300)
    raw, headers = signed(event_body(sent=NOW - datetime.timedelta(minutes=9)))
    assert verifier(tolerance=datetime.timedelta(minutes=10)).verify(raw, headers).webhook_id
    with pytest.raises(ValueError, match="tolerance must be positive"):
        verifier(tolerance=0)


def test_a_replayed_webhook_id_is_refused() -> None:
    raw, headers = signed(event_body(webhookId="wh-1"))
    check = verifier()
    assert check.verify(raw, headers).webhook_id == "wh-1"
    error = refusal(lambda: check.verify(raw, headers))
    assert (error.reason, error.detail) == ("replayed", f"webhookId 'wh-1' was already accepted at {NOW.isoformat()}")


def test_an_unsigned_request_is_refused() -> None:
    raw, _ = signed(event_body())
    for headers in ({}, {"Content-Type": "application/json"}, {"X-GHL-Signature": "  "}):
        error = refusal(lambda: verifier().verify(raw, headers))  # noqa: B023
        assert (error.reason, error.detail) == ("no_signature", "the request is not signed (no X-GHL-Signature header)")


def test_a_body_that_is_not_json_is_refused() -> None:
    raw, headers = signed(b"type=InvoicePaid")
    error = refusal(lambda: verifier().verify(raw, headers))
    assert error.reason == "not_json"
    # orjson's words (the body is parsed strictly, issue 23 item 5); they say where, as the standard library's did
    assert error.detail == "the body is not JSON (invalid literal, expected 'true': line 1 column 1 (char 0))"
    raw, headers = signed(b"\xff\xfe")
    assert refusal(lambda: verifier().verify(raw, headers)).reason == "not_json"


@pytest.mark.parametrize(
    ("kind", "said"), [("ContactCreate", "`type` 'ContactCreate'"), ("invoicepaid", "`type` 'invoicepaid'")]
)
def test_an_unknown_event_type_is_refused(kind: str, said: str) -> None:
    raw, headers = signed(event_body(kind))
    error = refusal(lambda: verifier().verify(raw, headers))
    assert error.reason == "unknown_event_type"
    assert error.detail == (
        f"{said} is not an invoice event (InvoiceCreate, InvoiceDelete, InvoicePaid, InvoicePartiallyPaid, "
        "InvoiceSent, InvoiceUpdate, InvoiceVoid)"
    )


def test_a_body_without_type_is_an_unknown_event() -> None:
    body = event_body()
    del body["type"]
    raw, headers = signed(body)
    error = refusal(lambda: verifier().verify(raw, headers))
    assert error.reason == "unknown_event_type"
    assert error.detail.startswith("no `type` is not an invoice event")


@pytest.mark.parametrize("field", ["webhookId", "timestamp", "locationId", "total"])
def test_a_body_without_a_required_field_is_refused(field: str) -> None:
    """QUIRKS Q70: the envelope is required; the vendor's examples lack it."""
    body = event_body()
    del body[field]
    raw, headers = signed(body)
    error = refusal(lambda: verifier().verify(raw, headers))
    assert (error.reason, error.detail) == ("invalid_body", f"InvoicePaid: the body has no {field!r}")


def test_a_json_body_that_is_not_an_object_is_refused() -> None:
    raw, headers = signed(b"[1, 2]")
    error = refusal(lambda: verifier().verify(raw, headers))
    assert (error.reason, error.detail) == ("invalid_body", "the body is a JSON list, not an object")


def test_a_refused_delivery_is_not_remembered() -> None:
    """Only an accepted id is stored: a forged copy cannot block the genuine delivery."""
    body = event_body(webhookId="wh-forged-first")
    raw, headers = signed(body)
    check = verifier()
    forged = json.dumps(body).encode()
    refusal(lambda: check.verify(forged, ed25519_headers(forged, Ed25519PrivateKey.generate())))
    assert check.verify(raw, headers).webhook_id == "wh-forged-first"


def test_every_reason_has_a_refusal_above() -> None:
    assert set(REASONS) == {
        "no_signature", "bad_signature", "not_json", "unknown_event_type", "invalid_body", "stale_timestamp",
        "replayed",
    }  # fmt: skip
    assert issubclass(WebhookVerificationError, highlevel_invoices.HighLevelError)


# ------------------------------------------------------------------ legacy RSA (X-WH-Signature)


def test_the_rsa_path_with_a_key_pair_made_here() -> None:
    raw = json.dumps(event_body()).encode()
    check = verifier(legacy_rsa=True, rsa_public_key=RSA_PEM)
    assert check.verify(raw, rsa_headers(raw)).type_ is InvoiceEventType.INVOICE_PAID
    raw2 = json.dumps(event_body()).encode()
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    error = refusal(lambda: check.verify(raw2, rsa_headers(raw2, other)))
    assert (error.reason, error.detail) == ("bad_signature", "X-WH-Signature does not match the body and the RSA key")


def test_rsa_is_off_after_the_cutover_unless_switched_on() -> None:
    raw = json.dumps(event_body()).encode()
    error = refusal(lambda: verifier(rsa_public_key=RSA_PEM).verify(raw, rsa_headers(raw)))
    assert error.reason == "no_signature"
    assert error.detail == (
        "the request has no X-GHL-Signature header, only the legacy X-WH-Signature, which HighLevel "
        "stopped sending on 2026-07-01 (legacy_rsa=True accepts it)"
    )
    before = LEGACY_RSA_CUTOVER - datetime.timedelta(seconds=1)
    raw = json.dumps(event_body(sent=before)).encode()
    assert verifier(rsa_public_key=RSA_PEM, clock=clock(before)).verify(raw, rsa_headers(raw)).webhook_id
    raw = json.dumps(event_body(sent=before)).encode()
    error = refusal(lambda: verifier(rsa_public_key=RSA_PEM, legacy_rsa=False, clock=clock(before)).verify(
        raw, rsa_headers(raw)
    ))  # fmt: skip
    assert error.reason == "no_signature"


def test_ed25519_wins_over_rsa_and_a_bad_one_is_not_rescued_by_rsa() -> None:
    raw = json.dumps(event_body()).encode()
    forged = ed25519_headers(raw, Ed25519PrivateKey.generate())
    error = refusal(
        lambda: verifier(legacy_rsa=True, rsa_public_key=RSA_PEM).verify(raw, {**rsa_headers(raw), **forged})
    )
    assert error.reason == "bad_signature"
    assert "X-GHL-Signature" in error.detail


def test_the_built_in_keys_are_the_vendors_published_ones() -> None:
    rsa_key = load_pem_public_key(HIGHLEVEL_RSA_PUBLIC_KEY.encode())
    assert isinstance(rsa_key, RSAPublicKey)
    assert rsa_key.key_size == 4096
    assert isinstance(load_pem_public_key(HIGHLEVEL_ED25519_PUBLIC_KEY.encode()), Ed25519PublicKey)


def test_the_ed25519_key_comes_from_the_argument_the_environment_or_the_vendor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw, headers = signed(event_body())
    monkeypatch.delenv(PUBLIC_KEY_ENV, raising=False)
    assert refusal(lambda: verify_webhook(raw, headers, clock=clock())).reason == "bad_signature"  # vendor's key
    monkeypatch.setenv(PUBLIC_KEY_ENV, PEM.decode())
    assert verify_webhook(raw, headers, clock=clock(), seen=MemorySeenStore()).webhook_id
    monkeypatch.setenv(PUBLIC_KEY_ENV, HIGHLEVEL_ED25519_PUBLIC_KEY)
    assert verify_webhook(raw, headers, clock=clock(), public_key=PEM, seen=MemorySeenStore()).webhook_id
    with pytest.raises(TypeError, match="must be an Ed25519 public key, got RSAPublicKey"):
        WebhookVerifier(public_key=RSA_PEM)
    with pytest.raises(ValueError, match="not a PEM public key"):
        WebhookVerifier(public_key="-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")


def test_verify_webhook_remembers_ids_across_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    raw, headers = signed(event_body())
    assert verify_webhook(raw, headers, public_key=PEM, clock=clock()).type_ is InvoiceEventType.INVOICE_PAID
    assert refusal(lambda: verify_webhook(raw, headers, public_key=PEM, clock=clock())).reason == "replayed"


# ------------------------------------------------------------------ the vendor's own examples (QUIRKS Q71, Q72)


def test_the_vendors_delete_example_status_parses() -> None:
    """Q71: ``status: "delete"`` is outside ``InvoiceStatus``; the event still comes back, the value kept."""
    raw, headers = signed(event_body("InvoiceDelete", status="delete"))
    event = verifier().verify(raw, headers)
    assert (event.type_, event.status.value, event.status in set(InvoiceStatus)) == (
        InvoiceEventType.INVOICE_DELETE,
        "delete",
        False,
    )


def test_the_vendors_update_example_address_string_parses() -> None:
    """Q72 (as Q8): a string ``businessDetails.address`` is kept as ``addressLine1``."""
    body = event_body("InvoiceUpdate")
    body["businessDetails"] = {**body["businessDetails"], "address": "9931 Beechwood, TX"}
    raw, headers = signed(body)
    event = verifier().verify(raw, headers)
    assert isinstance(event.business_details.address, models.Address)
    assert event.business_details.address.address_line_1 == "9931 Beechwood, TX"


# ------------------------------------------------------------------ seen-id stores


def test_the_default_store_keeps_ids_for_twice_the_tolerance() -> None:
    puts: list[tuple[str, str, float | None]] = []

    class Recording(MemorySeenStore):
        def put(self, key: str, value: str, *, expires_in: float | None = None) -> None:
            puts.append((key, value, expires_in))
            super().put(key, value, expires_in=expires_in)

    raw, headers = signed(event_body(webhookId="wh-ttl"))
    verifier(seen=Recording(), tolerance=120).verify(raw, headers)
    assert puts == [("highlevel-webhook:wh-ttl", NOW.isoformat(), 240.0)]


def test_memory_store_expiry() -> None:
    now = [100.0]
    store = MemorySeenStore(clock=lambda: now[0])
    store.put("a", "1", expires_in=10)
    store.put("b", "2")
    assert (store.get("a"), store.get("b"), len(store)) == ("1", "2", 2)
    now[0] = 110.0
    assert (store.get("a"), store.get("b"), len(store)) == (None, "2", 1)


def test_sqlite_store_is_shared_between_instances_and_expires(tmp_path: Path) -> None:
    now = [1000.0]
    first = SQLiteSeenStore(tmp_path / "seen.db", clock=lambda: now[0])
    second = SQLiteSeenStore(tmp_path / "seen.db", clock=lambda: now[0])
    raw, headers = signed(event_body(webhookId="wh-sqlite"))
    assert verifier(seen=first).verify(raw, headers).webhook_id == "wh-sqlite"
    error = refusal(lambda: verifier(seen=second).verify(raw, headers))
    assert error.reason == "replayed"
    assert second.get("highlevel-webhook:wh-sqlite") == NOW.isoformat()
    now[0] += 600.0
    assert second.get("highlevel-webhook:wh-sqlite") is None
    first.close()
    second.close()
    with pytest.raises(ValueError, match="identifier"):
        SQLiteSeenStore(tmp_path / "x.db", table="seen; DROP TABLE x")


def test_concurrent_copies_of_one_delivery_are_accepted_once() -> None:
    class SlowStore(MemorySeenStore):
        """A store that takes its time, as a database does: the window where a race would show."""

        def get(self, key: str) -> str | None:
            value = super().get(key)
            time.sleep(0.01)
            return value

    raw, headers = signed(event_body(webhookId="wh-race"))
    check = verifier(seen=SlowStore())
    outcomes: list[str] = []
    barrier = threading.Barrier(8)

    def receive() -> None:
        barrier.wait()
        try:
            check.verify(raw, headers)
            outcomes.append("accepted")
        except WebhookVerificationError as exc:
            outcomes.append(exc.reason)

    threads = [threading.Thread(target=receive) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["accepted"] + ["replayed"] * 7


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
def test_add_stores_only_an_absent_key_and_takes_over_an_expired_one(backend: str, tmp_path: Path) -> None:
    now = [1000.0]
    store: SeenStore = (
        MemorySeenStore(clock=lambda: now[0])
        if backend == "memory"
        else SQLiteSeenStore(tmp_path / "seen.db", clock=lambda: now[0])
    )
    assert store.add("k", "first", expires_in=10) is True
    assert store.add("k", "second", expires_in=10) is False
    assert store.get("k") == "first"
    now[0] += 9.9
    assert store.add("k", "third", expires_in=10) is False
    now[0] += 0.1  # expired: absent, and taken over by the next add
    assert store.get("k") is None
    assert store.add("k", "fourth", expires_in=10) is True
    assert store.get("k") == "fourth"
    assert store.add("forever", "x") is True
    now[0] += 1e9
    assert (store.add("forever", "y"), store.get("forever")) == (False, "x")


def test_sqlite_add_rolls_back_when_its_write_fails(tmp_path: Path) -> None:
    store = SQLiteSeenStore(tmp_path / "seen.db", timeout=0.1)
    blocker = sqlite3.connect(tmp_path / "seen.db", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds the write lock past the timeout
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        store.add("k", "v", expires_in=10)
    blocker.execute("ROLLBACK")
    assert store.add("k", "v", expires_in=10) is True  # nothing half-done was left behind
    blocker.close()
    store.close()


class GetPutStore:
    """A user's store written for the earlier protocol: ``get`` and ``put``, no ``add``."""

    def __init__(self) -> None:
        self.entries: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.entries.get(key)

    def put(self, key: str, value: str, *, expires_in: float | None = None) -> None:
        self.entries[key] = value


def test_a_get_put_store_still_refuses_replays_in_its_process_and_warns_that_it_is_not_shared() -> None:
    store = GetPutStore()
    with pytest.warns(UserWarning, match=r"GetPutStore has no add\(.*within this process only"):
        check = WebhookVerifier(public_key=PEM, clock=clock(), seen=store)  # type: ignore[arg-type]  # no add: mypy says so
    raw, headers = signed(event_body(webhookId="wh-legacy"))
    assert check.verify(raw, headers).webhook_id == "wh-legacy"
    assert refusal(lambda: check.verify(raw, headers)).reason == "replayed"
    assert store.entries == {"highlevel-webhook:wh-legacy": NOW.isoformat()}


def test_a_seen_store_without_add_or_put_is_refused_at_once() -> None:
    class ReadOnly:
        def get(self, key: str) -> str | None:
            return None

    with pytest.raises(TypeError, match=r"seen must have add\(key, value, \*, expires_in=None\), got ReadOnly"):
        WebhookVerifier(public_key=PEM, seen=ReadOnly())  # type: ignore[arg-type]


PROCESSES = 2
IDS = 120


def test_processes_sharing_a_sqlite_store_accept_each_id_exactly_once(tmp_path: Path) -> None:
    """Issue 23 item 4: copies of one delivery verified at the same instant by several processes."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    start = context.Barrier(PROCESSES)
    now = datetime.datetime.now(datetime.UTC)
    deliveries = [signed(event_body(sent=now, webhookId=f"wh-{i:03d}")) for i in range(IDS)]
    db = str(tmp_path / "seen.db")
    SQLiteSeenStore(db).close()  # the table exists before the race starts
    outs = [str(tmp_path / f"out{i}.json") for i in range(PROCESSES)]
    workers = [context.Process(target=receive_in_turn, args=(db, PEM, deliveries, start, out)) for out in outs]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0] * PROCESSES
    outcomes = [json.loads(Path(out).read_text(encoding="utf-8")) for out in outs]
    per_id = [sorted(outcome[i] for outcome in outcomes) for i in range(IDS)]
    twice = [f"wh-{i:03d}" for i, seen in enumerate(per_id) if seen.count("accepted") != 1]
    assert twice == [], f"{len(twice)} of {IDS} ids accepted other than once"
    assert all(seen == ["accepted"] + ["replayed"] * (PROCESSES - 1) for seen in per_id)


def test_a_sqlite_store_opened_before_the_workers_fork_accepts_each_id_once(tmp_path: Path) -> None:
    """A web server that loads the app, then forks its workers: the children inherit an open store."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    check = WebhookVerifier(public_key=PEM, seen=SQLiteSeenStore(tmp_path / "seen.db"))  # the real clock
    now = datetime.datetime.now(datetime.UTC)
    check.verify(*signed(event_body(sent=now)))  # the parent has used its connection
    deliveries = [signed(event_body(sent=now, webhookId=f"wh-{i:03d}")) for i in range(IDS)]
    start = context.Barrier(PROCESSES)
    outs = [str(tmp_path / f"out{i}.json") for i in range(PROCESSES)]
    workers = [context.Process(target=verify_in_turn, args=(check, deliveries, start, out)) for out in outs]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [worker.exitcode for worker in workers] == [0] * PROCESSES
    outcomes = [json.loads(Path(out).read_text(encoding="utf-8")) for out in outs]
    assert all(sorted(o[i] for o in outcomes) == ["accepted"] + ["replayed"] * (PROCESSES - 1) for i in range(IDS))


# ------------------------------------------------------------------ property: a signed body verifies or is refused


def verifies_or_is_refused(check: WebhookVerifier, raw: bytes) -> str:
    """Sign ``raw`` with the test key and verify it: an event or a refusal with a reason; any other exception fails."""
    try:
        event = check.verify(raw, ed25519_headers(raw))
    except WebhookVerificationError as exc:
        assert exc.reason in REASONS
        assert exc.detail and str(exc) == f"webhook refused ({exc.reason}): {exc.detail}"
        return exc.reason
    assert type(event) is InvoiceEvent
    return "accepted"


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def test_a_body_nested_100000_levels_deep_is_refused() -> None:
    """Issue 23 item 5: it raised RecursionError."""
    raw, headers = signed(nested(100_000))
    assert refusal(lambda: verifier().verify(raw, headers)).reason == "not_json"  # past orjson's own bound (1024)


@pytest.mark.parametrize("field", ["_id", "deep"])
def test_a_field_nested_1000_levels_deep_is_refused_before_it_is_decoded(field: str) -> None:
    """Under orjson's bound, yet past Python's recursion limit for the repr of a wrong value in an error message.

    (Not a Hypothesis property: Hypothesis raises the recursion limit while it runs a test.)
    """
    raw = json.dumps({**event_body(), field: "PLACEHOLDER"}).encode().replace(b'"PLACEHOLDER"', nested(1000))
    error = refusal(lambda: verifier().verify(raw, ed25519_headers(raw)))
    assert (error.reason, error.detail) == (
        "invalid_body",
        "the body nests arrays and objects more than 64 levels deep",
    )
    shallow = json.dumps({**event_body(), "deep": "PLACEHOLDER"}).encode().replace(b'"PLACEHOLDER"', nested(63))
    assert verifier().verify(shallow, ed25519_headers(shallow)).additional_properties["deep"]


def test_a_type_that_is_not_a_string_is_an_unknown_event() -> None:
    """Issue 23 item 5: ``"type": ["InvoiceCreate"]`` raised ``TypeError: unhashable type: 'list'``."""
    raw, headers = signed(event_body(type=["InvoiceCreate"]))
    error = refusal(lambda: verifier().verify(raw, headers))
    assert error.reason == "unknown_event_type"
    assert error.detail.startswith("`type` array ['InvoiceCreate'] is not an invoice event")


def test_json_that_is_not_strict_json_is_refused_as_not_json() -> None:
    for raw in (b'{"total": NaN}', b'{"total": Infinity}', b'{"webhookId": "\\ud800"}', b'{"a": "\xff"}'):
        assert refusal(lambda: verifier().verify(raw, ed25519_headers(raw))).reason == "not_json"  # noqa: B023


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=25,
)
EVENT_KEYS = sorted(event_body())
OFFSETS = st.builds(
    datetime.timezone,
    st.timedeltas(
        min_value=-datetime.timedelta(hours=23, minutes=59), max_value=datetime.timedelta(hours=23, minutes=59)
    ),
)
HOSTILE = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@HOSTILE
@given(raw=st.binary(max_size=300))
def test_any_signed_bytes_verify_or_are_refused(raw: bytes) -> None:
    verifies_or_is_refused(verifier(), raw)


@HOSTILE
@given(value=JSON_VALUES)
def test_any_signed_json_value_verifies_or_is_refused(value: Any) -> None:
    verifies_or_is_refused(verifier(), json.dumps(value).encode())


@HOSTILE
@given(key=st.sampled_from(EVENT_KEYS), value=JSON_VALUES | st.just(KeyError), inner=st.booleans())
def test_an_event_with_any_field_replaced_or_removed_verifies_or_is_refused(key: str, value: Any, inner: bool) -> None:
    body = event_body()
    target = body[key] if inner and isinstance(body[key], dict) and body[key] else body
    name = sorted(target)[0] if target is not body else key
    if value is KeyError:
        del target[name]
    else:
        target[name] = value
    verifies_or_is_refused(verifier(), json.dumps(body).encode())


@HOSTILE
@given(
    when=st.datetimes(
        min_value=datetime.datetime(1, 1, 2),
        max_value=datetime.datetime(9999, 12, 30),
        timezones=st.one_of(st.none(), OFFSETS),
    )
    | st.text(max_size=40),
    webhook_id=st.text(max_size=40),
)
def test_an_event_with_any_timestamp_and_webhook_id_verifies_or_is_refused(when: Any, webhook_id: str) -> None:
    stamp = when.isoformat() if isinstance(when, datetime.datetime) else when
    body = event_body(timestamp=stamp, webhookId=webhook_id)
    verifies_or_is_refused(
        verifier(clock=clock(when if isinstance(when, datetime.datetime) and when.tzinfo else NOW)),
        json.dumps(body).encode(),
    )


@HOSTILE
@given(
    key=st.sampled_from(EVENT_KEYS),
    depth=st.integers(min_value=0, max_value=3000),
    kind=st.sampled_from("[{"),
)
def test_an_event_with_a_field_nested_any_depth_verifies_or_is_refused(key: str, depth: int, kind: str) -> None:
    opening, closing = (b"[", b"]") if kind == "[" else (b'{"a":', b"}")
    value = opening * depth + b"1" + closing * depth
    raw = json.dumps({**event_body(), key: "PLACEHOLDER"}).encode().replace(b'"PLACEHOLDER"', value)
    verifies_or_is_refused(verifier(), raw)


@HOSTILE
@given(data=st.data())
def test_an_event_with_any_bytes_spliced_in_verifies_or_is_refused(data: st.DataObject) -> None:
    raw = json.dumps(event_body()).encode()
    start = data.draw(st.integers(min_value=0, max_value=len(raw)))
    end = data.draw(st.integers(min_value=start, max_value=min(len(raw), start + 20)))
    verifies_or_is_refused(verifier(), raw[:start] + data.draw(st.binary(max_size=20)) + raw[end:])


# ------------------------------------------------------------------ property: every body the spec allows is accepted


@functools.cache
def webhook_schema() -> Any:
    """The spec with one synthetic operation per webhook, whose request body is that event's body."""
    derived = copy.deepcopy(spec_tools.load_spec())
    derived["paths"] = {
        f"/events/{kind}": {
            "post": {
                "operationId": f"event-{kind}",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": pointer}}}},
                "responses": {"200": {"description": "unused"}},
            }
        }
        for kind, pointer in ((k, f"#/webhooks/{k}/post/requestBody/content/application~1json/schema") for k in EVENTS)
    }
    derived.pop("security", None)
    return schemathesis.openapi.from_dict(derived)


EVENTS = [member.value for member in InvoiceEventType]


def every_valid_body_is_accepted_and_round_trips(kind: str) -> None:
    operation = webhook_schema()[f"/events/{kind}"]["POST"]
    check = verifier()

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(case=operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE))
    def accepted(case: Any) -> None:
        body = {**case.body, "timestamp": NOW.isoformat(), "webhookId": uuid.uuid4().hex}
        raw, headers = signed(body)
        event = check.verify(raw, headers)
        assert event.type_.value == kind
        assert event.to_dict() == body

    accepted()


@pytest.mark.parametrize("kind", EVENTS)
def test_every_valid_body_of_every_event_is_accepted_and_round_trips(kind: str) -> None:
    # In a fresh interpreter: late in a long xdist worker (after about 700 other tests) this generation
    # failed and then spun, and in a process of its own it never did; the cause is not found yet (said in
    # the session's closing note), so the check runs where nothing another test left behind can reach it.
    check = "every_valid_body_is_accepted_and_round_trips"
    code = f"from contract_tests.client import test_webhooks as t; t.{check}({kind!r})"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
