"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from enum import StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, TypeVar

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
        return member


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
        text = ""
        for part in self.path:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def __str__(self) -> str:
        return f"{self.json_path or 'the value'}: expected {self.expected}, got {self.got}"


_JSON_TYPES = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
               list: "array", dict: "object"}  # fmt: skip


def describe(value: Any, limit: int = 40) -> str:
    """A value as an error message shows it: its JSON type and its text, shortened."""
    if value is None:
        return "null"
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{kind} {text}"


def _decode_error(exc: Exception, path: tuple[str | int, ...], expected: str, value: Any) -> DecodeError:
    if isinstance(exc, DecodeError):
        exc.path = path + exc.path
        exc.args = (exc.path, exc.expected, exc.got)
        return exc
    error = DecodeError(path, expected, describe(value))
    error.__cause__ = exc
    error.__suppress_context__ = True
    return error


def field_error(
    exc: Exception,
    src: Mapping[str, Any],
    key: str,
    expected: str,
    done: object = None,
    item_expected: str = "",
) -> NoReturn:
    """Raise the error for field ``key`` of ``src`` whose decoding raised ``exc`` (only called on failure).

    ``done`` is, for an array field, the list of the items decoded so far: the
    item that failed is the next one. ``exc`` is the ``__cause__``; a nested
    ``DecodeError`` is raised again with ``key`` prepended to its path.
    """
    if key not in src:
        error = DecodeError((key,), expected, "missing")
        error.__cause__ = exc
        error.__suppress_context__ = True
        raise error
    value = src[key]
    if isinstance(done, list) and isinstance(value, list) and len(done) < len(value):
        index = len(done)
        raise _decode_error(exc, (key, index), item_expected, value[index])
    raise _decode_error(exc, (key,), expected, value)


def not_an_object(name: str, value: Any) -> DecodeError:
    """The error for a model's input that is not a JSON object."""
    return DecodeError((), f"object ({name})", describe(value))


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
    "UNSET",
    "DecodeError",
    "File",
    "FileTypes",
    "LenientStrEnum",
    "RequestFiles",
    "Response",
    "Unset",
    "describe",
    "json_loads",
    "list_literal_as_list",
    "number_as_string",
    "string_as_address",
]
