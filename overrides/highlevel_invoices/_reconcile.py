"""A way back from lost webhooks: find what the receiver missed by listing a location's invoices.

::

    reconciler = InvoiceReconciler(hl, location_id, store=SQLiteReconcileStore("reconcile.db"))
    reconciler.observe(event)          # in the webhook receiver, for every event it accepted
    for event in reconciler.run():     # daily: the InvoiceEvents the receiver missed
        handle(event)                  # is_reconciled(event) is True

HighLevel delivers an event once and drops it when the receiver answers anything but a 2xx or a 429
(QUIRKS Q73). ``run`` pages through ``list-invoices`` (one request per page, through the client, so
within its rate limit and retries), compares each invoice with what the store last saw of it (from
``observe`` or from an earlier run), and yields an ``InvoiceEvent`` for every change it finds:

- an invoice it never saw: ``InvoiceCreate``, then ``InvoiceSent``, ``InvoicePaid``,
  ``InvoicePartiallyPaid`` or ``InvoiceVoid`` when its status is one of those;
- a new status or a new ``amountPaid``: the event of the new status (``InvoiceUpdate`` for
  ``draft`` and ``payment_processing``); any other field changed: ``InvoiceUpdate``;
- an invoice the store knows that the list no longer shows, and ``get-invoice`` answers 404 for:
  ``InvoiceDelete``, with the invoice as last seen (one ``get-invoice`` per such invoice: the list
  shifts while it is read, so absence alone is not proof).

Each event is the invoice as the list answers it, without ``totalSummary`` (``UNSET``: the list does
not carry it), with ``locationId``, ``timestamp`` (when the run found it) and a ``webhookId`` of
``reconciled:<invoiceId>:<type>:<updatedAt>``: :func:`is_reconciled` tells it from a delivered
event, and a repeat of it has the same id. The store records an invoice once the consumer asks for
the next event, and the page's offset once the page is done: a run that stops half-way (an error, a
``break``) resumes there, and yields again at most the events of the invoice it stopped at.

What it cannot see: the changes in between (two updates are one ``InvoiceUpdate``; a reminder sent
again, whose status does not change, is at most an ``InvoiceUpdate`` when it moved ``updatedAt``), fields
the list does not carry, and an invoice created and deleted between two runs whose events were all lost.
``observe`` and ``run`` may run at once (the receiver and the sync): a state older (``updatedAt``) than
the one stored never replaces it.
"""

from __future__ import annotations

import datetime
import json
import threading
import uuid
from collections.abc import AsyncGenerator, Generator, Iterator
from pathlib import Path
from typing import Any, Final, Protocol

from highlevel_invoices_api.models.alt_type import AltType
from highlevel_invoices_api.models.invoice_event import InvoiceEvent
from highlevel_invoices_api.types import decode_tolerantly

from ._client import AsyncHighLevel, HighLevel
from ._errors import NotFoundError
from ._sqlite import ProcessConnection

__all__ = [
    "RECONCILED_PREFIX",
    "AsyncInvoiceReconciler",
    "InvoiceReconciler",
    "MemoryReconcileStore",
    "ReconcileStore",
    "SQLiteReconcileStore",
    "is_reconciled",
]

RECONCILED_PREFIX: Final = "reconciled:"
ENVELOPE: Final = ("type", "locationId", "timestamp", "webhookId")
#: Not compared: the envelope, and what ``get-invoice`` and the events carry that a listing does not.
NOT_COMPARED: Final = frozenset({*ENVELOPE, "totalSummary", "remindersConfiguration"})
#: The event a status announces; another status (``draft``, ``payment_processing``) is an ``InvoiceUpdate``.
STATUS_EVENTS: Final = {
    "sent": "InvoiceSent",
    "paid": "InvoicePaid",
    "partially_paid": "InvoicePartiallyPaid",
    "void": "InvoiceVoid",
}
PAGE_SIZE: Final = 100


