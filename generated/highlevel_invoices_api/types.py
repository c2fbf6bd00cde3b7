"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar
from enum import StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast

import orjson
from attrs import define

# The generated endpoints parse JSON answers with orjson (about 4x the standard
# library's json on an invoice; make bench, models). Like httpx's
# ``Response.json()``, it raises a ``ValueError`` (``orjson.JSONDecodeError``)
# for a body that is not JSON.
json_loads = orjson.loads


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class LenientStrEnum(StrEnum):
    """A string enum that keeps a value the API added after generation (a new invoice status, say).

    An unknown value becomes a pseudo-member holding the raw string instead of
    raising ValueError, so parsing never crashes and to_dict sends back
    exactly what was received.
    """

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        if _FOUND.get() is not None:  # a tolerant decode keeps the member and reports where it came
            raise UnknownMember(member)
        return member


class UnknownMember(ValueError):
    """A string outside its enum, met during a tolerant decode; ``member`` is the pseudo-member kept for it."""

    def __init__(self, member: LenientStrEnum) -> None:
        super().__init__(member.value)
        self.member = member


_MEMBER_VALUES: dict[type[StrEnum], tuple[str, ...]] = {}


def member_values(cls: type[StrEnum]) -> tuple[str, ...]:
    """The documented values of a string enum (its pseudo-members left out)."""
    values = _MEMBER_VALUES.get(cls)
    if values is None:
        values = _MEMBER_VALUES[cls] = tuple(member.value for member in cls)
    return values


def one_of(cls: type[StrEnum]) -> str:
    """The documented values of an enum, as an error message lists them: ``one of 'email', 'sms' (Action)``."""
    return "one of " + ", ".join(repr(value) for value in member_values(cls)) + f" ({cls.__name__})"


E = TypeVar("E", bound=StrEnum)


def enum_member(cls: type[E], value: object, where: str) -> E:
    """An enum field's value that is not already its member: a documented plain string as its member.

    What the converter of every enum field of every model (model.py.jinja)
    calls when the value is not a member, so ``SendInvoiceRequest(action="email")``
    holds ``SendInvoiceRequestAction.EMAIL``. ``UNSET`` stays (a field a
    tolerant decode could not fill). Anything else raises, naming the field
    (``where``) and the values it takes: a string outside the enum a
    ``ValueError``, another type a ``TypeError``.
    """
    if value is UNSET or isinstance(value, cls):
        return cast(E, value)
    if isinstance(value, str) and not isinstance(value, StrEnum) and value in member_values(cls):
        return cls(value)
    error = ValueError if isinstance(value, str) else TypeError
    raise error(f"{where}: expected {one_of(cls)}, got {describe(value)}")


# The fixes of the vendor's quirks (spec/QUIRKS.md) that a field's schema names with ``x-quirk``
# in spec/invoices.yaml: the field's JSON value goes through its fix before the type check of its
# model's from_dict. A fix returns anything it does not recognise unchanged (UNSET included), so the
# type check still names whatever else came.


def number_as_string(value: Any) -> Any:
    """QUIRKS Q1: an ``invoiceNumber`` sent as a JSON number, as the string the API means (``19`` -> ``"19"``)."""
    if value.__class__ is str or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def string_as_address(value: Any) -> Any:
    """QUIRKS Q8: a ``businessDetails.address`` sent as a string, kept whole as the address's ``addressLine1``."""
    if isinstance(value, str):
        return {"addressLine1": value}
    return value


_LIST_LITERAL = re.compile(r"\s*\[\s*(.*?)\s*,?\s*\]\s*", re.DOTALL)
_LIST_ITEM = re.compile(r"""\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*(?:,|$)""")


def list_literal_as_list(value: Any) -> Any:
    """QUIRKS Q26: ``validOnProductIds`` sent as the text of a list, ``"[ 'id1', 'id2' ]"``, as that list.

    A string that is not a list of quoted strings is left as it is (the type check then refuses it).
    """
    if not isinstance(value, str):
        return value
    whole = _LIST_LITERAL.fullmatch(value)
    if whole is None:
        return value
    inner, items, position = whole.group(1), [], 0
    while position < len(inner):
        match = _LIST_ITEM.match(inner, position)
        if match is None or match.end() == position:
            return value
        items.append(match.group(1) if match.group(1) is not None else match.group(2))
        position = match.end()
    return items


