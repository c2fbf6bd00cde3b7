"""Tokens and where they live: ``Token`` (one token answer), the ``TokenStore`` protocol and two stores.

::

    Token               one token answer (access token, refresh token, the time it expires, whose it is)
    TokenStore          where tokens live, one exclusive transaction per key (``TokenSlot``)
      InMemoryTokenStore  a dict, one lock per key: the threads and event loops of one process
      SQLiteTokenStore    one SQLite file, shared by several processes (``BEGIN IMMEDIATE``)

The refreshing auths (``_auth``) renew a token inside its key's transaction, so one
renewal at a time runs for everyone sharing a store, and each new pair is written in
one statement. No secret shows in a ``repr``; the SQLite file is readable by its
owner only.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ._errors import ConfigurationError

__all__ = ["InMemoryTokenStore", "SQLiteTokenStore", "Token", "TokenSlot", "TokenStore", "store_token"]


@dataclass(frozen=True)
class Token:
    """One token answer. ``expires_at`` is a Unix time; the secrets never show in ``repr``."""

    access_token: str = field(repr=False)
    expires_at: float
    refresh_token: str | None = field(default=None, repr=False)
    user_type: str | None = None
    company_id: str | None = None
    location_id: str | None = None
    user_id: str | None = None
    scope: str | None = None
    plan_id: str | None = None
    approved_locations: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The store key of the install: its location id for a location token, else its company id."""
        key = self.location_id if self.user_type == "Location" else self.company_id
        key = key or self.location_id or self.company_id
        if not key:
            raise ConfigurationError("the token names neither a locationId nor a companyId")
        return key

    def expires_within(self, seconds: float, now: float | None = None) -> bool:
        return self.expires_at - seconds <= (time.time() if now is None else now)

    @classmethod
    def from_answer(cls, data: Any, sent_at: float, **defaults: str | None) -> Token:
        """A token from the JSON of ``/oauth/token`` or ``/oauth/locationToken``; the clock starts at ``sent_at``."""
        if not isinstance(data, dict):
            raise ValueError("the token answer is not a JSON object")
        access, expires_in, refresh = data.get("access_token"), data.get("expires_in"), data.get("refresh_token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token answer has no access_token (a string)")
        # Compared, not converted: float() of a 400-digit integer raises OverflowError; NaN and Infinity are JSON here.
        if not isinstance(expires_in, int | float) or isinstance(expires_in, bool) or not -1e18 < expires_in < 1e18:
            raise ValueError("the token answer has no expires_in (a finite number of seconds)")
        if refresh is not None and not isinstance(refresh, str):
            raise ValueError("the token answer's refresh_token is not a string")

        def text(name: str, default: str | None = None) -> str | None:
            value = data.get(name)
            return value if isinstance(value, str) else default

        approved = data.get("approvedLocations")
        return cls(
            access_token=access,
            expires_at=sent_at + float(expires_in),
            refresh_token=refresh,
            user_type=text("userType", defaults.get("user_type")),
            company_id=text("companyId", defaults.get("company_id")),
            location_id=text("locationId", defaults.get("location_id")),
            user_id=text("userId"),
            scope=text("scope"),
            plan_id=text("planId"),
            approved_locations=tuple(x for x in approved if isinstance(x, str)) if isinstance(approved, list) else (),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Token:
        data = json.loads(text)
        data["approved_locations"] = tuple(data.get("approved_locations", ()))
        return cls(**data)


class TokenSlot(Protocol):
    """The token of one key, inside the store's exclusive transaction."""

    def get(self) -> Token | None: ...

    def put(self, token: Token) -> None:
        """Store ``token`` durably, replacing the old one in one write."""


class TokenStore(Protocol):
    """Where tokens live. ``transaction(key)`` is exclusive across everyone sharing the store."""

    def get(self, key: str) -> Token | None: ...

    def transaction(self, key: str) -> AbstractContextManager[TokenSlot]: ...


def store_token(store: TokenStore, key: str, token: Token) -> None:
    """Put ``token`` under ``key`` (one exclusive transaction)."""
    with store.transaction(key) as slot:
        slot.put(token)


class _MemorySlot:
    def __init__(self, tokens: dict[str, Token], key: str) -> None:
        self._tokens, self._key = tokens, key

    def get(self) -> Token | None:
        return self._tokens.get(self._key)

    def put(self, token: Token) -> None:
        self._tokens[self._key] = token


class InMemoryTokenStore:
    """Tokens in a dict, one lock per key: shared by the threads and event loops of one process."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, key: str) -> Token | None:
        return self._tokens.get(key)

    @contextlib.contextmanager
    def transaction(self, key: str) -> Iterator[TokenSlot]:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            yield _MemorySlot(self._tokens, key)

    def __repr__(self) -> str:
        return f"InMemoryTokenStore(keys={sorted(self._tokens)!r})"


class _SQLiteSlot:
    def __init__(self, connection: sqlite3.Connection, key: str) -> None:
        self._connection, self._key = connection, key
        self.committed = False

    def get(self) -> Token | None:
        row = self._connection.execute("SELECT token FROM highlevel_tokens WHERE key = ?", (self._key,)).fetchone()
        return None if row is None else Token.from_json(row[0])

    def put(self, token: Token) -> None:
        self._connection.execute(
            "INSERT INTO highlevel_tokens (key, token, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET token = excluded.token, updated_at = excluded.updated_at",
            (self._key, token.to_json(), time.time()),
        )
        self._connection.execute("COMMIT")
        self.committed = True


class SQLiteTokenStore:
    """Tokens in one SQLite file (stdlib ``sqlite3``), safe for several processes and threads sharing it.

    A transaction is ``BEGIN IMMEDIATE``: it takes the file's write lock, so one
    refresh at a time across every process (others wait up to ``timeout`` seconds),
    and each writes its new pair in one committed statement. The file is created
    readable by its owner only (it holds secrets).
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        connection = self._connect()
        try:
            connection.execute("PRAGMA journal_mode=WAL")  # readers do not wait for a refresh in progress
            connection.execute(
                "CREATE TABLE IF NOT EXISTS highlevel_tokens (key TEXT PRIMARY KEY, token TEXT NOT NULL, "
                "updated_at REAL NOT NULL)"
            )
        finally:
            connection.close()

    def _connect(self) -> sqlite3.Connection:
        # Autocommit mode: transactions are explicit. The connection may be entered in a
        # worker thread and finished in the event loop's, never by two at once.
        connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def get(self, key: str) -> Token | None:
        connection = self._connect()
        try:
            row = connection.execute("SELECT token FROM highlevel_tokens WHERE key = ?", (key,)).fetchone()
        finally:
            connection.close()
        return None if row is None else Token.from_json(row[0])

    @contextlib.contextmanager
    def transaction(self, key: str) -> Iterator[TokenSlot]:
        connection = self._connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            slot = _SQLiteSlot(connection, key)
            try:
                yield slot
            finally:
                if not slot.committed and connection.in_transaction:  # a failed COMMIT may have ended it
                    connection.execute("ROLLBACK")
        finally:
            connection.close()

    def __repr__(self) -> str:
        return f"SQLiteTokenStore({str(self.path)!r})"