def is_reconciled(event: InvoiceEvent) -> bool:
    """Whether ``event`` was found by a reconciler rather than delivered by HighLevel."""
    return event.webhook_id.startswith(RECONCILED_PREFIX)


class ReconcileStore(Protocol):
    """Where a reconciler keeps what it last saw: text values under text keys, and the keys under a prefix.

    The reconciler writes one key per invoice and one per location's run; a store shared by several
    processes (the webhook receiver's and the reconciler's) must make each ``put`` atomic.
    """

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...

    def keys(self, prefix: str) -> list[str]: ...


class MemoryReconcileStore:
    """A process-local :class:`ReconcileStore` (one lock for its threads); gone when the process ends."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self._values[key] = value

    def keys(self, prefix: str) -> list[str]:
        with self._lock:
            return [k for k in self._values if k.startswith(prefix)]


class SQLiteReconcileStore:
    """A :class:`ReconcileStore` in a SQLite file (stdlib ``sqlite3``, WAL mode), shared by one machine's processes.

    Each ``put`` is one statement, so one transaction. Each process uses its own connection, made on first use
    there, so a store created before a web server forks its workers is safe to share (as ``SQLiteSeenStore``).
    """

    def __init__(self, path: str | Path, *, table: str = "highlevel_reconcile", timeout: float = 30.0) -> None:
        if not table.isidentifier():
            raise ValueError(f"table name must be an identifier, got {table!r}")
        self._table = table
        self._sql = ProcessConnection(
            path,
            timeout=timeout,
            setup=(
                "PRAGMA journal_mode=WAL",
                f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            ),
        )

    def get(self, key: str) -> str | None:
        with self._sql as db:
            row = db.execute(f"SELECT value FROM {self._table} WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        with self._sql as db:
            db.execute(f"INSERT OR REPLACE INTO {self._table} (key, value) VALUES (?, ?)", (key, value))

    def keys(self, prefix: str) -> list[str]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        with self._sql as db:
            rows = db.execute(
                f"SELECT key FROM {self._table} WHERE key LIKE ? ESCAPE '\\'", (escaped + "%",)
            ).fetchall()
        return [str(row[0]) for row in rows]

    def close(self) -> None:
        self._sql.close()


def _updated(invoice: dict[str, Any]) -> datetime.datetime | None:
    value = invoice.get("updatedAt")
    try:
        moment = datetime.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment


class _Ledger:
    """What a reconciler of one location knows, in its store; the comparisons; no I/O but the store's."""

    def __init__(self, location_id: str, store: ReconcileStore) -> None:
        self.location = location_id
        self.store = store
        self._invoices = f"highlevel-reconcile:{location_id}:invoice:"
        self._run = f"highlevel-reconcile:{location_id}:run"

    # ------------------------------------------------------------------ the store

    def _record(self, invoice_id: str) -> dict[str, Any] | None:
        raw = self.store.get(self._invoices + invoice_id)
        return None if raw is None else dict(json.loads(raw))

    def _save(self, invoice: dict[str, Any], *, run: str | None, deleted: bool = False) -> None:
        record = {"invoice": invoice, "run": run, "deleted": deleted}
        self.store.put(self._invoices + str(invoice["_id"]), json.dumps(record, separators=(",", ":")))

    def start(self) -> tuple[str, int]:
        """The run to do: the one that stopped half-way, from its offset, else a new one from 0."""
        raw = self.store.get(self._run)
        run = json.loads(raw) if raw is not None else {}
        if run.get("offset") is not None:
            return str(run["id"]), int(run["offset"])
        run_id = uuid.uuid4().hex
        self.store.put(self._run, json.dumps({"id": run_id, "offset": 0}))
        return run_id, 0

    def page_done(self, run_id: str, next_offset: int | None) -> None:
        self.store.put(self._run, json.dumps({"id": run_id, "offset": next_offset}))

    # ------------------------------------------------------------------ comparisons

    def observe(self, event: InvoiceEvent) -> None:
        data = event.to_dict()
        invoice = {k: v for k, v in data.items() if k not in ENVELOPE}
        if not isinstance(invoice.get("_id"), str):
            return  # nothing to file it under (a tolerant decode left the id out)
        record = self._record(invoice["_id"])
        run = None if record is None else record.get("run")
        if data["type"] == "InvoiceDelete":
            self._save(invoice, run=run, deleted=True)
            return
        if record is not None and record["deleted"]:
            return  # a late event of a deleted invoice
        known, new = (None if record is None else _updated(record["invoice"])), _updated(invoice)
        if known is not None and new is not None and known > new:
            return  # an older event arriving late: what is stored is newer
        self._save(invoice, run=run)

    def changes(self, invoice: dict[str, Any]) -> list[InvoiceEvent]:
        """The events ``invoice`` (as listed now) announces against what was last seen of it."""
        record = self._record(str(invoice["_id"]))
        status = invoice.get("status")
        if record is None or record["deleted"]:
            kinds = ["InvoiceCreate"] + ([STATUS_EVENTS[status]] if status in STATUS_EVENTS else [])
            return [self.event(kind, invoice) for kind in kinds]
        seen = record["invoice"]
        known, new = _updated(seen), _updated(invoice)
        if known is not None and new is not None and known > new:
            return []  # a webhook told of a later state than this listing
        if status != seen.get("status") or invoice.get("amountPaid") != seen.get("amountPaid"):
            return [self.event(STATUS_EVENTS.get(str(status), "InvoiceUpdate"), invoice)]
        if any(seen.get(key) != invoice.get(key) for key in (seen.keys() | invoice.keys()) - NOT_COMPARED):
            return [self.event("InvoiceUpdate", invoice)]
        return []

    def seen(self, invoice: dict[str, Any], run_id: str) -> None:
        """``invoice`` as listed by run ``run_id`` is what is known of it now."""
        self._save(invoice, run=run_id)

    def reconcile(self, invoice: dict[str, Any], run_id: str) -> Iterator[InvoiceEvent]:
        """``invoice``'s events (:meth:`changes`), then, once the consumer asks for the next event, the invoice
        recorded as seen by run ``run_id``: a run stopped in between yields them again."""
        yield from self.changes(invoice)
        self.seen(invoice, run_id)

    def page(self, invoices: list[dict[str, Any]], run_id: str) -> Iterator[InvoiceEvent]:
        """The events of one listed page (:meth:`reconcile` for each invoice)."""
        for invoice in invoices:
            if isinstance(invoice.get("_id"), str):  # else an answer that departs from the spec (a tolerant read):
                yield from self.reconcile(invoice, run_id)  # nothing to compare it with

    def missing(self, run_id: str) -> list[dict[str, Any]]:
        """The invoices known and not deleted that run ``run_id`` did not list."""
        found = []
        for key in self.store.keys(self._invoices):
            raw = self.store.get(key)
            record = None if raw is None else json.loads(raw)
            if record is not None and not record["deleted"] and record.get("run") != run_id:
                found.append(record["invoice"])
        return found

    def deleted(self, invoice: dict[str, Any], run_id: str) -> None:
        self._save(invoice, run=run_id, deleted=True)

    def event(self, kind: str, invoice: dict[str, Any]) -> InvoiceEvent:
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        body = {k: v for k, v in invoice.items() if k not in ENVELOPE}
        webhook_id = f"{RECONCILED_PREFIX}{body['_id']}:{kind}:{body.get('updatedAt', '')}"
        body.update(type=kind, locationId=self.location, timestamp=now, webhookId=webhook_id)
        event: InvoiceEvent = decode_tolerantly(InvoiceEvent, body)[0]  # ``totalSummary`` is not in a listing
        return event


