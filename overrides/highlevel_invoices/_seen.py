"""Where accepted webhook ids are kept, so a replayed delivery is refused: the ``SeenStore`` protocol and two stores.

::

    SeenStore         an atomic "add if absent" with an expiry, and a read
      MemorySeenStore   one process (a lock for its threads)
      SQLiteSeenStore   one SQLite file, shared by the processes of one machine

``WebhookVerifier`` (``_webhooks``) adds each accepted ``webhookId`` in one step, so of
several copies of a delivery verified at once, in any number of processes sharing the
store, exactly one is accepted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ._sqlite import ProcessConnection

__all__ = ["MemorySeenStore", "SQLiteSeenStore", "SeenStore"]


class SeenStore(Protocol):
    """Where accepted ``webhookId``s are kept: an atomic "add if absent" with an expiry, and a read.

    ``add(key, value, expires_in=...)`` stores ``value`` under ``key`` only when no live entry
    is there, and answers whether it did, as one atomic step for everyone sharing the store:
    of several processes adding one key at the same instant, exactly one gets ``True``. That
    is what refuses a replay that reaches two workers at once. An expired entry counts as
    absent and is taken over within the same step. ``get`` reads a live entry (the refusal
    names when the id was accepted). ``expires_in`` is in seconds.

    A Redis store is one command: ``SET key value NX PX ms`` (or ``EX s``, whole seconds) sets
    the key only when it is absent (Redis drops an expired key itself) and answers ``OK`` only then::

        class RedisSeenStore:
            def __init__(self, redis: "redis.Redis") -> None:
                self.redis = redis

            def add(self, key: str, value: str, *, expires_in: float | None = None) -> bool:
                px = None if expires_in is None else max(1, int(expires_in * 1000))
                return bool(self.redis.set(key, value, nx=True, px=px))

            def get(self, key: str) -> str | None:
                value = self.redis.get(key)
                return None if value is None else value.decode()

    A store written for the earlier protocol, with ``get`` and ``put(key, value, *,
    expires_in=None)`` but no ``add``, still works: :class:`WebhookVerifier` warns
    (:class:`UserWarning`) and then reads and writes it under a lock of its own process,
    which refuses a replay within that process only. Add ``add`` to share it between processes.
    """

    def add(self, key: str, value: str, *, expires_in: float | None = None) -> bool: ...

    def get(self, key: str) -> str | None: ...


class LegacySeenStore(Protocol):
    """The earlier seen-store protocol: a read and a write, no atomic add."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str, *, expires_in: float | None = None) -> None: ...


class MemorySeenStore:
    """A process-local :class:`SeenStore` (one lock for its threads); expired entries are dropped as new ones arrive."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        # Reentrant: ``add`` reads and writes through ``get`` and ``put`` under it, as one step.
        self._lock = threading.RLock()
        self._entries: dict[str, tuple[str, float | None]] = {}

    def add(self, key: str, value: str, *, expires_in: float | None = None) -> bool:
        with self._lock:
            if self.get(key) is not None:
                return False
            self.put(key, value, expires_in=expires_in)
            return True

    def get(self, key: str) -> str | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            value, expires_at = entry
            if expires_at is not None and expires_at <= self._clock():
                del self._entries[key]
                return None
            return value

    def put(self, key: str, value: str, *, expires_in: float | None = None) -> None:
        with self._lock:
            now = self._clock()
            self._entries = {k: e for k, e in self._entries.items() if e[1] is None or e[1] > now}
            self._entries[key] = (value, None if expires_in is None else now + expires_in)

    def __len__(self) -> int:
        with self._lock:
            now = self._clock()
            return sum(1 for _, expires_at in self._entries.values() if expires_at is None or expires_at > now)


class SQLiteSeenStore:
    """A :class:`SeenStore` in a SQLite file (stdlib ``sqlite3``), shared by the processes that open it.

    ``add`` is one transaction holding the file's write lock (``BEGIN IMMEDIATE``): it
    deletes the expired rows, then ``INSERT ... ON CONFLICT DO NOTHING``, and the row count
    says whether this call added the key. Of several processes adding one key at once, one
    inserts and the others find it. Each process uses its own connection, made on first
    use there, so a store created before a web server forks its workers is safe to share.
    The file is in WAL mode: the processes sharing it must run on one machine (a local
    disk, not a network share); across machines, use a shared server (Redis, above).
    ``timeout`` is how long a call waits for another process's write (seconds).
    """

    def __init__(
        self,
        path: str | Path,
        *,
        table: str = "highlevel_store",
        clock: Callable[[], float] = time.time,
        timeout: float = 30.0,
    ) -> None:
        if not table.isidentifier():
            raise ValueError(f"table name must be an identifier, got {table!r}")
        self._clock = clock
        self._table = table
        self._sql = ProcessConnection(
            path,
            timeout=timeout,
            setup=(
                "PRAGMA journal_mode=WAL",  # one fsync per add, and reads never wait for a write
                "PRAGMA synchronous=FULL",  # an accepted id survives a power cut
                f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at REAL)",
            ),
        )

    def add(self, key: str, value: str, *, expires_in: float | None = None) -> bool:
        now = self._clock()
        with self._sql as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute(f"DELETE FROM {self._table} WHERE expires_at IS NOT NULL AND expires_at <= ?", (now,))
                added = db.execute(
                    f"INSERT INTO {self._table} (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING",
                    (key, value, None if expires_in is None else now + expires_in),
                ).rowcount
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        return added == 1

    def get(self, key: str) -> str | None:
        with self._sql as db:
            row = db.execute(
                f"SELECT value FROM {self._table} WHERE key = ? AND (expires_at IS NULL OR expires_at > ?)",
                (key, self._clock()),
            ).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str, *, expires_in: float | None = None) -> None:
        """Store ``value`` under ``key`` whatever is there (``add`` is the check-and-store)."""
        now = self._clock()
        with self._sql as db:
            db.execute(f"DELETE FROM {self._table} WHERE expires_at IS NOT NULL AND expires_at <= ?", (now,))
            db.execute(
                f"INSERT OR REPLACE INTO {self._table} (key, value, expires_at) VALUES (?, ?, ?)",
                (key, value, None if expires_in is None else now + expires_in),
            )

    def close(self) -> None:
        self._sql.close()
