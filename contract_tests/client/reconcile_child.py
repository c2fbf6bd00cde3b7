"""A webhook receiver's process feeding a shared reconcile store (spawned; apart from the tests, to start fast)."""

from __future__ import annotations

import json

from highlevel_invoices import HighLevel, InvoiceReconciler, SQLiteReconcileStore
from highlevel_invoices_api.models import InvoiceEvent


def observe_in_child(db: str, location: str, events: list[str]) -> None:
    """Feed ``events`` (JSON bodies) to a reconciler on the shared file ``db``; no request is made."""
    store = SQLiteReconcileStore(db)
    with HighLevel("unused-token", base_url="http://unused.invalid") as hl:
        reconciler = InvoiceReconciler(hl, location, store=store)
        for body in events:
            reconciler.observe(InvoiceEvent.from_dict(json.loads(body)))
    store.close()