class DecodeError(ValueError):
    """A value that does not fit its model: where (the JSON path), what was expected and what came.

    ``str(error)`` reads ``invoice.contactDetails.id: expected string, got missing``.
    ``path`` holds the keys and list indexes from the value given to ``from_dict``
    (``("invoice", "contactDetails", "id")``); the exception that revealed the
    problem, if any, is the ``__cause__``. It subclasses ``ValueError``.
    """

    def __init__(self, path: tuple[str | int, ...], expected: str, got: str) -> None:
        super().__init__(path, expected, got)
        self.path = path
        self.expected = expected
        self.got = got

    @property
    def json_path(self) -> str:
        """The path as text: ``invoiceItems[0].name`` (empty for the value itself)."""
        return json_path(self.path)

    def __str__(self) -> str:
        return f"{self.json_path or 'the value'}: expected {self.expected}, got {self.got}"


_JSON_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
               list: "array", dict: "object"}  # fmt: skip


# A value under a key that names a credential or a contact's address is shown as its type only.
_PRIVATE_KEY = re.compile(r"token|secret|password|authorization|email|phone", re.IGNORECASE)


def describe(value: Any, key: str | None = None, limit: int = 40) -> str:
    """A value as an error message shows it: its JSON type and its text, shortened.

    Under a ``key`` that names a credential or a contact's address (``refreshToken``,
    ``email``, ``phoneNo``), only the type: ``string [redacted]``.
    """
    if value is None:
        return "null"
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    if key is not None and _PRIVATE_KEY.search(key) and not isinstance(value, (dict, list)):
        return f"{kind} [redacted]"
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{kind} {text}"


def _decode_error(exc: Exception, path: tuple[str | int, ...], expected: str, value: Any, key: str) -> DecodeError:
    if isinstance(exc, DecodeError):
        exc.path = path + exc.path
        exc.args = (exc.path, exc.expected, exc.got)
        return exc
    error = DecodeError(path, expected, describe(value, key))
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error


def field_error(exc: Exception, src: Mapping[str, Any], rest: dict[str, Any] | None, key: str, expected: str) -> Any:
    """Handle field ``key`` of ``src`` whose decoding raised ``exc`` (only called on failure).

    Outside a tolerant decode it raises the ``DecodeError``: ``exc`` is the
    ``__cause__``; a nested ``DecodeError`` is raised again with ``key``
    prepended to its path.

    Inside one (``decode_tolerantly``) it records the departure and returns the
    value the field takes instead: the pseudo-member for a string outside its
    enum, else ``UNSET``, the value as it came going to ``rest`` (the model's
    ``additional_properties``) under its key.
    """
    found = _FOUND.get()
    if key not in src:
        if found is None:
            error = DecodeError((key,), expected, "missing")
            error.__cause__ = exc
            error.__suppress_context__ = True
            raise error
        found.append((src, (key,), MISSING, expected, "missing"))
        return UNSET
    value = src[key]
    if found is None:
        raise _decode_error(exc, (key,), expected, value, key)
    if isinstance(exc, UnknownMember):
        found.append((src, (key,), ENUM, one_of(type(exc.member)), describe(value, key)))
        return exc.member
    if isinstance(exc, DecodeError):
        found.append((src, (key, *exc.path), TYPE, exc.expected, exc.got))
    else:
        found.append((src, (key,), TYPE, expected, describe(value, key)))
    if rest is not None:
        rest[key] = value
    return UNSET


def item_error(
    exc: Exception, src: Mapping[str, Any], rest: dict[str, Any] | None, key: str, index: int, expected: str, item: Any
) -> None:
    """Handle item ``index`` of array field ``key`` of ``src`` whose decoding raised ``exc`` (only called on failure).

    Outside a tolerant decode it raises the ``DecodeError`` for ``[index]``, which the
    field's handler (``field_error``) raises again as ``key[index]``.
    Inside one it records the departure and returns: the item is left out of
    the field's list, and the array as it came goes to ``rest`` under its key.
    """
    found = _FOUND.get()
    if found is None:  # the field's own handler prepends the key
        raise _decode_error(exc, (index,), expected, item, key)
    if isinstance(exc, UnknownMember):
        found.append((src, (key, index), ENUM, one_of(type(exc.member)), describe(item, key)))
    elif isinstance(exc, DecodeError):
        found.append((src, (key, index, *exc.path), TYPE, exc.expected, exc.got))
    else:
        found.append((src, (key, index), TYPE, expected, describe(item, key)))
    if rest is not None:
        rest[key] = src[key]


