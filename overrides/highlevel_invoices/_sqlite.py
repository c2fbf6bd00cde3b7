"""One SQLite connection per process, for the stores that several processes of one machine share.

``SQLiteSeenStore`` and ``SQLiteReconcileStore`` keep their rows in a SQLite file that a web server's
workers share. A connection must not cross a ``fork``: each process opens its own on first use there, so a
store created before the workers fork is safe. ``with connection as db:`` holds the store's lock (threads
of one process) and gives this process's connection, in autocommit mode (``isolation_level=None``: each
statement is its own transaction unless the caller says ``BEGIN``).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType


class ProcessConnection:
    """``path``'s connection for this process, made with ``setup`` (pragmas, ``CREATE TABLE``) on first use."""

    def __init__(self, path: str | Path, *, timeout: float, setup: Sequence[str]) -> None:
        self._path = str(path)
        self._timeout = timeout
        self._setup = tuple(setup)
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        with self:  # open it now: a bad path or table fails at construction, not at the first call
            pass

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        try:
            if self._db is None or self._pid != os.getpid():  # a forked child never uses its parent's
                db = sqlite3.connect(self._path, timeout=self._timeout, check_same_thread=False, isolation_level=None)
                for statement in self._setup:
                    db.execute(statement)
                self._db, self._pid = db, os.getpid()
            return self._db
        except BaseException:
            self._lock.release()
            raise

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._lock.release()

    def close(self) -> None:
        """Close this process's connection (never a parent's); the next use opens a new one."""
        with self._lock:
            if self._db is not None and self._pid == os.getpid():
                self._db.close()
            self._db = None
