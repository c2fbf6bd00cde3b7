"""Departures: where a success answer does not fit the spec, as the tolerant client reports them.

The client is a tolerant reader (issue 24). A 2xx answer always returns its model:
where a value does not fit its schema, the model keeps everything it can type and
keeps the value as it came (``highlevel_invoices_api.types.decode_tolerantly``), and
each such place is a ``Departure``: the operation, the JSON path, the kind, what the
spec expects and an example of what came. ``HighLevel(strict=True)`` raises
``ResponseValidationError`` at the first departure instead.

A departure is reported once per (operation, JSON path with its list indexes as
``[*]``, kind) in a process: a ``ResponseDriftWarning`` (``warnings``: filter it, or
turn it into an error) and a WARNING of the ``highlevel_invoices`` logger, both
reading ``get-invoice: invoice.contactDetails.id: expected string, got missing
(missing)``. A client's ``on_departure`` callback gets every departure of every
call, to alert on or to send on.

One record and one report format for the client and for any other reader of
answers (``highlevel-conformance check-traffic`` on recorded traffic):
``check_answer(operation, body)`` runs the client's own tolerant decode on an
answer and returns its departures; ``DepartureLog`` groups departures by their
``key`` with a count and the first example, and prints them one per line.
"""

from __future__ import annotations

import logging
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from highlevel_invoices_api.api import SUCCESS
from highlevel_invoices_api.types import ENUM, MISSING, NOT_JSON, STATUS, TYPE, Found, decode_tolerantly, json_path
from highlevel_invoices_api.types import describe as _describe
from highlevel_invoices_api.types import json_loads as _json_loads

__all__ = [
    "KINDS", "MEDIA_TYPE", "VALUE", "Departure", "DepartureLog", "ResponseDriftWarning", "check_answer", "report",
]  # fmt: skip

logger = logging.getLogger("highlevel_invoices")

# What a departure can be: a required field absent, a value of another JSON type (null included),
# a string outside its enum, a success status other than the documented one, a body that is not JSON;
# in a whole exchange (check-traffic) also a value of the right type its schema refuses (a pattern, a
# bound) and an answer's Content-Type other than the documented one.
VALUE, MEDIA_TYPE = "value", "media-type"
KINDS = (MISSING, TYPE, ENUM, STATUS, NOT_JSON, VALUE, MEDIA_TYPE)

_INDEX = re.compile(r"\[\d+\]")


class ResponseDriftWarning(UserWarning):
    """A success answer departs from the spec; the client kept what came and went on (see ``Departure``)."""


@dataclass(frozen=True)
class Departure:
    """One place where an answer departs from the spec.

    ``operation`` is the spec's operationId (``get-invoice``); ``path`` the JSON path
    in the answer (``invoice.contactDetails.id``, ``invoiceItems[0].qty``; empty for
    the answer itself); ``kind`` one of ``KINDS``; ``expected`` what the spec says
    (``string``, ``one of 'draft', 'sent' (InvoiceStatus)``); ``got`` an example of
    what came, shortened to 40 characters, a credential's or a contact's address
    shown as its type only (``string [redacted]``). ``part`` says what the path is
    in: empty for the answer's body (all the client reads), else ``request body``,
    ``request query``, ``request header``, ``request path`` or ``answer header``
    (``highlevel-conformance check-traffic`` checks whole exchanges).
    """

    operation: str
    path: str
    kind: str
    expected: str
    got: str
    part: str = ""

    @classmethod
    def from_found(cls, operation: str, found: Found) -> Departure:
        """The record of what ``decode_tolerantly`` returns: (path parts, kind, expected, got)."""
        parts, kind, expected, got = found
        return cls(operation, json_path(parts), kind, expected, got)

    @property
    def pattern(self) -> str:
        """The path with its list indexes as ``[*]``: ``invoices[*].contactDetails.id``."""
        return _INDEX.sub("[*]", self.path)

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two departures the same: (operation, ``pattern``, kind), the pattern after its ``part``."""
        return (self.operation, f"{self.part} {self.pattern}" if self.part else self.pattern, self.kind)

    @property
    def where(self) -> str:
        """The part and the path: ``invoice.total``, ``request query altId``, ``the answer``."""
        return " ".join(p for p in (self.part, self.path) if p) or "the answer"

    def __str__(self) -> str:
        return f"{self.operation}: {self.where}: expected {self.expected}, got {self.got} ({self.kind})"


class DepartureLog:
    """Departures grouped by ``Departure.key``: how many times each came, and the first one as the example."""

    def __init__(self, departures: Iterable[Departure] = ()) -> None:
        self._groups: dict[tuple[str, str, str], list[Any]] = {}
        for departure in departures:
            self.add(departure)

    def add(self, departure: Departure) -> bool:
        """Count ``departure``; whether it is the first of its key."""
        group = self._groups.get(departure.key)
        if group is None:
            self._groups[departure.key] = [departure, 1]
            return True
        group[1] += 1
        return False

    def __iter__(self) -> Iterator[tuple[Departure, int]]:
        """(first example, count) per key, in the order first seen."""
        return ((departure, count) for departure, count in self._groups.values())

    def __len__(self) -> int:
        return len(self._groups)

    def lines(self) -> list[str]:
        """One line per key: ``3 x get-invoice: invoice.contactDetails.id: expected string, got missing (missing)``."""
        return [f"{count} x {departure}" for departure, count in self]


def check_answer(operation: str, body: bytes | str | Any, status: int | None = None) -> list[Departure]:
    """The departures from the spec of a success answer of ``operation`` (an operationId of the spec).

    ``body`` is the answer's bytes or text, or its parsed JSON; ``status`` its
    status, if known. The same tolerant decode the client runs on every answer, so
    a recorded exchange and a live call get the same verdict. Raises ``KeyError``
    for an operation the spec does not have.
    """
    documented, model = SUCCESS[operation]
    found: list[Found] = []
    if status is not None and status != documented:
        found.append(((), STATUS, str(documented), str(status)))
    if model is None:
        return [Departure.from_found(operation, f) for f in found]
    data = body
    if isinstance(body, (bytes, str)):
        try:
            data = _json_loads(body)
        except ValueError:
            found.append(((), NOT_JSON, f"JSON (object {model.__name__})", _describe(body)))
            return [Departure.from_found(operation, f) for f in found]
    _, more = decode_tolerantly(model, data)
    return [Departure.from_found(operation, f) for f in found + more]


# The keys reported in this process (warning and log line), once each.
_reported: set[tuple[str, str, str]] = set()
_lock = threading.Lock()


def report(departures: Iterable[Departure], on_departure: Callable[[Departure], None] | None = None) -> None:
    """Hand every departure to ``on_departure``; warn and log each key the first time this process meets it.

    Called by the client (``stacklevel`` points the warning at the caller of the
    operation). A callback that raises is logged, not propagated: the call it
    reports on succeeded on the server. A ``ResponseDriftWarning`` filtered into an
    error does propagate, and its key stays unreported, so it raises every time.
    """
    for departure in departures:
        if on_departure is not None:
            try:
                on_departure(departure)
            except Exception:
                logger.exception("the on_departure callback failed on %s", departure)
        with _lock:
            if departure.key in _reported:
                continue
        logger.warning("the answer departs from the spec: %s", departure)
        # report <- client._departures <- facade._decode <- the operation's method <- its caller
        warnings.warn(str(departure), ResponseDriftWarning, stacklevel=5)
        with _lock:
            _reported.add(departure.key)