def not_an_object(name: str, value: Any) -> DecodeError:
    """The error for a model's input that is not a JSON object."""
    return DecodeError((), f"object ({name})", describe(value))


# ---------------------------------------------------------------------------- the tolerant decode

# The kinds of departure: a required field absent, a value of another JSON type (null included),
# a string outside its enum, a success status other than the documented one, a body that is not JSON.
MISSING, TYPE, ENUM, STATUS, NOT_JSON = "missing", "type", "enum", "status", "not-json"

# What the tolerant decode under way in this context has found, as (the mapping being decoded, the
# path from it, kind, expected, got); None outside one, where from_dict raises DecodeError.
_FOUND: ContextVar[list[tuple[Any, tuple[str | int, ...], str, str, str]] | None] = ContextVar(
    "highlevel_invoices_api_found", default=None
)

# A departure as ``decode_tolerantly`` returns it: (JSON path from the body, kind, expected, got).
Found = tuple[tuple[str | int, ...], str, str, str]
M = TypeVar("M")


def decode_tolerantly(model: Any, data: Any) -> tuple[Any, list[Found]]:
    """``model.from_dict(data)`` that keeps what does not fit instead of raising, and says what did not.

    Every field whose value does not fit its schema is left ``UNSET`` and the
    value, as it came, is kept in its model's ``additional_properties`` under
    its JSON key; a string outside its enum is kept as its pseudo-member
    (``LenientStrEnum``). Everything else is typed as usual. A ``data`` that is
    not an object gives the model with every field ``UNSET``. Returns the model
    and the departures, each once per (path with its list indexes, kind), in the
    order met; ``[]`` when all fits, which costs nothing beyond ``from_dict``.
    """
    found: list[tuple[Any, tuple[str | int, ...], str, str, str]] = []
    token = _FOUND.set(found)
    try:
        try:
            return model.from_dict(data), _located(data, found)
        except DecodeError as error:  # only the value itself: the fields never raise here
            top: list[Found] = [(error.path, TYPE, error.expected, error.got)]
            found.clear()
            return model.from_dict({}), top
    finally:
        _FOUND.reset(token)


def _located(root: Any, found: list[tuple[Any, tuple[str | int, ...], str, str, str]]) -> list[Found]:
    """The departures with their paths from ``root`` (found by the identity of the mapping each was met in)."""
    if not found:
        return []
    where: dict[int, tuple[str | int, ...]] = {}
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, Mapping):
            where.setdefault(id(node), path)
            stack.extend((value, (*path, key)) for key, value in node.items() if isinstance(value, (Mapping, list)))
        elif isinstance(node, list):
            stack.extend(
                (value, (*path, index)) for index, value in enumerate(node) if isinstance(value, (Mapping, list))
            )
    located: list[Found] = []
    seen: set[tuple[tuple[str | int, ...], str]] = set()
    for src, path, kind, expected, got in found:
        full = where.get(id(src), ()) + path
        key = (tuple("[]" if isinstance(part, int) else part for part in full), kind)
        if key not in seen:
            seen.add(key)
            located.append((full, kind, expected, got))
    return located


def json_path(path: tuple[str | int, ...]) -> str:
    """A path as text: ``invoiceItems[0].name`` (empty for the value itself)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def model_repr(model: Any) -> str:
    """A model's repr: the fields it holds, the ``UNSET`` ones left out, its additional properties if any."""
    import attrs

    parts = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if value is UNSET or (field.name == "additional_properties" and not value):
            continue
        parts.append(f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "ENUM",
    "MISSING",
    "NOT_JSON",
    "STATUS",
    "TYPE",
    "UNSET",
    "DecodeError",
    "File",
    "FileTypes",
    "Found",
    "LenientStrEnum",
    "RequestFiles",
    "Response",
    "UnknownMember",
    "Unset",
    "decode_tolerantly",
    "describe",
    "enum_member",
    "field_error",
    "item_error",
    "json_loads",
    "json_path",
    "list_literal_as_list",
    "member_values",
    "model_repr",
    "number_as_string",
    "one_of",
    "string_as_address",
]