def _listed(page: Any) -> list[dict[str, Any]]:
    """A ``list-invoices`` answer's invoices as dicts (none when it departs from the spec: a tolerant read)."""
    return [listed.to_dict() for listed in page.invoices] if isinstance(page.invoices, list) else []


def _next_offset(offset: int, count: int, total: object) -> int | None:
    """The offset of the next page, or ``None`` after the last (an empty page, or ``total`` reached)."""
    offset += count
    if count == 0 or (isinstance(total, int) and not isinstance(total, bool) and offset >= total):
        return None
    return offset


class _Reconciler:
    """What both reconcilers share: the checks of their arguments, the store, ``observe``."""

    def __init__(self, location_id: str, store: ReconcileStore | None, page_size: int) -> None:
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"page_size must be a whole number from 1 to 100 (got {page_size!r})")
        self.location_id = location_id
        self.page_size = page_size
        self.store: ReconcileStore = MemoryReconcileStore() if store is None else store
        self._ledger = _Ledger(location_id, self.store)

    def observe(self, event: InvoiceEvent) -> None:
        """Record an event the receiver accepted, so a run does not yield it again."""
        self._ledger.observe(event)


class InvoiceReconciler(_Reconciler):
    """Find the invoice events a webhook receiver missed for one location (see the module's docstring).

    ``client``: a :class:`HighLevel` whose token reads the location's invoices; ``store``: what was last
    seen (a :class:`MemoryReconcileStore` by default; :class:`SQLiteReconcileStore` to keep it between runs
    and share it with the receiver's processes); ``page_size``: invoices per ``list-invoices`` request.
    """

    def __init__(
        self,
        client: HighLevel,
        location_id: str,
        *,
        store: ReconcileStore | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(location_id, store, page_size)
        self.client = client

    def run(self) -> Generator[InvoiceEvent]:
        """Page through the location's invoices and yield an event for each change found (see above)."""
        ledger = self._ledger
        run_id, offset = ledger.start()
        position: int | None = offset
        while position is not None:
            page = self.client.list_invoices(
                alt_id=self.location_id, alt_type=AltType.LOCATION, limit=str(self.page_size), offset=str(position)
            )
            invoices = _listed(page)
            yield from ledger.page(invoices, run_id)
            position = _next_offset(position, len(invoices), page.total)
            ledger.page_done(run_id, position)
        for invoice in ledger.missing(run_id):
            try:
                found = self.client.get_invoice(
                    str(invoice["_id"]), alt_id=self.location_id, alt_type=AltType.LOCATION
                ).to_dict()
            except NotFoundError:
                yield ledger.event("InvoiceDelete", invoice)
                ledger.deleted(invoice, run_id)
                continue
            yield from ledger.reconcile(found, run_id)  # the list shifted while it was read: it is still there


class AsyncInvoiceReconciler(_Reconciler):
    """:class:`InvoiceReconciler` for an :class:`AsyncHighLevel`: ``async for event in reconciler.run()``."""

    def __init__(
        self,
        client: AsyncHighLevel,
        location_id: str,
        *,
        store: ReconcileStore | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(location_id, store, page_size)
        self.client = client

    async def run(self) -> AsyncGenerator[InvoiceEvent]:
        """Page through the location's invoices and yield an event for each change found."""
        ledger = self._ledger
        run_id, offset = ledger.start()
        position: int | None = offset
        while position is not None:
            page = await self.client.list_invoices(
                alt_id=self.location_id, alt_type=AltType.LOCATION, limit=str(self.page_size), offset=str(position)
            )
            invoices = _listed(page)
            for event in ledger.page(invoices, run_id):
                yield event
            position = _next_offset(position, len(invoices), page.total)
            ledger.page_done(run_id, position)
        for invoice in ledger.missing(run_id):
            try:
                found = (
                    await self.client.get_invoice(
                        str(invoice["_id"]), alt_id=self.location_id, alt_type=AltType.LOCATION
                    )
                ).to_dict()
            except NotFoundError:
                yield ledger.event("InvoiceDelete", invoice)
                ledger.deleted(invoice, run_id)
                continue
            for event in ledger.reconcile(found, run_id):  # the list shifted while it was read: it is still there
                yield event
