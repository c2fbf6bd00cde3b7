"""The sandbox's resources (moto's ``models``): each one's fields and its JSON shape (``to_json``).

No rule and no HTTP here: the rules are in ``_rules``, the state and its lock in ``_backend``.
A new resource of the API (an estimate, a template) is one more ``@dataclass(slots=True)`` subclass of
``Stored`` here with its ``to_json``; its fields are ``data``, kept as JSON text and read-only when read
(change them with ``x.data = {...}`` or ``x.update_data(...)``; ``x.data[key] = ...`` raises ``TypeError``).
"""

from __future__ import annotations

import copy
import json
import os
import sys
import uuid
from collections.abc import Mapping
from dataclasses import InitVar, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, NoReturn

from . import _rules
from ._auth import COMPANY_ID
from ._rules import EstimateStatus, InvoiceStatus, ScheduleStatus, money


def new_object_id() -> str:
    return os.urandom(12).hex()


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def items_with_ids(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**copy.deepcopy(i), "_id": i.get("_id") or new_object_id()} for i in items]


READ_ONLY = "a stored resource's data is read-only: change it with x.data = {...} or x.update_data(...)"


def _refuse(self: object, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError(READ_ONLY)


class FrozenDict(dict[str, Any]):
    """An object of a stored resource's ``data``: a dict (JSON encoders and validators read it as one) that
    refuses every change, so that a write to a read can never be silently lost."""

    __slots__ = ()
    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> FrozenDict:
        return self  # nothing in it can change: a copy is the same value

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self


class FrozenList(list[Any]):
    """An array of a stored resource's ``data``: a list that refuses every change (see ``FrozenDict``)."""

    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = clear = extend = insert = pop = remove = reverse = sort = _refuse

    def __copy__(self) -> FrozenList:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenList:
        return self


def _frozen_list(items: list[Any]) -> FrozenList:
    return FrozenList([_frozen_list(v) if type(v) is list else v for v in items])


def _frozen_object(pairs: list[tuple[str, Any]]) -> FrozenDict:
    """The JSON decoder's hook for each object (the innermost first): arrays in it become ``FrozenList``s."""
    return FrozenDict([(k, _frozen_list(v) if type(v) is list else v) for k, v in pairs])


_encode = json.JSONEncoder(separators=(",", ":")).encode  # ASCII: one byte a character
_decode = json.JSONDecoder(object_pairs_hook=_frozen_object).decode


class Stored:
    """A stored resource's fields (``data``) kept as compact JSON text, not as live dicts (issue 16 item 5).

    A dict of dicts costs about eight times its JSON; 100,000 invoices would hold half a gigabyte.
    Every read of ``data`` decodes the text into a read-only copy (``FrozenDict``, ``FrozenList``, all the way
    down): a write to it raises ``TypeError`` instead of changing a copy that nothing keeps (issue 25 item 2).
    Every write is explicit: ``x.data = {...}`` (or ``replace_data``) or ``x.update_data(key=value, ...)``.
    """

    __slots__ = ("_raw", "issue_date")
    _raw: str
    issue_date: str  # data's "issueDate" ("" without one), kept decoded: lists sort and filter by it

    @property
    def data(self) -> Mapping[str, Any]:
        decoded: FrozenDict = _decode(self._raw)
        return decoded

    @data.setter
    def data(self, value: Mapping[str, Any]) -> None:
        self.replace_data(value)

    def replace_data(self, value: Mapping[str, Any]) -> None:
        self._raw = _encode(value)
        self.issue_date = sys.intern(str(value.get("issueDate") or ""))  # many invoices share a date

    def update_data(self, **fields: Any) -> None:
        """Set top-level ``fields`` of ``data`` (values are stored as JSON: later changes to them are not)."""
        self.replace_data({**self.data, **fields})


PASS_THROUGH = (
    "termsNotes", "sentTo", "lateFeesConfiguration", "tipsConfiguration", "paymentMethods", "attachments",
    "miscellaneousCharges", "invoiceNumberPrefix", "description", "contactId", "xeroDetails", "includeTermsNote",
)  # fmt: skip
NO_DISCOUNT = {"type": "percentage", "value": 0}


@dataclass(slots=True)
class Invoice(Stored):
    id: str
    location: str
    number: str
    data: InitVar[dict[str, Any]]
    status: InvoiceStatus = InvoiceStatus.DRAFT
    amount_paid: Decimal = Decimal(0)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""
    payments: list[dict[str, Any]] = field(default_factory=list)
    last_visited_at: str | None = None  # update-invoice-last-visited-at; no documented answer shows it

    def __post_init__(self, data: dict[str, Any]) -> None:
        self.replace_data(data)
        self.updated_at = self.updated_at or self.created_at

    def totals(self) -> _rules.Totals:
        d = self.data
        return _rules.compute_totals(d["items"], d.get("discount"))

    def to_json(self, with_summary: bool = False) -> dict[str, Any]:
        d = self.data
        totals = _rules.compute_totals(d["items"], d.get("discount"))
        body: dict[str, Any] = {
            "_id": self.id,
            "status": self.status.value,
            "liveMode": d.get("liveMode", False),
            "amountPaid": money(self.amount_paid),
            "altId": self.location,
            "altType": "location",
            "name": d["name"],
            "businessDetails": d.get("businessDetails") or {},
            "invoiceNumber": self.number,
            "currency": d["currency"],
            "contactDetails": d["contactDetails"],
            "issueDate": d["issueDate"],
            "dueDate": d.get("dueDate") or d["issueDate"],
            "discount": d.get("discount") or dict(NO_DISCOUNT),
            "invoiceItems": d["items"],
            "total": money(totals.total),
            "title": d.get("title") or "INVOICE",
            "amountDue": money(totals.total - self.amount_paid),
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "automaticTaxesEnabled": bool(d.get("automaticTaxesEnabled", False)),
            "automaticTaxesCalculated": False,
            "paymentSchedule": d.get("paymentSchedule") or {},
        }
        for key in PASS_THROUGH:
            if key in d:
                body[key] = d[key]
        if with_summary:
            body["totalSummary"] = {
                "subTotal": money(totals.sub_total),
                "discount": money(totals.discount),
                "tax": money(totals.tax),
            }
        return body


@dataclass(slots=True)
class Schedule(Stored):
    id: str
    location: str
    data: InitVar[dict[str, Any]]
    status: ScheduleStatus = ScheduleStatus.DRAFT
    invoice_ids: list[str] = field(default_factory=list)
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""

    def __post_init__(self, data: dict[str, Any]) -> None:
        self.replace_data(data)
        self.updated_at = self.updated_at or self.created_at

    def start_date(self) -> str:
        """The issue date of the schedule's first invoice: its rule's ``startDate``, else today."""
        rrule = (self.data.get("schedule") or {}).get("rrule") or {}
        start = rrule.get("startDate")
        return str(start) if start else datetime.now(UTC).date().isoformat()

    def to_json(self, invoices: list[Invoice]) -> dict[str, Any]:
        """``invoices``: the schedule's generated invoices that still exist (the backend knows them)."""
        d = self.data
        totals = _rules.compute_totals(d["items"], d.get("discount"))
        terms = d.get("termsNotes") or ""
        return {
            "_id": self.id,
            "status": self.status.value,
            "liveMode": d.get("liveMode", False),
            "altId": self.location,
            "altType": "location",
            "name": d["name"],
            "schedule": d.get("schedule") or {},
            "invoices": [i.to_json() for i in invoices],
            "businessDetails": d.get("businessDetails") or {},
            "currency": d["currency"],
            "contactDetails": d["contactDetails"],
            "discount": d.get("discount") or dict(NO_DISCOUNT),
            "items": d["items"],
            "total": money(totals.total),
            "title": d.get("title") or "INVOICE",
            "termsNotes": terms,
            "compiledTermsNotes": terms,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            **({"autoPayment": d["autoPayment"]} if "autoPayment" in d else {}),
        }


ESTIMATE_PASS_THROUGH = (
    "termsNotes", "estimateNumberPrefix", "attachments", "autoInvoice", "updatedBy", "sentBy",
    "miscellaneousCharges", "paymentScheduleConfig",
)  # fmt: skip


def trace_id() -> str:
    return str(uuid.uuid4())


@dataclass(slots=True)
class Estimate(Stored):
    id: str
    location: str
    number: float | int
    data: InitVar[dict[str, Any]]
    status: EstimateStatus = EstimateStatus.DRAFT
    history: list[str] = field(default_factory=lambda: ["created"])
    version: int = 0
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""
    last_visited_at: str = ""
    deleted: bool = False

    def __post_init__(self, data: dict[str, Any]) -> None:
        self.replace_data(data)
        self.updated_at = self.updated_at or self.created_at
        self.last_visited_at = self.last_visited_at or self.created_at

    def changed(self, event: str) -> None:
        """Record ``event`` in the history, bump the document version and ``updatedAt``."""
        self.history.append(event)
        self.version += 1
        self.updated_at = now_iso()

    def to_json(self) -> dict[str, Any]:
        d = self.data
        total = money(_rules.compute_totals(d["items"], d.get("discount")).total)
        body: dict[str, Any] = {
            "altId": self.location,
            "altType": "location",
            "_id": self.id,
            "liveMode": d.get("liveMode", False),
            "deleted": self.deleted,
            "name": d["name"],
            "currency": d["currency"],
            "businessDetails": d.get("businessDetails") or {},
            "items": d["items"],
            "discount": d.get("discount") or dict(NO_DISCOUNT),
            "title": d.get("title") or "ESTIMATE",
            "total": total,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "__v": self.version,
            "automaticTaxesEnabled": bool(d.get("automaticTaxesEnabled", False)),
            "companyId": COMPANY_ID,
            "contactDetails": d["contactDetails"],
            "issueDate": d["issueDate"],
            "expiryDate": d.get("expiryDate") or d["issueDate"],
            "automaticTaxesCalculated": False,
            "meta": d.get("meta") or {},
            "estimateActionHistory": list(self.history),
            "sentTo": d.get("sentTo") or {},
            "frequencySettings": d["frequencySettings"],
            "lastVisitedAt": self.last_visited_at,
            "totalamountInUSD": total,  # no exchange rates in the sandbox (sandbox/README.md)
            "traceId": trace_id(),
            "estimateStatus": self.status.value,
            "estimateNumber": self.number,
        }
        for key in ESTIMATE_PASS_THROUGH:
            if key in d:
                body[key] = d[key]
        return body


@dataclass(slots=True)
class InvoiceTemplate(Stored):
    """An invoice template: the fields of its create body (``altId``/``altType`` aside), items with ids."""

    id: str
    location: str
    data: InitVar[dict[str, Any]]
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""

    def __post_init__(self, data: dict[str, Any]) -> None:
        self.replace_data(data)
        self.updated_at = self.updated_at or self.created_at

    def to_json(self) -> dict[str, Any]:
        d = self.data
        body: dict[str, Any] = {
            "_id": self.id,
            "altId": self.location,
            "altType": "location",
            "name": d["name"],
            "businessDetails": d.get("businessDetails") or {},
            "currency": d["currency"],
            "discount": d.get("discount") or dict(NO_DISCOUNT),
            "items": d["items"],
            "total": money(_rules.compute_totals(d["items"], d.get("discount")).total),
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
        }
        for key in TEMPLATE_PASS_THROUGH:
            if key in d:
                body[key] = d[key]
        return body


TEMPLATE_PASS_THROUGH = (
    "invoiceNumberPrefix", "internal", "title", "termsNotes", "automaticTaxesEnabled", "tipsConfiguration",
    "lateFeesConfiguration", "paymentMethods", "attachments", "miscellaneousCharges",
)  # fmt: skip


@dataclass(slots=True)
class EstimateTemplate(Stored):
    """An estimate template; ``version`` is the document's ``__v`` (one more per update)."""

    id: str
    location: str
    data: InitVar[dict[str, Any]]
    version: int = 0
    deleted: bool = False
    created_at: str = field(default_factory=now_iso)
    updated_at: str = ""

    def __post_init__(self, data: dict[str, Any]) -> None:
        self.replace_data(data)
        self.updated_at = self.updated_at or self.created_at

    def to_json(self) -> dict[str, Any]:
        d = self.data
        body: dict[str, Any] = {
            "altId": self.location,
            "altType": "location",
            "_id": self.id,
            "liveMode": bool(d.get("liveMode", False)),
            "deleted": self.deleted,
            "name": d["name"],
            "currency": d["currency"],
            "businessDetails": d.get("businessDetails") or {},
            "items": d["items"],
            "discount": d["discount"],
            "total": money(_rules.compute_totals(d["items"], d.get("discount")).total),
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "__v": self.version,
            "automaticTaxesEnabled": bool(d.get("automaticTaxesEnabled", False)),
        }
        for key in ("title", "estimateNumberPrefix", "attachments", "termsNotes"):
            if key in d:
                body[key] = d[key]
        return body


@dataclass
class Location:
    """One location's store."""

    invoices: dict[str, Invoice] = field(default_factory=dict)
    schedules: dict[str, Schedule] = field(default_factory=dict)
    invoice_templates: dict[str, InvoiceTemplate] = field(default_factory=dict)
    estimate_templates: dict[str, EstimateTemplate] = field(default_factory=dict)
    next_number: int = 1
    estimates: dict[str, Estimate] = field(default_factory=dict)
    next_estimate_number: int = 1
    settings: dict[str, Any] = field(default_factory=_rules.default_settings)  # get-invoice-settings
